"""Local whiteboards in the cache. A finished stroke is committed at pen-up, before it counts as saved."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from sqlalchemy import Engine, delete, func, insert, select, update

from ..ink import Background, Board, Page, Stroke, Tool
from ..ink.stroke import TextStyle
from .db import now_iso
from .schema import board_pages, boards, ink_strokes


@dataclass(frozen=True)
class BoardInfo:
    board_id: str
    title: str
    updated_at: str
    pages: int
    strokes: int
    student_name: str | None


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
    )


class BoardStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, title: str) -> Board:
        board = Board(title=title.strip() or "Untitled board")
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
            c.execute(delete(board_pages).where(board_pages.c.board_id == board_id))
            c.execute(delete(boards).where(boards.c.board_id == board_id))

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
            page.loaded = True

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
            self._touch(c, page_id)

    def set_deleted(self, page_id: str, client_ids: list[str], deleted: bool) -> None:
        if not client_ids:
            return
        with self.engine.begin() as c:
            c.execute(
                update(ink_strokes).where(ink_strokes.c.client_id.in_(client_ids)).values(deleted=deleted)
            )
            self._touch(c, page_id)

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
            self._touch(c, page_id)

    def add_page(self, board_id: str, page: Page, position: int) -> None:
        with self.engine.begin() as c:
            c.execute(
                update(board_pages)
                .where(board_pages.c.board_id == board_id, board_pages.c.position >= position)
                .values(position=board_pages.c.position + 1)
            )
            self._insert_page(c, board_id, position, page)
            c.execute(update(boards).where(boards.c.board_id == board_id).values(updated_at=now_iso()))

    def delete_page(self, board_id: str, page_id: str) -> None:
        with self.engine.begin() as c:
            c.execute(delete(ink_strokes).where(ink_strokes.c.page_id == page_id))
            c.execute(delete(board_pages).where(board_pages.c.page_id == page_id))
            self._renumber(c, board_id)

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
