"""What the board service takes and returns (issue 10 point 5): frozen, Qt-free."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from workbench.casework.dto.plan import VersionSummary
from workbench.domain.plan import ContributionStatus, Department, ObjectiveStatus, Phase
from workbench.domain.reviews import AttendanceMode, BoardKind, BoardStatus, ParticipantRole

BOARD_FIVE: Final = (
    Department.WING,
    Department.EDUCATION,
    Department.SUBSTANCE_MISUSE,
    Department.HEALTHCARE,
    Department.SECURITY,
)
"""Seed 3.31: contributions from wing staff, education, CARAT, health and security were found in under a
fifth of cases; a board shows which of these five were not invited or sent nothing."""


class DecisionKind(StrEnum):
    """What a board decided; each kind writes into the plan or the record. Stored: never rename one."""

    ADD_OBJECTIVE = "ADD_OBJECTIVE"
    OBJECTIVE_STATUS = "OBJECTIVE_STATUS"
    ADD_ACTION = "ADD_ACTION"
    TRANSFER_REQUEST = "TRANSFER_REQUEST"
    NEXT_REVIEW = "NEXT_REVIEW"
    NOTE = "NOTE"

    @property
    def label(self) -> str:
        """The kind's name on screen and in print."""
        return _DECISION_LABELS[self]


_DECISION_LABELS: Final[dict[DecisionKind, str]] = {
    DecisionKind.ADD_OBJECTIVE: "Add an objective",
    DecisionKind.OBJECTIVE_STATUS: "Change an objective's status",
    DecisionKind.ADD_ACTION: "Add an action",
    DecisionKind.TRANSFER_REQUEST: "Request a transfer",
    DecisionKind.NEXT_REVIEW: "Set the next review",
    DecisionKind.NOTE: "Note",
}


@dataclass(frozen=True, slots=True)
class BoardForm:
    """Scheduling (or rescheduling) a board as typed: date, "HH:MM", where, who chairs."""

    kind: BoardKind | None
    on: date | None
    time: str = ""
    location: str = ""
    chair: str = ""


@dataclass(frozen=True, slots=True)
class Invitation:
    """Invite a department (``department``) or the offender manager (``role``), perhaps with a request.

    ``name``: who, when known (for the offender manager the allocation's name is used when blank).
    ``request_contribution``: send the department a contribution request at once, due a few working
    days before the board; ``note``: what the board wants from them.
    """

    role: ParticipantRole
    department: Department | None = None
    name: str = ""
    request_contribution: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """One board decision as typed. Which fields count depends on ``kind``:

    ADD_OBJECTIVE: ``text`` (the outcome), ``links``, ``phase``; OBJECTIVE_STATUS: ``objective_id``,
    ``status``, ``text`` (the reason); ADD_ACTION: ``objective_id``, ``text`` (what), ``owner_role``,
    ``department``, ``due_on``; TRANSFER_REQUEST: ``destination``, ``text`` (why); NEXT_REVIEW:
    ``due_on``; NOTE: ``text``.
    """

    kind: DecisionKind
    text: str = ""
    objective_id: str | None = None
    links: tuple[str, ...] = ()
    phase: Phase = Phase.NOW
    status: ObjectiveStatus | None = None
    owner_role: str = ""
    department: Department = Department.OMU
    due_on: date | None = None
    destination: str = ""


@dataclass(frozen=True, slots=True)
class BoardRecordForm:
    """Recording a held board: when, how each invitee and the prisoner took part, views, decisions."""

    held_on: date | None
    next_review_on: date | None
    prisoner_views: str = ""
    prisoner_attendance: AttendanceMode = AttendanceMode.IN_PERSON
    attendance: Mapping[str, AttendanceMode] = field(default_factory=lambda: MappingProxyType({}))
    decisions: tuple[Decision, ...] = ()


@dataclass(frozen=True, slots=True)
class InviteeView:
    """One invitee with their contribution's state (None: no request sent) and attendance."""

    id: str
    role: ParticipantRole
    department: Department | None
    name: str
    attendance: AttendanceMode
    contribution_request_id: str | None
    contribution: ContributionStatus | None

    @property
    def label(self) -> str:
        """Who, as the board screen lists them."""
        what = self.department.label if self.department is not None else self.role.label
        return f"{what} ({self.name})" if self.name else what


@dataclass(frozen=True, slots=True)
class Gap:
    """One of the five departments a board should hear from, and what is missing."""

    department: Department
    invited: bool

    @property
    def describe(self) -> str:
        """A line for the board screen."""
        return f"{self.department.label}: {'sent nothing yet' if self.invited else 'not invited'}"


@dataclass(frozen=True, slots=True)
class RecordView:
    """A board's signed record."""

    id: str
    held_on: date
    attendance: tuple[tuple[str, AttendanceMode], ...]
    decisions: tuple[str, ...]
    prisoner_views: str
    next_review_on: date | None
    signed_by_name: str
    signed_at: datetime


@dataclass(frozen=True, slots=True)
class BoardView:
    """One board with its invitees, gaps among the five departments, and its record once held."""

    id: str
    prisoner_id: str
    kind: BoardKind
    on: date
    time: str
    location: str
    chair: str
    status: BoardStatus
    status_reason: str
    invitees: tuple[InviteeView, ...]
    gaps: tuple[Gap, ...]
    record: RecordView | None = None

    @property
    def title(self) -> str:
        """ "Review board, 12/12/2026 10:00"."""
        when = f"{self.on:%d/%m/%Y}" + (f" {self.time}" if self.time else "")
        return f"{self.kind.label}, {when}"


@dataclass(frozen=True, slots=True)
class BoardsOverview:
    """A prisoner's boards: upcoming (scheduled, soonest first) and past (held or cancelled, latest first)."""

    prisoner_id: str
    upcoming: tuple[BoardView, ...]
    past: tuple[BoardView, ...]
    default_kind: BoardKind
    offender_manager: str
    objectives: tuple[tuple[str, str], ...]
    can_schedule: bool
    read_only_reason: str = ""


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """What recording a board did: the record, and the plan version (or why none could be issued)."""

    record_id: str
    review_task_id: str | None
    version: VersionSummary | None
    version_problem: str = ""
