"""sentence key dates: ARD, THD, categorisation review, open conditions, open prison, early allocation (issue 10)

Only adds nullable columns to ``sentence``: every existing row keeps its values and reads "not recorded"
for the new facts (the handover page then says what it assumed).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 06:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_DATES = (
    "automatic_release_date",
    "target_hearing_date",
    "categorisation_review_date",
    "open_conditions_date",
    "open_conditions_since",
    "open_prison_arrival_date",
)


def upgrade() -> None:
    # Nullable, no default: NULL is "not recorded", which the handover rules must be able to tell apart
    # from a recorded "no" (early_allocation False).
    with op.batch_alter_table("sentence", schema=None) as batch_op:
        for name in _DATES:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("early_allocation", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sentence", schema=None) as batch_op:
        batch_op.drop_column("early_allocation")
        for name in reversed(_DATES):
            batch_op.drop_column(name)
