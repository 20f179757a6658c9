"""Migration 0008 (issue 8 point 8): contact entries written before it keep every value; new columns empty."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.store import engine as engine_mod
from workbench.store.engine import open_store
from workbench.store.models import ContactEntry

_NEW = ("contact_time", "author_role", "restricted", "referral_id", "objective_id", "correction_reason")


def _before_0008(_folder: str, names: list[str]) -> set[str]:
    """Leave out 0008 and every later migration (and caches): the store as it was before the contact log."""
    return {n for n in names if n == "__pycache__" or (n[:4].isdigit() and int(n[:4]) >= 8)}


def test_entries_from_before_the_contact_log_survive_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, path = os.urandom(32), tmp_path / "workbench.db"
    # A store as the previous version left it: the real migrations up to 0004.
    old = tmp_path / "migrations"
    shutil.copytree(engine_mod.MIGRATIONS_DIR, old, ignore=_before_0008)
    with monkeypatch.context() as m:
        m.setattr(engine_mod, "MIGRATIONS_DIR", old)
        m.setattr(engine_mod, "SCHEMA_HEAD", "0004")
        store = open_store(path, key)
        with store.engine.begin() as conn:
            columns = conn.exec_driver_sql("PRAGMA table_info(prisoner)").all()
            values = {
                c[1]: ("2026-11-20" if "date" in c[1] or c[1] == "arrived_on" else "x") for c in columns
            }
            values.update(id="p1", server_version=None, created_at="2026-11-20 10:00:00")
            values.update(updated_at="2026-11-20 10:00:00", deleted_at=None, is_ppo=None, rosh_level=None)
            values.update(left_scope_at=None, deleted_by=None, delete_reason=None, noms_number="A1234BC")
            names = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            conn.exec_driver_sql(f"INSERT INTO prisoner ({names}) VALUES ({marks})", tuple(values.values()))
            conn.exec_driver_sql(
                "INSERT INTO contact_entry (id, prisoner_id, contact_date, kind, summary, author_id, "
                "author_name, supersedes_id, server_version, created_at, updated_at) VALUES "
                "('c1', 'p1', '2026-11-24', 'FIRST_CONTACT', 'Seen on the wing.', 'u1', 'Sam Supervisor', "
                "NULL, 7, '2026-11-24 10:00:00', '2026-11-24 10:00:00')"
            )
        store.close()

    upgraded = open_store(path, key)
    try:
        assert upgraded.backup_path is not None  # the old file was copied before migrating
        with upgraded.read() as s:
            row = s.scalars(select(ContactEntry)).one()
        assert (row.id, row.kind, row.summary, row.author_name, row.server_version) == (
            "c1",
            "FIRST_CONTACT",
            "Seen on the wing.",
            "Sam Supervisor",
            7,
        )
        assert [getattr(row, name) for name in _NEW] == [None] * len(_NEW)
    finally:
        upgraded.close()
