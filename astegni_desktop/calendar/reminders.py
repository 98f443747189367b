"""Which reminders are due now. The server never sends reminders (CONTRACT.md §5): the app does, while it
runs. Each reminder has a stable key: the store remembers it was shown, so a restart never repeats it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .agenda import Entry
from .recurrence import month_name, weekday_name


@dataclass(frozen=True)
class Reminder:
    key: str
    title: str
    body: str
    starts_at: datetime


def reminder_key(entry: Entry) -> str:
    return f"{entry.key}@{entry.starts_at.isoformat(timespec='minutes')}"


def due(entries: Iterable[Entry], now: datetime, already: set[str] | None = None) -> list[Reminder]:
    """Entries whose alarm time has come and which have not started yet (a late start still reminds)."""
    out = []
    for e in entries:
        if e.alarm_minutes is None or e.alarm_minutes <= 0 or not e.active or e.status == "completed":
            continue
        starts = e.starts_at
        if not starts - timedelta(minutes=e.alarm_minutes) <= now < starts:
            continue
        key = reminder_key(e)
        if already is not None and key in already:
            continue
        minutes = max(1, round((starts - now).total_seconds() / 60))
        when = f"in {minutes} minute{'s' if minutes != 1 else ''}" if minutes < 90 else f"at {starts:%H:%M}"
        title = f"Lesson {when}: {e.title}" if e.is_lesson else f"{e.title} starts {when}"
        day = f"{weekday_name(starts)} {starts.day:02d} {month_name(starts)}"  # the UI's English, any locale
        body = f"{day}, {starts:%H:%M}–{e.end:%H:%M}" + (f" · {e.detail}" if e.detail else "")
        out.append(Reminder(key, title, body, starts))
    return sorted(out, key=lambda r: r.starts_at)
