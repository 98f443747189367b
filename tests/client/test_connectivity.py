"""Connectivity as the tutor sees it (issue 14): the status says Offline at the first request that fails, from
any part of the app, and queued work goes out within seconds of the server coming back."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from astegni_desktop.api import Offline
from astegni_desktop.store import Store
from astegni_desktop.sync import Connectivity, EngineTiming, SyncEngine
from astegni_devserver.runner import DevServer
from tests.helpers.client import RecordingListener, signed_in

pytestmark = pytest.mark.asyncio


async def until(condition: Callable[[], bool], timeout: float) -> float:
    """Seconds until `condition()` holds (fails after `timeout`)."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError("timed out")
        await asyncio.sleep(0.02)
    return time.monotonic() - start


def shown(listener: RecordingListener) -> Connectivity:
    """What the status bar shows now."""
    return listener.statuses[-1].connectivity


async def test_offline_at_the_first_failed_request_and_queued_work_goes_out_soon_after_the_return(
    server: DevServer, tmp_path: Path
) -> None:
    api = await signed_in(server.url)
    store = Store(tmp_path / "cache.sqlite3")
    listener = RecordingListener()
    engine = SyncEngine(api, store, listener, EngineTiming(pull_interval=3600))  # the app's probe timing
    engine.start()
    try:
        await until(lambda: engine.connectivity is Connectivity.ONLINE and store.counts()["requests"] > 0, 20)
        student = store.students()[0].model.student_id

        server.stop()
        with pytest.raises(Offline):  # a panel asks for a student's details: the server is gone
            await api.student_details(student)
        assert engine.connectivity is Connectivity.OFFLINE  # at once, not at the next pull a minute later
        assert shown(listener) is Connectivity.OFFLINE

        request = next(
            r for r in store.requests() if r.status == "pending" and r.model.package_id is not None
        )
        store.queue_response(request.id, "accepted")
        engine.kick()
        await asyncio.sleep(4)  # the probe backs off meanwhile, but not beyond about 2 s
        assert store.pending_count() == 1 and shown(listener) is Connectivity.OFFLINE

        server.start()
        took = await until(lambda: store.pending_count() == 0, 10)
        assert took < 3.0
        assert shown(listener) is Connectivity.ONLINE  # the status bar says so too
    finally:
        await engine.stop()
        await api.aclose()
