"""Hold-still shape recognition: what a tutor sees when a freehand stroke snaps to a clean shape."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from astegni_desktop.ink import Stroke, Tool, new_id
from astegni_desktop.ink.codec import decode, encode
from astegni_desktop.teaching.shapes import ShapeKind, recognize
from bench._recognition_sets import glyph_handwriting, synthetic_shapes


def _drawn(xy: np.ndarray, pressure: float = 0.6) -> np.ndarray:
    n = len(xy)
    return np.column_stack([xy, np.full(n, pressure), np.arange(n) * 8.0])


def test_fixed_seed_shapes_are_recognised_at_least_95_percent() -> None:
    shapes = synthetic_shapes(560, seed=17)
    assert len(shapes) >= 500
    correct = sum((s := recognize(pts)) is not None and s.kind.value == label for label, pts in shapes)
    assert correct / len(shapes) >= 0.95


def test_glyph_handwriting_is_changed_at_most_2_percent(qapp: object) -> None:
    writing = glyph_handwriting(560, seed=29)
    assert len(writing) >= 500
    assert any("Ethiopic" in name for name, _ in writing)
    changed = [name for name, pts in writing if recognize(pts) is not None]
    assert len(changed) / len(writing) <= 0.02, changed


def test_a_wobbly_square_becomes_a_clean_axis_aligned_square_with_the_pens_pressure() -> None:
    rng = np.random.default_rng(3)
    corners = np.array([[100, 100], [300, 102], [298, 300], [101, 297], [100, 100]], dtype=float)
    xy = np.vstack([np.linspace(a, b, 30, endpoint=False) for a, b in itertools.pairwise(corners)])
    xy = xy + rng.normal(0, 1.0, xy.shape)
    shape = recognize(_drawn(xy, 0.42))
    assert shape is not None and shape.kind is ShapeKind.SQUARE
    v = np.array(shape.vertices)
    sides = np.hypot(*(np.roll(v, -1, axis=0) - v).T)
    assert np.allclose(sides, sides[0], rtol=1e-6) and 190 < sides[0] < 210
    assert set(np.round(v[:, 0], 3)) == {round(float(v[:, 0].min()), 3), round(float(v[:, 0].max()), 3)}
    pts = shape.points
    assert pts.dtype == np.float32 and pts.shape[1] == 4
    assert np.allclose(pts[0, :2], pts[-1, :2])  # closed
    assert np.allclose(pts[:, 2], 0.42)
    assert pts[-1, 3] == pytest.approx(float(len(xy) - 1) * 8.0)


def test_a_circle_with_a_gap_and_a_long_line_and_an_arrow() -> None:
    a = np.linspace(0.3, 0.3 + 2 * math.pi * 0.9, 80)
    circle = recognize(_drawn(np.column_stack([400 + 80 * np.cos(a), 300 + 80 * np.sin(a)])))
    assert circle is not None and circle.kind is ShapeKind.CIRCLE
    assert circle.radii is not None and circle.radii[0] == pytest.approx(80, rel=0.05)
    assert circle.center == pytest.approx((400, 300), abs=4)

    line = recognize(_drawn(np.column_stack([np.linspace(50, 450, 60), np.linspace(200, 212, 60)])))
    assert line is not None and line.kind is ShapeKind.LINE
    (x0, y0), (x1, y1) = line.vertices
    assert y0 == pytest.approx(y1)  # 1.7° off horizontal snaps to horizontal
    assert x0 < x1  # drawing direction kept

    arrow = np.array([[100, 400], [400, 400], [360, 380], [400, 400], [360, 420]], dtype=float)
    xy = np.vstack([np.linspace(p, q, 25, endpoint=False) for p, q in itertools.pairwise(arrow)])
    shape = recognize(_drawn(np.vstack([xy, arrow[-1:]])))
    assert shape is not None and shape.kind is ShapeKind.ARROW
    tail, tip, *_barbs = shape.vertices
    assert tail == pytest.approx((100, 400), abs=3) and tip == pytest.approx((400, 400), abs=3)


def test_scribbles_dots_and_bad_input_stay_as_drawn() -> None:
    t = np.linspace(0, 6 * math.pi, 200)
    spiral = np.column_stack([300 + t * 8 * np.cos(t), 300 + t * 8 * np.sin(t)])
    assert recognize(_drawn(spiral)) is None
    assert (
        recognize(_drawn(np.array([[10, 10], [11, 10], [12, 11], [11, 12], [10, 11]], dtype=float))) is None
    )
    assert recognize(np.array([[1.0, 2.0]])) is None
    assert recognize(np.full((10, 4), np.nan)) is None
    assert recognize([["a", "b"]]) is None
    zigzag = np.column_stack([np.linspace(0, 400, 41), np.tile([0.0, 40.0], 21)[:41]])
    assert recognize(_drawn(zigzag)) is None


def test_the_clean_shape_travels_as_a_pen_stroke_the_web_draws() -> None:
    rng = np.random.default_rng(5)
    tri = np.array([[200, 100], [320, 300], [80, 300], [200, 100]], dtype=float)
    xy = np.vstack([np.linspace(a, b, 40, endpoint=False) for a, b in itertools.pairwise(tri)])
    shape = recognize(_drawn(xy + rng.normal(0, 0.8, xy.shape)))
    assert shape is not None and shape.kind is ShapeKind.TRIANGLE
    stroke = Stroke(client_id=new_id(), tool=Tool.PEN, color="#000000", width=3.0, points=shape.points)
    kind, data = encode(stroke)
    assert kind == "pen" and len(data["points"]) == len(shape.points)
    back = decode(kind, data, fallback_id="x")
    assert np.allclose(back.points[:, :2], shape.points[:, :2], atol=0.06)
    for corner in shape.vertices:
        assert min(math.dist(corner, p) for p in tri[:3].tolist()) < 6
