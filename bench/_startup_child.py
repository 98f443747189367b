"""Child of bench/startup.py: the app's start-up path from a warm cache to the first painted main window."""

from __future__ import annotations

import sys
import time

from PySide6.QtWidgets import QApplication

from astegni_desktop.api import AstegniApi, TokenPair
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.session import Account
from astegni_desktop.settings import Settings
from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_desktop.sync.qtbridge import SyncBridge
from astegni_desktop.ui_support import apply_theme
from bench._first_paint import FirstPaint

imported = time.time()


def main() -> None:
    cache, server = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    settings = Settings()
    apply_theme(app, settings.theme)
    account = Account("bench", server, "tutor@demo.astegni.et", 1, 100, "Meron Alemayehu")
    store = Store(__import__("pathlib").Path(cache))
    api = AstegniApi(server, tokens=TokenPair("x", "y"))
    bridge = SyncBridge()
    engine = SyncEngine(api, store, bridge)
    window = MainWindow(account, store, engine, bridge, settings, lambda: None)
    watcher = FirstPaint(imported)
    window.requests.table.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
