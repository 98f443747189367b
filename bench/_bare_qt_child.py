"""Child of bench/startup.py: the baseline, a fresh interpreter painting a bare PySide6 main window."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from bench._first_paint import FirstPaint

imported = time.time()


def main() -> None:
    app = QApplication([])
    window = QMainWindow()
    label = QLabel("Astegni")
    window.setCentralWidget(label)
    window.resize(1280, 800)
    watcher = FirstPaint(imported)
    label.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
