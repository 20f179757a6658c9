"""A version's snapshot of the whole plan, and the differences between two plans (issue 9 point 1).

An issued version keeps the plan as it stood as JSON (``PlanVersion.snapshot``): the plan fields, the
prisoner's involvement, and the objectives in order with their actions. ``to_snapshot`` and
``from_snapshot`` convert a ``PlanView`` to and from it, so an old version shows on the same screen as
the current plan; ``differences`` lists what changed for the side-by-side view.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from workbench.casework.dto.plan import ActionView, Difference, ObjectiveView, PlanView
from workbench.domain.objectives import LintResult
from workbench.domain.plan import (
    ActionStatus,
    ContactFrequency,
    Department,
    Involvement,
    ObjectiveStatus,
    Phase,
    RohTag,
    link_label,
)

SNAPSHOT_FORMAT = 1
"""Bumped if the snapshot's shape ever changes (old versions are never rewritten)."""

_PLAN_FIELDS: tuple[tuple[str, str], ...] = (
    ("contact_frequency", "Supervisor–prisoner contact"),
    ("com_liaison", "Community offender manager liaison"),
    ("next_review_on", "Next review"),
    ("responsivity", "Responsivity"),
    ("diversity_adjustments", "Diversity adjustments"),
    ("involvement", "Prisoner's involvement"),
    ("involvement_reason", "Why (involvement)"),
    ("prisoner_comments", "The prisoner's comments"),
    ("copy_given_on", "Copy given on"),
)
_OBJECTIVE_FIELDS: tuple[tuple[str, str], ...] = (
    ("outcome", "Outcome"),
    ("links", "Needs and risk factors"),
    ("measure", "How progress is measured"),
    ("phase", "Phase"),
    ("position", "Order"),
    ("prerequisites", "Comes after"),
    ("roh_tag", "Risk-of-harm tag"),
    ("status", "Status"),
    ("status_reason", "Status reason"),
    ("actions", "Actions"),
)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _action_dict(a: ActionView) -> dict[str, Any]:
    return {
        "id": a.action_id,
        "what": a.what,
        "owner_role": a.owner_role,
        "owner_name": a.owner_name,
        "department": a.department.value,
        "due_on": _iso(a.due_on),
        "timescale": a.timescale,
        "status": a.status.value,
        "position": a.position,
        "source_department": a.source_department.value,
    }


def to_snapshot(plan: PlanView) -> dict[str, Any]:
    """The whole plan as JSON-ready data (what a ``PlanVersion`` keeps)."""
    return {
        "format": SNAPSHOT_FORMAT,
        "plan": {
            "contact_frequency": plan.contact_frequency.value if plan.contact_frequency else None,
            "com_liaison": plan.com_liaison.value if plan.com_liaison else None,
            "next_review_on": _iso(plan.next_review_on),
            "responsivity": plan.responsivity,
            "diversity_adjustments": plan.diversity_adjustments,
            "need_reasons": dict(plan.need_reasons),
        },
        "involvement": {
            "involvement": plan.involvement.value if plan.involvement else None,
            "involvement_reason": plan.involvement_reason,
            "prisoner_comments": plan.prisoner_comments,
            "copy_given_on": _iso(plan.copy_given_on),
        },
        "objectives": [
            {
                "id": o.objective_id,
                "outcome": o.outcome,
                "links": list(o.links),
                "measure": o.measure,
                "phase": o.phase.value,
                "position": o.position,
                "prerequisites": list(o.prerequisites),
                "roh_tag": o.roh_tag.value if o.roh_tag else None,
                "status": o.status.value,
                "status_reason": o.status_reason,
                "source_department": o.source_department.value,
                "created_by_name": o.created_by_name,
                "actions": [_action_dict(a) for a in o.actions],
            }
            for o in plan.objectives
        ],
    }


def _freq(value: Any) -> ContactFrequency | None:
    return ContactFrequency(value) if value else None


def from_snapshot(base: PlanView, data: Mapping[str, Any]) -> PlanView:
    """The plan a snapshot holds, as a ``PlanView`` (ids and names from ``base``; no versions)."""
    plan = data.get("plan", {})
    inv = data.get("involvement", {})
    objectives = []
    for o in data.get("objectives", []):
        actions = tuple(
            ActionView(
                action_id=a["id"],
                objective_id=o["id"],
                what=a["what"],
                owner_role=a["owner_role"],
                owner_name=a["owner_name"],
                department=Department(a["department"]),
                due_on=_date(a["due_on"]),
                timescale=a["timescale"],
                status=ActionStatus(a["status"]),
                position=a["position"],
                source_department=Department(a.get("source_department", "OMU")),
            )
            for a in o.get("actions", [])
        )
        objectives.append(
            ObjectiveView(
                objective_id=o["id"],
                outcome=o["outcome"],
                links=tuple(o["links"]),
                measure=o["measure"],
                phase=Phase(o["phase"]),
                position=o["position"],
                prerequisites=tuple(o["prerequisites"]),
                roh_tag=RohTag(o["roh_tag"]) if o.get("roh_tag") else None,
                status=ObjectiveStatus(o["status"]),
                status_reason=o["status_reason"],
                source_department=Department(o.get("source_department", "OMU")),
                created_by_name=o.get("created_by_name", ""),
                actions=actions,
                lint=LintResult(True),
            )
        )
    return PlanView(
        plan_id=base.plan_id,
        prisoner_id=base.prisoner_id,
        prisoner_name=base.prisoner_name,
        noms_number=base.noms_number,
        started=True,
        contact_frequency=_freq(plan.get("contact_frequency")),
        com_liaison=_freq(plan.get("com_liaison")),
        next_review_on=_date(plan.get("next_review_on")),
        responsivity=plan.get("responsivity", ""),
        diversity_adjustments=plan.get("diversity_adjustments", ""),
        involvement=Involvement(inv["involvement"]) if inv.get("involvement") else None,
        involvement_reason=inv.get("involvement_reason", ""),
        prisoner_comments=inv.get("prisoner_comments", ""),
        copy_given_on=_date(inv.get("copy_given_on")),
        need_reasons=MappingProxyType(dict(plan.get("need_reasons", {}))),
        objectives=tuple(objectives),
        read_only_reason="An issued version never changes.",
    )


def _words(value: Any) -> str:
    """A field's value as the side-by-side view shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, ContactFrequency | Involvement | Phase | RohTag | ObjectiveStatus):
        return value.label
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def _objective_value(o: ObjectiveView, name: str, titles: Mapping[str, str]) -> str:
    if name == "links":
        return _words(tuple(link_label(c) for c in o.links))
    if name == "prerequisites":
        return _words(tuple(titles.get(p, p) for p in o.prerequisites))
    if name == "actions":
        return "; ".join(f"{a.what} ({a.owner or 'no owner'}, {a.status.label})" for a in o.actions) or "—"
    return _words(getattr(o, name))


def differences(old: PlanView, new: PlanView) -> tuple[Difference, ...]:
    """What differs between ``old`` (a version) and ``new`` (the current plan), plan fields first,
    then the objectives in the new plan's order, then objectives no longer in the plan."""
    out: list[Difference] = []
    for name, label in _PLAN_FIELDS:
        before, after = _words(getattr(old, name)), _words(getattr(new, name))
        if before != after:
            out.append(Difference("Plan", label, before, after))
    titles = {o.objective_id: o.outcome for o in (*old.objectives, *new.objectives)}
    old_by_id = {o.objective_id: o for o in old.objectives}
    for o in new.objectives:
        was = old_by_id.get(o.objective_id)
        if was is None:
            out.append(Difference(o.outcome, "Objective", "—", "Added", o.objective_id))
            continue
        for name, label in _OBJECTIVE_FIELDS:
            before, after = _objective_value(was, name, titles), _objective_value(o, name, titles)
            if before != after:
                out.append(Difference(o.outcome, label, before, after, o.objective_id))
    new_ids = {o.objective_id for o in new.objectives}
    for o in old.objectives:
        if o.objective_id not in new_ids:
            out.append(Difference(o.outcome, "Objective", "In the plan", "Removed", o.objective_id))
    return tuple(out)
