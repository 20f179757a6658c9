"""prisoner corrections: the history of details corrected after reception (issue 7 point 5)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 21:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "prisoner_correction",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("corrected_on", sa.Date(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_prisoner_correction_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prisoner_correction")),
    )
    with op.batch_alter_table("prisoner_correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prisoner_correction_prisoner_id"), ["prisoner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("prisoner_correction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prisoner_correction_prisoner_id"))
    op.drop_table("prisoner_correction")
