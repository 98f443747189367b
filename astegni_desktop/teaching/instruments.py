"""Geometry of the drawing instruments: ruler, set square, protractor, compass, and grid snapping.

Pure math on page coordinates (x right, y down). Angles shown to a tutor are in degrees measured
counter-clockwise as seen on the screen (0° points right, 90° up), which is the mathematics convention
a class expects; internally angles are radians in page coordinates (y down, so clockwise on screen).

API
---
``screen_degrees(radians) -> float`` / ``page_radians(degrees) -> float``: between the two conventions.
``ray_degrees(vertex, p) -> float``: the direction of the ray vertex→p, 0–360 counter-clockwise on screen.
``angle_between(vertex, a, b) -> float``: the angle a-vertex-b, 0–180 degrees.

``Ruler(origin, angle=0.0, length=600.0, depth=70.0)``: the measuring edge runs from `origin` along `angle`
    (page radians) for `length`; the body lies on the edge's right-hand side in page coordinates (below
    the edge when the ruler is level). `end`, `direction`, `normal`, `readout()` (edge angle 0–180°),
    `project(p) -> Projection(point, along, offset)` (foot on the edge line, clamped to the edge, distance
    along it, signed distance off it), `snap(p, tolerance)` (the foot if p is that close, else None),
    `snap_stroke(points, tolerance)` (a stroke that starts near the edge laid on it: (n, 4) rows with
    pressure and time kept, else None), `contains(p)`, `corners()`, `ticks(spacing)`, `moved(dx, dy)`,
    `rotated(angle, about)`.
``SetSquare(origin, angle=0.0, size=300.0, kind="45")``: a right triangle with its right angle at `origin`,
    legs along `angle` and `angle + 90°`; kind "45" (45-45-90) or "30" (30-60-90, the long leg first).
    `vertices()`, `edges()`, `snap(p, tolerance) -> (point, edge index) | None`, `snap_stroke`,
    `edge_distance(p)`, `contains(p)`, `edge_readouts()`, `moved`, `rotated`.
``Protractor(center, angle=0.0, radius=160.0)``: baseline along `angle`, the half disc on the screen's
    upper side of it. `reading(p) -> float` (0–180°, counter-clockwise from the baseline, clamped),
    `measure(a, b) -> float` (angle between two rays from the centre), `contains(p)`, `ticks()`.
``arc(center, radius, start, sweep, *, pressure=0.6, spacing=2.0, t0=0.0, ms_per_unit=4.0) -> Points``:
    an (n, 4) float32 pen polyline (x, y, pressure, t) along a circle from page angle `start` through
    `sweep` radians (negative: the other way; |sweep| ≥ 2π: a full circle), the pressure easing in and out
    at the ends like a pencil leg. ``CompassSweep(center, radius, start_angle)``: follows a dragged pencil
    leg, `update(p) -> float` accumulates the swept angle without jumps at ±180°, `points()`: the arc so
    far.
``snap_to_grid(p, spacing, origin=(0, 0))``, ``snap_points(xy, spacing, tolerance=None)``,
``snap_shape(shape, spacing, tolerance=None) -> Shape``: a recognised shape (teaching/shapes.py) with its
    corners, ends or centre (and circle radius) on the grid, its clean polyline rebuilt.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from .shapes import Shape, ShapeKind

F64 = npt.NDArray[np.float64]
Points = npt.NDArray[np.float32]
Point = tuple[float, float]

TAU = 2 * math.pi


def screen_degrees(radians: float) -> float:
    """Page radians (clockwise on screen) → degrees counter-clockwise on screen, in [0, 360)."""
    return (-math.degrees(radians)) % 360.0


def page_radians(degrees: float) -> float:
    return -math.radians(degrees)


def ray_degrees(vertex: Point, p: Point) -> float:
    return screen_degrees(math.atan2(p[1] - vertex[1], p[0] - vertex[0]))


def angle_between(vertex: Point, a: Point, b: Point) -> float:
    """The angle a-vertex-b in degrees, 0–180 (0 if a ray has no length)."""
    ax, ay = a[0] - vertex[0], a[1] - vertex[1]
    bx, by = b[0] - vertex[0], b[1] - vertex[1]
    if math.hypot(ax, ay) < 1e-9 or math.hypot(bx, by) < 1e-9:
        return 0.0
    return abs(math.degrees(math.atan2(ax * by - ay * bx, ax * bx + ay * by)))


def _rotate(p: Point, angle: float, about: Point) -> Point:
    c, s = math.cos(angle), math.sin(angle)
    x, y = p[0] - about[0], p[1] - about[1]
    return (about[0] + x * c - y * s, about[1] + x * s + y * c)


@dataclass(frozen=True, slots=True)
class Projection:
    point: Point  # the foot on the edge (clamped to the edge's ends)
    along: float  # distance from the edge's start to the foot
    offset: float  # signed distance of p from the edge line (+: the body's side)


def _project(a: Point, b: Point, p: Point) -> Projection:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return Projection(a, 0.0, math.hypot(p[0] - a[0], p[1] - a[1]))
    ux, uy = dx / length, dy / length
    px, py = p[0] - a[0], p[1] - a[1]
    along = max(0.0, min(length, px * ux + py * uy))
    offset = -px * uy + py * ux
    return Projection((a[0] + ux * along, a[1] + uy * along), along, offset)


def _lay_on(a: Point, b: Point, points: npt.ArrayLike) -> Points:
    """Rows (x, y[, pressure[, t]]) moved onto the segment a-b, pressure and time kept."""
    arr = np.asarray(points, dtype=np.float64)
    out = np.zeros((len(arr), 4), dtype=np.float32)
    out[:, 2] = 1.0
    out[:, : min(4, arr.shape[1])] = arr[:, :4]
    d = np.array([b[0] - a[0], b[1] - a[1]])
    length = float(np.hypot(*d))
    if length < 1e-9:
        out[:, 0], out[:, 1] = a
        return out
    u = d / length
    t = np.clip((arr[:, :2] - np.array(a)) @ u, 0.0, length)
    out[:, :2] = np.array(a) + t[:, None] * u
    return out


# ---------------------------------------------------------------------------------------------- ruler


@dataclass(frozen=True, slots=True)
class Ruler:
    origin: Point
    angle: float = 0.0
    length: float = 600.0
    depth: float = 70.0

    @property
    def direction(self) -> Point:
        return (math.cos(self.angle), math.sin(self.angle))

    @property
    def normal(self) -> Point:
        """Unit vector from the edge into the body."""
        return (-math.sin(self.angle), math.cos(self.angle))

    @property
    def end(self) -> Point:
        return (
            self.origin[0] + self.length * math.cos(self.angle),
            self.origin[1] + self.length * math.sin(self.angle),
        )

    def readout(self) -> float:
        """The edge's angle as the tutor reads it: 0–180°, counter-clockwise from the horizontal."""
        return screen_degrees(self.angle) % 180.0

    def project(self, p: Point) -> Projection:
        return _project(self.origin, self.end, p)

    def snap(self, p: Point, tolerance: float = 16.0) -> Point | None:
        proj = self.project(p)
        within = -tolerance <= proj.offset <= tolerance
        on_edge = 0.0 < proj.along < self.length or math.dist(proj.point, p) <= tolerance
        return proj.point if within and on_edge else None

    def snap_stroke(self, points: npt.ArrayLike, tolerance: float = 16.0) -> Points | None:
        arr = np.asarray(points, dtype=np.float64)
        if (
            arr.ndim != 2
            or len(arr) == 0
            or self.snap((float(arr[0, 0]), float(arr[0, 1])), tolerance) is None
        ):
            return None
        return _lay_on(self.origin, self.end, arr)

    def corners(self) -> list[Point]:
        (ox, oy), (ex, ey), (nx, ny) = self.origin, self.end, self.normal
        d = self.depth
        return [(ox, oy), (ex, ey), (ex + nx * d, ey + ny * d), (ox + nx * d, oy + ny * d)]

    def contains(self, p: Point) -> bool:
        proj = _project(self.origin, self.end, p)
        along = (p[0] - self.origin[0]) * self.direction[0] + (p[1] - self.origin[1]) * self.direction[1]
        return 0.0 <= along <= self.length and 0.0 <= proj.offset <= self.depth

    def ticks(self, spacing: float = 10.0) -> list[tuple[Point, int]]:
        """(position on the edge, level): level 2 every 10th tick, 1 every 5th, else 0."""
        out = []
        for i in range(int(self.length // spacing) + 1):
            t = i * spacing
            pos = (self.origin[0] + t * math.cos(self.angle), self.origin[1] + t * math.sin(self.angle))
            out.append((pos, 2 if i % 10 == 0 else 1 if i % 5 == 0 else 0))
        return out

    def moved(self, dx: float, dy: float) -> Ruler:
        return replace(self, origin=(self.origin[0] + dx, self.origin[1] + dy))

    def rotated(self, angle: float, about: Point | None = None) -> Ruler:
        pivot = about if about is not None else self.origin
        return replace(self, origin=_rotate(self.origin, angle, pivot), angle=self.angle + angle)


# ----------------------------------------------------------------------------------------- set square


@dataclass(frozen=True, slots=True)
class SetSquare:
    origin: Point  # the right angle
    angle: float = 0.0
    size: float = 300.0  # the longer leg
    kind: str = "45"  # "45": 45-45-90; "30": 30-60-90

    def vertices(self) -> list[Point]:
        other = self.size if self.kind == "45" else self.size * math.tan(math.radians(30))
        a = _rotate((self.origin[0] + self.size, self.origin[1]), self.angle, self.origin)
        b = _rotate((self.origin[0], self.origin[1] - other), self.angle, self.origin)
        return [self.origin, a, b]

    def edges(self) -> list[tuple[Point, Point]]:
        v = self.vertices()
        return [(v[0], v[1]), (v[1], v[2]), (v[2], v[0])]

    def edge_readouts(self) -> list[float]:
        return [screen_degrees(math.atan2(b[1] - a[1], b[0] - a[0])) % 180.0 for a, b in self.edges()]

    def snap(self, p: Point, tolerance: float = 16.0) -> tuple[Point, int] | None:
        best: tuple[Point, int] | None = None
        best_d = tolerance
        for i, (a, b) in enumerate(self.edges()):
            proj = _project(a, b, p)
            d = math.dist(proj.point, p)
            if d <= best_d:
                best, best_d = (proj.point, i), d
        return best

    def snap_stroke(self, points: npt.ArrayLike, tolerance: float = 16.0) -> Points | None:
        arr = np.asarray(points, dtype=np.float64)
        if arr.ndim != 2 or len(arr) == 0:
            return None
        hit = self.snap((float(arr[0, 0]), float(arr[0, 1])), tolerance)
        if hit is None:
            return None
        a, b = self.edges()[hit[1]]
        return _lay_on(a, b, arr)

    def edge_distance(self, p: Point) -> float:
        """How far p is from the nearest edge (clamped to the edges' ends)."""
        return min(math.dist(_project(a, b, p).point, p) for a, b in self.edges())

    def contains(self, p: Point) -> bool:
        v = self.vertices()
        signs = []
        for (ax, ay), (bx, by) in zip(v, v[1:] + v[:1], strict=True):
            signs.append((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax))
        return all(s >= 0 for s in signs) or all(s <= 0 for s in signs)

    def moved(self, dx: float, dy: float) -> SetSquare:
        return replace(self, origin=(self.origin[0] + dx, self.origin[1] + dy))

    def rotated(self, angle: float, about: Point | None = None) -> SetSquare:
        pivot = about if about is not None else self.origin
        return replace(self, origin=_rotate(self.origin, angle, pivot), angle=self.angle + angle)


# ----------------------------------------------------------------------------------------- protractor


@dataclass(frozen=True, slots=True)
class Protractor:
    center: Point
    angle: float = 0.0  # the baseline's direction (page radians): 0° of the scale
    radius: float = 160.0

    def reading(self, p: Point) -> float:
        """Where the ray centre→p crosses the scale: 0–180°, counter-clockwise on screen from the baseline;
        rays below the baseline read as the nearer end (0 or 180)."""
        rel = (ray_degrees(self.center, p) - screen_degrees(self.angle)) % 360.0
        if rel <= 180.0:
            return rel
        return 180.0 if rel < 270.0 else 0.0

    def measure(self, a: Point, b: Point) -> float:
        return angle_between(self.center, a, b)

    def contains(self, p: Point) -> bool:
        dx, dy = p[0] - self.center[0], p[1] - self.center[1]
        if math.hypot(dx, dy) > self.radius:
            return False
        rel = (ray_degrees(self.center, p) - screen_degrees(self.angle)) % 360.0
        return rel <= 180.0 or math.hypot(dx, dy) < 1e-9

    def ticks(self) -> list[tuple[Point, Point, int]]:
        """(outer, inner, degrees) for each degree of the scale; longer every 5 and 10 degrees."""
        out = []
        for deg in range(181):
            a = self.angle + page_radians(deg)
            length = 16.0 if deg % 10 == 0 else 10.0 if deg % 5 == 0 else 6.0
            c, s = math.cos(a), math.sin(a)
            outer = (self.center[0] + self.radius * c, self.center[1] + self.radius * s)
            inner = (self.center[0] + (self.radius - length) * c, self.center[1] + (self.radius - length) * s)
            out.append((outer, inner, deg))
        return out


# -------------------------------------------------------------------------------------------- compass


def arc(
    center: Point,
    radius: float,
    start: float,
    sweep: float,
    *,
    pressure: float = 0.6,
    spacing: float = 2.0,
    t0: float = 0.0,
    ms_per_unit: float = 4.0,
) -> Points:
    """A pen polyline along a circle (see the module docstring)."""
    sweep = max(-TAU, min(TAU, sweep))
    radius = abs(radius)
    n = max(2, min(4000, math.ceil(abs(sweep) * radius / max(0.5, spacing)) + 1))
    a = start + np.linspace(0.0, sweep, n)
    out = np.empty((n, 4), dtype=np.float32)
    out[:, 0] = center[0] + radius * np.cos(a)
    out[:, 1] = center[1] + radius * np.sin(a)
    u = np.linspace(0.0, 1.0, n)
    ease = np.minimum(1.0, np.minimum(u, 1.0 - u) * 12.0) if abs(sweep) < TAU else np.ones(n)
    out[:, 2] = np.clip(pressure * (0.55 + 0.45 * ease), 0.05, 1.0)
    out[:, 3] = t0 + np.arange(n) * spacing * ms_per_unit
    return out


class CompassSweep:
    """The compass while the pencil leg is dragged: the swept angle accumulates across ±180°, up to a full
    turn either way."""

    def __init__(self, center: Point, radius: float, start_angle: float) -> None:
        self.center = center
        self.radius = radius
        self.start = start_angle
        self.swept = 0.0
        self._last = start_angle

    def update(self, p: Point) -> float:
        a = math.atan2(p[1] - self.center[1], p[0] - self.center[0])
        step = (a - self._last + math.pi) % TAU - math.pi
        self._last = a
        self.swept = max(-TAU, min(TAU, self.swept + step))
        return self.swept

    def points(self, pressure: float = 0.6) -> Points:
        return arc(self.center, self.radius, self.start, self.swept, pressure=pressure)


# ---------------------------------------------------------------------------------------- grid snapping


def snap_to_grid(p: Point, spacing: float, origin: Point = (0.0, 0.0)) -> Point:
    if spacing <= 0:
        return p
    return (
        origin[0] + round((p[0] - origin[0]) / spacing) * spacing,
        origin[1] + round((p[1] - origin[1]) / spacing) * spacing,
    )


def snap_points(
    xy: npt.ArrayLike, spacing: float, tolerance: float | None = None, origin: Point = (0.0, 0.0)
) -> F64:
    """Each point on its nearest grid crossing (only those within `tolerance` of one, when given)."""
    arr = np.asarray(xy, dtype=np.float64)[:, :2]
    if spacing <= 0:
        return arr.copy()
    o = np.array(origin)
    snapped: F64 = o + np.round((arr - o) / spacing) * spacing
    if tolerance is not None:
        near = np.hypot(*(snapped - arr).T) <= tolerance
        snapped = np.where(near[:, None], snapped, arr)
    return snapped


def snap_shape(shape: Shape, spacing: float, tolerance: float | None = None) -> Shape:
    """The shape with its defining points on the grid and its polyline rebuilt; pressure and timing kept."""
    pressure = float(shape.points[0, 2]) if len(shape.points) else 0.6
    duration = float(shape.points[-1, 3]) if len(shape.points) else 0.0
    kind = shape.kind

    def finish(path: F64, vertices: tuple[Point, ...], center: Point | None, radii: Point | None) -> Shape:
        n = len(path)
        out = np.empty((n, 4), dtype=np.float32)
        out[:, :2] = path
        out[:, 2] = pressure
        out[:, 3] = np.linspace(0.0, duration, n)
        out.setflags(write=False)
        angle = shape.angle
        if len(vertices) >= 2 and kind is not ShapeKind.CIRCLE:
            (x0, y0), (x1, y1) = vertices[0], vertices[1]
            angle = math.atan2(y1 - y0, x1 - x0)
        return Shape(kind, vertices, center, radii, angle, out)

    if kind in (ShapeKind.CIRCLE, ShapeKind.ELLIPSE) and shape.center and shape.radii:
        (cx, cy) = (
            snap_to_grid(shape.center, spacing)
            if tolerance is None
            else _near(shape.center, spacing, tolerance)
        )
        rx, ry = shape.radii
        if kind is ShapeKind.CIRCLE:
            rx = ry = max(spacing, round(rx / spacing) * spacing)
        a = np.linspace(0, TAU, 73)
        ca, sa = math.cos(shape.angle), math.sin(shape.angle)
        ex, ey = rx * np.cos(a), ry * np.sin(a)
        path = np.column_stack([cx + ex * ca - ey * sa, cy + ex * sa + ey * ca])
        return finish(path, (), (cx, cy), (rx, ry))
    verts = snap_points(np.array(shape.vertices, dtype=np.float64), spacing, tolerance)
    v = tuple((float(x), float(y)) for x, y in verts)
    if kind is ShapeKind.ARROW and len(v) == 4:
        tail, tip = np.array(v[0]), np.array(v[1])
        # the head keeps its size and spread, turned with the new shaft
        old_tail, old_tip = np.array(shape.vertices[0]), np.array(shape.vertices[1])
        turn = math.atan2(*(tip - tail)[::-1]) - math.atan2(*(old_tip - old_tail)[::-1])
        b1 = _rotate(tuple(np.array(shape.vertices[2]) - old_tip), turn, (0.0, 0.0))
        b2 = _rotate(tuple(np.array(shape.vertices[3]) - old_tip), turn, (0.0, 0.0))
        c1, c2 = (
            (float(tip[0] + b1[0]), float(tip[1] + b1[1])),
            (float(tip[0] + b2[0]), float(tip[1] + b2[1])),
        )
        path = np.array([tail, tip, c1, tip, c2])
        return finish(_densify(path), (v[0], v[1], c1, c2), None, None)
    if kind is ShapeKind.LINE:
        return finish(_densify(np.array(v)), v, None, None)
    ring = np.vstack([verts, verts[:1]])
    center = (float(verts[:, 0].mean()), float(verts[:, 1].mean()))
    return finish(_densify(ring), v, center, None)


def _near(p: Point, spacing: float, tolerance: float) -> Point:
    q = snap_to_grid(p, spacing)
    return q if math.dist(p, q) <= tolerance else p


def _densify(path: F64, spacing: float = 4.0) -> F64:
    out = [path[:1]]
    for a, b in itertools.pairwise(path):
        n = max(1, math.ceil(float(np.hypot(*(b - a))) / spacing))
        out.append(a + (b - a) * np.linspace(0, 1, n + 1)[1:, None])
    return np.vstack(out)
