"""Which reminders are due now. The server never sends reminders (CONTRACT.md §5): the app does, while it
runs. Each reminder has a stable key: the store remembers it was shown, so a restart never repeats it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..i18n import translate
from .agenda import Entry
from .labels import day_label, ui_date


@dataclass(frozen=True)
class Reminder:
    key: str
    title: str
    body: str
    starts_at: datetime


def reminder_key(entry: Entry) -> str:
    return f"{entry.key}@{entry.starts_at.isoformat(timespec='minutes')}"


def due(
    entries: Iterable[Entry], now: datetime, already: set[str] | None = None, mode: str = "gregorian"
) -> list[Reminder]:
    """Entries whose alarm time has come and which have not started yet (a late start still reminds), worded
    in the interface's language with dates in the tutor's calendar (`mode`)."""
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
        clock = f"{starts:%H:%M}"
        if minutes < 90:
            when = (
                translate("reminders", "in 1 minute")
                if minutes == 1
                else translate("reminders", "in {n} minutes").format(n=minutes)
            )
        else:
            when = translate("reminders", "at {time}").format(time=clock)
        title = (
            translate("reminders", "Lesson {when}: {title}").format(when=when, title=e.title)
            if e.is_lesson
            else translate("reminders", "{title} starts {when}").format(title=e.title, when=when)
        )
        # the UI's language (never the machine's locale), in the tutor's calendar
        day = ui_date(starts.date(), "dddd d MMMM") if mode == "gregorian" else day_label(starts.date(), mode)
        body = f"{day}, {clock}–{e.end:%H:%M}" + (f" · {e.detail}" if e.detail else "")
        out.append(Reminder(key, title, body, starts))
    return sorted(out, key=lambda r: r.starts_at)
