"""Entries for the calendar views: booked availability, conflicts, group lessons, reminders, month ranges."""

from __future__ import annotations

from datetime import date, datetime, time

from astegni_desktop.api.models import Lesson
from astegni_desktop.calendar.agenda import CalendarData
from astegni_desktop.calendar.labels import month_range, shift_month
from astegni_desktop.calendar.model import Availability, LessonItem, strip_marker, with_marker
from astegni_desktop.calendar.reminders import due


def avail(
    local_id: str, start: str, end: str, days: tuple[str, ...] = ("Monday",), **kw: object
) -> Availability:
    values: dict[str, object] = {
        "local_id": local_id,
        "server_id": 1,
        "title": local_id,
        "year": 2027,
        "schedule_type": "recurring",
        "months": ("March",),
        "days": days,
        "start_time": start,
        "end_time": end,
    }
    values.update(kw)
    return Availability(**values)  # type: ignore[arg-type]


def lesson(lesson_id: int, day: str, start: str, end: str, course: int = 1, **kw: object) -> LessonItem:
    return LessonItem(
        Lesson.model_validate(
            {
                "id": lesson_id,
                "enrolled_courses_id": course,
                "student_name": f"Student {course}",
                "course_name": f"Course {course}",
                "session_date": day,
                "start_time": start,
                "end_time": end,
                "status": "scheduled",
                **kw,
            }
        )
    )


MONDAY = "2027-03-01"


def test_a_lesson_inside_availability_books_it_and_one_outside_is_flagged() -> None:
    data = CalendarData(
        [avail("afternoon", "16:00", "18:00"), avail("morning", "08:00", "09:00")],
        [lesson(1, MONDAY, "16:30", "17:30"), lesson(2, MONDAY, "19:00", "20:00", course=2)],
    )
    entries = {e.key: e for e in data.days(date(2027, 3, 1), date(2027, 3, 1))[date(2027, 3, 1)]}
    assert not entries["morning"].booked_spans
    assert entries["afternoon"].partly_booked and not entries["afternoon"].booked
    assert entries["afternoon"].booked_spans == ((time(16, 30), time(17, 30)),)
    assert entries["lesson:1"].conflict is None
    assert entries["lesson:2"].conflict == "Outside your availability"


def test_only_the_part_a_lesson_fills_is_booked_and_full_cover_books_the_whole_block() -> None:
    data = CalendarData(
        [avail("morning", "08:00", "10:30"), avail("noon", "12:00", "13:00")],
        [
            lesson(1, MONDAY, "10:00", "11:00"),  # overlaps the morning's last 30 minutes only
            lesson(2, MONDAY, "11:30", "12:30", course=2),
            lesson(3, MONDAY, "12:30", "13:00", course=3),
        ],
    )
    entries = {e.key: e for e in data.days(date(2027, 3, 1), date(2027, 3, 1))[date(2027, 3, 1)]}
    morning, noon = entries["morning"], entries["noon"]
    assert not morning.booked and morning.booked_spans == ((time(10), time(10, 30)),)
    assert noon.booked and noon.booked_spans == ((time(12), time(13)),)  # two lessons fill it together


def test_overlapping_lessons_of_different_courses_clash_but_a_shared_course_is_one_group_lesson() -> None:
    data = CalendarData(
        [avail("day", "08:00", "20:00")],
        [
            lesson(1, MONDAY, "16:00", "17:00"),
            lesson(2, MONDAY, "16:00", "17:00"),  # same course, same time: another student's record
            lesson(3, MONDAY, "16:30", "17:30", course=2),
            lesson(4, MONDAY, "12:00", "13:00", course=3, status="cancelled"),
            lesson(5, MONDAY, "12:00", "13:00", course=4),
        ],
    )
    day = data.days(date(2027, 3, 1), date(2027, 3, 1))[date(2027, 3, 1)]
    lessons = {e.lesson_ids: e for e in day if e.is_lesson}
    assert set(lessons) == {(1, 2), (3,), (4,), (5,)}
    assert lessons[(1, 2)].title == "Student 1 · Course 1 (group of 2)"
    assert lessons[(1, 2)].conflict and "Course 2" in lessons[(1, 2)].conflict
    assert lessons[(3,)].conflict and "Course 1" in lessons[(3,)].conflict
    assert lessons[(5,)].conflict is None  # a cancelled lesson is no clash
    assert data.conflicts(date(2027, 3, 1), time(12, 30), time(13, 30)) == [
        "It overlaps Student 4 · Course 4 (12:00–13:00)."
    ]
    assert data.conflicts(date(2027, 3, 1), time(6), time(7)) == ["It is outside your availability."]
    assert data.conflicts(date(2027, 3, 1), time(9), time(10)) == []


def test_draft_availability_is_shown_but_never_counts_as_free_time() -> None:
    data = CalendarData(
        [avail("draft", "08:00", "20:00", status="draft")], [lesson(1, MONDAY, "10:00", "11:00")]
    )
    day = data.days(date(2027, 3, 1), date(2027, 3, 1))[date(2027, 3, 1)]
    assert {e.key: e.conflict for e in day} == {"draft": None, "lesson:1": "Outside your availability"}


def test_reminders_are_due_between_the_alarm_and_the_start_once() -> None:
    data = CalendarData(
        [
            avail("alarm", "10:00", "11:00", alarm_enabled=True, alarm_before_minutes=30),
            avail("quiet", "10:00", "11:00"),
        ],
        [lesson(1, MONDAY, "12:00", "13:00", alarm_enabled=True, alarm_before_minutes=60)],
    )
    entries = data.days(date(2027, 3, 1), date(2027, 3, 1))[date(2027, 3, 1)]
    at = datetime(2027, 3, 1, 9, 45)
    assert [r.title for r in due(entries, at)] == ["alarm starts in 15 minutes"]
    assert [r.title for r in due(entries, datetime(2027, 3, 1, 11, 30))] == [
        "Lesson in 30 minutes: Student 1 · Course 1"
    ]
    key = due(entries, at)[0].key
    assert due(entries, at, already={key}) == []
    assert due(entries, datetime(2027, 3, 1, 9, 0)) == []  # too early
    assert due(entries, datetime(2027, 3, 1, 10, 0)) == []  # started


def test_the_client_id_marker_is_hidden_from_the_tutor_and_kept_on_the_server() -> None:
    notes = with_marker("Bring the past papers", "0b6f1c8e-1111-4a2b-9c3d-5e6f7a8b9c0d")
    assert notes == "Bring the past papers [cid:0b6f1c8e-1111-4a2b-9c3d-5e6f7a8b9c0d]"
    assert strip_marker(notes) == ("Bring the past papers", "0b6f1c8e-1111-4a2b-9c3d-5e6f7a8b9c0d")
    assert with_marker(notes, "0b6f1c8e-1111-4a2b-9c3d-5e6f7a8b9c0d") == notes  # never doubled
    assert strip_marker(None) == ("", None)


def test_ethiopian_months_step_through_pagume() -> None:
    assert month_range(date(2027, 9, 8), "ethiopian") == (
        date(2027, 9, 6),
        date(2027, 9, 11),
    )  # Pagume 2019: 6 days
    # Nehase 14 → Pagume, clamped to its last day (6: 2019 is a leap year)
    assert shift_month(date(2027, 8, 20), 1, "ethiopian") == date(2027, 9, 11)
    assert shift_month(date(2027, 9, 6), 1, "ethiopian") == date(2027, 9, 12)  # Pagume 1 → Meskerem 1, 2020
    assert shift_month(date(2026, 1, 31), 1, "gregorian") == date(2026, 2, 28)
