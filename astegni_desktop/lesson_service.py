"""LessonService: the whiteboard panel's link to the server and the student (QtCore only, no widgets).

It owns the live relay for the lesson on screen, turns its callbacks into Qt signals, opens server sessions
into local boards, reloads the canvas after a reconnect, and reads the session chat. It never blocks: each
network call is a task on the one qasync loop, and results come back as signals.

It also keeps the student's web whiteboard in step (`StudentView`, CONTRACT.md §13): before ink goes to a
page, the student is brought there (`add`, with the page's ink inside it, or `navigate`); ink of pages only
this computer has goes to the student live; a student who rejoins gets those pages and their ink again when
REJOIN_GRACE ends or at their first message, and stored ink for another page than the one a fresh load shows
waits for that; an erase is shown by clearing the student's page and sending what remains (the web's undo
removes its *last* stroke, whatever `stroke_id` says).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Coroutine, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .api import ApiError, Forbidden
from .calls.qt import CallService
from .diagnostics import spawn
from .i18n import translate
from .sync.live import Identity, LiveEvent, LiveRelay
from .sync.student_view import REJOIN_GRACE, StudentView, WirePage, wire_id

if TYPE_CHECKING:
    from .session import Account
    from .store import Store
    from .store.lessons import LivePage
    from .sync import SyncEngine

log = logging.getLogger(__name__)
RETURN_AFTER = 0.15  # s: stored strokes for another page go out in one run before the student is brought back
ADD_INK = 256 * 1024  # bytes of a page's ink sent inside its `add` (a relayed message stays well under 1 MB)


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
    studentPage = Signal(object)  # the local page id the student's web shows (None: not known)

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
        self.view: StudentView | None = None  # what the student's web shows (None: no lesson live)
        self.tutor_page: str | None = None  # the local page on the tutor's screen
        self._tasks: set[asyncio.Future[Any]] = set()
        self._returning = False  # a return to the tutor's page is scheduled
        engine.relay = self._relay
        store.boards.on_added = self.added

    # LiveListener (called on the loop thread, which is the GUI thread under qasync)
    def live_state(self, state: str) -> None:
        if state == "connected" and self.view is None and self.board_id is not None:
            # Our first connection: the student may have the lesson open already, or open it later without
            # a word; we assume it is open until their first message tells us they are there.
            self._student_loaded(settled=True, certain=False)
        self.liveState.emit(state)

    def live_event(self, event: LiveEvent) -> None:
        if event.kind == "presence":
            if event.data["online"]:
                self._student_loaded(settled=False)  # (re)joined: the web loads the lesson again
                # then, once she had time to open it, she is given what she lost, even if nothing else
                # happens by then (ink drawn meanwhile waits for this)
                view = self.view
                asyncio.get_running_loop().call_later(REJOIN_GRACE, self._grace_over, view)
            else:
                self.view = None
                self.studentPage.emit(None)
        elif self.view is not None:
            if not self.view.certain:
                # they may have opened it any time: catch them up (what we added may be there already)
                self._student_loaded(settled=True, caught_up=True)
            elif not self.view.settled:
                self._settle()  # a sign of life: the lesson is open there
            if event.kind == "page" and event.data.get("action") == "navigate":
                self.view.student_navigated(event.page_id)
                self._show_student_page()
        self.liveEvent.emit(event)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        spawn(work, self._tasks)

    # -- the lesson on screen -------------------------------------------------------------------------------

    def follow(self, board_id: str | None) -> None:
        """The board on screen; if it is a lesson the server knows, go live with its student."""
        if board_id != self.board_id:
            self.view, self.tutor_page = None, None
        self.board_id = board_id
        info = self.store.lessons.lesson(board_id) if board_id else None
        if info is None or info.session_id is None or info.ended_at is not None:
            self.view = None
            self.live.follow(None, None)
            self.calls.follow(None, None, "")
            return
        self.live.follow(info.session_id, info.student_profile_id)
        self.calls.follow(info.session_id, info.student_profile_id, info.student_name or "")
        if self.view is None and self.live.state == "connected":
            self._student_loaded(settled=True, certain=False)

    # -- the student's view ---------------------------------------------------------------------------------

    def _pages(self) -> list[LivePage]:
        return self.store.lessons.live_pages(self.board_id) if self.board_id else []

    def _student_loaded(self, *, settled: bool, certain: bool = True, caught_up: bool = False) -> None:
        """The web (re)loaded the lesson: it holds the server's pages, the first one open. `caught_up`: the
        student's first message, when we never saw the lesson load (it may hold the pages we added)."""
        server_pages = sorted(p.server_id for p in self._pages() if p.server_id is not None)
        before = self.view
        if before is not None:
            self.live.drop_queued()  # page changes and ink meant for the view the student no longer has
        self.view = StudentView.loaded(server_pages, settled=settled, at=time.monotonic())
        self.view.certain = certain
        if caught_up and before is not None and not before.certain:
            self.view.caught_up_from(before)
        if settled:
            self._settle()
        self._show_student_page()

    def _settle(self) -> None:
        """The lesson is open on the student's side: give back what only the socket carried, then follow."""
        view = self.view
        if view is None:
            return
        view.settled = True
        pages = self._pages()
        for page in pages:
            if page.local_only:
                self._bring_student_to(page, pages)
        held, view.held = view.held, []
        for relay in held:  # each on its page (a duplicate if she loaded it from the server: drawn on itself)
            self._relay_stroke(relay)
        current = next((p for p in pages if p.page_id == self.tutor_page), None)
        if current is not None:
            self._bring_student_to(current, pages)

    def _grace_over(self, view: StudentView | None) -> None:
        if view is not None and view is self.view and not view.settled:
            self._settle()

    def _ready_view(self) -> StudentView | None:
        """The view, settled if the rejoined student had time to open the lesson (REJOIN_GRACE)."""
        view = self.view
        if view is not None and not view.settled and time.monotonic() - view.joined_at >= REJOIN_GRACE:
            self._settle()
        return view if view is not None and view.settled else None

    def _bring_student_to(self, page: LivePage, pages: list[LivePage] | None = None) -> WirePage:
        """Announce or turn to `page` on the student's web; a page it did not hold gets its ink sent."""
        view = self.view
        if view is None or not view.settled:
            return wire_id(page.page_id, page.server_id)
        ids = view.ids_for(page.page_id, page.server_id)
        target, now = ids[0], time.monotonic()
        step = view.step_to(ids, now)
        if step is None:
            return target
        # The web keeps an added page as sent and draws its `strokes` when the flip to it ends: the page's
        # ink goes inside the `add` (up to ADD_INK bytes), so no timing can put it on another page.
        strokes = self.store.boards.page_strokes(page.page_id) if step == "add" else []
        inside, rest = self._ink_for_add(strokes, view.shown)
        if step == "add" and target in view.unsure:
            # it may be there already (added before we knew the lesson was open): never a second copy
            gone = {"id": target, "page_number": 1 + len(view.known), "page_title": page.title}
            self.live.send("whiteboard_page_change", action="delete", page_id=target, page=gone)
        for wire in ids if step == "navigate" else [target]:
            number = len(view.known) + 1 if wire not in view.known else 1 + view.known.index(wire)
            body: dict[str, Any] = {
                "id": wire,
                "page_number": number,
                "page_title": page.title,
                "background_color": "#FFFFFF",
                "is_active": True,
                "strokes": inside,
            }
            self.live.send("whiteboard_page_change", action=step, page_id=wire, page=body)
        view.went_to(step, target, page.page_id, now)
        if rest:
            self._send_strokes(page, target, rest)
        self._show_student_page()
        return target

    @staticmethod
    def _ink_for_add(strokes: list[Any], shown: set[str]) -> tuple[list[dict[str, Any]], list[Any]]:
        """The strokes (encoded) that fit inside an `add`, marked shown, and those that must follow it."""
        from .ink.codec import encode  # noqa: PLC0415 (numpy: loaded with the first lesson)

        inside: list[dict[str, Any]] = []
        budget = ADD_INK
        for i, stroke in enumerate(strokes):
            if stroke.client_id in shown:
                continue
            stroke_type, stroke_data = encode(stroke)
            size = len(json.dumps(stroke_data, separators=(",", ":"))) + 40
            if size > budget:
                return inside, strokes[i:]
            budget -= size
            inside.append({"stroke_type": stroke_type, "stroke_data": stroke_data})
            shown.add(stroke.client_id)
        return inside, []

    def _send_strokes(self, page: LivePage, target: WirePage, strokes: Iterable[Any]) -> None:
        from .ink.codec import encode  # noqa: PLC0415 (numpy: loaded with the first lesson)

        view = self.view
        for stroke in strokes:
            if view is not None and stroke.client_id in view.shown:
                continue
            stroke_type, stroke_data = encode(stroke)
            self.live.send(
                "whiteboard_stroke", page_id=target,
                stroke={"stroke_type": stroke_type, "stroke_data": stroke_data},
            )  # fmt: skip
            if view is not None:
                view.shown.add(stroke.client_id)

    def _show_student_page(self) -> None:
        view = self.view
        shown: str | None = None
        if view is not None and view.settled and view.open is not None:
            shown = next(
                (p.page_id for p in self._pages() if view.wire_for(p.page_id, p.server_id) == view.open),
                None,
            )
        self.studentPage.emit(shown)

    def show_page(self, page_id: str) -> None:
        """The tutor turned to this page: the student follows (and the server marks it active)."""
        self.tutor_page = page_id
        page = next((p for p in self._pages() if p.page_id == page_id), None)
        if page is None:
            return
        if self._ready_view() is not None:
            self._bring_student_to(page)
        if page.server_id is not None and self.live.state == "connected":
            self._activate(page.server_id)

    def bring_student_back(self) -> None:
        """Follow me: the student browsed to another page; navigate their browser to the tutor's again
        (`whiteboard_page_change` navigate, CONTRACT.md §8.3)."""
        if self.tutor_page is not None:
            self.show_page(self.tutor_page)

    def added(self, page_id: str, client_ids: list[str]) -> None:
        """Strokes the tutor drew or restored. A page the server does not have (yet, or ever: D2) sends them
        to the student at once; the others go after the server stored them (`_relay`)."""
        if self.board_id is None or self._ready_view() is None:
            return
        page = next((p for p in self._pages() if p.page_id == page_id), None)
        if page is None or page.server_id is not None:
            return
        target = self._bring_student_to(page)
        wanted = set(client_ids)
        self._send_strokes(
            page, target, [s for s in self.store.boards.page_strokes(page_id) if s.client_id in wanted]
        )

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
        elif kind == "page" and relay.get("page_id") == self.tutor_page and self._ready_view() is not None:
            page = next((p for p in self._pages() if p.page_id == relay["page_id"]), None)
            if page is not None:
                self._bring_student_to(page)
        elif kind == "stroke":
            self._relay_stroke(relay)

    def _relay_stroke(self, relay: dict[str, Any]) -> None:
        """A stroke the server stored: to the student, on its page (then back to the tutor's page, once a
        run of such strokes is over)."""
        view = self._ready_view()
        client_id = relay.get("stroke_data", {}).get("client_id")
        loading = self.view
        if view is None and loading is not None and relay.get("page_id") != loading.open:
            loading.held.append(relay)  # she is (re)loading the lesson: it goes to its page once she is there
            return
        if view is not None:
            if client_id in view.shown:
                return
            page = next((p for p in self._pages() if p.server_id == relay.get("page_id")), None)
            if page is not None:
                self._bring_student_to(page)
                if page.page_id != self.tutor_page and not self._returning:
                    self._returning = True
                    asyncio.get_running_loop().call_later(RETURN_AFTER, self._return_to_tutor_page)
            if client_id is not None:
                view.shown.add(client_id)
        self.live.relay_delivered(relay)

    def _return_to_tutor_page(self) -> None:
        self._returning = False
        page = next((p for p in self._pages() if p.page_id == self.tutor_page), None)
        if page is not None and self._ready_view() is not None:
            self._bring_student_to(page)

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
                said = translate("Lesson", "Could not open this lesson: {error}")
                self.failed.emit(said.format(error=exc.message))
                return
            result = self.store.lessons.merge_session(session, self.engine.api.user_id, student_name)
            self.sessionOpened.emit(result.board_id)

        self._spawn(work())

    # -- outbound live messages -----------------------------------------------------------------------------

    def send(self, kind: str, **fields: Any) -> None:
        self.live.send(kind, **fields)

    def erased(self, page_id: str, client_ids: list[str]) -> None:
        """Strokes the tutor erased, moved or undid: the server keeps them (no delete, §7.7). The web's undo
        takes back its last stroke whatever the id, so the student's page is cleared and redrawn with what
        remains (strokes not yet stored go too; their later relay is skipped)."""
        if self.board_id is None or self._ready_view() is None:
            return
        page = next((p for p in self._pages() if p.page_id == page_id), None)
        view = self.view
        if page is None or view is None:
            return
        target = self._bring_student_to(page)
        self.live.send("whiteboard_clear", page_id=target)
        view.shown.difference_update(client_ids)
        remaining = self.store.boards.page_strokes(page_id)
        view.shown.difference_update(s.client_id for s in remaining)
        self._send_strokes(page, target, remaining)

    def _activate(self, server_page_id: int) -> None:
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
