"""A store as an earlier version left it, for the migration tests: only the real migrations below one."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from workbench.store import engine as engine_mod
from workbench.store.engine import Store, open_store


def open_store_before(path: Path, key: bytes, revision: int, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Open (and create) the store at ``path`` with the migrations before ``revision`` only."""

    def later(_folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n == "__pycache__" or (n[:4].isdigit() and int(n[:4]) >= revision)}

    old = path.parent / f"migrations-before-{revision:04d}"
    shutil.copytree(engine_mod.MIGRATIONS_DIR, old, ignore=later)
    with monkeypatch.context() as m:
        m.setattr(engine_mod, "MIGRATIONS_DIR", old)
        m.setattr(engine_mod, "SCHEMA_HEAD", f"{revision - 1:04d}")
        return open_store(path, key)


def insert_prisoner(conn: Any, prisoner_id: str = "p1", noms_number: str = "A1234BC") -> None:
    """A prisoner row with every column the old schema has filled (dates 20/11/2026, text "x")."""
    columns = conn.exec_driver_sql("PRAGMA table_info(prisoner)").all()
    values = {c[1]: ("2026-11-20" if "date" in c[1] or c[1] == "arrived_on" else "x") for c in columns}
    values.update(id=prisoner_id, server_version=None, created_at="2026-11-20 10:00:00")
    values.update(updated_at="2026-11-20 10:00:00", deleted_at=None, is_ppo=None, rosh_level=None)
    values.update(left_scope_at=None, deleted_by=None, delete_reason=None, noms_number=noms_number)
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.exec_driver_sql(f"INSERT INTO prisoner ({names}) VALUES ({marks})", tuple(values.values()))
