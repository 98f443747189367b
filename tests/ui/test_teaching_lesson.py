"""Issue 17's "done when", tried as a new user in the real window: a tutor teaching Hanna live adds page 2
(her browser follows), writes the quadratic formula with the equation tool, draws a triangle freehand that
snaps to a clean one, measures an angle with the protractor and plots y = x² − 5x + 6 over its roots; the
student's browser (the model of the web, CONTRACT.md §13) is on page 2 and holds and draws all of it."""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMenu, QPushButton

from astegni_desktop.canvas.tools.equation import EquationTool, equation_id
from astegni_desktop.canvas.tools.plot import PlotTool, plot_source
from astegni_desktop.canvas.tools.protractor import ProtractorTool
from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.ink import Tool
from tests.helpers.ink import HANNA
from tests.helpers.tablet import Pen
from tests.student_client import StudentClient, render_page
from tests.ui.conftest import TutorApp
from tests.ui.test_lessons import browser_matches, local_canvas

QUADRATIC = r"x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}"


def at(canvas: CanvasView, x: float, y: float) -> tuple[float, float]:
    """Page units to the widget's coordinates (where the pen touches the screen)."""
    p = canvas.to_view(x, y)
    return p.x(), p.y()


def wobbly_triangle(corners: list[tuple[float, float]], n: int = 60) -> list[tuple[float, float]]:
    rng = np.random.default_rng(17)
    out = []
    for (x0, y0), (x1, y1) in itertools.pairwise([*corners, corners[0]]):
        for t in np.linspace(0, 1, n // 3, endpoint=False):
            out.append((x0 + (x1 - x0) * t + rng.normal(0, 1.5), y0 + (y1 - y0) * t + rng.normal(0, 1.5)))
    out.append(corners[0])
    return out


def sharp_turns(xy: np.ndarray, degrees: float = 30.0) -> int:
    """How many times a closed polyline turns by more than `degrees` (its vertices, for a clean polygon)."""
    keep = np.hypot(*np.diff(xy, axis=0).T) > 1e-6
    pts = xy[1:][keep]
    d = np.diff(np.vstack([pts, pts[:1]]), axis=0)
    d = d[np.hypot(*d.T) > 1e-6]
    heading = np.arctan2(d[:, 1], d[:, 0])
    turn = np.abs((np.diff(np.append(heading, heading[0])) + np.pi) % (2 * np.pi) - np.pi)
    return int((turn > np.radians(degrees)).sum())


def editor_of(tool: Any) -> Any:
    return tool.editor  # (read again: mypy keeps what an earlier assert narrowed it to)


def test_a_tutor_teaches_the_quadratic_with_every_teaching_tool_and_the_followed_browser_shows_it_all(
    tutor_app: TutorApp, qtbot, tmp_path: Path
) -> None:
    app = tutor_app
    window = app.window
    panel = window.whiteboard
    editor = panel.editor
    canvas = editor.canvas
    bar = editor.lesson_bar
    # From My Students: Hanna, "Start lesson".
    window.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.students.model.rowCount() > 0, timeout=10_000)
    row = next(
        r for r in range(window.students.proxy.rowCount())
        if "Hanna" in str(window.students.proxy.index(r, 0).data())
    )  # fmt: skip
    window.students.table.selectRow(row)
    qtbot.mouseClick(window.students.detail.lesson_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=20_000)
    info = app.store.lessons.lesson(editor.board.board_id)  # type: ignore[union-attr]
    assert info is not None and info.session_id is not None
    qtbot.waitUntil(lambda: panel.service.live.queued == 0, timeout=10_000)  # type: ignore[union-attr]
    hanna = StudentClient(app.server.url, profile_id=HANNA)
    pen = Pen()
    try:
        hanna.open_lesson(info.session_id)  # her browser: the lesson, page 1 on screen
        hanna.ask_to_draw()  # the tutor's first sign that her browser has the lesson open
        qtbot.waitUntil(lambda: bar.ask.isVisibleTo(panel), timeout=10_000)
        # "Add page": page 2, and her browser follows to it.
        add = next(b for b in panel.findChildren(QPushButton) if b.text() == "Add page")
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        assert editor.pages.currentRow() == 1
        qtbot.waitUntil(
            lambda: len(hanna.pages) == 2 and hanna.shown_page() is hanna.pages[1], timeout=10_000
        )
        page = editor.current_page()
        assert page is not None and canvas.page is page

        # 1. The quadratic formula: Teaching ▸ Equation, a click, the LaTeX line, ± from the symbol palette.
        editor.tool_actions["equation"].trigger()
        pen.stroke(canvas, [(*at(canvas, 60, 70), 0.5)])
        eq_tool = canvas.tools["equation"]
        assert isinstance(eq_tool, EquationTool) and eq_tool.editor is not None
        line = eq_tool.editor.line
        qtbot.keyClicks(line, "x = \\frac{-b ")
        menu = eq_tool.editor.palette_button.menu()
        groups = [sub for sub in menu.findChildren(QMenu) if sub is not menu]
        plus_minus = next(a for sub in groups for a in sub.actions() if a.text().startswith("±"))
        plus_minus.trigger()
        qtbot.keyClicks(line, "\\sqrt{b^2-4ac}}{2a}")
        assert line.text() == QUADRATIC
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert editor_of(eq_tool) is None
        glyphs = [s for s in page if equation_id(s) is not None]
        assert len(glyphs) > 10 and all(s.tool is Tool.PEN for s in glyphs)
        assert {s.extra["equation"]["latex"] for s in glyphs if s.extra} == {QUADRATIC}
        eq_box = (
            min(s.bbox[0] for s in glyphs),
            min(s.bbox[1] for s in glyphs),
            max(s.bbox[2] for s in glyphs),
            max(s.bbox[3] for s in glyphs),
        )

        # 2. A wobbly triangle with the pen, held still at its end: a clean triangle.
        editor.tool_actions[Tool.PEN.value].trigger()
        assert canvas.settings.recognize_shapes and editor.shapes_action.isChecked()
        corners = [(90.0, 470.0), (330.0, 470.0), (210.0, 250.0)]
        wobbly = wobbly_triangle(corners)
        before = len(page)
        pen.press(canvas, *at(canvas, *wobbly[0]))
        for x, y in wobbly[1:]:
            pen.move(canvas, *at(canvas, x, y))
        qtbot.wait(700)  # the pen rests at the end of the stroke
        pen.release(canvas, *at(canvas, *wobbly[-1]))
        assert len(page) == before + 1
        triangle = list(page)[-1]
        xy = triangle.points[:, :2]
        assert sharp_turns(xy) == 3  # a clean shape: three vertices, where the wobbly stroke had dozens
        assert sharp_turns(np.asarray(wobbly)) > 6
        for corner in corners:  # its three vertices are where the tutor meant them
            assert np.hypot(*(xy - corner).T).min() < 8
        for (ax, ay), (bx, by) in itertools.pairwise([*corners, corners[0]]):  # and its sides are straight
            t = ((xy[:, 0] - ax) * (bx - ax) + (xy[:, 1] - ay) * (by - ay)) / (
                (bx - ax) ** 2 + (by - ay) ** 2
            )
            off = np.abs((bx - ax) * (ay - xy[:, 1]) - (ax - xy[:, 0]) * (by - ay)) / math.hypot(
                bx - ax, by - ay
            )
            side = off[(t > 0.15) & (t < 0.85) & (off < 20)]
            assert len(side) > 5 and side.max() < 2.0  # the wobble (±1.5 px noise) is gone

        # 3. Teaching ▸ Protractor, a ray drawn from its centre at 50°: the readout says 50°.
        editor.protractor_action.trigger()
        protractor = canvas.tools["protractor"]
        assert isinstance(protractor, ProtractorTool) and protractor.protractor is not None
        cx, cy = protractor.protractor.center
        ray = [
            (*at(canvas, cx + t * math.cos(math.radians(50)), cy - t * math.sin(math.radians(50))), 0.5)
            for t in range(0, 150, 15)
        ]
        before = len(page)
        pen.stroke(canvas, ray)
        assert len(page) == before + 1  # the ray is ink; the protractor is not
        assert protractor.readout() == "50°"

        # 4. Teaching ▸ Function plot: drag its box, type y = x^2 - 5x + 6, Enter.
        editor.tool_actions["plot"].trigger()
        pen.stroke(
            canvas, [(*at(canvas, 760, 20), 0.5), (*at(canvas, 930, 120), 0.5), (*at(canvas, 1100, 230), 0.5)]
        )
        plot_tool = canvas.tools["plot"]
        assert isinstance(plot_tool, PlotTool) and plot_tool.editor is not None
        qtbot.keyClicks(plot_tool.editor.line, "y = x^2 - 5x + 6")
        qtbot.keyClick(plot_tool.editor.line, Qt.Key.Key_Return)
        assert editor_of(plot_tool) is None
        plotted = [s for s in page if plot_source(s) is not None]
        assert len(plotted) > 10 and {Tool.PEN, Tool.TEXT} == {s.tool for s in plotted}
        meta = plot_source(plotted[0])
        assert meta is not None and meta["source"] == "y = x^2 - 5x + 6"
        x_range: Any = meta["x_range"]
        assert x_range[0] < 2 and x_range[1] > 3  # over its roots

        # Her browser: on page 2, holding every stroke of the tutor's page 2 (equation outlines, triangle,
        # ray, plot), in the tutor's order.
        browser_matches(qtbot, hanna, panel)
        assert hanna.shown_page() is hanna.pages[1]
        tutor_page2 = local_canvas(panel)[1]
        assert [s.client_id for s in page] == tutor_page2
        assert len(tutor_page2) == len(glyphs) + 2 + len(plotted)
        shown = hanna.shown_page()
        assert shown is not None
        assert set(hanna.visible_client_ids()) == set(tutor_page2)  # all inside her laptop canvas
        # And it draws: rasterised as the web draws pen polylines and text, the equation is ink.
        png = tmp_path / "hanna-page2.png"
        render_page(shown, hanna.canvas_size, str(png))
        image = QImage(str(png))
        x_lo, y_lo, x_hi, y_hi = (int(v) for v in eq_box)
        dark = sum(
            QColor(image.pixel(x, y)).lightness() < 160
            for x in range(x_lo, min(x_hi + 1, image.width()))
            for y in range(y_lo, min(y_hi + 1, image.height()))
        )
        assert dark > 0.04 * (x_hi - x_lo) * (y_hi - y_lo)  # the formula's glyphs, legibly filled
        curve = [s for s in plotted if s.tool is Tool.PEN]
        px, py = (int(v) for v in curve[-1].points[len(curve[-1].points) // 2, :2])
        assert any(
            QColor(image.pixel(px + dx, py + dy)).lightness() < 200
            for dx in range(-2, 3)
            for dy in range(-2, 3)
        )  # the plot's ink too
    finally:
        hanna.close()
