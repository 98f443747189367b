"""New-user trial: the reject dialog opened with the keyboard on the preset reasons, so the reason a tutor
typed went to the list's type-ahead search. Typing writes the reason now; the presets: one Shift+Tab away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from astegni_desktop.dialogs.reject import RejectDialog
from tests.ui.conftest import TutorApp

pytestmark = pytest.mark.gui


def test_typing_in_the_reject_dialog_writes_the_reason(tutor_app: TutorApp, qtbot) -> None:
    request = next(v for v in tutor_app.store.requests() if v.status == "pending")
    reject = RejectDialog(tutor_app.window, request)
    qtbot.addWidget(reject.dialog)
    reject.dialog.show()
    reject.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reject.dialog, timeout=2_000)
    assert QApplication.focusWidget() is reject.reason
    QTest.keyClicks(reject.reason, "My week is full")  # where the keys go: the focus (asserted above)
    assert reject.text() == "My week is full"
    assert reject.presets.currentIndex() == 0  # the list did not jump to a preset
    QTest.keyClick(reject.reason, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is reject.presets  # the presets by keyboard
    QTest.keyClick(reject.presets, Qt.Key.Key_Down)
    assert reject.text().startswith("My schedule is full")
    assert QApplication.focusWidget() is reject.presets  # arrows browse the presets, in place
    QTest.keyClick(reject.presets, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is reject.reason  # and back to writing
