"""Amharic typing with the built-in phonetic input, in the boxes where tutors write to students."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolButton

from astegni_desktop import geez_input
from astegni_desktop.api.models import SessionRequest
from astegni_desktop.dialogs.reject import RejectDialog
from astegni_desktop.store.repo import RequestView

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _typing_starts_off(qapp) -> Iterator[None]:
    geez_input.set_enabled(False)
    yield
    geez_input.set_enabled(False)


@pytest.fixture
def reject(qtbot) -> RejectDialog:
    view = RequestView(
        SessionRequest(id=7, status="pending", requested_to_name="Hanna Tesfaye"),
        status="pending",
        sync_state="synced",
        sync_error=None,
        seen=False,
    )
    dialog = RejectDialog(None, view)
    qtbot.addWidget(dialog.dialog)
    dialog.dialog.show()
    dialog.reason.setFocus()
    return dialog


def switch_of(edit) -> QToolButton:
    found = edit.findChild(QToolButton, "GeezSwitch")
    assert found is not None
    return found


def test_a_tutor_types_selam_temari_in_the_reject_reason(reject: RejectDialog, qtbot) -> None:
    assert switch_of(reject.reason).text() == "A"
    qtbot.keyClick(reject.reason, Qt.Key.Key_F12)
    assert switch_of(reject.reason).text() == "አ"
    qtbot.keyClicks(reject.reason, "selam temari")
    # the last syllable is still being composed (ሪ could become ሬ): shown, not yet in the text
    assert reject.reason.toPlainText() == "ሰላም ተማ"
    assert reject.text() == "ሰላም ተማሪ"
    assert reject.counter.text() == "7/500"


def test_enter_and_backspace_work_on_the_syllable_being_typed(reject: RejectDialog, qtbot) -> None:
    qtbot.keyClick(reject.reason, Qt.Key.Key_F12)
    qtbot.keyClicks(reject.reason, "bet")
    qtbot.keyClick(reject.reason, Qt.Key.Key_Backspace)  # takes back the pending t, not a letter
    qtbot.keyClicks(reject.reason, "dr")
    qtbot.keyClick(reject.reason, Qt.Key.Key_Return)
    qtbot.keyClicks(reject.reason, "selam.")
    assert reject.reason.toPlainText() == "በድር\nሰላም።"
    qtbot.keyClick(reject.reason, Qt.Key.Key_Backspace)  # nothing pending: the box deletes ።
    assert reject.text() == "በድር\nሰላም"


def test_with_the_switch_off_latin_keys_pass_through(reject: RejectDialog, qtbot) -> None:
    qtbot.keyClick(reject.reason, Qt.Key.Key_F12)
    qtbot.keyClicks(reject.reason, "selam ")
    qtbot.keyClick(reject.reason, Qt.Key.Key_F12)
    assert switch_of(reject.reason).text() == "A"
    qtbot.keyClicks(reject.reason, "selam, 10:30.")
    assert reject.text() == "ሰላም selam, 10:30."


def test_the_switch_is_one_for_the_whole_app_and_its_click_toggles_it(reject: RejectDialog, qtbot) -> None:
    chat = QLineEdit()
    qtbot.addWidget(chat)
    geez_input.install(chat)
    chat.show()
    qtbot.mouseClick(switch_of(reject.reason), Qt.MouseButton.LeftButton)
    assert switch_of(chat).text() == "አ"
    chat.setFocus()
    qtbot.keyClicks(chat, "tmhrt bEt")
    assert chat.text() == "ትምህርት ቤ"  # ት waits: te, tu… would change it
    geez_input.commit(chat)
    assert chat.text() == "ትምህርት ቤት"
    assert switch_of(chat).geometry().right() <= chat.rect().right()


def test_a_line_edit_commits_before_enter_so_the_chat_sends_the_whole_word(qtbot) -> None:
    chat = QLineEdit()
    qtbot.addWidget(chat)
    geez_input.install(chat)
    sent: list[str] = []
    chat.returnPressed.connect(lambda: sent.append(chat.text()))
    chat.show()
    geez_input.set_enabled(True)
    qtbot.keyClicks(chat, "selam")
    qtbot.keyClick(chat, Qt.Key.Key_Return)
    assert sent == ["ሰላም"]


def test_the_reference_card_lists_every_consonant_with_its_keys(reject: RejectDialog, qtbot) -> None:
    qtbot.keyClick(reject.reason, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    card = reject.dialog.findChild(geez_input.ReferenceCard)
    assert card is not None and card.isVisible()
    rows = {card.table.verticalHeaderItem(r).text(): r for r in range(card.table.rowCount())}
    assert card.table.rowCount() == 35

    def cell(keys: str, column: int) -> str:
        item = card.table.item(rows[keys], column)
        return item.text() if item is not None else ""

    assert (cell("s", 0), cell("x sh", 3), cell("k", 7), cell("h", 7)) == ("ሰ", "ሻ", "ኳ", "")
    assert not geez_input.is_enabled()  # Shift+F12 only shows the card


def test_read_only_boxes_are_left_alone(qtbot) -> None:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    qtbot.addWidget(box)
    geez_input.install(box)
    geez_input.set_enabled(True)
    box.show()
    qtbot.keyClicks(box, "selam")
    assert box.toPlainText() == ""


def test_a_tutor_types_selam_temari_on_the_board(tmp_path, qtbot) -> None:
    from PySide6.QtCore import QPoint, QPointF

    from astegni_desktop.canvas.view import CanvasView
    from astegni_desktop.ink import Tool
    from astegni_desktop.store import Store

    store = Store(tmp_path / "cache.sqlite3")
    board = store.boards.create("ፊደል")
    view = CanvasView(store.boards)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_page(board.pages[0])
    view.auto_fit, view.zoom, view.offset = False, 1.0, QPointF(0, 0)
    view.set_mode(Tool.TEXT.value)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(120, 160))
    editor = view.editor
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_F12)
    qtbot.keyClicks(editor, "selam temari")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.page is not None
    assert [(s.tool, s.text) for s in view.page] == [(Tool.TEXT, "ሰላም ተማሪ")]
    store.close()


def test_the_switch_sits_in_the_corner_of_a_laid_out_box(reject: RejectDialog, qtbot) -> None:
    reject.dialog.resize(600, 420)
    qtbot.wait(20)
    corner = switch_of(reject.reason).geometry()
    viewport = reject.reason.viewport().geometry()
    assert corner.right() == viewport.right() and corner.bottom() == viewport.bottom()
