"""The central record's migrations build exactly the tables its models describe (SQLite)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from workbench.central.db import VERSION_TABLE, open_database
from workbench.central.models import Base


def test_the_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        with db.read() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.close()
    # Alembic's own version table is the only table the models do not describe.
    assert [d for d in diffs if not (d[0] == "remove_table" and d[1].name == VERSION_TABLE)] == []
