"""Risk-of-harm facts for the caseload, gathered in bulk (issue 8 point 7).

The caseload shows each prisoner's overall RoSH (from the current signed full analysis) and MAPPA
level, and measures the screening, analysis, plan and review timescales (``domain.timescales``). One
narrow query per table for the whole caseload, then plain Python: the caseload of a region is 20,000
prisoners and is built at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.policy import Policy
from workbench.domain.rosh import rmp_required
from workbench.domain.timescales import CaseFacts
from workbench.store.rosh_models import MappaStatus, RiskManagementPlan, RoshAnalysis, RoshScreening


@dataclass
class RoshFacts:
    """One prisoner's signed risk-of-harm records, as the caseload needs them."""

    screenings: list[tuple[date, bool]] = field(default_factory=list)  # (signed on, requires analysis)
    analysis: tuple[datetime, date, str | None] | None = None  # newest: (signed at, on, overall level)
    plan: tuple[datetime, date, date | None] | None = None  # newest: (signed at, on, review date)
    mappa: tuple[datetime, int | None, int | None] | None = None  # newest: (updated, category, level)

    @property
    def overall_level(self) -> str | None:
        """The current full analysis' overall level (None without a signed analysis)."""
        return self.analysis[2] if self.analysis else None

    @property
    def mappa_level(self) -> int | None:
        return self.mappa[2] if self.mappa else None

    @property
    def mappa_category(self) -> int | None:
        return self.mappa[1] if self.mappa else None


def _only(q: Any, column: Any, prisoner_ids: Sequence[str] | None) -> Any:
    return q if prisoner_ids is None else q.where(column.in_(prisoner_ids))


def rosh_facts(session: Session, prisoner_ids: Sequence[str] | None) -> dict[str, RoshFacts]:
    """Per prisoner (all when ``prisoner_ids`` is None): signed screenings, the newest signed analysis
    and plan, and the MAPPA status. The newest signed record is the current one: a record that
    supersedes another is always signed after it."""
    out: dict[str, RoshFacts] = {}

    def facts(pid: str) -> RoshFacts:
        found = out.get(pid)
        if found is None:
            found = out[pid] = RoshFacts()
        return found

    sc = RoshScreening.__table__.c
    q: Any = select(sc.prisoner_id, sc.completed_at, sc.analysis_required).where(
        sc.status == "COMPLETED", sc.deleted_at.is_(None), sc.completed_at.is_not(None)
    )
    for pid, at, required in session.execute(_only(q, sc.prisoner_id, prisoner_ids)):
        facts(pid).screenings.append((at.date(), bool(required)))
    for f in out.values():
        f.screenings.sort()

    an = RoshAnalysis.__table__.c
    q = select(an.prisoner_id, an.completed_at, an.overall_level).where(
        an.status == "COMPLETED", an.deleted_at.is_(None), an.completed_at.is_not(None)
    )
    for pid, at, level in session.execute(_only(q, an.prisoner_id, prisoner_ids)):
        f = facts(pid)
        if f.analysis is None or at > f.analysis[0]:
            f.analysis = (at, at.date(), level)

    pl = RiskManagementPlan.__table__.c
    q = select(pl.prisoner_id, pl.completed_at, pl.review_date).where(
        pl.status == "COMPLETED", pl.deleted_at.is_(None), pl.completed_at.is_not(None)
    )
    for pid, at, review in session.execute(_only(q, pl.prisoner_id, prisoner_ids)):
        f = facts(pid)
        if f.plan is None or at > f.plan[0]:
            f.plan = (at, at.date(), review)

    ms = MappaStatus.__table__.c
    q = select(ms.prisoner_id, ms.updated_at, ms.category, ms.level).where(ms.deleted_at.is_(None))
    for pid, at, category, level in session.execute(_only(q, ms.prisoner_id, prisoner_ids)):
        f = facts(pid)
        if f.mappa is None or at > f.mappa[0]:
            f.mappa = (at, category, level)
    return out


def with_rosh_facts(case: CaseFacts, rf: RoshFacts | None, policy: Policy) -> CaseFacts:
    """The case's timescale facts with its risk-of-harm dates filled in."""
    if rf is None:
        return case
    since_reception = [d for d, _ in rf.screenings if d >= case.received_on]
    latest = rf.screenings[-1] if rf.screenings else None
    return replace(
        case,
        screening_signed_on=since_reception[0] if since_reception else None,
        last_screening_on=latest[0] if latest else None,
        screening_requires_analysis=latest[1] if latest else False,
        analysis_signed_on=rf.analysis[1] if rf.analysis else None,
        rmp_required=rmp_required(rf.overall_level, policy.rmp_required_from),
        rmp_signed_on=rf.plan[1] if rf.plan else None,
        rmp_review_date=rf.plan[2] if rf.plan else None,
    )
