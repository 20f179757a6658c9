"""Alembic environment: always run programmatically with a connection from store.engine."""

from __future__ import annotations

from alembic import context

from workbench.store import registry
from workbench.store.models import Base

_ = registry.SYNCED_MODELS  # importing the registry puts every synced table on Base.metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes its connection
    raise RuntimeError("Run migrations through workbench.store.engine.open_store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
context.run_migrations()
