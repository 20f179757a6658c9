"""ORM rows of the guided initial interview (issue 8 point 1).

One table, two entities (single-table inheritance on ``status``, as ``LorAssessment``): an
``InterviewDraft`` is a class C single-writer draft owned by ``author_id`` and resumable (every step's
answers are kept as JSON text); a ``SignedInterview`` is class A, never changed — a correction is a new
interview with ``supersedes_id``. Signing writes a new signed row and tombstones the draft.

Referrals raised by the interview are ``InterviewReferral`` rows (class B, field-merged): their status
changes after signing, from the case page, on any terminal.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models import Base, Synced


class Interview(Synced, Base):
    """An initial interview, draft or signed. ``answers`` is a JSON object of field -> value."""

    __tablename__ = "initial_interview"
    __mapper_args__ = {"polymorphic_on": "status"}  # noqa: RUF012 - SQLAlchemy declarative attribute, never mutated

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))  # DRAFT / SIGNED
    author_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)
    current_step: Mapped[str] = mapped_column(String(16), default="ARRIVAL")
    answers: Mapped[str] = mapped_column(Text, default="{}")
    # A draft's referrals (JSON list); a signed interview's referrals are InterviewReferral rows.
    draft_referrals: Mapped[str] = mapped_column(Text, default="[]")
    # The FIRST_CONTACT contact entry written when the arrival step was completed (stops the clock).
    first_contact_id: Mapped[str | None] = mapped_column(String(36), default=None)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    signed_by_id: Mapped[str | None] = mapped_column(String(36), default=None)
    signed_by_name: Mapped[str | None] = mapped_column(String(120), default=None)


class InterviewDraft(Interview):
    """A draft interview (class C): only its author may change, sign or discard it."""

    __sync_class__ = "C"
    __entity__ = "initial_interview_draft"
    __mapper_args__ = {"polymorphic_identity": "DRAFT"}  # noqa: RUF012 - SQLAlchemy declarative attribute, never mutated


class SignedInterview(Interview):
    """A signed interview (class A): immutable; a correction supersedes it."""

    __sync_class__ = "A"
    __entity__ = "initial_interview"
    __mapper_args__ = {"polymorphic_identity": "SIGNED"}  # noqa: RUF012 - SQLAlchemy declarative attribute, never mutated


class InterviewReferral(Synced, Base):
    """An immediate need raised as a referral at the interview (class B: status updated later).

    ``id`` is the referral id contact entries link to (a UUID string).
    """

    __tablename__ = "interview_referral"
    __sync_class__ = "B"
    __entity__ = "interview_referral"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    interview_id: Mapped[str] = mapped_column(String(36), index=True)
    area: Mapped[str] = mapped_column(String(24))
    need: Mapped[str] = mapped_column(Text)
    owner_role: Mapped[str] = mapped_column(String(32))
    owner_name: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(24))
    raised_on: Mapped[date] = mapped_column(Date)
    status_changed_on: Mapped[date] = mapped_column(Date)
    status_note: Mapped[str] = mapped_column(Text, default="")
    updated_by_name: Mapped[str] = mapped_column(String(120), default="")


INTERVIEW_SYNCED_MODELS = (InterviewDraft, SignedInterview, InterviewReferral)
"""Listed in ``store/registry.py`` (parents before children)."""
