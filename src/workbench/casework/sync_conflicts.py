"""What sync needs a person for: conflicts to resolve and quarantined changes (DESIGN.md section 5).

Resolving a conflict ("keep mine", "keep theirs", "edit") is an ordinary new local change through the
``UnitOfWork`` — audited and pushed like any other — and the conflict is then marked resolved, never
deleted. A quarantined change can be sent again ("retry") or discarded; discarding keeps the change in
the audit trail and asks the next sync to fetch the central record's version of the prisoner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.guards import refuse_if_left_scope
from workbench.casework.validation import parse_whole_number
from workbench.domain.enums import UserRole
from workbench.domain.errors import ValidationError
from workbench.protocol.entities import ENTITIES, FieldType
from workbench.protocol.rules import DELETE_FIELDS, ConflictKind, Scalar, clean_text, text_problem
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Outbox, Prisoner, SyncConflict
from workbench.store.unit_of_work import utcnow
from workbench.sync.conflicts import Resolution, model_for, rebase_pending, to_local, wire
from workbench.sync.state import OutboxStatus, add_refetch

RESOLVE_PERMISSION = Permission.RESOLVE_SYNC_CONFLICTS
"""Who may resolve conflicts, retry or discard quarantined changes (supervisors and managers)."""

ENTITY_LABELS = {
    "prisoner": "Prisoner details",
    "sentence": "Sentence",
    "custody_event": "Custody event",
    "allocation": "Allocation",
    "contact_entry": "Contact",
    "lor_assessment_draft": "Draft likelihood assessment",
    "lor_assessment": "Likelihood assessment",
}
KIND_LABELS: dict[str, str] = {
    ConflictKind.FIELD: "Changed on two terminals",
    ConflictKind.DELETE_EDIT: "Deleted on one terminal, changed on another",
    ConflictKind.PREDICTED: "Will conflict when sent",
    ConflictKind.NOT_APPLIED: "Could not be stored here",
}


def field_label(name: str) -> str:
    """A field name as people say it ("date_of_birth" → "Date of birth")."""
    if name == "deleted_at":
        return "Deleted"
    if name == "*":
        return "Whole record"
    return name.replace("_", " ").capitalize()


def show(value: Scalar) -> str:
    """A value for display: empty for nothing, Yes/No for booleans, ISO dates as day/month/year."""
    if value is None:
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        return parsed.strftime("%d/%m/%Y %H:%M" if "T" in value else "%d/%m/%Y")
    return str(value)


@dataclass(frozen=True, slots=True)
class ConflictItem:
    """One unresolved conflict: base, mine and theirs for one field of one record."""

    conflict_id: str
    kind: str
    kind_label: str
    entity: str
    entity_label: str
    entity_id: str
    prisoner_id: str | None
    prisoner_label: str
    field: str
    field_label: str
    base: Scalar
    mine: Scalar
    theirs: Scalar
    detected_at: datetime

    @property
    def predicted(self) -> bool:
        """Whether this is a conflict expected when local work is sent (not yet decided centrally)."""
        return self.kind == ConflictKind.PREDICTED

    @property
    def editable(self) -> bool:
        """Whether "edit" makes sense (not for deletions or whole records)."""
        return self.field not in ("deleted_at", "*")


@dataclass(frozen=True, slots=True)
class QuarantinedItem:
    """A change the central record refused, with its reason."""

    change_id: str
    entity: str
    entity_label: str
    entity_id: str
    prisoner_id: str | None
    prisoner_label: str
    op: str
    fields: tuple[str, ...]
    reason: str
    created_at: str
    waiting_behind: int  # later changes of the same record held back until this is resolved


@dataclass(frozen=True, slots=True)
class Attention:
    """Everything under "needs attention"."""

    conflicts: tuple[ConflictItem, ...]
    quarantined: tuple[QuarantinedItem, ...]

    @property
    def count(self) -> int:
        return len(self.conflicts) + len(self.quarantined)


class SyncConflictService:
    """Lists and resolves conflicts and quarantined changes."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @staticmethod
    def cannot_resolve_reason(user: CurrentUser) -> str | None:
        """Why ``user`` may only look at the list (None if they may resolve), for the screen to show."""
        if allows(user.role, RESOLVE_PERMISSION):
            return None
        who = ", ".join(r.label for r in UserRole if allows(r, RESOLVE_PERMISSION))
        return f"Your role ({user.role.label}) can see these items but cannot resolve them. Ask: {who}."

    def attention(self, user: CurrentUser) -> Attention:
        """Unresolved conflicts and quarantined changes, oldest first."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            conflicts = list(
                s.scalars(
                    select(SyncConflict)
                    .where(SyncConflict.resolved_at.is_(None))
                    .order_by(SyncConflict.detected_at)
                )
            )
            quarantined = list(
                s.scalars(
                    select(Outbox).where(Outbox.status == OutboxStatus.QUARANTINED.value).order_by(Outbox.seq)
                )
            )
            pids = {c.prisoner_id for c in conflicts} | {q.prisoner_id for q in quarantined}
            names = {
                p.id: f"{p.family_name.upper()}, {p.given_name} ({p.noms_number})"
                for p in s.scalars(select(Prisoner).where(Prisoner.id.in_([p for p in pids if p])))
            }
            waiting: dict[tuple[str, str], int] = {}
            for q in quarantined:
                waiting[(q.entity, q.entity_id)] = int(
                    s.scalar(
                        select(func.count())
                        .select_from(Outbox)
                        .where(
                            Outbox.entity == q.entity,
                            Outbox.entity_id == q.entity_id,
                            Outbox.status == OutboxStatus.PENDING.value,
                            Outbox.seq > q.seq,
                        )
                    )
                    or 0
                )
        return Attention(
            conflicts=tuple(
                ConflictItem(
                    conflict_id=c.id,
                    kind=c.kind,
                    kind_label=KIND_LABELS.get(c.kind, c.kind),
                    entity=c.entity,
                    entity_label=ENTITY_LABELS.get(c.entity, field_label(c.entity)),
                    entity_id=c.entity_id,
                    prisoner_id=c.prisoner_id,
                    prisoner_label=names.get(c.prisoner_id or "", "Unknown prisoner"),
                    field=c.field,
                    field_label=field_label(c.field),
                    base=_load(c.base_value),
                    mine=_load(c.mine_value),
                    theirs=_load(c.theirs_value),
                    detected_at=c.detected_at,
                )
                for c in conflicts
            ),
            quarantined=tuple(
                QuarantinedItem(
                    change_id=q.change_id,
                    entity=q.entity,
                    entity_label=ENTITY_LABELS.get(q.entity, field_label(q.entity)),
                    entity_id=q.entity_id,
                    prisoner_id=q.prisoner_id,
                    prisoner_label=names.get(q.prisoner_id or "", "Unknown prisoner"),
                    op=q.op,
                    fields=tuple(sorted(k for k in json.loads(q.patch_json) if k != "updated_at")),
                    reason=q.error or "Refused by the central record",
                    created_at=q.created_at,
                    waiting_behind=waiting.get((q.entity, q.entity_id), 0),
                )
                for q in quarantined
            ),
        )

    # -- conflicts -------------------------------------------------------------------------------

    def resolve(self, user: CurrentUser, conflict_id: str, choice: str, value: Scalar = None) -> ChangeSet:
        """Resolve a conflict: ``choice`` is MINE, THEIRS or EDITED (with ``value``, as text or a scalar).

        The chosen value is written as an ordinary new change (audited, pushed); nothing is written when
        the record already holds it. The conflict is then marked resolved by ``user``.
        """
        if choice not in (Resolution.MINE, Resolution.THEIRS, Resolution.EDITED):
            raise ValidationError("Choose keep mine, keep theirs or edit.", field="choice")
        with self._ctx.write(user, RESOLVE_PERMISSION) as uow:
            s = uow.session
            conflict = s.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise ValidationError("This conflict has already been resolved; refresh the list.")
            if conflict.prisoner_id:
                # A resolution is a new change to the case: not for a prisoner who has left.
                refuse_if_left_scope(s, conflict.prisoner_id)
            model, spec = model_for(conflict.entity), ENTITIES.get(conflict.entity)
            row = s.get(model, conflict.entity_id) if model is not None else None
            if conflict.kind != ConflictKind.NOT_APPLIED and (row is None or spec is None):
                raise ValidationError("The record this conflict is about is no longer on this terminal.")
            if conflict.kind != ConflictKind.NOT_APPLIED and row is not None and spec is not None:
                if conflict.kind == ConflictKind.PREDICTED:
                    rebase_pending(s, conflict.entity, conflict.entity_id, conflict.field, row.server_version)
                if conflict.field == "deleted_at":
                    if choice == Resolution.EDITED:
                        raise ValidationError("A deletion can only be kept or undone, not edited.")
                    wanted = _load(
                        conflict.mine_value if choice == Resolution.MINE else conflict.theirs_value
                    )
                    if wanted is not None and row.deleted_at is None:
                        uow.tombstone(
                            row, f"{conflict.entity}.deleted", "Kept the deletion when resolving a conflict"
                        )
                    elif wanted is None and row.deleted_at is not None:
                        uow.update(row, f"{conflict.entity}.restored", **{n: None for n in DELETE_FIELDS})
                else:
                    fspec = spec.field(conflict.field)
                    if fspec is None:
                        raise ValidationError(f"{field_label(conflict.field)} cannot be changed here.")
                    raw: Any = {
                        Resolution.MINE: _load(conflict.mine_value),
                        Resolution.THEIRS: _load(conflict.theirs_value),
                    }.get(choice, value)
                    local = _checked(fspec, conflict.field, raw)
                    uow.update(row, f"{conflict.entity}.conflict_resolved", **{conflict.field: local})
            conflict.resolved_at = utcnow()
            conflict.resolved_by = user.user_id
            conflict.resolution = choice
            uow.audit(
                "sync.conflict_resolved",
                conflict.entity,
                conflict.entity_id,
                {
                    "conflict_id": conflict.id,
                    "field": conflict.field,
                    "resolution": choice,
                    "prisoner_id": conflict.prisoner_id,
                },
            )
            pid = conflict.prisoner_id
            entity = conflict.entity
        return ChangeSet(frozenset({pid}) if pid else frozenset(), frozenset({entity, "sync_conflict"}))

    # -- quarantined changes ------------------------------------------------------------------------

    def retry(self, user: CurrentUser, change_id: str) -> ChangeSet:
        """Send a quarantined change again at the next sync (after the cause was fixed centrally)."""
        with self._ctx.write(user, RESOLVE_PERMISSION) as uow:
            row = self._quarantined(uow.session, change_id)
            row.status = OutboxStatus.PENDING.value
            row.error = None
            uow.audit(
                "sync.retry_requested",
                row.entity,
                row.entity_id,
                {"change_id": change_id, "prisoner_id": row.prisoner_id},
            )
            pid, entity = row.prisoner_id, row.entity
        return ChangeSet(frozenset({pid}) if pid else frozenset(), frozenset({entity, "outbox"}))

    def discard(self, user: CurrentUser, change_id: str) -> ChangeSet:
        """Discard a quarantined change: it is never sent, the audit trail keeps it, and the next sync
        fetches the central record's version of the prisoner so this terminal agrees with it again."""
        with self._ctx.write(user, RESOLVE_PERMISSION) as uow:
            row = self._quarantined(uow.session, change_id)
            row.status = OutboxStatus.DISCARDED.value
            uow.audit(
                "sync.change_discarded",
                row.entity,
                row.entity_id,
                {
                    "change_id": change_id,
                    "op": row.op,
                    "patch": json.loads(row.patch_json),
                    "reason": row.error,
                    "prisoner_id": row.prisoner_id,
                },
            )
            if row.prisoner_id:
                add_refetch(uow.session, row.prisoner_id)
            uow.session.execute(
                update(SyncConflict)
                .where(SyncConflict.change_id == change_id, SyncConflict.resolved_at.is_(None))
                .values(resolved_at=utcnow(), resolved_by=user.user_id, resolution=Resolution.THEIRS)
                .execution_options(synchronize_session=False)
            )
            pid, entity = row.prisoner_id, row.entity
        return ChangeSet(frozenset({pid}) if pid else frozenset(), frozenset({entity, "outbox"}))

    @staticmethod
    def _quarantined(session: Any, change_id: str) -> Outbox:
        row = session.scalars(select(Outbox).where(Outbox.change_id == change_id)).first()
        if row is None or row.status != OutboxStatus.QUARANTINED.value:
            raise ValidationError("That change is no longer quarantined; refresh the list.")
        assert isinstance(row, Outbox)
        return row


def _load(text: str | None) -> Scalar:
    if text is None:
        return None
    value = json.loads(text)
    return value if value is None or isinstance(value, str | int | float | bool) else json.dumps(value)


def _checked(spec: Any, name: str, raw: Any) -> Any:
    """An edited or chosen value converted and checked against the field's rules (the same rules the
    central record applies, so a resolution is never refused there)."""
    label = field_label(name)
    if isinstance(raw, str) and spec.type in (
        FieldType.INT,
        FieldType.BOOL,
        FieldType.DATE,
        FieldType.DATETIME,
    ):
        text = raw.strip()
        if text == "" and spec.nullable:
            return None
        if spec.type is FieldType.INT:
            return parse_whole_number(text, name, label.lower())
        try:
            if spec.type is FieldType.BOOL:
                if text.lower() in ("yes", "true", "1"):
                    return True
                if text.lower() in ("no", "false", "0"):
                    return False
                raise ValueError(text)
            if not text.isascii():
                raise ValueError(text)
            return to_local(spec, text if "-" in text else _dmy(text))
        except ValueError as exc:
            raise ValidationError(f"{label}: {text!r} is not a valid {spec.type.value}.", field=name) from exc
    if isinstance(raw, str) and spec.type in (FieldType.STR, FieldType.TEXT):
        multiline = spec.type is FieldType.TEXT
        raw = clean_text(raw, multiline=multiline)
        if not multiline:
            raw = raw.strip()  # as every single-line field is stored (casework.validation.clean_line)
        problem = text_problem(raw, multiline=multiline)
        if problem is not None:
            raise ValidationError(f"{label} {problem}.", field=name)
    if raw is None and not spec.nullable:
        raise ValidationError(f"{label} cannot be empty.", field=name)
    if isinstance(raw, str) and spec.max_length is not None and len(raw) > spec.max_length:
        raise ValidationError(f"{label} is at most {spec.max_length} characters.", field=name)
    if isinstance(raw, str) and spec.choices is not None and raw not in spec.choices:
        raise ValidationError(f"{label} must be one of {', '.join(sorted(spec.choices))}.", field=name)
    return to_local(spec, wire(raw))


def _dmy(text: str) -> str:
    day, month, year = text.replace(".", "/").split("/")
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
