"""Applying pushed changes (DESIGN.md section 5, points 2, 3 and 5; issue 11 points 2, 3 and 6).

A push batch is applied in ONE transaction that takes the sequence counter lock once (so its
``server_seq`` values are consecutive and gap-free and commit in sequence order); each change runs in
its own savepoint (``batch.BatchWriter``), so a poison change is quarantined alone. For one change, in
order: idempotency by change id (same payload hash → the stored result as DUPLICATE, but only for a
change pushed through this establishment; different hash → refused 409 and quarantined); validation
against the entity registry; re-authorisation of the author for the prisoner's establishment, the
class rule (A append-only, B three-way merge per field, C owner only, D read-only), one new
``server_seq``, the entity's next version, the change log, the version history, conflicts and scope
changes. Only after the commit are the results returned.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from workbench.central import scope
from workbench.central.auth import DeviceIdentity, author_problem
from workbench.central.batch import STORAGE_ERRORS, BatchWriter, State, Unstorable
from workbench.central.canonical import dumps, dumps_patch, payload_hash, same_json
from workbench.central.db import Database, one_of, utcnow
from workbench.central.models import (
    ChangeLog,
    Conflict,
    Device,
    EntityVersion,
    PrisonerLocation,
    SeqCounter,
)
from workbench.central.problems import problem
from workbench.central.validation import (
    ChangeIds,
    CheckedChange,
    FieldError,
    change_ids,
    check_change,
    scalar_of,
)
from workbench.protocol.entities import SyncClass
from workbench.protocol.messages import (
    ChangeIn,
    ChangeResult,
    ChangeStatus,
    FieldConflict,
    Op,
    Problem,
    Scalar,
)
from workbench.protocol.rules import IMMUTABLE_FIELDS, META_FIELDS, ConflictKind

log = logging.getLogger("workbench.central.apply")

LATE_EDIT = "LATE_EDIT"
"""Flag on a change accepted from an establishment the prisoner has recently left (DESIGN.md 5.6)."""
BASE_UNKNOWN = "BASE_UNKNOWN"
"""Flag on a change whose base version the server does not hold (e.g. re-pushed after a restore)."""


@dataclass(frozen=True)
class InvalidChange:
    """A change in a batch that could not be read as a ``ChangeIn``: its id and what was wrong."""

    change_id: uuid.UUID
    key: tuple[str, str] | None
    problem: Problem
    payload: Any


class Refused(Exception):
    """A change or request the central record refuses, with the problem document saying why."""

    def __init__(self, p: Problem) -> None:
        super().__init__(p.detail)
        self.problem = p


def refuse(status: int, title: str, detail: str, slug: str) -> Refused:
    """A ``Refused`` carrying a problem document."""
    return Refused(problem(status, title, detail, slug=slug))


_ConflictSpec = tuple[str, Scalar, Scalar, Scalar, ConflictKind]

# Built once: SQLAlchemy then reuses their cache keys and compiled forms.
_STORED = select(
    ChangeLog.change_id,
    ChangeLog.payload_hash,
    ChangeLog.result_json,
    Device.establishment_code,
).outerjoin(Device, Device.id == ChangeLog.device_id)
_SET_COUNTER = update(SeqCounter).where(SeqCounter.id == 1).values(value=bindparam("value"))


@dataclass
class _Outcome:
    fields: dict[str, Scalar]
    applied: dict[str, Scalar]
    conflicts: list[_ConflictSpec] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    owner: str | None = None


def merge_fields(
    base: dict[str, Scalar], server: dict[str, Scalar], mine: dict[str, Scalar]
) -> tuple[dict[str, Scalar], list[tuple[str, Scalar, Scalar, Scalar]]]:
    """Three-way merge per field: what to apply, and the fields in conflict as (field, base, mine, theirs).

    Server equal to base → the client's value is taken; client equal to server → nothing to do;
    otherwise both changed the field differently → conflict, and the server keeps its value.
    Bookkeeping fields (``updated_at``) never conflict and go with any applied field.
    """
    applied: dict[str, Scalar] = {}
    conflicts: list[tuple[str, Scalar, Scalar, Scalar]] = []
    for name, value in mine.items():
        if name in META_FIELDS:
            continue
        theirs, was = server.get(name), base.get(name)
        if value == theirs:
            continue
        if theirs == was:
            applied[name] = value
        else:
            conflicts.append((name, was, value, theirs))
    meta = {k: v for k, v in mine.items() if k in META_FIELDS}
    if applied or (not conflicts and meta):
        applied.update(meta)
    return applied, conflicts


_State = State


def _prepare(change: ChangeIn) -> tuple[str, CheckedChange | list[FieldError], ChangeIds]:
    """What a change needs before the counter lock: its payload hash, its validation and its ids."""
    sent = dumps_patch(change.patch)
    checked = check_change(change, sent)
    if isinstance(checked, CheckedChange):
        ids = checked.change_id, checked.key[1], checked.author_id, checked.pid
    else:
        ids = change_ids(change)
    return payload_hash(change, sent, ids[:3]), checked, ids


class Applier:
    """Applies the changes of one push from one device."""

    def __init__(self, db: Database, device: DeviceIdentity) -> None:
        self.db = db
        self.device = device
        self._w: BatchWriter | None = None
        self.lock_held_s = 0.0
        """Seconds the last ``apply_batch`` held the counter lock, from taking it to commit."""

    @property
    def w(self) -> BatchWriter:
        """The batch being applied (set for the length of ``apply_batch``)."""
        assert self._w is not None
        return self._w

    # -- the batch -----------------------------------------------------------------------------

    def apply_batch(
        self,
        items: list[ChangeIn | InvalidChange],
        finish: Callable[[Connection, list[ChangeResult]], None] | None = None,
    ) -> list[ChangeResult]:
        """Apply the changes in order in ONE transaction holding the counter lock; a result per change.

        Each change runs in its own savepoint, so a refused change is quarantined alone. A refused
        change makes later changes to the SAME entity in this batch wait behind it (refused too,
        saying which change they wait for); other entities carry on. If the database refuses the
        batch's combined write, the batch is applied again writing change by change, which finds the
        change responsible and quarantines it alone. ``finish``, if given, runs last in the same
        transaction with the results (the push marks its archived body processed there, so that and
        the changes commit together, with one commit instead of two).
        """
        try:
            return self._run(items, careful=False, finish=finish)
        except STORAGE_ERRORS as exc:
            log.warning(
                "a push batch could not be written together (%s); writing it change by change",
                type(exc).__name__,
            )
            return self._run(items, careful=True, finish=finish)

    def _run(
        self,
        items: list[ChangeIn | InvalidChange],
        *,
        careful: bool,
        finish: Callable[[Connection, list[ChangeResult]], None] | None,
    ) -> list[ChangeResult]:
        results: list[ChangeResult] = []
        blocked: dict[tuple[str, str], uuid.UUID] = {}
        changes = [i for i in items if isinstance(i, ChangeIn)]
        # What needs no database is worked out before the counter lock is taken, so the lock (which
        # every push of every terminal waits for) is held only for reading and writing.
        prepared = {id(c): _prepare(c) for c in changes}
        with self.db.write() as conn:
            alloc = scope.SeqAllocator(self.db.lock_counter(conn))
            locked = time.perf_counter()
            self._w = BatchWriter(conn, self.device, careful=careful)
            try:
                stored, taken = self._stored_results(conn, [prepared[id(c)][2][0] for c in changes])
                self.w.prefetch((c.entity, *prepared[id(c)][2][1:]) for c in changes)
                for item in items:
                    if isinstance(item, InvalidChange):
                        self.w.quarantine(str(item.change_id), "", item.key, item.problem, item.payload)
                        if item.key is not None:
                            blocked.setdefault(item.key, item.change_id)
                        results.append(
                            ChangeResult(
                                change_id=item.change_id, status=ChangeStatus.REJECTED, problem=item.problem
                            )
                        )
                        continue
                    digest, checked, ids = prepared[id(item)]
                    key = (item.entity, ids[1])
                    result = self._one(conn, alloc, item, digest, checked, blocked.get(key), stored, taken)
                    if result.status is ChangeStatus.REJECTED:
                        blocked.setdefault(key, item.change_id)
                    results.append(result)
                self.w.flush()
                if alloc.used:
                    conn.execute(_SET_COUNTER, {"value": alloc.last})
                if finish is not None:
                    finish(conn, results)
            finally:
                self._w = None
        self.lock_held_s = time.perf_counter() - locked  # the commit released it
        return results

    def _stored_results(
        self, conn: Connection, change_ids: list[str]
    ) -> tuple[dict[str, tuple[str, str | ChangeResult]], set[str]]:
        """Change ids already in the log: (payload_hash, result_json) of those pushed through this
        establishment's devices, and the set of those pushed through another establishment's.

        Read under the counter lock, so it is authoritative for the whole batch. What another
        establishment pushed is never replayed: that would tell this device its sequence number and
        version (issue 11 point 3); such a change is treated as one never seen.
        """
        stored: dict[str, tuple[str, str | ChangeResult]] = {}
        taken: set[str] = set()
        here = self.device.establishment_code
        for i in range(0, len(change_ids), 500):
            for r in conn.execute(_STORED.where(one_of(conn, ChangeLog.change_id, change_ids[i : i + 500]))):
                if r.establishment_code == here:
                    stored[r.change_id] = (r.payload_hash, r.result_json)
                else:
                    taken.add(r.change_id)
        return stored, taken

    def _one(
        self,
        conn: Connection,
        alloc: scope.SeqAllocator,
        change: ChangeIn,
        digest: str,
        checked: CheckedChange | list[FieldError],
        waits_behind: uuid.UUID | None,
        stored: dict[str, tuple[str, str | ChangeResult]],
        taken: set[str],
    ) -> ChangeResult:
        """One change: its payload hash and validation (``check_change``) were worked out beforehand."""
        change_id = checked.change_id if isinstance(checked, CheckedChange) else str(change.change_id)
        try:
            known = self._replay_stored(change, digest, stored.get(change_id))
        except Refused as exc:
            return self._refuse(change, digest, exc.problem)
        if known is not None:
            return known
        if waits_behind is not None:
            p = problem(
                424,
                "Waits behind a refused change",
                f"change {waits_behind} to the same record was refused; this change waits behind it",
                slug="waits-behind",
            )
            return ChangeResult(change_id=change.change_id, status=ChangeStatus.REJECTED, problem=p)
        if isinstance(checked, list):
            p = problem(
                422,
                "Invalid change",
                "; ".join(f"{e.path}: {e.message}" for e in checked[:5]),
                [e.as_dict() for e in checked],
                slug="invalid-change",
            )
            return self._refuse(change, digest, p)
        if self.w.has_unwritten(checked.key) and checked.spec.sync_class is not SyncClass.APPEND_ONLY:
            # A merge reads the record's history from the tables: write what this batch holds first
            # (outside the change's savepoint, so a refusal of this change cannot undo it).
            self.w.flush()
        try:
            result = self.w.attempt(
                checked.key,
                checked.prisoner_id,
                alloc,
                lambda: self._apply_locked(conn, checked, digest, alloc, change_id in taken),
                savepoint=not self.w.reads_nothing(
                    checked.key,
                    checked.prisoner_id,
                    checked.author_id,
                    plain_insert=change.op is Op.INSERT and checked.spec.name != "prisoner",
                    reception=change.op is Op.INSERT and checked.spec.name == "prisoner",
                ),
            )
        except Refused as exc:
            return self._refuse(change, digest, exc.problem)
        except Unstorable as exc:
            log.info("change %s could not be stored (%s)", change.change_id, exc)
            p = problem(
                422,
                "Change cannot be stored",
                "the central record cannot store this change's text (it holds characters that are not "
                "valid text); it was quarantined and not applied",
                slug="unstorable",
            )
            return self._refuse(change, digest, p)
        stored[change_id] = (digest, result)  # a second copy later in the batch
        return result

    # -- idempotency and refusals ------------------------------------------------------------

    def _replay_stored(
        self, change: ChangeIn, digest: str, row: tuple[str, str | ChangeResult] | None
    ) -> ChangeResult | None:
        """The stored result as DUPLICATE given the change log's (payload_hash, result_json), or None.

        ``Refused`` 409 when the id was used with different content.
        """
        if row is None:
            return None
        stored_hash, result = row
        if stored_hash == digest:
            if isinstance(result, str):
                result = ChangeResult.model_validate_json(result)
            return result.model_copy(update={"status": ChangeStatus.DUPLICATE})
        raise refuse(
            409,
            "Change id reused with different content",
            f"change {change.change_id} was already applied with different content; this copy is "
            "quarantined on the central record and was not applied",
            "change-id-reused",
        )

    def _refuse(self, change: ChangeIn, digest: str, p: Problem) -> ChangeResult:
        self.w.quarantine(
            str(change.change_id),
            digest,
            (change.entity, str(change.entity_id)),
            p,
            change.model_dump(mode="json"),
        )
        log.info("change %s refused (%s): %s", change.change_id, p.status, p.title)
        return ChangeResult(change_id=change.change_id, status=ChangeStatus.REJECTED, problem=p)

    # -- applying under the counter lock -------------------------------------------------------

    def _apply_locked(
        self,
        conn: Connection,
        checked: CheckedChange,
        digest: str,
        alloc: scope.SeqAllocator,
        id_taken: bool,
    ) -> ChangeResult:
        change, spec = checked.change, checked.spec
        now = utcnow()
        author_id = checked.author_id
        if spec.sync_class is SyncClass.REFERENCE:
            raise refuse(
                403,
                "Reference data is read-only",
                f"{spec.name} is reference data kept by the central record; terminals cannot change it",
                "read-only",
            )
        reason = author_problem(self.w.author(author_id), self.device, spec.sync_class)
        if reason is not None:
            raise refuse(403, "Author not allowed", reason, "author-not-allowed")
        pid = checked.prisoner_id
        state = self.w.state(checked.key)
        flags = self._authorise_scope(conn, checked, pid, now)
        if state is not None and state.prisoner_id != pid:
            raise refuse(
                422, "Wrong prisoner", "this record belongs to a different prisoner", "wrong-prisoner"
            )
        if id_taken:
            # Only reachable by a device allowed to write this prisoner: the id is in use elsewhere.
            raise refuse(
                409,
                "Change id already used",
                f"change id {change.change_id} is already in use on the central record; this change was "
                "quarantined and not applied",
                "change-id-reused",
            )

        if spec.sync_class is SyncClass.APPEND_ONLY:
            outcome = self._append_only(checked, state)
        elif spec.sync_class is SyncClass.DRAFT:
            outcome = self._draft(checked, state, author_id)
        else:
            outcome = self._merged(conn, checked, state)
        outcome.flags = flags + outcome.flags

        seq = alloc.next()
        version = (state.version if state else 0) + 1
        entity, entity_id = checked.key
        new_state = _State(
            pid,
            version,
            outcome.fields,
            outcome.fields.get("deleted_at") is not None,
            outcome.owner if state is None else state.owner,
        )
        # An INSERT stores the patch as it came: its JSON is written once for the log and the state.
        patch_json = checked.patch_json
        fields_json = patch_json if same_json(outcome.fields, checked.patch) else None
        self.w.put_state(checked.key, new_state, seq, fields_json)
        conflicts: list[FieldConflict] = []
        for name, base, mine, theirs, kind in outcome.conflicts:
            conflict = FieldConflict(
                conflict_id=uuid.uuid4(),
                field=name,
                base=base,
                mine=mine,
                theirs=theirs,
                kind="DELETE_EDIT" if kind == ConflictKind.DELETE_EDIT else "FIELD",
            )
            conflicts.append(conflict)
            conn.execute(
                insert(Conflict).values(
                    id=str(conflict.conflict_id),
                    entity=entity,
                    entity_id=entity_id,
                    prisoner_id=pid,
                    field=name,
                    base_json=dumps(base),
                    mine_json=dumps(mine),
                    theirs_json=dumps(theirs),
                    kind=kind,
                    mine_author_id=author_id,
                    theirs_author_id=self._last_author(conn, entity, entity_id, name),
                    change_id=str(change.change_id),
                    server_seq=seq,
                    created_at=now,
                )
            )
        result = ChangeResult(
            change_id=change.change_id,
            status=ChangeStatus.CONFLICT if conflicts else ChangeStatus.APPLIED,
            server_seq=seq,
            version=version,
            conflicts=conflicts,
            flags=outcome.flags,
        )
        self.w.put_change(
            {
                "server_seq": seq,
                "change_id": checked.change_id,
                "payload_hash": digest,
                "entity": entity,
                "entity_id": entity_id,
                "prisoner_id": pid,
                "op": change.op.value,
                "version": version,
                "patch_json": patch_json,
                "applied_json": (
                    patch_json if same_json(outcome.applied, checked.patch) else dumps(outcome.applied)
                ),
                "conflicts_json": (
                    dumps([c.model_dump(mode="json") for c in conflicts]) if conflicts else _NO_CONFLICTS
                ),
                "flags": " ".join(outcome.flags),
                "author_id": author_id,
                "device_id": self.device.device_id,
                "applied_at": now,
                "result_json": result.model_dump_json(),
            }
        )
        if spec.name == "prisoner" and self._track_location(conn, alloc, pid, state, outcome, seq, now):
            self.w.forget_scope(pid)  # read again when next asked: the rest of the batch sees the move
        return result

    def _authorise_scope(self, conn: Connection, checked: CheckedChange, pid: str, now: Any) -> list[str]:
        """Check the prisoner is in the device's establishment's scope; return flags (late edit)."""
        here = self.device.establishment_code
        location = self.w.location(pid)
        if location is None:
            if checked.spec.name == "prisoner" and checked.change.op is Op.INSERT:
                arriving = checked.patch.get("establishment_code")
                if arriving != here:
                    raise refuse(
                        403,
                        "Outside this establishment",
                        f"a terminal at {here} can receive a prisoner only into {here}",
                        "scope",
                    )
                return []
            raise _out_of_scope(here)
        if self.w.sees_now(pid):
            return []
        if scope.recently_left(conn, pid, here, now):
            return [LATE_EDIT]
        raise _out_of_scope(here)

    # -- class rules ---------------------------------------------------------------------------

    def _append_only(self, checked: CheckedChange, state: _State | None) -> _Outcome:
        if checked.change.op is not Op.INSERT:
            raise refuse(
                422,
                "Append-only record",
                f"{checked.spec.name} records cannot be changed or deleted once written; record a "
                "correction as a new row with supersedes_id",
                "append-only",
            )
        if state is None:
            return _Outcome(fields=checked.patch, applied=checked.patch)  # never changed in place
        if _same_content(state.fields, checked.patch):
            return _Outcome(fields=state.fields, applied={})
        raise refuse(
            409,
            "Record id already used",
            f"a {checked.spec.name} record with this id already exists with different content",
            "append-only-id-reused",
        )

    def _draft(self, checked: CheckedChange, state: _State | None, author_id: str) -> _Outcome:
        spec, change = checked.spec, checked.change
        if state is None:
            if change.op is not Op.INSERT:
                raise refuse(
                    409,
                    "Record not known",
                    "this draft's INSERT has not reached the central record",
                    "entity-unknown",
                )
            owner = checked.patch.get(spec.owner_field) if spec.owner_field else author_id
            if owner != author_id:
                raise refuse(
                    403, "Not the draft's owner", "a draft can be created only by its owner", "owner"
                )
            return _Outcome(fields=checked.patch, applied=checked.patch, owner=author_id)
        if state.owner != author_id:
            raise refuse(
                403,
                "Not the draft's owner",
                "this draft belongs to another user; others can read it but not change it",
                "owner",
            )
        if change.op is Op.INSERT:
            return self._insert_existing(checked, state)
        if (
            spec.owner_field
            and spec.owner_field in checked.patch
            and checked.patch[spec.owner_field] != author_id
        ):
            raise refuse(403, "Not the draft's owner", "a draft's owner cannot be changed", "owner")
        _check_immutable(checked, state)
        applied = dict(checked.patch)
        return _Outcome(fields={**state.fields, **applied}, applied=applied, owner=state.owner)

    def _insert_existing(self, checked: CheckedChange, state: _State) -> _Outcome:
        """An INSERT of an id the server already holds: identical is a no-op, different is a conflict."""
        conflicts: list[_ConflictSpec] = [
            (name, None, value, state.fields.get(name), ConflictKind.FIELD)
            for name, value in sorted(checked.patch.items())
            if name not in META_FIELDS and name != "created_at" and state.fields.get(name) != value
        ]
        return _Outcome(fields=state.fields, applied={}, conflicts=conflicts, owner=state.owner)

    # -- sentence plan (issue 9): one plan per prisoner, started on two terminals offline --
    def _insert_existing_merged(self, conn: Connection, checked: CheckedChange, state: _State) -> _Outcome:
        """A field-merged INSERT of an id the server already holds, e.g. THE sentence plan of a prisoner
        (``domain.plan.plan_id_for``: the same id on every terminal) started on two terminals.

        Compared with the row as first inserted (version 1), not as it is now: a field this INSERT sends
        as first inserted is no change, so the other terminal's later edits stand without a conflict.
        A field inserted with a different value is a conflict, as ``_insert_existing`` has it.
        """
        entity, entity_id = checked.key
        first = conn.execute(
            select(EntityVersion.fields_json).where(
                EntityVersion.entity == entity,
                EntityVersion.entity_id == entity_id,
                EntityVersion.version == 1,
            )
        ).scalar()
        if first is None:
            return self._insert_existing(checked, state)
        inserted = json.loads(first)
        conflicts: list[_ConflictSpec] = [
            (name, None, value, state.fields.get(name), ConflictKind.FIELD)
            for name, value in sorted(checked.patch.items())
            if name not in META_FIELDS
            and name != "created_at"
            and inserted.get(name) != value
            and state.fields.get(name) != value
        ]
        return _Outcome(fields=state.fields, applied={}, conflicts=conflicts, owner=state.owner)

    def _merged(self, conn: Connection, checked: CheckedChange, state: _State | None) -> _Outcome:
        change = checked.change
        if state is None:
            if change.op is not Op.INSERT:
                raise refuse(
                    409,
                    "Record not known",
                    "this record's INSERT has not reached the central record",
                    "entity-unknown",
                )
            return _Outcome(fields=checked.patch, applied=checked.patch)  # never changed in place
        if change.op is Op.INSERT:
            return self._insert_existing_merged(conn, checked, state)  # -- sentence plan (issue 9) --
        _check_immutable(checked, state)
        base, after = self._base_view(conn, checked)
        flags = [] if base is not None else [BASE_UNKNOWN]
        if base is None:  # the server no longer holds the base (restored from backup): the client's view wins
            base = dict(state.fields)
        if change.op is Op.DELETE:
            if state.deleted:
                return _Outcome(fields=state.fields, applied={}, flags=flags)
            if self._edited_by_others(conn, checked, after):
                deleted_at = checked.patch.get("deleted_at")
                return _Outcome(
                    fields=state.fields,
                    applied={},
                    flags=flags,
                    conflicts=[("deleted_at", None, deleted_at, None, ConflictKind.DELETE_EDIT)],
                )
            applied = dict(checked.patch)
            return _Outcome(fields={**state.fields, **applied}, applied=applied, flags=flags)
        applied, field_conflicts = merge_fields(base, state.fields, checked.patch)
        conflicts = [(n, b, m, t, ConflictKind.FIELD) for n, b, m, t in field_conflicts]
        if state.deleted and base.get("deleted_at") is None and "deleted_at" not in checked.patch:
            # An edit to a row someone else deleted: the edit is kept on the tombstoned row, flagged.
            conflicts.append(
                ("deleted_at", None, None, state.fields.get("deleted_at"), ConflictKind.DELETE_EDIT)
            )
        return _Outcome(fields={**state.fields, **applied}, applied=applied, conflicts=conflicts, flags=flags)

    def _base_view(self, conn: Connection, checked: CheckedChange) -> tuple[dict[str, Scalar] | None, int]:
        """The row as the terminal saw it: version ``base_version`` plus this device's own later changes."""
        entity, entity_id = checked.key
        after = checked.change.base_version or 0
        base: dict[str, Scalar] = {}
        if after:
            stored = conn.execute(
                select(EntityVersion.fields_json).where(
                    EntityVersion.entity == entity,
                    EntityVersion.entity_id == entity_id,
                    EntityVersion.version == after,
                )
            ).scalar()
            if stored is None:
                return None, after
            base = json.loads(stored)
        own = conn.execute(
            select(ChangeLog.patch_json)
            .where(
                ChangeLog.entity == entity,
                ChangeLog.entity_id == entity_id,
                ChangeLog.version > after,
                ChangeLog.device_id == self.device.device_id,
            )
            .order_by(ChangeLog.server_seq)
        ).scalars()
        for patch in own:
            base.update(json.loads(patch))
        return base, after

    def _edited_by_others(self, conn: Connection, checked: CheckedChange, after: int) -> bool:
        entity, entity_id = checked.key
        rows = conn.execute(
            select(ChangeLog.applied_json, ChangeLog.device_id).where(
                ChangeLog.entity == entity,
                ChangeLog.entity_id == entity_id,
                ChangeLog.version > after,
            )
        )
        for applied_json, device_id in rows:
            if device_id == self.device.device_id:
                continue
            if set(json.loads(applied_json)) - META_FIELDS:
                return True
        return False

    def _last_author(self, conn: Connection, entity: str, entity_id: str, name: str) -> str | None:
        rows = conn.execute(
            select(ChangeLog.applied_json, ChangeLog.author_id)
            .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
            .order_by(ChangeLog.server_seq.desc())
            .limit(200)
        )
        for applied_json, author in rows:
            if name in json.loads(applied_json):
                return str(author)
        return None

    # -- where the prisoner is -----------------------------------------------------------------

    def _track_location(
        self,
        conn: Connection,
        alloc: scope.SeqAllocator,
        pid: str,
        state: _State | None,
        outcome: _Outcome,
        seq: int,
        now: Any,
    ) -> bool:
        """Record where a received or transferred prisoner is; True when a transfer moved them."""
        new = outcome.fields.get("establishment_code")
        old = state.fields.get("establishment_code") if state else None
        if not isinstance(new, str) or new == old:
            return False  # where the prisoner is, and who sees them, did not change
        if not self.w.establishment_known(new):
            raise refuse(
                422,
                "Unknown establishment",
                f"establishment {new!r} is not known to the central record",
                "unknown-establishment",
            )
        if state is None:
            conn.execute(
                insert(PrisonerLocation).values(prisoner_id=pid, establishment_code=new, since_seq=seq)
            )
            scope.open_scope(conn, alloc, pid, new, reason="RECEPTION", now=now, emit=False, from_seq=seq)
            self.w.received(pid, new)  # held here and seen from here: the batch's next changes need no read
            return False
        if isinstance(old, str):
            interval = scope.location_interval(conn, pid, old)
            if interval is not None:
                scope.close_scope(conn, alloc, interval, reason="TRANSFER", now=now)
        scope.open_scope(conn, alloc, pid, new, reason="TRANSFER", now=now)
        conn.execute(
            update(PrisonerLocation)
            .where(PrisonerLocation.prisoner_id == pid)
            .values(establishment_code=new, since_seq=seq)
        )
        log.info("prisoner transferred from %s to %s at seq %s", old, new, seq)
        return True


def _out_of_scope(here: str) -> Refused:
    # One answer whether the prisoner is unknown or held by another establishment: a device must not
    # learn from a refusal that a prisoner id exists elsewhere (issue 11 point 3).
    return refuse(
        403,
        "Outside this establishment's scope",
        f"the prisoner is not in the scope of {here}: not received here and no current grant, or their "
        "record has not reached the central record (it may have been refused)",
        "scope",
    )


_NO_CONFLICTS = dumps([])


def _same_content(stored: dict[str, Scalar], patch: dict[str, Scalar]) -> bool:
    return all(stored.get(k) == v for k, v in patch.items() if k not in META_FIELDS)


def _check_immutable(checked: CheckedChange, state: _State) -> None:
    for name in IMMUTABLE_FIELDS & checked.patch.keys():
        if checked.patch[name] != scalar_of(state.fields.get(name)):
            raise refuse(422, "Field cannot change", f"{name} is fixed when a record is created", "immutable")
