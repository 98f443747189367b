"""Everywhere (issue 14): the item under the pointer in a drop-down is readable in both themes, and Settings
shows the server the window really talks to."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLineEdit

from astegni_desktop.dialogs.settings import SettingsDialog
from astegni_desktop.settings import Settings
from astegni_desktop.theme import apply_theme

from .conftest import TutorApp

pytestmark = pytest.mark.gui


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_item_under_the_pointer_in_a_drop_down_is_readable(qapp: QApplication, qtbot, theme: str) -> None:
    apply_theme(qapp, theme)
    try:
        dialog = SettingsDialog(None, Settings())
        qtbot.addWidget(dialog.dialog)
        dialog.dialog.show()
        combo = dialog.calendar
        assert isinstance(combo, QComboBox)
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(view.isVisible, timeout=2_000)
        hovered = view.visualRect(view.model().index(1, 0))
        QTest.mouseMove(view.viewport(), view.visualRect(view.model().index(2, 0)).center())
        QTest.mouseMove(view.viewport(), hovered.center())
        qtbot.waitUntil(lambda: view.currentIndex().row() == 1, timeout=2_000)
        QTest.qWait(50)
        image = view.viewport().grab().toImage()
        inner = hovered.adjusted(2, 2, -2, -2)
        colours = Counter(
            image.pixelColor(x, y).name()
            for y in range(inner.top(), min(inner.bottom(), image.height()))
            for x in range(inner.left(), min(inner.right(), image.width()))
        )
        background = QColor(colours.most_common(1)[0][0])
        text = max((QColor(c) for c in colours), key=lambda c: contrast(c, background))
        assert contrast(text, background) >= 4.5  # the text is there, and readable
        other = view.visualRect(view.model().index(2, 0))
        assert image.pixelColor(other.left() + 2, other.center().y()) != background  # and marked as hovered
        combo.hidePopup()
    finally:
        apply_theme(qapp, "light")


def test_settings_show_the_server_the_window_talks_to(tutor_app: TutorApp, qtbot) -> None:
    assert tutor_app.settings.server_url == "https://api.astegni.com"  # as in --demo: never signed in there
    seen: dict[str, str] = {}

    def look_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        edit = dialog.findChild(QLineEdit, "serverEdit")
        assert edit is not None
        seen["server"] = edit.text()
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok) or buttons.button(
            QDialogButtonBox.StandardButton.Save
        )
        assert ok is not None
        ok.click()

    QTimer.singleShot(100, look_and_save)
    tutor_app.window.show_settings()
    assert seen["server"] == tutor_app.server.url
    assert tutor_app.settings.server_url == "https://api.astegni.com"  # the demo's address is not saved


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_short_drop_down_shows_all_its_items_without_scrolling(
    qapp: QApplication, qtbot, theme: str
) -> None:
    """A guard: the theme list (three items) must open with all three shown. In the running app (main(),
    after start-up) it opens 2½ rows high with a bottom scroll arrow, "Dark" cut in half; built alone, as
    here, it does not (cause not found yet, see the issue 14 re-trial report)."""
    apply_theme(qapp, theme)
    try:
        dialog = SettingsDialog(None, Settings())
        qtbot.addWidget(dialog.dialog)
        dialog.dialog.show()
        for combo in dialog.dialog.findChildren(QComboBox):
            if not combo.isVisibleTo(dialog.dialog) or not 1 < combo.count() <= combo.maxVisibleItems():
                continue
            combo.showPopup()
            view = combo.view()
            qtbot.waitUntil(view.isVisible, timeout=2_000)
            QTest.qWait(50)
            shown = view.viewport().rect()
            for row in range(combo.count()):
                rect = view.visualRect(view.model().index(row, 0))
                assert shown.top() <= rect.top() and rect.bottom() <= shown.bottom(), combo.itemText(row)
            assert view.verticalScrollBar().maximum() == 0
            combo.hidePopup()
    finally:
        apply_theme(qapp, "light")
