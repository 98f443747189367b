"""The live relay: `/ws/{tutor_profile_id}/tutor` (CONTRACT.md §8). No Qt here.

The socket has no authentication: anyone can connect as anyone and send us anything. Every inbound message is
parsed by `parse_inbound`, which bounds sizes, checks types and ranges, and drops what does not belong to the
lesson on screen; strokes go through the ink codec's checks. Nothing sent over the socket is stored by the
server, so strokes are POSTed first (the sync engine calls `relay_delivered` after the server stored one).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .retry import RetryPolicy

log = logging.getLogger(__name__)

MAX_MESSAGE = 512 * 1024  # bytes; a stroke of 20,000 points fits, anything larger closes the socket
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
    page_id: int | None = None
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


def _text(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def parse_inbound(raw: str | bytes, session_id: int | None, participant_id: int | None) -> LiveEvent | None:
    """Validate one message from the socket; None if it is malformed, hostile or not for this lesson."""
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
    page_id = _int(msg.get("page_id"))
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
        target = page_id if page_id is not None else _int(page.get("id"))
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
    return None  # clear and colour changes from a student are not applied to the tutor's board


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
        self._queue: asyncio.Queue[str] = asyncio.Queue(maxsize=2000)
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
        self.session_id, self.participant_id = session_id, participant_id
        if session_id is not None and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(self._run(), name="astegni-live")
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
        """Queue a message to the student; dropped (False) while there is no connection, like the server
        drops messages to an absent peer (§8.2). Strokes are on the server anyway."""
        if self.state != "connected" or self.session_id is None or self.participant_id is None:
            return False
        msg = {
            "type": kind,
            "session_id": self.session_id,
            "sender_id": self.me.user_id,
            "sender_role": "tutor",
            "sender_name": self.me.name,
            "from_profile_id": self.me.profile_id,
            "from_profile_type": "tutor",
            "to_profile_id": self.participant_id,
            "to_profile_type": "student",
            **fields,
        }
        try:
            self._queue.put_nowait(json.dumps(msg, separators=(",", ":")))
        except asyncio.QueueFull:
            return False
        return True

    def send_message(self, message: dict[str, Any]) -> bool:
        """Queue a message exactly as given (call signalling); dropped (False) while offline."""
        if self.state != "connected":
            return False
        try:
            self._queue.put_nowait(json.dumps(message, separators=(",", ":")))
        except asyncio.QueueFull:
            return False
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
            try:
                async with connect(
                    self.url, max_size=MAX_MESSAGE, open_timeout=10, ping_interval=None, close_timeout=2
                ) as ws:
                    self._ws = ws
                    attempt = 0
                    self._last_pong = time.monotonic()
                    self._drop_stale()
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
            await asyncio.sleep(self.reconnect.delay(attempt))
            attempt += 1

    def _drop_stale(self) -> None:
        while not self._queue.empty():
            self._queue.get_nowait()

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
            if self.on_call is not None and isinstance(raw, str) and self.on_call(raw):
                continue
            event = parse_inbound(raw, self.session_id, self.participant_id)
            if event is not None:
                try:
                    self.listener.live_event(event)
                except Exception:
                    log.exception("a live event could not be shown")

    async def _write(self, ws: Any) -> None:
        while True:
            message = await self._queue.get()
            await ws.send(message)
            self.sent += 1

    async def _ping(self, ws: Any) -> None:
        while True:
            await asyncio.sleep(self.ping_every)
            if time.monotonic() - self._last_pong > self.ping_every + PONG_WITHIN:
                raise ConnectionError("no pong")
            await ws.send('{"type":"ping"}')
