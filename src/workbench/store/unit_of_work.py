"""One casework call = one transaction: domain rows + audit events + outbox changes, or nothing.

Services open a ``UnitOfWork``, add or change rows through it, and leave the block. On a clean exit
the rows, one hash-chained audit event per row change and one outbox change per syncable row change
are committed together; any exception rolls all of it back (DESIGN.md section 5, point 1).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from workbench.store.audit import event_hash, hashed_fields, last_hash
from workbench.store.engine import Store
from workbench.store.ids import new_id
from workbench.store.models import AuditEvent, Outbox, Synced

_SKIP_IN_PATCH = {"server_version", "search_key"}


def utcnow() -> datetime:
    """Now in UTC, without tzinfo (SQLite DateTime columns are naive; all stored times are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row_to_dict(row: Any) -> dict[str, Any]:
    """A row's column values as JSON-ready data (dates as ISO strings)."""
    mapper = inspect(type(row))
    return {attr.key: _jsonable(getattr(row, attr.key)) for attr in mapper.column_attrs}


@dataclass(frozen=True)
class Actor:
    """Who is writing: stamped on audit events and contact entries."""

    user_id: str
    username: str


@dataclass
class _Change:
    action: str
    row: Any
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    op: str | None  # outbox op, None for audit-only events
    patch: dict[str, Any] | None = None


@dataclass
class UnitOfWork:
    """A single write transaction with its audit trail and outbox (use as a context manager)."""

    store: Store
    actor: Actor
    session: Session = field(init=False)
    _changes: list[_Change] = field(default_factory=list, init=False)

    def __enter__(self) -> UnitOfWork:
        self.session = self.store.sessions()
        self.session.begin()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc_type is None:
                self._flush_changes()
                self.session.commit()
            else:
                self.session.rollback()
        except BaseException:
            self.session.rollback()
            raise
        finally:
            self.session.close()

    # -- what services call -------------------------------------------------------------------

    def add(self, row: Any, action: str) -> Any:
        """Insert a new row (stamping id and times on syncable rows)."""
        now = utcnow()
        if isinstance(row, Synced):
            if not row.id:
                row.id = new_id()
            row.created_at = now
            row.updated_at = now
        self.session.add(row)
        self.session.flush([row])  # insert now, so rows referring to it can follow in the same call
        self._changes.append(_Change(action, row, None, None, "INSERT" if isinstance(row, Synced) else None))
        return row

    def update(self, row: Any, action: str, **values: Any) -> dict[str, Any]:
        """Change fields of a row; only fields whose value really changes are recorded."""
        before = row_to_dict(row)
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if not changed:
            return {}
        for key, value in changed.items():
            setattr(row, key, value)
        if isinstance(row, Synced):
            row.updated_at = utcnow()
        self._changes.append(
            _Change(action, row, before, None, "UPDATE" if isinstance(row, Synced) else None, patch=changed)
        )
        return changed

    def tombstone(self, row: Synced, action: str, reason: str) -> None:
        """Mark a case row deleted; it stays in the store (case data is never hard-deleted)."""
        before = row_to_dict(row)
        row.deleted_at = utcnow()
        row.deleted_by = self.actor.user_id
        row.delete_reason = reason
        row.updated_at = row.deleted_at
        self._changes.append(
            _Change(action, row, before, None, "DELETE",
                    patch={"deleted_at": row.deleted_at, "deleted_by": row.deleted_by, "delete_reason": reason})
        )

    def audit(self, action: str, entity: str, entity_id: str, details: dict[str, Any] | None = None) -> None:
        """An audit event that changes no case row (sign-in, set-up, exports)."""
        self._changes.append(_Change(action, None, None, details or {}, None, patch={"entity": entity, "id": entity_id}))

    # -- commit-time bookkeeping --------------------------------------------------------------

    def _flush_changes(self) -> None:
        self.session.flush()
        prev = last_hash(self.session)
        now = utcnow().isoformat(timespec="microseconds") + "Z"
        for change in self._changes:
            row = change.row
            if row is None:
                assert change.patch is not None
                entity, entity_id, prisoner_id = change.patch["entity"], change.patch["id"], None
                after: Any = change.after
            else:
                entity = type(row).__entity__
                mapper = inspect(type(row))
                entity_id = str(mapper.primary_key_from_instance(row)[0])
                prisoner_id = getattr(row, "prisoner_id", None)
                after = row_to_dict(row)
            event = AuditEvent(
                id=new_id(),
                occurred_at=now,
                actor_id=self.actor.user_id,
                actor_username=self.actor.username,
                action=change.action,
                entity=entity,
                entity_id=entity_id,
                prisoner_id=prisoner_id,
                before_json=json.dumps(change.before, sort_keys=True, default=str),
                after_json=json.dumps(after, sort_keys=True, default=str),
                prev_hash=prev,
                hash="",
            )
            event.hash = event_hash(prev, hashed_fields(event))
            prev = event.hash
            self.session.add(event)
            if change.op is not None:
                if change.op == "INSERT":
                    patch = {k: v for k, v in after.items() if k not in _SKIP_IN_PATCH}
                else:
                    patch = {k: _jsonable(v) for k, v in (change.patch or {}).items() if k not in _SKIP_IN_PATCH}
                    patch["updated_at"] = _jsonable(row.updated_at)
                self.session.add(
                    Outbox(
                        change_id=new_id(),
                        entity=entity,
                        entity_id=entity_id,
                        prisoner_id=prisoner_id,
                        op=change.op,
                        base_version=getattr(row, "server_version", None),
                        patch_json=json.dumps(patch, sort_keys=True, default=str),
                        created_at=now,
                        status="PENDING",
                    )
                )
        self.session.flush()
