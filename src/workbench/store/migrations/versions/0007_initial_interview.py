"""initial interview: draft and signed interviews, and the referrals they raise (issue 8 point 1)

Only adds tables, and depends on no other helper's tables (the integrator re-chains it after 0006).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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
        "initial_interview",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("current_step", sa.String(length=16), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("draft_referrals", sa.Text(), nullable=False),
        sa.Column("first_contact_id", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by_id", sa.String(length=36), nullable=True),
        sa.Column("signed_by_name", sa.String(length=120), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_initial_interview_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initial_interview")),
    )
    with op.batch_alter_table("initial_interview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_initial_interview_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "interview_referral",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("area", sa.String(length=24), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("owner_role", sa.String(length=32), nullable=False),
        sa.Column("owner_name", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("status_changed_on", sa.Date(), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=False),
        sa.Column("updated_by_name", sa.String(length=120), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_interview_referral_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_referral")),
    )
    with op.batch_alter_table("interview_referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_referral_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interview_referral_interview_id"), ["interview_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("interview_referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_referral_interview_id"))
        batch_op.drop_index(batch_op.f("ix_interview_referral_prisoner_id"))
    op.drop_table("interview_referral")
    with op.batch_alter_table("initial_interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initial_interview_prisoner_id"))
    op.drop_table("initial_interview")
