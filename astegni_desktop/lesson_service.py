"""LessonService: the whiteboard panel's link to the server and the student (QtCore only, no widgets).

It owns the live relay for the lesson on screen, turns its callbacks into Qt signals, opens server sessions
into local boards, reloads the canvas after a reconnect, and reads the session chat. It never blocks: each
network call is a task on the one qasync loop, and results come back as signals.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .api import ApiError, Forbidden
from .calls.qt import CallService
from .sync.live import Identity, LiveEvent, LiveRelay

if TYPE_CHECKING:
    from .session import Account
    from .store import Store
    from .sync import SyncEngine

log = logging.getLogger(__name__)


def ws_base(server_url: str) -> str:
    if server_url.startswith("https://"):
        return "wss://" + server_url[len("https://") :]
    return "ws://" + server_url.removeprefix("http://")


class LessonService(QObject):
    liveState = Signal(str)  # connecting | connected | offline
    liveEvent = Signal(object)  # LiveEvent
    canvasMerged = Signal(str, object)  # board id, MergeResult
    sessionOpened = Signal(str)  # board id
    failed = Signal(str)  # a message for the tutor
    chatLoaded = Signal(int, object)  # session id, list[ChatMessage] | None (None: unavailable here)

    def __init__(self, store: Store, engine: SyncEngine, account: Account) -> None:
        super().__init__()
        self.store = store
        self.engine = engine
        me = Identity(account.user_id, account.tutor_profile_id or 0, account.display_name)
        self.live = LiveRelay(ws_base(account.server_url), me, self)
        self.live.on_connected = self._reconnected
        # Calls ride on the lesson socket (§12): the call layer hears call messages first and sends its own.
        self.calls = CallService(me.profile_id, me.name, self.live.send_message)
        self.live.on_call = self.calls.hear
        self.board_id: str | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        engine.relay = self._relay

    # LiveListener (called on the loop thread, which is the GUI thread under qasync)
    def live_state(self, state: str) -> None:
        self.liveState.emit(state)

    def live_event(self, event: LiveEvent) -> None:
        self.liveEvent.emit(event)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- the lesson on screen -------------------------------------------------------------------------------

    def follow(self, board_id: str | None) -> None:
        """The board on screen; if it is a lesson the server knows, go live with its student."""
        self.board_id = board_id
        info = self.store.lessons.lesson(board_id) if board_id else None
        if info is None or info.session_id is None or info.ended_at is not None:
            self.live.follow(None, None)
            self.calls.follow(None, None, "")
            return
        self.live.follow(info.session_id, info.student_profile_id)
        self.calls.follow(info.session_id, info.student_profile_id, info.student_name or "")

    def _reconnected(self) -> None:
        """Strokes the student drew while we were away are only on the server: reload the canvas."""
        if self.board_id is not None:
            self.reload_canvas(self.board_id)

    def _relay(self, relay: dict[str, Any]) -> None:
        if relay.get("board_id") != self.board_id:
            return
        kind = relay.get("kind")
        if kind == "session":
            self.follow(self.board_id)
        elif kind == "page":
            number = len(self.store.lessons.page_ids(str(relay["board_id"])))
            self.live.send(
                "whiteboard_page_change",
                action="add",
                page_id=relay["server_page_id"],
                page={
                    "id": relay["server_page_id"],
                    "page_number": number,
                    "page_title": f"Page {number}",
                    "background_color": "#FFFFFF",
                    "is_active": False,
                    "strokes": [],
                },
            )
        elif kind == "stroke":
            self.live.relay_delivered(relay)

    def reload_canvas(self, board_id: str) -> None:
        info = self.store.lessons.lesson(board_id)
        if info is None or info.session_id is None:
            return
        session_id = info.session_id

        async def work() -> None:
            try:
                session = await self.engine.api.get_whiteboard_session(session_id)
            except ApiError as exc:
                log.info("canvas reload failed: %s", exc.message)
                return
            result = self.store.lessons.merge_session(session, self.engine.api.user_id)
            self.canvasMerged.emit(board_id, result)

        self._spawn(work())

    def open_session(self, session_id: int, student_name: str | None) -> None:
        """A session from the server (perhaps never opened on this computer): its whole canvas, then show."""

        async def work() -> None:
            try:
                session = await self.engine.api.get_whiteboard_session(session_id)
            except ApiError as exc:
                self.failed.emit(f"Could not open this lesson: {exc.message}")
                return
            result = self.store.lessons.merge_session(session, self.engine.api.user_id, student_name)
            self.sessionOpened.emit(result.board_id)

        self._spawn(work())

    # -- outbound live messages -----------------------------------------------------------------------------

    def send(self, kind: str, **fields: Any) -> None:
        self.live.send(kind, **fields)

    def erased(self, page_id: str, client_ids: list[str]) -> None:
        """Strokes the tutor erased or undid: the server keeps them (no delete, §7.7); the student is told."""
        server_page = self.store.lessons.page_ids(self.board_id).get(page_id) if self.board_id else None
        for stroke_id in self.store.lessons.erased_server_ids(page_id, client_ids):
            self.live.send("whiteboard_undo", page_id=server_page, stroke_id=stroke_id)

    def activate_page(self, server_page_id: int) -> None:
        self.live.send("whiteboard_page_change", action="navigate", page_id=server_page_id)

        async def work() -> None:
            try:
                await self.engine.api.activate_page(server_page_id)
            except ApiError as exc:  # safe to lose: it only marks the page the web opens first
                log.info("page activate failed: %s", exc.message)

        self._spawn(work())

    def set_permissions(self, board_id: str, can_draw: bool) -> None:
        perms = {"can_draw": can_draw, "can_write": can_draw, "can_erase": can_draw}
        if can_draw:
            self.live.send(
                "whiteboard_permission_granted", target_id=self.live.participant_id, permissions=perms
            )
        else:
            self.live.send("whiteboard_permission_revoked", target_id=self.live.participant_id)
        self.store.lessons.queue_permissions(board_id, perms)
        self.engine.kick()

    def answer_request(self, allow: bool) -> None:
        if allow and self.board_id is not None:
            self.set_permissions(self.board_id, True)
        elif not allow:
            self.live.send("whiteboard_permission_denied", target_id=self.live.participant_id)

    # -- chat -----------------------------------------------------------------------------------------------

    def load_chat(self, session_id: int) -> None:
        async def work() -> None:
            try:
                messages = await self.engine.api.chat_messages(session_id)
            except Forbidden:
                self.chatLoaded.emit(session_id, None)
                return
            except ApiError as exc:
                log.info("chat load failed: %s", exc.message)
                return
            self.chatLoaded.emit(session_id, messages)

        self._spawn(work())

    async def stop(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.calls.close)  # hangs up, joins its thread
        await self.live.stop()
