"""Recurrence expansion and the Ethiopian calendar, checked against known dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from astegni_desktop.api.models import Schedule
from astegni_desktop.calendar.ethiopian import EthiopianDate, days_in_month, from_gregorian, is_leap
from astegni_desktop.calendar.recurrence import occurrences, schedule_dates


@pytest.mark.parametrize(
    ("gregorian", "ethiopian"),
    [
        (date(2023, 9, 12), (2016, 1, 1)),  # Meskerem 1 on the 12th: 2024 is a Gregorian leap year
        (date(2024, 9, 11), (2017, 1, 1)),
        (date(2027, 9, 12), (2020, 1, 1)),
        (date(2025, 1, 7), (2017, 4, 29)),  # Genna (Christmas), Tahsas 29
        (date(2025, 1, 19), (2017, 5, 11)),  # Timket, Tir 11
        (date(2025, 3, 2), (2017, 6, 23)),  # Adwa Victory Day, Yekatit 23
        (date(2026, 11, 22), (2019, 3, 13)),
        (date(2027, 9, 11), (2019, 13, 6)),  # Pagume 6 in a leap year
        (date(2024, 9, 10), (2016, 13, 5)),
    ],
)
def test_known_dates_convert_both_ways(gregorian: date, ethiopian: tuple[int, int, int]) -> None:
    e = from_gregorian(gregorian)
    assert (e.year, e.month, e.day) == ethiopian
    assert EthiopianDate(*ethiopian).to_gregorian() == gregorian


def test_every_day_of_a_long_span_round_trips_and_advances_by_one() -> None:
    d = date(1990, 1, 1)
    previous = from_gregorian(d - timedelta(days=1))
    while d < date(2040, 1, 1):
        e = from_gregorian(d)
        assert e.to_gregorian() == d
        if e.day == 1:
            assert previous.day == days_in_month(previous.year, previous.month)
        else:
            assert (e.year, e.month, e.day - 1) == (previous.year, previous.month, previous.day)
        previous = e
        d += timedelta(days=1)


def test_leap_years_and_invalid_dates() -> None:
    assert is_leap(2015) and is_leap(2019) and not is_leap(2016)
    assert days_in_month(2019, 13) == 6 and days_in_month(2018, 13) == 5
    with pytest.raises(ValueError):
        EthiopianDate(2018, 13, 6)
    with pytest.raises(ValueError):
        EthiopianDate(2018, 14, 1)
    assert EthiopianDate(2019, 3, 13).label(amharic=True) == "ኅዳር 13, 2019"


def schedule(**kw) -> Schedule:
    base = {
        "id": 1,
        "title": "t",
        "year": 2024,
        "schedule_type": "recurring",
        "months": [],
        "days": [],
        "specific_dates": [],
        "start_time": "16:00:00",
        "end_time": "18:00:00",
    }
    return Schedule.model_validate({**base, **kw})


def test_recurring_covers_the_months_and_weekdays_of_its_year_only() -> None:
    s = schedule(year=2024, months=["February"], days=["Thursday", " Friday"])  # deployed's leading space
    dates = schedule_dates(s)
    assert date(2024, 2, 29) in dates  # a leap day that is a Thursday
    assert all(d.year == 2024 and d.month == 2 and d.weekday() in (3, 4) for d in dates)
    assert len(dates) == 9
    assert schedule_dates(schedule(year=2025, months=["February"], days=["Thursday"]))[-1] == date(
        2025, 2, 27
    )


def test_odd_names_and_empty_lists_give_nothing_rather_than_crash() -> None:
    assert schedule_dates(schedule(months=["Smarch"], days=["Monday"])) == ()
    assert schedule_dates(schedule(months=["march"], days=["MONDAY"]))[0] == date(2024, 3, 4)
    assert schedule_dates(schedule(months=[], days=["Monday"])) == ()


def test_specific_dates_across_years_and_occurrences_in_a_range() -> None:
    s = schedule(
        id=7,
        schedule_type="specific",
        year=2026,
        specific_dates=["2026-12-30", "2027-01-02", "bad", "2026-12-30"],
    )
    assert schedule_dates(s) == (date(2026, 12, 30), date(2027, 1, 2))
    weekly = schedule(id=8, year=2027, months=["January"], days=["Saturday"], start_time="09:00")
    found = list(occurrences([s, weekly], date(2026, 12, 28), date(2027, 1, 9)))
    assert [(o.source.id, o.day) for o in found] == [
        (7, date(2026, 12, 30)),
        (8, date(2027, 1, 2)),
        (7, date(2027, 1, 2)),
        (8, date(2027, 1, 9)),
    ]
    assert found[1].starts_at.hour == 9 and found[1].ends_at.hour == 18  # date, then time order
