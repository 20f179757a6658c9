"""THE plan row of a prisoner, made when first needed (issue 9). Shared by the plan, the contributions
and the intervention ledger, so there is one way to start a plan and never a second plan."""

from __future__ import annotations

from workbench.domain.plan import plan_id_for
from workbench.store.plan_models import SentencePlan
from workbench.store.unit_of_work import UnitOfWork


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
