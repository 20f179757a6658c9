"""Interventions needed versus available, and transfers for resources (issue 9 point 4).

Seed foreword: plans were "based on the interventions that were available rather than on what were
required ... masking the true level of need". So every required intervention is recorded whatever its
availability, with the reason; a substitute that is not equivalent keeps the need open
(``Availability.need_stays_open``), and the unmet-need ledger counts what the establishment cannot
deliver, per prisoner and per establishment, exportable as CSV.

Domain events for the review work (issue 9 point 6), written as ``DomainEvent`` rows in the same
transaction as the change:

- ``INTERVENTION_STARTED``: the availability becomes DELIVERED (recorded as DELIVERED, or moved to it
  from any other value) — delivery has begun;
- ``INTERVENTION_COMPLETED``: ``complete()`` on a DELIVERED requirement — delivery has finished
  (the requirement stays DELIVERED; the completion date is kept in its reason);
- ``INTERVENTION_NOT_AVAILABLE``: the availability becomes NOT_RUN_HERE, NOT_RUN_OFTEN_ENOUGH or
  SUBSTITUTE_OFFERED (recorded so, or moved there from a value outside that set).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.interventions import (
    Ledger,
    LedgerCount,
    RequirementInput,
    RequirementRow,
    TransferRow,
)
from workbench.casework.guards import editable_prisoner, live_prisoner
from workbench.casework.plan.rows import ensure_plan
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.plan import Availability, PlanEvent, TransferStatus, link_label, parse_link, plan_id_for
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import DomainEvent, Prisoner
from workbench.store.plan_models import InterventionRequirement, PlanObjective, TransferRequest
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow

PLAN_TEXT_LIMIT: Final = 4_000
NAME_LIMIT: Final = 200

REASON_NOT_NEEDED: Final = frozenset({Availability.DELIVERED, Availability.PLANNED_HERE})
"""Availabilities that need no reason: everything else says why (brief, issue 9 point 4)."""
DATE_NEEDED: Final = frozenset({Availability.PLANNED_HERE, Availability.AFTER_TRANSFER})
"""Availabilities that need a planned date."""
NOT_AVAILABLE: Final = frozenset(
    {Availability.NOT_RUN_HERE, Availability.NOT_RUN_OFTEN_ENOUGH, Availability.SUBSTITUTE_OFFERED}
)
"""Moving to one of these raises ``INTERVENTION_NOT_AVAILABLE``."""

_NEXT_TRANSFER: Final[dict[TransferStatus, frozenset[TransferStatus]]] = {
    TransferStatus.REQUESTED: frozenset({TransferStatus.PLANNED, TransferStatus.NOT_PROGRESSED}),
    TransferStatus.PLANNED: frozenset({TransferStatus.COMPLETED, TransferStatus.NOT_PROGRESSED}),
    TransferStatus.COMPLETED: frozenset(),
    TransferStatus.NOT_PROGRESSED: frozenset(),
}

CSV_HEADER: Final = (
    "NOMS number",
    "Establishment",
    "Intervention",
    "Catalogue code",
    "Need",
    "Availability",
    "Need open",
    "Planned date",
    "Reason",
    "Recorded on",
)
"""The ledger export's columns. Names, free-text substitutes and objectives stay out: the file is for
planning resources, not case work, so it holds no more of the case than the count needs."""


class InterventionService:
    """Record each required intervention whatever its availability; the unmet-need ledger; CSV export."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- requirements --------------------------------------------------------------------------

    def record(self, user: CurrentUser, prisoner_id: str, data: RequirementInput) -> tuple[str, ChangeSet]:
        """Record a required intervention (whatever its availability) on the prisoner's plan."""
        errors = self._problems(data)
        with self._ctx.write(user, Permission.RECORD_INTERVENTIONS) as uow:
            editable_prisoner(uow.session, prisoner_id)
            errors.extend(self._objective_problems(uow.session, prisoner_id, data.objective_id))
            if errors:
                raise ValidationErrors(errors)
            plan = ensure_plan(uow, prisoner_id)
            code, name = self._intervention(data)
            row = uow.add(
                InterventionRequirement(
                    prisoner_id=prisoner_id,
                    plan_id=plan.id,
                    objective_id=data.objective_id,
                    intervention_code=code,
                    intervention_name=name,
                    need=data.need,
                    availability=data.availability.value,
                    planned_on=data.planned_on,
                    reason=clean_paragraphs(data.reason),
                    substitute=clean_paragraphs(data.substitute),
                    establishment_code=user.establishment_code,
                    recorded_by_name=user.display_name,
                ),
                "intervention_requirement.recorded",
            )
            self._events(uow, row, None, data.availability)
            requirement_id: str = row.id
        return requirement_id, _changes(prisoner_id, "intervention_requirement", "sentence_plan")

    def update(self, user: CurrentUser, requirement_id: str, data: RequirementInput) -> ChangeSet:
        """Change a requirement (its availability moves as delivery does); only changed fields are sent."""
        errors = self._problems(data)
        with self._ctx.write(user, Permission.RECORD_INTERVENTIONS) as uow:
            row = _requirement(uow.session, requirement_id)
            editable_prisoner(uow.session, row.prisoner_id)
            errors.extend(self._objective_problems(uow.session, row.prisoner_id, data.objective_id))
            if errors:
                raise ValidationErrors(errors)
            before = Availability(row.availability)
            code, name = self._intervention(data)
            uow.update(
                row,
                "intervention_requirement.updated",
                objective_id=data.objective_id,
                intervention_code=code,
                intervention_name=name,
                need=data.need,
                availability=data.availability.value,
                planned_on=data.planned_on,
                reason=clean_paragraphs(data.reason),
                substitute=clean_paragraphs(data.substitute),
            )
            self._events(uow, row, before, data.availability)
            prisoner_id = row.prisoner_id
        return _changes(prisoner_id, "intervention_requirement")

    def complete(self, user: CurrentUser, requirement_id: str, completed_on: date | None) -> ChangeSet:
        """Record that a delivered intervention has finished (raises ``INTERVENTION_COMPLETED``)."""
        today = self._ctx.today()
        with self._ctx.write(user, Permission.RECORD_INTERVENTIONS) as uow:
            row = _requirement(uow.session, requirement_id)
            editable_prisoner(uow.session, row.prisoner_id)
            if row.availability != Availability.DELIVERED.value:
                raise ValidationError(
                    "Only an intervention being delivered can be completed: set it to Delivered first.",
                    field="availability",
                )
            if completed_on is None:
                raise ValidationError("Enter the date it was completed.", field="completed_on")
            if completed_on > today:
                raise ValidationError(
                    f"The completion date ({completed_on:%d %b %Y}) is in the future.", field="completed_on"
                )
            note = f"Completed on {completed_on:%d/%m/%Y}."
            reason = f"{note}\n{row.reason}" if row.reason and note not in row.reason else note
            uow.update(row, "intervention_requirement.completed", reason=reason)
            _event(uow, row, PlanEvent.INTERVENTION_COMPLETED, {"completed_on": completed_on.isoformat()})
            prisoner_id = row.prisoner_id
        return _changes(prisoner_id, "intervention_requirement")

    def objectives(self, user: CurrentUser, prisoner_id: str) -> tuple[tuple[str, str], ...]:
        """(id, outcome) of the plan's objectives, in plan order: what a requirement may serve."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            rows = s.execute(
                select(PlanObjective.id, PlanObjective.outcome)
                .where(PlanObjective.plan_id == plan_id_for(prisoner_id), PlanObjective.deleted_at.is_(None))
                .order_by(PlanObjective.position)
            ).all()
        return tuple((i, o) for i, o in rows)

    def for_prisoner(self, user: CurrentUser, prisoner_id: str) -> tuple[RequirementRow, ...]:
        """The prisoner's required interventions (the per-prisoner ledger), open needs first."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            p = live_prisoner(s, prisoner_id)
            reqs = s.scalars(
                select(InterventionRequirement)
                .where(
                    InterventionRequirement.prisoner_id == prisoner_id,
                    InterventionRequirement.deleted_at.is_(None),
                )
                .order_by(InterventionRequirement.created_at)
            ).all()
            rows = [_row(r, p) for r in reqs]
        return tuple(sorted(rows, key=lambda r: not r.need_open))

    def ledger(
        self,
        user: CurrentUser,
        *,
        availability: Availability | None = None,
        open_only: bool = False,
        text: str = "",
    ) -> Ledger:
        """The establishment's ledger: prisoners held here, counts by intervention and availability over
        every requirement, and the list filtered by availability, open needs only, or text."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            pairs = s.execute(
                select(InterventionRequirement, Prisoner)
                .join(Prisoner, Prisoner.id == InterventionRequirement.prisoner_id)
                .where(
                    InterventionRequirement.deleted_at.is_(None),
                    Prisoner.deleted_at.is_(None),
                    Prisoner.establishment_code == user.establishment_code,
                )
                .order_by(Prisoner.family_name, InterventionRequirement.created_at)
            ).all()
            every = [_row(r, p) for r, p in pairs]
        tally = Counter((r.intervention, r.availability) for r in every)
        order = list(Availability)
        counts = tuple(
            LedgerCount(name, av, n)
            for (name, av), n in sorted(
                tally.items(), key=lambda t: (t[0][0].casefold(), order.index(t[0][1]))
            )
        )
        needle = text.strip().casefold()
        rows = [
            r
            for r in every
            if (availability is None or r.availability is availability)
            and (not open_only or r.need_open)
            and (
                not needle
                or needle in r.intervention.casefold()
                or needle in r.noms_number.casefold()
                or needle in r.need_label.casefold()
            )
        ]
        return Ledger(user.establishment_code, counts, tuple(rows))

    def export_csv(self, user: CurrentUser, path: Path, rows: Sequence[RequirementRow]) -> int:
        """Write ``rows`` to ``path`` as CSV (UTF-8 with a byte-order mark so spreadsheets read it, header
        row, no names or restricted detail); the export is audited. Returns the number of rows written."""
        require(user.role, Permission.VIEW_CASELOAD)
        try:
            with path.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(CSV_HEADER)
                for r in rows:
                    writer.writerow(_csv_line(r))
        except OSError as exc:
            raise ValidationError(
                f"The ledger could not be saved to {path.name}: {exc.strerror or exc}. Choose another folder."
            ) from exc
        with UnitOfWork(self._ctx.store, _actor(user)) as uow:
            uow.audit("ledger.exported", "intervention_requirement", "", {"rows": len(rows)})
        return len(rows)

    # -- transfers for resources ---------------------------------------------------------------

    def request_transfer(
        self,
        user: CurrentUser,
        prisoner_id: str,
        destination: str,
        requirement_id: str | None,
        note: str = "",
    ) -> tuple[str, ChangeSet]:
        """Request a transfer for resources (to where the required intervention runs)."""
        errors = [
            e
            for e in (
                check_text(
                    destination, "destination", "destination", required=True, limit=120, multiline=False
                ),
                check_text(note, "reason", "note", required=False, limit=PLAN_TEXT_LIMIT),
            )
            if e
        ]
        with self._ctx.write(user, Permission.RECORD_INTERVENTIONS) as uow:
            editable_prisoner(uow.session, prisoner_id)
            if requirement_id is not None:
                req = uow.session.get(InterventionRequirement, requirement_id)
                if req is None or req.prisoner_id != prisoner_id:
                    errors.append(
                        ValidationError("That required intervention is not on this prisoner's plan.")
                    )
            if errors:
                raise ValidationErrors(errors)
            row = uow.add(
                TransferRequest(
                    prisoner_id=prisoner_id,
                    requirement_id=requirement_id,
                    destination=clean_line(destination),
                    status=TransferStatus.REQUESTED.value,
                    status_on=self._ctx.today(),
                    reason=clean_paragraphs(note),
                    requested_by_name=user.display_name,
                ),
                "transfer_request.requested",
            )
            transfer_id: str = row.id
        return transfer_id, _changes(prisoner_id, "transfer_request")

    def move_transfer(
        self, user: CurrentUser, transfer_id: str, status: TransferStatus, on: date | None, reason: str = ""
    ) -> ChangeSet:
        """Move a transfer request on: requested → planned → completed, or not progressed (why)."""
        today = self._ctx.today()
        with self._ctx.write(user, Permission.RECORD_INTERVENTIONS) as uow:
            row = uow.session.get(TransferRequest, transfer_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That transfer request is no longer on this terminal's record.")
            editable_prisoner(uow.session, row.prisoner_id)
            current = TransferStatus(row.status)
            errors: list[ValidationError] = []
            if status not in _NEXT_TRANSFER[current]:
                steps = [s.label.lower() for s in TransferStatus if s in _NEXT_TRANSFER[current]]
                allowed = ", ".join(steps) or "nothing (it is closed)"
                errors.append(
                    ValidationError(
                        f"A transfer that is {current.label.lower()} can move only to {allowed}.",
                        field="status",
                    )
                )
            if on is None:
                errors.append(ValidationError("Enter the date of this step.", field="status_on"))
            elif on > today and status is not TransferStatus.PLANNED:
                errors.append(
                    ValidationError(f"The date ({on:%d %b %Y}) is in the future.", field="status_on")
                )
            err = check_text(
                reason,
                "reason",
                "reason",
                required=status is TransferStatus.NOT_PROGRESSED,
                limit=PLAN_TEXT_LIMIT,
            )
            if err:
                if status is TransferStatus.NOT_PROGRESSED and not clean_paragraphs(reason):
                    err = ValidationError("Say why the transfer was not progressed.", field="reason")
                errors.append(err)
            if errors:
                raise ValidationErrors(errors)
            values: dict[str, Any] = {"status": status.value, "status_on": on}
            if clean_paragraphs(reason):
                values["reason"] = clean_paragraphs(reason)
            uow.update(row, f"transfer_request.{status.value.lower()}", **values)
            prisoner_id = row.prisoner_id
        return _changes(prisoner_id, "transfer_request")

    def transfers(self, user: CurrentUser, prisoner_id: str) -> tuple[TransferRow, ...]:
        """The prisoner's transfer-for-resources requests, oldest first."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            rows = s.scalars(
                select(TransferRequest)
                .where(TransferRequest.prisoner_id == prisoner_id, TransferRequest.deleted_at.is_(None))
                .order_by(TransferRequest.created_at)
            ).all()
            return tuple(
                TransferRow(
                    t.id,
                    t.prisoner_id,
                    t.requirement_id,
                    t.destination,
                    TransferStatus(t.status),
                    t.status_on,
                    t.reason,
                    t.requested_by_name,
                )
                for t in rows
            )

    # -- helpers --------------------------------------------------------------------------------

    def _problems(self, data: RequirementInput) -> list[ValidationError]:
        errors: list[ValidationError] = []
        catalogue = self._ctx.interventions()
        if data.intervention_code:
            if catalogue.by_code(data.intervention_code) is None:
                errors.append(
                    ValidationError(
                        f"'{data.intervention_code}' is not in the intervention catalogue: choose one, or "
                        "type the intervention's name.",
                        field="intervention",
                    )
                )
        else:
            err = check_text(
                data.intervention_name,
                "intervention",
                "intervention needed (choose one or type its name)",
                required=True,
                limit=NAME_LIMIT,
                multiline=False,
            )
            if err:
                errors.append(err)
        if not data.need or parse_link(data.need) is None:
            errors.append(ValidationError("Choose the need this intervention answers.", field="need"))
        av = data.availability
        if av not in REASON_NOT_NEEDED and not clean_paragraphs(data.reason):
            errors.append(
                ValidationError(
                    f"Say why it is '{av.label.lower()}' (the reason is required).", field="reason"
                )
            )
        err = check_text(data.reason, "reason", "reason", required=False, limit=PLAN_TEXT_LIMIT)
        if err:
            errors.append(err)
        if av in DATE_NEEDED and data.planned_on is None:
            errors.append(
                ValidationError(f"Enter the planned date ('{av.label.lower()}').", field="planned_on")
            )
        err2 = check_not_too_early(data.planned_on, "planned_on", "planned date")
        if err2:
            errors.append(err2)
        if av is Availability.SUBSTITUTE_OFFERED and not clean_paragraphs(data.substitute):
            errors.append(ValidationError("Say what substitute was offered.", field="substitute"))
        err3 = check_text(data.substitute, "substitute", "substitute", required=False, limit=PLAN_TEXT_LIMIT)
        if err3:
            errors.append(err3)
        return errors

    @staticmethod
    def _objective_problems(s: Session, prisoner_id: str, objective_id: str | None) -> list[ValidationError]:
        if objective_id is None:
            return []
        obj = s.get(PlanObjective, objective_id)
        if obj is None or obj.prisoner_id != prisoner_id or obj.deleted_at is not None:
            return [ValidationError("That objective is not in this prisoner's plan.", field="objective")]
        return []

    def _intervention(self, data: RequirementInput) -> tuple[str, str]:
        item = self._ctx.interventions().by_code(data.intervention_code) if data.intervention_code else None
        if item is not None:
            return item.code, item.name
        return "", clean_line(data.intervention_name)

    @staticmethod
    def _events(
        uow: UnitOfWork, row: InterventionRequirement, before: Availability | None, after: Availability
    ) -> None:
        if before == after:
            return
        payload = {"from": before.value if before else None, "to": after.value}
        if after is Availability.DELIVERED:
            _event(uow, row, PlanEvent.INTERVENTION_STARTED, payload)
        elif after in NOT_AVAILABLE and before not in NOT_AVAILABLE:
            _event(uow, row, PlanEvent.INTERVENTION_NOT_AVAILABLE, payload)


def _event(uow: UnitOfWork, row: InterventionRequirement, kind: PlanEvent, extra: dict[str, Any]) -> None:
    uow.add(
        DomainEvent(
            id=new_id(),
            prisoner_id=row.prisoner_id,
            kind=kind.value,
            occurred_at=utcnow(),
            payload=json.dumps(
                {
                    "requirement_id": row.id,
                    "intervention_code": row.intervention_code,
                    "intervention": row.intervention_name,
                    "need": row.need,
                    **extra,
                }
            ),
        ),
        f"domain_event.{kind.value.lower()}",
    )


def _requirement(s: Session, requirement_id: str) -> InterventionRequirement:
    row = s.get(InterventionRequirement, requirement_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("That required intervention is no longer on this terminal's record.")
    return row


def _row(r: InterventionRequirement, p: Prisoner) -> RequirementRow:
    av = r.availability
    return RequirementRow(
        r.id,
        r.prisoner_id,
        p.noms_number,
        f"{p.family_name.upper()}, {p.given_name}",
        r.intervention_code,
        r.intervention_name,
        r.need,
        link_label(r.need),
        Availability(av) if av in Availability.__members__ else Availability.NOT_RUN_HERE,
        r.planned_on,
        r.reason,
        r.substitute,
        r.objective_id,
        r.establishment_code,
        r.created_at.date(),
        r.recorded_by_name,
    )


def _csv_line(r: RequirementRow) -> list[str]:
    return [
        r.noms_number,
        r.establishment_code,
        r.intervention,
        r.intervention_code,
        r.need_label,
        r.availability.label,
        "yes" if r.need_open else "no",
        r.planned_on.isoformat() if r.planned_on else "",
        r.reason,
        r.recorded_on.isoformat(),
    ]


def _changes(prisoner_id: str, *entities: str) -> ChangeSet:
    return ChangeSet(frozenset({prisoner_id}), frozenset(entities))


def _actor(user: CurrentUser) -> Actor:
    return Actor(user.user_id, user.username)
