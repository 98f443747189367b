"""Labelled strokes for shape recognition, reproducible from a seed (tests/teaching and bench/recognition.py).

* `synthetic_shapes(n, seed)`: hand-drawn-like lines, circles, ellipses, rectangles, squares, triangles and
  arrows: random size (30–420 px), rotation, direction and start point, irregular point density, Gaussian
  jitter, slow hand wobble, rounded corners, overshoot past the start or a gap before it, hooks at the ends.
* `glyph_handwriting(n, seed)`: strokes that are not shapes: letters, digits and Ethiopic syllables from
  DejaVu Sans/Serif/Mono and the bundled Noto Sans Ethiopic. Each glyph's outline (QPainterPath.addText,
  flattened) becomes one pen path that runs through all its contours without lifting, at 16–120 px, slightly
  rotated and slanted, jittered and resampled like the shapes. Needs a QGuiApplication (made if absent).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np

KINDS = ("line", "circle", "ellipse", "rectangle", "square", "triangle", "arrow")


def _pressure_time(n: int, rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    u = np.linspace(0, 1, n)
    base = rng.uniform(0.35, 0.85)
    p = np.clip(base + 0.15 * np.sin(u * rng.uniform(2, 9) + rng.uniform(0, 6)), 0.05, 1.0)
    t = np.cumsum(np.full(n, rng.uniform(4, 12)))
    return p, t - t[0]


def _sample(path: np.ndarray, rng: random.Random, size: float, closed_noise: bool = True) -> np.ndarray:
    """A clean polyline → a drawn stroke: irregular spacing, wobble, jitter, pressure and time."""
    seg = np.hypot(*np.diff(path, axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    length = float(s[-1])
    spacing = rng.uniform(1.2, 9.0)
    n = max(8, int(length / spacing))
    steps = np.array([rng.uniform(0.3, 1.7) for _ in range(n)])
    u = np.concatenate([[0.0], np.cumsum(steps)])
    u = u / u[-1] * length
    xy = np.column_stack([np.interp(u, s, path[:, 0]), np.interp(u, s, path[:, 1])])
    m = len(xy)
    # slow wobble across the path, and jitter
    d = np.gradient(xy, axis=0)
    norm = np.hypot(d[:, 0], d[:, 1])
    norm[norm == 0] = 1
    nx, ny = -d[:, 1] / norm, d[:, 0] / norm
    amp = size * rng.uniform(0.0, 0.022)
    freq = rng.uniform(0.5, 3.0)
    phase = rng.uniform(0, 2 * math.pi)
    w = amp * np.sin(2 * math.pi * freq * u / length + phase)
    xy = xy + np.column_stack([nx * w, ny * w])
    sigma = min(size * rng.uniform(0.0, 0.008), 1.2)
    xy = xy + np.array([[rng.gauss(0, sigma), rng.gauss(0, sigma)] for _ in range(m)])
    p, t = _pressure_time(m, rng)
    return np.column_stack([xy, p, t])


def _rot(points: np.ndarray, angle: float, center: tuple[float, float]) -> np.ndarray:
    c, s = math.cos(angle), math.sin(angle)
    rel = points - np.array(center)
    return np.column_stack([rel[:, 0] * c - rel[:, 1] * s, rel[:, 0] * s + rel[:, 1] * c]) + np.array(center)


def _closed_path(poly: np.ndarray, rng: random.Random, round_frac: float) -> np.ndarray:
    """A closed polygon with slightly rounded corners, started at a vertex (mostly) or mid-side, traced past
    its start (overshoot) or stopped short (gap)."""
    m = len(poly)
    pts = []
    for k in range(m):
        a, b, c = poly[k - 1], poly[k], poly[(k + 1) % m]
        r = round_frac * min(np.hypot(*(b - a)), np.hypot(*(c - b)))
        p1 = b + (a - b) / np.hypot(*(a - b)) * r
        p2 = b + (c - b) / np.hypot(*(c - b)) * r
        for t in np.linspace(0, 1, 5):
            pts.append((1 - t) ** 2 * p1 + 2 * (1 - t) * t * b + t * t * p2)
    ring = np.array(pts)
    if rng.random() < 0.3:
        ring = np.roll(ring, -rng.randrange(len(ring)), axis=0)
    return _extend_loop(np.vstack([ring, ring[:1]]), rng)


def _extend_loop(loop: np.ndarray, rng: random.Random) -> np.ndarray:
    seg = np.hypot(*np.diff(loop, axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    perim = float(s[-1])
    change = rng.uniform(-0.12, 0.12) * perim
    end = perim + change
    u = np.linspace(0, end, max(60, int(end / 2)))
    uu = np.mod(u, perim)
    return np.column_stack([np.interp(uu, s, loop[:, 0]), np.interp(uu, s, loop[:, 1])])


def synthetic_shapes(n: int = 560, seed: int = 17) -> list[tuple[str, np.ndarray]]:
    rng = random.Random(seed)
    out: list[tuple[str, np.ndarray]] = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        size = rng.uniform(30, 420)
        cx, cy = rng.uniform(100, 1100), rng.uniform(100, 700)
        angle = rng.uniform(-math.pi, math.pi) if rng.random() < 0.5 else rng.uniform(-0.05, 0.05)
        flip = rng.random() < 0.5
        if kind == "line":
            h = size / 2
            path = np.array([[cx - h, cy], [cx + h, cy]])
            path = _rot(path, angle, (cx, cy))
            path = np.column_stack(
                [np.linspace(path[0, 0], path[1, 0], 50), np.linspace(path[0, 1], path[1, 1], 50)]
            )
            if rng.random() < 0.3:  # a small hook as the pen lifts
                hook = path[-1] + _rot(np.array([[size * 0.02, size * 0.02]]), angle, (0, 0))[0]
                path = np.vstack([path, hook])
        elif kind in ("circle", "ellipse"):
            rx = size / 2
            ry = rx if kind == "circle" else rx / rng.uniform(1.4, 3.0)
            if kind == "circle":
                ry = rx * rng.uniform(0.95, 1.05)
            a0 = rng.uniform(0, 2 * math.pi)
            a = np.linspace(a0, a0 + 2 * math.pi, 120)
            loop = np.column_stack([cx + rx * np.cos(a), cy + ry * np.sin(a)])
            path = _extend_loop(_rot(loop, angle, (cx, cy)), rng)
        elif kind in ("rectangle", "square"):
            w = size
            h = w / rng.uniform(1.35, 3.5) if kind == "rectangle" else w * rng.uniform(0.97, 1.03)
            poly = np.array(
                [
                    [cx - w / 2, cy - h / 2],
                    [cx + w / 2, cy - h / 2],
                    [cx + w / 2, cy + h / 2],
                    [cx - w / 2, cy + h / 2],
                ]
            )
            path = _closed_path(_rot(poly, angle, (cx, cy)), rng, rng.uniform(0, 0.08))
        elif kind == "triangle":
            while True:
                pts = np.array([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(3)])
                ang = []
                for k in range(3):
                    v1, v2 = pts[k - 1] - pts[k], pts[(k + 1) % 3] - pts[k]
                    ang.append(
                        math.degrees(math.acos(np.clip(v1 @ v2 / np.hypot(*v1) / np.hypot(*v2), -1, 1)))
                    )
                if min(ang) > 25 and np.ptp(pts[:, 0]) > 0.8:
                    break
            poly = pts * size / 2 + np.array([cx, cy])
            path = _closed_path(poly, rng, rng.uniform(0, 0.06))
        else:  # arrow
            length = size
            tail = np.array([cx - length / 2, cy])
            tip = np.array([cx + length / 2, cy])
            barb = length * rng.uniform(0.12, 0.3)
            spread = math.radians(rng.uniform(20, 45))
            c1 = tip + barb * np.array([-math.cos(spread), math.sin(spread)])
            c2 = tip + barb * np.array([-math.cos(spread), -math.sin(spread)])
            corners = [tail, tip, c1, tip, c2] if rng.random() < 0.6 else [tail, tip, c1, c2, tip]
            path = _rot(np.array(corners), angle, (cx, cy))
            if rng.random() < 0.2:
                path = path[::-1]
        if flip:
            path = path[::-1]
        out.append((kind, _sample(np.asarray(path, dtype=np.float64), rng, size)))
    return out


def _fonts() -> list[str]:
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    for name in ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf", "DejaVuSans-Bold.ttf"):
        path = dejavu / name
        if path.exists():
            fid = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(fid)[:1] if fid >= 0 else []
    root = Path(__file__).resolve().parent.parent
    fid = QFontDatabase.addApplicationFont(str(root / "resources" / "fonts" / "NotoSansEthiopic-Regular.ttf"))
    families += QFontDatabase.applicationFontFamilies(fid)[:1] if fid >= 0 else []
    return list(dict.fromkeys(families))


LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
ETHIOPIC = "".join(chr(c) for c in range(0x1200, 0x1358))


def glyph_handwriting(n: int = 560, seed: int = 29) -> list[tuple[str, np.ndarray]]:
    from PySide6.QtGui import QFont, QGuiApplication, QPainterPath

    if QGuiApplication.instance() is None:
        _keep.append(QGuiApplication([]))
    families = _fonts()
    latin = [f for f in families if "Ethiopic" not in f]
    ethiopic = [f for f in families if "Ethiopic" in f]
    rng = random.Random(seed)
    out: list[tuple[str, np.ndarray]] = []
    while len(out) < n:
        if ethiopic and rng.random() < 0.4:
            family, ch = rng.choice(ethiopic), rng.choice(ETHIOPIC)
        else:
            family, ch = rng.choice(latin), rng.choice(LATIN)
        font = QFont(family)
        font.setPixelSize(100)
        qp = QPainterPath()
        qp.addText(0, 0, font, ch)
        polys = [
            np.array([(poly.at(i).x(), poly.at(i).y()) for i in range(poly.size())])
            for poly in qp.toSubpathPolygons()
        ]
        polys = [p for p in polys if len(p) >= 2]
        if not polys:
            continue
        path = np.vstack(polys)
        size = rng.uniform(16, 120)
        lo, hi = path.min(axis=0), path.max(axis=0)
        scale = size / max(1e-6, float(hi[1] - lo[1]) or float(hi[0] - lo[0]))
        path = (path - lo) * scale
        slant = rng.uniform(-0.25, 0.25)
        path[:, 0] += slant * (path[:, 1].max() - path[:, 1])
        path = _rot(path, rng.uniform(-0.2, 0.2), (0, 0)) + np.array(
            [rng.uniform(50, 1100), rng.uniform(50, 700)]
        )
        out.append((f"{family}:{ch}", _sample(path, rng, size)))
    return out


_keep: list[object] = []
