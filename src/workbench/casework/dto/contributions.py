"""What the contribution screens show and send (issue 9 point 3): frozen, Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workbench.domain.objectives import LintResult
from workbench.domain.plan import ContributionStatus, Department, Phase

OBJECTIVE = "objective"
"""``Proposal.kind`` of a proposed objective."""
ACTION = "action"
"""``Proposal.kind`` of a proposed action."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed objective or action of a contribution, as written and as merged.

    Objective fields: ``outcome``, ``links`` (link codes, ``domain.plan.link_code``), ``measure``,
    ``phase``. Action fields: ``what``, ``owner_role``, ``owner_name``, ``department``, ``due_on`` and
    ``objective_ref`` — the index of the proposed objective (in the same contribution) it serves, or
    None when ``objective_id`` names an objective already in the plan.
    """

    kind: str
    outcome: str = ""
    links: tuple[str, ...] = ()
    measure: str = ""
    phase: Phase = Phase.NOW
    what: str = ""
    owner_role: str = ""
    owner_name: str = ""
    department: Department = Department.OMU
    due_on: date | None = None
    objective_ref: int | None = None
    objective_id: str | None = None

    @property
    def text(self) -> str:
        """The proposal in one line (the objective's outcome or the action's what)."""
        return self.outcome if self.kind == OBJECTIVE else self.what


@dataclass(frozen=True, slots=True)
class RequestRow:
    """A contribution request as a list shows it.

    ``status`` is the shown state: MERGED / WITHDRAWN as the supervisor set it, RECEIVED when a
    contribution answers it, else REQUESTED; ``overdue``: requested, past its due date, nothing received.
    """

    request_id: str
    prisoner_id: str
    prisoner_name: str
    noms_number: str
    location: str
    department: Department
    due_on: date
    note: str
    status: ContributionStatus
    overdue: bool
    requested_on: date
    requested_by_name: str
    contribution_ids: tuple[str, ...] = ()

    @property
    def status_label(self) -> str:
        """The state in words ("Overdue (due 01 Dec 2026)")."""
        if self.overdue:
            return f"Overdue (due {self.due_on:%d %b %Y})"
        return self.status.label


@dataclass(frozen=True, slots=True)
class ContributionDetail:
    """A written contribution (immutable); ``lint`` holds each proposal's linter result (objectives)."""

    contribution_id: str
    prisoner_id: str
    request_id: str | None
    department: Department
    summary: str
    proposals: tuple[Proposal, ...]
    author_name: str
    written_at: datetime
    supersedes_id: str | None
    lint: tuple[LintResult | None, ...] = ()
    merged: bool = False


@dataclass(frozen=True, slots=True)
class MergedItem:
    """An objective or action of THE plan that came from a department's contribution."""

    kind: str
    row_id: str
    text: str
    source_department: Department
    contribution_id: str


@dataclass(frozen=True, slots=True)
class ContributionsOverview:
    """Everything the plan tab's "Contributions" section shows for one prisoner."""

    requests: tuple[RequestRow, ...]
    contributions: tuple[ContributionDetail, ...]
    merged: tuple[MergedItem, ...]
    can_request: bool
    can_merge: bool


@dataclass(frozen=True, slots=True)
class CaseForContributor:
    """What a department contributor may see of the case: the summary and the plan's objectives.

    Never restricted public-protection detail nor restricted contact entries (issue 8 point 9).
    """

    prisoner_id: str
    prisoner_name: str
    noms_number: str
    location: str
    establishment_code: str
    objectives: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (id, outcome)
