"""THE plan row of a prisoner, made when first needed (issue 9). Shared by the plan, the contributions
and the intervention ledger, so there is one way to start a plan and never a second plan."""

from __future__ import annotations

import json

from workbench.domain.plan import ObjectiveStatus, PlanEvent, plan_id_for
from workbench.store.ids import new_id
from workbench.store.models import DomainEvent
from workbench.store.plan_models import PlanObjective, SentencePlan
from workbench.store.unit_of_work import UnitOfWork, utcnow


def ensure_plan(uow: UnitOfWork, prisoner_id: str) -> SentencePlan:
    """The prisoner's plan, inserted (empty) in this transaction if there is none yet.

    Its id is ``plan_id_for(prisoner_id)``, so the same on every terminal. The INSERT carries only
    defaults — two terminals starting the plan offline send identical rows, which the central record
    takes as one (no conflict); everything else is written by UPDATEs, merged per field. Call it inside
    the write transaction after the guard (``casework.guards.editable_prisoner``).
    """
    plan = uow.session.get(SentencePlan, plan_id_for(prisoner_id))
    if plan is None:
        plan = uow.add(
            SentencePlan(id=plan_id_for(prisoner_id), prisoner_id=prisoner_id), "sentence_plan.started"
        )
    return plan


def raise_objective_event(
    uow: UnitOfWork, row: PlanObjective, event: PlanEvent, old: ObjectiveStatus | None
) -> None:
    """The OBJECTIVE_ACHIEVED / ABANDONED event for the review work (raised by the plan and by boards)."""
    uow.add(
        DomainEvent(
            id=new_id(),
            prisoner_id=row.prisoner_id,
            kind=event.value,
            occurred_at=utcnow(),
            payload=json.dumps(
                {
                    "objective_id": row.id,
                    "plan_id": row.plan_id,
                    "old": old.value if old else None,
                    "new": row.status,
                }
            ),
        ),
        "domain_event.raised",
    )
