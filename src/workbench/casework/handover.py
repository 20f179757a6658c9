"""Handover to the community offender manager for a case (issue 10 point 2; DESIGN.md section 4).

The rules are ``domain.handover`` (Manage POM Cases); this module only gathers their facts from the
store: the current sentence (type, sentence date, tariff, THD, PED, ARD, CRD, and the key facts of
migration 0011: open conditions, open-prison arrival, early allocation), the prisoner's gender for the
women's estate, and today. A fact the record does not hold is taken as absent and the case page says
so, so nobody mistakes an assumption for a recorded fact. ``sentence_facts`` builds the facts from a
sentence row and ``handover_for`` applies the rules; the caseload calls both per row (from the columns
its one query already reads), so the filter and the case page can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.handover import HandoverView
from workbench.casework.guards import live_prisoner
from workbench.domain.enums import Gender, SentenceType
from workbench.domain.handover import (
    Handover,
    Release,
    earliest_release,
    handover_date,
    handover_start_date,
    responsibility,
)
from workbench.domain.timescales import add_months, format_date
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Sentence

__all__ = [
    "HANDOVER_SOON_MONTHS",
    "HandoverFacts",
    "HandoverService",
    "handover_dates",
    "handover_dates_soon",
    "handover_for",
    "handover_soon",
    "release_and_start",
    "sentence_facts",
]

HANDOVER_SOON_MONTHS = 3
"""The caseload filter "Handover within 3 months" (issue 10 point 2)."""

NO_OPEN_CONDITIONS = "No open conditions are recorded: taken as not in open conditions."
NO_EARLY_ALLOCATION = "No early allocation to the community is recorded: taken as none."


@dataclass(frozen=True, slots=True)
class HandoverFacts:
    """What the handover rules read about one prisoner. ``None`` for a flag: the record does not say
    (the rule then assumes no, and the view says so)."""

    sentence_type: SentenceType | None
    sentence_date: date | None = None
    tariff: date | None = None
    target_hearing: date | None = None
    ped: date | None = None
    ard: date | None = None
    crd: date | None = None
    womens_estate: bool = False
    open_conditions: bool | None = None
    early_allocation: bool | None = None
    category_open_since: date | None = None
    open_prison_arrival: date | None = None


def sentence_facts(stype: SentenceType | None, row: Any, *, womens_estate: bool = False) -> HandoverFacts:
    """The handover facts of a current sentence: ``row`` is a ``Sentence`` or a query row with the same
    column names (the caseload's), None when no sentence is recorded.

    Open conditions: "in open conditions since" or an open-prison arrival recorded → yes; neither but an
    open conditions eligibility date recorded → no (the record says when the prisoner may go, and that
    they have not gone); nothing recorded → not known (taken as no, and said so).
    """
    if row is None or row.sentence_type is None:
        return HandoverFacts(sentence_type=stype, womens_estate=womens_estate)
    since, arrival = row.open_conditions_since, row.open_prison_arrival_date
    open_conditions: bool | None = None
    if since is not None or arrival is not None:
        open_conditions = True
    elif row.open_conditions_date is not None:
        open_conditions = False
    return HandoverFacts(
        sentence_type=stype,
        sentence_date=row.sentence_date,
        tariff=row.tariff_date,
        target_hearing=row.target_hearing_date,
        ped=row.parole_eligibility_date,
        ard=row.automatic_release_date,
        crd=row.conditional_release_date,
        womens_estate=womens_estate,
        open_conditions=open_conditions,
        early_allocation=row.early_allocation,
        category_open_since=since,
        open_prison_arrival=arrival,
    )


def _rules(facts: HandoverFacts, today: date) -> tuple[Release | None, Handover, date | None] | None:
    """The earliest release, handover and start dates (None: no handover applies). No words: the
    caseload calls this for every row, so it builds no sentences."""
    stype = facts.sentence_type
    if stype is None or not stype.is_sentenced:
        return None
    indeterminate = stype.is_indeterminate
    open_conditions = bool(facts.open_conditions)
    release = earliest_release(
        today,
        indeterminate=indeterminate,
        tariff=facts.tariff,
        target_hearing=facts.target_hearing,
        ped=facts.ped,
        ard=facts.ard,
        crd=facts.crd,
    )
    handover = handover_date(
        sentence_start=facts.sentence_date,
        earliest_release=release,
        indeterminate=indeterminate,
        determinate_parole=not indeterminate and facts.ped is not None,
        open_conditions=open_conditions,
        early_allocation=bool(facts.early_allocation),
    )
    start = handover_start_date(
        handover.date,
        indeterminate=indeterminate,
        open_prison_rules_apply=open_conditions,
        womens_estate=facts.womens_estate,
        category_open_since=facts.category_open_since,
        open_prison_arrival=facts.open_prison_arrival,
    )
    return release, handover, start


def handover_dates(facts: HandoverFacts, today: date) -> tuple[date | None, date | None]:
    """The handover start date and handover date (either None when there is none): what the caseload
    shows and filters on, by the same rules as ``handover_for``."""
    found = _rules(facts, today)
    if found is None:
        return None, None
    return found[2], found[1].date


def release_and_start(facts: HandoverFacts, today: date) -> tuple[Release | None, date | None]:
    """The earliest release and the handover start date (either None), worked out once: what the
    review sweep needs (the parole decision of an indeterminate sentence is its earliest release)."""
    found = _rules(facts, today)
    if found is None:
        return None, None
    return found[0], found[2]


def handover_for(prisoner_id: str, facts: HandoverFacts, today: date) -> HandoverView:
    """Who is responsible on ``today``, the earliest release, handover and start dates, and why."""
    found = _rules(facts, today)
    if found is None:
        stype = facts.sentence_type
        why = "no sentence is recorded" if stype is None else f"{stype.label.lower()}, not sentenced"
        return HandoverView(prisoner_id, None, None, None, None, f"No handover applies: {why}.")
    release, handover, start = found
    assumptions = []
    if facts.open_conditions is None:
        assumptions.append(NO_OPEN_CONDITIONS)
    if facts.early_allocation is None:
        assumptions.append(NO_EARLY_ALLOCATION)
    who = responsibility(today, handover.date, start)
    parts = [f"{who.label}."]
    if release is not None:
        parts.append(f"Earliest release: {release.describe()}.")
    else:
        parts.append("No earliest release date is recorded.")
    rule = [handover.describe()]
    if start is not None and start != handover.date:
        rule.append(f"The community offender manager joins the case on {format_date(start)}.")
    return HandoverView(
        prisoner_id, who, release, handover, start, " ".join(parts + rule), tuple(assumptions), " ".join(rule)
    )


def handover_dates_soon(start: date | None, handover: date | None, today: date, until: date) -> bool:
    """The handover starts or happens between ``today`` and ``until`` (inclusive)."""
    return (start is not None and today <= start <= until) or (
        handover is not None and today <= handover <= until
    )


def handover_soon(view: HandoverView, today: date, months: int = HANDOVER_SOON_MONTHS) -> bool:
    """The handover starts or happens from today up to ``months`` ahead (the caseload filter)."""
    return handover_dates_soon(view.handover_start_on, view.handover_on, today, add_months(today, months))


class HandoverService:
    """Who is responsible for a prisoner, the handover dates and why (domain.handover)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def for_case(self, user: CurrentUser, prisoner_id: str) -> HandoverView:
        """The handover view of one prisoner on the context's today. Read-only."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            prisoner = live_prisoner(s, prisoner_id)
            sentence = s.scalars(
                select(Sentence).where(
                    Sentence.prisoner_id == prisoner_id, Sentence.is_current, Sentence.deleted_at.is_(None)
                )
            ).first()
            facts = sentence_facts(
                SentenceType(sentence.sentence_type) if sentence else None,
                sentence,
                womens_estate=prisoner.gender == Gender.FEMALE.value,
            )
        return handover_for(prisoner_id, facts, self._ctx.today())
