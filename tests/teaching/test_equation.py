"""Typeset equations: the desktop's vector form, the web's pen outlines, and the LaTeX kept for editing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from astegni_desktop.ink.codec import decode, encode
from astegni_desktop.teaching.equation import SYMBOLS, EquationError, from_extra, typeset

QUADRATIC = r"x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}"


def _ink(image: QImage) -> np.ndarray:
    ptr = image.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return arr[:, : image.width()] < 128


def _raster(eq, web: bool) -> np.ndarray:
    """The equation as the desktop fills it, or as the web draws its pen strokes: lines `width` px wide with
    round caps and joins (the web's canvas lineTo/stroke)."""
    image = QImage(int(eq.width) + 20, int(eq.height) + 20, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if web:
        for s in eq.strokes():
            kind, data = encode(s)
            assert kind == "pen"
            pen = QPen(QColor("black"), data["width"])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.drawPolyline([QPointF(x, y) for x, y in data["points"]])
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor("black")))
        p.drawPath(eq.painter_path())
    p.end()
    return _ink(image)


def _grow(mask: np.ndarray, r: int) -> np.ndarray:
    out = mask.copy()
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            out |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return out


@pytest.mark.parametrize("size", [20.0, 24.0, 32.0, 48.0, 64.0])
def test_the_quadratic_formula_reads_the_same_on_the_web_as_on_the_desktop(qapp: object, size: float) -> None:
    eq = typeset(QUADRATIC, size, (10, 10))
    assert 8 * size < eq.width < 11 * size and 1.8 * size < eq.height < 3 * size
    assert len(eq.contours) >= 20  # x = - b ± √ b 2 - 4 a c 2 a, two bars, holes of b, a, 4
    vector, web = _raster(eq, web=False), _raster(eq, web=True)
    # the web's lines lie on the glyphs, and cover them: compare within a pixel
    assert (web & ~_grow(vector, 1)).sum() < 0.02 * web.sum()
    assert (vector & ~_grow(web, 1)).sum() < 0.02 * vector.sum()
    # the same weight: about as much ink
    assert 0.8 < web.sum() / vector.sum() < 1.4


def test_the_latex_travels_in_stroke_data_and_restores_the_editable_equation() -> None:
    eq = typeset(QUADRATIC, 32, (100, 200))
    strokes = eq.strokes("#1a237e")
    decoded = []
    for s in strokes:
        kind, data = encode(s)
        assert data["equation"]["latex"] == QUADRATIC and data["color"] == "#1a237e"
        decoded.append(decode(kind, data, fallback_id="x"))
    ids = set()
    for s in decoded:
        found = from_extra(s.extra)
        assert found is not None
        eid, again = found
        ids.add(eid)
        assert again.latex == QUADRATIC and again.origin == (100.0, 200.0) and again.size == 32.0
    assert ids == {eq.id}
    assert len(decoded) == len(eq.contours)
    # hostile labels are refused, not typeset
    assert from_extra({"equation": {"id": "../x", "latex": "x", "size": 20, "x": 0, "y": 0}}) is None
    assert from_extra({"equation": {"id": "a", "latex": "x", "size": 1e9, "x": 0, "y": 0}}) is None
    assert from_extra({"equation": {"id": "a", "latex": r"\frac{", "size": 20, "x": 0, "y": 0}}) is None
    _, data = encode(strokes[0])
    data["equation"]["latex"] = "x" * 10_000
    assert "latex" not in (decode("pen", data, fallback_id="y").extra or {}).get("equation", {})


def test_moving_and_scaling_keep_the_source() -> None:
    eq = typeset(r"a^2 + b^2 = c^2", 24, (0, 0))
    moved = eq.moved((50, 60))
    assert np.allclose(moved.contours[0], eq.contours[0] + [50, 60])
    bigger = moved.scaled(48)
    assert bigger.id == eq.id and bigger.origin == (50.0, 60.0)
    assert bigger.width == pytest.approx(2 * eq.width, rel=0.05)
    assert bigger.svg_path().startswith("M ") and bigger.svg_path().count("Z") == len(bigger.contours)


@pytest.mark.parametrize(
    ("latex", "position", "words"),
    [
        (r"\frac{a", 5, "never closed"),
        (r"x}", 1, "closes nothing"),
        (r"\foo + x", 0, "unknown command \\foo"),
        (r"x^", 1, "needs something after it"),
        (r"\left( x", None, "\\left needs a \\right"),
        (r"\begin{matrix} a", None, "\\end"),
        ("   ", None, "type an equation"),
        ("x" * 2001, 2000, "too long"),
        (r"\sqrt", None, "missing"),
    ],
)
def test_bad_latex_gets_a_clear_error(latex: str, position: int | None, words: str) -> None:
    with pytest.raises(EquationError) as caught:
        typeset(latex)
    assert words in str(caught.value)
    assert caught.value.position == position


def test_every_palette_symbol_typesets() -> None:
    assert len(SYMBOLS) >= 40
    assert len({s.latex for s in SYMBOLS}) == len(SYMBOLS)
    for symbol in SYMBOLS:
        latex = "x" + symbol.latex if symbol.latex.startswith("^") else symbol.latex
        assert typeset(latex, 24).contours, symbol
