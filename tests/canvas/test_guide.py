"""The student's visible area (issue 18): the guide on the live canvas, fitting strokes into it, and the full
page everywhere else (replay, PNG and PDF export)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from astegni_desktop.canvas import guide
from astegni_desktop.canvas.export import export_png
from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.ink import Board, Page, Stroke, Tool, new_id
from astegni_desktop.ink.stroke import TextStyle, make_points
from astegni_desktop.panels.lesson_widgets import ReplayDialog

pytestmark = pytest.mark.gui


def line(x0: float, y0: float, x1: float, y1: float, width: float = 4.0) -> Stroke:
    rows = [(x0, y0, 0.5, 0.0), ((x0 + x1) / 2, (y0 + y1) / 2, 0.5, 8.0), (x1, y1, 0.5, 16.0)]
    return Stroke(client_id=new_id(), tool=Tool.PEN, color="#c62828", width=width, points=make_points(rows))


def test_a_stroke_beyond_the_students_screen_is_moved_in_unchanged_in_size() -> None:
    s = line(1150, 100, 1250, 160)
    assert guide.outside(s.bbox, guide.LAPTOP)
    (moved,) = guide.fitted([s], guide.LAPTOP)
    assert not guide.outside(moved.bbox, guide.LAPTOP)
    assert moved.width == s.width and moved.client_id != s.client_id and moved.server_id is None
    w0, w1 = s.bbox[2] - s.bbox[0], moved.bbox[2] - moved.bbox[0]
    assert abs(w0 - w1) < 1e-3  # moved, not scaled


def test_a_page_wide_drawing_is_scaled_down_together_to_fit() -> None:
    strokes = [line(20, 20, 1260, 40), line(600, 100, 640, 780)]
    text = Stroke(client_id=new_id(), tool=Tool.TEXT, color="#000000", width=1, text="x² = 4",
                  text_style=TextStyle(font_size=40), points=make_points([(1000, 700, 1, 0)]))  # fmt: skip
    fitted = guide.fitted([*strokes, text], guide.LAPTOP)
    box = guide.union(s.bbox for s in fitted)
    assert box is not None and not guide.outside(box, guide.LAPTOP)
    k = fitted[0].width / strokes[0].width
    assert 0.5 < k < 0.75  # 563 / 800 or so: smaller, and every stroke by the same factor
    assert fitted[2].text_style is not None and fitted[2].text_style.font_size == pytest.approx(40 * k)


def test_nothing_moves_when_everything_is_already_in_view() -> None:
    assert guide.fitted([line(100, 100, 300, 200)], guide.LAPTOP) == []


def test_the_guide_shades_the_live_canvas_only_never_replay_or_export(qtbot, tmp_path: Path) -> None:
    page = Page()
    page.add(line(1200, 700, 1260, 760))
    view = CanvasView(None)
    qtbot.addWidget(view)
    view.resize(640, 400)
    view.show()
    view.set_page(page)
    plain = view.grab().toImage()
    view.set_student_area(guide.LAPTOP)
    shaded = view.grab().toImage()
    corner = view.to_view(1270, 790)
    x, y = int(corner.x()) - 1, int(corner.y()) - 1
    assert QColor(shaded.pixel(x, y)) != QColor(plain.pixel(x, y))  # beyond the student's screen: shaded
    inside = view.to_view(100, 100)
    assert QColor(shaded.pixel(int(inside.x()), int(inside.y()))) == QColor(
        plain.pixel(int(inside.x()), int(inside.y()))
    )
    replay = ReplayDialog(Board(title="Lesson", pages=[page]))
    qtbot.addWidget(replay)
    assert replay.canvas.student_area is None
    png = QImage(str(export_png(page, tmp_path / "page.png", scale=1.0)))
    assert (png.width(), png.height()) == (int(page.width), int(page.height))
    red = QColor(png.pixel(1230, 730))
    assert red.red() > 150 and red.green() < 120  # the stroke beyond the student's screen is exported
