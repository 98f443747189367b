"""The Schedule panel as a tutor uses it, against the dev server: the week at a glance, a recurring block made
offline and synced, edit and delete round trips, completing a lesson, conflicts, reminders, .ics export,
Ethiopian dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QPoint, QPointF, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from astegni_desktop.calendar.agenda import Entry
from astegni_desktop.calendar.model import Availability
from astegni_desktop.dialogs.lesson import LessonDialog
from astegni_desktop.mainwindow import MainWindow
from astegni_desktop.sync import Connectivity
from astegni_desktop.sync.qtbridge import SyncBridge
from astegni_desktop.ui_support import child
from tests.helpers.api import tutor

from .conftest import TutorApp

pytestmark = pytest.mark.gui


def server_schedules(app: TutorApp) -> list[dict]:
    s = tutor(app.server.url)
    try:
        return s.http.get("/api/schedules", params={"role_filter": "tutor"}).json()
    finally:
        s.close()


def server_lessons(app: TutorApp) -> dict[int, dict]:
    s = tutor(app.server.url)
    try:
        return {r["id"]: r for r in s.http.get("/api/tutor/sessions").json()}
    finally:
        s.close()


def with_dialog(qtbot, act: Callable[[QDialog], None]) -> None:
    """Fill in the next modal dialog as a tutor would, once it is open."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, attempt)
            return
        act(dialog)

    QTimer.singleShot(20, attempt)


def open_schedule(app: TutorApp, qtbot) -> None:
    app.window.nav.setCurrentRow(2)
    qtbot.waitUntil(lambda: len(app.window.schedule.data.availability) > 500, timeout=10_000)


def entries_this_week(app: TutorApp) -> list[Entry]:
    panel = app.window.schedule
    first, last = panel.week.range()
    return [e for d in panel.data.days(first, last).values() for e in d]


def select_next_scheduled_lesson(app: TutorApp) -> Entry:
    """The next lesson still to come in the fortnight, selected as a tutor would in the week."""
    panel = app.window.schedule
    upcoming = sorted(
        (e for d in panel.data.days(date.today(), date.today() + timedelta(days=14)).values() for e in d),
        key=lambda e: (e.day, e.start),
    )
    target = next(e for e in upcoming if e.is_lesson and e.status == "scheduled")
    panel.go_to(target.day)
    panel.select(target)
    return target


def test_the_week_shows_availability_and_lessons_at_a_glance(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    assert panel.stack.currentWidget() is panel.week
    panel.go_today()
    blocks = panel.week.grid.blocks
    kinds = {b.entry.kind for b in blocks}
    assert kinds == {"availability", "lesson"}
    assert any(b.entry.booked_spans for b in blocks)  # the part of availability a lesson fills is booked
    lesson = next(b for b in blocks if b.entry.is_lesson)
    avail = next(b for b in blocks if not b.entry.is_lesson and b.entry.day == lesson.entry.day)
    assert lesson.rect.left() > avail.rect.left()  # lessons sit on top of availability, to its right
    qtbot.mouseClick(panel.week.grid, Qt.MouseButton.LeftButton, pos=lesson.rect.center().toPoint())
    assert panel.selected is not None and panel.selected.key == lesson.entry.key
    assert panel.d_kind.text().startswith(("LESSON", "GROUP LESSON"))
    assert panel.d_values.labels[0][1].text() == lesson.entry.status.replace("-", " ").capitalize()
    before = panel.anchor
    qtbot.keyClick(panel.week.grid, Qt.Key.Key_PageDown)
    assert panel.anchor == before + timedelta(days=7)
    qtbot.keyClick(panel.week.grid, Qt.Key.Key_T)
    assert panel.anchor == date.today()
    qtbot.keyClick(panel.week.grid, Qt.Key.Key_M)
    assert panel.stack.currentWidget() is panel.month
    assert panel.title.text() == f"{date.today():%B %Y}"
    assert sum(len(c.chips) for c in panel.month.cells) > 40


def test_a_recurring_block_made_offline_appears_at_once_and_syncs(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.go_to(date(2027, 1, 12))
    tutor_app.server.stop()
    tutor_app.engine.kick(pull=True)
    qtbot.waitUntil(lambda: tutor_app.engine.connectivity is Connectivity.OFFLINE, timeout=5000)

    def fill(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "titleEdit").setText("Grade 12 chemistry clinic")
        child(dialog, QRadioButton, "recurringRadio").setChecked(True)
        child(dialog, QSpinBox, "yearSpin").setValue(2027)
        months = {b.text(): b for b in child(dialog, QWidget, "monthsBox").findChildren(QCheckBox)}
        days = {b.text(): b for b in child(dialog, QWidget, "daysBox").findChildren(QCheckBox)}
        for box in [*months.values(), *days.values()]:
            box.setChecked(False)
        months["Jan"].setChecked(True)
        months["Feb"].setChecked(True)
        days["Tue"].setChecked(True)
        days["Thu"].setChecked(True)
        child(dialog, QTimeEdit, "startTime").setTime(QTime(7, 0))
        child(dialog, QTimeEdit, "endTime").setTime(QTime(8, 30))
        child(dialog, QCheckBox, "alarmCheck").setChecked(True)
        child(dialog, QSpinBox, "alarmMinutes").setValue(45)
        save = child(dialog, QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    with_dialog(qtbot, fill)
    qtbot.mouseClick(panel.new_availability_button, Qt.MouseButton.LeftButton)
    mine = [e for e in entries_this_week(tutor_app) if e.title == "Grade 12 chemistry clinic"]
    assert [e.day for e in mine] == [date(2027, 1, 12), date(2027, 1, 14)]  # shown at once, offline
    assert mine[0].sync_state == "queued"
    assert "saved on this computer" in panel.d_sync.text().lower()
    assert tutor_app.store.pending_count() == 1
    tutor_app.server.start()
    qtbot.mouseClick(tutor_app.window.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tutor_app.store.pending_count() == 0, timeout=10_000)
    rows = [r for r in server_schedules(tutor_app) if r["title"] == "Grade 12 chemistry clinic"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["year"], row["months"], row["days"], row["start_time"], row["end_time"]) == (
        2027,
        ["January", "February"],
        ["Tuesday", "Thursday"],
        "07:00:00",
        "08:30:00",
    )
    assert (row["alarm_enabled"], row["alarm_before_minutes"], row["scheduler_role"]) == (True, 45, "tutor")
    qtbot.waitUntil(
        lambda: all(
            e.sync_state == "synced" for e in entries_this_week(tutor_app) if e.title == row["title"]
        ),
        timeout=5000,
    )


def test_edit_then_delete_an_availability_round_trip(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.go_to(date(2027, 3, 1))
    panel.save_availability(
        Availability(
            local_id=tutor_app.store.calendar.new_local_id(),
            server_id=None,
            title="Mock exam marking",
            year=2027,
            schedule_type="specific",
            start_time="10:00",
            end_time="12:00",
            specific_dates=("2027-03-02", "2027-03-04"),
        )
    )
    qtbot.waitUntil(lambda: tutor_app.store.pending_count() == 0, timeout=10_000)
    entry = next(e for e in entries_this_week(tutor_app) if e.title == "Mock exam marking")
    panel.select(entry)

    def rename(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "titleEdit").setText("Mock exam marking (room 4)")
        child(dialog, QRadioButton, "specificRadio").setChecked(True)
        child(dialog, QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Save).click()

    with_dialog(qtbot, rename)
    qtbot.mouseClick(panel.b_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(r["title"] == "Mock exam marking (room 4)" for r in server_schedules(tutor_app)),
        timeout=10_000,
    )
    row = next(r for r in server_schedules(tutor_app) if r["title"] == "Mock exam marking (room 4)")
    assert row["specific_dates"] == ["2027-03-02", "2027-03-04"] and row["updated_at"]
    panel.ask = lambda *_: True
    entry = next(e for e in entries_this_week(tutor_app) if e.title == "Mock exam marking (room 4)")
    panel.select(entry)
    qtbot.mouseClick(panel.b_delete, Qt.MouseButton.LeftButton)
    assert not [e for e in entries_this_week(tutor_app) if e.title.startswith("Mock exam")]
    qtbot.waitUntil(lambda: all(r["id"] != row["id"] for r in server_schedules(tutor_app)), timeout=10_000)


def test_completing_a_lesson_marks_every_record_of_the_group(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    target = select_next_scheduled_lesson(tutor_app)
    assert panel.b_complete.isVisible() and panel.b_delete.isVisible()
    asked: list[str] = []

    def refuse(_parent, _title, text: str) -> bool:
        asked.append(text)
        return False

    panel.ask = refuse
    qtbot.mouseClick(panel.b_complete, Qt.MouseButton.LeftButton)
    # It has not started yet: the tutor is asked first, and "No" changes nothing.
    assert len(asked) == 1 and "has not started yet" in asked[0]
    assert panel.selected is not None and panel.selected.status == "scheduled"
    panel.ask = lambda *_: True
    qtbot.mouseClick(panel.b_complete, Qt.MouseButton.LeftButton)
    assert panel.selected is not None and panel.selected.status == "completed"
    assert panel.undo_bar.isVisible() and panel.undo_text.text() == "Marked completed."
    assert not panel.b_delete.isVisible()  # the server refuses to delete a completed lesson: not offered
    qtbot.waitUntil(
        lambda: all(server_lessons(tutor_app)[i]["status"] == "completed" for i in target.lesson_ids),
        timeout=10_000,
    )


def test_undo_after_marking_completed_restores_the_lesson_here_and_on_astegni(
    tutor_app: TutorApp, qtbot
) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.ask = lambda *_: True
    target = select_next_scheduled_lesson(tutor_app)
    qtbot.mouseClick(panel.b_complete, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.b_undo, Qt.MouseButton.LeftButton)
    assert panel.selected is not None and panel.selected.status == "scheduled"
    assert not panel.undo_bar.isVisible() and panel.b_complete.isVisible()
    qtbot.waitUntil(lambda: tutor_app.store.pending_count() == 0, timeout=10_000)
    assert all(server_lessons(tutor_app)[i]["status"] == "scheduled" for i in target.lesson_ids)


def test_week_labels_are_elided_and_overlaps_beyond_the_width_are_counted(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    day = date(2027, 5, 3)
    for i in range(12):  # twelve overlapping blocks cannot sit side by side in one week column
        panel.save_availability(
            Availability(
                local_id=tutor_app.store.calendar.new_local_id(),
                server_id=None,
                title=f"Open office hours for exam preparation {i}",
                year=2027,
                schedule_type="specific",
                start_time="09:00",
                end_time="11:00",
                specific_dates=(day.isoformat(),),
            )
        )
    panel.go_to(day)
    panel.set_view("week")
    grid = panel.week.grid
    ours = lambda blocks: [b for b in blocks if b.entry.title.startswith("Open office hours")]  # noqa: E731
    column = ours(grid.blocks)
    assert column and all(b.rect.width() >= grid.MIN_LANE - 2 for b in column)
    more = [o for o in grid.overflow if o.day == day]
    assert len(more) == 1 and len(column) + more[0].count == 12
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=more[0].rect.center().toPoint())
    assert panel.stack.currentWidget() is panel.day and panel.anchor == day
    assert len(ours(panel.day.grid.blocks)) == 12  # the day has room for them all


def test_the_agenda_needs_no_horizontal_scroll_bar(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.go_to(date.today())
    panel.set_view("agenda")
    tree = panel.agenda.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 5)
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.header().length() <= tree.viewport().width() + 1


def test_moving_a_lesson_into_a_clash_warns_before_saving(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    days = panel.data.days(date.today(), date.today() + timedelta(days=30))
    pairs = [
        (a, b)
        for entries in days.values()
        for a in entries
        for b in entries
        if a.is_lesson
        and b.is_lesson
        and a.key != b.key
        and a.status == "scheduled"
        and b.status == "scheduled"
    ]
    if pairs:
        mover, other = pairs[0]
    else:  # two lessons on different days: move one onto the other
        lessons = [e for entries in days.values() for e in entries if e.is_lesson and e.status == "scheduled"]
        mover, other = lessons[0], next(e for e in lessons if e.day != lessons[0].day)
    item = tutor_app.store.calendar.lesson(mover.lesson_id or 0)
    dialog = LessonDialog(panel, panel._conflicts(mover.key), lesson=item)
    qtbot.addWidget(dialog)
    assert not dialog.warning.text().startswith("⚠ It overlaps")
    dialog.date.setDate(QDate(other.day.year, other.day.month, other.day.day))
    dialog.start.setTime(QTime(other.start.hour, other.start.minute))
    dialog.end.setTime(QTime(other.end.hour, other.end.minute))
    assert "overlaps" in dialog.warning.text() and other.title in dialog.warning.text()
    dialog.start.setTime(QTime(5, 0))
    dialog.end.setTime(QTime(6, 0))
    assert "outside your availability" in dialog.warning.text()

    def refuse(box: QDialog) -> None:
        assert "clashes" in box.findChild(QWidget, "qt_msgbox_label").text()  # type: ignore[union-attr]
        box.reject()

    with_dialog(qtbot, refuse)
    dialog._save()
    assert dialog.result() != QDialog.DialogCode.Accepted  # the tutor said no: nothing saved
    assert tutor_app.store.pending_count() == 0


def test_reminders_fire_once_and_not_again_after_a_restart(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.save_availability(
        Availability(
            local_id=tutor_app.store.calendar.new_local_id(),
            server_id=None,
            title="Parent meeting slot",
            year=2027,
            schedule_type="specific",
            start_time="10:00",
            end_time="11:00",
            specific_dates=("2027-03-10",),
            alarm_enabled=True,
            alarm_before_minutes=30,
        )
    )
    window = tutor_app.window
    assert window.check_reminders(datetime(2027, 3, 10, 9, 20)) == []  # not yet: 40 minutes before
    fired = window.check_reminders(datetime(2027, 3, 10, 9, 35))
    assert [r.title for r in fired] == ["Parent meeting slot starts in 25 minutes"]
    assert "Parent meeting slot" in window.statusBar().currentMessage()
    assert window.check_reminders(datetime(2027, 3, 10, 9, 40)) == []  # once
    again = MainWindow(
        window.account, tutor_app.store, tutor_app.engine, SyncBridge(), tutor_app.settings, lambda: None
    )
    qtbot.addWidget(again)
    again.schedule.reload()
    assert again.check_reminders(datetime(2027, 3, 10, 9, 45)) == []  # a restart does not repeat it
    assert window.check_reminders(datetime(2027, 3, 10, 10, 5)) == []  # started: too late to remind


def test_ics_export_parses_back_to_the_same_events(tutor_app: TutorApp, qtbot, tmp_path: Path) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    first, last = date.today(), date.today() + timedelta(days=13)
    path = tmp_path / "two-weeks.ics"
    count = panel.export_ics(path, first, last)
    expected = [e for d in panel.data.days(first, last).values() for e in d]
    assert count == len(expected) > 20
    cal = Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(expected)
    assert len({str(ev["uid"]) for ev in events}) == len(events)
    got = sorted((ev.decoded("dtstart"), ev.decoded("dtend"), str(ev["summary"])) for ev in events)
    want = sorted(
        (e.starts_at, e.ends_at, f"Lesson: {e.title}" if e.is_lesson else f"Available: {e.title}")
        for e in expected
    )
    assert got == want
    reminders = [ev for ev in events if any(c.name == "VALARM" for c in ev.subcomponents)]
    assert len(reminders) == sum(1 for e in expected if e.alarm_minutes)
    only_lessons = panel.export_ics(tmp_path / "lessons.ics", first, last, availability=False)
    assert only_lessons == sum(1 for e in expected if e.is_lesson)


def test_ethiopian_dates_in_the_month_view_and_titles(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.set_view("month")
    panel.set_mode("ethiopian")
    assert tutor_app.settings.calendar_display == "ethiopian"  # remembered
    panel.go_to(date(2026, 9, 20))
    first, last = panel.month.range()
    assert first <= date(2026, 9, 11) and last >= date(2026, 10, 10)  # Meskerem 2019: 11 Sep – 10 Oct
    assert panel.title.text().startswith("መስከረም 2019")
    assert panel.subtitle.text() == "Sep – Oct 2026"
    meskerem_1 = next(c for c in panel.month.cells if c.day == date(2026, 9, 11))
    assert (
        meskerem_1.in_month and not next(c for c in panel.month.cells if c.day == date(2026, 9, 10)).in_month
    )
    panel.step(1)
    assert panel.title.text().startswith("ጥቅምት 2019")
    panel.set_view("day")
    panel.go_to(date(2025, 1, 7))
    assert panel.title.text() == "Tue ታኅሣሥ 29, 2017"  # Genna
    panel.set_mode("both")
    assert (panel.title.text(), panel.subtitle.text()) == ("Tue 7 Jan 2025", "Tue ታኅሣሥ 29, 2017")
    panel.set_mode("gregorian")
    assert not panel.subtitle.isVisible()


def test_zoom_the_hour_scale_and_drag_to_scroll(tutor_app: TutorApp, qtbot) -> None:
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.set_view("day")
    grid = panel.day.grid
    before = grid.hour_px
    panel.day.zoom(1.5)
    assert grid.height() == pytest.approx(24 * before * 1.5, abs=3)
    bar = panel.day.scroller.verticalScrollBar()
    bar.setValue(120)
    night = QPoint(grid.GUTTER + 5, int(3 * grid.hour_px))  # 03:00: nothing planned at that hour
    assert grid.block_at(QPointF(night)) is None
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=night)
    qtbot.mouseMove(grid, night + QPoint(0, 60))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=night + QPoint(0, 60))
    assert bar.value() == 60  # the page followed the hand
    assert grid.time_at(night.y()) == time(3, 0)


def test_the_date_picker_tells_the_ethiopian_date_in_that_calendar(tutor_app: TutorApp, qtbot) -> None:
    """Qt's date picker is Gregorian only: beside it stands the picked day's Ethiopian date, and each day of
    its popup tells its Ethiopian date, so a tutor reading the Ethiopian calendar needs no conversion."""
    open_schedule(tutor_app, qtbot)
    panel = tutor_app.window.schedule
    panel.set_view("week")
    panel.set_mode("ethiopian")
    panel.go_to(date(2026, 9, 11))  # Meskerem 1, 2019
    assert panel.picker_ethiopian.isVisible() and panel.picker_ethiopian.text() == "መስከረም 1, 2019"
    assert "መስከረም 1, 2019" in panel.picker.accessibleDescription()
    popup = panel.picker.calendarWidget()
    assert popup.dateTextFormat(QDate(2026, 9, 12)).toolTip() == "መስከረም 2, 2019"
    panel.picker.setDate(QDate(2025, 1, 7))  # the tutor picks Genna
    assert panel.anchor == date(2025, 1, 7) and panel.picker_ethiopian.text() == "ታኅሣሥ 29, 2017"
    panel.set_mode("gregorian")
    assert not panel.picker_ethiopian.isVisible() and not popup.dateTextFormat(QDate(2025, 1, 8)).toolTip()
