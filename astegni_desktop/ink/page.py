"""Pages and boards: the ordered set of live strokes, tombstones and the spatial index."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from .geometry import distance_to_polyline, point_in_polygon, shape_path
from .spatial import GridIndex, Rect
from .stroke import PAGE_HEIGHT, PAGE_WIDTH, Stroke, Tool, new_id


def bboxes(strokes: Sequence[Stroke]) -> list[Rect]:
    """`Stroke.bbox` of many strokes: those whose box is their points' extent plus a pad, in one pass."""
    plain = [
        i
        for i, s in enumerate(strokes)
        if len(s.points) and s.tool is not Tool.TEXT and not (s.tool is Tool.CIRCLE and len(s.points) >= 2)
    ]
    out: list[Rect | None] = [None] * len(strokes)
    if plain:
        points = [strokes[i].points for i in plain]
        starts = np.zeros(len(points), dtype=np.int64)
        np.cumsum([len(p) for p in points[:-1]], out=starts[1:])
        xy = np.concatenate(points)
        lo_x = np.minimum.reduceat(xy[:, 0], starts).tolist()
        lo_y = np.minimum.reduceat(xy[:, 1], starts).tolist()
        hi_x = np.maximum.reduceat(xy[:, 0], starts).tolist()
        hi_y = np.maximum.reduceat(xy[:, 1], starts).tolist()
        for j, i in enumerate(plain):
            s = strokes[i]
            pad = s.width / 2 + 1 + (s.width * 2 if s.tool is Tool.ARROW else 0)
            out[i] = (lo_x[j] - pad, lo_y[j] - pad, hi_x[j] + pad, hi_y[j] + pad)
    return [box if box is not None else s.bbox for box, s in zip(out, strokes, strict=True)]


@dataclass(frozen=True)
class Background:
    """plain | ruled | graph | pdf | image. `source` is a file path for pdf/image; `page_index` for pdf."""

    kind: str = "plain"
    color: str = "#FFFFFF"
    source: str | None = None
    page_index: int = 0


@dataclass(frozen=True, eq=False)
class PageImage:
    """A picture pasted onto a page: PNG bytes shown in the rect (x, y, w, h), under the ink. Kept on this
    computer only: the web student draws pen polylines and text, never pictures (CONTRACT.md §13)."""

    client_id: str
    png: bytes
    x: float
    y: float
    w: float
    h: float

    @property
    def bbox(self) -> Rect:
        return (self.x, self.y, self.x + self.w, self.y + self.h)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h

    def moved(self, dx: float, dy: float) -> PageImage:
        """The same picture (same id) at a new place."""
        return PageImage(self.client_id, self.png, self.x + dx, self.y + dy, self.w, self.h)


@dataclass(eq=False)
class Page:
    page_id: str = field(default_factory=new_id)
    title: str = "Page 1"
    background: Background = field(default_factory=Background)
    width: float = PAGE_WIDTH
    height: float = PAGE_HEIGHT
    server_id: int | None = None

    def __post_init__(self) -> None:
        self.strokes: dict[str, Stroke] = {}  # live strokes in drawing order
        self.index = GridIndex()
        self._next = 0
        self.loaded = True  # False while a page opened from the store still waits for its strokes
        self.images: dict[str, PageImage] = {}  # pasted pictures, bottom first, drawn under the strokes

    def image_at(self, x: float, y: float) -> PageImage | None:
        """The topmost picture under a point."""
        for image in reversed(self.images.values()):
            if image.contains(x, y):
                return image
        return None

    def __len__(self) -> int:
        return len(self.strokes)

    def __iter__(self) -> Iterator[Stroke]:
        return iter(self.strokes.values())

    def add(self, stroke: Stroke, box: Rect | None = None) -> None:
        if stroke.client_id in self.strokes:
            return
        self.strokes[stroke.client_id] = stroke
        self.index.insert(stroke.client_id, stroke.bbox if box is None else box, self._next)
        self._next += 1

    def add_many(self, strokes: Iterable[Stroke]) -> None:
        """Many strokes (a page loading): their boxes are found together in one numpy pass."""
        batch = list(strokes)
        for s, box in zip(batch, bboxes(batch), strict=True):
            self.add(s, box)

    def remove(self, client_id: str) -> Stroke | None:
        stroke = self.strokes.pop(client_id, None)
        if stroke is not None:
            self.index.remove(client_id)
        return stroke

    def in_rect(self, rect: Rect) -> list[Stroke]:
        """Strokes touching `rect`, in drawing order."""
        keys = self.index.query(rect)
        return [self.strokes[k] for k in sorted(keys, key=self.index.order)]

    def hit(self, x: float, y: float, radius: float) -> list[Stroke]:
        """Strokes within `radius` of a point (the whole-stroke eraser, a click to select)."""
        found = []
        for s in self.in_rect((x - radius, y - radius, x + radius, y + radius)):
            if s.tool is Tool.TEXT:
                x0, y0, x1, y1 = s.bbox
                if x0 - radius <= x <= x1 + radius and y0 - radius <= y <= y1 + radius:
                    found.append(s)
                continue
            path = s.points[:, :2] if not s.tool.is_shape else shape_path(s.tool.value, *s.ends())
            if distance_to_polyline(x, y, path) <= radius + s.width / 2:
                found.append(s)
        return found

    def in_lasso(self, polygon: Sequence[tuple[float, float]]) -> list[Stroke]:
        """Strokes with most of their points inside a lasso."""
        if len(polygon) < 3:
            return []
        poly = np.asarray(polygon, dtype=np.float64)
        box = (
            float(poly[:, 0].min()),
            float(poly[:, 1].min()),
            float(poly[:, 0].max()),
            float(poly[:, 1].max()),
        )
        chosen = []
        for s in self.in_rect(box):
            pts = s.points[:, :2].astype(np.float64) if len(s.points) else np.zeros((0, 2))
            if len(pts) == 0:
                continue
            inside = point_in_polygon(pts[:, 0], pts[:, 1], poly)
            if inside.mean() >= 0.6:
                chosen.append(s)
        return chosen


@dataclass(eq=False)
class Board:
    board_id: str = field(default_factory=new_id)
    title: str = "Untitled board"
    pages: list[Page] = field(default_factory=lambda: [Page()])
