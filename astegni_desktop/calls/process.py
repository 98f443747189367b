"""The call engine in a child process, so a call's Python work (aiortc, RTP, SRTP, the echo canceller) never
holds the GUI process's interpreter lock while the tutor writes.

`CallProcess` has the requests of `CallEngine` and calls the same listener, from a reader thread in this
process. Requests and events cross a pipe as small pickles; pictures (the student's video and the tutor's
preview) cross through one shared-memory slot per tile: the child writes a frame only once the previous one
was taken, so a busy GUI drops frames instead of queueing them. While a recording listens (`set_audio_tap`),
the child also sends both voices (20 ms blocks of mono int16, each with the time it arrived) in batches about
every 50 ms; without a tap it sends none. No Qt here, and nothing from aiortc is imported on this side.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.connection import Connection
from multiprocessing.shared_memory import SharedMemory
from typing import TYPE_CHECKING, Any

import numpy as np

from .model import CallConfig, CallListener, CallQuality, CallState, CallStatus
from .signalling import CallSignal, MissedCall, might_be_call, parse_call

if TYPE_CHECKING:
    from .engine import MediaFactory

log = logging.getLogger(__name__)

TILES = ("remote", "local")
SLOT_BYTES = 1920 * 1080 * 3  # the largest picture that crosses; larger ones are halved until they fit
LEVELS_EVERY = 0.1  # s, the meters' pace
AUDIO_EVERY = 0.05  # s: a recording's voices cross in batches this often (well within the mixer's 0.3 s)
AUDIO_HELD = 200  # blocks (about 2 s of two voices): beyond this the oldest are dropped, never the call

# A recording's ear: (source "mic" | "remote", mono int16 48 kHz, seconds since the block arrived in the call
# process). Called on the reader thread; must not block.
AudioTap = Callable[[str, np.ndarray, float], None]


class _Slot:
    """One picture at a time in shared memory: written by the child, taken (copied) by the parent. The parent
    creates and unlinks it; the child (spawned: it shares the parent's resource tracker) only attaches."""

    def __init__(self, name: str | None = None) -> None:
        self.memory = SharedMemory(name=name, create=name is None, size=SLOT_BYTES)

    def write(self, image: np.ndarray) -> tuple[int, int]:
        while image.nbytes > SLOT_BYTES:
            image = image[::2, ::2]
        height, width = image.shape[:2]
        target = np.ndarray((height, width, 3), dtype=np.uint8, buffer=self.memory.buf)
        target[...] = image
        return height, width

    def take(self, height: int, width: int) -> np.ndarray:
        return np.ndarray((height, width, 3), dtype=np.uint8, buffer=self.memory.buf).copy()

    def close(self, unlink: bool) -> None:
        with contextlib.suppress(Exception):
            self.memory.close()
        if unlink:
            with contextlib.suppress(Exception):
                self.memory.unlink()


class CallProcess:
    """A `CallEngine` in a child process (started at once; aiortc loads there, not here)."""

    def __init__(
        self,
        tutor_id: int,
        tutor_name: str,
        send: Any,
        listener: CallListener,
        config: CallConfig | None = None,
        devices: MediaFactory | None = None,
    ) -> None:
        self.tutor_id, self.tutor_name = tutor_id, tutor_name
        self._send = send  # called on the reader thread: must be thread-safe, as for CallEngine
        self.listener = listener
        self.config = config or CallConfig()
        self.status: CallStatus | None = None
        self._levels = (-100.0, -100.0)
        self._slots = {who: _Slot() for who in TILES}
        self._lock = threading.Lock()
        self._closed = self._closing = False
        self._checked = threading.Event()
        self._check: dict[str, bool] = {}
        self._tap: AudioTap | None = None
        context = multiprocessing.get_context("spawn")  # no fork of a process holding Qt and sockets
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_child_main,
            args=(
                child,
                tutor_id,
                tutor_name,
                self.config,
                devices,
                {w: s.memory.name for w, s in self._slots.items()},
            ),
            name="astegni-call",
            daemon=True,
        )
        self._process.start()
        child.close()
        self._reader = threading.Thread(target=self._read, name="astegni-call-events", daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    # -- requests (any thread) --------------------------------------------------------------------------

    def _request(self, *message: Any) -> None:
        with self._lock:
            if self._closed:
                return
            try:
                self._conn.send(message)
            except (OSError, ValueError):
                log.warning("the call process is gone")

    def follow(self, session_id: int | None, student_id: int | None, student_name: str) -> None:
        self._request("follow", session_id, student_id, student_name)

    def configure(self, config: CallConfig) -> None:
        self.config = config
        self._request("configure", config)

    def call(self, audio_only: bool | None = None) -> None:
        self._request("call", audio_only)

    def accept(self, audio_only: bool | None = None) -> None:
        self._request("accept", audio_only)

    def decline(self) -> None:
        self._request("decline")

    def hang_up(self) -> None:
        self._request("hang_up")

    def set_muted(self, muted: bool) -> None:
        self._request("set_muted", muted)

    def set_camera(self, on: bool) -> None:
        self._request("set_camera", on)

    def set_audio_tap(self, tap: AudioTap | None) -> None:
        """A recording hears both voices from now on (None: no longer, and the child stops sending them)."""
        self._tap = tap
        self._request("tap", tap is not None)

    def hear(self, raw: str) -> bool:
        if not might_be_call(raw):
            return False
        signal = parse_call(raw)
        if signal is None:
            return False
        self.inbound(signal)
        return True

    def inbound(self, signal: CallSignal) -> None:
        self._request("inbound", signal)

    def check(self, timeout: float = 60.0) -> dict[str, bool]:
        """The child's own `media.self_check()` (aiortc, VP8, Opus, the echo canceller, as the call process
        sees them); {} if it does not answer in time."""
        self._checked.clear()
        self._request("check")
        self._checked.wait(timeout)
        return dict(self._check)

    def levels(self) -> tuple[float, float]:
        """Microphone and speaker levels in dBFS, as the child last reported them (every 0.1 s in a call)."""
        return self._levels

    def close(self) -> None:
        """End any call (the student is told) and stop the child; blocks at most ~10 s (at shutdown)."""
        self._closing = True
        self._request("close")
        self._process.join(10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(2)
        with self._lock:
            self._closed = True
            self._conn.close()
        self._reader.join(2)
        for slot in self._slots.values():
            slot.close(unlink=True)

    # -- events (the reader thread) ---------------------------------------------------------------------

    def _read(self) -> None:
        while True:
            try:
                event = self._conn.recv()
            except (EOFError, OSError, ValueError):
                break
            try:
                self._dispatch(event)
            except Exception:
                log.exception("call event %r failed", event[0] if event else event)
        idle = (CallState.IDLE, CallState.ENDED)
        if self.status is not None and self.status.state not in idle and not self._closing:
            # The child died mid-call (killed, out of memory): say so rather than show a frozen call.
            self.status = replace(
                self.status, state=CallState.ENDED, reason="failed", message="The call failed."
            )
            self.listener.call_status(self.status)

    def _dispatch(self, event: tuple[Any, ...]) -> None:
        kind = event[0]
        if kind == "send":
            self._send(event[1])
        elif kind == "status":
            self.status = event[1]
            self.listener.call_status(event[1])
        elif kind == "video":
            who, height, width = event[1], event[2], event[3]
            image = self._slots[who].take(height, width)
            self._request("taken", who)
            self.listener.call_video(who, image)
        elif kind == "quality":
            self.listener.call_quality(event[1])
        elif kind == "missed":
            self.listener.missed_calls(event[1])
        elif kind == "audio":
            tap = self._tap
            if tap is None:
                return  # the recording stopped while these were on their way
            now = time.monotonic()  # one clock for every process on the machine
            for source, data, at in event[1]:
                tap(source, np.frombuffer(data, dtype=np.int16), min(max(now - at, 0.0), 5.0))
        elif kind == "levels":
            self._levels = (event[1], event[2])
        elif kind == "checked":
            self._check = dict(event[1])
            self._checked.set()


class _Relay:
    """The engine's listener in the child: every event down the pipe (from the engine's worker thread)."""

    def __init__(self, conn: Connection, slots: dict[str, _Slot]) -> None:
        self.conn, self.slots = conn, slots
        self.lock = threading.Lock()
        self.free = dict.fromkeys(slots, True)
        self.audio_lock = threading.Lock()
        self.held: list[tuple[str, bytes, float]] = []

    def post(self, *event: Any) -> None:
        with self.lock, contextlib.suppress(OSError, ValueError):
            self.conn.send(event)

    def send(self, message: dict[str, Any]) -> None:
        self.post("send", message)

    def call_status(self, status: CallStatus) -> None:
        self.post("status", status)

    def call_video(self, who: str, image: np.ndarray) -> None:
        with self.lock:
            if not self.free[who]:
                return  # the parent has not taken the last one yet: this frame is dropped
            self.free[who] = False
        height, width = self.slots[who].write(image)
        self.post("video", who, height, width)

    def taken(self, who: str) -> None:
        with self.lock:
            self.free[who] = True

    def audio(self, source: str, pcm: np.ndarray) -> None:
        """The engine's audio tap (its worker thread): only held, so the call never waits on the pipe."""
        block = (source, pcm.astype(np.int16, copy=False).tobytes(), time.monotonic())
        with self.audio_lock:
            self.held.append(block)
            if len(self.held) > AUDIO_HELD:
                del self.held[0]

    def send_audio(self, keep: bool = True) -> None:
        """What the tap held, in one message (`keep=False`: dropped instead, the recording stopped)."""
        with self.audio_lock:
            blocks, self.held = self.held, []
        if blocks and keep:
            self.post("audio", blocks)

    def call_quality(self, quality: CallQuality) -> None:
        self.post("quality", quality)

    def missed_calls(self, calls: list[MissedCall]) -> None:
        self.post("missed", calls)


def _child_main(
    conn: Connection,
    tutor_id: int,
    tutor_name: str,
    config: CallConfig,
    devices: MediaFactory | None,
    slot_names: dict[str, str],
) -> None:
    """The child: one CallEngine, driven by the parent's requests until "close" or the parent's end."""
    from .engine import CallEngine  # noqa: PLC0415

    slots = {who: _Slot(name) for who, name in slot_names.items()}
    relay = _Relay(conn, slots)
    engine = CallEngine(tutor_id, tutor_name, relay.send, relay, config, devices)
    stop = threading.Event()

    def meters() -> None:
        """The levels every 0.1 s, and a recording's voices every 50 ms, off the call's own thread."""
        last, measured = (-100.0, -100.0), 0.0
        while not stop.wait(AUDIO_EVERY):
            if engine.audio_tap is not None:
                relay.send_audio()
            if time.monotonic() - measured >= LEVELS_EVERY - 0.01:
                measured = time.monotonic()
                now = engine.levels()
                if now != last:
                    relay.post("levels", *now)
                    last = now

    threading.Thread(target=meters, name="astegni-call-levels", daemon=True).start()
    try:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                break  # the app is gone: end the call like a shutdown
            name, args = request[0], request[1:]
            if name == "close":
                break
            if name == "taken":
                relay.taken(args[0])
            elif name == "tap":
                engine.audio_tap = relay.audio if args[0] else None
                if not args[0]:
                    relay.send_audio(keep=False)
            elif name == "check":
                from .media import self_check  # noqa: PLC0415

                relay.post("checked", self_check())
            elif name in {
                "follow",
                "configure",
                "call",
                "accept",
                "decline",
                "hang_up",
                "set_muted",
                "set_camera",
                "inbound",
            }:
                getattr(engine, name)(*args)
    finally:
        stop.set()
        engine.close()
        for slot in slots.values():
            slot.close(unlink=False)
        with contextlib.suppress(Exception):
            conn.close()
