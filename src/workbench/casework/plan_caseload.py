"""The sentence plan's state for the caseload, gathered in bulk (issue 9 point 6).

The caseload shows each prisoner's plan status ("No plan", "Draft", "Agreed v2", "Overdue", "Review
due") and the plan's due date, and the National Standards clocks need the date the first version was
issued (the plan "completed", seed 3.6 / 3.21) and the last review. One query for the whole caseload:
the plan rows outer-joined to their versions, aggregated per prisoner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import DateTime, case, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from workbench.domain.plan import VersionReason
from workbench.domain.timescales import DueItem, DueRule, DueStatus
from workbench.store.plan_models import PlanVersion, SentencePlan

REVIEW_DUE_DAYS: Final = 28
"""An issued plan shows "Review due" this many days before its annual review falls due."""


class PlanState(StrEnum):
    """Where a prisoner's plan stands on the caseload (its filter values)."""

    NO_PLAN = "NO_PLAN"
    DRAFT = "DRAFT"
    AGREED = "AGREED"
    OVERDUE = "OVERDUE"
    REVIEW_DUE = "REVIEW_DUE"


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """One prisoner's plan as the caseload needs it: started, versions issued, when."""

    started: bool
    versions: int = 0
    first_issued_on: date | None = None
    last_review_on: date | None = None


_NONE: Final = PlanSummary(False)


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)).date()  # SQLite aggregates return the stored text


def plan_summaries(session: Session, prisoner_ids: Sequence[str] | None) -> dict[str, PlanSummary]:
    """Per prisoner with a plan (all when ``prisoner_ids`` is None): versions issued, the first issue
    date and the newest review. One statement: live plan rows and version aggregates, unioned."""
    p = SentencePlan.__table__.c
    v = PlanVersion.__table__.c
    plans = select(
        p.prisoner_id.label("pid"),
        literal(0).label("n"),
        cast(null(), DateTime).label("first"),
        cast(null(), DateTime).label("review"),
    ).where(p.deleted_at.is_(None))
    versions = select(
        v.prisoner_id.label("pid"),
        func.max(v.version_no).label("n"),
        func.min(v.issued_at).label("first"),
        func.max(case((v.reason == VersionReason.REVIEW.value, v.issued_at), else_=None)).label("review"),
    ).where(v.deleted_at.is_(None))
    if prisoner_ids is not None:
        plans = plans.where(p.prisoner_id.in_(prisoner_ids))
        versions = versions.where(v.prisoner_id.in_(prisoner_ids))
    versions = versions.group_by(v.prisoner_id)
    out: dict[str, PlanSummary] = {}
    for pid, n, first, review in session.execute(union_all(plans, versions)):
        had = out.get(pid, _NONE)
        out[pid] = PlanSummary(
            True,
            max(had.versions, int(n or 0)),
            _day(first) or had.first_issued_on,
            _day(review) or had.last_review_on,
        )
    return out


def summary_of(summaries: dict[str, PlanSummary], prisoner_id: str) -> PlanSummary:
    """The prisoner's summary, or "no plan"."""
    return summaries.get(prisoner_id, _NONE)


def plan_status(
    summary: PlanSummary, items: Sequence[DueItem], today: date
) -> tuple[PlanState, str, date | None]:
    """The caseload's plan status, its words ("Agreed v2") and the plan's next due date.

    Overdue: no version issued after the National Standards date, or the annual review is past due.
    Review due: an issued plan whose review falls within ``REVIEW_DUE_DAYS``. The due date is the plan's
    while none is issued, then the review's; None when no plan timescale applies (out of scope).
    """
    plan_item = next((i for i in items if i.rule is DueRule.SENTENCE_PLAN), None)
    review = next((i for i in items if i.rule is DueRule.ANNUAL_REVIEW), None)
    if summary.versions == 0:
        due = plan_item.due_date if plan_item is not None else None
        if plan_item is not None and plan_item.status is DueStatus.OVERDUE:
            return PlanState.OVERDUE, "Overdue", due
        if summary.started:
            return PlanState.DRAFT, "Draft", due
        return PlanState.NO_PLAN, "No plan", due
    due = review.due_date if review is not None else None
    if review is not None and review.status is DueStatus.OVERDUE:
        return PlanState.OVERDUE, "Review overdue", due
    if due is not None and (due - today).days <= REVIEW_DUE_DAYS:
        return PlanState.REVIEW_DUE, "Review due", due
    return PlanState.AGREED, f"Agreed v{summary.versions}", due
