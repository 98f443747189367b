"""Words and numbers as the tutor reads them: ETB prices, dates, schedule wishes. Pure functions, in the
interface's language (`i18n`): numbers and names through its QLocale, words through Qt's translations.
Counted words ("1 hour ago", "3 hours ago") are chosen here rather than as Qt plural forms: English and
Amharic both need only one and many."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime

from .calendar.labels import day_label, display
from .calendar.recurrence import MONTH_NAMES, WEEKDAY_NAMES
from .i18n import translate, ui_locale

if TYPE_CHECKING:  # pydantic is not imported before the first paint
    from .api.models import SessionRequest


def etb(amount: float | None) -> str:
    if amount is None:
        return "—"
    value = float(amount)
    number = ui_locale().toString(value, "f", 0 if value.is_integer() else 2)
    return translate("format", "{amount} ETB").format(amount=number)


def parse_server_time(value: str | None) -> datetime | None:
    """Server timestamps are naive; treat them as UTC (CONTRACT.md §1.3)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def relative(value: str | datetime | None, now: datetime | None = None) -> str:
    moment = parse_server_time(value) if isinstance(value, str) or value is None else value
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return translate("format", "just now")
    if seconds < 3600:
        return translate("format", "{n} min ago").format(n=int(seconds // 60))
    if seconds < 86400:
        hours = int(seconds // 3600)
        return (
            translate("format", "1 hour ago")
            if hours == 1
            else translate("format", "{n} hours ago").format(n=hours)
        )
    days = int(seconds // 86400)
    if days < 14:
        return (
            translate("format", "1 day ago")
            if days == 1
            else translate("format", "{n} days ago").format(n=days)
        )
    return day_label(moment.astimezone().date(), display(), weekday=False)


def long_date(value: str | None) -> str:
    if not value:
        return "—"
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return day_label(d, display())


def clock(value: str | None) -> str:
    return value[:5] if value else "—"


def time_range(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "—"
    return f"{clock(start)}–{clock(end)}"


def day_name(wire: str) -> str:
    """A wire weekday ("Monday", "mon") in the interface's language; unknown text as it came."""
    key = wire.strip().lower()[:3]
    for i, name in enumerate(WEEKDAY_NAMES):
        if name.lower().startswith(key) and key:
            return ui_locale().dayName(i + 1)
    return wire.strip()


def day_list(wire: str) -> str:
    """Wire weekdays ("Monday, Wednesday") in the interface's language, as a list is written in it."""
    comma = translate("format", ", ", "the separator of a list: Amharic writes ፣")
    parts = [p for p in wire.replace(";", ",").split(",") if p.strip()]
    return comma.join(day_name(p) for p in parts)


def hhmm(t: time) -> str:
    """A clock time as the tutor reads it (24-hour, the UI's digits)."""
    return ui_locale().toString(QTime(t.hour, t.minute), "HH:mm")


def lesson_status(status: str) -> str:
    """A lesson's server status as the tutor says it ("in-progress" → "In progress")."""
    words = {
        "scheduled": translate("format", "Scheduled"),
        "in-progress": translate("format", "In progress"),
        "completed": translate("format", "Completed"),
        "cancelled": translate("format", "Cancelled"),
        "missed": translate("format", "Missed"),
        "draft": translate("format", "Draft"),
        "active": translate("format", "Active"),
        "postponed": translate("format", "Postponed"),
    }
    return words.get(status, status.replace("-", " ").capitalize())


def attendance(status: str | None) -> str:
    words = {
        "present": translate("format", "present"),
        "absent": translate("format", "absent"),
        "late": translate("format", "late"),
        "excused": translate("format", "excused"),
    }
    key = status or "present"
    return words.get(key, key)


def session_mode(mode: str) -> str:
    words = {
        "online": translate("format", "Online"),
        "in-person": translate("format", "In person"),
        "hybrid": translate("format", "Hybrid"),
    }
    return words.get(mode, mode.replace("-", " ").capitalize())


def priority(level: str) -> str:
    words = {
        "low": translate("format", "Low"),
        "normal": translate("format", "Normal"),
        "medium": translate("format", "Medium"),
        "high": translate("format", "High"),
        "urgent": translate("format", "Urgent"),
    }
    return words.get(level, level.capitalize())


def day_short(wire: str) -> str:
    """A wire weekday's short name in the interface's language ("Mon", "ሰኞ")."""
    key = wire.strip().lower()[:3]
    for i, name in enumerate(WEEKDAY_NAMES):
        if name.lower().startswith(key) and key:
            return ui_locale().dayName(i + 1, QLocale.FormatType.ShortFormat)
    return wire.strip()


def month_short(wire: str) -> str:
    key = wire.strip().lower()[:3]
    for i, name in enumerate(MONTH_NAMES):
        if name.lower().startswith(key) and key:
            return ui_locale().monthName(i + 1, QLocale.FormatType.ShortFormat)
    return wire.strip()


def month_name(wire: str) -> str:
    """A wire month ("January", "jan") in the interface's language; unknown text as it came."""
    key = wire.strip().lower()[:3]
    for i, name in enumerate(MONTH_NAMES):
        if name.lower().startswith(key) and key:
            return ui_locale().monthName(i + 1)
    return wire.strip()


def schedule_wish(req: SessionRequest) -> str:
    """What the student asked for, in one or two lines."""
    comma = translate("format", ", ", "the separator of a list: Amharic writes ፣")
    times = time_range(req.start_time, req.end_time) if req.start_time or req.end_time else ""
    kind = req.schedule_type
    if kind == "specific_dates" and req.specific_dates:
        dates = comma.join(long_date(d) for d in req.specific_dates[:6])
        extra = len(req.specific_dates) - 6
        text = (
            translate("format", "On {dates} and {n} more").format(dates=dates, n=extra)
            if extra > 0
            else translate("format", "On {dates}").format(dates=dates)
        )
        return text + (comma + times if times else "")
    if kind == "recurring" and req.days:
        days = comma.join(day_name(d) for d in req.days if d.strip())
        months = comma.join(month_name(m) for m in req.months or [])
        years = "–".join(str(y) for y in sorted(set(req.year_range or [])))
        text = translate("format", "Every {days}").format(days=days) + (comma + times if times else "")
        if months:
            text += (
                "\n"
                + translate("format", "In {months}").format(months=months)
                + (f" {years}" if years else "")
            )
        return text
    if req.preferred_schedule:
        return req.preferred_schedule
    return translate("format", "No schedule given") + (f" ({times})" if times else "")


def _status_word(status: str) -> str:
    if status == "pending":
        return translate("format", "Pending")
    if status == "accepted":
        return translate("format", "Accepted")
    if status == "rejected":
        return translate("format", "Rejected")
    return status.title()


def status_pill(status: str, sync_state: str) -> str:
    """A short word for a table cell: a queued decision reads as in progress."""
    if sync_state == "queued":
        if status == "accepted":
            return translate("format", "Accepting…")
        if status == "rejected":
            return translate("format", "Rejecting…")
        return translate("format", "Sending…")
    if sync_state == "failed":
        return translate("format", "Not sent")
    return _status_word(status)


def status_label(status: str, sync_state: str) -> str:
    label = _status_word(status)
    if sync_state == "queued":
        return translate("format", "{status} · waiting to sync").format(status=label)
    if sync_state == "failed":
        return translate("format", "{status} · not sent").format(status=label)
    return label


SHOWN_CHARS = 800  # what a label shows of a text from outside before "Show all": a detail pane's screenful


def clip(text: str, limit: int = SHOWN_CHARS) -> str:
    """`text` cut to at most `limit` characters (an ellipsis marks the cut). Qt lays out a label's whole text
    to size it: a 5 MB request message in a label froze the window for 74 s."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: str, limit: int = 200) -> str:
    """`text` as one short line, for a status bar, a notification or a list row."""
    return clip(" ".join(text[: limit * 2].split()), limit)
