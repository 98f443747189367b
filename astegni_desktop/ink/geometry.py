"""Smoothing, stabilisation, pressure curves, variable-width outlines and hit-testing. Pure numpy."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .stroke import Points

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True)
class PressureCurve:
    """width = base × (minimum + (1 − minimum) × pressure^gamma)."""

    gamma: float = 0.7
    minimum: float = 0.25

    def factors(self, pressure: npt.NDArray[np.floating]) -> F64:
        p = np.clip(pressure.astype(np.float64), 0.0, 1.0)
        return self.minimum + (1.0 - self.minimum) * np.power(p, self.gamma)


def smooth(points: Points, strength: float) -> Points:
    """Moving-average smoothing of x, y (0 = off, 1 = strong). The first and last points never move."""
    n = len(points)
    radius = round(max(0.0, min(1.0, strength)) * 4)
    if radius == 0 or n < 3:
        return points
    out = points.astype(np.float64, copy=True)
    kernel = np.ones(2 * radius + 1) / (2 * radius + 1)
    for axis in (0, 1):
        padded = np.pad(out[:, axis], radius, mode="edge")
        out[:, axis] = np.convolve(padded, kernel, mode="valid")
    out[0, :2] = points[0, :2]
    out[-1, :2] = points[-1, :2]
    return out.astype(np.float32)


class Stabilizer:
    """Live 'lazy brush': each drawn point trails the pen by a fraction; pen-up lands exactly on the pen."""

    def __init__(self, strength: float) -> None:
        self.follow = 1.0 - 0.85 * max(0.0, min(1.0, strength))
        self.last: tuple[float, float] | None = None

    def feed(self, x: float, y: float) -> tuple[float, float]:
        if self.last is None or self.follow >= 1.0:
            self.last = (x, y)
        else:
            lx, ly = self.last
            self.last = (lx + (x - lx) * self.follow, ly + (y - ly) * self.follow)
        return self.last


def widths(points: Points, base: float, curve: PressureCurve, use_pressure: bool) -> F64:
    if not use_pressure:
        return np.full(len(points), base, dtype=np.float64)
    return base * curve.factors(points[:, 2])


@lru_cache(maxsize=8)
def _arc(cap_steps: int) -> tuple[F64, F64]:
    t = np.linspace(0, np.pi, cap_steps + 2)[1:-1]
    return np.cos(t), np.sin(t)


def outline(points: Points, w: F64, cap_steps: int = 6) -> F64:
    """Closed polygon around a variable-width centreline, with round caps. Shape (m, 2).

    Written for few numpy calls: it runs once per stroke when a page is first drawn or exported.
    """
    xy = points[:, :2].astype(np.float64)
    n = len(xy)
    if n == 0:
        return np.zeros((0, 2))
    d = np.empty_like(xy)
    if n > 1:
        d[1:-1] = xy[2:] - xy[:-2]
        d[0] = xy[1] - xy[0]
        d[-1] = xy[-1] - xy[-2]
    else:
        d[:] = 0.0
    length = np.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1])
    if n == 1 or float(length.max()) < 1e-6:
        angles = np.linspace(0, 2 * np.pi, 4 * cap_steps, endpoint=False)
        r = max(float(w[0]) / 2, 0.5)
        return np.column_stack([xy[0, 0] + r * np.cos(angles), xy[0, 1] + r * np.sin(angles)])
    np.maximum(length, 1e-9, out=length)
    half = w * 0.5
    ox = -d[:, 1] / length * half
    oy = d[:, 0] / length * half
    cos_t, sin_t = _arc(cap_steps)
    k = len(cos_t)
    out = np.empty((2 * n + 2 * k, 2))
    out[:n, 0] = xy[:, 0] + ox
    out[:n, 1] = xy[:, 1] + oy
    # end cap: rotate the last offset (ox, oy) clockwise through the half turn
    ex, ey = ox[-1], oy[-1]
    out[n : n + k, 0] = xy[-1, 0] + ex * cos_t + ey * sin_t
    out[n : n + k, 1] = xy[-1, 1] + ey * cos_t - ex * sin_t
    out[n + k : 2 * n + k, 0] = (xy[:, 0] - ox)[::-1]
    out[n + k : 2 * n + k, 1] = (xy[:, 1] - oy)[::-1]
    sx, sy = -ox[0], -oy[0]
    out[2 * n + k :, 0] = xy[0, 0] + sx * cos_t + sy * sin_t
    out[2 * n + k :, 1] = xy[0, 1] + sy * cos_t - sx * sin_t
    return out


def distance_to_polyline(px: float, py: float, xy: npt.NDArray[np.floating]) -> float:
    """Shortest distance from a point to a polyline (vectorised over segments)."""
    if len(xy) == 0:
        return float("inf")
    pts = xy.astype(np.float64)
    if len(pts) == 1:
        return float(np.hypot(pts[0, 0] - px, pts[0, 1] - py))
    a = pts[:-1]
    b = pts[1:]
    ab = b - a
    ap = np.array([px, py]) - a
    denom = (ab * ab).sum(axis=1)
    denom[denom == 0] = 1e-12
    t = np.clip((ap * ab).sum(axis=1) / denom, 0.0, 1.0)
    closest = a + ab * t[:, None]
    return float(np.min(np.hypot(closest[:, 0] - px, closest[:, 1] - py)))


def point_in_polygon(
    px: npt.NDArray[np.floating], py: npt.NDArray[np.floating], poly: F64
) -> npt.NDArray[np.bool_]:
    """Even-odd rule for many points at once (the lasso)."""
    inside = np.zeros(px.shape, dtype=bool)
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        crosses = ((yi > py) != (yj > py)) & (px < (xj - xi) * (py - yi) / ((yj - yi) or 1e-12) + xi)
        inside ^= crosses
        j = i
    return inside


def shape_path(kind: str, start: tuple[float, float], end: tuple[float, float], steps: int = 48) -> F64:
    """The polyline a shape draws as (what a browser that only draws pens renders)."""
    (x0, y0), (x1, y1) = start, end
    if kind == "rectangle":
        return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], dtype=np.float64)
    if kind == "circle":
        r = float(np.hypot(x1 - x0, y1 - y0))
        a = np.linspace(0, 2 * np.pi, steps + 1)
        return np.column_stack([x0 + r * np.cos(a), y0 + r * np.sin(a)])
    if kind == "ellipse":
        a = np.linspace(0, 2 * np.pi, steps + 1)
        cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, abs(x1 - x0) / 2, abs(y1 - y0) / 2
        return np.column_stack([cx + rx * np.cos(a), cy + ry * np.sin(a)])
    if kind == "triangle":
        return np.array([[(x0 + x1) / 2, y0], [x1, y1], [x0, y1], [(x0 + x1) / 2, y0]], dtype=np.float64)
    return np.array([[x0, y0], [x1, y1]], dtype=np.float64)


def drag_box(
    start: tuple[float, float], end: tuple[float, float], square: bool, centred: bool
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The box a drag spans, as drawing apps make it: corner to corner; `square` (Shift) makes its sides
    equal (the longer one wins, the drag's direction kept); `centred` (Alt) grows it from the start point.
    Returns two opposite corners, the first where the drag began unless centred."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    if square:
        side = max(abs(dx), abs(dy))
        dx, dy = math.copysign(side, dx), math.copysign(side, dy)
    if centred:
        return (x0 - dx, y0 - dy), (x0 + dx, y0 + dy)
    return (x0, y0), (x0 + dx, y0 + dy)


def arrow_head(start: tuple[float, float], end: tuple[float, float], width: float) -> F64:
    (x0, y0), (x1, y1) = start, end
    angle = np.arctan2(y1 - y0, x1 - x0)
    size = max(10.0, width * 4)
    spread = np.pi / 7
    return np.array(
        [
            [x1 - size * np.cos(angle - spread), y1 - size * np.sin(angle - spread)],
            [x1, y1],
            [x1 - size * np.cos(angle + spread), y1 - size * np.sin(angle + spread)],
        ]
    )


def decimate_many(points: list[Points], spacing: float) -> tuple[F64, npt.NDArray[np.int64]]:
    """`decimate` (about one point per `spacing` units travelled, ends kept) of many strokes in one numpy
    pass: their rows of (x, y, pressure) one after another, and where each stroke starts (one more at the
    end)."""
    lengths = np.fromiter((len(p) for p in points), dtype=np.int64, count=len(points))
    starts = np.zeros(len(points) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    if starts[-1] == 0:
        return np.zeros((0, 3)), starts
    rows = np.concatenate([p[:, :3] for p in points]).astype(np.float64)
    first = np.zeros(len(rows), dtype=bool)
    first[starts[:-1][lengths > 0]] = True
    step = np.zeros(len(rows))
    delta = rows[1:, :2] - rows[:-1, :2]
    step[1:] = np.sqrt(delta[:, 0] * delta[:, 0] + delta[:, 1] * delta[:, 1])
    step[first] = 0.0
    travelled = np.cumsum(step)
    travelled -= np.repeat(travelled[starts[:-1][lengths > 0]], lengths[lengths > 0])
    bucket = np.floor(travelled / spacing)
    keep = np.empty(len(rows), dtype=bool)
    keep[0] = True
    keep[1:] = bucket[1:] > bucket[:-1]
    last = starts[1:][lengths > 0] - 1
    keep[first] = True
    keep[last] = True
    short = np.repeat(lengths < 4, lengths)  # `decimate` keeps every point of a stroke this short
    keep |= short
    kept_per_stroke = np.add.reduceat(keep.astype(np.int64), starts[:-1]) if len(points) else lengths
    kept_per_stroke[lengths == 0] = 0
    new_starts = np.zeros(len(points) + 1, dtype=np.int64)
    np.cumsum(kept_per_stroke, out=new_starts[1:])
    return rows[keep], new_starts


def outlines_many(
    rows: F64, starts: npt.NDArray[np.int64], base: F64, curve: PressureCurve, cap_steps: int
) -> tuple[F64, npt.NDArray[np.int64]]:
    """`outline` of many pressure strokes in one numpy pass (rows of (x, y, pressure) one stroke after
    another, `starts` where each begins and one more at the end, `base` their nominal widths). Returns the
    outlines one after another, each closed (its first point repeated at its end), and where each starts.
    Every stroke must have at least two points that are not all in one place."""
    n = np.diff(starts)
    m = len(n)
    sid = np.repeat(np.arange(m), n)
    xy = rows[:, :2]
    half = base[sid] * curve.factors(rows[:, 2]) * 0.5
    nxt = np.minimum(np.arange(len(rows)) + 1, np.repeat(starts[1:] - 1, n))
    prv = np.maximum(np.arange(len(rows)) - 1, np.repeat(starts[:-1], n))
    d = xy[nxt] - xy[prv]
    length = np.maximum(np.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1]), 1e-9)
    ox = -d[:, 1] / length * half
    oy = d[:, 0] / length * half
    cos_t, sin_t = _arc(cap_steps)
    k = len(cos_t)
    size = 2 * n + 2 * k + 1  # the closing point too
    out_starts = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(size, out=out_starts[1:])
    out = np.empty((int(out_starts[-1]), 2))
    local = np.arange(len(rows)) - starts[sid]
    base_at = out_starts[sid]
    out[base_at + local, 0] = xy[:, 0] + ox
    out[base_at + local, 1] = xy[:, 1] + oy
    right = base_at + n[sid] + k + (n[sid] - 1 - local)
    out[right, 0] = xy[:, 0] - ox
    out[right, 1] = xy[:, 1] - oy
    end = starts[1:] - 1
    begin = starts[:-1]
    caps = np.arange(k)
    at_end = out_starts[:-1, None] + n[:, None] + caps[None, :]
    ex, ey = ox[end][:, None], oy[end][:, None]
    out[at_end, 0] = xy[end, 0][:, None] + ex * cos_t + ey * sin_t
    out[at_end, 1] = xy[end, 1][:, None] + ey * cos_t - ex * sin_t
    at_start = out_starts[:-1, None] + 2 * n[:, None] + k + caps[None, :]
    sx, sy = -ox[begin][:, None], -oy[begin][:, None]
    out[at_start, 0] = xy[begin, 0][:, None] + sx * cos_t + sy * sin_t
    out[at_start, 1] = xy[begin, 1][:, None] + sy * cos_t - sx * sin_t
    out[out_starts[1:] - 1] = out[out_starts[:-1]]
    return out, out_starts
