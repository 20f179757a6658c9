"""The plan's rows as DTOs (what ``PlanService`` reads), and the plan's ``need_reasons`` JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.dto.plan import ActionView, ObjectiveView, VersionSummary
from workbench.domain.objectives import lint
from workbench.domain.plan import ActionStatus, Department, ObjectiveStatus, Phase, RohTag, VersionReason
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner
from workbench.store.plan_models import PlanAction, PlanObjective, PlanVersion, SentencePlan


def read_only_reason(user: CurrentUser, prisoner: Prisoner) -> str | None:
    """Why ``user`` may not change this prisoner's plan, or None when they may."""
    if not allows(user.role, Permission.PLAN):
        return "Your role can read the plan but not change it: write a contribution instead."
    if prisoner.left_scope_at is not None:
        return "The prisoner has left this establishment's caseload: the plan is read-only here."
    return None


def reasons_of(plan: SentencePlan) -> dict[str, str]:
    """The plan's ``need_reasons`` (link code or "SEED:<key>" → reason) as a dict."""
    data = json.loads(plan.need_reasons or "{}")
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def dump_reasons(reasons: Mapping[str, str]) -> str:
    """``need_reasons`` as stored (JSON, keys sorted)."""
    return json.dumps(dict(reasons), sort_keys=True)


def objective_rows(s: Session, prisoner_id: str) -> list[PlanObjective]:
    """The prisoner's live objectives in plan order (position, then creation)."""
    return list(
        s.scalars(
            select(PlanObjective)
            .where(PlanObjective.prisoner_id == prisoner_id, PlanObjective.deleted_at.is_(None))
            .order_by(PlanObjective.position, PlanObjective.created_at, PlanObjective.id)
        )
    )


def codes(text: str) -> tuple[str, ...]:
    """A JSON list of codes (links, prerequisites) as a tuple."""
    data = json.loads(text or "[]")
    return tuple(str(x) for x in data) if isinstance(data, list) else ()


def objective_view(row: PlanObjective, actions: tuple[ActionView, ...], catalogue: Any) -> ObjectiveView:
    """One objective as the screen shows it, with its actions and the linter's result."""
    return ObjectiveView(
        objective_id=row.id,
        outcome=row.outcome,
        links=codes(row.links),
        measure=row.measure,
        phase=Phase(row.phase),
        position=row.position,
        prerequisites=codes(row.prerequisites),
        roh_tag=RohTag(row.roh_tag) if row.roh_tag else None,
        status=ObjectiveStatus(row.status),
        status_reason=row.status_reason,
        source_department=Department(row.source_department),
        created_by_name=row.created_by_name,
        actions=actions,
        lint=lint(row.outcome, catalogue),
        contribution_id=row.contribution_id,
    )


def action_view(row: PlanAction) -> ActionView:
    """One action as the screen shows it."""
    return ActionView(
        action_id=row.id,
        objective_id=row.objective_id,
        what=row.what,
        owner_role=row.owner_role,
        owner_name=row.owner_name,
        department=Department(row.department),
        due_on=row.due_on,
        timescale=row.timescale,
        status=ActionStatus(row.status),
        position=row.position,
        source_department=Department(row.source_department),
    )


def version_summary(row: PlanVersion) -> VersionSummary:
    """One issued version as the versions list shows it."""
    return VersionSummary(
        version_id=row.id,
        version_no=row.version_no,
        reason=VersionReason(row.reason),
        reason_note=row.reason_note,
        issued_at=row.issued_at,
        issued_by_name=row.issued_by_name,
    )
