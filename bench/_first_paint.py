"""What bench/startup.py's children share: the moment of a first paint, printed as JSON."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class FirstPaint(QObject):
    """Watches one widget. On its first paint that `counts()` (default: any), prints the moment with
    `imported_at` and the process's CPU seconds so far; then quits the application, or calls `then`."""

    def __init__(
        self,
        imported: float,
        counts: Callable[[], bool] = lambda: True,
        then: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__()
        self.imported = imported
        self.counts = counts
        self.then = then
        self.painted_at: float | None = None
        self.cpu_at_paint = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self.counts():
            self.painted_at, self.cpu_at_paint = time.time(), time.process_time()
            if self.then is not None:
                self.then(self.painted_at)
            else:
                moments = {"painted_at": self.painted_at, "imported_at": self.imported}
                print(json.dumps({**moments, "cpu_at_paint": self.cpu_at_paint}), flush=True)
                QApplication.instance().quit()  # type: ignore[union-attr]
        return False
