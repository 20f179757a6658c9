"""Frozen DTOs of THE sentence plan (issue 9 point 1): what the plan screen shows and what it sends."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from workbench.domain.objectives import LintResult
from workbench.domain.plan import (
    ActionStatus,
    ContactFrequency,
    Department,
    Involvement,
    ObjectiveStatus,
    Phase,
    RohTag,
    VersionReason,
)

__all__ = [
    "ActionForm",
    "ActionView",
    "Comparison",
    "ContactForm",
    "Difference",
    "InvolvementForm",
    "ObjectiveForm",
    "ObjectiveView",
    "PlanView",
    "SeedProposal",
    "VersionSummary",
]


def _empty_reasons() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class ActionView:
    """One action towards an objective: what, who (role and named person), department, when, status."""

    action_id: str
    objective_id: str
    what: str
    owner_role: str
    owner_name: str
    department: Department
    due_on: date | None
    timescale: str
    status: ActionStatus
    position: int
    source_department: Department = Department.OMU

    @property
    def owner(self) -> str:
        """ "Education manager (Jo Bloggs)", the role or the name alone, or "" when nobody is named."""
        if self.owner_role and self.owner_name:
            return f"{self.owner_role} ({self.owner_name})"
        return self.owner_role or self.owner_name

    @property
    def when(self) -> str:
        """The due date (dd/mm/yyyy) and/or the timescale in words."""
        parts = [f"{self.due_on:%d/%m/%Y}" if self.due_on else "", self.timescale]
        return " — ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class ObjectiveView:
    """One objective with its actions and the linter's view of its outcome statement."""

    objective_id: str
    outcome: str
    links: tuple[str, ...]
    measure: str
    phase: Phase
    position: int
    prerequisites: tuple[str, ...]
    roh_tag: RohTag | None
    status: ObjectiveStatus
    status_reason: str
    source_department: Department
    created_by_name: str
    actions: tuple[ActionView, ...] = ()
    lint: LintResult = field(default_factory=lambda: LintResult(True))
    contribution_id: str | None = None


@dataclass(frozen=True, slots=True)
class VersionSummary:
    """One issued version (the list in the "Versions" section)."""

    version_id: str
    version_no: int
    reason: VersionReason
    reason_note: str
    issued_at: datetime
    issued_by_name: str

    @property
    def title(self) -> str:
        """ "Version 2 — Review, 05/12/2026"."""
        return f"Version {self.version_no} — {self.reason.label}, {self.issued_at:%d/%m/%Y}"


@dataclass(frozen=True, slots=True)
class PlanView:
    """THE plan of a prisoner as it stands (or as a version snapshot held it).

    ``started``: the plan row exists (before that every field is empty and ``objectives`` is empty).
    ``read_only_reason``: None when the user may edit the plan. ``need_reasons``: link code → why a
    linked need has no objective.
    """

    plan_id: str
    prisoner_id: str
    prisoner_name: str
    noms_number: str
    started: bool
    contact_frequency: ContactFrequency | None = None
    com_liaison: ContactFrequency | None = None
    next_review_on: date | None = None
    responsivity: str = ""
    diversity_adjustments: str = ""
    involvement: Involvement | None = None
    involvement_reason: str = ""
    prisoner_comments: str = ""
    copy_given_on: date | None = None
    need_reasons: Mapping[str, str] = field(default_factory=_empty_reasons)
    objectives: tuple[ObjectiveView, ...] = ()
    versions: tuple[VersionSummary, ...] = ()
    read_only_reason: str | None = None

    def objective(self, objective_id: str) -> ObjectiveView | None:
        """The objective with that id, or None."""
        return next((o for o in self.objectives if o.objective_id == objective_id), None)

    @property
    def agreed(self) -> bool:
        """The prisoner's involvement is recorded and a version has been issued."""
        return self.involvement is not None and bool(self.versions)


@dataclass(frozen=True, slots=True)
class ObjectiveForm:
    """What the objective editor sends. ``links``: link codes (``domain.plan.link_code``)."""

    outcome: str
    links: tuple[str, ...]
    measure: str = ""
    phase: Phase = Phase.NOW
    prerequisites: tuple[str, ...] = ()
    roh_tag: RohTag | None = None
    status: ObjectiveStatus = ObjectiveStatus.NOT_STARTED
    status_reason: str = ""


@dataclass(frozen=True, slots=True)
class ActionForm:
    """What the action editor sends."""

    what: str
    owner_role: str = ""
    owner_name: str = ""
    department: Department = Department.OMU
    due_on: date | None = None
    timescale: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED


@dataclass(frozen=True, slots=True)
class ContactForm:
    """Planned levels of contact, responsivity and diversity adjustments."""

    contact_frequency: ContactFrequency | None
    com_liaison: ContactFrequency | None
    next_review_on: date | None
    responsivity: str = ""
    diversity_adjustments: str = ""


@dataclass(frozen=True, slots=True)
class InvolvementForm:
    """The prisoner's involvement: agrees / disagrees (why) / could not take part (why)."""

    involvement: Involvement | None
    involvement_reason: str = ""
    prisoner_comments: str = ""
    copy_given_on: date | None = None


@dataclass(frozen=True, slots=True)
class SeedProposal:
    """An objective proposed from the interview or the assessments; the supervisor accepts or dismisses it.

    ``key``: stable id of the proposal (a link code, "REFERRAL:<id>" or "GOALS"); ``source``: where
    it came from, in words ("Likelihood assessment: drug misuse, severe, linked to offending").
    """

    key: str
    outcome: str
    links: tuple[str, ...]
    source: str
    phase: Phase = Phase.NOW
    roh_tag: RohTag | None = None
    measure: str = ""


@dataclass(frozen=True, slots=True)
class Difference:
    """One field that differs between a version and the current plan (``subject``: "Plan" or an
    objective's outcome)."""

    subject: str
    field: str
    before: str
    after: str
    objective_id: str | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    """A version beside the current plan, and what differs."""

    version: VersionSummary
    old: PlanView
    current: PlanView
    differences: tuple[Difference, ...]

    def changed_objectives(self) -> frozenset[str]:
        """Ids of the objectives that differ (added, removed or changed)."""
        return frozenset(d.objective_id for d in self.differences if d.objective_id)
