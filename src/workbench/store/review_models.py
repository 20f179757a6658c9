"""ORM rows of reviews and sentence planning boards (issue 10; DESIGN.md section 3).

A ``ReviewTask`` is one reason a review is due (class B): the trigger sweep raises it with an id that is
the same on every terminal (``domain.reviews.review_task_id``), so two terminals raising it write one
row; "one open review collects several reasons" is every open task of a prisoner, due at the earliest
of their dates. Snoozing and closing are field updates. A review is written as a class C draft owned by
its author and signed as a class A record (single-table, as ``LorAssessment``); signing closes the tasks
it answers. A board is class B while it is planned (date, invitees, attendance change); what it decided
is a class A ``BoardRecord``.

Code lists: ``domain.reviews``. Lists held whole (participants, progress ratings, decisions) are JSON
text. Migration 0010 creates the tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models import Base, Synced


class ReviewTask(Synced, Base):
    """One reason a review is due (class B): trigger, due date, source and a one-sentence explanation.

    ``source_event_id``: the ``DomainEvent`` that raised it (None for calendar triggers); ``source_key``:
    what makes it unique for its prisoner and trigger (event id or date); ``raised_on``: the date of the
    event or calendar point (not of the sweep, so every terminal writes the same row).
    """

    __tablename__ = "review_task"
    __sync_class__ = "B"
    __entity__ = "review_task"
    # The sweep's "is this task already held?" (casework/reviews/candidates.py), answered from the index.
    __table_args__ = (Index("ix_review_task_key", "prisoner_id", "trigger", "source_key"),)

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    trigger: Mapped[str] = mapped_column(String(32))  # domain.reviews.TriggerKind
    source_event_id: Mapped[str | None] = mapped_column(String(36), default=None)
    source_key: Mapped[str] = mapped_column(String(64), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    raised_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="OPEN")  # domain.reviews.ReviewTaskStatus
    snoozed_until: Mapped[date | None] = mapped_column(Date, default=None)
    snooze_reason: Mapped[str] = mapped_column(Text, default="")
    closed_by_review_id: Mapped[str | None] = mapped_column(String(36), default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)


class Review(Synced, Base):
    """A review of the plan, draft or signed.

    ``participants``: JSON list of {role, name, mode}; ``progress``: JSON list of {kind: "objective" or
    "need", ref, rating, evidence}; ``answers_task_ids``: the review tasks signing closes; ``armed``:
    JSON list of {trigger, on, note} — reviews the signer arranged for later.
    """

    __tablename__ = "review"
    __mapper_args__ = {"polymorphic_on": "status"}  # noqa: RUF012 - SQLAlchemy declarative attribute

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))  # DRAFT / SIGNED
    author_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)
    board_id: Mapped[str | None] = mapped_column(String(36), default=None)
    review_date: Mapped[date | None] = mapped_column(Date, default=None)
    participants: Mapped[str] = mapped_column(Text, default="[]")
    progress: Mapped[str] = mapped_column(Text, default="[]")
    plan_changes: Mapped[str] = mapped_column(Text, default="")
    rmp_changes: Mapped[str] = mapped_column(Text, default="")
    no_change_reason: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)
    armed: Mapped[str] = mapped_column(Text, default="[]")
    answers_task_ids: Mapped[str] = mapped_column(Text, default="[]")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    signed_by_id: Mapped[str | None] = mapped_column(String(36), default=None)
    signed_by_name: Mapped[str | None] = mapped_column(String(120), default=None)


class ReviewDraft(Review):
    """A review being written (class C): only its author may change, sign or discard it."""

    __sync_class__ = "C"
    __entity__ = "review_draft"
    __mapper_args__ = {"polymorphic_identity": "DRAFT"}  # noqa: RUF012 - SQLAlchemy declarative attribute


class SignedReview(Review):
    """A signed review (class A): immutable; a correction supersedes it."""

    __sync_class__ = "A"
    __entity__ = "review"
    __mapper_args__ = {"polymorphic_identity": "SIGNED"}  # noqa: RUF012 - SQLAlchemy declarative attribute


class Board(Synced, Base):
    """A sentence planning board (class B while planned): kind, when, where, who chairs, its state."""

    __tablename__ = "board"
    __sync_class__ = "B"
    __entity__ = "board"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # domain.reviews.BoardKind
    scheduled_on: Mapped[date] = mapped_column(Date)
    scheduled_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM"
    location: Mapped[str] = mapped_column(String(120), default="")
    chair_name: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(12), default="SCHEDULED")  # domain.reviews.BoardStatus
    status_reason: Mapped[str] = mapped_column(Text, default="")
    scheduled_by_name: Mapped[str] = mapped_column(String(120), default="")


class BoardInvitee(Synced, Base):
    """Someone invited to a board (class B): a department or the offender manager, and how they attend.

    ``contribution_request_id``: the contribution request sent with the invitation (issue 9's
    ``ContributionRequest``), whose answer shows as "received".
    """

    __tablename__ = "board_invitee"
    __sync_class__ = "B"
    __entity__ = "board_invitee"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    board_id: Mapped[str] = mapped_column(String(36), index=True)
    role: Mapped[str] = mapped_column(String(24))  # domain.reviews.ParticipantRole
    department: Mapped[str] = mapped_column(String(24), default="")  # domain.plan.Department or ""
    name: Mapped[str] = mapped_column(String(120), default="")
    contribution_request_id: Mapped[str | None] = mapped_column(String(36), default=None)
    attendance: Mapped[str] = mapped_column(String(16), default="UNKNOWN")  # domain.reviews.AttendanceMode


class BoardRecord(Synced, Base):
    """What a board decided (class A): decisions, attendance as it was, next review; signed.

    ``decisions``: JSON list of {kind, text, ...} as written into the plan and the record;
    ``attendance``: JSON list of {role, department, name, mode}.
    """

    __tablename__ = "board_record"
    __sync_class__ = "A"
    __entity__ = "board_record"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    board_id: Mapped[str] = mapped_column(String(36), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    attendance: Mapped[str] = mapped_column(Text, default="[]")
    decisions: Mapped[str] = mapped_column(Text, default="[]")
    prisoner_views: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)
    review_id: Mapped[str | None] = mapped_column(String(36), default=None)
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    signed_by_id: Mapped[str] = mapped_column(String(36))
    signed_by_name: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)


REVIEW_SYNCED_MODELS = (ReviewTask, ReviewDraft, SignedReview, Board, BoardInvitee, BoardRecord)
"""Listed in ``store/registry.py`` (boards before their invitees and records)."""
