"""Working days for National Standards timescales: weekdays that are not England & Wales bank holidays.

DESIGN.md section 4: "Working days skip weekends and England & Wales bank holidays (a maintained
holidays library)". Holidays are computed once per year and cached, because the timescales of every
prisoner are worked out at start-up (20,000+ calls).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache

_SATURDAY = 5

# Years whose holidays were handed in from a cache (see ``preload_bank_holidays``): importing the
# holidays library costs a tenth of a second at every start, for dates that never change.
_preloaded: dict[int, tuple[date, ...]] = {}


def preload_bank_holidays(years: Mapping[int, Iterable[date]]) -> None:
    """Use these weekday bank holidays for these years instead of asking the holidays library.

    For a cache the composition root keeps between runs (``computed_bank_holidays`` gives what to
    save). Call before any working-day arithmetic; years not given are computed as usual.
    """
    for year, days in years.items():
        _preloaded[year] = tuple(sorted(d for d in days if d.year == year and d.weekday() < _SATURDAY))
    _weekday_holidays.cache_clear()
    _weekday_holiday_set.cache_clear()
    add_working_days.cache_clear()


def computed_bank_holidays() -> dict[int, tuple[date, ...]]:
    """Every year's weekday bank holidays worked out so far in this process (to cache them)."""
    return {year: _weekday_holidays(year) for year in _known_years}


_known_years: set[int] = set()


@cache
def _weekday_holidays(year: int) -> tuple[date, ...]:
    """Sorted bank holidays of ``year`` in England & Wales that fall Monday to Friday."""
    _known_years.add(year)
    if year in _preloaded:
        return _preloaded[year]
    import holidays

    calendar = holidays.country_holidays("GB", subdiv="ENG", years=year)
    return tuple(sorted(d for d in calendar if d.year == year and d.weekday() < _SATURDAY))


@cache
def _weekday_holiday_set(year: int) -> frozenset[date]:
    return frozenset(_weekday_holidays(year))


def bank_holidays(year: int) -> tuple[date, ...]:
    """England & Wales bank holidays of ``year`` that fall on a weekday (substitute days included)."""
    return _weekday_holidays(year)


def is_working_day(d: date) -> bool:
    """True on Monday to Friday unless an England & Wales bank holiday (DESIGN.md section 4)."""
    return d.weekday() < _SATURDAY and d not in _weekday_holiday_set(d.year)


@functools.lru_cache(maxsize=8192)
def add_working_days(start: date, n: int) -> date:
    """The ``n``-th working day after ``start`` (``start`` itself is day 0, so n=0 returns it)."""
    if n < 0:
        raise ValueError(f"n must be ≥ 0, got {n}")
    if n == 0:
        return start
    # Arithmetic rather than a day-by-day walk (this runs for every prisoner at start-up): take the
    # (n + extra)-th weekday after start, where extra is the number of bank holidays up to it. Iterating
    # from extra = 0 reaches the least such extra, whose date is a working day (not a holiday).
    base = _weekdays_through(start.toordinal())
    first = start + timedelta(days=1)
    extra = 0
    while True:
        candidate = date.fromordinal(_nth_weekday_ordinal(base + n + extra))
        holidays_so_far = _holidays_in(first, candidate)
        if holidays_so_far == extra:
            return candidate
        extra = holidays_so_far


def _weekdays_through(ordinal: int) -> int:
    """Mondays to Fridays from 1 Jan 0001 (a Monday, ordinal 1) up to and including ``ordinal``."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


def _nth_weekday_ordinal(k: int) -> int:
    """Ordinal of the ``k``-th weekday (k ≥ 1) counting from 1 Jan 0001; the inverse of the above."""
    weeks, rest = divmod(k - 1, 5)
    return weeks * 7 + rest + 1


def _holidays_in(first: date, last: date) -> int:
    """Weekday bank holidays ``h`` with ``first <= h <= last``."""
    count = 0
    for year in range(first.year, last.year + 1):
        days = _weekday_holidays(year)
        count += bisect.bisect_right(days, last) - bisect.bisect_left(days, first)
    return count


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``; negative if ``end`` is before ``start``.

    The inverse of :func:`add_working_days`: ``working_days_between(s, add_working_days(s, n)) == n``.
    """
    if end < start:
        return -working_days_between(end, start)
    if end == start:
        return 0
    weekdays = _weekdays_through(end.toordinal()) - _weekdays_through(start.toordinal())
    return weekdays - _holidays_in(start + timedelta(days=1), end)
