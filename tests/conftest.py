"""Shared fixtures: real dev servers on loopback, real SQLite files, offscreen Qt."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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
