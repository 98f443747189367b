"""The README's workflows from the keyboard alone, in the real window: every key goes to the widget that has
the focus (as the keyboard does), never to a widget the test picks, and no mouse event is sent. Accept a
request, add availability from the week view, create a board and switch the whiteboard's tools."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QPushButton, QWidget

from astegni_desktop.ink import Tool
from tests.ui.conftest import TutorApp

pytestmark = pytest.mark.gui
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def back_in(qtbot, window: QWidget) -> None:
    """A dialog closed: the window manager gives the main window back the focus (offscreen has none that
    does it at once, so the test asks as it would), and the keyboard is where it was."""
    if QApplication.focusWidget() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def tab_to(qtbot, wanted: Callable[[QWidget], bool], limit: int = 60) -> QWidget:
    """Tab through the focus chain until a widget that `wanted` accepts has the focus."""
    for _ in range(limit):
        if wanted(focused()):
            return focused()
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the focus is on {focused()!r}")


def in_dialog(qtbot, keys: Callable[[QDialog], None]) -> list[str]:
    """Run `keys` once a modal dialog has the focus (exec() blocks the test until it closes). A failure
    inside closes the dialog and is kept as the list's last item, so the test fails instead of hanging."""
    seen: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        has = QApplication.focusWidget()
        if not isinstance(dialog, QDialog) or has is None or has.window() is not dialog:
            QTimer.singleShot(20, attempt)
            return
        seen.append(dialog.windowTitle())
        try:
            keys(dialog)
        except Exception as exc:  # reported by the test, after exec() returns
            seen.append(f"failed: {exc!r}")
        if dialog.isVisible():
            seen.append("still open after the keys")
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return seen


def test_accept_a_request_add_availability_and_switch_tools_without_a_mouse(
    tutor_app: TutorApp, qtbot
) -> None:
    window = tutor_app.window
    window.activateWindow()
    window.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav, timeout=5000)

    # Requested Sessions: Ctrl+1 puts the keyboard in the table; down to a pending request; Ctrl+Enter.
    press(Qt.Key.Key_1, CTRL)
    assert focused() is window.requests.table
    pending = {  # one Astegni can accept: it names a package
        v.id for v in tutor_app.store.requests() if v.status == "pending" and v.model.package_id is not None
    }
    press(Qt.Key.Key_Home)
    for _ in range(window.requests.model.rowCount()):
        if window.requests.selected_id() in pending:
            break
        press(Qt.Key.Key_Down)
    chosen = window.requests.selected_id()
    assert chosen in pending
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tutor_app.store.request(chosen).status == "accepted", timeout=10_000)  # type: ignore[union-attr]

    # Schedule: Ctrl+3, the week grid has the keyboard; right to the next day, Enter adds availability there.
    press(Qt.Key.Key_3, CTRL)
    panel = window.schedule
    assert focused() is panel.week.grid
    before = set(panel.data.availability)
    day = panel.anchor
    press(Qt.Key.Key_Right)
    assert panel.anchor != day

    def fill_availability(dialog: QDialog) -> None:
        assert focused().objectName() == "titleEdit"  # the first field takes the keyboard
        type_text("Keyboard office hours")
        press(Qt.Key.Key_Return)  # the dialog's default button: Save

    titles = in_dialog(qtbot, fill_availability)
    press(Qt.Key.Key_Return)  # nothing on the day has the focus: Enter adds availability on it
    assert titles == ["New availability"]
    back_in(qtbot, window)
    assert focused() is panel.week.grid
    made = [a for k, a in panel.data.availability.items() if k not in before]
    assert [a.title for a in made] == ["Keyboard office hours"]
    assert panel.selected is not None and panel.selected.key == made[0].local_id
    # up and down walk the day's entries, Enter opens the one with the focus
    press(Qt.Key.Key_Down)
    assert panel.selected is not None and panel.selected.day == panel.anchor

    def close(dialog: QDialog) -> None:
        press(Qt.Key.Key_Escape)

    opened = in_dialog(qtbot, close)
    press(Qt.Key.Key_Return)
    assert len(opened) == 1
    back_in(qtbot, window)

    # Whiteboard: Ctrl+4; Tab to New, Space, a title and Enter; then tool keys on the board.
    press(Qt.Key.Key_4, CTRL)
    board_panel = window.whiteboard
    tab_to(qtbot, lambda w: w is board_panel.new_button)

    def name_board(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        press(Qt.Key.Key_A, CTRL)
        type_text("Fractions by keyboard")
        press(Qt.Key.Key_Return)

    named = in_dialog(qtbot, name_board)
    press(Qt.Key.Key_Space)
    assert named == ["New board"]
    back_in(qtbot, window)
    editor = board_panel.editor
    assert editor.board is not None and editor.board.title == "Fractions by keyboard"
    tab_to(qtbot, lambda w: w is editor.canvas)
    for key, tool in ((Qt.Key.Key_H, Tool.HIGHLIGHTER.value), (Qt.Key.Key_E, Tool.ERASER.value)):
        press(key)
        assert editor.tool == tool and editor.tool_actions[tool].isChecked()
    assert editor.announced == "Eraser tool"
    press(Qt.Key.Key_P)
    assert editor.tool == Tool.PEN.value
    # pages by keyboard too: Tab to "Add page", Space; Tab to the page strip, Up to the first page
    tab_to(qtbot, lambda w: isinstance(w, QPushButton) and w.text() == "Add page")
    press(Qt.Key.Key_Space)
    assert editor.board is not None and len(editor.board.pages) == 2
    tab_to(qtbot, lambda w: w is editor.pages)
    press(Qt.Key.Key_Up)
    assert editor.pages.currentRow() == 0 and editor.announced == "Page 1 of 2, 0 strokes"
    # text on the page without a mouse: T, back on the board, Enter opens a text, F12 for Ge'ez, Enter puts it
    press(Qt.Key.Key_T)
    assert editor.tool == Tool.TEXT.value
    tab_to(qtbot, lambda w: w is editor.canvas)
    page = editor.current_page()
    assert page is not None
    before = {s.client_id for s in page}
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.canvas.editor is not None, timeout=5000)
    typing = editor.canvas.editor
    assert typing is not None and focused() is typing
    press(Qt.Key.Key_F12)
    type_text("selam temari")
    press(Qt.Key.Key_Return)
    assert editor.canvas.editor is None
    added = [s for s in page if s.client_id not in before]
    assert [s.text for s in added] == ["ሰላም ተማሪ"]
    from astegni_desktop import geez_input

    geez_input.set_enabled(False)


def test_tab_leaves_the_students_table_without_choosing_another_student(tutor_app: TutorApp, qtbot) -> None:
    """The tables are lists of rows: Tab moved from cell to cell (and so from student to student) instead of
    going on to the student's detail; ↑ ↓ walk the rows."""
    window = tutor_app.window
    window.activateWindow()
    window.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav, timeout=5000)
    press(Qt.Key.Key_2, CTRL)
    students = window.students
    qtbot.waitUntil(lambda: students.model.rowCount() > 1, timeout=10_000)
    assert focused() is students.table
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down)
    chosen = students.selected_id()
    assert chosen is not None
    press(Qt.Key.Key_Tab)
    assert focused() is not students.table and students.selected_id() == chosen
    press(Qt.Key.Key_1, CTRL)
    assert focused() is window.requests.table
    press(Qt.Key.Key_Tab)
    assert focused() is not window.requests.table
