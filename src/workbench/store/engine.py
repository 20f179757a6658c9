"""Opening the encrypted local store: key, PRAGMAs, migrations, and refusing newer schemas.

The file is a SQLCipher 4 database. The 256-bit raw key is handed to SQLCipher as a hex blob, so no
passphrase derivation runs on open (a terminal opens it at every start).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from workbench.domain.errors import StorageError

log = logging.getLogger("workbench.store")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0003_corrections"
"""The newest migration revision. Alembic is imported only when a database is not at this revision
(it costs a fifth of a second at every start); a test checks this equals Alembic's head."""
KEY_BYTES = 32
WRITE_OPTION = "workbench_write"
"""Execution option marking an engine whose transactions write (BEGIN IMMEDIATE)."""
BUSY_TIMEOUT_MS = 10_000


@dataclass
class Store:
    """An open local store: the engine and the session factory casework uses."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]
    backup_path: Path | None = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (no transaction is committed)."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the code knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise StorageError(
            f"The local database {path} cannot be opened with the key held for it. Either the file is "
            "damaged or it belongs to another profile or OS user. Nothing has been changed; restore the "
            "key or the file, or start with another --data-dir."
        ) from exc
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def create_store_engine(path: Path, key: bytes) -> Engine:
    """An engine whose every connection is keyed and has the PRAGMAs of DESIGN.md section 5."""
    if len(key) != KEY_BYTES:
        raise StorageError(f"The database key must be {KEY_BYTES} bytes; the key store returned {len(key)}.")
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,  # so driver errors arrive wrapped as sqlalchemy.exc errors
        creator=lambda: _connect(path, key),
        # "sqlite://" alone would pick SingletonThreadPool (it looks like :memory:): one shared
        # connection per thread, so two sessions in a thread would share a transaction.
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
    )

    # The driver runs in autocommit mode (isolation_level=None), so SQLAlchemy's begin is where the
    # transaction starts: writers (engines with the WRITE option, used by UnitOfWork) take the write
    # lock up front with BEGIN IMMEDIATE so they serialise and the audit chain never forks; readers
    # take a deferred BEGIN and, under WAL, never wait for a writer.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for an empty one), read without importing Alembic."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if not has_table:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        return str(rows[0][0]) if rows else None


def _backup(path: Path, engine: Engine, revision: str | None) -> Path:
    # A checkpoint cannot run inside a transaction, so use the raw (autocommit) driver connection.
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-migration-{revision or 'empty'}-{stamp}.bak")
    shutil.copy2(path, target)
    return target


def open_store(path: Path, key: bytes) -> Store:
    """Open (creating if needed) and migrate the store at ``path``; refuse a newer schema.

    Before any migration of an existing database the file is copied beside itself (still encrypted).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    engine = create_store_engine(path, key)
    try:
        current = _current_revision(engine)
        backup_path = None
        if current != SCHEMA_HEAD:
            backup_path = _migrate(path, engine, current, existed)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StorageError(f"The local database could not be opened or migrated: {exc}") from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    write_sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
    return Store(
        path=path, engine=engine, sessions=sessions, write_sessions=write_sessions, backup_path=backup_path
    )


def _migrate(path: Path, engine: Engine, current: str | None, existed: bool) -> Path | None:
    """Refuse a newer schema; otherwise back up an existing database and upgrade it to head."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise StorageError(
            f"This database ({path.name}) was written by a newer version of the workbench "
            f"(schema {current}; this version knows up to {head}). Install the newer version. "
            "This version will not open it, so nothing in it has been changed."
        )
    backup_path = None
    if current != head:
        if existed and current is not None:
            backup_path = _backup(path, engine, current)
            log.info("backed up the database before migrating to %s", backup_path.name)
        cfg = _alembic_config()
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        log.info("database migrated from %s to %s", current, head)
    return backup_path
