"""Child of bench/startup.py: the app's start-up path from a warm cache to the first painted main window."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from astegni_desktop.api import AstegniApi, TokenPair
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.session import Account
from astegni_desktop.settings import Settings
from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_desktop.sync.qtbridge import SyncBridge
from astegni_desktop.ui_support import apply_theme

imported = time.time()


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"painted_at": time.time(), "imported_at": imported}), flush=True)
            QApplication.instance().quit()  # type: ignore[union-attr]
        return False


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
    watcher = FirstPaint()
    window.requests.table.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
