"""The sentence plan's NEW_NEED domain event (issue 9 point 6; DESIGN.md section 4 "Review triggers":
"new need or referral").

Raised in the transaction of the change that found the need: when a signed likelihood-of-reoffending
assessment links a need to offending or harm that the previous signed assessment did not, and when a
signed initial interview raises a referral. The review work (issue 10) consumes it. A first assessment
raises nothing: the plan is seeded from it, so none of its needs is news to the plan.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.needs import NeedSection
from workbench.domain.plan import PlanEvent, link_code
from workbench.store.ids import new_id
from workbench.store.models import DomainEvent, LorNeed
from workbench.store.unit_of_work import UnitOfWork

NEW_NEED = PlanEvent.NEW_NEED.value


def linked_needs(session: Session, assessment_id: str) -> tuple[NeedSection, ...]:
    """Need sections one completed assessment links to offending or harm, in section order."""
    n = LorNeed.__table__.c
    sections = {
        section
        for (section,) in session.execute(
            select(n.section).where(
                n.assessment_id == assessment_id,
                n.deleted_at.is_(None),
                n.linked_to_reoffending | n.linked_to_harm,
            )
        )
    }
    return tuple(s for s in NeedSection if s.value in sections)


def _raise(uow: UnitOfWork, prisoner_id: str, occurred_at: datetime, payload: dict[str, Any]) -> None:
    uow.add(
        DomainEvent(
            id=new_id(),
            prisoner_id=prisoner_id,
            kind=NEW_NEED,
            occurred_at=occurred_at,
            payload=json.dumps(payload, sort_keys=True),
        ),
        "domain_event.raised",
    )


def raise_new_needs_after_assessment(
    uow: UnitOfWork,
    *,
    prisoner_id: str,
    assessment_id: str,
    previous_assessment_id: str | None,
    need_rows: Iterable[Mapping[str, Any]],
    occurred_at: datetime,
) -> tuple[NeedSection, ...]:
    """Raise NEW_NEED for the needs ``need_rows`` (the signed assessment's) link to offending or harm
    that the previous signed assessment did not; nothing without a previous one. Returns them."""
    if previous_assessment_id is None:
        return ()
    before = set(linked_needs(uow.session, previous_assessment_id))
    now = {str(r["section"]) for r in need_rows if r.get("linked_to_reoffending") or r.get("linked_to_harm")}
    new = tuple(s for s in NeedSection if s.value in now and s not in before)
    if new:
        _raise(
            uow,
            prisoner_id,
            occurred_at,
            {
                "source": "ASSESSMENT_COMPLETED",
                "assessment_id": assessment_id,
                "previous_assessment_id": previous_assessment_id,
                "needs": [link_code(s) for s in new],
            },
        )
    return new


def raise_new_need_for_referral(
    uow: UnitOfWork,
    *,
    prisoner_id: str,
    interview_id: str,
    referral_id: str,
    area: str,
    occurred_at: datetime,
) -> None:
    """Raise NEW_NEED for a referral the signed interview raised (not one carried from a correction)."""
    _raise(
        uow,
        prisoner_id,
        occurred_at,
        {
            "source": "INTERVIEW_REFERRAL",
            "interview_id": interview_id,
            "referral_id": referral_id,
            "area": area,
        },
    )


__all__ = ["NEW_NEED", "linked_needs", "raise_new_need_for_referral", "raise_new_needs_after_assessment"]
