"""What the review screen shows and sends: recording and signing a review (issue 10 point 4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workbench.domain.reviews import AttendanceMode, ParticipantRole, ProgressRating, TriggerKind

OBJECTIVE = "objective"
"""``ProgressEntry.kind`` of progress on a plan objective (``ref``: the objective's id)."""
NEED = "need"
"""``ProgressEntry.kind`` of progress on a significant need (``ref``: the ``NeedSection`` value)."""


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone who took part in the review, and how."""

    role: ParticipantRole
    name: str = ""
    mode: AttendanceMode = AttendanceMode.IN_PERSON


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    """Progress on one objective or significant need: a rating and the evidence for it."""

    kind: str  # OBJECTIVE or NEED
    ref: str
    label: str
    rating: ProgressRating = ProgressRating.NOT_ASSESSED
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class ArmedTrigger:
    """A review the signer arranges for later: a date and what for ("after the course ends")."""

    on: date
    note: str


@dataclass(frozen=True, slots=True)
class ReviewForm:
    """Everything the author types. A draft may be incomplete; signing needs it complete."""

    review_date: date | None = None
    participants: tuple[Participant, ...] = ()
    progress: tuple[ProgressEntry, ...] = ()
    plan_changes: str = ""
    rmp_changes: str = ""
    no_change_reason: str = ""
    next_review_on: date | None = None
    armed: tuple[ArmedTrigger, ...] = ()
    answers_task_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OpenTask:
    """One open reason a review is due (a review task), as the review screen lists it."""

    task_id: str
    trigger: TriggerKind
    explanation: str
    due_on: date

    @property
    def label(self) -> str:
        """The reason's name, e.g. "Risk of harm changed"."""
        return self.trigger.label


@dataclass(frozen=True, slots=True)
class ReviewDetail:
    """One review, draft or signed, as the user may see it."""

    review_id: str
    prisoner_id: str
    status: str  # DRAFT / SIGNED
    author_id: str
    author_name: str
    form: ReviewForm
    created_at: datetime
    signed_at: datetime | None = None
    supersedes_id: str | None = None
    superseded_by_id: str | None = None
    read_only_reason: str | None = None

    @property
    def is_draft(self) -> bool:
        """Still being written."""
        return self.status == "DRAFT"


@dataclass(frozen=True, slots=True)
class ReviewsOverview:
    """The Reviews tab: signed reviews (newest first), the open review and the user's draft."""

    prisoner_id: str
    signed: tuple[ReviewDetail, ...]
    open_tasks: tuple[OpenTask, ...]
    draft: ReviewDetail | None
    can_start: bool
    cannot_start_reason: str | None = None
    can_write: bool = False
    to_rate: tuple[ProgressEntry, ...] = field(default=())

    @property
    def due_on(self) -> date | None:
        """When the open review is due: the earliest due date of its reasons (None: none open)."""
        return min((t.due_on for t in self.open_tasks), default=None)
