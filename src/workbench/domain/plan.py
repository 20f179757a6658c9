"""The single integrated sentence plan's code lists (issue 9; DESIGN.md sections 3 and 4).

Seed foreword: plans were "based on the interventions that were available rather than on what were
required ... masking the true level of need". Seed 3.26: objectives outcome-focused in 55% of cases,
logically sequenced in 47%, planned contact levels in 31%, named roles in 48%; 3.22–3.23: departments
wrote parallel plans; 3.29: 35% of prisoners had no meaningful involvement; 3.32: learning needs
mostly missing. Every value here is stored and sent over the wire: never rename one.

Pure: no I/O, no Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from workbench.domain.needs import NeedSection

__all__ = [
    "PLAN_NAMESPACE",
    "ActionStatus",
    "Availability",
    "ContactFrequency",
    "ContributionStatus",
    "Department",
    "FixTarget",
    "Involvement",
    "ObjectiveStatus",
    "Phase",
    "PlanEvent",
    "QualityCheck",
    "Rag",
    "RiskFactor",
    "RohTag",
    "TransferStatus",
    "VersionReason",
    "link_code",
    "link_label",
    "parse_link",
    "plan_id_for",
]

PLAN_NAMESPACE: Final = uuid.UUID("5b3c62b4-1f0e-4d7a-9a57-3d5f0c9e2a11")
"""Namespace of the one plan's id per prisoner (see ``plan_id_for``)."""


def plan_id_for(prisoner_id: str) -> str:
    """The id of THE sentence plan of ``prisoner_id``: the same on every terminal.

    Two terminals that each start the plan offline therefore create the same row, and the central
    record merges it instead of holding two plans (issue 9 point 3: no way to create a second plan).
    """
    return str(uuid.uuid5(PLAN_NAMESPACE, prisoner_id))


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        """The value's name on screen and in print."""
        return _LABELS[self]


class VersionReason(_Labelled):
    """Why a version of the plan was issued (each version keeps its reason)."""

    INITIAL = "INITIAL"
    INTERIM = "INTERIM"
    REVIEW = "REVIEW"
    TRANSFER = "TRANSFER"
    BOARD_DECISION = "BOARD_DECISION"


class Phase(_Labelled):
    """When an objective is worked on, in sentence order (sequencing, seed 3.26)."""

    NOW = "NOW"
    NEXT = "NEXT"
    BEFORE_RELEASE = "BEFORE_RELEASE"
    ON_LICENCE = "ON_LICENCE"


class ObjectiveStatus(_Labelled):
    """The OASys objective status set. NOT_ACHIEVED needs a reason."""

    NOT_STARTED = "NOT_STARTED"
    ONGOING = "ONGOING"
    FULLY_ACHIEVED = "FULLY_ACHIEVED"
    NOT_ACHIEVED = "NOT_ACHIEVED"
    NO_LONGER_APPLICABLE = "NO_LONGER_APPLICABLE"


class RohTag(_Labelled):
    """How an objective manages risk of harm (empty string in the store: it does not)."""

    CONSTRUCTIVE = "CONSTRUCTIVE"
    RESTRICTIVE = "RESTRICTIVE"


class ActionStatus(_Labelled):
    """Where an action stands."""

    NOT_STARTED = "NOT_STARTED"
    IN_PROGRESS = "IN_PROGRESS"
    DONE = "DONE"
    NOT_DONE = "NOT_DONE"


class Department(_Labelled):
    """Prison departments that contribute to the one plan (issue 9 point 3), in the order shown."""

    OMU = "OMU"
    EDUCATION = "EDUCATION"
    SUBSTANCE_MISUSE = "SUBSTANCE_MISUSE"
    HEALTHCARE = "HEALTHCARE"
    PSYCHOLOGY = "PSYCHOLOGY"
    CHAPLAINCY = "CHAPLAINCY"
    RESETTLEMENT = "RESETTLEMENT"
    SECURITY = "SECURITY"
    WING = "WING"
    COMMUNITY = "COMMUNITY"


class ContributionStatus(_Labelled):
    """A contribution request's state: requested → received → merged (or withdrawn)."""

    REQUESTED = "REQUESTED"
    RECEIVED = "RECEIVED"
    MERGED = "MERGED"
    WITHDRAWN = "WITHDRAWN"


class Availability(_Labelled):
    """How a required intervention will be delivered, whatever its availability (seed foreword).

    ``need_stays_open``: the need is unmet while the requirement stands at this value.
    """

    DELIVERED = "DELIVERED"
    PLANNED_HERE = "PLANNED_HERE"
    AFTER_TRANSFER = "AFTER_TRANSFER"
    ON_LICENCE = "ON_LICENCE"
    VIA_ROTL = "VIA_ROTL"
    NOT_RUN_HERE = "NOT_RUN_HERE"
    NOT_RUN_OFTEN_ENOUGH = "NOT_RUN_OFTEN_ENOUGH"
    SUBSTITUTE_OFFERED = "SUBSTITUTE_OFFERED"

    @property
    def need_stays_open(self) -> bool:
        """Whether the need is unmet (not delivered, no route planned, or only a substitute offered)."""
        return self in _OPEN_AVAILABILITY


class TransferStatus(_Labelled):
    """A transfer-for-resources request: requested → planned → completed, or not progressed (why)."""

    REQUESTED = "REQUESTED"
    PLANNED = "PLANNED"
    COMPLETED = "COMPLETED"
    NOT_PROGRESSED = "NOT_PROGRESSED"


class Involvement(_Labelled):
    """The prisoner's part in the plan (seed 3.29). DISAGREES and COULD_NOT_TAKE_PART need a reason."""

    AGREES = "AGREES"
    DISAGREES = "DISAGREES"
    COULD_NOT_TAKE_PART = "COULD_NOT_TAKE_PART"


class ContactFrequency(_Labelled):
    """Planned supervisor–prisoner contact and community offender manager liaison."""

    WEEKLY = "WEEKLY"
    FORTNIGHTLY = "FORTNIGHTLY"
    MONTHLY = "MONTHLY"
    EVERY_TWO_MONTHS = "EVERY_TWO_MONTHS"
    QUARTERLY = "QUARTERLY"
    AT_REVIEWS_ONLY = "AT_REVIEWS_ONLY"


class RiskFactor(_Labelled):
    """Risk factors an objective can be linked to besides the OASys need sections."""

    RISK_OF_HARM = "RISK_OF_HARM"
    CHILD_PROTECTION = "CHILD_PROTECTION"
    VICTIM_SAFETY = "VICTIM_SAFETY"
    LEARNING = "LEARNING"
    IMMEDIATE_NEED = "IMMEDIATE_NEED"


class PlanEvent(StrEnum):
    """Domain events the plan raises for the review work (issue 9 point 6; issue 10 consumes them)."""

    OBJECTIVE_ACHIEVED = "OBJECTIVE_ACHIEVED"
    OBJECTIVE_ABANDONED = "OBJECTIVE_ABANDONED"
    INTERVENTION_STARTED = "INTERVENTION_STARTED"
    INTERVENTION_COMPLETED = "INTERVENTION_COMPLETED"
    INTERVENTION_NOT_AVAILABLE = "INTERVENTION_NOT_AVAILABLE"
    NEW_NEED = "NEW_NEED"


# An objective's links are stored as a JSON list of codes: "NEED:<NeedSection>" or "RISK:<RiskFactor>".
_NEED_PREFIX: Final = "NEED:"
_RISK_PREFIX: Final = "RISK:"


def link_code(target: NeedSection | RiskFactor) -> str:
    """The stored code of a link to a need section or a risk factor."""
    if isinstance(target, NeedSection):
        return _NEED_PREFIX + target.value
    return _RISK_PREFIX + target.value


def parse_link(code: str) -> NeedSection | RiskFactor | None:
    """The need section or risk factor of a stored link code, or None for a code no longer known."""
    if code.startswith(_NEED_PREFIX):
        value = code.removeprefix(_NEED_PREFIX)
        return NeedSection(value) if value in NeedSection.__members__ else None
    if code.startswith(_RISK_PREFIX):
        value = code.removeprefix(_RISK_PREFIX)
        return RiskFactor(value) if value in RiskFactor.__members__ else None
    return None


def link_label(code: str) -> str:
    """What a link code shows on screen ("Drug misuse", "Risk of harm"); unknown codes as stored."""
    target = parse_link(code)
    return target.label if target is not None else code


_OPEN_AVAILABILITY: Final = frozenset(
    {
        Availability.NOT_RUN_HERE,
        Availability.NOT_RUN_OFTEN_ENOUGH,
        Availability.SUBSTITUTE_OFFERED,
    }
)

_LABELS: Final[dict[StrEnum, str]] = {
    VersionReason.INITIAL: "Initial plan",
    VersionReason.INTERIM: "Interim plan",
    VersionReason.REVIEW: "Review",
    VersionReason.TRANSFER: "Transfer",
    VersionReason.BOARD_DECISION: "Board decision",
    Phase.NOW: "Now",
    Phase.NEXT: "Next",
    Phase.BEFORE_RELEASE: "Before release",
    Phase.ON_LICENCE: "On licence",
    ObjectiveStatus.NOT_STARTED: "Not started",
    ObjectiveStatus.ONGOING: "Ongoing",
    ObjectiveStatus.FULLY_ACHIEVED: "Fully achieved",
    ObjectiveStatus.NOT_ACHIEVED: "Not achieved",
    ObjectiveStatus.NO_LONGER_APPLICABLE: "No longer applicable",
    RohTag.CONSTRUCTIVE: "Constructive",
    RohTag.RESTRICTIVE: "Restrictive",
    ActionStatus.NOT_STARTED: "Not started",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.NOT_DONE: "Not done",
    Department.OMU: "Offender management unit",
    Department.EDUCATION: "Education",
    Department.SUBSTANCE_MISUSE: "Substance misuse (CARAT)",
    Department.HEALTHCARE: "Healthcare",
    Department.PSYCHOLOGY: "Psychology and programmes",
    Department.CHAPLAINCY: "Chaplaincy",
    Department.RESETTLEMENT: "Resettlement",
    Department.SECURITY: "Security",
    Department.WING: "Wing / personal officer",
    Department.COMMUNITY: "Community offender manager",
    ContributionStatus.REQUESTED: "Requested",
    ContributionStatus.RECEIVED: "Received",
    ContributionStatus.MERGED: "Merged into the plan",
    ContributionStatus.WITHDRAWN: "Withdrawn",
    Availability.DELIVERED: "Delivered",
    Availability.PLANNED_HERE: "Planned here",
    Availability.AFTER_TRANSFER: "After transfer",
    Availability.ON_LICENCE: "On licence",
    Availability.VIA_ROTL: "Via ROTL",
    Availability.NOT_RUN_HERE: "Not run here",
    Availability.NOT_RUN_OFTEN_ENOUGH: "Not run often enough",
    Availability.SUBSTITUTE_OFFERED: "Substitute offered (not equivalent)",
    TransferStatus.REQUESTED: "Requested",
    TransferStatus.PLANNED: "Planned",
    TransferStatus.COMPLETED: "Completed",
    TransferStatus.NOT_PROGRESSED: "Not progressed",
    Involvement.AGREES: "Agrees with the plan",
    Involvement.DISAGREES: "Disagrees",
    Involvement.COULD_NOT_TAKE_PART: "Could not take part",
    ContactFrequency.WEEKLY: "Weekly",
    ContactFrequency.FORTNIGHTLY: "Fortnightly",
    ContactFrequency.MONTHLY: "Monthly",
    ContactFrequency.EVERY_TWO_MONTHS: "Every two months",
    ContactFrequency.QUARTERLY: "Quarterly",
    ContactFrequency.AT_REVIEWS_ONLY: "At reviews only",
    RiskFactor.RISK_OF_HARM: "Risk of harm",
    RiskFactor.CHILD_PROTECTION: "Child protection",
    RiskFactor.VICTIM_SAFETY: "Victim safety",
    RiskFactor.LEARNING: "Learning need",
    RiskFactor.IMMEDIATE_NEED: "Immediate need (interview)",
}


# -- the quality panel's checks (issue 9 point 5): the rules are in domain/plan_quality.py ------------


class Rag(StrEnum):
    """A check's state: met, partly met or due soon, not met or overdue."""

    GREEN = "GREEN"
    AMBER = "AMBER"
    RED = "RED"


class FixTarget(StrEnum):
    """Where on the plan screen a check's "fix it" link goes."""

    OBJECTIVES = "OBJECTIVES"
    ACTIONS = "ACTIONS"
    NEEDS = "NEEDS"
    CONTACT_LEVELS = "CONTACT_LEVELS"
    INVOLVEMENT = "INVOLVEMENT"
    INTERVENTIONS = "INTERVENTIONS"
    CONTRIBUTIONS = "CONTRIBUTIONS"
    VERSIONS = "VERSIONS"


@dataclass(frozen=True, slots=True)
class QualityCheck:
    """One check of the live quality panel.

    ``key``: stable id ("roh_objective"); ``title``: the question ("A risk-of-harm objective at High or
    Very High"); ``reason``: one plain sentence why it is green, amber or red; ``fix``: where to fix it,
    and ``target_id`` the objective, action or need code concerned when there is one.
    """

    key: str
    title: str
    rag: Rag
    reason: str
    fix: FixTarget
    target_id: str | None = None
