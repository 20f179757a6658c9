"""Frozen DTOs of the guided initial interview (issue 8 point 1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from workbench.domain.interview import (
    InterviewStep,
    Missing,
    NeedArea,
    Referral,
    ReferralOwnerRole,
    ReferralStatus,
)
from workbench.domain.needs import NeedSection

__all__ = [
    "EvidencePrompt",
    "InterviewDetail",
    "InterviewOverview",
    "ReferralDetail",
    "StepProgress",
]


@dataclass(frozen=True, slots=True)
class StepProgress:
    """One step: whether it is complete and what it still needs (shown to the user)."""

    step: InterviewStep
    complete: bool
    missing: tuple[Missing, ...]


@dataclass(frozen=True, slots=True)
class InterviewDetail:
    """A draft or signed interview with every step's answers and its referrals.

    ``answers`` maps field names (``domain.interview.ANSWER_FIELDS``) to text, ``date`` or code strings.
    ``read_only_reason`` is None only for the author's own draft.
    """

    interview_id: str
    prisoner_id: str
    status: str  # DRAFT / SIGNED
    author_id: str
    author_name: str
    current_step: InterviewStep
    answers: MappingProxyType[str, Any]
    referrals: tuple[Referral, ...]
    progress: tuple[StepProgress, ...]
    created_at: datetime
    updated_at: datetime
    first_contact_recorded: bool
    signed_at: datetime | None = None
    signed_by_name: str | None = None
    supersedes_id: str | None = None
    superseded_by_id: str | None = None
    read_only_reason: str | None = None

    @property
    def is_draft(self) -> bool:
        return self.status == "DRAFT"

    @property
    def goals(self) -> str:
        """What the prisoner wants to change, in their words (seeds the plan's goals, next issue)."""
        return str(self.answers.get("wants_to_change") or "")

    @property
    def needs(self) -> tuple[NeedArea, ...]:
        """The areas with a referral, in area order (seeds the plan's needs, next issue)."""
        areas = {r.area for r in self.referrals}
        return tuple(a for a in NeedArea if a in areas)

    def missing(self) -> tuple[Missing, ...]:
        """Everything still missing before signing, across the steps."""
        return tuple(m for p in self.progress for m in p.missing)


@dataclass(frozen=True, slots=True)
class ReferralDetail:
    """A stored referral (class B) as the case page lists it."""

    referral_id: str
    interview_id: str
    area: NeedArea
    need: str
    owner_role: ReferralOwnerRole
    owner_name: str
    status: ReferralStatus
    raised_on: date
    status_changed_on: date
    status_note: str
    updated_by_name: str


@dataclass(frozen=True, slots=True)
class InterviewOverview:
    """What the case page shows: the open draft, the latest signed interview, referrals, history."""

    prisoner_id: str
    draft: InterviewDetail | None
    latest: InterviewDetail | None
    referrals: tuple[ReferralDetail, ...]
    history: tuple[InterviewDetail, ...]
    can_start: bool
    cannot_start_reason: str | None


@dataclass(frozen=True, slots=True)
class EvidencePrompt:
    """A sentence from the interview the assessor can insert into a need section's evidence."""

    section: NeedSection
    text: str
