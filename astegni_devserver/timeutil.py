"""Parsing and formatting of the contract's dates and times (CONTRACT.md §1.3)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

# Astegni's names are English whatever the locale of the process (--demo embeds this server in the app,
# whose QApplication sets LC_TIME from the environment: calendar.day_name would then be German or Amharic).
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


def parse_time(value: str) -> time | None:
    """'HH:MM' or 'HH:MM:SS' → time; anything else → None."""
    m = _TIME.match(value.strip()) if isinstance(value, str) else None
    if not m:
        return None
    return time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def hms(value: time | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        parsed = parse_time(value)
        return parsed.strftime("%H:%M:%S") if parsed else value
    return value.strftime("%H:%M:%S")


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
