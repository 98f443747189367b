"""Words and numbers as the tutor reads them: ETB prices, dates, schedule wishes. Pure functions."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .api.models import SessionRequest
from .calendar.labels import ui_date


def etb(amount: float | None) -> str:
    if amount is None:
        return "—"
    return f"{amount:,.0f} ETB" if float(amount).is_integer() else f"{amount:,.2f} ETB"


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
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        hours = int(seconds // 3600)
        return f"{hours} hour{'s' if hours > 1 else ''} ago"
    days = int(seconds // 86400)
    if days < 14:
        return f"{days} day{'s' if days > 1 else ''} ago"
    return ui_date(moment.astimezone().date(), "dd MMM yyyy")


def long_date(value: str | None) -> str:
    if not value:
        return "—"
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return ui_date(d, "ddd dd MMM yyyy")


def clock(value: str | None) -> str:
    return value[:5] if value else "—"


def time_range(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "—"
    return f"{clock(start)}–{clock(end)}"


def schedule_wish(req: SessionRequest) -> str:
    """What the student asked for, in one or two lines."""
    times = time_range(req.start_time, req.end_time) if req.start_time or req.end_time else ""
    kind = req.schedule_type
    if kind == "specific_dates" and req.specific_dates:
        dates = ", ".join(long_date(d) for d in req.specific_dates[:6])
        more = f" and {len(req.specific_dates) - 6} more" if len(req.specific_dates) > 6 else ""
        return f"On {dates}{more}" + (f", {times}" if times else "")
    if kind == "recurring" and req.days:
        days = ", ".join(d.strip() for d in req.days if d.strip())
        months = ", ".join(req.months or [])
        years = "–".join(str(y) for y in sorted(set(req.year_range or [])))
        text = f"Every {days}" + (f", {times}" if times else "")
        if months:
            text += f"\nIn {months}" + (f" {years}" if years else "")
        return text
    if req.preferred_schedule:
        return req.preferred_schedule
    return "No schedule given" + (f" ({times})" if times else "")


def status_pill(status: str, sync_state: str) -> str:
    """A short word for a table cell: a queued decision reads as in progress."""
    if sync_state == "queued":
        return {"accepted": "Accepting…", "rejected": "Rejecting…"}.get(status, "Sending…")
    if sync_state == "failed":
        return "Not sent"
    return {"pending": "Pending", "accepted": "Accepted", "rejected": "Rejected"}.get(status, status.title())


def status_label(status: str, sync_state: str) -> str:
    label = {"pending": "Pending", "accepted": "Accepted", "rejected": "Rejected"}.get(status, status.title())
    if sync_state == "queued":
        return f"{label} · waiting to sync"
    if sync_state == "failed":
        return f"{label} · not sent"
    return label


SHOWN_CHARS = 800  # what a label shows of a text from outside before "Show all": a detail pane's screenful


def clip(text: str, limit: int = SHOWN_CHARS) -> str:
    """`text` cut to at most `limit` characters (an ellipsis marks the cut). Qt lays out a label's whole text
    to size it: a 5 MB request message in a label froze the window for 74 s."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: str, limit: int = 200) -> str:
    """`text` as one short line, for a status bar, a notification or a list row."""
    return clip(" ".join(text[: limit * 2].split()), limit)
