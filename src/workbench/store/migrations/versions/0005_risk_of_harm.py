"""risk of harm: screening, full analysis, risk management plan, distribution, MAPPA, countersignatures

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "countersignature",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("record_entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("manager_id", sa.String(length=36), nullable=False),
        sa.Column("manager_name", sa.String(length=120), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_countersignature_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_countersignature")),
    )
    with op.batch_alter_table("countersignature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_countersignature_prisoner_id"), ["prisoner_id"], unique=False)
        batch_op.create_index("ix_countersignature_record", ["record_entity", "record_id"], unique=False)

    op.create_table(
        "mappa_status",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.Integer(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("last_review_date", sa.Date(), nullable=True),
        sa.Column("next_review_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_mappa_status_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mappa_status")),
    )
    with op.batch_alter_table("mappa_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mappa_status_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "risk_management_plan",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("analysis_id", sa.String(length=36), nullable=True),
        sa.Column("overall_level", sa.String(length=12), nullable=True),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("countersign_required", sa.Boolean(), nullable=False),
        sa.Column("completion_warnings", sa.Text(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
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
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_risk_management_plan_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_management_plan")),
    )
    with op.batch_alter_table("risk_management_plan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_risk_management_plan_prisoner_id"), ["prisoner_id"], unique=False
        )

    op.create_table(
        "rmp_distribution",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=32), nullable=False),
        sa.Column("party_name", sa.String(length=120), nullable=False),
        sa.Column("shared_on", sa.Date(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=120), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=36), nullable=True),
        sa.Column("delete_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_rmp_distribution_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rmp_distribution")),
    )
    with op.batch_alter_table("rmp_distribution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rmp_distribution_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rmp_distribution_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "rosh_analysis",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("screening_id", sa.String(length=36), nullable=True),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("previous_offending", sa.Text(), nullable=False),
        sa.Column("current_offending", sa.Text(), nullable=False),
        sa.Column("who_is_at_risk", sa.Text(), nullable=False),
        sa.Column("nature_of_risk", sa.Text(), nullable=False),
        sa.Column("when_risk_greatest", sa.Text(), nullable=False),
        sa.Column("increases_risk", sa.Text(), nullable=False),
        sa.Column("decreases_risk", sa.Text(), nullable=False),
        sa.Column("protective_factors", sa.Text(), nullable=False),
        sa.Column("custody_children", sa.String(length=12), nullable=True),
        sa.Column("custody_public", sa.String(length=12), nullable=True),
        sa.Column("custody_known_adult", sa.String(length=12), nullable=True),
        sa.Column("custody_staff", sa.String(length=12), nullable=True),
        sa.Column("custody_prisoners", sa.String(length=12), nullable=True),
        sa.Column("community_children", sa.String(length=12), nullable=True),
        sa.Column("community_public", sa.String(length=12), nullable=True),
        sa.Column("community_known_adult", sa.String(length=12), nullable=True),
        sa.Column("community_staff", sa.String(length=12), nullable=True),
        sa.Column("level_evidence", sa.Text(), nullable=False),
        sa.Column("overall_level", sa.String(length=12), nullable=True),
        sa.Column("risk_to_children", sa.Text(), nullable=False),
        sa.Column("child_protection_concerns", sa.Boolean(), nullable=False),
        sa.Column("risk_to_self", sa.Text(), nullable=False),
        sa.Column("custody_risks", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("countersign_required", sa.Boolean(), nullable=False),
        sa.Column("completion_warnings", sa.Text(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
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
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_rosh_analysis_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rosh_analysis")),
    )
    with op.batch_alter_table("rosh_analysis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rosh_analysis_prisoner_id"), ["prisoner_id"], unique=False)

    op.create_table(
        "rosh_screening",
        sa.Column("prisoner_id", sa.String(length=36), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("assessor_requests", sa.Boolean(), nullable=False),
        sa.Column("analysis_required", sa.Boolean(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("countersign_required", sa.Boolean(), nullable=False),
        sa.Column("completion_warnings", sa.Text(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
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
            ["prisoner_id"], ["prisoner.id"], name=op.f("fk_rosh_screening_prisoner_id_prisoner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rosh_screening")),
    )
    with op.batch_alter_table("rosh_screening", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rosh_screening_prisoner_id"), ["prisoner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rosh_screening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rosh_screening_prisoner_id"))

    op.drop_table("rosh_screening")
    with op.batch_alter_table("rosh_analysis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rosh_analysis_prisoner_id"))

    op.drop_table("rosh_analysis")
    with op.batch_alter_table("rmp_distribution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rmp_distribution_prisoner_id"))
        batch_op.drop_index(batch_op.f("ix_rmp_distribution_plan_id"))

    op.drop_table("rmp_distribution")
    with op.batch_alter_table("risk_management_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_management_plan_prisoner_id"))

    op.drop_table("risk_management_plan")
    with op.batch_alter_table("mappa_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mappa_status_prisoner_id"))

    op.drop_table("mappa_status")
    with op.batch_alter_table("countersignature", schema=None) as batch_op:
        batch_op.drop_index("ix_countersignature_record")
        batch_op.drop_index(batch_op.f("ix_countersignature_prisoner_id"))

    op.drop_table("countersignature")
