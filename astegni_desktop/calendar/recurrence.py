"""Expanding availability schedules into dated occurrences (CONTRACT.md §5).

A recurring schedule means: every listed weekday of every listed month of its `year`. A specific schedule
lists its dates (they may fall in other years than `year`). Names are matched trimmed and case-insensitively,
as the server stores them unchecked.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Generic, Protocol, TypeVar

# The wire's names (CONTRACT.md §5) are English whatever the system locale: `calendar.month_name`, `%B` and
# `%A` follow LC_TIME, which QApplication sets from the environment (German or Amharic names would match
# nothing, and Astegni would not understand them).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTH_NUMBER = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
MONTH_NUMBER.update({name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, start=1)})
WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
WEEKDAY_NUMBER.update({name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)})


def month_name(d: date) -> str:
    """The English month name the server expects, e.g. "September"."""
    return MONTH_NAMES[d.month - 1]


def weekday_name(d: date) -> str:
    """The English weekday name the server expects, e.g. "Tuesday"."""
    return WEEKDAY_NAMES[d.weekday()]


class Recurrence(Protocol):
    """What expansion needs: the server's Schedule and the app's Availability both have it."""

    @property
    def schedule_type(self) -> str: ...
    @property
    def year(self) -> int: ...
    @property
    def months(self) -> Sequence[str]: ...
    @property
    def days(self) -> Sequence[str]: ...
    @property
    def specific_dates(self) -> Sequence[str]: ...
    @property
    def start_time(self) -> str: ...
    @property
    def end_time(self) -> str: ...


S = TypeVar("S", bound=Recurrence)


@dataclass(frozen=True)
class Occurrence(Generic[S]):
    source: S
    day: date
    start: time
    end: time

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        end = datetime.combine(self.day, self.end)
        return end if self.end > self.start else end + timedelta(days=1)


def parse_clock(value: str) -> time | None:
    try:
        parts = [int(p) for p in value.strip().split(":")]
        return time(parts[0], parts[1], parts[2] if len(parts) > 2 else 0)
    except (ValueError, IndexError, AttributeError):
        return None


@lru_cache(maxsize=4096)
def _recurring_dates(year: int, months: tuple[int, ...], weekdays: tuple[int, ...]) -> tuple[date, ...]:
    """Every date of `year` in `months` falling on `weekdays`, sorted (cached: schedules share patterns)."""
    found = []
    for month in sorted(set(months)):
        _, length = calendar.monthrange(year, month)
        for day in range(1, length + 1):
            d = date(year, month, day)
            if d.weekday() in weekdays:
                found.append(d)
    return tuple(found)


def schedule_dates(s: Recurrence) -> tuple[date, ...]:
    """All dates a schedule covers (not clipped to a range)."""
    if s.schedule_type == "recurring":
        months = tuple(
            sorted({MONTH_NUMBER[m.strip().lower()] for m in s.months if m.strip().lower() in MONTH_NUMBER})
        )
        weekdays = tuple(
            sorted({WEEKDAY_NUMBER[d.strip().lower()] for d in s.days if d.strip().lower() in WEEKDAY_NUMBER})
        )
        if not months or not weekdays or not 1 <= s.year <= 9999:
            return ()
        return _recurring_dates(s.year, months, weekdays)
    return _specific_dates(tuple(s.specific_dates))


@lru_cache(maxsize=4096)
def _specific_dates(raw_dates: tuple[str, ...]) -> tuple[date, ...]:
    found = set()
    for raw in raw_dates:
        try:
            found.add(date.fromisoformat(raw.strip()[:10]))
        except (ValueError, AttributeError):
            continue
    return tuple(sorted(found))


def occurrences(schedules: Iterable[S], first: date, last: date) -> Iterator[Occurrence[S]]:
    """Occurrences of the schedules between `first` and `last` (inclusive), in date then time order."""
    found = []
    for s in schedules:
        start, end = parse_clock(s.start_time), parse_clock(s.end_time)
        if start is None or end is None:
            continue
        dates = schedule_dates(s)
        if not dates or dates[-1] < first or dates[0] > last:
            continue
        for d in dates:
            if first <= d <= last:
                found.append(Occurrence(s, d, start, end))
    found.sort(key=lambda o: (o.day, o.start))
    return iter(found)
