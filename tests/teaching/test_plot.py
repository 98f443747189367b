"""Function plots: what a tutor types and the ink (axes, labels, curves) that the student's browser draws."""

from __future__ import annotations

import math

import numpy as np
import pytest

from astegni_desktop.ink import Tool
from astegni_desktop.ink.codec import decode, encode
from astegni_desktop.teaching.plot import PlotError, auto_range, parse, plot

RECT = (100.0, 80.0, 600.0, 400.0)


def _curves(result, color="#1565c0"):
    return [s for s in result.strokes if s.tool is Tool.PEN and s.color == color]


def _to_page(result, x, y):
    (xa, xb), (ya, yb), (rx, ry, rw, rh) = result.x_range, result.y_range, result.rect
    return rx + (x - xa) / (xb - xa) * rw, ry + rh - (y - ya) / (yb - ya) * rh


def test_the_quadratic_is_plotted_over_its_roots_with_axes_ticks_and_labels() -> None:
    result = plot("y = x² − 5x + 6", RECT)
    x0, x1 = result.x_range
    assert x0 < 0 and 3 < x1 <= 6  # both roots (2, 3), the vertex and the y-intercept in view
    y0, y1 = result.y_range
    assert y0 < -0.25 and y1 >= 6  # the vertex (2.5, -0.25) and the intercept (0, 6)
    curves = _curves(result)
    assert len(curves) == 1
    xy = curves[0].points[:, :2]
    for root in (2.0, 3.0):
        px, py = _to_page(result, root, 0.0)
        assert np.hypot(xy[:, 0] - px, xy[:, 1] - py).min() < 1.0
    rx, ry, rw, rh = RECT
    for s in result.strokes:
        if s.tool is Tool.PEN:
            assert (s.points[:, 0] >= rx - 0.01).all() and (s.points[:, 0] <= rx + rw + 0.01).all()
            assert (s.points[:, 1] >= ry - 0.01).all() and (s.points[:, 1] <= ry + rh + 0.01).all()
    labels = {s.text for s in result.strokes if s.tool is Tool.TEXT}
    assert {"1", "2", "3", "4", "5", "x", "y", "0"} <= labels
    # everything travels as the web's pen and text strokes, and back
    kinds = set()
    for s in result.strokes:
        kind, data = encode(s)
        kinds.add(kind)
        back = decode(kind, data, fallback_id="x")
        assert back.tool is s.tool and back.text == s.text
    assert kinds == {"pen", "text"}
    first, last = result.strokes[0].extra, result.strokes[-1].extra
    assert first is not None and last is not None and first == last
    assert first["plot"]["source"] == "y = x² − 5x + 6"


def test_one_over_x_is_cut_at_its_asymptote() -> None:
    result = plot("y = 1/x", RECT, x_range=(-5, 5))
    axis_x, _ = _to_page(result, 0.0, 0.0)
    curves = _curves(result)
    assert len(curves) == 2
    for s in curves:
        xs = s.points[:, 0]
        assert (xs < axis_x).all() or (xs > axis_x).all()  # no line joins -inf to +inf
    # curves leave through the top and bottom of the rectangle, clipped exactly on it
    ys = np.concatenate([s.points[:, 1] for s in curves])
    assert ys.min() == pytest.approx(RECT[1], abs=0.05) and ys.max() == pytest.approx(
        RECT[1] + RECT[3], abs=0.05
    )


def test_several_functions_implicit_multiplication_and_constants() -> None:
    fs = parse(
        "y = 2x^2 - 3x + 1; f(x) = 2sin(x)\ny = 3(x+1)|x| + pi - e + sqrt 4 + ln(e) + log(100) + exp(0)"
    )
    assert [f.source for f in fs] == ["2x^2 - 3x + 1", "2sin(x)", fs[2].source]
    x = np.array([0.0, 1.0, -2.0])
    assert fs[0].evaluate(x) == pytest.approx([1, 0, 15])
    assert fs[1].evaluate(x) == pytest.approx(2 * np.sin(x))
    expected = 3 * (x + 1) * np.abs(x) + math.pi - math.e + 2 + 1 + 2 + 1
    assert fs[2].evaluate(x) == pytest.approx(expected)
    assert parse("y = -x^2")[0].evaluate(np.array([3.0]))[0] == -9  # the power binds tighter than the sign
    assert parse("y = 2^3^2")[0].evaluate(np.array([0.0]))[0] == 512  # right associative
    assert np.isnan(parse("y = sqrt(x)")[0].evaluate(np.array([-1.0]))[0])
    assert auto_range(parse("y = (x - 10)(x - 14)"))[0] < 10


@pytest.mark.parametrize(
    ("text", "column", "words"),
    [
        ("y = 2x +", 9, "ends too early"),
        ("y = 2x + )", 10, "unexpected ')'"),
        ("y = (x + 1", 11, "')' is missing"),
        ("y = foo(x)", 5, "unknown name 'foo'"),
        ("y = x $ 2", 7, "unexpected character '$'"),
        ("y = x = 2", 7, "only one '='"),
        ("y = sin", 8, "sin(x)"),
        ("y = 1..2", 5, "not a number"),
        ("", 1, "type a function"),
        ("y = " + "(" * 200 + "x" + ")" * 200, None, "nested too deeply"),
        ("y = x;" * 9, None, "at most 8"),
    ],
)
def test_bad_input_gets_a_clear_message_with_its_position(text: str, column: int | None, words: str) -> None:
    with pytest.raises(PlotError) as caught:
        plot(text, RECT)
    error = caught.value
    assert words in str(error)
    if column is not None:
        assert error.line == 1 and error.column == column
        assert str(error).startswith(f"line 1, column {column}: ")


def test_the_second_line_reports_its_own_line_and_column() -> None:
    with pytest.raises(PlotError) as caught:
        parse("y = x\ny = x +* 2")
    assert (caught.value.line, caught.value.column) == (2, 8)
