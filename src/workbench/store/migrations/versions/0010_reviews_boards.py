"""reviews and boards: review tasks, reviews (draft and signed), boards, invitees, board records (issue 10)

Only adds tables.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_TABLES = ("board_record", "board_invitee", "board", "review", "review_task")


def upgrade() -> None:
    op.create_table(
        "review_task",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("trigger", sa.String(length=32), nullable=False),
        sa.Column("source_event_id", sa.String(length=36), nullable=True),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("snooze_reason", sa.Text(), nullable=False),
        sa.Column("closed_by_review_id", sa.String(length=36), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_review_task_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_task")),
    )
    with op.batch_alter_table("review_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_task_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "review",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("board_id", sa.String(length=36), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("progress", sa.Text(), nullable=False),
        sa.Column("plan_changes", sa.Text(), nullable=False),
        sa.Column("rmp_changes", sa.Text(), nullable=False),
        sa.Column("no_change_reason", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("armed", sa.Text(), nullable=False),
        sa.Column("answers_task_ids", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by_id", sa.String(length=36), nullable=True),
        sa.Column("signed_by_name", sa.String(length=120), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_review_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "board",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("scheduled_on", sa.Date(), nullable=False),
        sa.Column("scheduled_time", sa.String(length=5), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("chair_name", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("scheduled_by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["prisoner_id"], ["prisoner.id"], name=op.f("fk_board_prisoner_id_prisoner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board")),
    )
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "board_invitee",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("board_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("department", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("contribution_request_id", sa.String(length=36), nullable=True),
        sa.Column("attendance", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_board_invitee_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_invitee")),
    )
    with op.batch_alter_table("board_invitee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_invitee_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_board_invitee_board_id"), ["board_id"], unique=False)

    op.create_table(
        "board_record",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("board_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("attendance", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("prisoner_views", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("review_id", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("signed_by_id", sa.String(length=36), nullable=False),
        sa.Column("signed_by_name", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_board_record_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_record")),
    )
    with op.batch_alter_table("board_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_record_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_board_record_board_id"), ["board_id"], unique=False)


def downgrade() -> None:
    for table in _TABLES:
        op.drop_table(table)
