"""Checking, backing up and restoring the encrypted local store (``workbench store check|backup|restore``).

A backup is made with SQLite's online backup API from the open database into a new file keyed with
the same key, so the copy is as encrypted as the original and consistent even while the workbench
runs. A restore never opens the current database: it checks the copy (the key opens it, SQLite finds
it intact, the schema is not newer, it names this profile), sets the current files aside under a
dated name, and only then moves the checked copy into place.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from workbench.domain.errors import StorageError, StoreDamaged
from workbench.store.audit import ChainReport, trail_head, verify_chain
from workbench.store.audit_head import AuditHead, head_path, read_head, write_head
from workbench.store.engine import (
    PRIVATE_FILE_MODE,
    PROFILE_ID_KEY,
    SCHEMA_HEAD,
    SIDE_FILES,
    Store,
    damaged_message,
    is_damage,
    make_private,
    open_store,
)


@dataclass(frozen=True)
class CheckReport:
    """What ``workbench store check`` found: SQLite's integrity check and the audit chain."""

    integrity_problems: list[str]
    audit: ChainReport | None
    audit_problem: str | None = None

    @property
    def ok(self) -> bool:
        """True only when SQLite finds the file intact and the audit chain holds."""
        return not self.integrity_problems and self.audit is not None and self.audit.ok


@dataclass(frozen=True)
class RestoreResult:
    """Where the restored copy came from and where the replaced files were kept."""

    source: Path
    set_aside: list[Path] = field(default_factory=list)


def _keyed(path: Path, key: bytes) -> Any:
    """A plain driver connection to ``path`` with the store's key (no PRAGMAs, autocommit)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _integrity(conn: Any) -> list[str]:
    """SQLite's ``PRAGMA integrity_check`` rows, or [] when it answers "ok"."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    if rows == ["ok"]:
        return []
    lines = [line.strip() for row in rows for line in row.splitlines()]
    return [line for line in lines if line and not line.startswith("***")]


def check_store(store: Store) -> CheckReport:
    """Run SQLite's integrity check over the whole file, then verify the audit chain."""
    raw = store.engine.raw_connection()
    try:
        problems = _integrity(raw.driver_connection)
    finally:
        raw.close()
    try:
        with store.sessions() as session:
            return CheckReport(problems, verify_chain(session, read_head(store.path)))
    except StoreDamaged as exc:
        return CheckReport(problems, None, exc.message)


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def _remove(path: Path) -> None:
    for candidate in (path, *_side_files(path)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)


def backup_store(store: Store, key: bytes, target: Path, *, force: bool = False) -> list[str]:
    """Copy the open store into ``target`` (still encrypted with ``key``) with SQLite's online backup.

    Refuses to overwrite an existing file unless ``force``, and refuses the database itself. Returns
    the integrity problems SQLite finds in the copy ([] for a sound copy); a copy of a damaged
    database is still written, since it may hold records not synced yet.
    """
    target = target.expanduser().resolve()
    live = store.path.resolve()
    if target == live or target in [p.resolve() for p in _side_files(live)]:
        raise StorageError(f"{target} is the database itself; choose another file for the backup.")
    if target.is_dir():
        raise StorageError(f"{target} is a folder; give the name of the backup file to write.")
    if target.exists() and not force:
        raise StorageError(f"{target} already exists; nothing was written. Add --force to replace it.")
    if not target.parent.is_dir():
        raise StorageError(f"The folder {target.parent} does not exist; nothing was written.")
    partial = target.with_name(target.name + ".partial")
    _remove(partial)
    _new_private_file(partial)
    try:
        dest = _keyed(partial, key)
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
            problems = _integrity(dest)
        finally:
            raw.close()
            dest.close()
    except sqlcipher3.DatabaseError as exc:
        _remove(partial)
        if is_damage(exc):
            raise StoreDamaged(damaged_message(store.path, str(exc))) from exc
        raise StorageError(f"The backup could not be written: {exc}. Nothing was replaced.") from exc
    except BaseException:
        _remove(partial)
        raise
    make_private(partial)
    os.replace(partial, target)
    make_private(target)
    return problems


def restore_store(
    path: Path,
    key: bytes,
    source: Path,
    profile_id: str,
    *,
    prepare: Callable[[Store], None] | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the database at ``path`` with the checked copy ``source``.

    Refused (nothing changed) when the copy is missing or empty, cannot be opened with this profile's
    key, fails SQLite's integrity check, was written by a newer version, or names another profile.
    The current database, if any, is never opened (it may be damaged): its files are renamed to
    ``<name>.before-restore-<UTC stamp>`` beside it. ``prepare`` is run on the checked copy before it
    goes into place (the composition root uses it to make the restored data re-sync safely).
    """
    source = source.expanduser().resolve()
    if not source.is_file() or source.stat().st_size == 0:
        raise StorageError(f"{source} is missing or empty; nothing has been changed.")
    if source == path.resolve():
        raise StorageError(f"{source} is the database itself; give the backup file to restore from.")
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    staged = path.with_name(f"{path.name}.restoring-{stamp}")
    _remove(staged)
    _new_private_file(staged)
    try:
        _stage(source, staged, key, profile_id)
        staged_store = open_store(staged, key, create=False, profile_id=profile_id)
        try:
            if prepare is not None:
                prepare(staged_store)
            with staged_store.sessions() as session:
                head = trail_head(session)
        finally:
            staged_store.close()
        set_aside = _set_aside(path, stamp)
        os.replace(staged, path)
    except BaseException:
        _remove(staged)
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            head_path(staged).unlink()
    make_private(path)
    _reanchor(path, head, stamp, set_aside)
    return RestoreResult(source, set_aside)


def _reanchor(path: Path, head: AuditHead, stamp: str, set_aside: list[Path]) -> None:
    """A restore shortens the trail on purpose: the old anchor is kept aside with the old database
    (evidence of what was replaced) and a new one is written from the restored trail, so `audit verify`
    checks the restored data from here on. The central record still holds the device's longer head
    until an administrator runs `workbench central forget-audit-head` (docs/operations.md)."""
    old = head_path(path)
    if old.exists():
        aside = old.with_name(f"{path.name}.before-restore-{stamp}{old.name[len(path.name) :]}")
        os.replace(old, aside)
        set_aside.append(aside)
    write_head(path, head)


def _stage(source: Path, staged: Path, key: bytes, profile_id: str) -> None:
    """Copy ``source`` into ``staged`` through SQLite (the source may have a WAL) and check the copy."""
    src = _keyed(source, key)
    try:
        try:
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise StorageError(
                f"{source} cannot be opened with this profile's key: it is a backup of another profile "
                "(or not a workbench backup at all), or it is damaged. Nothing has been changed."
            ) from exc
        dest = _keyed(staged, key)
        try:
            src.backup(dest)
            problems = _integrity(dest)
            if problems:
                raise StoreDamaged(
                    f"{source} fails SQLite's integrity check ({'; '.join(problems[:3])}); it will not "
                    "be restored. Nothing has been changed; try an older backup."
                )
            _refuse_foreign(dest, source, profile_id)
        finally:
            dest.close()
    finally:
        src.close()


def _refuse_foreign(conn: Any, source: Path, profile_id: str) -> None:
    """Refuse a copy that is not a workbench database, is newer, or names another profile."""
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        owner = conn.execute("SELECT value FROM workbench_meta WHERE key = ?", (PROFILE_ID_KEY,)).fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise StorageError(
            f"{source} is not a workbench database ({exc}); nothing has been changed."
        ) from exc
    if revision is None:
        raise StorageError(f"{source} holds no workbench records; nothing has been changed.")
    if str(revision[0]) > SCHEMA_HEAD:
        raise StorageError(
            f"{source} was written by a newer version of the workbench (schema {revision[0]}); install "
            "that version to restore it. Nothing has been changed."
        )
    if owner is not None and str(owner[0]) != profile_id:
        raise StorageError(
            f"{source} is a backup of another profile ({owner[0]}), not of this one ({profile_id}); it "
            "will not be restored. Nothing has been changed."
        )


def _set_aside(path: Path, stamp: str) -> list[Path]:
    """Rename the current database and its WAL/SHM to ``<name>.before-restore-<stamp>[-wal|-shm]``."""
    kept: list[Path] = []
    aside = path.with_name(f"{path.name}.before-restore-{stamp}")
    for current, suffix in (
        (path, ""),
        *((p, s) for p, s in zip(_side_files(path), SIDE_FILES, strict=True)),
    ):
        if current.exists():
            target = aside.with_name(aside.name + suffix)
            os.replace(current, target)
            kept.append(target)
    return kept
