"""Handover from the prison to the community offender manager (issue 10 point 2; DESIGN.md section 4).

The rules follow the Ministry of Justice's Manage POM Cases service: the earliest release date (ERD)
decides when the community offender manager (COM) takes over the case (the handover date), when they
start working alongside the prison (the handover start date), and so who is responsible on a given day.
Seed 4.22: delivery was not kept up after a change of offender manager in 37% of cases — the handover is
planned from these dates, not discovered at release.

Pure: no I/O, no Qt. Months are calendar months clamped to the end of a shorter month, subtracted before
the days (31 Oct − 8 months = 28/29 Feb; then − 14 days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from workbench.domain.timescales import add_months, format_date

__all__ = [
    "Handover",
    "HandoverReason",
    "Release",
    "ReleaseDateKind",
    "Responsibility",
    "earliest_release",
    "handover_date",
    "handover_start_date",
    "responsibility",
]


class ReleaseDateKind(StrEnum):
    """Which date the earliest release is (its ``.value`` is the abbreviation staff use)."""

    TED = "TED"  # tariff expiry date (indeterminate)
    THD = "THD"  # target hearing date of the Parole Board (indeterminate)
    PED = "PED"  # parole eligibility date
    ARD = "ARD"  # automatic release date
    CRD = "CRD"  # conditional release date

    @property
    def label(self) -> str:
        """The date's name in full."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ReleaseDateKind.TED: "tariff expiry date",
    ReleaseDateKind.THD: "target hearing date",
    ReleaseDateKind.PED: "parole eligibility date",
    ReleaseDateKind.ARD: "automatic release date",
    ReleaseDateKind.CRD: "conditional release date",
}


@dataclass(frozen=True, slots=True)
class Release:
    """The earliest release date: which date it is (``name``) and when (``date``)."""

    name: ReleaseDateKind
    date: date

    def describe(self) -> str:
        """E.g. "parole eligibility date (PED) 14 Mar 2028"."""
        return f"{self.name.label} ({self.name.value}) {format_date(self.date)}"


class HandoverReason(StrEnum):
    """Which rule gave the handover date (the values are Manage POM Cases' reason codes)."""

    EARLY_ALLOCATION = "early_allocation"
    INDETERMINATE = "indeterminate"
    INDETERMINATE_OPEN = "indeterminate_open"
    DETERMINATE_SHORT = "determinate_short"
    DETERMINATE_PAROLE = "determinate_parole"
    DETERMINATE = "determinate"


_REASON_TEXT = {
    HandoverReason.EARLY_ALLOCATION: (
        "early allocation to the community: 15 months before the earliest release"
    ),
    HandoverReason.INDETERMINATE: "indeterminate sentence: 12 months before the earliest release",
    HandoverReason.INDETERMINATE_OPEN: (
        "indeterminate sentence in open conditions: 12 months before the earliest release"
    ),
    HandoverReason.DETERMINATE_SHORT: (
        "less than 10 months from sentence to earliest release: the community is responsible at once"
    ),
    HandoverReason.DETERMINATE_PAROLE: (
        "determinate sentence with parole: 12 months before the earliest release"
    ),
    HandoverReason.DETERMINATE: "determinate sentence: 8 months and 14 days before the earliest release",
}


@dataclass(frozen=True, slots=True)
class Handover:
    """The handover date (None: no date — see ``reason``) and the rule that gave it."""

    date: date | None
    reason: HandoverReason

    def describe(self) -> str:
        """One sentence: the date and why, for the case page."""
        why = _REASON_TEXT[self.reason]
        if self.date is None:
            if self.reason is HandoverReason.DETERMINATE_SHORT:
                return f"No handover date: {why}."
            return f"No handover date: there is no earliest release date ({why})."
        return f"Handover on {format_date(self.date)}: {why}."


class Responsibility(StrEnum):
    """Who is responsible for the case on a day."""

    CUSTODY_ONLY = "CUSTODY_ONLY"
    CUSTODY_WITH_COM = "CUSTODY_WITH_COM"
    COMMUNITY = "COMMUNITY"

    @property
    def label(self) -> str:
        """What the case page says."""
        return _RESPONSIBILITY_LABELS[self]


_RESPONSIBILITY_LABELS = {
    Responsibility.CUSTODY_ONLY: "Prison offender manager responsible",
    Responsibility.CUSTODY_WITH_COM: "Prison responsible, community offender manager supporting",
    Responsibility.COMMUNITY: "Community offender manager responsible",
}


def earliest_release(
    today: date,
    *,
    indeterminate: bool,
    tariff: date | None = None,
    target_hearing: date | None = None,
    ped: date | None = None,
    ard: date | None = None,
    crd: date | None = None,
) -> Release | None:
    """The earliest release date, or None when no date applies.

    Indeterminate: the tariff date (TED) if in the future, else the target hearing date (THD) if in the
    future, else whichever of the two is nearer ``today`` (TED on a tie). Determinate: the PED if there
    is one, else the earlier of ARD and CRD (ARD on a tie).
    """
    if indeterminate:
        if tariff is not None and tariff > today:
            return Release(ReleaseDateKind.TED, tariff)
        if target_hearing is not None and target_hearing > today:
            return Release(ReleaseDateKind.THD, target_hearing)
        candidates = [
            Release(kind, when)
            for kind, when in ((ReleaseDateKind.TED, tariff), (ReleaseDateKind.THD, target_hearing))
            if when is not None
        ]
        if not candidates:
            return None
        return min(candidates, key=lambda r: abs((r.date - today).days))  # min keeps the first (TED) on a tie
    if ped is not None:
        return Release(ReleaseDateKind.PED, ped)
    if ard is not None and (crd is None or ard <= crd):
        return Release(ReleaseDateKind.ARD, ard)
    if crd is not None:
        return Release(ReleaseDateKind.CRD, crd)
    return None


def handover_date(
    *,
    sentence_start: date | None,
    earliest_release: Release | date | None,
    indeterminate: bool,
    determinate_parole: bool,
    open_conditions: bool,
    early_allocation: bool,
) -> Handover:
    """The handover date and the rule that gave it (``earliest_release`` as a ``Release`` or a date).

    Early allocation: ERD − 15 months. Indeterminate: ERD − 12 months (``indeterminate_open`` in open
    conditions). Determinate: no date when the sentence started 10 months or less before the ERD (the
    community is responsible at once); with parole ERD − 12 months; else ERD − 8 months − 14 days.
    Without an earliest release date there is no handover date (the reason is the rule that would apply).
    """
    erd = earliest_release.date if isinstance(earliest_release, Release) else earliest_release
    if early_allocation:
        reason = HandoverReason.EARLY_ALLOCATION
        return Handover(add_months(erd, -15) if erd else None, reason)
    if indeterminate:
        reason = HandoverReason.INDETERMINATE_OPEN if open_conditions else HandoverReason.INDETERMINATE
        return Handover(add_months(erd, -12) if erd else None, reason)
    if erd is not None and sentence_start is not None and add_months(sentence_start, 10) >= erd:
        return Handover(None, HandoverReason.DETERMINATE_SHORT)
    if determinate_parole:
        return Handover(add_months(erd, -12) if erd else None, HandoverReason.DETERMINATE_PAROLE)
    return Handover(add_months(erd, -8) - timedelta(days=14) if erd else None, HandoverReason.DETERMINATE)


def handover_start_date(
    handover_date: date | None,
    *,
    indeterminate: bool,
    open_prison_rules_apply: bool,
    womens_estate: bool,
    category_open_since: date | None = None,
    open_prison_arrival: date | None = None,
) -> date | None:
    """When the community offender manager starts working alongside the prison.

    The handover date, except indeterminate cases where open-prison rules apply: then the earlier of the
    handover date and the date the category became open (women's estate) or of arrival at the open
    prison (men's estate), ignoring missing dates.
    """
    if not (indeterminate and open_prison_rules_apply):
        return handover_date
    opened = category_open_since if womens_estate else open_prison_arrival
    dates = [d for d in (handover_date, opened) if d is not None]
    return min(dates) if dates else None


def responsibility(
    today: date, handover_date: date | None, handover_start_date: date | None
) -> Responsibility:
    """Who is responsible on ``today``: no handover date → COMMUNITY; before the start date →
    CUSTODY_ONLY; from the start date until the handover date → CUSTODY_WITH_COM; from the handover
    date → COMMUNITY (a missing start date is taken as the handover date)."""
    if handover_date is None:
        return Responsibility.COMMUNITY
    start = handover_start_date if handover_start_date is not None else handover_date
    if today >= handover_date:
        return Responsibility.COMMUNITY
    if today < start:
        return Responsibility.CUSTODY_ONLY
    return Responsibility.CUSTODY_WITH_COM
