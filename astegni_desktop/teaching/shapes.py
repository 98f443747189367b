"""Hold-still shape recognition: a freehand stroke → a clean line, circle, ellipse, rectangle, square,
triangle or arrow, or None. Pure numpy, about 0.3 ms a stroke (bench/recognition.py).

API
---
``recognize(points, options=Options()) -> Shape | None``
    `points`: the stroke's rows (x, y[, pressure[, t]]) in page units, as `ink.Stroke.points`.
    Returns None whenever the stroke is not clearly one of the shapes (handwriting, scribbles, open curves,
    tiny marks): the caller then keeps the stroke as drawn. Never raises on odd input (NaN, one point, ...).

``Shape`` (frozen):
    kind      `ShapeKind`: line, circle, ellipse, rectangle, square, triangle, arrow
    vertices  corners in drawing order: line (start, end); arrow (tail, tip, barb, barb);
              rectangle/square 4 corners; triangle 3 corners; circle/ellipse ()
    center    circle/ellipse centre (also the centroid of polygons), else None
    radii     (rx, ry) of circle/ellipse (equal for a circle), else None
    angle     orientation in radians: of the line, the first side, or the ellipse's rx axis
    points    (n, 4) float32 (x, y, pressure, t): the clean pen polyline that replaces the stroke
              (the web draws pen polylines, CONTRACT.md §13), pressure = the stroke's median pressure,
              t spread over the stroke's duration. Closed shapes end where they start.

How: the stroke is resampled by arc length; an open stroke may be a line (straight, no back-tracking) or an
arrow (a straight shaft to the farthest point, then a head behind the tip on both sides of the shaft);
a stroke that comes back near its start (gaps and overshoots trimmed) and turns once around is fitted both
as a conic (least squares) and as a polygon (Douglas-Peucker from the two farthest points, sides refitted);
the better fit wins if it is good enough. Near-axis lines, rectangles and ellipses snap to the axes
(`Options.snap_degrees`).
"""

from __future__ import annotations

import enum
import itertools
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

F64 = npt.NDArray[np.float64]
Points = npt.NDArray[np.float32]

_N = 96  # resampled points of a stroke
_LOOP_N = 72  # resampled points of a closed loop


class ShapeKind(enum.StrEnum):
    LINE = "line"
    CIRCLE = "circle"
    ELLIPSE = "ellipse"
    RECTANGLE = "rectangle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    ARROW = "arrow"


@dataclass(frozen=True, slots=True)
class Options:
    snap_degrees: float = 5.0  # lines, rectangles and ellipses this close to the axes become axis-aligned
    min_size: float = 14.0  # page units: smaller marks (dots, accents) are never shapes
    min_closed: float = 32.0  # closed shapes span at least this diagonal (smaller loops are letters)
    spacing: float = 4.0  # page units between points of the clean polyline's straight sides
    max_points: int = 20_000  # longer strokes are not shapes (and would cost too much)


@dataclass(frozen=True, slots=True, eq=False)
class Shape:
    kind: ShapeKind
    vertices: tuple[tuple[float, float], ...]
    center: tuple[float, float] | None
    radii: tuple[float, float] | None
    angle: float
    points: Points


def recognize(points: npt.ArrayLike, options: Options | None = None) -> Shape | None:
    """The clean shape a stroke was meant to be, or None when it is not clearly one."""
    opts = options or Options()
    try:
        arr = np.asarray(points, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if arr.ndim != 2 or arr.shape[1] < 2 or not 5 <= arr.shape[0] <= opts.max_points:
        return None
    if not np.isfinite(arr).all():
        return None
    xy = arr[:, :2]
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    if float(np.hypot(*(hi - lo))) < opts.min_size:
        return None
    diag = float(np.hypot(*(hi - lo)))
    thinned = _thin(xy, max(1.5, 0.012 * diag))
    sampled, length = _resample(thinned, _N)
    if sampled is None or length < opts.min_size:
        return None
    sampled, length = _resample(_smooth(sampled), _N)
    if sampled is None:
        return None
    found = _open_shape(sampled, length, opts, xy) or _closed_shape(sampled, length, opts)
    if found is None:
        return None
    kind, vertices, center, radii, angle, path = found
    # the smoothed stroke fitted; the drawn one must follow the clean shape too (a zigzag is no line)
    coarse = path[::2] if len(path) > 40 else path  # 36 chords of a circle stray 0.4 % of its radius
    if len(coarse) > 1 and not np.array_equal(coarse[-1], path[-1]):
        coarse = np.vstack([coarse, path[-1:]])
    if _polyline_distance(thinned[:: max(1, len(thinned) // 96)], coarse) > 0.03 * diag + 0.5:
        return None
    pressure = float(np.median(arr[:, 2])) if arr.shape[1] > 2 else 1.0
    pressure = min(1.0, max(0.15, pressure)) if pressure > 0 else 1.0
    duration = float(arr[-1, 3] - arr[0, 3]) if arr.shape[1] > 3 else 0.0
    path = _densify(path, opts.spacing)
    n = len(path)
    out = np.empty((n, 4), dtype=np.float32)
    out[:, :2] = path
    out[:, 2] = pressure
    out[:, 3] = np.linspace(0.0, max(0.0, duration), n)
    out.setflags(write=False)
    return Shape(kind, vertices, center, radii, angle, out)


_Found = tuple[
    ShapeKind,
    tuple[tuple[float, float], ...],
    tuple[float, float] | None,
    tuple[float, float] | None,
    float,
    F64,
]


def _resample(xy: F64, n: int) -> tuple[F64 | None, float]:
    seg = np.hypot(np.diff(xy[:, 0]), np.diff(xy[:, 1]))
    s = np.concatenate([[0.0], np.cumsum(seg)])
    length = float(s[-1])
    if length <= 0:
        return None, 0.0
    keep = np.concatenate([[True], seg > 1e-9])
    s, pts = s[keep], xy[keep]
    u = np.linspace(0.0, length, n)
    return np.column_stack([np.interp(u, s, pts[:, 0]), np.interp(u, s, pts[:, 1])]), length


def _thin(xy: F64, spacing: float) -> F64:
    """Drop points closer than `spacing` to the last kept one (digitiser jitter would lengthen the path)."""
    d = np.hypot(np.diff(xy[:, 0]), np.diff(xy[:, 1]))
    bucket = np.floor(np.cumsum(d) / spacing)
    keep = np.concatenate([[True], np.diff(np.concatenate([[0.0], bucket])) > 0])
    keep[-1] = True
    out: F64 = xy[keep]
    return out


def _axis(d: F64) -> F64:
    """The unit direction of most spread of centred points (the 2×2 principal axis, closed form)."""
    sxx = float(np.dot(d[:, 0], d[:, 0]))
    syy = float(np.dot(d[:, 1], d[:, 1]))
    sxy = float(np.dot(d[:, 0], d[:, 1]))
    theta = 0.5 * math.atan2(2 * sxy, sxx - syy)
    return np.array([math.cos(theta), math.sin(theta)])


def _smooth(r: F64) -> F64:
    """A 5-point moving average (the ends stay): evens out jitter before lengths and turns are measured."""
    pad = np.concatenate([r[:1], r[:1], r, r[-1:], r[-1:]])
    out: F64 = (pad[:-4] + pad[1:-3] + pad[2:-2] + pad[3:-1] + pad[4:]) / 5
    out[0], out[-1] = r[0], r[-1]
    return out


def _pt(p: F64) -> tuple[float, float]:
    return (float(p[0]), float(p[1]))


def _snap_angle(angle: float, degrees: float, period: float) -> float:
    """`angle` moved onto the nearest multiple of `period` when within `degrees` of it."""
    nearest = round(angle / period) * period
    return nearest if abs(angle - nearest) <= math.radians(degrees) else angle


# ----------------------------------------------------------------------------------------------- open


def _straight(r: F64) -> tuple[F64, F64, float, float] | None:
    """(unit direction, centroid, extent, worst offset / extent) of a nearly straight run, else None."""
    c = r.mean(axis=0)
    d = r - c
    direction = _axis(d)
    normal = np.array([-direction[1], direction[0]])
    t = d @ direction
    off = d @ normal
    extent = float(t.max() - t.min())
    if extent <= 0:
        return None
    if t[-1] < t[0]:
        direction = -direction
    return direction, c, extent, float(np.abs(off).max()) / extent


def _open_shape(r: F64, length: float, opts: Options, raw: F64) -> _Found | None:
    chord = float(np.hypot(*(r[-1] - r[0])))
    if chord < 0.5 * length:  # comes back: a closed shape, an arrow head or neither
        return _arrow(r, opts, raw) or _arrow(r[::-1], opts, raw)
    inner = r[3:-3]  # a pen lifted with a small hook is still a line
    fit = _straight(inner)
    if fit is None:
        return None
    direction, c, extent, worst = fit
    inner_len = float(np.hypot(*np.diff(inner, axis=0).T).sum())
    if worst > 0.045 or inner_len > extent * 1.05 or extent < opts.min_size:
        return _arrow(r, opts, raw) or _arrow(r[::-1], opts, raw)
    t = (r - c) @ direction
    a, b = c + direction * t.min(), c + direction * t.max()
    return _line(a, b, opts)


def _line(a: F64, b: F64, opts: Options) -> _Found:
    mid = (a + b) / 2
    half = float(np.hypot(*(b - a))) / 2
    angle = _snap_angle(math.atan2(b[1] - a[1], b[0] - a[0]), opts.snap_degrees, math.pi / 2)
    u = np.array([math.cos(angle), math.sin(angle)])
    a, b = mid - u * half, mid + u * half
    return (ShapeKind.LINE, (_pt(a), _pt(b)), None, None, angle, np.array([a, b]))


def _arrow(r: F64, opts: Options, raw: F64) -> _Found | None:
    """A straight shaft from the start to the farthest point (the tip), then a head: every later point
    near the tip, behind it, with barbs on both sides of the shaft."""
    start = r[0]
    dist = np.hypot(r[:, 0] - start[0], r[:, 1] - start[1])
    # the tip is where the shaft first gets farthest (a head drawn tip-barb-tip-barb visits it twice)
    near = dist >= 0.95 * float(dist.max())
    first = int(np.argmax(near))
    run_end = first + int(np.argmin(near[first:])) if not near[first:].all() else len(r)
    tip_i = first + int(np.argmax(dist[first:run_end]))
    if tip_i < len(r) * 0.4 or tip_i > len(r) - 6:
        return None
    shaft_len = float(dist[tip_i])
    if shaft_len < 3 * opts.min_size:
        return None
    shaft = r[: tip_i + 1]
    fit = _straight(shaft[1:-2] if len(shaft) > 8 else shaft)
    if fit is None or fit[3] > 0.05:
        return None
    seg = np.hypot(*np.diff(shaft, axis=0).T).sum()
    if seg > shaft_len * 1.06:
        return None
    tip = r[tip_i]
    u = (tip - start) / shaft_len
    nrm = np.array([-u[1], u[0]])
    head = r[tip_i:] - tip
    along = head @ u
    side = head @ nrm
    reach = np.hypot(head[:, 0], head[:, 1])
    if reach.max() > 0.6 * shaft_len or reach.max() < 0.07 * shaft_len:
        return None
    if along.max() > 0.06 * shaft_len:  # the head must lie behind the tip
        return None
    pos, neg = side > 0, side < 0
    if not pos.any() or not neg.any():
        return None
    i1 = int(np.argmax(np.where(pos, reach, -1.0)))
    i2 = int(np.argmax(np.where(neg, reach, -1.0)))
    barbs = []
    for i in (i1, i2):
        length = float(reach[i])
        if length < 0.05 * shaft_len:
            return None
        angle = math.atan2(abs(float(side[i])), -float(along[i]))
        if not math.radians(8) <= angle <= math.radians(80):
            return None
        barbs.append((length, angle))
    (l1, a1), (l2, a2) = barbs
    if max(l1, l2) > 2.5 * min(l1, l2):
        return None
    # the head is only barbs (open head) or a triangle (closed head): no point wanders far from them
    size, spread = (l1 + l2) / 2, (a1 + a2) / 2
    if _polyline_distance(head, np.array([head[i1], np.zeros(2), head[i2], head[i1]])) > 0.14 * size:
        return None
    closed_head = float(reach[-1]) < 0.3 * size
    # the tip as drawn (smoothing rounds it off): the farthest raw point along the shaft
    tip = raw[int(np.argmax((raw - start) @ u))]
    # a clean shaft along the fitted direction, snapped like a line
    _kind, (a_pt, b_pt), _c, _r, angle, _p = _line(start, tip, opts)
    a, b = np.array(a_pt), np.array(b_pt)
    u = (b - a) / max(1e-9, float(np.hypot(*(b - a))))
    nrm = np.array([-u[1], u[0]])
    c1 = b + size * (-u * math.cos(spread) + nrm * math.sin(spread))
    c2 = b + size * (-u * math.cos(spread) - nrm * math.sin(spread))
    path = np.array([a, b, c1, c2, b] if closed_head else [a, b, c1, b, c2])
    verts = (_pt(a), _pt(b), _pt(c1), _pt(c2))
    return (ShapeKind.ARROW, verts, None, None, angle, path)


# --------------------------------------------------------------------------------------------- closed


def _close(r: F64, length: float) -> F64 | None:
    """The loop of a stroke that returns near its start, without the overshoot; None if it does not."""
    n = len(r)
    k0 = int(n * 0.55)
    d = np.hypot(r[k0:, 0] - r[0, 0], r[k0:, 1] - r[0, 1])
    j = int(np.argmin(d)) + k0
    loop_len = length * j / (n - 1)
    if float(d[j - k0]) > 0.17 * loop_len or (n - 1 - j) > 0.15 * (n - 1):
        return None
    r = r[: j + 1]
    loop, _ = _resample(r, _LOOP_N + 1)
    return None if loop is None else loop[:-1]


def _turning(loop: F64) -> tuple[float, float]:
    """(net, absolute) turning of the closed loop, lightly smoothed, in radians."""
    sm = (np.roll(loop, 1, axis=0) + 2 * loop + np.roll(loop, -1, axis=0)) / 4
    seg = np.roll(sm, -1, axis=0) - sm
    heading = np.arctan2(seg[:, 1], seg[:, 0])
    turn = np.roll(heading, -1) - heading
    turn = (turn + np.pi) % (2 * np.pi) - np.pi
    return float(turn.sum()), float(np.abs(turn).sum())


def _area(poly: F64) -> float:
    x, y = poly[:, 0], poly[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def _closed_shape(r: F64, length: float, opts: Options) -> _Found | None:
    loop = _close(r, length)
    if loop is None:
        return None
    lo, hi = loop.min(axis=0), loop.max(axis=0)
    if float(np.hypot(*(hi - lo))) < opts.min_closed:
        return None
    seg = np.hypot(*np.diff(np.vstack([loop, loop[:1]]), axis=0).T)
    perim = float(seg.sum())
    if perim < 3 * opts.min_size:
        return None
    net, absolute = _turning(loop)
    if abs(abs(net) - 2 * math.pi) > 1.0 or absolute > 2 * math.pi * 1.9:
        return None  # not one turn around (loops, figure eights, scribbles)
    area = abs(_area(loop))
    if area / (perim * perim) < 0.02:
        return None  # too thin to be a closed shape drawn on purpose
    ell = _ellipse(loop, perim)
    poly = _polygon(loop, perim, opts)
    best: _Found | None = None
    best_err = 1e9
    if ell is not None and ell[1] < 0.011:
        best, best_err = ell[0], ell[1]
    if poly is not None and poly[1] < 0.009 and poly[1] < best_err:
        best = poly[0]
    return best


def _ellipse(loop: F64, perim: float) -> tuple[_Found, float] | None:
    m = loop.mean(axis=0)
    scale = float(np.sqrt(((loop - m) ** 2).sum(axis=1).mean()))
    if scale <= 0:
        return None
    p = (loop - m) / scale
    x, y = p[:, 0], p[:, 1]
    design = np.column_stack([x * x, x * y, y * y, x, y])
    try:
        sol = np.linalg.lstsq(design, np.ones(len(p)), rcond=None)[0]
    except np.linalg.LinAlgError:
        return None
    a_, b_, c_, d_, e_ = (float(v) for v in sol)
    if b_ * b_ - 4 * a_ * c_ >= 0:
        return None  # not an ellipse
    det = 4 * a_ * c_ - b_ * b_
    x0 = (b_ * e_ - 2 * c_ * d_) / det
    y0 = (b_ * d_ - 2 * a_ * e_) / det
    f0 = a_ * x0 * x0 + b_ * x0 * y0 + c_ * y0 * y0 + d_ * x0 + e_ * y0 - 1
    lam, vec = np.linalg.eigh(np.array([[a_, b_ / 2], [b_ / 2, c_]]))
    if f0 >= 0 or (lam <= 0).any():
        return None
    ax = np.sqrt(-f0 / lam)  # semi-axes along the eigenvectors
    q = p - np.array([x0, y0])
    u = q @ vec[:, 0]
    v = q @ vec[:, 1]
    rr = np.hypot(u / ax[0], v / ax[1])
    ray = np.hypot(u, v) / np.maximum(rr, 1e-9)
    err = float((np.abs(rr - 1) * ray).mean()) * scale / perim
    center = m + scale * np.array([x0, y0])
    rx, ry = float(ax[0]) * scale, float(ax[1]) * scale
    angle = math.atan2(float(vec[1, 0]), float(vec[0, 0]))
    if rx < ry:
        rx, ry = ry, rx
        angle += math.pi / 2
    angle = (angle + math.pi / 2) % math.pi - math.pi / 2
    if rx > 4 * ry:
        return None
    if rx < 1.2 * ry:
        rad = (rx + ry) / 2
        cx, cy = float(center[0]), float(center[1])
        a = np.linspace(0, 2 * np.pi, 73)
        path = np.column_stack([cx + rad * np.cos(a), cy + rad * np.sin(a)])
        return (ShapeKind.CIRCLE, (), (cx, cy), (rad, rad), 0.0, path), err
    angle = _snap_angle(angle, 8.0, math.pi / 2)
    a = np.linspace(0, 2 * np.pi, 73)
    ca, sa = math.cos(angle), math.sin(angle)
    ex, ey = rx * np.cos(a), ry * np.sin(a)
    path = np.column_stack([center[0] + ex * ca - ey * sa, center[1] + ex * sa + ey * ca])
    return (ShapeKind.ELLIPSE, (), _pt(center), (rx, ry), angle, path), err


def _rdp(chain: F64, eps: float) -> list[int]:
    """Indices kept by Douglas-Peucker (iterative), ends included."""
    keep = [0, len(chain) - 1]
    stack = [(0, len(chain) - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        a, b = chain[i], chain[j]
        ab = b - a
        norm = float(np.hypot(*ab))
        seg = chain[i + 1 : j] - a
        if norm < 1e-9:
            d = np.hypot(seg[:, 0], seg[:, 1])
        else:
            d = np.abs(seg[:, 0] * ab[1] - seg[:, 1] * ab[0]) / norm
        k = int(np.argmax(d))
        if d[k] > eps:
            mid = i + 1 + k
            keep.append(mid)
            stack.extend([(i, mid), (mid, j)])
    return sorted(set(keep))


def _intersect(p1: F64, d1: F64, p2: F64, d2: F64) -> F64 | None:
    den = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(den) < 1e-6:
        return None
    t = ((p2[0] - p1[0]) * d2[1] - (p2[1] - p1[1]) * d2[0]) / den
    return np.asarray(p1 + t * d1, dtype=np.float64)


def _polygon(loop: F64, perim: float, opts: Options) -> tuple[_Found, float] | None:
    c = loop.mean(axis=0)
    p_i = int(np.argmax(np.hypot(loop[:, 0] - c[0], loop[:, 1] - c[1])))
    ring = np.roll(loop, -p_i, axis=0)
    q_i = int(np.argmax(np.hypot(ring[:, 0] - ring[0, 0], ring[:, 1] - ring[0, 1])))
    if q_i in (0, len(ring) - 1):
        return None
    eps = 0.035 * perim
    first = _rdp(ring[: q_i + 1], eps)
    second = [q_i + k for k in _rdp(np.vstack([ring[q_i:], ring[:1]]), eps)]
    idx = [i for i in first + second[1:-1]]
    # merge corners that barely turn, or sit close together (a corner drawn with a little loop)
    changed = True
    while changed and len(idx) > 3:
        changed = False
        m = len(idx)
        for k in range(m):
            a, b, cc = ring[idx[k - 1]], ring[idx[k]], ring[idx[(k + 1) % m]]
            v1, v2 = b - a, cc - b
            n1, n2 = float(np.hypot(*v1)), float(np.hypot(*v2))
            cos = float(v1 @ v2) / max(n1 * n2, 1e-9)
            if cos > math.cos(math.radians(28)) or min(n1, n2) < 0.06 * perim:
                del idx[k]
                changed = True
                break
    if len(idx) not in (3, 4, 5):
        return None
    m = len(idx)
    # refit each side to its points (away from the corners), corners where sides meet
    sides: list[tuple[F64, F64]] = []
    n = len(ring)
    gap_at = (n - 1 - p_i) % n  # the ring index where the stroke ended (the gap follows it)
    gap_side = -1
    for k in range(m):
        i, j = idx[k], idx[(k + 1) % m]
        pts = ring[i : j + 1] if j > i else np.vstack([ring[i:], ring[: j + 1]])
        if (gap_at - i) % n < (j - i) % n:
            gap_side = k
        trim = max(1, len(pts) // 6)
        core = pts[trim:-trim] if len(pts) > 2 * trim + 2 else pts
        cc = core.mean(axis=0)
        sides.append((cc, _axis(core - cc)))
    # a gap before the start that cuts a corner off: the closing chord is no side, its neighbours meet
    gap = float(np.hypot(*(loop[-1] - loop[0])))
    if gap > 0.03 * perim and gap_side >= 0 and m >= 4:
        a_, b_ = ring[idx[gap_side]], ring[idx[(gap_side + 1) % m]]
        before, after = sides[gap_side - 1], sides[(gap_side + 1) % m]
        corner = _intersect(before[0], before[1], after[0], after[1])
        mostly_chord = gap > 0.6 * float(np.hypot(*(b_ - a_)))
        if mostly_chord and corner is not None and float(np.hypot(*(corner - (a_ + b_) / 2))) < gap:
            del sides[gap_side]
            m -= 1
    if m not in (3, 4):
        return None
    corners = []
    for k in range(m):
        pt = _intersect(sides[k - 1][0], sides[k - 1][1], sides[k][0], sides[k][1])
        if pt is None:
            return None
        corners.append(pt)
    poly = np.array(corners)
    # how far the drawn loop strays from the polygon
    err = _polyline_distance(loop, np.vstack([poly, poly[:1]])) / perim
    if (np.abs(poly - c) > 2 * perim).any():
        return None
    angles = []
    for k in range(m):
        v1, v2 = poly[k - 1] - poly[k], poly[(k + 1) % m] - poly[k]
        cos = float(v1 @ v2) / max(float(np.hypot(*v1) * np.hypot(*v2)), 1e-9)
        angles.append(math.degrees(math.acos(max(-1.0, min(1.0, cos)))))
    if m == 3:
        if min(angles) < 12:
            return None
        center = poly.mean(axis=0)
        path = np.vstack([poly, poly[:1]])
        return (
            ShapeKind.TRIANGLE,
            tuple(_pt(p) for p in poly),
            _pt(center),
            None,
            _edge_angle(poly),
            path,
        ), err
    if max(abs(a - 90) for a in angles) > 22:
        return None
    return _rectangle(poly, opts), err


def _edge_angle(poly: F64) -> float:
    d = poly[1] - poly[0]
    return math.atan2(float(d[1]), float(d[0]))


def _rectangle(poly: F64, opts: Options) -> _Found:
    edges = np.roll(poly, -1, axis=0) - poly
    lengths = np.hypot(edges[:, 0], edges[:, 1])
    phi = np.arctan2(edges[:, 1], edges[:, 0])
    z = (lengths * np.exp(4j * phi)).sum()
    theta = float(np.angle(z)) / 4  # the sides' direction, modulo 90°
    theta = _snap_angle(theta, opts.snap_degrees, math.pi / 2)
    ca, sa = math.cos(theta), math.sin(theta)
    rot = np.array([[ca, sa], [-sa, ca]])
    local = poly @ rot.T
    xs, ys = np.sort(local[:, 0]), np.sort(local[:, 1])
    x0, x1 = (xs[0] + xs[1]) / 2, (xs[2] + xs[3]) / 2
    y0, y1 = (ys[0] + ys[1]) / 2, (ys[2] + ys[3]) / 2
    w, h = x1 - x0, y1 - y0
    kind = ShapeKind.RECTANGLE
    if max(w, h) < 1.12 * min(w, h):
        kind = ShapeKind.SQUARE
        side = (w + h) / 2
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        x0, x1, y0, y1 = cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2
    box = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
    # start at the corner nearest the first drawn corner, in the drawn direction
    world = box @ rot
    start = int(np.argmin(np.hypot(world[:, 0] - poly[0, 0], world[:, 1] - poly[0, 1])))
    world = np.roll(world, -start, axis=0)
    if _area(world) * _area(poly) < 0:
        world = np.vstack([world[:1], world[1:][::-1]])
    center = world.mean(axis=0)
    return (kind, tuple(_pt(p) for p in world), _pt(center), None, theta, np.vstack([world, world[:1]]))


def _polyline_distance(pts: F64, line: F64) -> float:
    """Mean distance from points to a polyline (all segments at once)."""
    a = line[:-1]
    ab = line[1:] - a
    denom = (ab * ab).sum(axis=1)
    denom[denom == 0] = 1e-12
    ap = pts[:, None, :] - a[None, :, :]
    t = np.clip((ap * ab[None]).sum(axis=2) / denom[None], 0.0, 1.0)
    closest = a[None] + ab[None] * t[:, :, None]
    d = np.hypot(pts[:, None, 0] - closest[:, :, 0], pts[:, None, 1] - closest[:, :, 1])
    return float(d.min(axis=1).mean())


def _densify(path: F64, spacing: float) -> F64:
    """Points about `spacing` apart along each straight piece (the renderer's outline needs neighbours near
    corners to keep them sharp)."""
    if len(path) > 40:
        return path
    out = [path[:1]]
    for a, b in itertools.pairwise(path):
        n = max(1, math.ceil(float(np.hypot(*(b - a))) / spacing))
        t = np.linspace(0, 1, n + 1)[1:, None]
        out.append(a + (b - a) * t)
    return np.vstack(out)
