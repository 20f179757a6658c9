"""children at risk and identifiable victims; the risk management plan's notes on empty categories

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 23:55:00

Only adds: two new tables and one column with a server default (the integrator re-chains revisions).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "child_concern",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("child", sa.String(length=120), nullable=False),
        sa.Column("relationship", sa.String(length=120), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("known_to_childrens_services", sa.Boolean(), nullable=True),
        sa.Column("child_protection_status", sa.String(length=24), nullable=False),
        sa.Column("visits_measure", sa.Text(), nullable=False),
        sa.Column("phone_measure", sa.Text(), nullable=False),
        sa.Column("mail_measure", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_child_concern_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_concern")),
    )
    with op.batch_alter_table("child_concern", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_concern_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "victim",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("victim", sa.String(length=120), nullable=False),
        sa.Column("relationship", sa.String(length=120), nullable=False),
        sa.Column("liaison_contact", sa.String(length=200), nullable=False),
        sa.Column("victim_awareness", sa.String(length=16), nullable=False),
        sa.Column("victim_awareness_notes", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_victim_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim")),
    )
    with op.batch_alter_table("victim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_victim_prisoner_id"), ["prisoner_id"], unique=False)

    # Why a category of the plan has no measure (seed 3.11: signing needs a measure or a reason). A plain
    # ADD COLUMN (SQLite takes one with a constant default in place): no copy of the table is needed.
    op.add_column(
        "risk_management_plan", sa.Column("category_notes", sa.Text(), nullable=False, server_default="{}")
    )


def downgrade() -> None:
    with op.batch_alter_table("risk_management_plan", schema=None) as batch_op:
        batch_op.drop_column("category_notes")
    with op.batch_alter_table("victim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_victim_prisoner_id"))
    op.drop_table("victim")
    with op.batch_alter_table("child_concern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_concern_prisoner_id"))
    op.drop_table("child_concern")
