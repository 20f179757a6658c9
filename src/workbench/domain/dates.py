"""Reading a date the way people type it on a wing terminal (issue 7 point 1).

A QDateEdit garbled "20/11/2026" into 02/12/2026 because its sections swallow the slashes; every date
field now reads its text through ``parse_typed_date``: day first (UK order), with ``/``, ``-``, ``.``
or spaces between the parts, a month name ("20 Nov 2026"), or digits only (ddmmyy, ddmmyyyy). A
two-digit year is resolved by the field's hint: a date of birth lies in the past, a sentence expiry
may lie ahead. Anything it cannot read, or a day that does not exist (31/02/2026), is refused with a
message that says what was wrong, never guessed at.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import StrEnum

from workbench.domain.errors import ValidationError

# Before 1900 nothing on a prisoner's record can fall (issue 7 point 20: year 100 was accepted).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199

_SEPARATORS = re.compile(r"[\s/.\-]+")
_ASCII_DIGITS = re.compile(r"[0-9]+")
# English names whatever the machine's locale: the calendar module's would follow it.
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NAMES = (
    {name: i for i, name in enumerate(_MONTHS, start=1)}
    | {name[:3]: i for i, name in enumerate(_MONTHS, start=1)}
    | {"sept": 9}
)
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

HOW_TO_TYPE = "Type the date as day/month/year, e.g. 20/11/2026"


class Prefer(StrEnum):
    """How a field resolves a two-digit year.

    ``PAST``: the most recent such date not after today (dates of birth, sentence and contact dates).
    ``FUTURE``: within 20 years before to 79 years after today (release and expiry dates, which lie
    mostly ahead but may have passed for a recall). ``NEAR``: the nearest such date to today.
    """

    PAST = "past"
    FUTURE = "future"
    NEAR = "near"


def format_date(value: date) -> str:
    """The form a date is written back into a field: ``20/11/2026``."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def describe_date(value: date) -> str:
    """What a field shows it understood, with the weekday as a check: ``Thu 20 Nov 2026``."""
    month = _MONTHS[value.month - 1][:3].title()
    return f"{_DAY_ABBR[value.weekday()]} {value.day} {month} {value.year}"


def parse_typed_date(
    text: str,
    *,
    today: date,
    prefer: Prefer | str = Prefer.PAST,
    earliest: date | None = None,
    latest: date | None = None,
    field: str | None = None,
) -> date:
    """The date ``text`` means, or ValidationError (on ``field``) saying what is wrong with it.

    Accepts d/m/yy, dd/mm/yyyy (separators ``/ - .`` or spaces, mixed freely), a month name or
    abbreviation in place of the month, and digits only as ddmmyy or ddmmyyyy. Only ASCII digits
    count. ``earliest``/``latest`` bound the answer (inclusive); blank text is refused here, since
    whether a field may be left empty is the field's business.
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(f"Enter a date. {HOW_TO_TYPE}.", field=field, code="date_blank")
    day_text, month_text, year_text = _split(cleaned, field)
    day = _number(day_text, "day", field)
    month = _MONTH_NAMES.get(month_text.lower()) if not month_text.isdigit() else None
    if month is None:
        month = _number(month_text, "month", field)
    if not 1 <= month <= 12:
        raise ValidationError(
            f"There is no month {month}: the month is 1 to 12.", field=field, code="date_month"
        )
    if len(year_text) not in (2, 4):
        raise ValidationError(
            f"The year {year_text!r} should have 4 digits (or 2), e.g. 2026.", field=field, code="date_year"
        )
    year_number = _number(year_text, "year", field)
    if len(year_text) == 2:
        year = _resolve_century(day, month, year_number, today, Prefer(prefer))
    else:
        year = year_number
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValidationError(
            f"The year {year} is out of range: dates from {EARLIEST_YEAR} to {LATEST_YEAR} are accepted.",
            field=field,
            code="date_range",
        )
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise ValidationError(
            f"{cleaned} is not a date: {_MONTHS[month - 1].title()} {year} has {days_in_month} days.",
            field=field,
            code="date_impossible",
        )
    value = date(year, month, day)
    if earliest is not None and value < earliest:
        raise ValidationError(
            f"{describe_date(value)} is too early: the earliest allowed is {describe_date(earliest)}.",
            field=field,
            code="date_too_early",
        )
    if latest is not None and value > latest:
        after = " (today)" if latest == today else ""
        raise ValidationError(
            f"{describe_date(value)} is too late: the latest allowed is {describe_date(latest)}{after}.",
            field=field,
            code="date_too_late",
        )
    return value


def _split(text: str, field: str | None) -> tuple[str, str, str]:
    """Day, month and year parts of what was typed (still text)."""
    parts = [part for part in _SEPARATORS.split(text) if part]
    if len(parts) == 1:
        digits = parts[0]
        if not _ASCII_DIGITS.fullmatch(digits):
            raise ValidationError(
                f"{text!r} is not a date. {HOW_TO_TYPE}.", field=field, code="date_unreadable"
            )
        if len(digits) == 6:
            return digits[:2], digits[2:4], digits[4:]
        if len(digits) == 8:
            return digits[:2], digits[2:4], digits[4:]
        raise ValidationError(
            f"{text!r} is not a date: without separators type 6 or 8 digits (ddmmyy or ddmmyyyy).",
            field=field,
            code="date_unreadable",
        )
    if len(parts) == 2:
        raise ValidationError(f"Add the year to {text!r}. {HOW_TO_TYPE}.", field=field, code="date_no_year")
    if len(parts) != 3:
        raise ValidationError(f"{text!r} is not a date. {HOW_TO_TYPE}.", field=field, code="date_unreadable")
    return parts[0], parts[1], parts[2]


def _number(part: str, name: str, field: str | None) -> int:
    # ASCII digits only: str.isdigit() would also take full-width and other scripts' digits.
    if not _ASCII_DIGITS.fullmatch(part) or (name != "year" and len(part) > 2):
        raise ValidationError(f"{part!r} is not a {name}. {HOW_TO_TYPE}.", field=field, code=f"date_{name}")
    return int(part)


def _resolve_century(day: int, month: int, two_digits: int, today: date, prefer: Prefer) -> int:
    """The four-digit year a two-digit one stands for, by the field's hint (see ``Prefer``)."""
    candidates = [
        century + two_digits for century in range(today.year // 100 * 100 - 100, today.year + 101, 100)
    ]

    def as_date(year: int) -> date:
        # 29 February may not exist in a candidate year; compare as 28 February (validated later).
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(day, last) if day >= 1 else 1)

    if prefer is Prefer.PAST:
        return max(year for year in candidates if as_date(year) <= today)
    if prefer is Prefer.FUTURE:
        return next(year for year in candidates if today.year - 20 <= year <= today.year + 79)
    return min(candidates, key=lambda year: (abs((as_date(year) - today).days), -year))
