"""What makes an objective savable (issue 9 point 1): an outcome, at least one linked need or risk
factor, a reason when not achieved, and prerequisites in this plan that make no cycle."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.casework.dto.plan import ObjectiveForm
from workbench.casework.plan.views import codes
from workbench.casework.validation import check_text, clean_paragraphs
from workbench.domain.errors import ValidationError
from workbench.domain.plan import ObjectiveStatus, parse_link
from workbench.store.plan_models import PlanObjective


def objective_problems(form: ObjectiveForm) -> list[ValidationError]:
    """Everything wrong with an objective form, reported at once (each names its field)."""
    errors = [
        e
        for e in (
            check_text(form.outcome, "outcome", "outcome (what will change)", required=True, limit=2000),
            check_text(form.measure, "measure", "measure of progress", required=False, limit=2000),
            check_text(form.status_reason, "status_reason", "status reason", required=False, limit=2000),
        )
        if e
    ]
    if not form.links:
        errors.append(
            ValidationError(
                "Link the objective to at least one assessed need or risk factor: tick it in the list.",
                field="links",
            )
        )
    unknown = [c for c in form.links if parse_link(c) is None]
    if unknown:
        errors.append(ValidationError(f"Unknown need or risk factor: {', '.join(unknown)}.", field="links"))
    if form.status is ObjectiveStatus.NOT_ACHIEVED and not clean_paragraphs(form.status_reason):
        errors.append(ValidationError("Say why the objective was not achieved.", field="status_reason"))
    return errors


def prerequisite_problems(
    objective_id: str | None, prerequisites: Sequence[str], rows: Mapping[str, PlanObjective]
) -> list[ValidationError]:
    """Prerequisites must be objectives of this plan, not the objective itself, and make no cycle."""
    if objective_id is not None and objective_id in prerequisites:
        return [ValidationError("An objective cannot come after itself.", field="prerequisites")]
    missing = [p for p in prerequisites if p not in rows]
    if missing:
        return [
            ValidationError("A prerequisite is no longer in the plan: choose again.", field="prerequisites")
        ]
    if objective_id is None:
        return []  # a new objective has nothing pointing at it yet, so it cannot close a cycle
    graph = {rid: set(codes(r.prerequisites)) for rid, r in rows.items()}
    graph[objective_id] = set(prerequisites)
    # A cycle through the edited objective: it is reachable from one of its own prerequisites.
    seen: set[str] = set()
    stack = list(prerequisites)
    while stack:
        current = stack.pop()
        if current == objective_id:
            names = ", ".join(f"“{_short(rows[p].outcome)}”" for p in prerequisites if p in rows)
            return [
                ValidationError(
                    f"That order goes round in a circle: {names} already comes after this objective. "
                    "Remove one of the prerequisites.",
                    field="prerequisites",
                )
            ]
        if current in seen:
            continue
        seen.add(current)
        stack.extend(graph.get(current, ()))
    return []


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
