"""Frozen DTOs of review tasks, the trigger sweep and My work (issue 10 points 1 and 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workbench.casework.changes import ChangeSet
from workbench.domain.reviews import ReviewTaskStatus, TriggerKind


@dataclass(frozen=True, slots=True)
class ReviewTaskView:
    """One reason a review is due, as the screens show it."""

    id: str
    prisoner_id: str
    trigger: TriggerKind
    explanation: str
    raised_on: date
    due_on: date
    status: ReviewTaskStatus
    snoozed_until: date | None = None
    snooze_reason: str = ""

    @property
    def effective_due(self) -> date:
        """When the review is due now: the snooze date of a snoozed task, else its due date."""
        return self.snoozed_until if self.snoozed_until is not None else self.due_on

    def is_overdue(self, today: date) -> bool:
        """Past its (snoozed) due date and still open."""
        return self.effective_due < today


@dataclass(frozen=True, slots=True)
class OpenReview:
    """One open review of a prisoner: every open task (its reasons), due at the earliest of them."""

    prisoner_id: str
    tasks: tuple[ReviewTaskView, ...]

    @property
    def due_on(self) -> date | None:
        """The earliest (snoozed) due date of the reasons, or None when no review is open."""
        return min((t.effective_due for t in self.tasks), default=None)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons' labels, earliest due first."""
        return tuple(t.trigger.label for t in self.tasks)


@dataclass(frozen=True, slots=True)
class SweepResult:
    """What one run of the trigger sweep did."""

    prisoners: int
    raised: int
    consumed: int
    changes: ChangeSet


class WorkKind(StrEnum):
    """The kinds of item My work lists (issue 10 point 3)."""

    REVIEW = "REVIEW"
    NATIONAL_STANDARD = "NATIONAL_STANDARD"
    COUNTERSIGN_RETURN = "COUNTERSIGN_RETURN"
    CONTRIBUTION = "CONTRIBUTION"
    BOARD = "BOARD"

    @property
    def label(self) -> str:
        """The kind's name on screen."""
        return _WORK_LABELS[self]


_WORK_LABELS = {
    WorkKind.REVIEW: "Review",
    WorkKind.NATIONAL_STANDARD: "National Standards",
    WorkKind.COUNTERSIGN_RETURN: "Returned for rework",
    WorkKind.CONTRIBUTION: "Contribution request",
    WorkKind.BOARD: "Board",
}


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One line of My work: what, for whom, when, and which tab of the case answers it.

    ``tab`` names the case tab to open ("reviews", "plan", "risk", "overview", "boards"); the GUI maps it
    to its widget and falls back to the case page's first tab.
    """

    kind: WorkKind
    prisoner_id: str
    noms_number: str
    prisoner_name: str
    title: str
    detail: str
    due_on: date | None
    overdue: bool
    tab: str
    ref_id: str = ""


@dataclass(frozen=True, slots=True)
class WorkList:
    """Everything My work lists for a user, with the counts the screen shows."""

    items: tuple[WorkItem, ...]

    @property
    def overdue_count(self) -> int:
        """How many items are overdue."""
        return sum(1 for i in self.items if i.overdue)

    def summary(self) -> str:
        """``12 items, 3 overdue``."""
        n = len(self.items)
        return f"{n} item{'s' if n != 1 else ''}, {self.overdue_count} overdue"
