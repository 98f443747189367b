"""Dates as the tutor chose to see them: Gregorian, Ethiopian (13 months, Amharic month names), or both."""

from __future__ import annotations

import calendar as pycal
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale

from ..i18n import ui_locale
from .ethiopian import MONTHS_AM, EthiopianDate, days_in_month, from_gregorian

MODES = ("gregorian", "ethiopian", "both")
_display = "gregorian"  # the calendar the tutor chose (Settings, Schedule): every date shown follows it


def set_display(mode: str) -> None:
    """The tutor's calendar for dates outside the Schedule (requests, students, notifications)."""
    global _display  # noqa: PLW0603 - one choice per process, like the interface's language
    _display = mode if mode in MODES else "gregorian"


def display() -> str:
    return _display


# Screens speak the UI's language (English unless Amharic is chosen), whatever the system locale: `%a`/`%b`
# would mix German abbreviations into English sentences once QApplication has called setlocale.


def ui_date(d: date, pattern: str) -> str:
    """`d` in the UI's language with a QLocale pattern, e.g. "ddd d MMM yyyy" → "Tue 14 Sep 2027"."""
    return ui_locale().toString(QDate(d.year, d.month, d.day), pattern)


def amharic() -> bool:
    return ui_locale().language() == QLocale.Language.Amharic


def eth(d: date) -> str:
    """An Ethiopian date: "መስከረም 5, 2018" in English sentences, "መስከረም 5 ቀን 2018 ዓ.ም." in Amharic ones."""
    e = from_gregorian(d)
    if amharic():
        return f"{MONTHS_AM[e.month - 1]} {e.day} ቀን {e.year} ዓ.ም."
    return f"{MONTHS_AM[e.month - 1]} {e.day}, {e.year}"


def eth_short(d: date) -> str:
    e = from_gregorian(d)
    return f"{MONTHS_AM[e.month - 1]} {e.day}"


def day_label(d: date, mode: str, weekday: bool = True) -> str:
    head = f"{ui_date(d, 'ddd')} " if weekday else ""
    greg = ui_date(d, "d MMM yyyy")
    if mode == "ethiopian":
        return head + eth(d)
    if mode == "both":
        return f"{head}{greg} · {eth(d)}"
    return head + greg


def month_range(anchor: date, mode: str) -> tuple[date, date]:
    """The month that holds `anchor`, in the calendar the tutor reads (Ethiopian months in Ethiopian mode)."""
    if mode == "ethiopian":
        e = from_gregorian(anchor)
        first = EthiopianDate(e.year, e.month, 1).to_gregorian()
        return first, first + timedelta(days=days_in_month(e.year, e.month) - 1)
    first = anchor.replace(day=1)
    return first, anchor.replace(day=pycal.monthrange(anchor.year, anchor.month)[1])


def shift_month(anchor: date, months: int, mode: str) -> date:
    """The same day (clamped) `months` months away, in the tutor's calendar."""
    if mode == "ethiopian":
        e = from_gregorian(anchor)
        index = e.year * 13 + (e.month - 1) + months
        year, month = divmod(index, 13)
        return EthiopianDate(year, month + 1, min(e.day, days_in_month(year, month + 1))).to_gregorian()
    index = anchor.year * 12 + (anchor.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(anchor.day, pycal.monthrange(year, month + 1)[1]))


def month_title(anchor: date, mode: str) -> str:
    first, last = month_range(anchor, mode)
    greg = (
        ui_date(first, "MMMM yyyy")
        if (first.month, first.year) == (last.month, last.year)
        else (
            f"{ui_date(first, 'MMM')} – {ui_date(last, 'MMM yyyy')}"
            if first.year == last.year
            else f"{ui_date(first, 'MMM yyyy')} – {ui_date(last, 'MMM yyyy')}"
        )
    )
    e_first, e_last = from_gregorian(first), from_gregorian(last)
    ethiopian = (
        f"{MONTHS_AM[e_first.month - 1]} {e_first.year}"
        if (e_first.month, e_first.year) == (e_last.month, e_last.year)
        else f"{MONTHS_AM[e_first.month - 1]} – {MONTHS_AM[e_last.month - 1]} {e_last.year}"
    ) + (" ዓ.ም." if amharic() else "")
    return _join(greg, ethiopian, mode)


def _join(greg: str, ethiopian: str, mode: str) -> str:
    """Title lines: the chosen calendar first; the other one on a second line (empty in Gregorian mode)."""
    if mode == "ethiopian":
        return f"{ethiopian}\n{greg}"
    if mode == "both":
        return f"{greg}\n{ethiopian}"
    return greg


def range_title(first: date, last: date, mode: str) -> str:
    if first == last:
        return _join(day_label(first, "gregorian"), day_label(first, "ethiopian"), mode)
    greg = f"{ui_date(first, 'd MMM')} – {ui_date(last, 'd MMM yyyy')}"
    return _join(greg, f"{eth_short(first)} – {eth(last)}", mode)


def cell_numbers(d: date, mode: str) -> tuple[str, str]:
    """(big number, small secondary label) for a month-grid cell."""
    e = from_gregorian(d)
    if mode == "ethiopian":
        return str(e.day), ui_date(d, "d MMM") if d.day == 1 or e.day == 1 else str(d.day)
    if mode == "both":
        return str(d.day), f"{MONTHS_AM[e.month - 1]} {e.day}" if e.day == 1 or d.day == 1 else str(e.day)
    return str(d.day), ""
