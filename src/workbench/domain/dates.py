"""Ages and the sane range of dates people type (issue 7 point 20). Pure; table-tested.

Bounds, chosen so that a slip of the keyboard (year 100, 1026, 0202) is caught while every real case
fits:

- no date of any kind before 1 January 1900 (``EARLIEST_DATE``);
- no sentence, custody or case-work date (sentence date and key dates, reception, contacts,
  allocations; the assessment's conviction and follow-up dates should follow) before 1 January 1950
  (``EARLIEST_CASE_DATE``): the longest-serving prisoners were sentenced in the 1970s;
- a date of birth must make the person at least 15 and at most 110 at reception (checked by the
  reception service with ``age_in_years``).
"""

from __future__ import annotations

from datetime import date
from typing import Final

EARLIEST_DATE: Final = date(1900, 1, 1)
"""No date the workbench records is earlier (dates of birth included)."""

EARLIEST_CASE_DATE: Final = date(1950, 1, 1)
"""No sentence, custody or case-work date is earlier."""


def age_in_years(date_of_birth: date, as_at: date) -> int:
    """Age in completed years on ``as_at`` (DESIGN.md: ages are whole years; as Java ``Period.years``).

    A 29 February birthday is reached on 1 March in other years. The one age calculation: scope,
    OGRS3, reception checks and the case page all use it.
    """
    before_birthday = (as_at.month, as_at.day) < (date_of_birth.month, date_of_birth.day)
    return as_at.year - date_of_birth.year - before_birthday


def too_early(value: date | None, label: str, *, earliest: date = EARLIEST_CASE_DATE) -> str | None:
    """A message when ``value`` is before ``earliest`` ("... check the year"), else None."""
    if value is None or value >= earliest:
        return None
    return (
        f"The {label} ({value.day} {value:%b} {value.year}) is before {earliest.day} {earliest:%b} "
        f"{earliest.year}; check the year."
    )
