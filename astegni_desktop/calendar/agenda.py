"""What the calendar shows for a range of days: availability occurrences and lessons as entries, with
"booked" (a lesson fills the availability) and conflicts (lessons overlapping, or outside availability).

Months are computed once and cached; the cache is rebuilt when the data changes (a new `CalendarData`)."""

from __future__ import annotations

import calendar as pycal
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from ..i18n import translate
from .model import Availability, LessonItem, clock
from .recurrence import occurrences

END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True)
class Entry:
    kind: str  # "availability" | "lesson"
    key: str  # availability: its local id; lesson: "lesson:<id>"
    day: date
    start: time
    end: time
    title: str
    detail: str
    status: str  # lesson: scheduled | in-progress | completed | cancelled; availability: active | draft
    booked: bool = False  # availability: lessons fill all of it
    booked_spans: tuple[tuple[time, time], ...] = ()  # availability: the parts lessons fill, in order
    conflict: str | None = None
    sync_state: str = "synced"
    alarm_minutes: int | None = None
    lesson_ids: tuple[int, ...] = ()  # a course shared by several students has one lesson row per student
    server_id: int | None = None  # availability: the schedule's id on the server, once known

    @property
    def uid(self) -> str:
        """Stable across computers and exports (a local id is not: each cache makes its own)."""
        if self.is_lesson:
            return f"lesson-{self.lesson_id}-{self.day.isoformat()}@astegni"
        ref = f"schedule-{self.server_id}" if self.server_id is not None else f"local-{self.key}"
        return f"{ref}-{self.day.isoformat()}@astegni"

    @property
    def lesson_id(self) -> int | None:
        return self.lesson_ids[0] if self.lesson_ids else None

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end)

    @property
    def is_lesson(self) -> bool:
        return self.kind == "lesson"

    @property
    def active(self) -> bool:
        return self.status not in ("cancelled", "draft")

    def overlaps(self, start: time, end: time) -> bool:
        return self.start < end and start < self.end

    @property
    def partly_booked(self) -> bool:
        return bool(self.booked_spans) and not self.booked


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, pycal.monthrange(year, month)[1])


def _time(value: str) -> time | None:
    try:
        return time.fromisoformat(clock(value))
    except ValueError:
        return None


def lesson_entry(item: LessonItem) -> Entry | None:
    m = item.model
    day, start, end = item.day, _time(m.start_time), _time(m.end_time)
    if day is None or start is None or end is None:
        return None
    who = m.student_name or translate("calendar", "Student")
    return Entry(
        kind="lesson",
        key=item.key,
        day=day,
        start=start,
        end=end if end > start else END_OF_DAY,
        title=f"{who} · {m.course_name}" if m.course_name else who,
        detail=", ".join(m.topics) if m.topics else (m.session_mode or ""),
        status=item.status,
        sync_state=item.sync_state,
        alarm_minutes=(m.alarm_before_minutes or 15) if m.alarm_enabled else None,
        lesson_ids=(m.id,),
    )


STATUS_RANK = {"in-progress": 0, "scheduled": 1, "completed": 2, "cancelled": 3}
SYNC_RANK = {"failed": 0, "queued": 1, "synced": 2}


def group_lessons(entries: list[Entry]) -> list[Entry]:
    """One entry per lesson of a shared course: rows of the same course, day and time are one group lesson."""
    groups: dict[tuple[str, time, time], list[Entry]] = {}
    for e in entries:
        course = e.title.split(" · ", 1)[-1]
        groups.setdefault((course, e.start, e.end), []).append(e)
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
            continue
        first = members[0]
        status = min((m.status for m in members), key=lambda x: STATUS_RANK.get(x, 9))
        sync = min((m.sync_state for m in members), key=lambda x: SYNC_RANK.get(x, 9))
        out.append(
            replace(
                first,
                title=translate("calendar", "{title} (group of {n})").format(
                    title=first.title, n=len(members)
                ),
                status=status,
                sync_state=sync,
                lesson_ids=tuple(i for m in members for i in m.lesson_ids),
            )
        )
    return out


class CalendarData:
    """Entries by day, computed per month on first use and kept until the data changes."""

    def __init__(self, availability: Iterable[Availability], lessons: Iterable[LessonItem]) -> None:
        self.availability = {a.local_id: a for a in availability}
        self.lessons: dict[date, list[Entry]] = defaultdict(list)
        by_day: dict[date, list[Entry]] = defaultdict(list)
        for item in lessons:
            entry = lesson_entry(item)
            if entry is not None:
                by_day[entry.day].append(entry)
        for day, entries in by_day.items():
            self.lessons[day] = group_lessons(entries)
        self._months: dict[tuple[int, int], dict[date, list[Entry]]] = {}

    def month(self, year: int, month: int) -> dict[date, list[Entry]]:
        key = (year, month)
        if key not in self._months:
            self._months[key] = self._build(*month_bounds(year, month))
        return self._months[key]

    def days(self, first: date, last: date) -> dict[date, list[Entry]]:
        """Entries of each day from `first` to `last` (inclusive), in time order; days without entries too."""
        out: dict[date, list[Entry]] = {}
        d = first
        while d <= last:
            out[d] = self.month(d.year, d.month).get(d, [])
            d += timedelta(days=1)
        return out

    def entry(self, key: str, day: date | None = None) -> Entry | None:
        days = [day] if day is not None else []
        for d in days:
            for e in self.month(d.year, d.month).get(d, []):
                if e.key == key:
                    return e
        if key.startswith("lesson:"):
            for entries in self.lessons.values():
                for e in entries:
                    if e.key == key:
                        return e
        return None

    def _build(self, first: date, last: date) -> dict[date, list[Entry]]:
        slots: dict[date, list[Entry]] = defaultdict(list)
        for o in occurrences(self.availability.values(), first, last):
            a = o.source
            end = o.end if o.end > o.start else END_OF_DAY
            slots[o.day].append(
                Entry(
                    kind="availability",
                    key=a.local_id,
                    day=o.day,
                    start=o.start,
                    end=end,
                    title=a.title,
                    detail=a.description,
                    status=a.status if a.status in ("active", "draft") else "active",
                    sync_state=a.sync_state,
                    alarm_minutes=a.alarm_before_minutes if a.alarm_enabled else None,
                    server_id=a.server_id,
                )
            )
        out: dict[date, list[Entry]] = {}
        d = first
        while d <= last:
            lessons = self.lessons.get(d, [])
            avail = slots.get(d, [])
            if lessons or avail:
                out[d] = sorted(_mark(avail, lessons), key=lambda e: (e.start, e.kind != "lesson", e.title))
            d += timedelta(days=1)
        return out

    def conflicts(self, day: date, start: time, end: time, ignore_key: str | None = None) -> list[str]:
        """Why a lesson at this time would clash, in the tutor's words (empty when it fits)."""
        found = []
        entries = self.month(day.year, day.month).get(day, [])
        for e in entries:
            if e.is_lesson and e.active and e.key != ignore_key and e.overlaps(start, end):
                found.append(
                    translate("calendar", "It overlaps {title} ({start}–{end}).").format(
                        title=e.title, start=f"{e.start:%H:%M}", end=f"{e.end:%H:%M}"
                    )
                )
        covered = any(
            not e.is_lesson and e.status == "active" and e.start <= start and end <= e.end for e in entries
        )
        if not covered:
            found.append(translate("calendar", "It is outside your availability."))
        return found


def booked_spans(a: Entry, lessons: list[Entry]) -> tuple[tuple[time, time], ...]:
    """The parts of an availability block that lessons fill, clipped to it and merged."""
    parts = sorted((max(a.start, x.start), min(a.end, x.end)) for x in lessons if x.overlaps(a.start, a.end))
    merged: list[tuple[time, time]] = []
    for start, end in parts:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _mark(avail: list[Entry], lessons: list[Entry]) -> list[Entry]:
    live = [lesson for lesson in lessons if lesson.active]
    out = []
    for a in avail:
        spans = booked_spans(a, live) if a.status == "active" else ()
        full = spans == ((a.start, a.end),)
        out.append(replace(a, booked=full, booked_spans=spans) if spans else a)
    active_avail = [a for a in avail if a.status == "active"]
    for lesson in lessons:
        conflict = None
        if lesson.active:
            clash = next(
                (o for o in live if o is not lesson and o.overlaps(lesson.start, lesson.end)),
                None,
            )
            if clash is not None:
                conflict = translate("calendar", "Overlaps {title} ({start}–{end})").format(
                    title=clash.title, start=f"{clash.start:%H:%M}", end=f"{clash.end:%H:%M}"
                )
            elif not any(a.start <= lesson.start and lesson.end <= a.end for a in active_avail):
                conflict = translate("calendar", "Outside your availability")
        out.append(replace(lesson, conflict=conflict) if conflict else lesson)
    return out
