"""outbox: an index on (status, acked_at), for trimming acknowledged changes kept past their retention

Only adds an index. Each sync ends by deleting the acknowledged changes older than the retention
period; without it that read every acknowledged row still kept (24,000 after the first sync of an
establishment of 400 prisoners), at every sync.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 13:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.create_index("ix_outbox_status_acked", ["status", "acked_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_index("ix_outbox_status_acked")
