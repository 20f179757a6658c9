"""Applying what the central record says to the local store, generically over the entity registry.

Everything here runs inside a caller's ``UnitOfWork`` (one local transaction per pulled page or per
push acknowledgement) and writes rows directly through its session: changes that come FROM the
central record never write outbox rows, but each is audited (``sync.pulled``, ``sync.conflict``...).

The rule that keeps local work safe (DESIGN.md section 5, point 4): a field that an unsent outbox
change (pending, sending or quarantined) of the same record also changes keeps its local value. When
the pulled value differs, a PREDICTED conflict records base, mine and theirs. The pending change is
rebased (its ``base_version`` moves to the pulled version) only when it does not touch what the pulled
change touched, so a real same-field conflict still reaches the central record and is kept there for
both authors instead of being silently overwritten.

Version bookkeeping: a row's ``server_version`` is the version of the server state it reflects.
Pulled changes arrive in ``server_seq`` order, so applying each and taking the highest version keeps
it right; an acknowledgement moves it only when nothing else happened on the server in between.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, inspect, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.text import search_key
from workbench.protocol.entities import ENTITIES, EntitySpec
from workbench.protocol.messages import (
    ChangeResult,
    ChangeStatus,
    EntityState,
    FieldConflict,
    Op,
    Scalar,
    ServerChange,
)
from workbench.protocol.rules import DELETE_FIELDS, IMMUTABLE_FIELDS, META_FIELDS, ConflictKind
from workbench.store.ids import new_id
from workbench.store.models import (
    AuditEvent,
    Base,
    DomainEvent,
    Outbox,
    Prisoner,
    SyncConflict,
)
from workbench.store.registry import SYNCED_MODELS
from workbench.store.unit_of_work import UnitOfWork, utcnow
from workbench.sync.conflicts import MODELS, Resolution, to_local, wire
from workbench.sync.effects import Effects
from workbench.sync.state import UNSENT, OutboxStatus

log = logging.getLogger("workbench.sync.apply")

_MODEL_ORDER = {m.__entity__: i for i, m in enumerate(SYNCED_MODELS)}


def _same(a: Any, b: Any) -> bool:
    return wire(a) == wire(b) or a == b


def _columns(model: type[Any]) -> frozenset[str]:
    return frozenset(attr.key for attr in inspect(model).column_attrs)


_COLUMNS: dict[type[Any], frozenset[str]] = {m: _columns(m) for m in SYNCED_MODELS}


@dataclass
class _Pending:
    seq: int
    change_id: str
    op: str
    status: str
    base_version: int | None
    patch: dict[str, Any]
    created_at: str
    attempts: int = 0


class LocalApplier:
    """Applies server changes, snapshots, acknowledgements and scope exits inside one ``UnitOfWork``."""

    def __init__(self, uow: UnitOfWork, device_id: str, effects: Effects | None = None) -> None:
        self.uow = uow
        self.session: Session = uow.session
        self.device_id = device_id
        self.effects = effects or Effects()
        self._unsent_keys: set[tuple[str, str]] | None = None
        self._held: list[Any] = []  # prefetched rows, kept referenced for the session's identity map
        # Looked up once per transaction instead of one UPDATE per acknowledged change (both are
        # supersets of the truth: an id in them only means the UPDATE below is run to find out).
        self._unacked_ids: set[str] | None = None  # change ids PENDING or SENDING
        self._predicted_ids: set[str] | None = None  # change ids with an unresolved PREDICTED conflict

    def prefetch(self, keys: Iterable[tuple[str, str]]) -> None:
        """Load the local rows of these (entity, entity_id) keys in one query per entity.

        Later ``session.get`` calls then find them in the identity map instead of querying (and
        autoflushing) once per change; rows this terminal does not hold are simply not found.
        """
        wanted: dict[str, set[str]] = {}
        for entity, entity_id in keys:
            if entity in MODELS:
                wanted.setdefault(entity, set()).add(entity_id)
        for entity, ids in wanted.items():
            model = MODELS[entity]
            id_list = sorted(ids)
            for i in range(0, len(id_list), 500):
                chunk = id_list[i : i + 500]
                self._held.extend(self.session.scalars(select(model).where(model.id.in_(chunk))))

    # -- pending local work ----------------------------------------------------------------------

    def _has_unsent(self, entity: str, entity_id: str) -> bool:
        if self._unsent_keys is None:
            rows = self.session.execute(
                select(Outbox.entity, Outbox.entity_id).where(Outbox.status.in_(UNSENT)).distinct()
            )
            self._unsent_keys = {(e, i) for e, i in rows}
        return (entity, entity_id) in self._unsent_keys

    def _pending(self, entity: str, entity_id: str) -> list[_Pending]:
        if not self._has_unsent(entity, entity_id):
            return []
        rows = self.session.scalars(
            select(Outbox)
            .where(Outbox.entity == entity, Outbox.entity_id == entity_id, Outbox.status.in_(UNSENT))
            .order_by(Outbox.seq)
        ).all()
        if not rows:
            assert self._unsent_keys is not None
            self._unsent_keys.discard((entity, entity_id))
        return [
            _Pending(
                o.seq,
                o.change_id,
                o.op,
                o.status,
                o.base_version,
                json.loads(o.patch_json),
                o.created_at,
                o.attempts or 0,
            )
            for o in rows
        ]

    def _own_edited_fields(self, entity: str, entity_id: str) -> set[str]:
        """The fields this terminal's own acknowledged UPDATEs of one row set. -- issue 9 --"""
        own = (Outbox.entity == entity) & (Outbox.entity_id == entity_id) & (Outbox.op == Op.UPDATE.value)
        own &= Outbox.status == OutboxStatus.ACKED.value  # unsent ones are held anyway; discarded ones lost
        patches = self.session.scalars(select(Outbox.patch_json).where(own))
        return {name for patch in patches for name in json.loads(patch)} - META_FIELDS

    def mark_own_acked(self, change_id: str) -> bool:
        """Acknowledge this terminal's own change if it is still PENDING or SENDING; True if it was."""
        if self._unacked_ids is None:
            self._unacked_ids = set(
                self.session.scalars(
                    select(Outbox.change_id).where(
                        Outbox.status.in_((OutboxStatus.PENDING.value, OutboxStatus.SENDING.value))
                    )
                )
            )
        if change_id not in self._unacked_ids:
            return False  # already acknowledged (or quarantined): the UPDATE would match nothing
        result = self.session.execute(
            update(Outbox)
            .where(
                Outbox.change_id == change_id,
                Outbox.status.in_((OutboxStatus.PENDING.value, OutboxStatus.SENDING.value)),
            )
            .values(status=OutboxStatus.ACKED.value, acked_at=_now_text(), error=None)
            .execution_options(synchronize_session=False)
        )
        acked = bool(getattr(result, "rowcount", 0))
        self._unacked_ids.discard(change_id)
        if acked:
            self._unsent_keys = None
            self._supersede_predicted(change_id)
        return acked

    # -- pulled changes ------------------------------------------------------------------------------

    def apply_change(self, change: ServerChange) -> None:
        """Apply one change from the feed (never over pending local work); audit it as ``sync.pulled``."""
        entity, entity_id = change.entity, str(change.entity_id)
        prisoner_id = str(change.prisoner_id) if change.prisoner_id else None
        own = change.device_id is not None and str(change.device_id) == self.device_id
        change_id = str(change.change_id)
        if (own or self._has_unsent(entity, entity_id)) and self.mark_own_acked(change_id):
            self.effects.own_acked += 1
        model, spec = MODELS.get(entity), ENTITIES.get(entity)
        if model is None or spec is None:
            log.info(
                "pulled change %s to an entity this version does not store (%s) skipped", change_id, entity
            )
            self.effects.skipped += 1
            return
        foreign = not own and not self._is_local_change(change_id)
        self._apply_fields(
            model,
            spec,
            entity_id,
            prisoner_id,
            change.patch,
            change.version,
            may_create=change.op is Op.INSERT,
            foreign=foreign,
            source=change_id,
            deleting=change.op is Op.DELETE,
        )
        if change.conflicts:
            self.record_conflicts(
                change_id, entity, entity_id, prisoner_id, change.conflicts, adopt_theirs=own
            )
        self.uow.audit(
            "sync.pulled",
            entity,
            entity_id,
            {
                "server_seq": change.server_seq,
                "change_id": change_id,
                "op": change.op.value,
                "version": change.version,
                "author_id": str(change.author_id),
                "prisoner_id": prisoner_id,
                "fields": sorted(change.patch),
                "flags": list(change.flags),
            },
        )
        self.effects.touch(entity, prisoner_id)
        self.effects.applied += 1

    def _is_local_change(self, change_id: str) -> bool:
        return self.session.scalar(select(Outbox.seq).where(Outbox.change_id == change_id)) is not None

    def apply_snapshot_entity(self, state: EntityState, prisoner_id: str) -> None:
        """Apply one row of a prisoner snapshot (a prisoner entering this terminal's scope)."""
        model, spec = MODELS.get(state.entity), ENTITIES.get(state.entity)
        if model is None or spec is None:
            self.effects.skipped += 1
            return
        self._apply_fields(
            model,
            spec,
            str(state.entity_id),
            prisoner_id,
            state.fields,
            state.version,
            may_create=True,
            foreign=True,
            source=f"snapshot v{state.version}",
            deleting=state.deleted,
        )
        self.effects.touch(state.entity, prisoner_id)
        self.effects.applied += 1

    @staticmethod
    def snapshot_order(states: Iterable[EntityState]) -> list[EntityState]:
        """Rows in an order that satisfies foreign keys (prisoner first, assessments before needs)."""
        return sorted(states, key=lambda s: (_MODEL_ORDER.get(s.entity, 99), str(s.entity_id)))

    def _apply_fields(
        self,
        model: type[Any],
        spec: EntitySpec,
        entity_id: str,
        prisoner_id: str | None,
        patch: Mapping[str, Scalar],
        version: int,
        *,
        may_create: bool,
        foreign: bool,
        source: str,
        deleting: bool,
    ) -> None:
        columns = _COLUMNS[model]
        values = {
            name: to_local(spec.fields[name], value)
            for name, value in patch.items()
            if name in spec.fields and name in columns
        }
        row = self.session.get(model, entity_id)
        if row is None:
            if not may_create:
                log.info("pulled change %s to a record this terminal does not hold skipped", source)
                self.effects.skipped += 1
                return
            self._insert(model, spec, entity_id, prisoner_id, values, version, source)
            return
        if may_create and foreign:
            # -- issue 9: another terminal's INSERT of a row started here too (THE plan: same id everywhere)
            # must not overwrite the fields edited here since; the central record merged those.
            mine = self._own_edited_fields(spec.name, entity_id)
            values = {k: v for k, v in values.items() if k not in mine}
        pending = self._pending(spec.name, entity_id)
        held: dict[str, _Pending] = {}
        for p in pending:
            for name in p.patch:
                held.setdefault(name, p)
        clashes: set[str] = set()
        for name, value in values.items():
            if name in IMMUTABLE_FIELDS:
                continue
            local = getattr(row, name)
            if name in held:
                if foreign and name not in META_FIELDS and not _same(local, value):
                    self._predict(row, spec.name, entity_id, prisoner_id, name, held[name], local, value)
                    clashes.add(name)
                continue
            setattr(row, name, value)
        if foreign and pending:
            clashes |= self._delete_edit_clash(
                row, spec.name, entity_id, prisoner_id, pending, values, deleting
            )
        row.server_version = max(row.server_version or 0, version)
        if isinstance(row, Prisoner):
            row.search_key = search_key(row.family_name, row.given_name, row.noms_number)
        if foreign:
            self._rebase(
                pending, clashes, version, deleting or bool(set(values) - META_FIELDS - IMMUTABLE_FIELDS)
            )

    def _insert(
        self,
        model: type[Any],
        spec: EntitySpec,
        entity_id: str,
        prisoner_id: str | None,
        values: dict[str, Any],
        version: int,
        source: str,
    ) -> None:
        values = dict(values)
        values["id"] = entity_id
        if "prisoner_id" in _COLUMNS[model] and values.get("prisoner_id") is None and prisoner_id:
            values["prisoner_id"] = prisoner_id
        now = utcnow()
        values.setdefault("created_at", now)
        values.setdefault("updated_at", now)
        row = model(**values)
        row.server_version = version
        if isinstance(row, Prisoner):
            row.search_key = search_key(row.family_name or "", row.given_name or "", row.noms_number or "")
        try:
            with self.session.begin_nested():
                self.session.add(row)
                self.session.flush()
        except IntegrityError as exc:
            # e.g. the same NOMS number received on two terminals: keep the server's copy visible.
            log.warning(
                "pulled record %s of %s could not be stored here (%s)",
                entity_id,
                spec.name,
                type(exc.orig).__name__,
            )
            self._add_conflict(
                spec.name,
                entity_id,
                prisoner_id,
                "*",
                None,
                None,
                {k: wire(v) for k, v in values.items()},
                ConflictKind.NOT_APPLIED,
                source,
            )
            self.effects.skipped += 1

    def _predict(
        self,
        row: Any,
        entity: str,
        entity_id: str,
        prisoner_id: str | None,
        name: str,
        pending: _Pending,
        local: Any,
        theirs: Any,
    ) -> None:
        base = self._base_value(entity, entity_id, name, pending)
        existing = self.session.scalars(
            select(SyncConflict).where(
                SyncConflict.entity == entity,
                SyncConflict.entity_id == entity_id,
                SyncConflict.field == name,
                SyncConflict.kind == ConflictKind.PREDICTED,
                SyncConflict.change_id == pending.change_id,
                SyncConflict.resolved_at.is_(None),
            )
        ).first()
        if existing is not None:
            existing.theirs_value = _json(wire(theirs))
            return
        self._add_conflict(
            entity,
            entity_id,
            prisoner_id,
            name,
            base,
            wire(local),
            wire(theirs),
            ConflictKind.PREDICTED,
            pending.change_id,
        )
        self.effects.predicted += 1

    def _delete_edit_clash(
        self,
        row: Any,
        entity: str,
        entity_id: str,
        prisoner_id: str | None,
        pending: list[_Pending],
        values: dict[str, Any],
        deleting: bool,
    ) -> set[str]:
        """A pulled delete over pending edits, or a pulled edit over a pending delete: DELETE_EDIT."""
        edits = set(values) - META_FIELDS - IMMUTABLE_FIELDS - set(DELETE_FIELDS)
        local_delete = next((p for p in pending if p.op == Op.DELETE.value), None)
        if deleting and values.get("deleted_at") is not None and local_delete is None:
            first = pending[0]
            self._add_conflict(
                entity,
                entity_id,
                prisoner_id,
                "deleted_at",
                None,
                None,
                wire(values.get("deleted_at")),
                ConflictKind.DELETE_EDIT,
                first.change_id,
                predicted=True,
            )
            self.effects.predicted += 1
            return {"deleted_at"}
        if local_delete is not None and edits:
            self._add_conflict(
                entity,
                entity_id,
                prisoner_id,
                "deleted_at",
                None,
                local_delete.patch.get("deleted_at"),
                None,
                ConflictKind.DELETE_EDIT,
                local_delete.change_id,
                predicted=True,
            )
            self.effects.predicted += 1
            return {"deleted_at"}
        return set()

    def _rebase(self, pending: list[_Pending], clashes: set[str], version: int, changed_fields: bool) -> None:
        """Move pending changes that do not touch what clashed onto the new base version."""
        if not changed_fields and not clashes:
            return
        for p in pending:
            if p.status != OutboxStatus.PENDING.value or p.op == Op.INSERT.value or p.attempts:
                continue  # a change that may already have reached the server keeps its exact content
            if p.op == Op.DELETE.value and clashes:
                continue  # a delete over someone's edit must reach the server as a conflict
            if set(p.patch) & clashes:
                continue
            if (p.base_version or 0) < version:
                self.session.execute(
                    update(Outbox)
                    .where(Outbox.seq == p.seq)
                    .values(base_version=version)
                    .execution_options(synchronize_session=False)
                )

    def _base_value(self, entity: str, entity_id: str, name: str, pending: _Pending) -> Scalar:
        """The field's value before the pending change, from that change's own audit event."""
        before = self.session.scalar(
            select(AuditEvent.before_json).where(
                AuditEvent.entity == entity,
                AuditEvent.entity_id == entity_id,
                AuditEvent.occurred_at == pending.created_at,
            )
        )
        if not before:
            return None
        try:
            data = json.loads(before)
        except ValueError:
            return None
        return wire(data.get(name)) if isinstance(data, dict) else None

    # -- conflicts ---------------------------------------------------------------------------------

    def _add_conflict(
        self,
        entity: str,
        entity_id: str,
        prisoner_id: str | None,
        name: str,
        base: Any,
        mine: Any,
        theirs: Any,
        kind: str,
        change_id: str | None,
        *,
        server_conflict_id: str | None = None,
        predicted: bool = False,
    ) -> SyncConflict:
        conflict = SyncConflict(
            id=new_id(),
            server_conflict_id=server_conflict_id,
            entity=entity,
            entity_id=entity_id,
            prisoner_id=prisoner_id,
            field=name,
            base_value=_json(base),
            mine_value=_json(mine),
            theirs_value=_json(theirs),
            kind=ConflictKind.PREDICTED if predicted else kind,
            change_id=change_id,
            detected_at=utcnow(),
        )
        self.session.add(conflict)
        if conflict.kind == ConflictKind.PREDICTED and self._predicted_ids is not None and change_id:
            self._predicted_ids.add(change_id)
        self.uow.audit(
            "sync.conflict",
            entity,
            entity_id,
            {
                "kind": conflict.kind,
                "field": name,
                "change_id": change_id,
                "server_conflict_id": server_conflict_id,
                "prisoner_id": prisoner_id,
            },
        )
        self.effects.conflicts += 1
        self.effects.touch(entity, prisoner_id)
        return conflict

    def record_conflicts(
        self,
        change_id: str,
        entity: str,
        entity_id: str,
        prisoner_id: str | None,
        conflicts: Iterable[FieldConflict],
        *,
        adopt_theirs: bool,
    ) -> None:
        """Keep the central record's conflicts for a person; for our own change, take the kept value.

        The central record kept ``theirs``; when the change was ours and no later unsent change of
        the record sets the field, the local row takes ``theirs`` too, so both sides agree while the
        conflict waits for a person (resolution is then an ordinary new change).
        """
        model, spec = MODELS.get(entity), ENTITIES.get(entity)
        for c in conflicts:
            cid = str(c.conflict_id)
            known = self.session.scalar(select(SyncConflict.id).where(SyncConflict.server_conflict_id == cid))
            if known is not None:
                continue
            self._add_conflict(
                entity,
                entity_id,
                prisoner_id,
                c.field,
                c.base,
                c.mine,
                c.theirs,
                c.kind,
                change_id,
                server_conflict_id=cid,
            )
            if not adopt_theirs or model is None or spec is None:
                continue
            row = self.session.get(model, entity_id)
            if row is None:
                continue
            later = {n for p in self._pending(entity, entity_id) if p.change_id != change_id for n in p.patch}
            if c.field in later:
                continue
            if c.kind == ConflictKind.DELETE_EDIT and c.field == "deleted_at":
                if c.theirs is None:
                    for name in DELETE_FIELDS:
                        setattr(row, name, None)
                elif spec.field("deleted_at") is not None:
                    row.deleted_at = to_local(spec.fields["deleted_at"], c.theirs)
                continue
            fspec = spec.field(c.field)
            if fspec is not None and c.field in _COLUMNS[model] and c.field not in IMMUTABLE_FIELDS:
                setattr(row, c.field, to_local(fspec, c.theirs))
                if isinstance(row, Prisoner):
                    row.search_key = search_key(row.family_name, row.given_name, row.noms_number)

    def _supersede_predicted(self, change_id: str) -> None:
        if self._predicted_ids is None:
            self._predicted_ids = set(
                self.session.scalars(
                    select(SyncConflict.change_id).where(
                        SyncConflict.kind == ConflictKind.PREDICTED, SyncConflict.resolved_at.is_(None)
                    )
                )
            )
        if change_id not in self._predicted_ids:
            return
        self._predicted_ids.discard(change_id)
        self.session.execute(
            update(SyncConflict)
            .where(
                SyncConflict.change_id == change_id,
                SyncConflict.kind == ConflictKind.PREDICTED,
                SyncConflict.resolved_at.is_(None),
            )
            .values(resolved_at=utcnow(), resolution=Resolution.SUPERSEDED)
            .execution_options(synchronize_session=False)
        )

    # -- acknowledgements ----------------------------------------------------------------------------

    def apply_result(self, outbox: Outbox, result: ChangeResult) -> str:
        """Apply the central record's answer to one pushed change; return the outbox row's new status."""
        entity, entity_id, prisoner_id = outbox.entity, outbox.entity_id, outbox.prisoner_id
        if result.status is ChangeStatus.REJECTED:
            problem = result.problem
            if problem is not None and problem.status == 424:
                outbox.status = OutboxStatus.PENDING.value  # waits behind a refused change; not poison itself
                outbox.error = f"{problem.title}: {problem.detail}"
                return outbox.status
            text = f"{problem.title}: {problem.detail}" if problem is not None else "refused without a reason"
            outbox.status = OutboxStatus.QUARANTINED.value
            if self._unacked_ids is not None:
                self._unacked_ids.discard(outbox.change_id)
            outbox.error = text[:4000]
            self.uow.audit(
                "sync.quarantined",
                entity,
                entity_id,
                {
                    "change_id": outbox.change_id,
                    "status": problem.status if problem else None,
                    "problem": problem.title if problem else None,
                    "prisoner_id": prisoner_id,
                },
            )
            self.effects.quarantined += 1
            self.effects.touch(entity, prisoner_id)
            self._unsent_keys = None
            return outbox.status
        outbox.status = OutboxStatus.ACKED.value
        if self._unacked_ids is not None:
            self._unacked_ids.discard(outbox.change_id)
        outbox.acked_at = _now_text()
        outbox.error = None
        self._unsent_keys = None
        self._supersede_predicted(outbox.change_id)
        model = MODELS.get(entity)
        if model is not None and result.version is not None:
            row = self.session.get(model, entity_id)
            if row is not None and (row.server_version or 0) + 1 == result.version:
                row.server_version = result.version
        if result.conflicts:
            self.record_conflicts(
                outbox.change_id, entity, entity_id, prisoner_id, result.conflicts, adopt_theirs=True
            )
        return outbox.status

    # -- leaving scope ---------------------------------------------------------------------------------

    def exit_scope(self, prisoner_id: str) -> None:
        """Mark the prisoner read-only here (left this terminal's scope); purging waits for the outbox."""
        row = self.session.get(Prisoner, prisoner_id)
        if row is not None and row.left_scope_at is None:
            row.left_scope_at = utcnow()
            self.uow.audit("sync.left_scope", "prisoner", prisoner_id, {"prisoner_id": prisoner_id})
            self.effects.touch("prisoner", prisoner_id)

    def enter_scope(self, prisoner_id: str) -> None:
        """The prisoner is in this terminal's scope again: the record is writable."""
        row = self.session.get(Prisoner, prisoner_id)
        if row is not None and row.left_scope_at is not None:
            row.left_scope_at = None
            self.effects.touch("prisoner", prisoner_id)

    def purge_if_clear(self, prisoner_id: str) -> bool:
        """Remove a prisoner who left scope once none of their changes is unsent; return whether purged."""
        unsent = self.session.scalar(
            select(Outbox.seq).where(Outbox.prisoner_id == prisoner_id, Outbox.status.in_(UNSENT)).limit(1)
        )
        if unsent is not None:
            return False
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in _PURGE_TABLES:
                self.session.execute(delete(table).where(table.c.prisoner_id == prisoner_id))
        self.session.execute(delete(Outbox).where(Outbox.prisoner_id == prisoner_id))
        self.session.execute(delete(DomainEvent).where(DomainEvent.prisoner_id == prisoner_id))
        self.session.execute(
            update(SyncConflict)
            .where(SyncConflict.prisoner_id == prisoner_id, SyncConflict.resolved_at.is_(None))
            .values(resolved_at=utcnow(), resolution=Resolution.TRANSFERRED)
            .execution_options(synchronize_session=False)
        )
        self.session.expire_all()
        self.uow.audit("sync.purged", "prisoner", prisoner_id, {"prisoner_id": prisoner_id})
        self.effects.touch("prisoner", prisoner_id)
        self.effects.purged += 1
        return True


def _synced_tables() -> frozenset[str]:
    names = set()
    for model in SYNCED_MODELS:
        table = model.__table__
        assert isinstance(table, Table)
        names.add(table.name)
    return frozenset(names)


_PURGE_TABLES = _synced_tables()


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _now_text() -> str:
    return utcnow().isoformat(timespec="microseconds") + "Z"
