"""One casework call = one transaction: domain rows + audit events + outbox changes, or nothing.

Services open a ``UnitOfWork``, add or change rows through it, and leave the block. On a clean exit
the rows, one hash-chained audit event per row change and one outbox change per syncable row change
are committed together; any exception rolls all of it back (DESIGN.md section 5, point 1).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Table, insert, inspect
from sqlalchemy.orm import Session

from workbench.store.audit import event_hash, hash_at, hashed_fields, last_hash, trail_head
from workbench.store.audit_head import AuditHead, advance_head
from workbench.store.engine import Store
from workbench.store.ids import new_id
from workbench.store.models import AuditEvent, Outbox, Synced

log = logging.getLogger("workbench.store")

_SKIP_IN_PATCH = {"server_version", "search_key"}


def utcnow() -> datetime:
    """Now in UTC, without tzinfo (SQLite DateTime columns are naive; all stored times are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    """``json.dumps`` fallback giving what ``_jsonable`` then ``default=str`` give (dates as ISO strings)."""
    return value.isoformat() if isinstance(value, datetime | date) else str(value)


def row_to_dict(row: Any) -> dict[str, Any]:
    """A row's column values as JSON-ready data (dates as ISO strings).

    Columns a model lists in ``__audit_redact__`` (secrets such as password verifiers) are replaced by
    a marker, so the audit trail records that they changed but never holds them.
    """
    mapper = inspect(type(row))
    redact: frozenset[str] = getattr(type(row), "__audit_redact__", frozenset())
    return {
        attr.key: ("[redacted]" if attr.key in redact else _jsonable(getattr(row, attr.key)))
        for attr in mapper.column_attrs
    }


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
    bulk: _BulkInsert | None = None  # rows inserted by add_many (row is None)


@dataclass
class _BulkInsert:
    """Rows inserted together by ``UnitOfWork.add_many``; their audit events and outbox rows go in bulk."""

    action: str
    entity: str
    values: list[dict[str, Any]]  # every column of each row, as inserted
    redact: frozenset[str] = frozenset()  # the model's __audit_redact__ columns
    author_column: str | None = None  # the column naming each change's author (else the actor)


_COLUMN_DEFAULTS: dict[type[Any], tuple[Table, dict[str, Any]]] = {}


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _column_defaults(model: type[Any]) -> tuple[Table, dict[str, Any]]:
    """A model's table and each column's scalar default (None where it has none), worked out once."""
    known = _COLUMN_DEFAULTS.get(model)
    if known is not None:
        return known
    table = _table(model)
    defaults: dict[str, Any] = {}
    for attr in inspect(model).column_attrs:
        column = attr.columns[0]
        if attr.key != column.key:  # pragma: no cover - no model renames a column
            raise TypeError(f"add_many cannot insert {model.__name__}: {attr.key} is column {column.key}")
        default = column.default
        if default is not None and not default.is_scalar:  # pragma: no cover - no model has one
            raise TypeError(f"add_many cannot insert {model.__name__}: {attr.key} has a computed default")
        defaults[attr.key] = default.arg if default is not None else None
    _COLUMN_DEFAULTS[model] = table, defaults
    return table, defaults


@dataclass
class UnitOfWork:
    """A single write transaction with its audit trail and outbox (use as a context manager)."""

    store: Store
    actor: Actor
    session: Session = field(init=False)
    _changes: list[_Change] = field(default_factory=list, init=False)

    def __enter__(self) -> UnitOfWork:
        self.session = self.store.write_sessions()
        self.session.begin()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        committed = False
        try:
            if exc_type is None:
                self._flush_changes()
                self.session.commit()
                committed = True
            else:
                self.session.rollback()
        except BaseException:
            self.session.rollback()
            raise
        finally:
            self.session.close()
        if committed and self._changes:
            self._advance_audit_anchor()

    def _advance_audit_anchor(self) -> None:
        """After the commit, move the audit trail's anchor (the file beside the database) to its head.

        Only after the commit, so the anchor is never ahead of the trail; a crash here leaves it
        behind, which verify accepts. The data is saved whatever happens to the file, so a failure to
        write it is logged, not raised.
        """

        def read_trail(anchor_count: int | None) -> tuple[AuditHead, str | None]:
            with self.store.read() as s:
                head = trail_head(s)
                return head, None if anchor_count is None else hash_at(s, anchor_count)

        try:
            advance_head(self.store.path, read_trail)
        except OSError as exc:
            log.warning("the audit anchor could not be written (%s); it stays behind the trail", exc.strerror)

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
        self.session.flush()  # insert now, so rows referring to it can follow in the same call
        # -- sentence plan (issue 9): a row whose id is the same on every terminal (THE plan,
        # ``__same_id_everywhere__``) is sent as inserted, and the edits made later in the same
        # transaction as their own UPDATE: it then arrives from each terminal as the same INSERT, which
        # the central record merges without conflict. Other rows send their state at commit, as before.
        inserted = row_to_dict(row) if getattr(row, "__same_id_everywhere__", False) else None
        self._changes.append(
            _Change(action, row, None, inserted, "INSERT" if isinstance(row, Synced) else None)
        )
        return row

    def add_many(
        self,
        model: type[Synced],
        rows: Iterable[Mapping[str, Any]],
        action: str,
        *,
        author_column: str | None = None,
    ) -> list[str]:
        """Insert many new rows of one syncable model at once (bulk demo data); returns their ids.

        The same as ``add`` for each row — ids and times stamped, one audit event and one INSERT
        outbox change per row, in the order given, all in this transaction — but the rows, events
        and outbox changes are each written with one ``executemany`` instead of one ORM flush per
        row, so tens of thousands of rows take seconds. ``rows`` map column names to values; a
        missing column takes its default and a missing ``id`` gets a new UUIDv7.

        ``author_column`` names a column holding each row's author: its outbox change is then sent as
        theirs, not the unit of work's actor's. For single-writer drafts written on their owners'
        behalf by the demo generator: the central record takes a draft only from its owner. The audit
        events still name the actor, who did write them.
        """
        table, defaults = _column_defaults(model)
        now = utcnow()
        values: list[dict[str, Any]] = []
        for row in rows:
            unknown = row.keys() - defaults.keys()
            if unknown:
                raise TypeError(f"{model.__name__} has no column(s) {', '.join(sorted(unknown))}")
            full = {**defaults, **row, "created_at": now, "updated_at": now}
            if not full["id"]:
                full["id"] = new_id()
            values.append(full)
        if not values:
            return []
        self.session.execute(insert(table), values)
        bulk = _BulkInsert(
            action, model.__entity__, values, getattr(model, "__audit_redact__", frozenset()), author_column
        )
        self._changes.append(_Change(action, None, None, None, "INSERT", bulk=bulk))
        return [v["id"] for v in values]

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
            _Change(
                action,
                row,
                before,
                None,
                "DELETE",
                patch={"deleted_at": row.deleted_at, "deleted_by": row.deleted_by, "delete_reason": reason},
            )
        )

    def audit(self, action: str, entity: str, entity_id: str, details: dict[str, Any] | None = None) -> None:
        """An audit event that changes no case row (sign-in, set-up, exports)."""
        self._changes.append(
            _Change(action, None, None, details or {}, None, patch={"entity": entity, "id": entity_id})
        )

    # -- commit-time bookkeeping --------------------------------------------------------------

    def _flush_changes(self) -> None:
        self.session.flush()
        prev = last_hash(self.session)
        now = utcnow().isoformat(timespec="microseconds") + "Z"
        for change in self._changes:
            if change.bulk is not None:
                prev = self._write_bulk_changes(change.bulk, prev, now)
                continue
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
                    sent = change.after if change.after is not None else after  # -- issue 9 (see add) --
                    patch = {k: v for k, v in sent.items() if k not in _SKIP_IN_PATCH}
                else:
                    patch = {
                        k: _jsonable(v) for k, v in (change.patch or {}).items() if k not in _SKIP_IN_PATCH
                    }
                    patch["updated_at"] = _jsonable(row.updated_at)
                self.session.add(
                    Outbox(
                        change_id=new_id(),
                        entity=entity,
                        entity_id=entity_id,
                        prisoner_id=prisoner_id,
                        op=change.op,
                        author_id=self.actor.user_id,
                        base_version=getattr(row, "server_version", None),
                        patch_json=json.dumps(patch, sort_keys=True, default=str),
                        created_at=now,
                        status="PENDING",
                    )
                )
        self.session.flush()

    def _write_bulk_changes(self, bulk: _BulkInsert, prev: str, now: str) -> str:
        """Audit events and outbox rows for an ``add_many``, continuing the chain from ``prev``.

        Events of earlier changes are flushed first, so ``seq`` order stays chain order.
        """
        self.session.flush()
        actor_id, actor_username = self.actor.user_id, self.actor.username
        events: list[dict[str, Any]] = []
        outbox: list[dict[str, Any]] = []
        for inserted in bulk.values:
            entity_id, prisoner_id = inserted["id"], inserted.get("prisoner_id")
            # As row_to_dict: secrets a model lists in __audit_redact__ are recorded only as a marker.
            values = inserted
            if bulk.redact:
                values = {k: "[redacted]" if k in bulk.redact else v for k, v in inserted.items()}
            event = {
                "id": new_id(),
                "occurred_at": now,
                "actor_id": actor_id,
                "actor_username": actor_username,
                "action": bulk.action,
                "entity": bulk.entity,
                "entity_id": entity_id,
                "prisoner_id": prisoner_id,
                "before_json": "null",
                "after_json": json.dumps(values, sort_keys=True, default=_json_default),
                "prev_hash": prev,
            }
            # The same fields, under the same names, as audit.hashed_fields(AuditEvent).
            hashed = {k: event[k] for k in _HASHED_COLUMNS}
            hashed["before"], hashed["after"] = event["before_json"], event["after_json"]
            event["hash"] = prev = event_hash(prev, hashed)
            events.append(event)
            patch = {k: v for k, v in values.items() if k not in _SKIP_IN_PATCH}
            outbox.append(
                {
                    "change_id": new_id(),
                    "entity": bulk.entity,
                    "entity_id": entity_id,
                    "prisoner_id": prisoner_id,
                    "op": "INSERT",
                    "author_id": inserted[bulk.author_column] if bulk.author_column else actor_id,
                    "base_version": values.get("server_version"),
                    "patch_json": json.dumps(patch, sort_keys=True, default=_json_default),
                    "created_at": now,
                    "status": "PENDING",
                    "attempts": 0,
                    "acked_at": None,
                    "error": None,
                }
            )
        self.session.execute(insert(_table(AuditEvent)), events)
        self.session.execute(insert(_table(Outbox)), outbox)
        return prev


_HASHED_COLUMNS = (
    "id",
    "occurred_at",
    "actor_id",
    "actor_username",
    "action",
    "entity",
    "entity_id",
    "prisoner_id",
)
