"""The plan's live quality checks for one prisoner (issue 9 point 5).

Gathers what the rules (``domain.plan_quality``) read from the store — the plan and its objectives,
actions and required interventions; the needs the latest completed likelihood assessment links to
offending or harm; the current RoSH level; child concerns, identifiable victims and a learning need;
the National Standards due date — in a few narrow queries, lints each objective with the intervention
catalogue, and returns the checks. Read-only.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.guards import live_prisoner
from workbench.casework.interview.form import answers_from_json
from workbench.casework.plan_caseload import plan_summaries, summary_of
from workbench.casework.plan_events import linked_needs
from workbench.casework.rosh_caseload import rosh_facts
from workbench.domain.interview import BasicSkillsResult
from workbench.domain.needs import NeedSection
from workbench.domain.objectives import lint
from workbench.domain.plan import QualityCheck, plan_id_for
from workbench.domain.plan_quality import (
    ActionFacts,
    ObjectiveFacts,
    PlanFacts,
    RequirementFacts,
    evaluate,
)
from workbench.domain.timescales import DueRule
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.child_victim_models import ChildConcern, Victim
from workbench.store.interview_models import SignedInterview
from workbench.store.models import CompletedLorAssessment
from workbench.store.plan_models import InterventionRequirement, PlanAction, PlanObjective, SentencePlan
from workbench.store.rosh_models import CompletedRoshAnalysis


def _json_list(text: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _json_map(text: str | None) -> dict[str, str]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def offending_needs(session: Session, prisoner_id: str) -> tuple[NeedSection, ...]:
    """Need sections the latest completed likelihood assessment links to offending or harm (in section
    order). The newest signed assessment is the current one: a correction is always signed later."""
    latest = session.scalars(
        select(CompletedLorAssessment.id)
        .where(
            CompletedLorAssessment.prisoner_id == prisoner_id,
            CompletedLorAssessment.deleted_at.is_(None),
        )
        .order_by(CompletedLorAssessment.completed_at.desc(), CompletedLorAssessment.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return ()
    return linked_needs(session, latest)


def _learning_need(session: Session, prisoner_id: str) -> bool:
    """The latest signed interview's basic skills screening found a learning need (seed 3.32)."""
    answers = session.scalars(
        select(SignedInterview.answers)
        .where(SignedInterview.prisoner_id == prisoner_id, SignedInterview.deleted_at.is_(None))
        .order_by(SignedInterview.signed_at.desc())
        .limit(1)
    ).first()
    if answers is None:
        return False
    skills = str(answers_from_json(answers).get("basic_skills") or "")
    return skills in BasicSkillsResult.__members__ and BasicSkillsResult(skills).is_learning_need


def _analysis_child_concerns(session: Session, prisoner_id: str) -> bool:
    """The current signed full analysis records child-protection concerns (OASys R7)."""
    flag = session.scalars(
        select(CompletedRoshAnalysis.child_protection_concerns)
        .where(CompletedRoshAnalysis.prisoner_id == prisoner_id, CompletedRoshAnalysis.deleted_at.is_(None))
        .order_by(CompletedRoshAnalysis.completed_at.desc())
        .limit(1)
    ).first()
    return bool(flag)


class PlanQualityService:
    """Green/amber/red checks of a prisoner's plan, each with its reason and where to fix it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def checks(self, user: CurrentUser, prisoner_id: str) -> tuple[QualityCheck, ...]:
        """Every check for ``prisoner_id``'s plan, in the panel's order."""
        return evaluate(self.facts(user, prisoner_id))

    def facts(self, user: CurrentUser, prisoner_id: str) -> PlanFacts:
        """What the checks read about the prisoner's plan (the input of ``domain.plan_quality.evaluate``)."""
        require(user.role, Permission.VIEW_CASELOAD)
        # The due date comes from the caseload's own timescale facts, so the panel and the caseload agree.
        items = CaseloadService(self._ctx).detail(user, prisoner_id).due_items
        plan_item = next((i for i in items if i.rule is DueRule.SENTENCE_PLAN), None)
        catalogue = self._ctx.interventions()
        with self._ctx.store.read() as s:
            prisoner = live_prisoner(s, prisoner_id)
            plan = s.get(SentencePlan, plan_id_for(prisoner_id))
            if plan is not None and plan.deleted_at is not None:
                plan = None
            objectives = s.scalars(
                select(PlanObjective)
                .where(PlanObjective.prisoner_id == prisoner_id, PlanObjective.deleted_at.is_(None))
                .order_by(PlanObjective.position, PlanObjective.created_at)
            ).all()
            actions = s.scalars(
                select(PlanAction).where(
                    PlanAction.prisoner_id == prisoner_id, PlanAction.deleted_at.is_(None)
                )
            ).all()
            requirements = s.scalars(
                select(InterventionRequirement).where(
                    InterventionRequirement.prisoner_id == prisoner_id,
                    InterventionRequirement.deleted_at.is_(None),
                )
            ).all()
            rf = rosh_facts(s, [prisoner_id]).get(prisoner_id)
            rosh_level = (rf.overall_level if rf else None) or prisoner.rosh_level
            child_concerns = (
                s.scalars(
                    select(ChildConcern.id).where(
                        ChildConcern.prisoner_id == prisoner_id,
                        ChildConcern.deleted_at.is_(None),
                        ChildConcern.child_protection_status != "NONE",
                    )
                ).first()
                is not None
            ) or _analysis_child_concerns(s, prisoner_id)
            victim = (
                s.scalars(
                    select(Victim.id).where(Victim.prisoner_id == prisoner_id, Victim.deleted_at.is_(None))
                ).first()
                is not None
            )
            needs = offending_needs(s, prisoner_id)
            learning = _learning_need(s, prisoner_id)
            summary = summary_of(plan_summaries(s, [prisoner_id]), prisoner_id)
            objective_facts = []
            for o in objectives:
                result = lint(o.outcome, catalogue)
                objective_facts.append(
                    ObjectiveFacts(
                        objective_id=o.id,
                        outcome=o.outcome,
                        links=_json_list(o.links),
                        measure=o.measure,
                        phase=o.phase,
                        position=o.position,
                        prerequisites=_json_list(o.prerequisites),
                        roh_tag=o.roh_tag,
                        status=o.status,
                        outcome_focused=result.outcome_focused,
                        lint_problems=result.problems,
                    )
                )
            return PlanFacts(
                today=self._ctx.today(),
                has_plan=plan is not None,
                contact_frequency=plan.contact_frequency if plan else "",
                com_liaison=plan.com_liaison if plan else "",
                next_review_on=plan.next_review_on if plan else None,
                involvement=plan.involvement if plan else "",
                involvement_reason=plan.involvement_reason if plan else "",
                copy_given_on=plan.copy_given_on if plan else None,
                need_reasons=_json_map(plan.need_reasons) if plan else {},
                objectives=tuple(objective_facts),
                actions=tuple(
                    ActionFacts(a.id, a.objective_id, a.what, a.owner_role, a.owner_name) for a in actions
                ),
                requirements=tuple(
                    RequirementFacts(
                        r.id, r.intervention_name or r.intervention_code, r.availability, r.reason
                    )
                    for r in requirements
                ),
                offending_needs=needs,
                rosh_level=rosh_level,
                child_concerns=child_concerns,
                identifiable_victim=victim,
                learning_need=learning,
                plan_due_on=plan_item.due_date if plan_item is not None else None,
                first_issued_on=summary.first_issued_on,
            )


__all__ = ["PlanQualityService", "offending_needs"]
