"""Engines, migrations and the server epoch of the central record.

PostgreSQL (``postgresql+psycopg://...``) in production; SQLite (``sqlite:///path``) as the embedded
default. On SQLite every write transaction starts with ``BEGIN IMMEDIATE`` so writers serialise up
front, the journal is WAL (readers never block the writer) and foreign keys are enforced. On
PostgreSQL writers serialise on the ``seq_counter`` row (``SELECT ... FOR UPDATE``, held to commit)
and reads run at REPEATABLE READ so one request sees one snapshot.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    String,
    any_,
    bindparam,
    create_engine,
    event,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import make_url
from sqlalchemy.orm import QueryableAttribute

from workbench.central.models import SeqCounter, ServerMeta
from workbench.domain.errors import StorageError

log = logging.getLogger("workbench.central")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "central_alembic_version"
BUSY_TIMEOUT_S = 30
_MIGRATION_LOCK = 0x57_4B_43_45  # pg_advisory_xact_lock key: one instance migrates at a time


def utcnow() -> datetime:
    """Now in UTC without tzinfo (all stored times are naive UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_epoch() -> str:
    """A fresh random server epoch."""
    return secrets.token_hex(16)


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a SQLite central record at ``path``."""
    return f"sqlite:///{Path(path)}"


def one_of(
    conn: Connection, column: ColumnElement[str] | QueryableAttribute[str], values: list[str]
) -> ColumnElement[bool]:
    """``column IN values``, written so that the statement's text does not depend on how many.

    On PostgreSQL that is ``column = ANY(%(values)s::VARCHAR[])``: one array parameter, so the
    statement is compiled (and converted by the driver) once, not once per list length, which for
    the IN lists of a push batch cost about as much as running them. SQLite has no arrays: an IN list.
    """
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(String)))
    return column.in_(values)


_COUNTER = select(SeqCounter.value).where(SeqCounter.id == 1)
_COUNTER_FOR_UPDATE = _COUNTER.with_for_update()  # built once: every pushed change takes this lock


@dataclass
class Database:
    """An open central record: a writer engine and a reader engine on the same database."""

    url: str
    writer: Engine
    reader: Engine

    @property
    def is_sqlite(self) -> bool:
        """Whether this is the embedded SQLite backend."""
        return self.writer.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE on SQLite), committed on a clean exit."""
        with self.writer.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read-only snapshot (REPEATABLE READ on PostgreSQL, a deferred transaction on SQLite)."""
        with self.reader.connect() as conn, conn.begin():
            yield conn

    def lock_counter(self, conn: Connection) -> int:
        """Lock the sequence counter until this transaction ends; return the last allocated seq.

        On SQLite the transaction already holds the database's single write lock (BEGIN IMMEDIATE).
        """
        return int(conn.execute(_COUNTER if self.is_sqlite else _COUNTER_FOR_UPDATE).scalar_one())

    def close(self) -> None:
        """Release every pooled connection."""
        self.writer.dispose()
        self.reader.dispose()


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" below emits BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def create_engines(url: str) -> tuple[Engine, Engine]:
    """The writer and reader engines for ``url`` (SQLite or PostgreSQL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise StorageError("The central record needs a SQLite file, not an in-memory database.")
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        return _sqlite_engine(url, immediate=True), _sqlite_engine(url, immediate=False)
    if parsed.get_backend_name() != "postgresql":
        raise StorageError(
            f"The central record runs on PostgreSQL or SQLite, not {parsed.get_backend_name()}."
        )
    writer = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    reader = create_engine(
        url,
        pool_size=10,
        max_overflow=20,
        pool_pre_ping=True,
        isolation_level="REPEATABLE READ",
    )
    return writer, reader


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the code knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine) -> None:
    """Bring the schema to head; refuse a database written by a newer version."""
    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        current = MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE}
        ).get_current_revision()
        if current is not None and current not in known:
            raise StorageError(
                f"The central record's schema ({current}) is newer than this version knows ({head}). "
                "Run the newer version of the service; nothing has been changed."
            )
        if current != head:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            log.info("central record migrated from %s to %s", current, head)


def open_database(url: str) -> Database:
    """Open (creating and migrating as needed) the central record at ``url``."""
    writer, reader = create_engines(url)
    try:
        migrate(writer)
    except StorageError:
        writer.dispose()
        reader.dispose()
        raise
    except Exception as exc:
        writer.dispose()
        reader.dispose()
        raise StorageError(f"The central record could not be opened or migrated: {exc}") from exc
    return Database(url=url, writer=writer, reader=reader)


def current_epoch(conn: Connection) -> str:
    """The server epoch as stored."""
    return str(conn.execute(select(ServerMeta.epoch).where(ServerMeta.id == 1)).scalar_one())


def mark_restored(url: str) -> str:
    """Give the central record at ``url`` a new epoch; run it after restoring a backup.

    Terminals that see a new epoch re-push the acknowledged changes they retain, so changes the
    backup lost come back (DESIGN.md section 5, point 7). Returns the new epoch.
    """
    db = open_database(url)
    try:
        with db.write() as conn:
            old = current_epoch(conn)
            previous = conn.execute(select(ServerMeta.previous_epochs).where(ServerMeta.id == 1)).scalar_one()
            epoch = new_epoch()
            conn.execute(
                update(ServerMeta)
                .where(ServerMeta.id == 1)
                .values(
                    epoch=epoch,
                    restored_at=utcnow(),
                    previous_epochs=f"{previous} {old}".strip(),
                )
            )
        log.info("central record marked as restored: new epoch %s (was %s)", epoch, old)
        return epoch
    finally:
        db.close()
