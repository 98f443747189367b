"""The whiteboard panel around the canvas, at the size of a laptop screen (1280 × 800): the open board's
title, board list rows that say their status in words and are not cut, a toolbar with nothing behind "»",
and a chat panel that leaves the canvas most of the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from tests.helpers.ink import HANNA
from tests.ui.conftest import TutorApp


def open_whiteboard(app: TutorApp, qtbot) -> None:
    app.window.resize(1280, 800)
    app.window.nav.setCurrentRow(3)
    qtbot.waitUntil(lambda: app.window.whiteboard.list.count() > 0, timeout=10_000)


def test_the_open_boards_title_is_shown_and_list_rows_are_whole_and_in_words(
    tutor_app: TutorApp, qtbot
) -> None:
    open_whiteboard(tutor_app, qtbot)
    panel = tutor_app.window.whiteboard
    board = panel.new_board("Quadratic equations")
    bar = panel.editor.lesson_bar
    assert bar.title.isVisibleTo(panel) and bar.title.text() == "Quadratic equations"
    assert bar.title.shown_text() == "Quadratic equations"  # short: whole, not cut
    assert bar.who.text() == "· lesson preparation"
    long_title = "Completing the square, the quadratic formula and the discriminant, with worked examples"
    panel.boards.rename(board.board_id, long_title)
    panel.editor.board.title = long_title  # type: ignore[union-attr]
    panel.reload()
    qtbot.waitUntil(lambda: bar.title.shown_text().endswith("…"), timeout=2000)
    assert long_title in bar.title.toolTip()
    assert bar.title.geometry().right() < bar.who.geometry().left()  # side by side, never over each other
    # The list: the server's "in-progress" is said in words, and every row is whole.
    panel.editor.boards_action.setChecked(True)
    qtbot.waitUntil(panel.side.isVisible, timeout=2000)
    texts = [i.text() for i in panel.board_items()]
    assert any("In progress · " in t and "ago" in t for t in texts)
    assert not any("in-progress" in t for t in texts)
    view = panel.list
    assert not view.horizontalScrollBar().isVisible()
    room = view.viewport().width() - view.iconSize().width() - 12
    metrics = view.fontMetrics()
    rows = {i.text(): view.visualItemRect(i) for i in panel.board_items()}
    for item in panel.board_items():
        lines = item.text().split("\n")
        wide = any(metrics.horizontalAdvance(line) > room for line in lines)
        needed = metrics.lineSpacing() * (len(lines) + (1 if wide else 0))
        assert rows[item.text()].height() >= needed, item.text()  # a long line wraps, the row grows
    mine = next(t for t in rows if t.startswith("Completing the square"))
    assert rows[mine].height() > min(r.height() for r in rows.values())


def test_at_1280x800_the_toolbar_fits_and_the_chat_leaves_the_canvas_most_of_the_room(
    tutor_app: TutorApp, qtbot
) -> None:
    open_whiteboard(tutor_app, qtbot)
    panel = tutor_app.window.whiteboard
    editor = panel.editor
    panel.new_board("Fractions")
    assert panel.start_lesson((HANNA, "Hanna Tesfaye", "Fractions"))
    # Opening a board folds the board list away; the Boards button brings it back.
    assert not panel.side.isVisible() and not editor.boards_action.isChecked()
    qtbot.mouseClick(editor.lesson_bar.chat, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.chat.isVisible, timeout=2000)
    qtbot.wait(50)
    assert editor.toolbar_overflow() == []
    assert editor.canvas.width() >= 0.6 * editor.width(), (editor.canvas.width(), editor.width())
    editor.boards_action.setChecked(True)
    qtbot.waitUntil(panel.side.isVisible, timeout=2000)
    qtbot.wait(50)
    assert editor.toolbar_overflow() == []  # zoom, background and export included
    editor.boards_action.setChecked(False)
    # The zoom button zooms and says how far; the font choice lives behind the text style button.
    zoom = editor.zoom_button.menu()
    before = editor.canvas.zoom
    next(a for a in zoom.actions() if a.text() == "Zoom in").trigger()
    assert editor.canvas.zoom > before and editor.zoom_button.text() == f"{editor.canvas.zoom * 100:.0f}%"
    assert editor.font_box.parent() is not None and isinstance(editor.text_button, QToolButton)
    # The chat is a side panel: hidden by its own button, and back with Chat.
    hide = next(b for b in editor.chat.findChildren(QToolButton) if "Hide the chat" in b.toolTip())
    qtbot.mouseClick(hide, Qt.MouseButton.LeftButton)
    assert not editor.chat.isVisible() and not editor.lesson_bar.chat.isChecked()
    qtbot.mouseClick(editor.lesson_bar.chat, Qt.MouseButton.LeftButton)
    assert editor.chat.isVisible()
