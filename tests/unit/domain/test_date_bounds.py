"""The one age calculation and the lower bounds of typed dates (domain/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain.dates import EARLIEST_CASE_DATE, EARLIEST_DATE, age_in_years, too_early
from workbench.domain.ogrs3 import whole_years


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        (date(1990, 6, 15), date(2026, 6, 14), 35),
        (date(1990, 6, 15), date(2026, 6, 15), 36),
        (date(2000, 2, 29), date(2026, 2, 28), 25),  # a leap-day birthday is reached on 1 March
        (date(2000, 2, 29), date(2026, 3, 1), 26),
        (date(2000, 2, 29), date(2028, 2, 29), 28),
        (date(2026, 1, 1), date(2026, 1, 1), 0),
    ],
)
def test_age_in_years(born: date, on: date, age: int) -> None:
    assert age_in_years(born, on) == age
    assert whole_years(born, on) == age  # OGRS3's name for the same rule, not a second copy


def test_ogrs3_uses_the_same_function() -> None:
    assert whole_years is age_in_years


@pytest.mark.parametrize(
    ("value", "earliest", "message"),
    [
        (None, EARLIEST_CASE_DATE, None),
        (date(1950, 1, 1), EARLIEST_CASE_DATE, None),
        (
            date(1949, 12, 31),
            EARLIEST_CASE_DATE,
            "The sentence date (31 Dec 1949) is before 1 Jan 1950; check the year.",
        ),
        (
            date(100, 3, 4),
            EARLIEST_CASE_DATE,
            "The sentence date (4 Mar 100) is before 1 Jan 1950; check the year.",
        ),
        (date(1900, 1, 1), EARLIEST_DATE, None),
        (
            date(1899, 12, 31),
            EARLIEST_DATE,
            "The sentence date (31 Dec 1899) is before 1 Jan 1900; check the year.",
        ),
    ],
)
def test_too_early(value: date | None, earliest: date, message: str | None) -> None:
    assert too_early(value, "sentence date", earliest=earliest) == message
