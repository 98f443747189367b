"""The two kinds of calendar entries as the app keeps them: availability (a schedule, maybe not yet on the
server) and lessons. Pure data; no Qt, no database."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

from ..api.models import Lesson, Schedule
from ..i18n import translate

CID_MARKER = re.compile(r"\s*\[cid:([0-9a-fA-F-]{8,40})\]\s*")
PRIORITIES = ("low", "medium", "high", "urgent")
SCHEDULE_STATUSES = ("active", "draft")
LESSON_STATUSES = ("scheduled", "in-progress", "completed", "cancelled")
ATTENDANCE = ("present", "late", "absent")
SESSION_MODES = ("online", "in-person", "hybrid")
MAX_SPECIFIC_DATES = 365


def strip_marker(notes: str | None) -> tuple[str, str | None]:
    """Notes as the tutor wrote them, and the client id hidden in them (CONTRACT.md §9), if any."""
    if not notes:
        return "", None
    found = CID_MARKER.search(notes)
    if found is None:
        return notes, None
    return (notes[: found.start()] + " " + notes[found.end() :]).strip(), found.group(1).lower()


def with_marker(notes: str, client_id: str) -> str:
    clean, _ = strip_marker(notes)
    return f"{clean} [cid:{client_id}]".strip()


def clock(value: str) -> str:
    """'9:5', '09:05' or '09:05:00' → '09:05:00'; ValueError for anything else (D9: the server 500s)."""
    parts = value.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() and len(p) <= 2 for p in parts):
        raise ValueError(f"not a time: {value!r}")
    h, m, s = (int(p) for p in (*parts, "0")[:3])
    return time(h, m, s).strftime("%H:%M:%S")


@dataclass(frozen=True)
class Availability:
    """A schedule: everything ScheduleCreate holds, plus where it is in its journey to the server."""

    local_id: str
    server_id: int | None
    title: str
    year: int
    schedule_type: str  # recurring | specific
    start_time: str
    end_time: str
    months: tuple[str, ...] = ()
    days: tuple[str, ...] = ()
    specific_dates: tuple[str, ...] = ()
    description: str = ""
    notes: str = ""  # without the [cid:…] marker
    priority_level: str = "medium"
    status: str = "active"
    alarm_enabled: bool = False
    alarm_before_minutes: int | None = None
    notification_browser: bool = False
    notification_sound: bool = False
    updated_at: str | None = None
    sync_state: str = "synced"
    sync_error: str | None = None

    @property
    def key(self) -> str:
        return self.local_id

    @classmethod
    def from_server(cls, s: Schedule, local_id: str, sync_state: str = "synced") -> Availability:
        notes, _ = strip_marker(s.notes)
        return cls(
            local_id=local_id,
            server_id=s.id,
            title=s.title,
            year=s.year,
            schedule_type=s.schedule_type,
            start_time=s.start_time,
            end_time=s.end_time,
            months=tuple(m.strip() for m in s.months),
            days=tuple(d.strip() for d in s.days),
            specific_dates=tuple(s.specific_dates),
            description=s.description or "",
            notes=notes,
            priority_level=s.priority_level or "medium",
            status=s.status or "active",
            alarm_enabled=s.alarm_enabled,
            alarm_before_minutes=s.alarm_before_minutes,
            notification_browser=s.notification_browser,
            notification_sound=s.notification_sound,
            updated_at=s.updated_at or s.created_at,
            sync_state=sync_state,
        )

    def body(self) -> dict[str, Any]:
        """The full ScheduleCreate (a PUT replaces the whole row), in the form the web client writes."""
        recurring = self.schedule_type == "recurring"
        minutes = self.alarm_before_minutes
        body: dict[str, Any] = {
            "title": self.title,
            "description": self.description or None,
            "year": self.year,
            "schedule_type": "recurring" if recurring else "specific",
            "months": list(self.months) if recurring else [],
            "days": list(self.days) if recurring else [],
            "specific_dates": [] if recurring else sorted(self.specific_dates),
            "start_time": clock(self.start_time),
            "end_time": clock(self.end_time),
            "notes": with_marker(self.notes, self.local_id),
            "priority_level": self.priority_level,
            "status": self.status,
            "is_featured": False,
            "alarm_enabled": self.alarm_enabled,
            "notification_browser": self.notification_browser,
            "notification_sound": self.notification_sound,
        }
        if minutes is not None:
            body["alarm_before_minutes"] = int(minutes)
        return body

    def to_payload(self) -> dict[str, Any]:
        """What the cache stores for a local copy (the server's field names, with its id once known)."""
        return {**self.body(), "id": self.server_id, "updated_at": self.updated_at}

    @classmethod
    def from_payload(
        cls, payload: dict[str, Any], local_id: str, sync_state: str, sync_error: str | None = None
    ) -> Availability:
        if payload.get("id") is not None:
            model = Schedule.model_validate(payload)
        else:
            model = Schedule.model_validate({**payload, "id": 0})
        a = cls.from_server(model, local_id, sync_state)
        return replace(a, server_id=payload.get("id"), sync_error=sync_error)

    def validate(self) -> list[str]:
        """What is wrong, in the tutor's words (the server checks almost nothing, CONTRACT.md §1.4)."""
        problems = []
        if not self.title.strip():
            problems.append(translate("calendar", "Give the availability a title."))
        try:
            start, end = clock(self.start_time), clock(self.end_time)
            if end <= start:
                problems.append(translate("calendar", "The end time must be after the start time."))
        except ValueError:
            problems.append(translate("calendar", "Enter the times as hours and minutes, for example 09:30."))
        if self.schedule_type == "recurring":
            if not self.months:
                problems.append(translate("calendar", "Choose at least one month."))
            if not self.days:
                problems.append(translate("calendar", "Choose at least one weekday."))
            if not 2000 <= self.year <= 2100:
                problems.append(translate("calendar", "Choose a year between 2000 and 2100."))
        else:
            if not self.specific_dates:
                problems.append(translate("calendar", "Pick at least one date on the calendar."))
            if len(self.specific_dates) > MAX_SPECIFIC_DATES:
                problems.append(translate("calendar", "Pick at most {n} dates.").format(n=MAX_SPECIFIC_DATES))
        if self.priority_level not in PRIORITIES:
            problems.append(translate("calendar", "Choose a priority."))
        if self.alarm_enabled and not (self.alarm_before_minutes and 0 < self.alarm_before_minutes <= 10080):
            problems.append(
                translate("calendar", "Set how many minutes before the reminder should appear (1 to 10080).")
            )
        return problems


@dataclass(frozen=True)
class LessonItem:
    """A lesson session from the cache; `id` < 0 while a lesson created here is not on the server yet."""

    model: Lesson
    sync_state: str = "synced"
    sync_error: str | None = None

    @property
    def id(self) -> int:
        return self.model.id

    @property
    def key(self) -> str:
        return f"lesson:{self.model.id}"

    @property
    def day(self) -> date | None:
        try:
            return date.fromisoformat(self.model.session_date[:10])
        except ValueError:
            return None

    @property
    def status(self) -> str:
        return (self.model.status or "scheduled").strip().lower()
