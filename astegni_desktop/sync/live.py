"""The live relay: `/ws/{tutor_profile_id}/tutor` (CONTRACT.md §8). No Qt here.

The socket has no authentication: anyone can connect as anyone and send us anything. Every inbound message is
parsed by `parse_inbound`, which bounds sizes, checks types and ranges, and drops what does not come from
the lesson's own student (CONTRACT.md §13: the server stamps `from_student_profile_id` with the sender's
socket key, and the web sends its profile id as `sender_id`) or does not belong to the lesson on screen;
strokes go through the ink codec's checks, and at most `STROKES_PER_SECOND` are taken in. Nothing sent over
the socket is stored by the server, so strokes are POSTed first (the sync engine calls `relay_delivered`
after the server stored one).

Outbound, `sender_id` never equals the student's profile id (`sender_id_for`): the web drops whatever carries
its own id. Every `add` or `navigate` starts the web's page-flip animation (`flipToPage`, 600 ms), even one to
the page it already shows; during it the web ignores another flip and draws ink on the page being left. So
after each one the writer holds whatever follows until `FLIP_HOLD` has passed: a page change sent sooner would
be lost, and ink would land on the wrong page whenever the web was not where we thought (a re-assert after a
silent reload is exactly that case).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..diagnostics import watch
from .retry import RetryPolicy

log = logging.getLogger(__name__)

MAX_MESSAGE = 512 * 1024  # bytes; a stroke of 20,000 points fits; larger messages are read and dropped
# Frames up to this size are read (and dropped when over MAX_MESSAGE) without closing the socket: a server
# relays nothing larger (uvicorn's default `ws_max_size` is 16 MiB). Only a larger frame closes it.
MAX_FRAME = 16 * 1024 * 1024
HEALTHY_AFTER = 10.0  # s a connection must last before the reconnect backoff starts again from its base
# s: the web's page flip takes 600 ms (flipToPage); flips and ink meanwhile go astray. The rest is margin for
# the page change being held up more than what follows it (network jitter, a busy browser tab).
FLIP_HOLD = 1.0
STROKES_PER_SECOND = 40.0  # a student draws a few strokes a second; a flood above this is dropped
STROKE_BURST = 80.0
# A student's browser sends at most ~20 pointer moves a second plus typing and strokes. Messages beyond this
# are dropped before they are parsed, so a flood from any socket costs bounded work on the GUI thread.
MESSAGES_PER_SECOND = 150.0
MESSAGE_BURST = 300.0
QUEUE_LIMIT = 2000
# Recording started or stopped (`"recording": true|false`). The web has no such message (its Record tells
# nobody); the desktop sends it so that a peer which knows it shows a badge, and shows the peer's.
RECORDING = "whiteboard_recording"
EPHEMERAL = frozenset({"whiteboard_cursor", "whiteboard_text_typing", "whiteboard_tool_change"})
MAX_TEXT = 500
MAX_NAME = 100
COORD_RANGE = 100_000.0
PING_EVERY = 30.0  # s, as the web client does (§8.1)
PONG_WITHIN = 10.0
TOOLS = frozenset(
    {"pen", "eraser", "line", "rectangle", "circle", "triangle", "arrow", "text", "select", "highlighter"}
)


@dataclass(frozen=True)
class Identity:
    """Who we are on the socket: the tutor's user id, profile id and name."""

    user_id: int
    profile_id: int
    name: str


@dataclass(frozen=True)
class LiveEvent:
    """One validated inbound message about the lesson on screen."""

    kind: str  # stroke | cursor | typing | tool | page | permission_request | undo | presence
    session_id: int | None
    page_id: int | str | None = None  # a server page id, or the "local:<page id>" we announced a page with
    data: dict[str, Any] = field(default_factory=dict)


class LiveListener(Protocol):
    def live_state(self, state: str) -> None: ...  # connecting | connected | offline
    def live_event(self, event: LiveEvent) -> None: ...


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53 else None


def _coord(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    v = float(value)
    return v if math.isfinite(v) and abs(v) <= COORD_RANGE else None


def _page(value: Any) -> int | str | None:
    if isinstance(value, str):
        return value if value.startswith("local:") and len(value) <= 80 else None
    return _int(value)


def _text(value: Any, limit: int) -> str | None:
    """Bounded text with lone surrogates (valid JSON, invalid Unicode) replaced: Qt could not show them."""
    if not isinstance(value, str):
        return None
    return value[:limit].encode("utf-8", "replace").decode("utf-8")


def sender_id_for(me: Identity, participant_id: int | None) -> int | str:
    """What we send as `sender_id`: the tutor's profile id, as a string when it equals the student's profile
    id. The web drops a message whose `sender_id` is strictly equal (`===`) to its own profile id (a number),
    so a string is never mistaken for the student, whatever the ids (CONTRACT.md §13)."""
    return str(me.profile_id) if me.profile_id == participant_id else me.profile_id


def from_student(msg: dict[str, Any], participant_id: int | None) -> bool:
    """Sent by the lesson's own student: the server stamps `from_student_profile_id` from the sender's socket
    key (§8.3), and the web puts its profile id in `sender_id`."""
    if participant_id is None or _int(msg.get("from_student_profile_id")) != participant_id:
        return False
    sender = msg.get("sender_id")
    return sender is None or _int(sender) == participant_id or sender == str(participant_id)


def parse_inbound(raw: str | bytes, session_id: int | None, participant_id: int | None) -> LiveEvent | None:
    """Validate one message from the socket; None if it is malformed, hostile, not from the lesson's own
    student or not for this lesson."""
    if isinstance(raw, bytes) or len(raw) > MAX_MESSAGE:
        return None
    try:
        msg = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return None
    if not isinstance(msg, dict):
        return None
    kind = msg.get("type")
    if kind in ("user_online", "user_offline"):
        pid = _int(msg.get("student_profile_id"))
        if msg.get("profile_type") == "student" and pid is not None and pid == participant_id:
            return LiveEvent("presence", session_id, data={"online": kind == "user_online"})
        return None
    if not isinstance(kind, str) or not kind.startswith("whiteboard_"):
        return None
    if session_id is None or _int(msg.get("session_id")) != session_id:
        return None  # another lesson (or a forged one): never drawn here
    if not from_student(msg, participant_id):
        return None  # anyone may connect and send: only the lesson's student is heard
    page_id = _page(msg.get("page_id"))
    if kind == "whiteboard_stroke":
        raw_stroke = msg.get("stroke")
        stroke: dict[str, Any] = raw_stroke if isinstance(raw_stroke, dict) else {}
        stroke_type = msg.get("stroke_type", stroke.get("stroke_type"))
        stroke_data = msg.get("stroke_data", stroke.get("stroke_data"))
        if page_id is None or not isinstance(stroke_type, str) or not isinstance(stroke_data, dict):
            return None
        return LiveEvent(
            "stroke", session_id, page_id, {"stroke_type": stroke_type[:32], "stroke_data": stroke_data}
        )
    if kind == "whiteboard_cursor":
        x, y = _coord(msg.get("x")), _coord(msg.get("y"))
        if x is None or y is None:
            return None
        return LiveEvent("cursor", session_id, page_id, {"x": x, "y": y})
    if kind == "whiteboard_text_typing":
        text = _text(msg.get("text"), MAX_TEXT)
        x, y = _coord(msg.get("x")), _coord(msg.get("y"))
        if text is None or x is None or y is None:
            return None
        return LiveEvent("typing", session_id, page_id, {"text": text, "x": x, "y": y})
    if kind == "whiteboard_tool_change":
        tool = msg.get("tool")
        return LiveEvent("tool", session_id, None, {"tool": tool if tool in TOOLS else "other"})
    if kind == "whiteboard_page_change":
        action = msg.get("action")
        if action not in ("navigate", "add", "delete"):
            return None
        raw_page = msg.get("page")
        page: dict[str, Any] = raw_page if isinstance(raw_page, dict) else {}
        target = page_id if page_id is not None else _page(page.get("id"))
        number = _int(msg.get("page_number")) or _int(page.get("page_number"))
        return LiveEvent("page", session_id, target, {"action": action, "page_number": number})
    if kind == "whiteboard_permission_request":
        name = _text(msg.get("requester_name"), MAX_NAME) or "Your student"
        return LiveEvent("permission_request", session_id, None, {"name": name})
    if kind == "whiteboard_undo":
        stroke_id = _int(msg.get("stroke_id"))
        if stroke_id is None:
            return None
        return LiveEvent("undo", session_id, page_id, {"stroke_id": stroke_id})
    if kind == RECORDING:
        return LiveEvent("recording", session_id, None, {"on": msg.get("recording") is True})
    return None  # clear and colour changes from a student are not applied to the tutor's board


class Bucket:
    """A token bucket: `rate` a second, at most `burst` at once."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.at = burst, time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True


class LiveRelay:
    """One socket, reconnected with backoff while a lesson is open; messages leave in the order sent."""

    def __init__(
        self,
        ws_url: str,
        me: Identity,
        listener: LiveListener,
        *,
        reconnect: RetryPolicy | None = None,
        ping_every: float = PING_EVERY,
    ) -> None:
        self.url = f"{ws_url.rstrip('/')}/ws/{me.profile_id}/tutor"
        self.me = me
        self.listener = listener
        self.reconnect = reconnect or RetryPolicy(base=1.0, cap=30.0)
        self.ping_every = ping_every
        self.session_id: int | None = None
        self.participant_id: int | None = None
        self.state = "offline"
        self.sent = 0
        self.refused = 0  # inbound messages and strokes over the rate limits
        self.reconnects = 0
        # Outbound messages, oldest first; kept across reconnects (bounded), so nothing queued is lost.
        # (message, flips): a page change that flips the web's page holds what follows for FLIP_HOLD
        self._queue: collections.deque[tuple[str, bool]] = collections.deque()
        self._ready = asyncio.Event()
        self._hold_until = 0.0
        self._messages = Bucket(MESSAGES_PER_SECOND, MESSAGE_BURST)
        self._strokes = Bucket(STROKES_PER_SECOND, STROKE_BURST)
        self._task: asyncio.Task[None] | None = None
        self._ws: Any = None
        self._last_pong = 0.0
        self.on_connected: Callable[[], None] | None = None
        # Call signalling (§12) rides on this socket: the call layer sees each frame first and says whether it
        # was a call message; it sends its own messages, whose fields §12 fixes, through `send_message`.
        self.on_call: Callable[[str], bool] | None = None

    # -- control ----------------------------------------------------------------------------------------

    def follow(self, session_id: int | None, participant_id: int | None) -> None:
        """The lesson on screen (None: no lesson). The socket runs only while there is one."""
        if (session_id, participant_id) != (self.session_id, self.participant_id):
            self._queue.clear()  # another lesson's messages never reach this student
        self.session_id, self.participant_id = session_id, participant_id
        if session_id is not None and (self._task is None or self._task.done()):
            self._task = watch(asyncio.get_running_loop().create_task(self._run(), name="astegni-live"))
        elif session_id is None:
            self._stop_task()

    def _stop_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._set_state("offline")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.listener.live_state(state)

    # -- sending ----------------------------------------------------------------------------------------

    def send(self, kind: str, **fields: Any) -> bool:
        """Queue a message to the student. Pointer and typing previews are dropped (False) while there is no
        connection; the rest waits for the next one (at most QUEUE_LIMIT messages). Every `add` and
        `navigate` flips the web's page (even to the page it shows): what follows waits until the flip is
        over."""
        if self.session_id is None or self.participant_id is None:
            return False
        if kind in EPHEMERAL and self.state != "connected":
            return False
        if len(self._queue) >= QUEUE_LIMIT:
            return False
        msg = {
            "type": kind,
            "session_id": self.session_id,
            "sender_id": sender_id_for(self.me, self.participant_id),
            "sender_role": "tutor",
            "sender_name": self.me.name,
            "from_profile_id": self.me.profile_id,
            "from_profile_type": "tutor",
            "to_profile_id": self.participant_id,
            "to_profile_type": "student",
            **fields,
        }
        # (a `delete` flips too when it removes the page on screen: the web shows the first one)
        flips = kind == "whiteboard_page_change" and fields.get("action") in ("add", "navigate", "delete")
        self._queue.append((json.dumps(msg, separators=(",", ":")), flips))
        self._ready.set()
        return True

    def drop_queued(self) -> None:
        """Forget what waits to go out: it was meant for a view of the lesson the student no longer has."""
        self._queue.clear()

    @property
    def queued(self) -> int:
        return len(self._queue)

    def send_message(self, message: dict[str, Any]) -> bool:
        """Queue a message exactly as given (call signalling); dropped (False) while offline."""
        if self.state != "connected" or len(self._queue) >= QUEUE_LIMIT:
            return False
        self._queue.append((json.dumps(message, separators=(",", ":")), False))
        self._ready.set()
        return True

    def relay_delivered(self, relay: dict[str, Any]) -> None:
        """Called by the sync engine after the server stored something of the lesson on screen."""
        if relay.get("session_id") not in (None, self.session_id):
            return
        if relay.get("kind") == "stroke":
            self.send(
                "whiteboard_stroke",
                page_id=relay["page_id"],
                stroke={"stroke_type": relay["stroke_type"], "stroke_data": relay["stroke_data"]},
            )

    # -- the connection ---------------------------------------------------------------------------------

    async def _run(self) -> None:
        from websockets.asyncio.client import connect  # noqa: PLC0415

        attempt = 0
        while self.session_id is not None:
            self._set_state("connecting")
            connected_at: float | None = None
            try:
                async with connect(
                    self.url, max_size=MAX_FRAME, open_timeout=10, ping_interval=None, close_timeout=2
                ) as ws:
                    self._ws = ws
                    connected_at = self._last_pong = time.monotonic()
                    self.reconnects += 1
                    self._set_state("connected")
                    if self.on_connected is not None:
                        self.on_connected()
                    await self._serve(ws)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # refused, reset, oversized message, protocol error: reconnect
                log.info("live connection lost: %s", type(exc).__name__)
            finally:
                self._ws = None
            self._set_state("offline")
            if connected_at is not None and time.monotonic() - connected_at >= HEALTHY_AFTER:
                attempt = 0  # a connection that held for a while: start the backoff again
            await asyncio.sleep(self.reconnect.delay(attempt))
            attempt += 1

    async def _serve(self, ws: Any) -> None:
        reader = asyncio.create_task(self._read(ws))
        writer = asyncio.create_task(self._write(ws))
        pinger = asyncio.create_task(self._ping(ws))
        try:
            done, _ = await asyncio.wait({reader, writer, pinger}, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        finally:
            for task in (reader, writer, pinger):
                task.cancel()
            await asyncio.gather(reader, writer, pinger, return_exceptions=True)

    async def _read(self, ws: Any) -> None:
        async for raw in ws:
            if isinstance(raw, str) and '"pong"' in raw[:40]:
                self._last_pong = time.monotonic()
                continue
            if not self._messages.take():
                self.refused += 1
                continue
            if self.on_call is not None and isinstance(raw, str) and self.on_call(raw):
                continue
            event = parse_inbound(raw, self.session_id, self.participant_id)
            if event is not None and event.kind == "stroke" and not self._strokes.take():
                self.refused += 1
                continue
            if event is not None:
                try:
                    self.listener.live_event(event)
                except Exception:
                    log.exception("a live event could not be shown")

    async def _write(self, ws: Any) -> None:
        while True:
            while not self._queue:
                self._ready.clear()
                await self._ready.wait()
            wait = self._hold_until - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
                continue  # (the queue may have been replaced meanwhile)
            message, flips = self._queue[0]
            await ws.send(message)  # if this fails, the message stays first in line for the next connection
            if self._queue and self._queue[0][0] is message:
                self._queue.popleft()
            self.sent += 1
            if flips:
                self._hold_until = time.monotonic() + FLIP_HOLD

    async def _ping(self, ws: Any) -> None:
        while True:
            await asyncio.sleep(self.ping_every)
            if time.monotonic() - self._last_pong > self.ping_every + PONG_WITHIN:
                raise ConnectionError("no pong")
            await ws.send('{"type":"ping"}')
