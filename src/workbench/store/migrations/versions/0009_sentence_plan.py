"""sentence plan: the one plan, objectives, actions, interventions, transfers, contributions, versions (issue 9)

Only adds tables, and a nullable ``department`` on ``app_user`` (a department contributor's department).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TABLES = (
    "plan_version",
    "contribution",
    "contribution_request",
    "transfer_request",
    "intervention_requirement",
    "plan_action",
    "plan_objective",
    "sentence_plan",
)


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department", sa.String(length=24), nullable=True))

    op.create_table(
        "sentence_plan",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("contact_frequency", sa.String(length=24), nullable=False),
        sa.Column("com_liaison", sa.String(length=24), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("responsivity", sa.Text(), nullable=False),
        sa.Column("diversity_adjustments", sa.Text(), nullable=False),
        sa.Column("involvement", sa.String(length=24), nullable=False),
        sa.Column("involvement_reason", sa.Text(), nullable=False),
        sa.Column("prisoner_comments", sa.Text(), nullable=False),
        sa.Column("copy_given_on", sa.Date(), nullable=True),
        sa.Column("need_reasons", sa.Text(), nullable=False),
        sa.Column("started_by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_sentence_plan_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentence_plan")),
    )
    with op.batch_alter_table("sentence_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sentence_plan_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "plan_objective",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("links", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("prerequisites", sa.Text(), nullable=False),
        sa.Column("roh_tag", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("source_department", sa.String(length=24), nullable=False),
        sa.Column("contribution_id", sa.String(length=36), nullable=True),
        sa.Column("created_by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_plan_objective_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_objective")),
    )
    with op.batch_alter_table("plan_objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_objective_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_objective_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_action",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("objective_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner_role", sa.String(length=120), nullable=False),
        sa.Column("owner_name", sa.String(length=120), nullable=False),
        sa.Column("department", sa.String(length=24), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("timescale", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_department", sa.String(length=24), nullable=False),
        sa.Column("contribution_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_plan_action_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_action_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_action_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_action_objective_id"), ["objective_id"], unique=False)

    op.create_table(
        "intervention_requirement",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("objective_id", sa.String(length=36), nullable=True),
        sa.Column("intervention_code", sa.String(length=40), nullable=False),
        sa.Column("intervention_name", sa.String(length=200), nullable=False),
        sa.Column("need", sa.String(length=64), nullable=False),
        sa.Column("availability", sa.String(length=24), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("substitute", sa.Text(), nullable=False),
        sa.Column("establishment_code", sa.String(length=8), nullable=False),
        sa.Column("recorded_by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_intervention_requirement_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intervention_requirement")),
    )
    with op.batch_alter_table("intervention_requirement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intervention_requirement_prisoner_id"), ["prisoner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_intervention_requirement_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "transfer_request",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("requirement_id", sa.String(length=36), nullable=True),
        sa.Column("destination", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_transfer_request_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_request")),
    )
    with op.batch_alter_table("transfer_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_request_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "contribution_request",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("department", sa.String(length=24), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("requested_by_id", sa.String(length=36), nullable=False),
        sa.Column("requested_by_name", sa.String(length=120), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_contribution_request_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution_request")),
    )
    with op.batch_alter_table("contribution_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contribution_request_prisoner_id"), ["prisoner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contribution_request_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "contribution",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=True),
        sa.Column("department", sa.String(length=24), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_contribution_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution")),
    )
    with op.batch_alter_table("contribution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contribution_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contribution_request_id"), ["request_id"], unique=False)

    op.create_table(
        "plan_version",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("reason_note", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by_id", sa.String(length=36), nullable=False),
        sa.Column("issued_by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_plan_version_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_version")),
    )
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_version_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_version_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    for table in _TABLES:
        op.drop_table(table)
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("department")
