"""The canvas tools as a tutor meets them: tool keys after a stroke, the eraser's ring, shapes drawn from
corner to corner (Shift, Alt), smooth curves in an exported PNG, named colours, and a double-click that opens
a board without drawing on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
