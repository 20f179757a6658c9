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
from typing import Any

import sqlcipher3
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from workbench.domain.errors import StorageError

log = logging.getLogger("workbench.store")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000


@dataclass
class Store:
    """An open local store: the engine and the session factory casework uses."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (no transaction is committed)."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the code knows."""
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
        creator=lambda: _connect(path, key),
        poolclass=NullPool if str(path) == ":memory:" else None,
    )

    # The driver runs in autocommit mode (isolation_level=None); SQLAlchemy's transaction begins
    # with BEGIN IMMEDIATE so writers serialise up front and the audit chain never forks.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _backup(path: Path, engine: Engine, revision: str | None) -> Path:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.rollback()
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
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            log.info("database migrated from %s to %s", current, head)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StorageError(f"The local database could not be opened or migrated: {exc}") from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Store(path=path, engine=engine, sessions=sessions, backup_path=backup_path)
