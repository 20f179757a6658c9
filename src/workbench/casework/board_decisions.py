"""A board's decisions, checked and written straight into THE plan (issue 10 point 5).

Called by ``BoardService.record`` inside its one write transaction, so the decisions, the plan rows they
change and the signed board record are saved together or not at all. Rows a board adds carry
``source_department`` "OMU" (the board is the OMU's) and are named in the record's decision list by id,
which is the reference from the record to the plan (plan rows have no board column).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.casework.dto.boards import Decision, DecisionKind
from workbench.casework.plan.rows import ensure_plan, raise_objective_event
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.errors import ValidationError
from workbench.domain.plan import Department, ObjectiveStatus, PlanEvent, TransferStatus, parse_link
from workbench.store.plan_models import PlanAction, PlanObjective, TransferRequest
from workbench.store.unit_of_work import UnitOfWork

TEXT_LIMIT = 2_000
LINE_LIMIT = 120

_EVENT_OF = {
    ObjectiveStatus.FULLY_ACHIEVED: PlanEvent.OBJECTIVE_ACHIEVED,
    ObjectiveStatus.NOT_ACHIEVED: PlanEvent.OBJECTIVE_ABANDONED,
    ObjectiveStatus.NO_LONGER_APPLICABLE: PlanEvent.OBJECTIVE_ABANDONED,
}
"""As the plan service: a status change a review must look at raises the same domain event."""


def decision_problems(
    s: Session, prisoner_id: str, decisions: Sequence[Decision], today: date
) -> list[ValidationError]:
    """Everything wrong with the decisions, each named ``decision.<index>.<field>``, all at once."""
    errors: list[ValidationError] = []
    for i, d in enumerate(decisions):
        f, n = f"decision.{i}.", i + 1

        def text(label: str, *, required: bool = True, limit: int = TEXT_LIMIT, field: str = "text") -> None:
            _text(errors, d, i, label, required=required, limit=limit, field=field)  # noqa: B023 - called at once

        if d.kind is DecisionKind.ADD_OBJECTIVE:
            text("outcome")
            if not d.links:
                errors.append(
                    ValidationError(
                        f"Decision {n}: link the objective to at least one need or risk factor.",
                        field=f + "links",
                    )
                )
            unknown = [c for c in d.links if parse_link(c) is None]
            if unknown:
                errors.append(
                    ValidationError(
                        f"Decision {n}: '{', '.join(unknown)}' is not a known need.", field=f + "links"
                    )
                )
        elif d.kind is DecisionKind.OBJECTIVE_STATUS:
            if _objective(s, prisoner_id, d.objective_id) is None:
                errors.append(
                    ValidationError(f"Decision {n}: choose an objective of this plan.", field=f + "objective")
                )
            if d.status is None:
                errors.append(ValidationError(f"Decision {n}: choose the new status.", field=f + "status"))
            text("reason", required=d.status is ObjectiveStatus.NOT_ACHIEVED)
        elif d.kind is DecisionKind.ADD_ACTION:
            if _objective(s, prisoner_id, d.objective_id) is None:
                errors.append(
                    ValidationError(
                        f"Decision {n}: choose the objective the action serves.", field=f + "objective"
                    )
                )
            text("action")
            text("owner's role", limit=LINE_LIMIT, field="owner_role")
            err = check_not_too_early(d.due_on, f + "due_on", f"due date of decision {n}")
            if err:
                errors.append(err)
            if d.due_on is not None and d.due_on < today:
                errors.append(
                    ValidationError(
                        f"Decision {n}: the action's due date ({d.due_on:%d/%m/%Y}) has already passed.",
                        field=f + "due_on",
                    )
                )
        elif d.kind is DecisionKind.TRANSFER_REQUEST:
            text("destination", limit=LINE_LIMIT, field="destination")
            text("reason")
        elif d.kind is DecisionKind.NEXT_REVIEW:
            errors.append(
                ValidationError(
                    f"Decision {n}: the next review is the record's own date field; set it there.",
                    field=f + "kind",
                )
            )
        else:
            text("note")
    return errors


def apply_decisions(
    uow: UnitOfWork, prisoner_id: str, board_id: str, decisions: Sequence[Decision], today: date, author: str
) -> list[dict[str, Any]]:
    """Write each (already checked) decision into the plan; the decisions as the record stores them."""
    s = uow.session
    plan = ensure_plan(uow, prisoner_id)
    stored: list[dict[str, Any]] = []
    reference = f"board:{board_id}"
    for d in decisions:
        entry: dict[str, Any] = {"kind": d.kind.value, "text": clean_paragraphs(d.text), "ref": reference}
        if d.kind is DecisionKind.ADD_OBJECTIVE:
            position = s.scalar(
                select(func.coalesce(func.max(PlanObjective.position), -1)).where(
                    PlanObjective.prisoner_id == prisoner_id
                )
            )
            row = uow.add(
                PlanObjective(
                    prisoner_id=prisoner_id,
                    plan_id=plan.id,
                    outcome=clean_paragraphs(d.text),
                    links=json.dumps(list(d.links)),
                    phase=d.phase.value,
                    position=int(position if position is not None else -1) + 1,
                    source_department=Department.OMU.value,
                    created_by_name=author,
                ),
                "plan_objective.board_decision",
            )
            s.flush()  # the next added objective counts this one's position
            entry.update(row_id=row.id, links=list(d.links), phase=d.phase.value)
        elif d.kind is DecisionKind.OBJECTIVE_STATUS:
            obj = _objective(s, prisoner_id, d.objective_id)
            assert obj is not None and d.status is not None
            old = ObjectiveStatus(obj.status) if obj.status in ObjectiveStatus.__members__ else None
            uow.update(
                obj,
                "plan_objective.board_decision",
                status=d.status.value,
                status_reason=clean_paragraphs(d.text),
            )
            event = _EVENT_OF.get(d.status)
            if event is not None and old is not d.status:
                raise_objective_event(uow, obj, event, old)
            entry.update(row_id=obj.id, status=d.status.value, outcome=obj.outcome)
        elif d.kind is DecisionKind.ADD_ACTION:
            obj = _objective(s, prisoner_id, d.objective_id)
            assert obj is not None
            position = s.scalar(
                select(func.coalesce(func.max(PlanAction.position), -1)).where(
                    PlanAction.objective_id == obj.id
                )
            )
            row = uow.add(
                PlanAction(
                    prisoner_id=prisoner_id,
                    plan_id=plan.id,
                    objective_id=obj.id,
                    what=clean_paragraphs(d.text),
                    owner_role=clean_line(d.owner_role),
                    department=d.department.value,
                    due_on=d.due_on,
                    position=int(position if position is not None else -1) + 1,
                    source_department=Department.OMU.value,
                ),
                "plan_action.board_decision",
            )
            s.flush()
            entry.update(row_id=row.id, objective_id=obj.id, owner_role=clean_line(d.owner_role))
        elif d.kind is DecisionKind.TRANSFER_REQUEST:
            row = uow.add(
                TransferRequest(
                    prisoner_id=prisoner_id,
                    destination=clean_line(d.destination),
                    status=TransferStatus.REQUESTED.value,
                    status_on=today,
                    reason=clean_paragraphs(d.text),
                    requested_by_name=author,
                ),
                "transfer_request.board_decision",
            )
            entry.update(row_id=row.id, destination=clean_line(d.destination))
        stored.append(entry)
    return stored


def describe(entry: dict[str, Any]) -> str:
    """One stored decision as a line on screen and in the pack."""
    value = str(entry.get("kind", ""))
    kind = DecisionKind(value) if value in DecisionKind.__members__ else DecisionKind.NOTE
    text = str(entry.get("text", ""))
    if kind is DecisionKind.OBJECTIVE_STATUS:
        status = str(entry.get("status", ""))
        label = ObjectiveStatus(status).label if status in ObjectiveStatus.__members__ else status
        detail = f"“{entry.get('outcome', '')}” → {label}" + (f" ({text})" if text else "")
    elif kind is DecisionKind.TRANSFER_REQUEST:
        detail = f"to {entry.get('destination', '')}: {text}"
    elif kind is DecisionKind.NEXT_REVIEW:
        on = entry.get("on")
        detail = date.fromisoformat(on).strftime("%d/%m/%Y") if isinstance(on, str) else ""
    else:
        detail = text
    return f"{kind.label}: {detail}"


def _text(
    errors: list[ValidationError], d: Decision, i: int, label: str, *, required: bool, limit: int, field: str
) -> None:
    err = check_text(
        getattr(d, field),
        f"decision.{i}.{field}",
        f"{label} of decision {i + 1}",
        required=required,
        limit=limit,
        multiline=limit == TEXT_LIMIT,
    )
    if err:
        errors.append(err)


def _objective(s: Session, prisoner_id: str, objective_id: str | None) -> PlanObjective | None:
    if objective_id is None:
        return None
    row = s.get(PlanObjective, objective_id)
    if row is None or row.prisoner_id != prisoner_id or row.deleted_at is not None:
        return None
    return row
