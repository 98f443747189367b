"""The canvas tools as a tutor meets them: tool keys after a stroke, the eraser's ring, shapes drawn from
corner to corner (Shift, Alt), smooth curves in an exported PNG, named colours, and a double-click that opens
a board without drawing on it."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from astegni_desktop.canvas.export import export_png
from astegni_desktop.canvas.view import CanvasView
from astegni_desktop.ink import Page, Stroke, Tool
from astegni_desktop.ink.geometry import shape_path
from astegni_desktop.ink.stroke import make_points
from astegni_desktop.panels.whiteboard import WhiteboardPanel
from astegni_desktop.store import Store
from tests.helpers.tablet import Pen

pytestmark = pytest.mark.gui
NO_MODS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def panel(tmp_path: Path, qtbot):
    store = Store(tmp_path / "cache.sqlite3")
    panel = WhiteboardPanel(store.boards)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    panel.new_board("Fractions")
    yield panel
    store.close()


def test_tool_keys_work_after_a_stroke_but_not_while_typing(panel: WhiteboardPanel, qtbot) -> None:
    canvas = panel.editor.canvas
    Pen().stroke(canvas, [(300, 300, 0.5), (400, 320, 0.6), (500, 340, 0.5)])
    assert QApplication.focusWidget() is canvas  # the stroke took the focus from the toolbar
    qtbot.keyClick(canvas, Qt.Key.Key_H)
    assert canvas.mode == Tool.HIGHLIGHTER.value
    assert panel.editor.tool_actions[Tool.HIGHLIGHTER.value].isChecked()
    qtbot.keyClick(canvas, Qt.Key.Key_R)
    assert canvas.mode == Tool.RECTANGLE.value
    panel.editor.pages.setFocus()  # anywhere in the board editor
    qtbot.keyClick(panel.editor.pages, Qt.Key.Key_E)
    assert canvas.mode == Tool.ERASER.value
    qtbot.keyClick(canvas, Qt.Key.Key_T)
    assert canvas.mode == Tool.TEXT.value
    Pen().stroke(canvas, [(300, 450, 0.5)])  # a click with the text tool opens its editor
    editor = canvas.editor
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "Pie")
    qtbot.keyClick(editor, Qt.Key.Key_P)  # the pen's key, unshifted: a letter for the text
    qtbot.keyClicks(editor, "P")
    assert editor.text() == "PiepP" and canvas.mode == Tool.TEXT.value
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [s.text for s in canvas.page or [] if s.tool is Tool.TEXT] == ["PiepP"]
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    assert canvas.mode == Tool.PEN.value


def _backing_store(widget: QWidget) -> QImage:
    """What is on screen now, partial repaints included (QWidget.grab() would repaint everything)."""
    QApplication.processEvents()
    screen = widget.screen()
    window = widget.window()
    image = screen.grabWindow(window.winId()).toImage()
    origin = widget.mapTo(window, QPoint(0, 0))
    return image.copy(origin.x(), origin.y(), widget.width(), widget.height())


def _ring_pixels(image: QImage, cx: int, cy: int, r: float) -> int:
    """Grey pixels on a circle of radius r around (cx, cy): the eraser's ring (#9e9e9e) on white paper."""
    found = 0
    for i in range(72):
        a = i * math.pi / 36
        c = QColor(image.pixel(round(cx + r * math.cos(a)), round(cy + r * math.sin(a))))
        if 120 < c.lightness() < 200 and abs(c.red() - c.blue()) < 12:
            found += 1
    return found


def test_the_eraser_ring_leaves_no_ghost(panel: WhiteboardPanel, qtbot) -> None:
    canvas = panel.editor.canvas
    canvas.set_mode(Tool.ERASER.value)
    r = canvas.settings.eraser_radius
    pen = Pen()
    pen.press(canvas, 300, 300)
    qtbot.wait(30)
    assert _ring_pixels(_backing_store(canvas), 300, 300, r) > 30  # the ring shows where the eraser is
    for x in range(320, 700, 40):  # quick moves: each ring lies clear of the last
        pen.move(canvas, x, 300)
        qtbot.wait(20)
    shown = _backing_store(canvas)
    assert _ring_pixels(shown, 300, 300, r) == 0 and _ring_pixels(shown, 460, 300, r) == 0
    assert _ring_pixels(shown, 680, 300, r) > 30
    pen.release(canvas, 680, 300)
    qtbot.wait(30)
    assert _ring_pixels(_backing_store(canvas), 680, 300, r) == 0  # and none stays at pen-up


SHIFT, ALT = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


def _drag_shape(
    canvas: CanvasView, tool: Tool, a: tuple[float, float], b: tuple[float, float], mods=NO_MODS
) -> Stroke:
    """Drag a shape from page point a to b with the pen; the stroke it leaves."""
    canvas.set_mode(tool.value)
    va, vb = canvas.to_view(*a), canvas.to_view(*b)
    mid = (va + vb) / 2
    points = [(va.x(), va.y(), 0.5), (mid.x(), mid.y(), 0.5), (vb.x(), vb.y(), 0.5)]
    Pen().stroke(canvas, points, modifiers=mods)
    assert canvas.page is not None
    return list(canvas.page)[-1]


def _extent(s: Stroke) -> tuple[float, float, float, float]:
    """Where the shape's line runs (its centreline), as (left, top, right, bottom) in page units."""
    xy = shape_path(s.tool.value, *s.ends())
    return (xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max())


@pytest.mark.parametrize("tool", [Tool.RECTANGLE, Tool.CIRCLE])
def test_rectangles_and_circles_go_corner_to_corner(panel: WhiteboardPanel, tool: Tool) -> None:
    canvas = panel.editor.canvas
    s = _drag_shape(canvas, tool, (100, 100), (300, 200))
    assert _extent(s) == pytest.approx((100, 100, 300, 200), abs=0.5)  # the box the tutor dragged
    # from near the page's corner outwards, it stays on the page
    s = _drag_shape(canvas, tool, (300, 300), (5, 8))
    assert _extent(s) == pytest.approx((5, 8, 300, 300), abs=0.5)


@pytest.mark.parametrize("tool", [Tool.RECTANGLE, Tool.CIRCLE])
def test_shift_draws_a_square_or_a_circle_and_alt_from_the_centre(panel: WhiteboardPanel, tool: Tool) -> None:
    canvas = panel.editor.canvas
    s = _drag_shape(canvas, tool, (100, 100), (300, 160), SHIFT)
    assert _extent(s) == pytest.approx((100, 100, 300, 300), abs=0.5)  # the longer side wins
    s = _drag_shape(canvas, tool, (400, 300), (340, 100), SHIFT)  # up and left: the drag's direction kept
    assert _extent(s) == pytest.approx((200, 100, 400, 300), abs=0.5)
    s = _drag_shape(canvas, tool, (500, 400), (600, 450), ALT)
    assert _extent(s) == pytest.approx((400, 350, 600, 450), abs=0.5)
    s = _drag_shape(canvas, tool, (500, 400), (600, 450), SHIFT | ALT)
    assert _extent(s) == pytest.approx((400, 300, 600, 500), abs=0.5)
    if tool is Tool.CIRCLE:
        xy = shape_path(s.tool.value, *s.ends())
        assert np.hypot(xy[:, 0] - 500, xy[:, 1] - 400) == pytest.approx(100, abs=0.5)  # round


def test_shift_pressed_mid_drag_reshapes_the_preview(panel: WhiteboardPanel, qtbot) -> None:
    canvas = panel.editor.canvas
    canvas.set_mode(Tool.CIRCLE.value)
    pen = Pen()
    a, b = canvas.to_view(100, 100), canvas.to_view(300, 160)
    pen.press(canvas, a.x(), a.y())
    pen.move(canvas, b.x(), b.y())
    preview = canvas.shape_stroke()
    assert preview is not None and _extent(preview) == pytest.approx((100, 100, 300, 160), abs=0.5)
    qtbot.keyPress(canvas, Qt.Key.Key_Shift, SHIFT)
    preview = canvas.shape_stroke()
    assert preview is not None and _extent(preview) == pytest.approx((100, 100, 300, 300), abs=0.5)
    qtbot.keyRelease(canvas, Qt.Key.Key_Shift)
    preview = canvas.shape_stroke()
    assert preview is not None and _extent(preview) == pytest.approx((100, 100, 300, 160), abs=0.5)
    pen.release(canvas, b.x(), b.y())
    assert canvas.shape_stroke() is None


def _outer_edge(image: QImage, cx: float, cy: float, angle: float, start: float, stop: float) -> float:
    """How far from (cx, cy) the ink ends along a ray (pixels, in quarter-pixel steps)."""
    edge, r = start, start
    while r < stop:
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if QColor(image.pixel(math.floor(x), math.floor(y))).lightness() < 128:  # the pixel holding (x, y)
            edge = r
        r += 0.25
    return edge


@pytest.mark.parametrize("pressure", [True, False])
def test_an_exported_png_shows_curves_not_flat_segments(tmp_path: Path, pressure: bool) -> None:
    # an arc drawn quickly: a pen event every 30°, so 80 page units apart on a circle of radius 150
    angles = np.radians(np.arange(0, 301, 30))
    rows = [(400 + 150 * math.cos(a), 300 + 150 * math.sin(a), 0.8, i * 8) for i, a in enumerate(angles)]
    page = Page()
    page.add(
        Stroke(
            client_id="arc",
            tool=Tool.PEN,
            color="#000000",
            width=6,
            points=make_points(rows),
            has_pressure=pressure,
        )
    )
    image = QImage(str(export_png(page, tmp_path / "arc.png", scale=2.0)))
    assert image.width() == round(page.width * 2)
    edges = [_outer_edge(image, 800, 600, math.radians(d), 280, 320) for d in np.arange(20, 281, 1.5)]
    # a circle's outer edge lies at 2 × (150 + half the ink's width) everywhere; straight runs between the
    # pen events would come 2 × 150 × (1 − cos 15°) ≈ 10 px inside it half-way between them
    assert max(edges) - min(edges) < 2.0
    assert np.mean(edges) == pytest.approx(
        2 * (150 + 3 * (0.8**0.7 * 0.75 + 0.25 if pressure else 1)), abs=1.5
    )


def _colour_actions(panel: WhiteboardPanel) -> dict[str, QAction]:
    menu = panel.editor.colour_menu
    menu.aboutToShow.emit()  # as when the tutor opens it
    return {a.text(): a for a in menu.actions() if a.text()}


def test_the_colour_menu_names_its_colours_and_remembers_a_custom_one(panel: WhiteboardPanel, qtbot) -> None:
    editor = panel.editor
    actions = _colour_actions(panel)
    names = list(actions)
    assert names[:4] == ["Black", "Navy", "Blue", "Red"] and {"Green", "Orange", "Purple", "White"} <= set(
        names
    )
    assert names[-1] == "Custom…" and not any("#" in n for n in names)  # no raw hex codes
    assert actions["Navy"].isChecked()  # the pen's colour now
    # the white swatch shows on a white menu: its rim is visibly darker than the paper
    chip = actions["White"].icon().pixmap(18, 18).toImage()
    assert min(QColor(chip.pixel(x, 9)).lightness() for x in range(18)) < 180
    actions["White"].trigger()
    assert editor.canvas.settings.color == "#ffffff" and editor.color_button.toolTip() == "Colour: White"
    actions = _colour_actions(panel)
    assert actions["White"].isChecked() and not actions["Navy"].isChecked()
    actions["Custom…"].trigger()
    dialog = editor.colour_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setCurrentColor(QColor("#00897b"))
    dialog.accept()
    assert editor.canvas.settings.color == "#00897b"
    actions = _colour_actions(panel)
    assert actions["Your colour"].isChecked() and actions["Your colour"].toolTip() == "#00897b"
    # remembered: a new editor on the same cache (a restart) offers it too
    again = WhiteboardPanel(panel.boards)
    qtbot.addWidget(again)
    assert _colour_actions(again)["Your colour"].toolTip() == "#00897b"


def second_click(qtbot, widget: QWidget, pos: QPoint) -> None:
    """The second click of a double-click as Qt delivers it: a press, a double-click event, a release."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=pos)
    left = Qt.MouseButton.LeftButton
    at, scene = QPointF(pos), QPointF(widget.mapToGlobal(pos))
    double = QMouseEvent(QEvent.Type.MouseButtonDblClick, at, scene, left, left, NO_MODS)
    QApplication.sendEvent(widget, double)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_a_double_click_that_opens_a_board_draws_nothing_on_it(panel: WhiteboardPanel, qtbot) -> None:
    first = panel.editor.board
    assert first is not None
    panel.new_board("Decimals")
    panel.editor.boards_action.setChecked(True)  # the board list, to open the other board from
    row = next(i for i in panel.board_items() if i.text().startswith("Fractions"))
    at = panel.list.visualItemRect(row).center()
    where = panel.list.viewport().mapToGlobal(at)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=at)  # the first click opens it
    editor = panel.editor
    assert editor.board is not None and editor.board.board_id == first.board_id
    canvas = editor.canvas
    assert not panel.side.isVisible()
    qtbot.waitUntil(lambda: canvas.rect().contains(canvas.mapFromGlobal(where)), timeout=300)
    # the second click lands on the canvas, which now lies under the pointer
    second_click(qtbot, canvas, canvas.mapFromGlobal(where))
    Pen().stroke(canvas, [(400, 300, 0.5), (420, 310, 0.5)])  # a pen tap as quick
    assert canvas.page is not None and len(canvas.page) == 0
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.mapFromGlobal(where))  # then it draws
    assert len(canvas.page) == 1
