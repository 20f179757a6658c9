"""the latest audit-trail head per device (issue 7 point 19)

Revision ID: c0002
Revises: c0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_audit_head",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("event_count", sa.BigInteger(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_device_audit_head_device_id_device")
        ),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_audit_head")),
    )


def downgrade() -> None:
    op.drop_table("device_audit_head")
