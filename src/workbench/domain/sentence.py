"""Rules about a sentence and the clocks that run from an arrival (DESIGN.md section 4). Pure.

Used by the caseload (the release date column and the timescales) and by the likelihood-of-
reoffending assessment (the follow-up start); the caseload only gathers the facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final

from workbench.domain.enums import SentenceType

FIRST_CONTACT: Final = "FIRST_CONTACT"
"""The contact kind that stops the 10-working-day first-contact clock (seed 3.2)."""


def release_date(
    sentence_type: SentenceType | None,
    crd: date | None,
    ped: date | None,
    tariff: date | None,
    sed: date | None,
) -> tuple[date | None, str]:
    """The date that matters most for planning, and what kind of date it is ("" when none applies).

    Indeterminate sentences: the tariff date, else the parole eligibility date. Determinate: the
    conditional (or automatic) release date, else the sentence expiry date. Remand and unsentenced
    prisoners have none.
    """
    if sentence_type is None or not sentence_type.is_sentenced:
        return None, ""
    if sentence_type.is_indeterminate:
        if tariff:
            return tariff, "Tariff"
        if ped:
            return ped, "PED"
        return None, ""
    if crd:
        return crd, "CRD"
    if sed:
        return sed, "SED"
    return None, ""


def first_contact_on(arrived_on: date, contact_dates: Iterable[date]) -> date | None:
    """The first contact of this stay: the clock is per arrival, so earlier stays do not count (seed 3.2)."""
    return min((d for d in contact_dates if d >= arrived_on), default=None)


def os_allocated_on(arrived_on: date, start_dates: Iterable[date], *, allocated_now: bool) -> date | None:
    """When an offender supervisor was first allocated at this establishment (the clock is per arrival).

    An allocation that started before this arrival but is still current counts from the arrival.
    """
    since_arrival = [d for d in start_dates if d >= arrived_on]
    if since_arrival:
        return min(since_arrival)
    return arrived_on if allocated_now else None
