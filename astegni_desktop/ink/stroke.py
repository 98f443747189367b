"""A stroke is immutable once finished: erasing or moving makes new strokes and tombstones (DESIGN.md §4).

Points are one float32 array of (x, y, pressure, t) rows, t in milliseconds from the stroke's first point:
about 16 bytes a point, so 100,000 strokes of 50 points stay near 80 MB.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import numpy.typing as npt

# One fixed logical canvas (CONTRACT.md §7.6: coordinates are raw CSS pixels from the top-left).
PAGE_WIDTH = 1280.0
PAGE_HEIGHT = 800.0

Points = npt.NDArray[np.float32]


class Tool(enum.StrEnum):
    PEN = "pen"
    HIGHLIGHTER = "highlighter"
    ERASER = "eraser"  # the web's eraser: paints in a colour
    LINE = "line"
    RECTANGLE = "rectangle"
    CIRCLE = "circle"  # a centre and a point on the circle (the web's {x, y, radius})
    ELLIPSE = "ellipse"  # the corners of the box it is inscribed in (what the circle tool draws)
    ARROW = "arrow"
    TRIANGLE = "triangle"
    TEXT = "text"

    @property
    def is_shape(self) -> bool:
        return self in (Tool.LINE, Tool.RECTANGLE, Tool.CIRCLE, Tool.ELLIPSE, Tool.ARROW, Tool.TRIANGLE)


def new_id() -> str:
    return str(uuid.uuid4())


def empty_points() -> Points:
    return np.zeros((0, 4), dtype=np.float32)


def make_points(rows: Any) -> Points:
    """Rows of (x, y), (x, y, pressure) or (x, y, pressure, t) → the (n, 4) float32 array.

    Missing pressure reads as 1.0 (full nominal width), missing time as 0.
    """
    arr = np.asarray(rows, dtype=np.float32)
    if arr.size == 0:
        return empty_points()
    if arr.ndim != 2 or arr.shape[1] not in (2, 3, 4):
        raise ValueError("points must be rows of (x, y[, pressure[, t]])")
    if not np.isfinite(arr).all():
        raise ValueError("points must be finite")
    out = np.zeros((arr.shape[0], 4), dtype=np.float32)
    out[:, : arr.shape[1]] = arr
    if arr.shape[1] == 2:
        out[:, 2] = 1.0
    return out


@dataclass(frozen=True, eq=False, slots=True)
class TextStyle:
    font_family: str = "Noto Sans"
    font_size: float = 24.0
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True, eq=False, slots=True)
class Stroke:
    """One mark on a page. `width` is the nominal width; pressure scales it per point for pens."""

    client_id: str
    tool: Tool
    color: str
    width: float
    points: Points = field(default_factory=empty_points)
    t0: float = 0.0  # epoch milliseconds of the first point (for replay)
    opacity: float = 1.0
    text: str | None = None
    text_style: TextStyle | None = None
    author: str = "me"  # "me", or the server user id of whoever drew it
    has_pressure: bool = True
    server_id: int | None = None
    server_order: int | None = None
    extra: dict[str, Any] | None = None  # unknown server fields, kept so a round trip loses nothing

    def __post_init__(self) -> None:
        self.points.setflags(write=False)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) in page units, including half the width and text extents."""
        if self.tool is Tool.TEXT:
            size = self.text_style.font_size if self.text_style else 24.0
            x, y = (float(self.points[0, 0]), float(self.points[0, 1])) if len(self.points) else (0.0, 0.0)
            lines = (self.text or "").split("\n")
            w = max((len(line) for line in lines), default=1) * size * 0.62
            return (x, y - size, x + w, y + size * 0.35 + (len(lines) - 1) * size * 1.25)
        if len(self.points) == 0:
            return (0.0, 0.0, 0.0, 0.0)
        xy = self.points[:, :2]
        lo = xy.min(axis=0)
        hi = xy.max(axis=0)
        if self.tool is Tool.CIRCLE and len(self.points) >= 2:
            cx, cy = float(self.points[0, 0]), float(self.points[0, 1])
            r = float(np.hypot(*(self.points[-1, :2] - self.points[0, :2])))
            lo, hi = np.array([cx - r, cy - r]), np.array([cx + r, cy + r])
        pad = self.width / 2 + 1 + (self.width * 2 if self.tool is Tool.ARROW else 0)
        return (float(lo[0]) - pad, float(lo[1]) - pad, float(hi[0]) + pad, float(hi[1]) + pad)

    def translated(self, dx: float, dy: float) -> Stroke:
        """A moved copy: a new stroke (new id), since finished strokes never change."""
        pts = self.points.copy()
        pts[:, 0] += dx
        pts[:, 1] += dy
        return replace(self, client_id=new_id(), points=pts, server_id=None, server_order=None)

    def ends(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """First and last points: how shapes are defined."""
        first, last = self.points[0], self.points[-1]
        return (float(first[0]), float(first[1])), (float(last[0]), float(last[1]))

    def duration_ms(self) -> float:
        return float(self.points[-1, 3]) if len(self.points) else 0.0
