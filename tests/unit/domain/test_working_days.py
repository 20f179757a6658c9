from __future__ import annotations

from datetime import date, timedelta

import pytest

from workbench.domain.working_days import (
    add_working_days,
    bank_holidays,
    is_working_day,
    working_days_between,
)


@pytest.mark.parametrize(
    ("d", "expected", "why"),
    [
        (date(2026, 12, 18), True, "ordinary Friday"),
        (date(2026, 12, 19), False, "Saturday"),
        (date(2026, 12, 20), False, "Sunday"),
        (date(2026, 12, 25), False, "Christmas Day (Friday)"),
        (date(2026, 12, 28), False, "Boxing Day substitute (Monday)"),
        (date(2026, 12, 29), True, "Tuesday after Christmas"),
        (date(2027, 12, 27), False, "Christmas substitute 2027"),
        (date(2027, 12, 28), False, "Boxing Day substitute 2027"),
        (date(2027, 1, 1), False, "New Year's Day"),
        (date(2026, 4, 3), False, "Good Friday 2026"),
        (date(2026, 4, 6), False, "Easter Monday 2026"),
        (date(2026, 4, 7), True, "Tuesday after Easter"),
        (date(2026, 5, 4), False, "early May bank holiday 2026"),
        (date(2026, 5, 25), False, "spring bank holiday 2026"),
        (date(2026, 8, 31), False, "summer bank holiday 2026 (England, not Scotland's 3 Aug)"),
        (date(2020, 5, 8), False, "VE Day 2020: early May holiday moved to Friday"),
        (date(2020, 5, 4), True, "first Monday of May 2020 was a working day"),
        (date(2022, 9, 19), False, "State funeral of Queen Elizabeth II"),
        (date(2022, 6, 2), False, "Platinum Jubilee spring holiday"),
        (date(2022, 6, 3), False, "Platinum Jubilee bank holiday"),
        (date(2023, 5, 8), False, "Coronation bank holiday"),
        # Holidays elsewhere in the UK are working days in England & Wales.
        (date(2026, 1, 2), True, "2 January (Scotland only)"),
        (date(2026, 11, 30), True, "St Andrew's Day (Scotland only)"),
        (date(2026, 3, 17), True, "St Patrick's Day (Northern Ireland only)"),
        (date(2027, 7, 12), True, "Battle of the Boyne (Northern Ireland only)"),
        (date(2026, 8, 3), True, "Scottish summer holiday"),
    ],
)
def test_is_working_day(d: date, expected: bool, why: str) -> None:
    assert is_working_day(d) is expected, why


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 12, 18), 0, date(2026, 12, 18)),
        (date(2026, 12, 18), 1, date(2026, 12, 21)),
        (date(2026, 12, 18), 2, date(2026, 12, 22)),  # reception Fri 18 Dec → OS due Tue 22 Dec
        (date(2026, 12, 23), 2, date(2026, 12, 29)),  # over Christmas and the Boxing Day substitute
        (date(2026, 12, 24), 1, date(2026, 12, 29)),
        (date(2026, 12, 24), 10, date(2027, 1, 12)),  # skips 25, 28 Dec and 1 Jan
        (date(2026, 12, 19), 1, date(2026, 12, 21)),  # received on a Saturday
        (date(2026, 12, 25), 0, date(2026, 12, 25)),  # day 0 is the start even on a holiday
        (date(2026, 4, 2), 1, date(2026, 4, 7)),  # Thu before Easter → Tue after Easter Monday
        (date(2026, 4, 2), 2, date(2026, 4, 8)),
        (date(2026, 5, 1), 1, date(2026, 5, 5)),  # Fri before early May bank holiday
        (date(2022, 5, 31), 3, date(2022, 6, 7)),  # Platinum Jubilee Thursday and Friday
        (date(2026, 3, 2), 10, date(2026, 3, 16)),  # two clear weeks, no holidays
        (date(2026, 12, 31), 1, date(2027, 1, 4)),  # across the year boundary and New Year's Day
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected
    assert working_days_between(start, expected) == n


def test_add_working_days_rejects_negative() -> None:
    with pytest.raises(ValueError, match="≥ 0"):
        add_working_days(date(2026, 1, 5), -1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 12, 18), date(2026, 12, 18), 0),
        (date(2026, 12, 18), date(2026, 12, 19), 0),  # Saturday does not count
        (date(2026, 12, 18), date(2026, 12, 21), 1),
        (date(2026, 12, 18), date(2027, 1, 5), 9),
        (date(2026, 12, 22), date(2026, 12, 18), -2),
        # 2 Jan 2026 to 1 Jan 2027: 261 weekdays, 8 of them bank holidays.
        (date(2026, 1, 1), date(2027, 1, 1), 253),
        (date(2025, 12, 31), date(2026, 12, 31), 253),
    ],
)
def test_working_days_between(start: date, end: date, expected: int) -> None:
    assert working_days_between(start, end) == expected


def _naive_between(start: date, end: date) -> int:
    count, d = 0, start
    while d < end:
        d += timedelta(days=1)
        count += is_working_day(d)
    return count


@pytest.mark.parametrize(
    "start", [date(2020, 5, 1), date(2022, 5, 28), date(2026, 12, 17), date(2027, 3, 20)]
)
def test_between_matches_day_by_day_count(start: date) -> None:
    # The arithmetic shortcut must agree with walking the calendar for every span of up to 400 days.
    for span in range(400):
        end = start + timedelta(days=span)
        assert working_days_between(start, end) == _naive_between(start, end), end


def _naive_add(start: date, n: int) -> date:
    d = start
    while n:
        d += timedelta(days=1)
        n -= is_working_day(d)
    return d


@pytest.mark.parametrize(
    "start", [date(2020, 4, 30), date(2022, 5, 27), date(2026, 12, 19), date(2027, 12, 24)]
)
def test_add_matches_day_by_day_walk(start: date) -> None:
    # Every start day over a fortnight: the shortcut must land where a walk lands.
    for offset in range(14):
        s = start + timedelta(days=offset)
        for n in (*range(40), 61, 100, 250):
            assert add_working_days(s, n) == _naive_add(s, n), (s, n)


def test_bank_holidays_lists_weekday_holidays_only() -> None:
    assert bank_holidays(2026) == (
        date(2026, 1, 1),
        date(2026, 4, 3),
        date(2026, 4, 6),
        date(2026, 5, 4),
        date(2026, 5, 25),
        date(2026, 8, 31),
        date(2026, 12, 25),
        date(2026, 12, 28),
    )
