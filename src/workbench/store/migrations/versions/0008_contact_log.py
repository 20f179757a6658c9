"""contact log: time, author role, restriction, links and correction reason on contact entries (issue 8)

Only adds nullable columns, so entries written before (and by older terminals) stay valid.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 23:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("contact_time", sa.String(length=5)),
    ("author_role", sa.String(length=16)),
    ("restricted", sa.String(length=24)),
    ("referral_id", sa.String(length=36)),
    ("objective_id", sa.String(length=36)),
    ("correction_reason", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("contact_entry", schema=None) as batch_op:
        for name, type_ in _COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact_entry", schema=None) as batch_op:
        for name, _ in reversed(_COLUMNS):
            batch_op.drop_column(name)
