"""review tasks: an index on (prisoner, trigger, source key), the review sweep's "already held?" question

Only adds an index (issue 10 point 1: the sweep over 20,000 prisoners in under a second asks it once
for every transfer, change of allocation and decision date inside its window).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 07:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_task") as batch_op:
        batch_op.create_index("ix_review_task_key", ["prisoner_id", "trigger", "source_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_task") as batch_op:
        batch_op.drop_index("ix_review_task_key")
