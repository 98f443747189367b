"""What a screen reader reads: every control a tutor can reach in the main window, Requested Sessions and My
Students has an accessible name (in the interface's language), through Qt's accessibility interfaces."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
)

from tests.ui.conftest import TutorApp

pytestmark = pytest.mark.gui
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTabBar, QAbstractSpinBox)


def unnamed(root) -> list[str]:
    found = []
    for kind in INTERACTIVE:
        for widget in root.findChildren(kind):
            if not widget.isVisibleTo(root):
                continue
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or not interface.text(QAccessible.Text.Name).strip():
                found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def test_every_control_of_requests_students_and_the_window_has_a_name(tutor_app: TutorApp, qtbot) -> None:
    window = tutor_app.window
    window.requests.select(next(v.id for v in tutor_app.store.requests() if v.status == "pending"))
    assert unnamed(window.requests) == []
    window.nav.setCurrentRow(1)
    window.students.select(tutor_app.store.students()[0].model.student_id)
    window.students.detail.tabs.setCurrentIndex(1)
    assert unnamed(window.students) == []
    assert unnamed(window.statusBar()) == []
    nav = QAccessible.queryAccessibleInterface(window.nav)
    assert nav is not None and nav.text(QAccessible.Text.Name) == "Sections"
    # the items of a list are read by their text: the screen reader walks the sections by name
    names = [nav.child(i).text(QAccessible.Text.Name) for i in range(nav.childCount())]
    assert names[1:] == ["My Students", "Schedule", "Whiteboard"] and names[0].startswith(
        "Requested Sessions"
    )
    search = QAccessible.queryAccessibleInterface(window.requests.search)
    assert search is not None and search.text(QAccessible.Text.Name) == "Search requests"
    assert "Ctrl+F" in search.text(QAccessible.Text.Description)
