"""Local whiteboards in the cache. A finished stroke is committed at pen-up, before it counts as saved."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from ..ink import Background, Board, Page, PageImage, Stroke, Tool
from ..ink.stroke import TextStyle
from .db import CacheError, now_iso
from .schema import board_images, board_pages, boards, ink_strokes, meta, outbox

CUSTOM_COLOURS_KEY = "whiteboard-custom-colours"
MAX_CUSTOM_COLOURS = 4
Append = Callable[..., str]  # Store._append(c, stream, kind, payload, depends_on=None) → op id


@dataclass(frozen=True)
class BoardInfo:
    board_id: str
    title: str
    updated_at: str
    pages: int
    strokes: int
    student_name: str | None
    session_id: int | None = None  # the server session, once the lesson exists there
    student_profile_id: int | None = None  # set when the board became a lesson

    @property
    def is_lesson(self) -> bool:
        return self.student_profile_id is not None or self.session_id is not None


def _stroke_row(page_id: str, seq: int, s: Stroke) -> dict[str, Any]:
    return {
        "client_id": s.client_id,
        "page_id": page_id,
        "seq": seq,
        "tool": s.tool.value,
        "color": s.color,
        "width": s.width,
        "opacity": s.opacity,
        "t0": s.t0,
        "points": s.points.astype(np.float32).tobytes(),
        "has_pressure": s.has_pressure,
        "text": s.text,
        "text_style": asdict(s.text_style) if s.text_style else None,
        "author": s.author,
        "server_id": s.server_id,
        "server_order": s.server_order,
        "deleted": False,
        "objects": s.extra or None,
    }


def _stroke(r: Any) -> Stroke:
    style = (
        r.text_style if isinstance(r.text_style, dict) else json.loads(r.text_style) if r.text_style else None
    )
    return Stroke(
        client_id=r.client_id,
        tool=Tool(r.tool),
        color=r.color,
        width=r.width,
        opacity=r.opacity,
        t0=r.t0,
        points=np.frombuffer(r.points, dtype=np.float32).reshape(-1, 4),
        has_pressure=bool(r.has_pressure),
        text=r.text,
        text_style=TextStyle(**style) if style else None,
        author=r.author,
        server_id=r.server_id,
        server_order=r.server_order,
        extra=r.objects if isinstance(r.objects, dict) else None,
    )


def page_stream(page_id: str) -> str:
    return f"wbpage:{page_id}"


def board_stream(board_id: str) -> str:
    return f"wbboard:{board_id}"


def pending_op(c: Connection, stream: str, kind: str) -> str | None:
    """The id of a not yet delivered op of this kind in this stream (what later ops must wait for)."""
    found: str | None = c.execute(
        select(outbox.c.op_id)
        .where(outbox.c.stream == stream, outbox.c.kind == kind, outbox.c.state != "done")
        .order_by(outbox.c.seq)
        .limit(1)
    ).scalar()
    return found


def queue_stroke(c: Connection, append: Append, board_id: str, page_id: str, client_id: str) -> None:
    """One outbox op per finished stroke, in the page's stream: the page's strokes reach the server in
    drawing order."""
    _queue_on_page(c, append, board_id, page_id, "wb.stroke", {"client_id": client_id})


def queue_page(c: Connection, append: Append, board_id: str, page_id: str, title: str) -> None:
    """A page after the first: created on the server (where it may) before its strokes, in its stream."""
    _queue_on_page(c, append, board_id, page_id, "wb.page", {"title": title})


def _queue_on_page(
    c: Connection, append: Append, board_id: str, page_id: str, kind: str, payload: dict[str, Any]
) -> None:
    """An op in the page's stream; it also waits for the lesson to exist on the server."""
    depends = pending_op(c, board_stream(board_id), "wb.session")
    append(c, page_stream(page_id), kind, {"board_id": board_id, "page_id": page_id, **payload}, depends)


class BoardStore:
    def __init__(self, engine: Engine, append: Append | None = None) -> None:
        self.engine = engine
        self.append = append
        self.on_erased: Callable[[str, list[str]], None] | None = None  # (page id, client ids): live undo
        # (page id, client ids) after strokes were added or restored: the live relay of pages the server lacks
        self.on_added: Callable[[str, list[str]], None] | None = None
        # Bumped whenever strokes stop being drawable (undo, erase, page or board deleted): the drain checks a
        # stroke again if it read it before this changed (SyncEngine._stroke_run).
        self.removals = 0

    def _lesson_of(self, c: Connection, page_id: str) -> str | None:
        """The board id, if this page belongs to a board bound to a lesson (its strokes go to the server)."""
        row = c.execute(
            select(boards.c.board_id, boards.c.student_profile_id, boards.c.server_session_id)
            .select_from(board_pages.join(boards, board_pages.c.board_id == boards.c.board_id))
            .where(board_pages.c.page_id == page_id)
        ).first()
        if row is None or self.append is None:
            return None
        if row.student_profile_id is None and row.server_session_id is None:
            return None
        return str(row.board_id)

    def _send_if_new(self, c: Connection, page_id: str, client_id: str) -> None:
        """Queue a stroke for the server unless it is there already (a redo of a stroke sent earlier)."""
        board_id = self._lesson_of(c, page_id)
        if board_id is None or self.append is None:
            return
        server_id = c.execute(
            select(ink_strokes.c.server_id).where(ink_strokes.c.client_id == client_id)
        ).scalar()
        if server_id is None:
            queue_stroke(c, self.append, board_id, page_id, client_id)

    def create(self, title: str, first_page: str = "") -> Board:
        """A new board of one page (`first_page` names it in the tutor's language; "Page 1" otherwise)."""
        board = Board(title=title.strip() or "Untitled board")
        if first_page:
            board.pages[0].title = first_page
        now = now_iso()
        with self.engine.begin() as c:
            c.execute(
                insert(boards),
                {"board_id": board.board_id, "title": board.title, "created_at": now, "updated_at": now},
            )
            self._insert_page(c, board.board_id, 0, board.pages[0])
        return board

    @staticmethod
    def _insert_page(c: Any, board_id: str, position: int, page: Page) -> None:
        c.execute(
            insert(board_pages),
            {
                "page_id": page.page_id,
                "board_id": board_id,
                "position": position,
                "title": page.title,
                "background": asdict(page.background),
            },
        )

    def infos(self) -> list[BoardInfo]:
        with self.engine.connect() as c:
            pages: dict[str, int] = dict(
                c.execute(select(board_pages.c.board_id, func.count()).group_by(board_pages.c.board_id)).all()
            )
            counts: dict[str, int] = dict(
                c.execute(
                    select(board_pages.c.board_id, func.count())
                    .select_from(
                        ink_strokes.join(board_pages, ink_strokes.c.page_id == board_pages.c.page_id)
                    )
                    .where(ink_strokes.c.deleted.is_(False))
                    .group_by(board_pages.c.board_id)
                ).all()
            )
            rows = c.execute(select(boards).order_by(boards.c.updated_at.desc())).all()
        return [
            BoardInfo(
                r.board_id,
                r.title,
                r.updated_at,
                int(pages.get(r.board_id, 0)),
                int(counts.get(r.board_id, 0)),
                r.student_name,
                r.server_session_id,
                r.student_profile_id,
            )
            for r in rows
        ]

    def rename(self, board_id: str, title: str) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(boards)
                .where(boards.c.board_id == board_id)
                .values(title=title.strip() or "Untitled board", updated_at=now_iso())
            )

    def delete(self, board_id: str) -> None:
        with self.engine.begin() as c:
            page_ids = select(board_pages.c.page_id).where(board_pages.c.board_id == board_id)
            c.execute(delete(ink_strokes).where(ink_strokes.c.page_id.in_(page_ids)))
            c.execute(delete(board_images).where(board_images.c.page_id.in_(page_ids)))
            c.execute(delete(board_pages).where(board_pages.c.board_id == board_id))
            c.execute(delete(boards).where(boards.c.board_id == board_id))
        self.removals += 1

    def load(self, board_id: str, with_strokes: bool = True) -> Board | None:
        with self.engine.connect() as c:
            head = c.execute(select(boards).where(boards.c.board_id == board_id)).first()
            if head is None:
                return None
            page_rows = c.execute(
                select(board_pages).where(board_pages.c.board_id == board_id).order_by(board_pages.c.position)
            ).all()
        pages = []
        for p in page_rows:
            bg = p.background if isinstance(p.background, dict) else json.loads(p.background)
            page = Page(
                page_id=p.page_id, title=p.title, background=Background(**bg), server_id=p.server_page_id
            )
            page.loaded = False
            if with_strokes:
                self.load_page(page)
            pages.append(page)
        return Board(board_id=head.board_id, title=head.title, pages=pages)

    def custom_colours(self) -> list[str]:
        """The ink colours the tutor last picked with "Custom…", newest first (kept across restarts)."""
        with self.engine.connect() as c:
            raw = c.execute(select(meta.c.value).where(meta.c.key == CUSTOM_COLOURS_KEY)).scalar()
        try:
            stored = json.loads(raw) if raw else []
        except ValueError:
            return []
        ok = [c for c in stored if isinstance(c, str) and len(c) == 7 and c.startswith("#")]
        return ok[:MAX_CUSTOM_COLOURS] if isinstance(stored, list) else []

    def remember_colour(self, colour: str) -> list[str]:
        """Put a picked colour first in the remembered ones; returns them. A cache that refuses the write
        only forgets it at the next start."""
        colours = [colour, *(c for c in self.custom_colours() if c != colour)][:MAX_CUSTOM_COLOURS]
        try:
            with self.engine.begin() as c:
                c.execute(
                    insert(meta).prefix_with("OR REPLACE"),
                    {"key": CUSTOM_COLOURS_KEY, "value": json.dumps(colours)},
                )
        except CacheError:
            pass
        return colours

    def snapshot(self, page_id: str) -> bytes | None:
        with self.engine.connect() as c:
            value = c.execute(select(board_pages.c.snapshot).where(board_pages.c.page_id == page_id)).scalar()
        return bytes(value) if value else None

    def save_snapshot(self, page_id: str, png: bytes | None) -> None:
        with self.engine.begin() as c:
            c.execute(update(board_pages).where(board_pages.c.page_id == page_id).values(snapshot=png))

    def load_page(self, page: Page) -> None:
        """Fill a page loaded without its strokes (boards open with `with_strokes=False`)."""
        if not page.loaded:
            page.add_many(self.page_strokes(page.page_id))
            page.images = {i.client_id: i for i in self.page_images(page.page_id)}
            page.loaded = True

    def page_images(self, page_id: str) -> list[PageImage]:
        """The pictures on a page, bottom first."""
        query = (
            select(board_images)
            .where(board_images.c.page_id == page_id, board_images.c.deleted.is_(False))
            .order_by(board_images.c.seq)
        )
        with self.engine.connect() as c:
            return [PageImage(r.client_id, bytes(r.png), r.x, r.y, r.w, r.h) for r in c.execute(query)]

    def replace_images(self, page_id: str, remove: list[str], put: list[PageImage]) -> None:
        """Pictures out (kept as deleted, for redo) and in or moved, in one transaction. Never queued for
        the server: pictures stay on this computer."""
        with self.engine.begin() as c:
            if remove:
                c.execute(
                    update(board_images).where(board_images.c.client_id.in_(remove)).values(deleted=True)
                )
            seq = c.execute(
                select(func.coalesce(func.max(board_images.c.seq), 0)).where(
                    board_images.c.page_id == page_id
                )
            ).scalar_one()
            for image in put:
                place = {"x": image.x, "y": image.y, "w": image.w, "h": image.h, "deleted": False}
                done = c.execute(
                    update(board_images).where(board_images.c.client_id == image.client_id).values(**place)
                )
                if not done.rowcount:
                    seq += 1
                    c.execute(
                        insert(board_images),
                        {
                            "client_id": image.client_id,
                            "page_id": page_id,
                            "seq": seq,
                            "png": image.png,
                            "created_at": now_iso(),
                            **place,
                        },
                    )
            self._touch(c, page_id)

    def page_strokes(self, page_id: str) -> list[Stroke]:
        """Streamed row by row: holding 100k result rows at once would double the memory a page needs."""
        query = (
            select(ink_strokes)
            .where(ink_strokes.c.page_id == page_id, ink_strokes.c.deleted.is_(False))
            .order_by(ink_strokes.c.seq)
        )
        with self.engine.connect() as c:
            result = c.execution_options(stream_results=True, yield_per=2000).execute(query)
            return [_stroke(r) for r in result]

    def add_stroke(self, page_id: str, stroke: Stroke) -> None:
        """Durable before it returns: the pen-up commit."""
        with self.engine.begin() as c:
            seq = (
                c.execute(
                    select(func.coalesce(func.max(ink_strokes.c.seq), 0)).where(
                        ink_strokes.c.page_id == page_id
                    )
                ).scalar_one()
                + 1
            )
            existing = c.execute(
                select(ink_strokes.c.client_id).where(ink_strokes.c.client_id == stroke.client_id)
            ).first()
            if existing is None:
                c.execute(insert(ink_strokes), _stroke_row(page_id, seq, stroke))
            else:  # an undone stroke coming back
                c.execute(
                    update(ink_strokes)
                    .where(ink_strokes.c.client_id == stroke.client_id)
                    .values(deleted=False)
                )
            self._send_if_new(c, page_id, stroke.client_id)
            self._touch(c, page_id)
        if self.on_added is not None:
            self.on_added(page_id, [stroke.client_id])

    def set_deleted(self, page_id: str, client_ids: list[str], deleted: bool) -> None:
        if not client_ids:
            return
        with self.engine.begin() as c:
            c.execute(
                update(ink_strokes).where(ink_strokes.c.client_id.in_(client_ids)).values(deleted=deleted)
            )
            if not deleted:
                for client_id in client_ids:
                    self._send_if_new(c, page_id, client_id)
            self._touch(c, page_id)
        if deleted:
            self.removals += 1
            if self.on_erased is not None:
                self.on_erased(page_id, list(client_ids))
        elif self.on_added is not None:
            self.on_added(page_id, list(client_ids))

    def replace_strokes(self, page_id: str, remove: list[str], add: list[Stroke]) -> None:
        """Move or area-erase: tombstone the old strokes and add the new ones in one transaction."""
        with self.engine.begin() as c:
            if remove:
                c.execute(update(ink_strokes).where(ink_strokes.c.client_id.in_(remove)).values(deleted=True))
            seq = c.execute(
                select(func.coalesce(func.max(ink_strokes.c.seq), 0)).where(ink_strokes.c.page_id == page_id)
            ).scalar_one()
            for s in add:
                found = c.execute(
                    select(ink_strokes.c.client_id).where(ink_strokes.c.client_id == s.client_id)
                ).first()
                if found is None:
                    seq += 1
                    c.execute(insert(ink_strokes), _stroke_row(page_id, seq, s))
                else:
                    c.execute(
                        update(ink_strokes)
                        .where(ink_strokes.c.client_id == s.client_id)
                        .values(deleted=False)
                    )
                self._send_if_new(c, page_id, s.client_id)
            self._touch(c, page_id)
        if remove:
            self.removals += 1
            if self.on_erased is not None:
                self.on_erased(page_id, list(remove))
        if add and self.on_added is not None:
            self.on_added(page_id, [s.client_id for s in add])

    def add_page(self, board_id: str, page: Page, position: int) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(board_pages)
                .where(board_pages.c.board_id == board_id, board_pages.c.position >= position)
                .values(position=board_pages.c.position + 1)
            )
            self._insert_page(c, board_id, position, page)
            c.execute(update(boards).where(boards.c.board_id == board_id).values(updated_at=now_iso()))
            if self.append is not None and self._lesson_of(c, page.page_id) is not None:
                queue_page(c, self.append, board_id, page.page_id, page.title)

    def delete_page(self, board_id: str, page_id: str) -> None:
        """Local only: the server has no page delete (CONTRACT.md §7.7). Its unsent strokes are dropped."""
        with self.engine.begin() as c:
            c.execute(
                delete(outbox).where(
                    outbox.c.stream == page_stream(page_id),
                    outbox.c.sending.is_(False),
                    outbox.c.state != "done",
                )
            )
            c.execute(delete(ink_strokes).where(ink_strokes.c.page_id == page_id))
            c.execute(delete(board_images).where(board_images.c.page_id == page_id))
            c.execute(delete(board_pages).where(board_pages.c.page_id == page_id))
            self._renumber(c, board_id)
        self.removals += 1

    def reorder_pages(self, board_id: str, page_ids: list[str]) -> None:
        with self.engine.begin() as c:
            for position, page_id in enumerate(page_ids):
                c.execute(
                    update(board_pages).where(board_pages.c.page_id == page_id).values(position=position)
                )
            c.execute(update(boards).where(boards.c.board_id == board_id).values(updated_at=now_iso()))

    def set_background(self, page_id: str, background: Background) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(board_pages)
                .where(board_pages.c.page_id == page_id)
                .values(background=asdict(background))
            )
            self._touch(c, page_id)

    @staticmethod
    def _renumber(c: Any, board_id: str) -> None:
        ids = (
            c.execute(
                select(board_pages.c.page_id)
                .where(board_pages.c.board_id == board_id)
                .order_by(board_pages.c.position)
            )
            .scalars()
            .all()
        )
        for position, page_id in enumerate(ids):
            c.execute(update(board_pages).where(board_pages.c.page_id == page_id).values(position=position))

    @staticmethod
    def _touch(c: Any, page_id: str) -> None:
        board_id = select(board_pages.c.board_id).where(board_pages.c.page_id == page_id).scalar_subquery()
        c.execute(update(boards).where(boards.c.board_id == board_id).values(updated_at=now_iso()))
