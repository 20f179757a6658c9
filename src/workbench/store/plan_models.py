"""ORM rows of the single integrated sentence plan (issue 9; DESIGN.md section 3).

One plan per prisoner: ``SentencePlan.id`` is ``domain.plan.plan_id_for(prisoner_id)``, the same on
every terminal, so two terminals that start it offline write the same row and the central record
merges it — there is no way to hold a second plan. What the plan holds that changes as the case goes on
(its objectives, actions, required interventions, transfer requests and contribution requests) is class
B, merged per field, so two terminals editing different objectives both keep their work. What is never
changed is class A: a department's written contribution and each issued version of the plan (a
snapshot of the whole plan with the reason it was issued — an old version is never lost).

Code lists: ``domain.plan``. Lists held whole (an objective's links and prerequisites, a contribution's
proposals, a version's snapshot) are JSON text. Migration 0009 creates the tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models import Base, Synced


class SentencePlan(Synced, Base):
    """THE plan of one prisoner (class B): contact levels, responsivity, the prisoner's involvement.

    ``need_reasons``: JSON object need-link code → why that need linked to offending has no objective.
    Empty strings mean "not recorded yet" (the quality panel says so).
    """

    __tablename__ = "sentence_plan"
    __sync_class__ = "B"
    __entity__ = "sentence_plan"
    # Its id is plan_id_for(prisoner_id) on every terminal: the INSERT goes out as inserted (UnitOfWork.add).
    __same_id_everywhere__ = True

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    # Planned levels of contact (seed 3.26: recorded in 31% of cases).
    contact_frequency: Mapped[str] = mapped_column(String(24), default="")  # domain.plan.ContactFrequency
    com_liaison: Mapped[str] = mapped_column(String(24), default="")  # ContactFrequency
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)
    responsivity: Mapped[str] = mapped_column(Text, default="")
    diversity_adjustments: Mapped[str] = mapped_column(Text, default="")
    # The prisoner's involvement (seed 3.29).
    involvement: Mapped[str] = mapped_column(String(24), default="")  # domain.plan.Involvement
    involvement_reason: Mapped[str] = mapped_column(Text, default="")
    prisoner_comments: Mapped[str] = mapped_column(Text, default="")
    copy_given_on: Mapped[date | None] = mapped_column(Date, default=None)
    need_reasons: Mapped[str] = mapped_column(Text, default="{}")
    started_by_name: Mapped[str] = mapped_column(String(120), default="")


class PlanObjective(Synced, Base):
    """One outcome-focused objective of the plan (class B, merged per field).

    ``links``: JSON list of ``domain.plan.link_code`` values (at least one need or risk factor);
    ``prerequisites``: JSON list of objective ids that must come first; ``position``: order within the
    plan; ``roh_tag``: "" or a ``RohTag``; ``source_department`` and ``contribution_id``: where the
    objective came from (a department's proposal merged by the supervisor).
    """

    __tablename__ = "plan_objective"
    __sync_class__ = "B"
    __entity__ = "plan_objective"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    links: Mapped[str] = mapped_column(Text, default="[]")
    measure: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[str] = mapped_column(String(16), default="NOW")  # domain.plan.Phase
    position: Mapped[int] = mapped_column(Integer, default=0)
    prerequisites: Mapped[str] = mapped_column(Text, default="[]")
    roh_tag: Mapped[str] = mapped_column(String(16), default="")  # "" or domain.plan.RohTag
    status: Mapped[str] = mapped_column(String(24), default="NOT_STARTED")  # ObjectiveStatus
    status_reason: Mapped[str] = mapped_column(Text, default="")
    source_department: Mapped[str] = mapped_column(String(24), default="OMU")  # domain.plan.Department
    contribution_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_by_name: Mapped[str] = mapped_column(String(120), default="")


class PlanAction(Synced, Base):
    """One action towards an objective (class B): what, who (role and named person), department, when."""

    __tablename__ = "plan_action"
    __sync_class__ = "B"
    __entity__ = "plan_action"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    objective_id: Mapped[str] = mapped_column(String(36), index=True)
    what: Mapped[str] = mapped_column(Text, default="")
    owner_role: Mapped[str] = mapped_column(String(120), default="")  # e.g. "Education manager"
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    department: Mapped[str] = mapped_column(String(24), default="OMU")  # domain.plan.Department
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    timescale: Mapped[str] = mapped_column(String(120), default="")  # free words ("by the next board")
    status: Mapped[str] = mapped_column(String(16), default="NOT_STARTED")  # domain.plan.ActionStatus
    position: Mapped[int] = mapped_column(Integer, default=0)
    source_department: Mapped[str] = mapped_column(String(24), default="OMU")
    contribution_id: Mapped[str | None] = mapped_column(String(36), default=None)


class InterventionRequirement(Synced, Base):
    """An intervention the prisoner needs, recorded whatever its availability (class B; seed foreword).

    ``intervention_code``: a catalogue code (``domain.catalogue``) or "" with ``intervention_name``
    typed; ``need``: the link code it answers; ``availability``: ``domain.plan.Availability`` with its
    ``reason``; ``planned_on``: when it is planned (here, after transfer, ...).
    """

    __tablename__ = "intervention_requirement"
    __sync_class__ = "B"
    __entity__ = "intervention_requirement"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    objective_id: Mapped[str | None] = mapped_column(String(36), default=None)
    intervention_code: Mapped[str] = mapped_column(String(40), default="")
    intervention_name: Mapped[str] = mapped_column(String(200), default="")
    need: Mapped[str] = mapped_column(String(64), default="")
    availability: Mapped[str] = mapped_column(String(24), default="NOT_RUN_HERE")
    planned_on: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    substitute: Mapped[str] = mapped_column(Text, default="")
    establishment_code: Mapped[str] = mapped_column(String(8), default="")  # where it was recorded
    recorded_by_name: Mapped[str] = mapped_column(String(120), default="")


class TransferRequest(Synced, Base):
    """A transfer-for-resources request (class B): requested → planned → completed, or why not."""

    __tablename__ = "transfer_request"
    __sync_class__ = "B"
    __entity__ = "transfer_request"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    requirement_id: Mapped[str | None] = mapped_column(String(36), default=None)
    destination: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(16), default="REQUESTED")  # domain.plan.TransferStatus
    status_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_by_name: Mapped[str] = mapped_column(String(120), default="")


class ContributionRequest(Synced, Base):
    """A request for a department's contribution to the plan (class B; seed 3.22–3.23).

    ``status`` holds what the supervisor decides (REQUESTED, MERGED, WITHDRAWN); "received" is read from
    the ``Contribution`` rows that answer it, so a contributor never has to write this row.
    """

    __tablename__ = "contribution_request"
    __sync_class__ = "B"
    __entity__ = "contribution_request"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    department: Mapped[str] = mapped_column(String(24))  # domain.plan.Department
    due_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="REQUESTED")  # domain.plan.ContributionStatus
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by_id: Mapped[str] = mapped_column(String(36))
    requested_by_name: Mapped[str] = mapped_column(String(120))
    status_note: Mapped[str] = mapped_column(Text, default="")


class Contribution(Synced, Base):
    """A department's written contribution (class A: never changed; a correction supersedes it).

    ``proposals``: JSON list of proposed objectives and actions the supervisor may merge into the plan
    (each an object with a ``kind`` of "objective" or "action" and the fields of that row).
    """

    __tablename__ = "contribution"
    __sync_class__ = "A"
    __entity__ = "contribution"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    department: Mapped[str] = mapped_column(String(24))
    summary: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="[]")
    author_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(120))
    written_at: Mapped[datetime] = mapped_column(DateTime)
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)


class PlanVersion(Synced, Base):
    """An issued version of the plan (class A): the whole plan as it stood, and why it was issued.

    ``snapshot``: JSON of the plan, its objectives, actions and requirements at issue time (what the
    side-by-side view compares with the current plan); ``version_no`` counts from 1 per prisoner.
    """

    __tablename__ = "plan_version"
    __sync_class__ = "A"
    __entity__ = "plan_version"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    version_no: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(24))  # domain.plan.VersionReason
    reason_note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text, default="{}")
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by_id: Mapped[str] = mapped_column(String(36))
    issued_by_name: Mapped[str] = mapped_column(String(120))


PLAN_SYNCED_MODELS = (
    SentencePlan,
    PlanObjective,
    PlanAction,
    InterventionRequirement,
    TransferRequest,
    ContributionRequest,
    Contribution,
    PlanVersion,
)
"""Listed in ``store/registry.py`` (the plan before the rows that point at it)."""
