"""Reviews and sentence planning boards: the code lists (issue 10; DESIGN.md sections 3 and 4).

Seed 4.21: plans reviewed annually or when required in only 37% of cases; 4.4: risk of harm reviewed
after a change in 42%; 3.31: contributions to boards from wing staff, education, CARAT, health and
security in under a fifth of cases. Every value here is stored and sent over the wire: never rename one.

Pure: no I/O, no Qt. The trigger rules themselves are in ``domain/review_triggers.py``.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Final

__all__ = [
    "REVIEW_NAMESPACE",
    "AttendanceMode",
    "BoardKind",
    "BoardStatus",
    "ParticipantRole",
    "ProgressRating",
    "ReviewTaskStatus",
    "TriggerKind",
    "review_task_id",
]

REVIEW_NAMESPACE: Final = uuid.UUID("0d6f3a52-8c1e-4b9b-a6f4-7e2a9c5d1b30")


def review_task_id(prisoner_id: str, trigger: str, source_key: str) -> str:
    """The id of the review task a trigger raises: the same on every terminal that runs the sweep.

    ``source_key`` names what raised it (a domain event's id, or for calendar triggers the date it
    falls due, e.g. "2027-03-01"), so the sweep raising it twice — here and on another terminal — writes
    the same row, which the central record takes as one.
    """
    return str(uuid.uuid5(REVIEW_NAMESPACE, f"{prisoner_id}|{trigger}|{source_key}"))


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        """The value's name on screen and in print."""
        return _LABELS[self]


class TriggerKind(_Labelled):
    """Why a review is due (issue 10 point 1), in the order the review screen lists reasons."""

    ANNUAL = "ANNUAL"
    ROSH_CHANGED = "ROSH_CHANGED"
    LIKELIHOOD_CHANGED = "LIKELIHOOD_CHANGED"
    TRANSFER_IN = "TRANSFER_IN"
    OBJECTIVE_ACHIEVED = "OBJECTIVE_ACHIEVED"
    OBJECTIVE_ABANDONED = "OBJECTIVE_ABANDONED"
    INTERVENTION_STARTED = "INTERVENTION_STARTED"
    INTERVENTION_COMPLETED = "INTERVENTION_COMPLETED"
    INTERVENTION_NOT_AVAILABLE = "INTERVENTION_NOT_AVAILABLE"
    NEW_NEED = "NEW_NEED"
    NEW_REFERRAL = "NEW_REFERRAL"
    OM_CHANGED = "OM_CHANGED"
    OS_CHANGED = "OS_CHANGED"
    CATEGORISATION = "CATEGORISATION"
    OPEN_CONDITIONS = "OPEN_CONDITIONS"
    PAROLE = "PAROLE"
    HDC = "HDC"
    RELEASE_DECISION = "RELEASE_DECISION"
    MAPPA_PRE_RELEASE = "MAPPA_PRE_RELEASE"
    OFFENCE_PARALLELING = "OFFENCE_PARALLELING"
    HANDOVER_APPROACHING = "HANDOVER_APPROACHING"
    ARMED = "ARMED"  # a trigger a signed review armed for a date ("review after the course ends")


class ReviewTaskStatus(_Labelled):
    """A review task: open until a signed review answers it; snoozed with a reason; or cancelled."""

    OPEN = "OPEN"
    SNOOZED = "SNOOZED"
    DONE = "DONE"
    CANCELLED = "CANCELLED"


class ParticipantRole(_Labelled):
    """Who took part in a review or attended a board."""

    PRISONER = "PRISONER"
    SUPERVISOR = "SUPERVISOR"
    OFFENDER_MANAGER = "OFFENDER_MANAGER"
    DEPARTMENT = "DEPARTMENT"
    OTHER = "OTHER"


class AttendanceMode(_Labelled):
    """How someone took part (a review participant, a board invitee)."""

    IN_PERSON = "IN_PERSON"
    PHONE = "PHONE"
    VIDEO = "VIDEO"
    WRITTEN = "WRITTEN"  # sent a contribution, did not attend
    NOT_ATTENDING = "NOT_ATTENDING"
    UNKNOWN = "UNKNOWN"


class ProgressRating(_Labelled):
    """Progress on an objective or a significant need since the last review."""

    ACHIEVED = "ACHIEVED"
    GOOD = "GOOD"
    SOME = "SOME"
    NONE = "NONE"
    WORSE = "WORSE"
    NOT_ASSESSED = "NOT_ASSESSED"


class BoardKind(_Labelled):
    """Which sentence planning board."""

    INITIAL = "INITIAL"
    REVIEW = "REVIEW"
    PRE_RELEASE = "PRE_RELEASE"
    POST_TRANSFER = "POST_TRANSFER"


class BoardStatus(_Labelled):
    """A board: scheduled, held (its record signed), or cancelled (with a reason)."""

    SCHEDULED = "SCHEDULED"
    HELD = "HELD"
    CANCELLED = "CANCELLED"


_LABELS: Final[dict[StrEnum, str]] = {
    TriggerKind.ANNUAL: "Annual review",
    TriggerKind.ROSH_CHANGED: "Risk of harm changed",
    TriggerKind.LIKELIHOOD_CHANGED: "Likelihood of reoffending changed",
    TriggerKind.TRANSFER_IN: "Transferred in",
    TriggerKind.OBJECTIVE_ACHIEVED: "Objective achieved",
    TriggerKind.OBJECTIVE_ABANDONED: "Objective abandoned",
    TriggerKind.INTERVENTION_STARTED: "Intervention started",
    TriggerKind.INTERVENTION_COMPLETED: "Intervention completed",
    TriggerKind.INTERVENTION_NOT_AVAILABLE: "Intervention not available",
    TriggerKind.NEW_NEED: "New need",
    TriggerKind.NEW_REFERRAL: "New referral",
    TriggerKind.OM_CHANGED: "Offender manager changed",
    TriggerKind.OS_CHANGED: "Offender supervisor changed",
    TriggerKind.CATEGORISATION: "Categorisation review approaching",
    TriggerKind.OPEN_CONDITIONS: "Open conditions decision approaching",
    TriggerKind.PAROLE: "Parole review approaching",
    TriggerKind.HDC: "Home detention curfew decision approaching",
    TriggerKind.RELEASE_DECISION: "Release decision approaching",
    TriggerKind.MAPPA_PRE_RELEASE: "MAPPA level 2/3, release within 3 months",
    TriggerKind.OFFENCE_PARALLELING: "Offence-paralleling behaviour",
    TriggerKind.HANDOVER_APPROACHING: "Handover to the community approaching",
    TriggerKind.ARMED: "Review date set at a review or board",
    ReviewTaskStatus.OPEN: "Open",
    ReviewTaskStatus.SNOOZED: "Snoozed",
    ReviewTaskStatus.DONE: "Done",
    ReviewTaskStatus.CANCELLED: "Cancelled",
    ParticipantRole.PRISONER: "Prisoner",
    ParticipantRole.SUPERVISOR: "Offender supervisor",
    ParticipantRole.OFFENDER_MANAGER: "Offender manager",
    ParticipantRole.DEPARTMENT: "Department",
    ParticipantRole.OTHER: "Other",
    AttendanceMode.IN_PERSON: "In person",
    AttendanceMode.PHONE: "Phone",
    AttendanceMode.VIDEO: "Video",
    AttendanceMode.WRITTEN: "Written contribution only",
    AttendanceMode.NOT_ATTENDING: "Not attending",
    AttendanceMode.UNKNOWN: "Not known yet",
    ProgressRating.ACHIEVED: "Achieved",
    ProgressRating.GOOD: "Good progress",
    ProgressRating.SOME: "Some progress",
    ProgressRating.NONE: "No progress",
    ProgressRating.WORSE: "Got worse",
    ProgressRating.NOT_ASSESSED: "Not assessed",
    BoardKind.INITIAL: "Initial board",
    BoardKind.REVIEW: "Review board",
    BoardKind.PRE_RELEASE: "Pre-release board",
    BoardKind.POST_TRANSFER: "Post-transfer board",
    BoardStatus.SCHEDULED: "Scheduled",
    BoardStatus.HELD: "Held",
    BoardStatus.CANCELLED: "Cancelled",
}
