"""UI fixtures: one qasync loop that runs while qtbot waits (ENVIRONMENT.md §5 C), a tutor window."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from astegni_desktop import i18n
from astegni_desktop.credentials import MemorySecretStore
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.session import SessionManager
from astegni_desktop.settings import Settings
from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_desktop.sync.qtbridge import SyncBridge
from astegni_desktop.theme import apply_theme
from astegni_devserver.runner import DevServer
from astegni_devserver.seed import DEMO_TUTOR
from tests.conftest import MemoryKeyring, run
from tests.helpers.client import FAST

__all__ = ["MemoryKeyring", "TutorApp", "run"]  # test modules import these from here


@dataclass
class TutorApp:
    server: DevServer
    session: SessionManager
    store: Store
    engine: SyncEngine
    window: MainWindow
    settings: Settings
    settings_path: Path
    loop: asyncio.AbstractEventLoop


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    """As the app starts (app.py): English, whose translation holds the plural forms ("1 sync problem")."""
    i18n.install(qapp, "en", tmp_path_factory.mktemp("translations"))


@pytest.fixture
def tutor_app(
    server: DevServer, tmp_path: Path, qtbot, qasync_loop, qapp: QApplication
) -> Iterator[TutorApp]:
    apply_theme(qapp, "light")
    session = SessionManager(MemorySecretStore(), api_timeout=3.0)
    account = run(qasync_loop, qtbot, session.sign_in(server.url, *DEMO_TUTOR))
    assert session.api is not None
    store = Store(account.cache_path(tmp_path))
    bridge = SyncBridge()
    engine = SyncEngine(session.api, store, bridge, FAST)
    settings = Settings()
    path = tmp_path / "settings.json"
    window = MainWindow(account, store, engine, bridge, settings, lambda: settings.save(path))
    window.show()
    engine.start()
    qtbot.waitUntil(lambda: window.requests.model.rowCount() == 18, timeout=10_000)
    yield TutorApp(server, session, store, engine, window, settings, path, qasync_loop)
    if window.lesson_service is not None:  # the live relay's socket, as the app does on closing
        run(qasync_loop, qtbot, window.lesson_service.stop())
    run(qasync_loop, qtbot, engine.stop())
    run(qasync_loop, qtbot, session.api.aclose())
    window.close()
    window.deleteLater()
    store.close()
