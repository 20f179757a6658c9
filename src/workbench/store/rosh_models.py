"""ORM rows for risk of harm: screening, full analysis, risk management plan, MAPPA, countersignatures.

Issue 8; DESIGN.md sections 3 and 4; seed 3.9–3.12 and 4.9. The screening, the analysis and the plan
each follow the likelihood assessment's pattern (``LorAssessment``): one table, two entities by
``status`` — a class C draft owned by its author and a class A signed record that never changes (a
correction, or rework after a manager returns it, is a new record with ``supersedes_id``). Lists and
mappings a record holds whole (answers, levels' evidence, measures) are JSON text: a signed record is
immutable, so nothing is gained by rows a merge could split.

What changes after signing is kept apart: the plan's distribution (shared with whom, acknowledged
when) and the MAPPA status are class B rows merged per field; a manager's decision on a signed record
is its own class A ``Countersignature``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models import Base, Synced

# Draft / signed, as in ``LorAssessment``.
DRAFT = "DRAFT"
COMPLETED = "COMPLETED"


class _Signable:
    """Authorship and signing columns the screening, analysis and plan share."""

    status: Mapped[str] = mapped_column(String(12))  # DRAFT / COMPLETED
    author_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # Whether a manager must countersign (domain.rosh.countersign_required), fixed when signed.
    countersign_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # The warnings the signer saw (e.g. copied-forward text) are kept with the record.
    completion_warnings: Mapped[str] = mapped_column(Text, default="[]")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    signed_by_id: Mapped[str | None] = mapped_column(String(36), default=None)
    signed_by_name: Mapped[str | None] = mapped_column(String(120), default=None)


class RoshScreening(_Signable, Synced, Base):
    """The Risk of Harm screening (OASys R1–R4) at reception.

    ``answers`` maps indicator code (domain.rosh.INDICATORS) to ``yes``/``no``/``unknown``; the decision
    (``analysis_required``, ``reasons``, ``sections``) is stored as it was when signed.
    """

    __tablename__ = "rosh_screening"
    __mapper_args__ = {"polymorphic_on": "status"}  # noqa: RUF012 - SQLAlchemy declarative attribute

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    answers: Mapped[str] = mapped_column(Text, default="{}")
    # Seed 3.9: 12% of screenings were based on too little information — the sources are required.
    sources: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    assessor_requests: Mapped[bool] = mapped_column(Boolean, default=False)
    analysis_required: Mapped[bool | None] = mapped_column(Boolean, default=None)
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    sections: Mapped[str] = mapped_column(Text, default="[]")


class RoshScreeningDraft(RoshScreening):
    """A screening being written (class C): only its author may change, sign or discard it."""

    __sync_class__ = "C"
    __entity__ = "rosh_screening_draft"
    __mapper_args__ = {"polymorphic_identity": DRAFT}  # noqa: RUF012 - SQLAlchemy declarative attribute


class CompletedRoshScreening(RoshScreening):
    """A signed screening (class A): immutable; a correction supersedes it."""

    __sync_class__ = "A"
    __entity__ = "rosh_screening"
    __mapper_args__ = {"polymorphic_identity": COMPLETED}  # noqa: RUF012 - SQLAlchemy declarative attribute


class RoshAnalysis(_Signable, Synced, Base):
    """The full analysis of risk of serious harm (OASys R6–R10), only the sections the screening needs.

    Levels are ``LOW``/``MEDIUM``/``HIGH``/``VERY_HIGH`` or None per group, custody and community
    (prisoners in custody only); ``level_evidence`` maps ``"custody.public"`` etc. to the evidence for
    that level. ``overall_level`` (domain.rosh.overall_level) is the tier's RoSH input once signed.
    """

    __tablename__ = "rosh_analysis"
    __mapper_args__ = {"polymorphic_on": "status"}  # noqa: RUF012 - SQLAlchemy declarative attribute

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    screening_id: Mapped[str | None] = mapped_column(String(36), default=None)
    sections: Mapped[str] = mapped_column(Text, default="[]")
    # Offending (R6): previous and current offending analysed.
    previous_offending: Mapped[str] = mapped_column(Text, default="")
    current_offending: Mapped[str] = mapped_column(Text, default="")
    # The RoSH summary (R10).
    who_is_at_risk: Mapped[str] = mapped_column(Text, default="")
    nature_of_risk: Mapped[str] = mapped_column(Text, default="")
    when_risk_greatest: Mapped[str] = mapped_column(Text, default="")
    increases_risk: Mapped[str] = mapped_column(Text, default="")
    decreases_risk: Mapped[str] = mapped_column(Text, default="")
    protective_factors: Mapped[str] = mapped_column(Text, default="")
    # Levels per group.
    custody_children: Mapped[str | None] = mapped_column(String(12), default=None)
    custody_public: Mapped[str | None] = mapped_column(String(12), default=None)
    custody_known_adult: Mapped[str | None] = mapped_column(String(12), default=None)
    custody_staff: Mapped[str | None] = mapped_column(String(12), default=None)
    custody_prisoners: Mapped[str | None] = mapped_column(String(12), default=None)
    community_children: Mapped[str | None] = mapped_column(String(12), default=None)
    community_public: Mapped[str | None] = mapped_column(String(12), default=None)
    community_known_adult: Mapped[str | None] = mapped_column(String(12), default=None)
    community_staff: Mapped[str | None] = mapped_column(String(12), default=None)
    level_evidence: Mapped[str] = mapped_column(Text, default="{}")
    overall_level: Mapped[str | None] = mapped_column(String(12), default=None)
    # Risk to children (R7), to self (R8) and the other custody risks (R9).
    risk_to_children: Mapped[str] = mapped_column(Text, default="")
    child_protection_concerns: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_to_self: Mapped[str] = mapped_column(Text, default="")
    custody_risks: Mapped[str] = mapped_column(Text, default="")


class RoshAnalysisDraft(RoshAnalysis):
    """A full analysis being written (class C), owned by its author."""

    __sync_class__ = "C"
    __entity__ = "rosh_analysis_draft"
    __mapper_args__ = {"polymorphic_identity": DRAFT}  # noqa: RUF012 - SQLAlchemy declarative attribute


class CompletedRoshAnalysis(RoshAnalysis):
    """A signed full analysis (class A): immutable; a correction supersedes it."""

    __sync_class__ = "A"
    __entity__ = "rosh_analysis"
    __mapper_args__ = {"polymorphic_identity": COMPLETED}  # noqa: RUF012 - SQLAlchemy declarative attribute


class RiskManagementPlan(_Signable, Synced, Base):
    """The risk management plan, required at or above policy ``rmp_required_from`` (seed 3.11).

    ``measures`` is a JSON list of objects, one per measure: ``category`` (supervision, monitoring and
    control, interventions and treatment, victim safety planning, contingency), ``measure``, ``role``,
    ``named_person``, ``response`` (the planned response), ``by_when`` (ISO date or ""), and
    ``restricted`` (public-protection detail that only the roles policy allows may read).
    """

    __tablename__ = "risk_management_plan"
    __mapper_args__ = {"polymorphic_on": "status"}  # noqa: RUF012 - SQLAlchemy declarative attribute

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    analysis_id: Mapped[str | None] = mapped_column(String(36), default=None)
    overall_level: Mapped[str | None] = mapped_column(String(12), default=None)
    measures: Mapped[str] = mapped_column(Text, default="[]")
    review_date: Mapped[date | None] = mapped_column(Date, default=None)
    # -- rmp (issue 8 point 4; migration 0006) --
    # JSON: category -> why the plan has no measure in it (signing needs a measure or a reason).
    category_notes: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class RiskManagementPlanDraft(RiskManagementPlan):
    """A risk management plan being written (class C), owned by its author."""

    __sync_class__ = "C"
    __entity__ = "risk_management_plan_draft"
    __mapper_args__ = {"polymorphic_identity": DRAFT}  # noqa: RUF012 - SQLAlchemy declarative attribute


class CompletedRiskManagementPlan(RiskManagementPlan):
    """A signed risk management plan (class A): immutable; a new version supersedes it."""

    __sync_class__ = "A"
    __entity__ = "risk_management_plan"
    __mapper_args__ = {"polymorphic_identity": COMPLETED}  # noqa: RUF012 - SQLAlchemy declarative attribute


class RmpDistribution(Synced, Base):
    """One party a signed plan is shared with, and when they acknowledged it (class B; seed 3.11: 40%
    of plans were not shared with all relevant parties)."""

    __sync_class__ = "B"
    __entity__ = "rmp_distribution"
    __tablename__ = "rmp_distribution"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    # WING, SECURITY, HEALTHCARE, EDUCATION, PROGRAMMES, COMMUNITY_OFFENDER_MANAGER, OTHER
    party: Mapped[str] = mapped_column(String(32))
    party_name: Mapped[str] = mapped_column(String(120), default="")
    shared_on: Mapped[date | None] = mapped_column(Date, default=None)
    acknowledged_on: Mapped[date | None] = mapped_column(Date, default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(120), default=None)


class MappaStatus(Synced, Base):
    """The prisoner's MAPPA category and level with review dates (class B; one current row each)."""

    __sync_class__ = "B"
    __entity__ = "mappa_status"
    __tablename__ = "mappa_status"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    category: Mapped[int | None] = mapped_column(Integer, default=None)  # 1, 2 or 3
    level: Mapped[int | None] = mapped_column(Integer, default=None)  # 1, 2 or 3
    last_review_date: Mapped[date | None] = mapped_column(Date, default=None)
    next_review_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), default="")


class Countersignature(Synced, Base):
    """A manager's decision on a signed screening, analysis or plan (class A; seed 4.9).

    ``record_entity`` is the signed record's entity name (``rosh_screening``, ``rosh_analysis``,
    ``risk_management_plan``); ``decision`` COUNTERSIGNED, or RETURNED for rework with ``comments`` —
    the author's rework is a new record superseding the returned one.
    """

    __sync_class__ = "A"
    __entity__ = "countersignature"
    __tablename__ = "countersignature"
    __table_args__ = (Index("ix_countersignature_record", "record_entity", "record_id"),)

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    record_entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    decision: Mapped[str] = mapped_column(String(16))  # COUNTERSIGNED / RETURNED
    comments: Mapped[str] = mapped_column(Text, default="")
    manager_id: Mapped[str] = mapped_column(String(36))
    manager_name: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[datetime] = mapped_column(DateTime)


ROSH_SYNCED_MODELS = (
    RoshScreeningDraft,
    CompletedRoshScreening,
    RoshAnalysisDraft,
    CompletedRoshAnalysis,
    RiskManagementPlanDraft,
    CompletedRiskManagementPlan,
    RmpDistribution,
    MappaStatus,
    Countersignature,
)
"""Parents before children, for the registry."""
