"""Migration 0008 (issue 8 point 8): contact entries written before it keep every value; new columns empty."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from old_store import insert_prisoner, open_store_before
from sqlalchemy import select

from workbench.store.engine import open_store
from workbench.store.models import ContactEntry

_NEW = ("contact_time", "author_role", "restricted", "referral_id", "objective_id", "correction_reason")


def test_entries_from_before_the_contact_log_survive_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, path = os.urandom(32), tmp_path / "workbench.db"
    store = open_store_before(path, key, 8, monkeypatch)
    with store.engine.begin() as conn:
        insert_prisoner(conn)
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
