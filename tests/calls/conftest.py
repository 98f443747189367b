"""Calls on loopback only: aioice gathers 127.0.0.1 and nothing else, no STUN server is ever asked."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from typing import Any

import aioice.ice
import numpy as np
import pytest
import pytest_asyncio

from astegni_desktop.calls.engine import CallConfig, CallEngine, CallQuality, CallState, CallStatus
from astegni_desktop.calls.process import CallProcess
from astegni_desktop.calls.signalling import MissedCall
from astegni_desktop.sync.live import Identity, LiveEvent, LiveRelay
from astegni_devserver.runner import DevServer
from tests.web_peer import WebPeer

LOOPBACK = CallConfig(stun=(), ring_seconds=20, connect_seconds=8)


@pytest.fixture(autouse=True)
def _loopback_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


class Recorder:
    """The engine's listener: what the tutor would see, recorded from the worker thread."""

    def __init__(self) -> None:
        self.statuses: list[CallStatus] = []
        self.videos: dict[str, list[np.ndarray]] = {"remote": [], "local": []}
        self.qualities: list[CallQuality] = []
        self.missed: list[MissedCall] = []
        self.lock = threading.Lock()

    def call_status(self, status: CallStatus) -> None:
        with self.lock:
            self.statuses.append(status)

    def call_video(self, who: str, image: np.ndarray) -> None:
        with self.lock:
            if len(self.videos[who]) < 300:
                self.videos[who].append(image[::8, ::8].copy())

    def call_quality(self, quality: CallQuality) -> None:
        self.qualities.append(quality)

    def missed_calls(self, calls: list[MissedCall]) -> None:
        self.missed.extend(calls)

    @property
    def state(self) -> CallState:
        return self.statuses[-1].state if self.statuses else CallState.IDLE

    @property
    def last(self) -> CallStatus:
        return self.statuses[-1]


class LiveRecorder:
    def __init__(self) -> None:
        self.states: list[str] = []
        self.events: list[LiveEvent] = []

    def live_state(self, state: str) -> None:
        self.states.append(state)

    def live_event(self, event: LiveEvent) -> None:
        self.events.append(event)


async def until(predicate: Callable[[], Any], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


class Tutor:
    """The app's side: the lesson socket (LiveRelay) with the call engine on its hooks."""

    def __init__(
        self, server: DevServer, config: CallConfig, devices: Any = None, in_process: bool = False
    ) -> None:
        self.listener = LiveRecorder()
        self.relay = LiveRelay(server.ws_url, Identity(1, 100, "Meron Alemayehu"), self.listener)
        self.calls = Recorder()
        loop = asyncio.get_running_loop()
        if in_process:  # as the app runs it: in a child process, ICE pinned to loopback there too
            config = replace(config, host_addresses=("127.0.0.1",))
        self.engine: CallEngine | CallProcess = (CallProcess if in_process else CallEngine)(
            100,
            "Meron Alemayehu",
            lambda msg: loop.call_soon_threadsafe(self.relay.send_message, msg),
            self.calls,
            config,
            devices,
        )
        self.relay.on_call = self.engine.hear
        self.engine.follow(7, 501, "Hanna Tesfaye")
        self.relay.follow(7, 501)

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.engine.close)
        await self.relay.stop()


@pytest_asyncio.fixture
async def tutor(server: DevServer) -> AsyncIterator[Tutor]:
    t = Tutor(server, LOOPBACK)
    assert await until(lambda: t.relay.state == "connected")
    yield t
    await t.close()


@pytest_asyncio.fixture
async def web(server: DevServer) -> AsyncIterator[WebPeer]:
    peer = await WebPeer(server.ws_url).connect()
    yield peer
    await peer.close()


@pytest.fixture
def no_threads_left() -> Iterator[None]:
    before = {t.name for t in threading.enumerate()}
    yield
    assert "astegni-call" not in {t.name for t in threading.enumerate()} - before


@pytest.fixture(scope="module")
def pulse() -> Iterator[Any]:
    """A private PulseAudio with a FIFO microphone and a null-sink speaker, chosen for this process."""
    from tests.helpers.pulse import start_pulse

    started = start_pulse()
    if isinstance(started, str):
        pytest.skip(started)
    saved = {k: os.environ.get(k) for k in started.env()}
    os.environ.update(started.env())
    yield started
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    started.stop()
