"""What the live-relay tests share: a listener that records the relay's states and events, and a wait."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from astegni_desktop.sync.live import LiveEvent


class Events:
    """A LiveRelay listener that keeps everything it is told."""

    def __init__(self) -> None:
        self.states: list[str] = []
        self.events: list[LiveEvent] = []

    def live_state(self, state: str) -> None:
        self.states.append(state)

    def live_event(self, event: LiveEvent) -> None:
        self.events.append(event)

    def strokes(self) -> list[LiveEvent]:
        return [e for e in self.events if e.kind == "stroke"]


async def until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Wait (letting the loop run) until `predicate()` holds; AssertionError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.01)
