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


def test_the_painted_week_and_month_expose_each_lesson_and_the_keyboard_walks_them(
    tutor_app: TutorApp, qtbot
) -> None:
    from PySide6.QtCore import Qt

    from astegni_desktop.panels.calendar_views import spoken_day

    window = tutor_app.window
    window.nav.setCurrentRow(2)
    panel = window.schedule
    qtbot.waitUntil(lambda: bool(panel.data.lessons), timeout=10_000)
    panel.set_view("week")
    panel.go_today()
    grid = panel.week.grid
    week = QAccessible.queryAccessibleInterface(grid)
    assert week is not None and week.text(QAccessible.Text.Name) == "Week"
    assert week.role() == QAccessible.Role.List
    entries = [e for d in grid.days for e in grid.entries[d]]
    assert week.childCount() == len(entries) > 0
    lessons = [e for e in entries if e.is_lesson]
    assert lessons  # the demo's week has lessons
    names = [week.child(i).text(QAccessible.Text.Name) for i in range(week.childCount())]
    first = lessons[0]
    day = spoken_day(first.day, "gregorian")
    said = f"Lesson: {first.title}, {day}, {first.start:%H:%M} to {first.end:%H:%M}"
    assert (
        said in names
    )  # e.g. "Lesson: Hanna Tesfaye · Mathematics, Tuesday 2 December 2025, 16:00 to 17:30"
    assert all(name.strip() for name in names)
    child = week.child(names.index(said))
    assert child.role() == QAccessible.Role.ListItem and child.parent() is not None
    assert child.rect().width() > 0 and week.indexOfChild(child) == names.index(said)
    # the keyboard: right to the lesson's day, down to its first entry, Enter opens it
    grid.setFocus()
    panel.anchor = grid.view.anchor = panel.week.range()[0]  # Monday
    while panel.anchor != first.day:
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert panel.selected is None
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    for _ in range(len(grid.entries[first.day])):
        chosen = grid.focused_entry()
        assert chosen is not None and chosen.day == first.day
        if chosen.key == first.key:
            break
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    focus = week.focusChild()
    assert focus is not None and focus.text(QAccessible.Text.Name) == said
    assert focus.state().focused and focus.state().selected
    # the month: every entry a child with a name, the focused day described
    panel.set_view("month")
    month = QAccessible.queryAccessibleInterface(panel.month)
    assert month is not None and month.childCount() >= len(entries)
    assert all(month.child(i).text(QAccessible.Text.Name) for i in range(month.childCount()))
    assert panel.month.accessibleDescription().startswith(spoken_day(panel.anchor, "gregorian"))
