"""Whiteboard lessons in the cache: binding a board to a server session, what each delivered op records,
merging the server's canvas (and the student's live strokes) by `client_id`, and each board's sync state.

Strokes are matched by `stroke_data.client_id`; a stroke without one (the Astegni web writes none) by a hash
of its content, which is the same for its live copy and its stored copy. A stroke erased here stays erased
whatever the server holds: the server cannot delete strokes (CONTRACT.md §7.7), so its copy is reported as
"kept on the server" instead.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from ..api.models import WbPage, WbSession, WbSessionSummary
from ..i18n import translate
from ..ink import Background, Page, Stroke
from ..ink.codec import BadStroke, client_id_of, content_key, decode
from .boards import (
    Append,
    _stroke,
    _stroke_row,
    board_stream,
    page_stream,
    pending_op,
    queue_page,
    queue_stroke,
)
from .db import now_iso, raw_cursor
from .mapping import readable
from .schema import board_pages, boards, ink_strokes, outbox, wb_sessions

log = logging.getLogger(__name__)
MAX_LIVE_ONLY = 2000  # student strokes per lesson received live and never stored by the server
_STROKE_DELIVERED = "UPDATE ink_strokes SET server_id = ?, server_order = ? WHERE client_id = ?"
_STROKE_TO_SEND = (
    "SELECT s.*, p.board_id, p.server_page_id, b.server_session_id, b.student_profile_id "
    "FROM ink_strokes s JOIN board_pages p ON s.page_id = p.page_id JOIN boards b ON p.board_id = b.board_id "
    "WHERE s.client_id = ?"
)


@dataclass(frozen=True)
class StrokeToSend:
    stroke: Stroke
    board_id: str
    page_id: str
    server_page_id: int | None
    session_id: int | None
    participant_id: int | None
    deleted: bool


@dataclass(frozen=True)
class LessonInfo:
    board_id: str
    title: str
    session_id: int | None
    student_profile_id: int | None
    student_name: str | None
    ended_at: str | None
    server_note: str | None


@dataclass(frozen=True)
class BoardSync:
    """What the tutor sees about one board: everything synced, N waiting, failed, or kept locally."""

    bound: bool
    session_id: int | None
    waiting: int = 0
    failed: int = 0
    failed_op: str | None = None
    failed_error: str | None = None
    local_pages: tuple[str, ...] = ()  # titles of pages the server refuses to create
    local_page_strokes: int = 0
    erased_kept_on_server: int = 0
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        """In the interface's language (Qt's translations: QtCore only, no widgets)."""
        if not self.bound:
            return translate("Lesson", "On this computer only (lesson preparation)")
        if self.failed:
            if self.failed == 1:
                return translate("Lesson", "1 change failed")
            return translate("Lesson", "{n} changes failed").format(n=self.failed)
        if self.session_id is None:
            return translate("Lesson", "Waiting to start the lesson on the server · {n} to upload").format(
                n=self.waiting
            )
        if self.waiting:
            if self.waiting == 1:
                return translate("Lesson", "1 stroke waiting to sync")
            return translate("Lesson", "{n} strokes waiting to sync").format(n=self.waiting)
        return translate("Lesson", "All synced")


@dataclass(frozen=True)
class LivePage:
    """A lesson page as the live relay sees it: a local-only page reaches the student only on the socket."""

    page_id: str
    title: str
    server_id: int | None
    local_only: bool  # the server refused to create it (deployed defect D2): its ink goes out live only


@dataclass
class MergeResult:
    board_id: str
    added: list[tuple[str, Stroke]] = field(default_factory=list)  # (local page id, stroke)
    pages_added: int = 0
    unreadable: int = 0


class LessonStore:
    def __init__(self, engine: Engine, append: Append) -> None:
        self.engine = engine
        self.append = append

    # -- binding a board to a lesson ----------------------------------------------------------------------

    def bind(self, board_id: str, student_profile_id: int, student_name: str, title: str) -> str:
        """Start a lesson with this board: quick-create the session on the server, then upload every page
        and its strokes in drawing order, all queued in ONE transaction (works offline)."""
        with self.engine.begin() as c:
            head = c.execute(select(boards).where(boards.c.board_id == board_id)).first()
            if head is None:
                raise KeyError(board_id)
            if head.student_profile_id is not None or head.server_session_id is not None:
                raise ValueError("This board is already a lesson.")
            pages = c.execute(
                select(board_pages.c.page_id, board_pages.c.title)
                .where(board_pages.c.board_id == board_id)
                .order_by(board_pages.c.position)
            ).all()
            c.execute(
                update(boards)
                .where(boards.c.board_id == board_id)
                .values(
                    student_profile_id=student_profile_id,
                    student_name=student_name,
                    title=title.strip() or head.title,
                    updated_at=now_iso(),
                )
            )
            op_id = self.append(
                c,
                board_stream(board_id),
                "wb.session",
                {
                    "board_id": board_id,
                    "participant_profile_id": student_profile_id,
                    "title": title.strip() or head.title,
                    "first_page_id": pages[0].page_id,
                },
            )
            for i, page in enumerate(pages):
                if i > 0:
                    queue_page(c, self.append, board_id, page.page_id, page.title)
                ids = c.execute(
                    select(ink_strokes.c.client_id)
                    .where(ink_strokes.c.page_id == page.page_id, ink_strokes.c.deleted.is_(False))
                    .order_by(ink_strokes.c.seq)
                ).scalars()
                for client_id in ids:
                    queue_stroke(c, self.append, board_id, page.page_id, client_id)
            return op_id

    def lesson(self, board_id: str) -> LessonInfo | None:
        with self.engine.connect() as c:
            r = c.execute(select(boards).where(boards.c.board_id == board_id)).first()
        if r is None:
            return None
        return LessonInfo(
            r.board_id, r.title, r.server_session_id, r.student_profile_id, r.student_name, r.ended_at,
            r.server_note,
        )  # fmt: skip

    def board_for_session(self, session_id: int) -> str | None:
        with self.engine.connect() as c:
            found: str | None = c.execute(
                select(boards.c.board_id).where(boards.c.server_session_id == session_id).limit(1)
            ).scalar()
        return found

    def end(self, board_id: str) -> None:
        with self.engine.begin() as c:
            c.execute(update(boards).where(boards.c.board_id == board_id).values(ended_at=now_iso()))
            self.append(c, board_stream(board_id), "wb.end", {"board_id": board_id})

    def queue_permissions(self, board_id: str, permissions: dict[str, bool]) -> None:
        with self.engine.begin() as c:
            stream = f"wbperm:{board_id}"
            queued = c.execute(
                select(outbox.c.op_id).where(
                    outbox.c.stream == stream, outbox.c.state == "pending", outbox.c.attempts == 0,
                    outbox.c.sending.is_(False),
                )
            ).scalar()  # fmt: skip
            payload = {"board_id": board_id, "permissions": permissions}
            if queued is not None:  # only the latest choice matters: a PATCH replaces the whole set
                c.execute(update(outbox).where(outbox.c.op_id == queued).values(payload=payload))
            else:
                depends = pending_op(c, board_stream(board_id), "wb.session")
                self.append(c, stream, "wb.permissions", payload, depends)

    def queue_chat(self, board_id: str, text: str) -> str:
        with self.engine.begin() as c:
            depends = pending_op(c, board_stream(board_id), "wb.session")
            return self.append(
                c, f"wbchat:{board_id}", "wb.chat", {"board_id": board_id, "text": text}, depends
            )

    def queued_chat(self, board_id: str) -> list[tuple[str, str, str]]:
        """(op id, text, state) of chat messages not yet delivered, oldest first."""
        with self.engine.connect() as c:
            rows = c.execute(
                select(outbox.c.op_id, outbox.c.payload, outbox.c.state)
                .where(outbox.c.stream == f"wbchat:{board_id}")
                .order_by(outbox.c.seq)
            ).all()
        return [(r.op_id, str(r.payload.get("text", "")), r.state) for r in rows]

    # -- what a delivered op records (called inside Store.complete's transaction) -------------------------

    def stroke_to_send(self, client_id: str) -> StrokeToSend | None:
        with raw_cursor(self.engine) as cur:  # once per stroke of a drain: the hot path
            row = cur.execute(_STROKE_TO_SEND, (client_id,)).fetchone()
        if row is None:
            return None
        return StrokeToSend(
            _stroke(row),
            row.board_id,
            row.page_id,
            row.server_page_id,
            row.server_session_id,
            row.student_profile_id,
            bool(row.deleted),
        )

    @staticmethod
    def stroke_delivered(client_id: str, server_id: int, order: int | None) -> tuple[str, tuple[Any, ...]]:
        """The statement that records a stored stroke's server id (run with the op's completion)."""
        return _STROKE_DELIVERED, (server_id, order, client_id)

    @staticmethod
    def session_created(
        c: Connection, board_id: str, first_page_id: str, session_id: int, page_id: int
    ) -> None:
        c.execute(update(boards).where(boards.c.board_id == board_id).values(server_session_id=session_id))
        c.execute(
            update(board_pages).where(board_pages.c.page_id == first_page_id).values(server_page_id=page_id)
        )

    @staticmethod
    def page_created(c: Connection, page_id: str, server_page_id: int) -> None:
        c.execute(
            update(board_pages)
            .where(board_pages.c.page_id == page_id)
            .values(server_page_id=server_page_id, sync_note=None)
        )

    def page_note(self, page_id: str, note: str | None) -> None:
        with self.engine.begin() as c:
            c.execute(update(board_pages).where(board_pages.c.page_id == page_id).values(sync_note=note))

    def board_note(self, c: Connection, board_id: str, note: str | None) -> None:
        c.execute(update(boards).where(boards.c.board_id == board_id).values(server_note=note))

    def page_ids(self, board_id: str) -> dict[str, int | None]:
        with self.engine.connect() as c:
            return {
                r.page_id: r.server_page_id
                for r in c.execute(
                    select(board_pages.c.page_id, board_pages.c.server_page_id).where(
                        board_pages.c.board_id == board_id
                    )
                )
            }

    def live_pages(self, board_id: str) -> list[LivePage]:
        """The board's pages in order, with what the live relay needs to announce them to the student."""
        with self.engine.connect() as c:
            rows = c.execute(
                select(board_pages.c.page_id, board_pages.c.title, board_pages.c.server_page_id,
                       board_pages.c.sync_note)
                .where(board_pages.c.board_id == board_id)
                .order_by(board_pages.c.position)
            ).all()  # fmt: skip
        return [
            LivePage(r.page_id, r.title, r.server_page_id, r.server_page_id is None and bool(r.sync_note))
            for r in rows
        ]

    def local_page_for(self, board_id: str, server_page_id: int) -> str | None:
        with self.engine.connect() as c:
            found: str | None = c.execute(
                select(board_pages.c.page_id).where(
                    board_pages.c.board_id == board_id, board_pages.c.server_page_id == server_page_id
                )
            ).scalar()
        return found

    # -- merging the server's canvas ------------------------------------------------------------------------

    def merge_session(
        self, session: WbSession, my_user_id: int | None, student_name: str | None = None
    ) -> MergeResult:
        """Bring the server's canvas into the board bound to it (made if this computer has none): pages by
        server id, strokes by client id or content; the lowest server id wins when one was stored twice."""
        with self.engine.begin() as c:
            board_id = c.execute(
                select(boards.c.board_id).where(boards.c.server_session_id == session.id).limit(1)
            ).scalar()
            if board_id is None:
                board_id = self._board_from_session(c, session, student_name)
            result = MergeResult(board_id)
            for wp in sorted(session.pages, key=lambda p: (p.page_number, p.id)):
                page_id = self._page_for(c, board_id, wp, result)
                result.unreadable += wp.unreadable  # strokes the API could not read at all
                self._merge_strokes(c, page_id, wp, my_user_id, result)
            if result.added or result.pages_added:
                c.execute(update(boards).where(boards.c.board_id == board_id).values(updated_at=now_iso()))
        if result.unreadable:
            log.warning("%d strokes of session %d could not be read", result.unreadable, session.id)
        return result

    def _board_from_session(self, c: Connection, session: WbSession, student_name: str | None) -> str:
        from ..ink import Board  # noqa: PLC0415

        board = Board(title=session.session_title or f"Lesson {session.id}")
        now = now_iso()
        participant = session.participant_profile_ids[0] if session.participant_profile_ids else None
        c.execute(
            insert(boards),
            {
                "board_id": board.board_id,
                "title": board.title,
                "created_at": now,
                "updated_at": now,
                "server_session_id": session.id,
                "student_profile_id": participant,
                "student_name": student_name or session.participant_name or session.student_name,
                "ended_at": now if session.status in ("completed", "cancelled") else None,
            },
        )
        return board.board_id

    def _page_for(self, c: Connection, board_id: str, wp: WbPage, result: MergeResult) -> str:
        page_id = c.execute(
            select(board_pages.c.page_id).where(
                board_pages.c.board_id == board_id, board_pages.c.server_page_id == wp.id
            )
        ).scalar()
        if page_id is not None:
            return str(page_id)
        title = (wp.page_title or f"Page {wp.page_number}")[:200]
        # A page we created whose answer was lost: same title, not yet mapped.
        adopt = c.execute(
            select(board_pages.c.page_id).where(
                board_pages.c.board_id == board_id,
                board_pages.c.server_page_id.is_(None),
                board_pages.c.title == title,
            )
        ).scalar()
        if adopt is None and wp.page_number == 1:
            adopt = c.execute(
                select(board_pages.c.page_id)
                .where(board_pages.c.board_id == board_id, board_pages.c.server_page_id.is_(None))
                .order_by(board_pages.c.position)
                .limit(1)
            ).scalar()
        if adopt is not None:
            c.execute(update(board_pages).where(board_pages.c.page_id == adopt).values(server_page_id=wp.id))
            return str(adopt)
        position = c.execute(
            select(func.coalesce(func.max(board_pages.c.position), -1)).where(
                board_pages.c.board_id == board_id
            )
        ).scalar_one()
        color = wp.background_color if isinstance(wp.background_color, str) else "#FFFFFF"
        page = Page(title=title, background=Background(color=color if len(color) <= 9 else "#FFFFFF"))
        c.execute(
            insert(board_pages),
            {
                "page_id": page.page_id,
                "board_id": board_id,
                "position": position + 1,
                "title": title,
                "background": asdict(page.background),
                "server_page_id": wp.id,
            },
        )
        result.pages_added += 1
        return page.page_id

    def _merge_strokes(
        self, c: Connection, page_id: str, wp: WbPage, my_user_id: int | None, result: MergeResult
    ) -> None:
        known = {
            r.client_id: (r.page_id, r.server_id)
            for r in c.execute(
                select(ink_strokes.c.client_id, ink_strokes.c.page_id, ink_strokes.c.server_id).where(
                    ink_strokes.c.page_id == page_id
                )
            )
        }
        taken = {sid for _p, sid in known.values() if sid is not None}
        seq = c.execute(
            select(func.coalesce(func.max(ink_strokes.c.seq), 0)).where(ink_strokes.c.page_id == page_id)
        ).scalar_one()
        for st in sorted(wp.strokes, key=lambda s: (s.stroke_order or 0, s.id)):
            if st.id in taken:
                continue
            key = client_id_of(st.stroke_data)
            if key is None:
                try:
                    key = content_key(st.stroke_type, st.stroke_data)
                except (ValueError, RecursionError):
                    result.unreadable += 1
                    continue
                if key in known and known[key][1] not in (None, st.id):
                    key = f"{key}-{st.id}"  # the same marks drawn twice: two strokes
            if key in known:
                sid = known[key][1]
                if sid is None or st.id < sid:  # ours, answer lost (or a duplicate: keep the lowest id)
                    c.execute(
                        update(ink_strokes)
                        .where(ink_strokes.c.client_id == key)
                        .values(server_id=st.id, server_order=st.stroke_order)
                    )
                    known[key] = (page_id, st.id)
                    taken.add(st.id)
                continue
            elsewhere = c.execute(select(ink_strokes.c.page_id).where(ink_strokes.c.client_id == key)).first()
            if elsewhere is not None:
                continue  # the same stroke on another board of this computer: not drawn twice
            author = (
                "me" if my_user_id is not None and st.user_id == my_user_id else str(st.user_id or "server")
            )
            try:
                stroke = decode(
                    st.stroke_type, st.stroke_data, server_id=st.id, order=st.stroke_order, author=author,
                    fallback_id=key,
                )  # fmt: skip
            except (BadStroke, ValueError, TypeError, OverflowError, RecursionError):
                result.unreadable += 1  # skipped and counted: the rest of the canvas is kept
                continue
            seq += 1
            c.execute(insert(ink_strokes), _stroke_row(page_id, seq, stroke))
            known[key] = (page_id, st.id)
            taken.add(st.id)
            result.added.append((page_id, stroke))

    def add_live_stroke(self, board_id: str, server_page_id: int, stroke: Stroke) -> str | None:
        """One stroke the student drew, received live (see `add_live_strokes`)."""
        added, _refused = self.add_live_strokes(board_id, [(server_page_id, stroke)])
        return added[0][0] if added else None

    def add_live_strokes(
        self, board_id: str, items: Sequence[tuple[int | str, Stroke]]
    ) -> tuple[list[tuple[str, Stroke]], int]:
        """Strokes the student drew, received live, each with the page id the web sent (a server page id, or
        the "local:<page id>" we announced a page with). Durable before they are drawn, in one transaction;
        strokes this computer has already are skipped. Ink the server never stored (deployed: the student's
        POST is refused) is kept apart by having no server id, and bounded: at most MAX_LIVE_ONLY per lesson.
        Returns (local page id, stroke) of those added, and how many the bound refused."""
        added: list[tuple[str, Stroke]] = []
        refused = 0
        with self.engine.begin() as c:
            pages = c.execute(
                select(board_pages.c.page_id, board_pages.c.server_page_id).where(
                    board_pages.c.board_id == board_id
                )
            ).all()
            by_wire: dict[int | str, str] = {f"local:{r.page_id}": r.page_id for r in pages}
            by_wire.update({r.server_page_id: r.page_id for r in pages if r.server_page_id is not None})
            live_only = int(
                c.execute(
                    select(func.count()).where(
                        ink_strokes.c.page_id.in_([r.page_id for r in pages]),
                        ink_strokes.c.server_id.is_(None),
                        ink_strokes.c.author != "me",
                    )
                ).scalar_one()
            )
            have = set(
                c.execute(
                    select(ink_strokes.c.client_id).where(
                        ink_strokes.c.client_id.in_([s.client_id for _w, s in items])
                    )
                ).scalars()
            )
            seqs: dict[str, int] = {}
            rows = []
            for wire, stroke in items:
                page_id = by_wire.get(wire)
                if page_id is None or stroke.client_id in have:
                    continue
                if live_only >= MAX_LIVE_ONLY:
                    refused += 1
                    continue
                if page_id not in seqs:
                    last = select(func.coalesce(func.max(ink_strokes.c.seq), 0))
                    seqs[page_id] = c.execute(last.where(ink_strokes.c.page_id == page_id)).scalar_one()
                seqs[page_id] += 1
                rows.append(_stroke_row(page_id, seqs[page_id], stroke))
                have.add(stroke.client_id)
                live_only += 1
                added.append((page_id, stroke))
            if rows:
                c.execute(insert(ink_strokes), rows)  # one executemany for the whole batch
            if added:
                c.execute(update(boards).where(boards.c.board_id == board_id).values(updated_at=now_iso()))
        if refused:
            log.warning("%d live strokes refused: the lesson holds %d already", refused, MAX_LIVE_ONLY)
        return added, refused

    # -- state shown to the tutor ---------------------------------------------------------------------------

    def sync_state(self, board_id: str) -> BoardSync:
        with self.engine.connect() as c:
            head = c.execute(select(boards).where(boards.c.board_id == board_id)).first()
            if head is None:
                return BoardSync(False, None)
            bound = head.student_profile_id is not None or head.server_session_id is not None
            pages = c.execute(
                select(board_pages.c.page_id, board_pages.c.title, board_pages.c.sync_note)
                .where(board_pages.c.board_id == board_id)
                .order_by(board_pages.c.position)
            ).all()
            streams = [page_stream(p.page_id) for p in pages] + [
                board_stream(board_id), f"wbperm:{board_id}", f"wbchat:{board_id}",
            ]  # fmt: skip
            parked = set(
                c.execute(
                    select(outbox.c.stream).where(outbox.c.stream.in_(streams), outbox.c.parked.is_(True))
                ).scalars()
            )
            ops = c.execute(
                select(outbox.c.op_id, outbox.c.stream, outbox.c.kind, outbox.c.state, outbox.c.last_error)
                .where(outbox.c.stream.in_(streams), outbox.c.state != "done")
                .order_by(outbox.c.seq)
            ).all()
            local_pages = tuple(p.title for p in pages if p.sync_note)
            local_ids = [p.page_id for p in pages if p.sync_note]
            local_strokes = 0
            if local_ids:
                local_strokes = int(
                    c.execute(
                        select(func.count()).where(
                            ink_strokes.c.page_id.in_(local_ids), ink_strokes.c.deleted.is_(False)
                        )
                    ).scalar_one()
                )
            erased = int(
                c.execute(
                    select(func.count()).where(
                        ink_strokes.c.page_id.in_([p.page_id for p in pages]),
                        ink_strokes.c.deleted.is_(True),
                        ink_strokes.c.server_id.is_not(None),
                    )
                ).scalar_one()
            )
        failed = [o for o in ops if o.state == "failed"]
        waiting = sum(
            1 for o in ops if o.state == "pending" and o.kind == "wb.stroke" and o.stream not in parked
        )
        notes = [head.server_note] if head.server_note else []
        return BoardSync(
            bound=bound,
            session_id=head.server_session_id,
            waiting=waiting,
            failed=len(failed),
            failed_op=failed[0].op_id if failed else None,
            failed_error=failed[0].last_error if failed else None,
            local_pages=local_pages,
            local_page_strokes=local_strokes,
            erased_kept_on_server=erased,
            notes=tuple(notes),
        )

    def erased_server_ids(self, page_id: str, client_ids: Sequence[str]) -> list[int]:
        """Server ids of these strokes (for live undo messages to the student)."""
        if not client_ids:
            return []
        with self.engine.connect() as c:
            return [
                int(v)
                for v in c.execute(
                    select(ink_strokes.c.server_id).where(
                        ink_strokes.c.client_id.in_(list(client_ids)), ink_strokes.c.server_id.is_not(None)
                    )
                ).scalars()
            ]

    # -- the server's session list (cached for the panel) ---------------------------------------------------

    def replace_sessions(self, models: Sequence[WbSessionSummary]) -> None:
        with self.engine.begin() as c:
            c.execute(delete(wb_sessions))
            if models:
                c.execute(
                    insert(wb_sessions),
                    [
                        {
                            "id": m.id,
                            "title": m.session_title,
                            "status": m.status,
                            "scheduled_start": m.scheduled_start,
                            "participant_ids": list(m.participant_ids),
                            "payload": m.model_dump(mode="json"),
                        }
                        for m in models
                    ],
                )

    def sessions(self) -> list[WbSessionSummary]:
        with self.engine.connect() as c:
            rows = c.execute(
                select(wb_sessions.c.payload).order_by(wb_sessions.c.scheduled_start.desc())
            ).all()
        return [m for _r, m in readable(rows, lambda r: WbSessionSummary.model_validate(r.payload))]
