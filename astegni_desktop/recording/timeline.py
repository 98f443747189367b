"""A recording's ink over time: which page shows and which strokes are on it at any second. No Qt here.

The timeline references strokes by client id; `load_strokes` reads them from the cache (erased ones too:
a stroke erased later in the lesson is still drawn before that moment). Seeking recomputes the state from
the nearest checkpoint (one every `CHECKPOINT` events), so it costs the same at minute 1 and minute 90.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from ..ink import Page, Stroke
from ..store.schema import ink_strokes
from .files import RecordingInfo, read_events

CHECKPOINT = 256
MAX_IDS = 100_000


@dataclass(frozen=True)
class Step:
    t: float
    op: str  # add | erase | page
    page: str | None
    ids: tuple[str, ...]


@dataclass
class InkState:
    page: str | None
    visible: dict[str, set[str]] = field(default_factory=dict)  # page id → client ids shown

    def copy(self) -> InkState:
        return InkState(self.page, {p: set(ids) for p, ids in self.visible.items()})

    def apply(self, step: Step) -> None:
        if step.op == "page":
            self.page = step.page
        elif step.op == "add" and step.page is not None:
            self.visible.setdefault(step.page, set()).update(step.ids)
        elif step.op == "erase" and step.page is not None:
            self.visible.get(step.page, set()).difference_update(step.ids)

    def shown(self) -> set[str]:
        return self.visible.get(self.page, set()) if self.page is not None else set()


def _ids(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(str(x)[:64] for x in raw[:MAX_IDS] if isinstance(x, str))


class Timeline:
    def __init__(self, events: list[dict[str, Any]], duration: float) -> None:
        self.duration = duration
        start = next((e for e in events if e.get("op") == "start"), None)
        page = start.get("page") if start else None
        self.initial = InkState(str(page) if isinstance(page, str) else None)
        for pair in start.get("strokes", []) if start else []:
            if isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair):
                self.initial.visible.setdefault(pair[0], set()).add(pair[1])
        steps = []
        for e in events:
            op, t = e.get("op"), e.get("t")
            if op not in ("add", "erase", "page") or not isinstance(t, int | float) or not math.isfinite(t):
                continue
            page_id = e.get("page")
            steps.append(
                Step(
                    float(t),
                    str(op),
                    str(page_id) if isinstance(page_id, str) else None,
                    _ids(e.get("ids")),
                )
            )
        steps.sort(key=lambda s: s.t)  # stable: same-time events keep their order
        self.steps = steps
        self.times = [s.t for s in steps]
        self._checkpoints: list[InkState] = []
        state = self.initial.copy()
        for i, step in enumerate(steps):
            if i % CHECKPOINT == 0:
                self._checkpoints.append(state.copy())
            state.apply(step)

    @classmethod
    def read(cls, path: Path, duration: float) -> Timeline:
        return cls(read_events(path), duration)

    def index_at(self, t: float) -> int:
        """How many steps happened at or before `t`."""
        return bisect.bisect_right(self.times, t)

    def state_at(self, t: float) -> InkState:
        count = self.index_at(t)
        if not self._checkpoints:
            return self.initial.copy()
        base = min(count // CHECKPOINT, len(self._checkpoints) - 1)
        state = self._checkpoints[base].copy()
        for step in self.steps[base * CHECKPOINT : count]:
            state.apply(step)
        return state

    def stroke_ids(self) -> set[str]:
        ids = {i for page in self.initial.visible.values() for i in page}
        for step in self.steps:
            ids.update(step.ids)
        return ids

    def pages(self) -> list[str]:
        seen: list[str] = []
        for page in [self.initial.page, *(s.page for s in self.steps)]:
            if page is not None and page not in seen:
                seen.append(page)
        return seen


def load_strokes(engine: Engine, client_ids: Iterable[str]) -> dict[str, Stroke]:
    """The strokes a timeline refers to, erased ones included, by client id."""
    from ..store.boards import _stroke  # noqa: PLC0415  (the cache's one row → Stroke mapping)

    wanted = list(client_ids)
    found: dict[str, Stroke] = {}
    with engine.connect() as c:
        for i in range(0, len(wanted), 500):
            rows = c.execute(select(ink_strokes).where(ink_strokes.c.client_id.in_(wanted[i : i + 500])))
            for r in rows:
                stroke = _stroke(r)
                found[stroke.client_id] = stroke
    return found


@dataclass
class Lesson:
    """A recording ready to replay or render: its timeline, the board's pages and the strokes it names."""

    timeline: Timeline
    pages: dict[str, Page]
    strokes: dict[str, Stroke]


def load_lesson(engine: Engine, info: RecordingInfo) -> Lesson:
    from ..store.boards import BoardStore  # noqa: PLC0415

    timeline = Timeline.read(info.timeline, info.duration)
    board = BoardStore(engine).load(info.board_id, with_strokes=False)
    pages = {p.page_id: p for p in board.pages} if board is not None else {}
    return Lesson(timeline, pages, load_strokes(engine, timeline.stroke_ids()))


__all__ = ["InkState", "Lesson", "Step", "Timeline", "load_lesson", "load_strokes"]
