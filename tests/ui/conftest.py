"""UI fixtures: one qasync loop that runs while qtbot waits (ENVIRONMENT.md §5 C), a tutor window."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtWidgets import QApplication

from astegni_desktop.credentials import MemorySecretStore
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.session import SessionManager
from astegni_desktop.settings import Settings
from astegni_desktop.store import Store
from astegni_desktop.sync import SyncEngine
from astegni_desktop.sync.qtbridge import SyncBridge
from astegni_desktop.ui_support import apply_theme
from astegni_devserver.runner import DevServer
from astegni_devserver.seed import DEMO_TUTOR
from tests.helpers.client import FAST


@pytest.fixture(scope="session")
def _session_qasync_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """One loop for the whole run, as in the app: a second qasync loop on the same QApplication stops
    running new tasks (seen: httpx connects that never start)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(None)
    yield loop
    asyncio.events._set_running_loop(loop)
    for task in asyncio.all_tasks(loop):
        task.cancel()
    for _ in range(50):
        if all(t.done() for t in asyncio.all_tasks(loop)):
            break
        qapp.processEvents()
    loop.stop()
    asyncio.events._set_running_loop(None)  # ENVIRONMENT.md §5 pitfall 1
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def qasync_loop(_session_qasync_loop: asyncio.AbstractEventLoop) -> Iterator[asyncio.AbstractEventLoop]:
    """The session's loop, marked running only during a UI test so asyncio tests elsewhere are unaffected."""
    asyncio.events._set_running_loop(_session_qasync_loop)
    asyncio.set_event_loop(_session_qasync_loop)
    yield _session_qasync_loop
    asyncio.events._set_running_loop(None)


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    old = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(old)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    import keyring.backends.fail

    old = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(old)


def run(loop: asyncio.AbstractEventLoop, qtbot, coro, timeout: int = 10_000):
    """Run a coroutine on the already-running qasync loop while Qt keeps spinning."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


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
