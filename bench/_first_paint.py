"""What bench/startup.py's children share: print the moment of the first paint as JSON, then quit."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class FirstPaint(QObject):
    def __init__(self, imported: float) -> None:
        super().__init__()
        self.imported = imported

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"painted_at": time.time(), "imported_at": self.imported}), flush=True)
            QApplication.instance().quit()  # type: ignore[union-attr]
        return False
