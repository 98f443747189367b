"""The canvas tools as a tutor meets them: tool keys after a stroke, the eraser's ring, shapes drawn from
corner to corner (Shift, Alt), smooth curves in an exported PNG, named colours, and a double-click that opens
a board without drawing on it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from astegni_desktop.ink import Tool
from astegni_desktop.panels.whiteboard import WhiteboardPanel
from astegni_desktop.store import Store
from tests.helpers.tablet import Pen

pytestmark = pytest.mark.gui


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
