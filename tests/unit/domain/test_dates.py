"""Typed dates: what people type on a wing terminal is read as they meant it, or refused with a reason."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain.dates import Prefer, describe_date, format_date, parse_typed_date
from workbench.domain.errors import ValidationError

TODAY = date(2026, 11, 26)  # a Thursday, as in the GUI tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The four dates a QDateEdit garbled (issue 7 point 1).
        ("20/11/2026", date(2026, 11, 20)),
        ("19/05/2030", date(2030, 5, 19)),
        ("15/10/2026", date(2026, 10, 15)),
        ("14/03/1991", date(1991, 3, 14)),
        # Separators, single digits, spacing.
        ("1/2/2026", date(2026, 2, 1)),
        ("01-02-2026", date(2026, 2, 1)),
        ("01.02.2026", date(2026, 2, 1)),
        ("1 2 2026", date(2026, 2, 1)),
        ("  7 / 3 - 2025 ", date(2025, 3, 7)),
        # Digits only.
        ("20112026", date(2026, 11, 20)),
        ("201126", date(2026, 11, 20)),
        # Month names.
        ("20 Nov 2026", date(2026, 11, 20)),
        ("20 november 2026", date(2026, 11, 20)),
        ("3-Sept-2024", date(2024, 9, 3)),
        # Leap day.
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_reads_what_people_type(text: str, expected: date) -> None:
    assert parse_typed_date(text, today=TODAY, prefer=Prefer.NEAR) == expected


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        # A date of birth lies in the past: '91 is 1991, '26 is this year if already passed, else 1926.
        ("14/3/91", Prefer.PAST, date(1991, 3, 14)),
        ("01/01/26", Prefer.PAST, date(2026, 1, 1)),
        ("01/12/26", Prefer.PAST, date(1926, 12, 1)),
        ("26/11/26", Prefer.PAST, date(2026, 11, 26)),
        ("05/05/05", Prefer.PAST, date(2005, 5, 5)),
        # An expiry date lies ahead, but may have passed a few years ago (a recall).
        ("19/05/30", Prefer.FUTURE, date(2030, 5, 19)),
        ("19/05/95", Prefer.FUTURE, date(2095, 5, 19)),
        ("19/05/10", Prefer.FUTURE, date(2010, 5, 19)),
        ("19/05/05", Prefer.FUTURE, date(2105, 5, 19)),
        # Nearest to today.
        ("19/05/30", Prefer.NEAR, date(2030, 5, 19)),
        ("19/05/80", Prefer.NEAR, date(1980, 5, 19)),
        ("19/05/70", Prefer.NEAR, date(2070, 5, 19)),
        ("19/05/77", Prefer.NEAR, date(1977, 5, 19)),
        ("190530", Prefer.FUTURE, date(2030, 5, 19)),
        ("140391", Prefer.PAST, date(1991, 3, 14)),
        ("29/02/24", Prefer.PAST, date(2024, 2, 29)),
        # The hint may be given as its string.
        ("14/3/91", "past", date(1991, 3, 14)),
    ],
)
def test_two_digit_years_follow_the_fields_hint(text: str, prefer: Prefer | str, expected: date) -> None:
    assert parse_typed_date(text, today=TODAY, prefer=prefer) == expected


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("", "date_blank", "Enter a date"),
        ("   ", "date_blank", "Enter a date"),
        ("31/02/2026", "date_impossible", "February 2026 has 28 days"),
        ("29/02/2025", "date_impossible", "February 2025 has 28 days"),
        ("31/04/2026", "date_impossible", "April 2026 has 30 days"),
        ("0/4/2026", "date_impossible", "April 2026 has 30 days"),
        ("12/13/2026", "date_month", "no month 13"),
        ("12/0/2026", "date_month", "no month 0"),
        ("20/11", "date_no_year", "Add the year"),
        ("20/11/202", "date_year", "4 digits"),
        ("20/11/20266", "date_year", "4 digits"),
        ("2011202", "date_unreadable", "6 or 8 digits"),
        ("tomorrow", "date_unreadable", "is not a date"),
        ("20/Nox/2026", "date_month", "'Nox' is not a month"),
        ("1/1/0100", "date_range", "out of range"),
        ("1/1/1899", "date_range", "out of range"),
        ("1/1/2200", "date_range", "out of range"),
        ("１４/03/1991", "date_day", "is not a day"),  # full-width digits are not accepted
        ("14/03/１９９１", "date_year", "is not a year"),
        ("123/1/2026", "date_day", "is not a day"),
        ("1/2/3/2026", "date_unreadable", "is not a date"),
    ],
)
def test_refuses_with_a_specific_message(text: str, code: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_typed_date(text, today=TODAY, field="sentence_date")
    assert caught.value.code == code
    assert caught.value.field == "sentence_date"
    assert words in caught.value.message


def test_bounds_are_inclusive_and_say_what_is_allowed() -> None:
    assert parse_typed_date("26/11/2026", today=TODAY, latest=TODAY) == TODAY
    assert parse_typed_date("01/01/2020", today=TODAY, earliest=date(2020, 1, 1)) == date(2020, 1, 1)
    with pytest.raises(ValidationError) as late:
        parse_typed_date("27/11/2026", today=TODAY, latest=TODAY)
    assert late.value.code == "date_too_late"
    assert late.value.message == "Fri 27 Nov 2026 is too late: the latest allowed is Thu 26 Nov 2026 (today)."
    with pytest.raises(ValidationError) as early:
        parse_typed_date("31/12/2019", today=TODAY, earliest=date(2020, 1, 1))
    assert early.value.code == "date_too_early"
    assert "the earliest allowed is Wed 1 Jan 2020" in early.value.message


def test_formats_for_the_field_and_for_the_check_line() -> None:
    assert format_date(date(2026, 3, 5)) == "05/03/2026"
    assert describe_date(date(2026, 11, 20)) == "Fri 20 Nov 2026"
    assert describe_date(date(1991, 3, 14)) == "Thu 14 Mar 1991"
    # Whatever is formatted reads back as the same date.
    for day in (date(1900, 1, 1), date(2024, 2, 29), date(2199, 12, 31)):
        assert parse_typed_date(format_date(day), today=TODAY) == day
