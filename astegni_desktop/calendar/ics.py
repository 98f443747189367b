"""iCalendar export (RFC 5545, with the maintained `icalendar` library) of lessons and availability, so a
tutor can import them into Google Calendar or Outlook. Times are floating local times, as the tutor sees
them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from .agenda import Entry
from .recurrence import month_name

PRODID = "-//Astegni//Astegni Desktop//EN"
LESSON_STATUS = {
    "scheduled": "CONFIRMED",
    "in-progress": "CONFIRMED",
    "completed": "CONFIRMED",
    "cancelled": "CANCELLED",
}


def calendar_name(first: date, last: date) -> str:
    """The calendar's title, e.g. "Astegni · 02 Dec – 08 Dec 2026": English whatever the system locale."""
    span = f"{first.day:02d} {month_name(first)[:3]} – {last.day:02d} {month_name(last)[:3]} {last.year}"
    return f"Astegni · {span}"


def to_ics(entries: Iterable[Entry], name: str = "Astegni schedule") -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = datetime.now(UTC)
    for e in entries:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", e.starts_at)
        event.add("dtend", e.ends_at)
        if e.is_lesson:
            event.add("summary", f"Lesson: {e.title}")
            event.add("status", LESSON_STATUS.get(e.status, "CONFIRMED"))
            event.add("categories", ["Astegni lesson", e.status])
        else:
            event.add("summary", f"Available: {e.title}")
            event.add("status", "TENTATIVE" if e.status == "draft" else "CONFIRMED")
            event.add("transp", "TRANSPARENT")
            event.add("categories", ["Astegni availability"])
        if e.detail:
            event.add("description", e.detail)
        if e.alarm_minutes:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", event["summary"])
            alarm.add("trigger", -timedelta(minutes=e.alarm_minutes))
            event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
