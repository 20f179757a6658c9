"""Opening the encrypted store: schema, PRAGMAs, encryption at rest, refusing newer schemas, backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from workbench.domain.errors import StorageError, StoreDamaged, StoreMissing
from workbench.store import engine as engine_mod
from workbench.store.engine import BUSY_TIMEOUT_MS, Store, create_store_engine, head_revision, open_store
from workbench.store.models import Base

SQLITE_MAGIC = b"SQLite format 3\x00"


def _files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes (to show that nothing was written)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _revision(path: Path, key: bytes) -> str | None:
    engine = create_store_engine(path, key)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def closed_db(tmp_path: Path, key: bytes) -> Path:
    """A migrated database that has been closed again (so the WAL is checkpointed into the file)."""
    path = tmp_path / "workbench.db"
    open_store(path, key).close()
    return path


def test_migrating_an_empty_file_creates_every_table(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()


def test_models_and_migrations_agree(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        diffs = compare_metadata(ctx, Base.metadata)
    assert diffs == []


PRAGMAS = [
    ("journal_mode", "wal"),
    ("synchronous", 2),  # FULL (DESIGN.md section 5 point 1)
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
]


def _pragma(store: Store, pragma: str) -> object:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()


@pytest.mark.parametrize(("pragma", "expected"), PRAGMAS)
def test_every_connection_has_the_pragmas(store: Store, pragma: str, expected: object) -> None:
    # Connections one after another, and one opened on another thread (its own DBAPI connection).
    assert _pragma(store, pragma) == expected
    assert _pragma(store, pragma) == expected
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(_pragma, store, pragma).result() == expected


@pytest.mark.parametrize(("pragma", "expected"), PRAGMAS)
def test_a_fresh_engine_on_an_existing_file_has_the_pragmas(
    closed_db: Path, key: bytes, pragma: str, expected: object
) -> None:
    engine = create_store_engine(closed_db, key)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected
    finally:
        engine.dispose()


def test_two_connections_in_one_thread_are_independent(store: Store) -> None:
    with store.engine.connect() as first, store.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_read_does_not_wait_for_an_open_write(
    tmp_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)  # fail fast instead of after 10 s
    store = open_store(tmp_path / "workbench.db", key)
    try:
        with store.engine.begin() as writer:
            writer.exec_driver_sql(
                "INSERT INTO workbench_meta (key, value) VALUES ('pending', 'uncommitted')"
            )
            with ThreadPoolExecutor(max_workers=1) as pool:
                seen = pool.submit(_count_meta, store).result()
        assert seen == 0  # the reader sees the last committed state, without waiting
    finally:
        store.close()


def _count_meta(store: Store) -> int:
    with store.read() as session:
        return int(session.execute(text("SELECT count(*) FROM workbench_meta")).scalar_one())


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY constraint failed"), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sentence (id, created_at, updated_at, prisoner_id, is_current, sentence_type) "
            "VALUES ('s1', '2026-01-01', '2026-01-01', 'no-such-prisoner', 1, 'DETERMINATE')"
        )


def test_database_errors_arrive_as_sqlalchemy_errors(store: Store) -> None:
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sentence (id, created_at, updated_at, prisoner_id, is_current, sentence_type) "
            "VALUES ('s1', '2026-01-01', '2026-01-01', 'no-such-prisoner', 1, 'DETERMINATE')"
        )


def test_the_file_is_encrypted_at_rest(closed_db: Path) -> None:
    data = closed_db.read_bytes()
    assert data[:16] != SQLITE_MAGIC
    assert b"alembic_version" not in data and b"CREATE TABLE" not in data
    plain = sqlite3.connect(closed_db)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            plain.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        plain.close()


def test_a_wrong_key_is_refused_clearly_and_changes_nothing(closed_db: Path) -> None:
    before = _files(closed_db.parent)
    with pytest.raises(StorageError) as caught:
        open_store(closed_db, os.urandom(32))
    message = caught.value.message
    assert "cannot be opened with the key held for it" in message
    assert "Nothing has been changed" in message
    assert str(closed_db) in message
    assert _files(closed_db.parent) == before


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_a_key_of_the_wrong_length_is_refused(tmp_path: Path, length: int) -> None:
    with pytest.raises(StorageError, match=f"must be 32 bytes; the key store returned {length}"):
        open_store(tmp_path / "workbench.db", b"k" * length)
    assert not (tmp_path / "workbench.db").exists()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(closed_db: Path, key: bytes) -> None:
    engine = create_store_engine(closed_db, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()
    before = _files(closed_db.parent)

    with pytest.raises(StorageError) as caught:
        open_store(closed_db, key)

    message = caught.value.message
    assert "newer version" in message
    assert "9999_from_the_future" in message and head_revision() in message
    assert "nothing in it has been changed" in message
    assert _files(closed_db.parent) == before  # byte-identical, and no backup or other file written


def test_opening_an_up_to_date_database_makes_no_backup(closed_db: Path, key: bytes) -> None:
    reopened = open_store(closed_db, key)
    reopened.close()
    assert reopened.backup_path is None
    assert [p.name for p in closed_db.parent.iterdir() if ".bak" in p.name] == []


def test_a_new_database_makes_no_backup(store: Store) -> None:
    assert store.backup_path is None
    assert [p.name for p in store.path.parent.iterdir() if ".bak" in p.name] == []


def test_backup_is_a_complete_encrypted_copy(closed_db: Path, key: bytes) -> None:
    store = open_store(closed_db, key)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO workbench_meta (key, value) VALUES ('marker', 'in the wal')")
    try:
        backup = engine_mod._backup(closed_db, store.engine, "0001")
    finally:
        store.close()
    assert backup.parent == closed_db.parent
    assert backup.name.startswith("workbench.db.before-migration-0001-") and backup.name.endswith(".bak")
    assert backup.read_bytes()[:16] != SQLITE_MAGIC
    # The WAL was checkpointed first, so the copy alone holds the latest committed write.
    copy = create_store_engine(backup, key)
    try:
        with copy.connect() as conn:
            assert (
                conn.exec_driver_sql("SELECT value FROM workbench_meta WHERE key = 'marker'").scalar()
                == "in the wal"
            )
    finally:
        copy.dispose()


_EXTRA_MIGRATION = '''
"""test-only second revision"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test_only"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_only_table", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_only_table")
'''


def test_an_older_database_is_backed_up_before_it_is_migrated(
    closed_db: Path, key: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of the real migrations plus one newer, test-only revision: the store on disk is then
    # "older" than the code, exactly as after an upgrade of the workbench.
    migrations = tmp_path / "migrations"
    shutil.copytree(engine_mod.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9998_test_only.py").write_text(_EXTRA_MIGRATION.format(head=head_revision()))
    old_bytes = closed_db.read_bytes()
    old_head = head_revision()
    monkeypatch.setattr(engine_mod, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(engine_mod, "SCHEMA_HEAD", "0002_test_only")

    migrated = open_store(closed_db, key)
    migrated.close()

    assert migrated.backup_path is not None
    assert migrated.backup_path.name.startswith(f"workbench.db.before-migration-{old_head}-")
    assert migrated.backup_path.read_bytes() == old_bytes
    assert _revision(migrated.backup_path, key) == old_head
    assert _revision(closed_db, key) == "0002_test_only"


def test_schema_head_constant_is_alembic_head() -> None:
    # open_store skips importing Alembic when a database is at SCHEMA_HEAD; a new migration must move it.
    assert engine_mod.head_revision() == engine_mod.SCHEMA_HEAD


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_without_create_a_missing_or_empty_database_is_refused_and_not_created(
    tmp_path: Path, key: bytes, how: str
) -> None:
    path = tmp_path / "workbench.db"
    if how == "empty":
        path.write_bytes(b"")
    with pytest.raises(StoreMissing) as caught:
        open_store(path, key, create=False)
    assert "workbench store restore FILE" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == (["workbench.db"] if how == "empty" else [])
    assert not path.exists() or path.stat().st_size == 0


def test_a_database_records_its_profile_and_refuses_another(closed_db: Path, key: bytes) -> None:
    mine, other = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
    open_store(closed_db, key, profile_id=mine).close()
    reopened = open_store(closed_db, key, profile_id=mine)
    assert engine_mod.stored_profile_id(reopened.engine) == mine
    reopened.close()
    with pytest.raises(StorageError, match="belongs to another profile"):
        open_store(closed_db, key, profile_id=other)


def test_a_damaged_page_read_through_the_engine_raises_store_damaged(closed_db: Path, key: bytes) -> None:
    with closed_db.open("r+b") as handle:
        for page in range(2, closed_db.stat().st_size // 4096):
            handle.seek(page * 4096 + 100)
            handle.write(b"\xff" * 64)
    with pytest.raises(StoreDamaged, match="is damaged"):
        store = open_store(closed_db, key, create=False)
        try:
            with store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT * FROM audit_event").all()
        finally:
            store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_database_and_its_wal_are_private(tmp_path: Path, key: bytes) -> None:
    store = open_store(tmp_path / "workbench.db", key)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO workbench_meta (key, value) VALUES ('k', 'v')")
        files = [p for p in tmp_path.iterdir() if p.name.startswith("workbench.db")]
        assert {p.name for p in files} >= {"workbench.db", "workbench.db-wal"}
        assert {p.name: p.stat().st_mode & 0o777 for p in files} == {p.name: 0o600 for p in files}
    finally:
        store.close()
