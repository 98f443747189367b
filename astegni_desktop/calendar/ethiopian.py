"""The Ethiopian calendar: 12 months of 30 days and Pagume of 5 (6 in the year before a Gregorian leap year).

Conversions go through the Julian Day Number. Meskerem 1 falls on 11 September, or on 12 September in the
Gregorian year that precedes a Gregorian leap year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# JDN of Meskerem 1 of year 1 (Amete Mihret), counted so that year y starts at EPOCH + 365(y−1) + y//4.
EPOCH = 1724221
_ORDINAL_TO_JDN = 1721425

MONTHS_AM = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ")
MONTHS_EN = (
    "Meskerem",
    "Tikimt",
    "Hidar",
    "Tahsas",
    "Tir",
    "Yekatit",
    "Megabit",
    "Miyazya",
    "Ginbot",
    "Sene",
    "Hamle",
    "Nehase",
    "Pagume",
)


@dataclass(frozen=True, order=True)
class EthiopianDate:
    year: int
    month: int  # 1..13
    day: int  # 1..30 (Pagume: 1..5, or 6 in a leap year)

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 13:
            raise ValueError("month must be 1..13")
        if not 1 <= self.day <= days_in_month(self.year, self.month):
            raise ValueError(f"day must be 1..{days_in_month(self.year, self.month)} in this month")

    def to_gregorian(self) -> date:
        return date.fromordinal(_jdn(self.year, self.month, self.day) - _ORDINAL_TO_JDN)

    def label(self, amharic: bool = False) -> str:
        names = MONTHS_AM if amharic else MONTHS_EN
        return f"{names[self.month - 1]} {self.day}, {self.year}"


def is_leap(year: int) -> bool:
    """Pagume has 6 days when the Ethiopian year leaves a remainder of 3 when divided by 4."""
    return year % 4 == 3


def days_in_month(year: int, month: int) -> int:
    if month < 13:
        return 30
    return 6 if is_leap(year) else 5


def _jdn(year: int, month: int, day: int) -> int:
    return EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1


def from_gregorian(d: date) -> EthiopianDate:
    jdn = d.toordinal() + _ORDINAL_TO_JDN
    year = (jdn - EPOCH) // 365 + 1
    while _jdn(year, 1, 1) > jdn:
        year -= 1
    while _jdn(year + 1, 1, 1) <= jdn:
        year += 1
    offset = jdn - _jdn(year, 1, 1)
    return EthiopianDate(year, offset // 30 + 1, offset % 30 + 1)
