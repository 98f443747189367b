"""Shared fixtures: real dev servers on loopback, real SQLite files, offscreen Qt."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")

from astegni_devserver.app import ServerOptions
from astegni_devserver.config import ALL_DEFECTS
from astegni_devserver.runner import DevServer

ServerFactory = Callable[..., DevServer]


@pytest.fixture
def make_server(tmp_path: Path) -> Iterator[ServerFactory]:
    """Start dev servers on free loopback ports, each with its own SQLite file; all stopped afterwards."""
    started: list[DevServer] = []

    def factory(
        seed: str = "demo", defects: frozenset[str] | str = frozenset(), name: str = "server"
    ) -> DevServer:
        chosen = frozenset(ALL_DEFECTS) if defects == "all" else frozenset(defects)
        db = tmp_path / f"{name}-{len(started)}.db"
        server = DevServer(ServerOptions(db_url=f"sqlite:///{db}", seed=seed, defects=chosen))  # type: ignore[arg-type]
        started.append(server.start())
        return server

    yield factory
    for server in started:
        server.stop()


@pytest.fixture
def server(make_server: ServerFactory) -> DevServer:
    """A fresh demo world, intended behaviour."""
    return make_server()


@pytest.fixture
def deployed_server(make_server: ServerFactory) -> DevServer:
    """A fresh demo world reproducing every deployed defect (CONTRACT.md §10)."""
    return make_server(defects="all")


@pytest.fixture(params=["intended", "deployed"])
def any_server(request: pytest.FixtureRequest, make_server: ServerFactory) -> DevServer:
    """The same test in both modes."""
    return make_server(defects="all" if request.param == "deployed" else frozenset())


@pytest.fixture(autouse=True)
def _gc_on_main_thread() -> Iterator[None]:
    # ENVIRONMENT.md §5 pitfall 2: free Qt objects (old qasync loops) on the GUI thread, never in a worker.
    yield
    gc.collect()


# -- Qt + asyncio: one qasync loop for the whole run (tests/ui and tests/app share it) -------------


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
