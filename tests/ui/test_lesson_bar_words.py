"""New-user trial (lesson bar): the student is named once, and the live state and the sync state read as two
things ("● Live · All synced"), not one phrase."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame

from astegni_desktop.panels.lesson_widgets import ChatPane
from astegni_desktop.theme import apply_theme
from tests.helpers.ink import HANNA
from tests.ui.conftest import TutorApp

pytestmark = pytest.mark.gui


def bar_words(app: TutorApp) -> str:
    bar = app.window.whiteboard.editor.lesson_bar
    shown = [w for w in (bar.title, bar.who, bar.live, bar.live_sep, bar.sync) if w.isVisibleTo(bar)]
    return " ".join(w.text() for w in shown if w.text())


def test_the_lesson_bar_names_the_student_once(tutor_app: TutorApp, qtbot) -> None:
    window = tutor_app.window
    window.start_lesson_with(HANNA, "Hanna Tesfaye")  # from My Students: the board is "Lesson with Hanna"
    panel = window.whiteboard
    bar = panel.editor.lesson_bar
    qtbot.waitUntil(
        lambda: panel.live_state == "connected" and bar.sync.text() == "All synced", timeout=20_000
    )
    words = bar_words(tutor_app)
    assert words.count("Hanna") == 1, words
    assert words.casefold().count("lesson with") == 1, words
    assert "Hanna Tesfaye" in bar.title.toolTip()  # the full name is still one hover away
    assert "● Live · All synced" in words


def test_a_board_title_without_the_name_says_who_the_lesson_is_with(tutor_app: TutorApp, qtbot) -> None:
    window = tutor_app.window
    window.nav.setCurrentRow(3)
    panel = window.whiteboard
    panel.new_board("Fractions")
    assert panel.start_lesson((HANNA, "Hanna Tesfaye", "Fractions"))
    qtbot.waitUntil(lambda: panel.live_state == "connected", timeout=20_000)
    assert bar_words(tutor_app).startswith("Fractions · lesson with Hanna Tesfaye ● Live")


@pytest.mark.parametrize("width", [200, 260, 420])
def test_the_chat_input_hint_is_never_cut(qapp: QApplication, qtbot, width: int) -> None:
    apply_theme(qapp, "light")  # the style sheet's padding, as in the app
    chat = ChatPane()
    qtbot.addWidget(chat)
    chat.resize(width, 400)
    chat.show()
    qtbot.waitExposed(chat)
    edit = chat.input
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    shown = room.width() - margins.left() - margins.right() - 4  # Qt's own horizontal margin, 2 px a side
    hint = edit.placeholderText()
    assert hint.startswith("Message")
    assert edit.fontMetrics().horizontalAdvance(hint) <= shown, (hint, shown)
    if width >= 420:
        assert hint == "Message your student"
