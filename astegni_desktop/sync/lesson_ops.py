"""Delivering whiteboard lesson ops (CONTRACT.md §7): quick-create, pages, strokes, end, permissions, chat.

Exactly once over a non-idempotent API:
* a stroke carries `client_id` in `stroke_data`; after an unknown outcome the session is reloaded, and a
  stroke found there (by `client_id`) is recorded instead of posted again. Strokes found for later ops of the
  same page are recorded by the same reload, so those ops finish without a request;
* quick-create and page create record what the server held before the first POST; after a lost answer, a
  new session (or page) with our title that was not there before is ours.
What the deployed server refuses (page create, end, permissions, chat: D2) stays correct locally.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..api import BadResponse, Forbidden, NotFound
from ..store import Op, Store
from .ops import Delivered, Handler, PermanentFailure, Refused

if TYPE_CHECKING:
    from ..api import AstegniApi


UNREADABLE_TRIES = 5  # a canvas the app cannot read this many times for one op is not retried on its own


async def _reload(api: AstegniApi, store: Store, session_id: int, op: Op) -> None:
    """Re-read the whole canvas (there is no per-page read, §7.4) and record what is already stored."""
    try:
        session = await api.get_whiteboard_session(session_id)
    except BadResponse as exc:
        unreadable = int(op.payload.get("unreadable", 0)) + 1  # counted apart from drops and time-outs
        if unreadable < UNREADABLE_TRIES:
            store.set_op_payload(op.op_id, {**op.payload, "unreadable": unreadable})
            raise
        raise PermanentFailure(
            "This lesson's canvas cannot be downloaded from the server (its answer is unreadable or too "
            "large), so the app cannot check what it already holds. Your strokes are kept on this computer; "
            "retry later, or discard to stop sending them."
        ) from exc
    store.lessons.merge_session(session, api.user_id)


async def create_session(api: AstegniApi, store: Store, op: Op) -> Delivered:
    board_id: str = op.payload["board_id"]
    lessons = store.lessons
    info = lessons.lesson(board_id)
    if info is None or info.session_id is not None:
        return Delivered()  # the board was deleted here, or the session exists already
    title: str = op.payload["title"]
    participant: int = op.payload["participant_profile_id"]
    first_page: str = op.payload["first_page_id"]

    async def created_since(before: list[int]) -> list[int]:
        return sorted(
            s.id
            for s in await api.list_whiteboard_sessions()
            if s.id not in before and s.session_title == title and participant in s.participant_ids
        )

    async def unbound_since(created_at: str) -> list[int]:
        floor = (datetime.fromisoformat(created_at) - timedelta(minutes=10)).isoformat()
        return sorted(
            s.id
            for s in await api.list_whiteboard_sessions()
            if s.session_title == title
            and participant in s.participant_ids
            and (s.created_at or "") >= floor
            and lessons.board_for_session(s.id) is None
        )

    if op.maybe_applied:
        # What the server held before the first POST, if that record survived (a lost WAL can take it): else
        # a session of ours is one with our title and student that no board here is bound to, made lately.
        before = op.payload.get("before")
        ours = await (created_since(before) if before is not None else unbound_since(op.created_at))
        if ours:
            session = await api.get_whiteboard_session(ours[0])
            pages = sorted(session.pages, key=lambda p: (p.page_number, p.id))
            if pages:
                page_id = pages[0].id
                return Delivered(
                    lambda c: lessons.session_created(c, board_id, first_page, ours[0], page_id),
                    relay={"kind": "session", "board_id": board_id},
                )
    if "before" not in op.payload:
        before = [s.id for s in await api.list_whiteboard_sessions()]
        store.set_op_payload(op.op_id, {**op.payload, "before": before})
    try:
        created = await api.quick_create(participant, title)
    except Forbidden as exc:
        raise PermanentFailure(
            "The server would not start a lesson with this student (is the student still yours?)."
        ) from exc
    return Delivered(
        lambda c: lessons.session_created(c, board_id, first_page, created.session_id, created.page_id),
        relay={"kind": "session", "board_id": board_id},
    )


async def create_page(api: AstegniApi, store: Store, op: Op) -> Delivered:
    board_id: str = op.payload["board_id"]
    page_id: str = op.payload["page_id"]
    title: str = op.payload["title"]
    lessons = store.lessons
    ids = lessons.page_ids(board_id)
    if page_id not in ids or ids[page_id] is not None:
        return Delivered()  # deleted here, or already on the server
    session_id = _session_id(store, board_id)
    if session_id is None:
        raise PermanentFailure("This lesson was never created on the server.")

    async def adopt(before: list[int]) -> int | None:
        session = await api.get_whiteboard_session(session_id)
        new = sorted(p.id for p in session.pages if p.id not in before and (p.page_title or "") == title)
        return new[0] if new else None

    if op.maybe_applied:  # without the record of what was there before: a page of ours not mapped here
        known = [sid for sid in ids.values() if sid is not None]
        found = await adopt(op.payload.get("before", known))
        if found is not None:
            return Delivered(lambda c: lessons.page_created(c, page_id, found), relay=_page_relay(op, found))
    if "before" not in op.payload:
        session = await api.get_whiteboard_session(session_id)
        store.set_op_payload(op.op_id, {**op.payload, "before": [p.id for p in session.pages]})
        before = [p.id for p in session.pages]
    else:
        before = op.payload["before"]
    try:
        page = await api.create_page(session_id, title)
    except Forbidden as exc:
        lessons.page_note(page_id, "kept on this computer")
        raise Refused(
            f"This server does not accept new pages, so “{title}” and its strokes are kept on this "
            "computer only (your student still sees them live)."
        ) from exc
    server_page = page.id if page is not None else await adopt(before)
    if server_page is None:
        raise PermanentFailure("The server said it made the page, but it is not in the lesson.")
    return Delivered(
        lambda c: lessons.page_created(c, page_id, server_page), relay=_page_relay(op, server_page)
    )


def _page_relay(op: Op, server_page: int) -> dict[str, Any]:
    return {
        "kind": "page",
        "board_id": op.payload["board_id"],
        "page_id": op.payload["page_id"],
        "server_page_id": server_page,
    }


@dataclass(frozen=True)
class StrokePost:
    """A queued stroke read and encoded, ready to POST (the pipelined drain prepares one ahead)."""

    op: Op
    client_id: str
    server_page_id: int
    stroke_type: str
    stroke_data: dict[str, Any]
    relay: dict[str, Any]


def prepare_stroke(store: Store, op: Op) -> StrokePost | Delivered:
    """What to POST for a queued stroke, or the outcome when nothing is to be posted (the stroke is gone,
    undone before it was sent, or already recorded on the server by a reload)."""
    client_id: str = op.payload["client_id"]
    item = store.lessons.stroke_to_send(client_id)
    if item is None or item.deleted or item.stroke.server_id is not None:
        return Delivered()
    if item.session_id is None or item.server_page_id is None:
        raise PermanentFailure("This page is not on the server, so its strokes cannot be stored there.")
    from ..ink.codec import encode  # noqa: PLC0415 (numpy: loaded with the first lesson, not at start-up)

    stroke_type, stroke_data = encode(item.stroke)
    relay = {
        "kind": "stroke",
        "board_id": item.board_id,
        "session_id": item.session_id,
        "page_id": item.server_page_id,
        "participant_id": item.participant_id,
        "stroke_type": stroke_type,
        "stroke_data": stroke_data,
    }
    return StrokePost(op, client_id, item.server_page_id, stroke_type, stroke_data, relay)


async def send_stroke(
    api: AstegniApi, store: Store, post: StrokePost, on_sent: Callable[[], None] | None = None
) -> Delivered:
    """The POST itself. Not idempotent: only for a stroke whose earlier outcome is known."""
    try:
        stored = await api.post_stroke(post.server_page_id, post.stroke_type, post.stroke_data, on_sent)
    except NotFound as exc:
        raise PermanentFailure("This lesson's page no longer exists on the server.") from exc
    except Forbidden as exc:
        raise PermanentFailure(f"The server refused the stroke: {exc.detail or exc.message}") from exc
    recorded = store.lessons.stroke_delivered(post.client_id, stored.stroke_id, stored.stroke_order)
    return Delivered(sql=(recorded,), relay=post.relay)


async def post_stroke(api: AstegniApi, store: Store, op: Op) -> Delivered:
    post = prepare_stroke(store, op)
    if isinstance(post, Delivered):
        return post
    if op.maybe_applied:
        # The answer to an earlier POST was lost: reload the canvas; if the stroke is there, record it.
        session_id = post.relay["session_id"]
        await _reload(api, store, session_id, op)
        # The page's later strokes not found now are not on the server: they go out without a reload each.
        store.checked_after(op)
        again = store.lessons.stroke_to_send(post.client_id)
        if again is None or again.deleted or again.stroke.server_id is not None:
            return Delivered(relay=post.relay if again is not None and not again.deleted else None)
    return await send_stroke(api, store, post)


def _session_id(store: Store, board_id: str) -> int | None:
    """The server session of a board's lesson (None if the board is gone or the lesson not created yet)."""
    info = store.lessons.lesson(board_id)
    return None if info is None else info.session_id


async def end_session(api: AstegniApi, store: Store, op: Op) -> Delivered:
    board_id: str = op.payload["board_id"]
    lessons = store.lessons
    session_id = _session_id(store, board_id)
    if session_id is None:
        return Delivered()
    try:
        await api.end_session(session_id)
    except Forbidden:
        note = (
            "This server cannot record that the lesson ended (it answers 403), so it is marked ended on "
            "this computer only."
        )
        return Delivered(lambda c: lessons.board_note(c, board_id, note))
    except NotFound as exc:
        raise PermanentFailure("This lesson no longer exists on the server.") from exc
    return Delivered()


async def set_permissions(api: AstegniApi, store: Store, op: Op) -> Delivered:
    board_id: str = op.payload["board_id"]
    lessons = store.lessons
    session_id = _session_id(store, board_id)
    if session_id is None:
        return Delivered()
    try:
        await api.set_permissions(session_id, op.payload["permissions"])
    except Forbidden:
        note = (
            "This server cannot store drawing permissions (it answers 403): they reach your student live, "
            "and end when the lesson is reloaded."
        )
        return Delivered(lambda c: lessons.board_note(c, board_id, note))
    return Delivered(lambda c: lessons.board_note(c, board_id, None))


async def send_chat(api: AstegniApi, store: Store, op: Op) -> Delivered:
    board_id: str = op.payload["board_id"]
    text: str = op.payload["text"]
    session_id = _session_id(store, board_id)
    if session_id is None:
        raise PermanentFailure("This lesson is not on the server.")
    try:
        if op.maybe_applied:
            me = api.user_id
            recent = await api.chat_messages(session_id, 50)
            if any(m.sender_id == me and m.message_text == text for m in recent):
                return Delivered(relay={"kind": "chat", "board_id": board_id})
        await api.send_chat(session_id, text)
    except Forbidden as exc:
        raise PermanentFailure("Chat is unavailable on this server. Use the Astegni website's chat.") from exc
    return Delivered(relay={"kind": "chat", "board_id": board_id})


LESSON_HANDLERS: dict[str, Handler] = {
    "wb.session": create_session,
    "wb.page": create_page,
    "wb.stroke": post_stroke,
    "wb.end": end_session,
    "wb.permissions": set_permissions,
    "wb.chat": send_chat,
}
