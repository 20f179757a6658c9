"""One push batch, one transaction: what ``apply.Applier`` reads once and writes together (issue 11).

The batch runs inside ONE write transaction that took the sequence counter lock once, so its changes
get consecutive, gap-free ``server_seq`` values and commit together in sequence order. What every
change would otherwise read on its own is read once for the batch (the current state of each record,
each author, each prisoner's location and whether this establishment sees them), and what every
change writes to the append-only tables (change log, version history, current state, quarantine) is
kept here and written with multi-row INSERTs at the end, or earlier when a change needs to read the
history of a record that has unwritten rows (a three-way merge).

Each change is applied inside its own SAVEPOINT (``attempt``). A change that is refused, or whose
statements the database will not take (text it cannot store, say), is rolled back to that savepoint
with everything this writer held for it, and is quarantined alone; the rest of the batch carries on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Insert, Table, bindparam, insert, select
from sqlalchemy.exc import (
    DataError,
    IntegrityError,
    InternalError,
    NotSupportedError,
    ProgrammingError,
)

from workbench.central import scope
from workbench.central.auth import Author, DeviceIdentity, load_author
from workbench.central.db import one_of, utcnow
from workbench.central.models import (
    CentralUser,
    ChangeLog,
    EntityState,
    EntityVersion,
    Establishment,
    PrisonerLocation,
    Quarantine,
    ScopeInterval,
)
from workbench.domain.enums import UserRole
from workbench.protocol.messages import Problem, Scalar

STORAGE_ERRORS: tuple[type[BaseException], ...] = (
    DataError,
    IntegrityError,
    InternalError,
    NotSupportedError,
    ProgrammingError,
    UnicodeError,
)
"""What the database (or its driver) raises for a statement it will not take, as opposed to being
unreachable (``OperationalError``, answered 503 for the whole push)."""

_T = TypeVar("_T")


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def storable(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters and made storable as text by any backend.

    Lone surrogates cannot be encoded as UTF-8 and PostgreSQL text cannot hold NUL, so both are
    written as backslash escapes: the quarantine keeps a readable trace of what arrived.
    """
    cut = text[:limit]
    return cut.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")[:limit]


def dumps(value: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, ASCII only (so any text is storable)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


@dataclass
class State:
    """The current state of one record as the central record holds it."""

    prisoner_id: str | None
    version: int
    fields: dict[str, Scalar]
    deleted: bool
    owner: str | None


class Unstorable(Exception):
    """The database would not take a change's statements (rolled back to its savepoint)."""


# Returning the key makes SQLAlchemy send an executemany as multi-row INSERT ... VALUES statements
# ("insertmanyvalues"), one statement per up to 1,000 rows, instead of one statement per row.
_INSERT_STATE = insert(_table(EntityState)).returning(_table(EntityState).c.entity_id)
_UPDATE_STATE = (
    _table(EntityState)
    .update()
    .where(
        _table(EntityState).c.entity == bindparam("key_entity"),
        _table(EntityState).c.entity_id == bindparam("key_entity_id"),
    )
    .values(
        version=bindparam("version"),
        fields_json=bindparam("fields_json"),
        deleted=bindparam("deleted"),
        owner=bindparam("owner"),
        server_seq=bindparam("server_seq"),
    )
)
_INSERT_VERSION = insert(_table(EntityVersion)).returning(_table(EntityVersion).c.version)
_INSERT_CHANGE = insert(_table(ChangeLog)).returning(_table(ChangeLog).c.server_seq)
_INSERT_QUARANTINE = insert(_table(Quarantine)).returning(_table(Quarantine).c.id)
_CHUNK = 500  # keys per IN list when reading ahead
_COPY_FROM = 20  # rows from which COPY beats a multi-row INSERT on PostgreSQL


@dataclass
class _Mark:
    """What to restore when one change is rolled back to its savepoint."""

    alloc_last: int
    versions: int
    changes: int
    quarantine: int
    key: tuple[str, str]
    had_state: bool
    state: State | None
    state_write: dict[str, Any] | None
    key_buffered: bool
    pid: str


class BatchWriter:
    """The reads done once and the rows written together for one push batch (see the module docstring).

    ``careful`` writes each change's rows inside its own savepoint (used to re-run a batch whose
    combined write the database refused, so the change responsible is found and quarantined alone).
    """

    def __init__(self, conn: Connection, device: DeviceIdentity, *, careful: bool = False) -> None:
        self.conn = conn
        self.device = device
        self.careful = careful
        self._states: dict[tuple[str, str], State | None] = {}
        self._in_db: set[tuple[str, str]] = set()
        self._state_writes: dict[tuple[str, str], dict[str, Any]] = {}
        self._versions: list[dict[str, Any]] = []
        self._changes: list[dict[str, Any]] = []
        self._quarantine: list[dict[str, Any]] = []
        self._buffered_keys: set[tuple[str, str]] = set()
        self._authors: dict[str, Author | None] = {}
        self._locations: dict[str, str | None] = {}
        self._sees: dict[str, bool] = {}
        self._establishments: dict[str, bool] = {}

    # -- reading ahead -------------------------------------------------------------------------

    def prefetch(self, changes: Iterable[tuple[str, str, str, str | None]]) -> None:
        """Read the states, authors, locations and scope the batch's changes will ask about.

        Each change is given as (entity, entity id, author id, prisoner id or None).
        """
        batch = list(changes)
        by_entity: dict[str, set[str]] = {}
        for entity, entity_id, _, _ in batch:
            by_entity.setdefault(entity, set()).add(entity_id)
        for entity, ids in by_entity.items():
            for chunk in _chunks(sorted(ids)):
                rows = self.conn.execute(
                    select(
                        EntityState.entity_id,
                        EntityState.prisoner_id,
                        EntityState.version,
                        EntityState.fields_json,
                        EntityState.deleted,
                        EntityState.owner,
                    ).where(EntityState.entity == entity, one_of(self.conn, EntityState.entity_id, chunk))
                )
                for r in rows:
                    key = (entity, r.entity_id)
                    self._states[key] = State(
                        r.prisoner_id, int(r.version), json.loads(r.fields_json), bool(r.deleted), r.owner
                    )
                    self._in_db.add(key)
                for entity_id in chunk:
                    self._states.setdefault((entity, entity_id), None)
        authors = sorted({author_id for _, _, author_id, _ in batch})
        for chunk in _chunks(authors):
            for user in self.conn.execute(
                select(
                    CentralUser.id, CentralUser.role, CentralUser.establishment_code, CentralUser.active
                ).where(one_of(self.conn, CentralUser.id, chunk))
            ):
                self._authors[user.id] = Author(
                    user.id, UserRole(user.role), user.establishment_code, bool(user.active)
                )
            for author_id in chunk:
                self._authors.setdefault(author_id, None)
        pids = sorted({pid for _, _, _, pid in batch if pid is not None})
        here = self.device.establishment_code
        for chunk in _chunks(pids):
            for pid, code in self.conn.execute(
                select(PrisonerLocation.prisoner_id, PrisonerLocation.establishment_code).where(
                    one_of(self.conn, PrisonerLocation.prisoner_id, chunk)
                )
            ):
                self._locations[pid] = code
            seen = set(
                self.conn.scalars(
                    select(ScopeInterval.prisoner_id)
                    .where(
                        one_of(self.conn, ScopeInterval.prisoner_id, chunk),
                        ScopeInterval.establishment_code == here,
                        ScopeInterval.to_seq.is_(None),
                    )
                    .distinct()
                )
            )
            for pid in chunk:
                self._locations.setdefault(pid, None)
                self._sees[pid] = pid in seen

    # -- what a change asks about --------------------------------------------------------------

    def state(self, key: tuple[str, str]) -> State | None:
        """The record's current state, including what earlier changes of this batch did to it."""
        if key not in self._states:
            self.prefetch_one(key)
        return self._states[key]

    def prefetch_one(self, key: tuple[str, str]) -> None:
        """Read one record's state (for a key the batch did not announce)."""
        row = self.conn.execute(
            select(
                EntityState.prisoner_id,
                EntityState.version,
                EntityState.fields_json,
                EntityState.deleted,
                EntityState.owner,
            ).where(EntityState.entity == key[0], EntityState.entity_id == key[1])
        ).first()
        if row is None:
            self._states[key] = None
            return
        self._states[key] = State(
            row.prisoner_id, int(row.version), json.loads(row.fields_json), bool(row.deleted), row.owner
        )
        self._in_db.add(key)

    def author(self, author_id: str) -> Author | None:
        """The enrolled author (read once per batch)."""
        if author_id not in self._authors:
            self._authors[author_id] = load_author(self.conn, author_id)
        return self._authors[author_id]

    def location(self, pid: str) -> str | None:
        """Where the prisoner is now, or None if the central record does not know them."""
        if pid not in self._locations:
            self._locations[pid] = self.conn.execute(
                select(PrisonerLocation.establishment_code).where(PrisonerLocation.prisoner_id == pid)
            ).scalar()
        return self._locations[pid]

    def sees_now(self, pid: str) -> bool:
        """Whether this device's establishment has an open scope interval for the prisoner."""
        if pid not in self._sees:
            self._sees[pid] = scope.open_interval_count(self.conn, pid, self.device.establishment_code) > 0
        return self._sees[pid]

    def received(self, pid: str, establishment: str) -> None:
        """A prisoner just received into this device's establishment: held and seen from here."""
        self._locations[pid] = establishment
        self._sees[pid] = establishment == self.device.establishment_code

    def forget_scope(self, pid: str) -> None:
        """The prisoner's location or scope may have changed: read them again when next asked."""
        self._locations.pop(pid, None)
        self._sees.pop(pid, None)

    def has_unwritten(self, key: tuple[str, str]) -> bool:
        """Whether rows of this record are held here, not yet in the tables its history is read from."""
        return key in self._buffered_keys

    # -- what a change writes ------------------------------------------------------------------

    def put_state(self, key: tuple[str, str], state: State, seq: int, fields_json: str | None = None) -> None:
        """The record's new current state (written at the next flush); ``fields_json`` if already written."""
        self._states[key] = state
        self._state_writes[key] = {
            "entity": key[0],
            "entity_id": key[1],
            "prisoner_id": state.prisoner_id,
            "version": state.version,
            "fields_json": dumps(state.fields) if fields_json is None else fields_json,
            "deleted": state.deleted,
            "owner": state.owner,
            "server_seq": seq,
        }
        self._versions.append(
            {
                "entity": key[0],
                "entity_id": key[1],
                "version": state.version,
                "fields_json": self._state_writes[key]["fields_json"],
                "server_seq": seq,
            }
        )
        self._buffered_keys.add(key)

    def put_change(self, row: dict[str, Any]) -> None:
        """A change-log row (written at the next flush)."""
        self._changes.append(row)
        self._buffered_keys.add((row["entity"], row["entity_id"]))

    def quarantine(
        self, change_id: str, digest: str, key: tuple[str, str] | None, p: Problem, payload: Any
    ) -> None:
        """Keep a refused change in quarantine (written at the next flush, in this transaction)."""
        entity, entity_id = key if key is not None else ("", "")
        self._quarantine.append(
            {
                "change_id": storable(change_id, 36),
                "payload_hash": digest,
                "device_id": self.device.device_id,
                "entity": storable(entity, 40),
                "entity_id": storable(entity_id, 36),
                "status": p.status,
                "problem_json": dumps(p.model_dump(mode="json")),
                "payload_json": dumps(payload),
                "received_at": utcnow(),
            }
        )

    # -- savepoints ----------------------------------------------------------------------------

    def reads_nothing(
        self, key: tuple[str, str], pid: str, author_id: str, *, plain_insert: bool, reception: bool = False
    ) -> bool:
        """Whether a change needs no savepoint: it runs no statement, or only its own last writes.

        ``plain_insert`` is an INSERT of a row other than a prisoner. Then, with the record unknown and
        the author, the prisoner's location and this establishment's view of them read ahead, nothing
        is read or written before the flush. Most changes of a first sync are such, and a savepoint
        (two round trips) would protect nothing. ``reception`` is the INSERT of a prisoner: with the
        prisoner unknown and the author read ahead, it writes where the prisoner is as its last step,
        after every check that can refuse it; a write the database refuses fails the batch, which is
        then run again carefully, as for the flush.
        """
        if not (key in self._states and self._states[key] is None and author_id in self._authors):
            return False
        if reception:
            return pid in self._locations and self._locations[pid] is None
        return plain_insert and self._locations.get(pid) is not None and self._sees.get(pid) is True

    def establishment_known(self, code: str) -> bool:
        """Whether the central record knows the establishment (read once per batch)."""
        if code not in self._establishments:
            found = self.conn.execute(select(Establishment.code).where(Establishment.code == code)).scalar()
            self._establishments[code] = found is not None
        return self._establishments[code]

    def attempt(
        self,
        key: tuple[str, str],
        pid: str,
        alloc: scope.SeqAllocator,
        apply: Callable[[], _T],
        *,
        savepoint: bool = True,
    ) -> _T:
        """Run one change's ``apply`` inside a SAVEPOINT; on any failure undo it here and in the database.

        ``Refused`` passes through after the rollback; a statement the database would not take is
        raised as ``Unstorable``. Without ``savepoint`` (a change that ``reads_nothing``; never when
        careful) such a statement error passes through as it is, so the caller re-runs the whole
        batch carefully: the transaction may no longer be usable.
        """
        mark = _Mark(
            alloc.last,
            len(self._versions),
            len(self._changes),
            len(self._quarantine),
            key,
            key in self._states,
            self._states.get(key),
            self._state_writes.get(key),
            key in self._buffered_keys,
            pid,
        )
        nested = self.conn.begin_nested() if savepoint or self.careful else None
        try:
            result = apply()
            if self.careful:
                self.flush()
        except STORAGE_ERRORS as exc:
            self._undo(mark, alloc)
            if nested is None:
                raise
            nested.rollback()
            raise Unstorable(type(exc).__name__) from exc
        except BaseException:
            if nested is not None and nested.is_active:
                nested.rollback()
            self._undo(mark, alloc)
            raise
        if nested is not None:
            nested.commit()
        return result

    def _undo(self, mark: _Mark, alloc: scope.SeqAllocator) -> None:
        alloc.last = mark.alloc_last
        del self._versions[mark.versions :]
        del self._changes[mark.changes :]
        del self._quarantine[mark.quarantine :]
        if mark.had_state:
            self._states[mark.key] = mark.state
        else:
            self._states.pop(mark.key, None)
        if mark.state_write is None:
            self._state_writes.pop(mark.key, None)
        else:
            self._state_writes[mark.key] = mark.state_write
        if not mark.key_buffered:
            self._buffered_keys.discard(mark.key)
        self.forget_scope(mark.pid)

    # -- writing -------------------------------------------------------------------------------

    def flush(self) -> None:
        """Write everything held: states (multi-row INSERT or one UPDATE each), versions, log, quarantine."""
        inserts = [w for k, w in self._state_writes.items() if k not in self._in_db]
        updates = [
            {**w, "key_entity": w["entity"], "key_entity_id": w["entity_id"]}
            for k, w in self._state_writes.items()
            if k in self._in_db
        ]
        self._insert(_INSERT_STATE, inserts)
        if updates:
            self.conn.execute(_UPDATE_STATE, updates)
        self._insert(_INSERT_VERSION, self._versions)
        self._insert(_INSERT_CHANGE, self._changes)
        if self._quarantine:
            self.conn.execute(_INSERT_QUARANTINE, self._quarantine).all()
        self._in_db.update(self._state_writes)
        self._state_writes.clear()
        self._versions.clear()
        self._changes.clear()
        self._quarantine.clear()
        self._buffered_keys.clear()

    def _insert(self, statement: Insert, rows: list[dict[str, Any]]) -> None:
        """Insert many rows: COPY on PostgreSQL (what the bulk baseline does), multi-row INSERT elsewhere.

        Everything written this way is the server's own rendering (ids, numbers, ASCII JSON, times),
        so the database cannot refuse it for what a terminal sent; if it ever did, the batch is run
        again carefully, with plain INSERTs inside each change's savepoint.
        """
        if not rows:
            return
        if self.careful or len(rows) < _COPY_FROM or self.conn.dialect.name != "postgresql":
            self.conn.execute(statement, rows).all()
            return
        table = statement.table
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        driver = self.conn.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]
