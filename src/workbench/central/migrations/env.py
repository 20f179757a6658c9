"""Alembic environment of the central record: always run programmatically by ``central.db.migrate``."""

from __future__ import annotations

from alembic import context

from workbench.central.db import VERSION_TABLE
from workbench.central.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - central.db always passes its connection
    raise RuntimeError("Run central record migrations through workbench.central.db.open_database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
    compare_type=True,
)
context.run_migrations()
