"""a flag for each audit head a terminal reported behind the kept one (issue 11 point 5)

Revision ID: c0003
Revises: c0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head_flag",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("kept_count", sa.BigInteger(), nullable=False),
        sa.Column("kept_hash", sa.String(length=64), nullable=False),
        sa.Column("reported_count", sa.BigInteger(), nullable=False),
        sa.Column("reported_hash", sa.String(length=64), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_audit_head_flag_device_id_device")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head_flag")),
    )
    op.create_index(op.f("ix_audit_head_flag_device_id"), "audit_head_flag", ["device_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_head_flag_device_id"), table_name="audit_head_flag")
    op.drop_table("audit_head_flag")
