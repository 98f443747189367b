"""Child of bench/startup.py: the baseline, a fresh interpreter painting a bare PySide6 main window."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

imported = time.time()


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"painted_at": time.time(), "imported_at": imported}), flush=True)
            QApplication.instance().quit()  # type: ignore[union-attr]
        return False


def main() -> None:
    app = QApplication([])
    window = QMainWindow()
    label = QLabel("Astegni")
    window.setCentralWidget(label)
    window.resize(1280, 800)
    watcher = FirstPaint()
    label.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
