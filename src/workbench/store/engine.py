"""Opening the encrypted local store: key, PRAGMAs, migrations, and refusing newer schemas.

The file is a SQLCipher 4 database. The 256-bit raw key is handed to SQLCipher as a hex blob, so no
passphrase derivation runs on open (a terminal opens it at every start).
"""

from __future__ import annotations

import logging
import os
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

from workbench.domain.errors import StorageError, StoreDamaged, StoreMissing

log = logging.getLogger("workbench.store")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0013"
"""The newest migration revision. Alembic is imported only when a database is not at this revision
(it costs a fifth of a second at every start); a test checks this equals Alembic's head."""
KEY_BYTES = 32
WRITE_OPTION = "workbench_write"
"""Execution option marking an engine whose transactions write (BEGIN IMMEDIATE)."""
BUSY_TIMEOUT_MS = 10_000
PRIVATE_FILE_MODE = 0o600
PROFILE_ID_KEY = "profile_id"
"""The ``workbench_meta`` row naming the profile a database belongs to (restore compares it)."""
SIDE_FILES = ("-wal", "-shm", "-journal")

_DAMAGE_SIGNS = ("malformed", "file is not a database", "file is encrypted", "database corrupt")

RESTORE_HINT = (
    "To restore, close the workbench and run `workbench store restore FILE` (add --demo for the demo "
    "profile, or --data-dir DIR) with your latest copy made by `workbench store backup`; copies kept "
    "before migrations (*.before-migration-*.bak) and before restores (*.before-restore-*) are beside "
    "the database. Ask your local IT support if you have no copy."
)


def missing_message(path: Path) -> str:
    """What to say when a profile's database has gone (missing or emptied)."""
    what = "is missing" if not path.exists() else "is empty (0 bytes)"
    return (
        f"The local database {path} {what}, but this profile already had one: its records were "
        "lost or the file was moved. The workbench will not start again with an empty database, so "
        f"nothing has been created or changed. {RESTORE_HINT}"
    )


def damaged_message(path: Path, detail: str) -> str:
    """What to say when SQLite reports the database damaged."""
    return (
        f"The local database {path} is damaged (SQLite: {detail}). Nothing more has been written to "
        "it. Records not yet synced may be in it: keep the file, and run `workbench store check` to "
        f"see what is wrong. {RESTORE_HINT}"
    )


def is_damage(exc: BaseException) -> bool:
    """Whether a driver error says the database file is damaged (rather than busy, full or misused)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(sign in text for sign in _DAMAGE_SIGNS)


def make_private(path: Path) -> None:
    """Make the database and its WAL/SHM files readable by this OS user only (0600 on POSIX)."""
    if os.name != "posix":
        return
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)):
        if candidate.exists():
            candidate.chmod(PRIVATE_FILE_MODE)


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
    # SQLCipher would also print its own errors to stderr; ours (below) say what to do instead.
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        # Encrypted pages look alike whether the key is wrong or the first page is damaged.
        raise StoreDamaged(
            f"The local database {path} cannot be opened with the key held for it. Either the file is "
            "damaged or it belongs to another profile or OS user. Nothing has been changed; restore the "
            f"key or the file, or start with another --data-dir. {RESTORE_HINT}"
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

    # A damaged page surfaces wherever it is first read (a caseload query, the audit walk): every
    # such driver error becomes StoreDamaged, which the GUI and the command line explain.
    @event.listens_for(engine, "handle_error")
    def _damaged(context: Any) -> BaseException | None:
        original = context.original_exception
        if isinstance(original, StorageError):
            return None
        if is_damage(original):
            return StoreDamaged(damaged_message(path, str(original)))
        return None

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


def open_store(path: Path, key: bytes, *, create: bool = True, profile_id: str | None = None) -> Store:
    """Open and migrate the store at ``path``; refuse a newer schema.

    With ``create`` False a missing or empty file raises ``StoreMissing`` and nothing is written:
    a profile whose database existed must never silently start again. With ``profile_id`` the
    database records the profile it belongs to (once) and refuses to open for another profile.
    Before any migration of an existing database the file is copied beside itself (still encrypted).
    The database and its WAL/SHM files are made private (0600).
    """
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise StoreMissing(missing_message(path))
    engine = create_store_engine(path, key)  # checks the key; connects only when first used
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Created 0600 before SQLite opens it, so the WAL and SHM files (which copy its mode) are too.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    make_private(path)
    try:
        current = _current_revision(engine)
        if existed and current is None and not create:
            # Not the database this profile wrote (that always has a schema): treat it as lost.
            raise StoreMissing(missing_message(path).replace("is empty (0 bytes)", "holds no records"))
        backup_path = None
        if current != SCHEMA_HEAD:
            backup_path = _migrate(path, engine, current, existed)
        if profile_id is not None:
            _claim(path, engine, profile_id)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if is_damage(exc):
            raise StoreDamaged(damaged_message(path, str(exc))) from exc
        raise StorageError(f"The local database could not be opened or migrated: {exc}") from exc
    make_private(path)
    if backup_path is not None:
        make_private(backup_path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    write_sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
    return Store(
        path=path, engine=engine, sessions=sessions, write_sessions=write_sessions, backup_path=backup_path
    )


def stored_profile_id(engine: Engine) -> str | None:
    """The profile id recorded inside the database, or None (databases from before it was recorded)."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT value FROM workbench_meta WHERE key = ?", (PROFILE_ID_KEY,)
        ).first()
    return str(row[0]) if row else None


def _claim(path: Path, engine: Engine, profile_id: str) -> None:
    """Record the owning profile in the database once; refuse a database of another profile."""
    stored = stored_profile_id(engine)
    if stored == profile_id:
        return
    if stored is not None:
        raise StorageError(
            f"The local database {path} belongs to another profile ({stored}), not to this one "
            f"({profile_id}). Nothing has been changed; put back this profile's own database "
            "or start with the --data-dir of the profile it belongs to."
        )
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO workbench_meta (key, value) VALUES (?, ?)", (PROFILE_ID_KEY, profile_id)
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
