"""Instruments: what the tutor reads off the ruler, set square and protractor, and what the compass draws."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from astegni_desktop.teaching.instruments import (
    CompassSweep,
    Protractor,
    Ruler,
    SetSquare,
    angle_between,
    arc,
    page_radians,
    ray_degrees,
    snap_points,
    snap_shape,
    snap_to_grid,
)
from astegni_desktop.teaching.shapes import ShapeKind, recognize


def test_angles_read_counter_clockwise_on_screen() -> None:
    assert ray_degrees((0, 0), (10, 0)) == pytest.approx(0)
    assert ray_degrees((0, 0), (0, -10)) == pytest.approx(90)  # up on the screen
    assert ray_degrees((0, 0), (-10, 0)) == pytest.approx(180)
    assert angle_between((0, 0), (10, 0), (10, -10)) == pytest.approx(45)
    assert angle_between((0, 0), (10, 0), (-10, 1)) == pytest.approx(180 - math.degrees(math.atan(0.1)))
    assert angle_between((0, 0), (0, 0), (1, 1)) == 0.0


def test_the_ruler_reads_its_angle_and_the_pen_snaps_along_its_edge() -> None:
    ruler = Ruler(origin=(100, 100), angle=page_radians(30), length=400)
    assert ruler.readout() == pytest.approx(30)
    assert Ruler((0, 0), angle=page_radians(-30)).readout() == pytest.approx(150)
    near = (100 + 200 * math.cos(math.radians(30)) + 5, 100 - 200 * math.sin(math.radians(30)) + 6)
    snapped = ruler.snap(near)
    assert snapped is not None
    assert ruler.project(snapped).offset == pytest.approx(0, abs=1e-9)
    assert ruler.snap((near[0] + 40, near[1] + 40)) is None  # too far from the edge
    stroke = np.array([[near[0], near[1], 0.5, 0], [near[0] + 80, near[1] - 30, 0.7, 40]])
    laid = ruler.snap_stroke(stroke)
    assert laid is not None and laid.dtype == np.float32
    for x, y in laid[:, :2]:
        assert abs(ruler.project((float(x), float(y))).offset) < 1e-3
    assert laid[:, 2].tolist() == pytest.approx([0.5, 0.7]) and laid[:, 3].tolist() == [0, 40]
    body = ruler.corners()
    assert ruler.contains(((body[0][0] + body[2][0]) / 2, (body[0][1] + body[2][1]) / 2))
    assert not ruler.contains((0, 0))
    turned = ruler.rotated(page_radians(15), about=ruler.origin).moved(10, 0)
    assert turned.readout() == pytest.approx(45) and turned.origin == (110.0, 100.0)
    assert sum(1 for _, level in ruler.ticks(10) if level == 2) == 5


def test_the_set_square_has_its_angles_and_snaps_to_the_nearest_edge() -> None:
    for kind, expected in (("45", [45, 45]), ("30", [30, 60])):
        square = SetSquare(origin=(200, 300), size=240, kind=kind)
        o, a, b = square.vertices()
        assert angle_between(o, a, b) == pytest.approx(90)
        assert [angle_between(a, o, b), angle_between(b, a, o)] == pytest.approx(expected)
    square = SetSquare(origin=(200, 300), size=240, kind="45")
    hit = square.snap((320, 308))
    assert hit is not None and hit[1] == 0 and hit[0] == pytest.approx((320, 300))
    hyp = square.snap((320 + 5, 180 + 5))  # near the hypotenuse, outside
    assert hyp is not None and hyp[1] == 1
    assert square.contains((230, 280)) and not square.contains((230, 320))
    assert sorted(square.edge_readouts()) == pytest.approx([0, 90, 135])


def test_the_protractor_measures_an_angle_between_two_rays() -> None:
    protractor = Protractor(center=(400, 400), radius=150)
    assert protractor.reading((500, 400)) == pytest.approx(0)
    assert protractor.reading((400 + 50, 400 - 50 * math.tan(math.radians(60)))) == pytest.approx(60)
    assert protractor.reading((300, 401)) == 180  # just below the baseline, left
    assert protractor.measure((500, 400), (400, 300)) == pytest.approx(90)
    tilted = Protractor(center=(0, 0), angle=page_radians(20))
    assert tilted.reading(
        (100 * math.cos(math.radians(50)), -100 * math.sin(math.radians(50)))
    ) == pytest.approx(30)
    assert protractor.contains((400, 350)) and not protractor.contains((400, 450))
    assert len(protractor.ticks()) == 181


def test_the_compass_draws_pressure_arcs_and_follows_the_pencil_across_180_degrees() -> None:
    pts = arc((100, 100), 50, 0.0, math.pi / 2)
    assert pts.dtype == np.float32 and pts.shape[1] == 4
    assert np.hypot(pts[:, 0] - 100, pts[:, 1] - 100) == pytest.approx(50, abs=1e-3)
    assert pts[0, :2] == pytest.approx([150, 100]) and pts[-1, :2] == pytest.approx([100, 150], abs=1e-3)
    assert pts[0, 2] < pts[len(pts) // 2, 2]  # the pencil eases in
    assert (np.diff(pts[:, 3]) > 0).all()
    sweep = CompassSweep((0, 0), 100, math.pi * 0.9)
    for deg in range(162, 300, 6):  # round past 180° (where atan2 jumps)
        sweep.update((100 * math.cos(math.radians(deg)), 100 * math.sin(math.radians(deg))))
    assert sweep.swept == pytest.approx(math.radians(294 - 162), abs=1e-6)
    for deg in range(300, 900, 6):
        sweep.update((100 * math.cos(math.radians(deg)), 100 * math.sin(math.radians(deg))))
    assert sweep.swept == pytest.approx(2 * math.pi)  # a full circle at most
    full = sweep.points()
    assert full[0, :2] == pytest.approx(full[-1, :2], abs=1e-3)


def test_grid_snapping_of_points_and_recognised_shapes() -> None:
    assert snap_to_grid((37, 52), 24) == (48, 48)
    assert snap_points([[37, 52], [30, 29]], 24, tolerance=8).tolist() == [[37, 52], [24, 24]]
    rng = np.random.default_rng(2)
    tri = np.array([[205, 98], [318, 290], [86, 300], [205, 98]], dtype=float)
    xy = np.vstack([np.linspace(a, b, 40, endpoint=False) for a, b in itertools.pairwise(tri)])
    xy = xy + rng.normal(0, 0.6, xy.shape)
    shape = recognize(np.column_stack([xy, np.full(len(xy), 0.5), np.arange(len(xy)) * 8.0]))
    assert shape is not None and shape.kind is ShapeKind.TRIANGLE
    snapped = snap_shape(shape, 24)
    assert all(x % 24 == 0 and y % 24 == 0 for x, y in snapped.vertices)
    assert snapped.points[0, :2] == pytest.approx(snapped.points[-1, :2])
    assert snapped.points[:, 2] == pytest.approx(0.5)
    line = recognize(np.column_stack([np.linspace(50, 410, 50), np.linspace(100, 170, 50)]))
    assert line is not None and line.kind is ShapeKind.LINE
    ends = snap_shape(line, 24).vertices
    assert ends == ((48.0, 96.0), (408.0, 168.0))
