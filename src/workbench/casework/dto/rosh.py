"""Frozen DTOs for risk of harm: screening, full analysis and countersigning (issue 8 points 2, 3, 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from workbench.domain.enums import RoshLevel
from workbench.domain.rosh import ScreeningDecision, Section

SCREENING = "rosh_screening"
ANALYSIS = "rosh_analysis"
PLAN = "risk_management_plan"
RECORD_KINDS: dict[str, str] = {
    SCREENING: "RoSH screening",
    ANALYSIS: "Full analysis",
    PLAN: "Risk management plan",
}
"""The signed record kinds a manager countersigns, entity name → what the screen calls it."""


class CountersignStatus(StrEnum):
    """Where a signed record stands with the manager (seed 4.9)."""

    NOT_REQUIRED = "NOT_REQUIRED"
    AWAITING = "AWAITING"
    COUNTERSIGNED = "COUNTERSIGNED"
    RETURNED = "RETURNED"

    @property
    def label(self) -> str:
        """The words on the case page."""
        return {
            CountersignStatus.NOT_REQUIRED: "no countersignature needed",
            CountersignStatus.AWAITING: "awaiting countersignature",
            CountersignStatus.COUNTERSIGNED: "countersigned",
            CountersignStatus.RETURNED: "returned for rework",
        }[self]


@dataclass(frozen=True, slots=True)
class CountersignState:
    """A signed record's countersigning: status, and the manager's decision when there is one."""

    status: CountersignStatus
    manager_name: str | None = None
    decided_at: datetime | None = None
    comments: str = ""

    def describe(self) -> str:
        """One line for the case page, e.g. "returned for rework by Ann Lee on 03 Dec 2026"."""
        if self.manager_name and self.decided_at:
            return f"{self.status.label} by {self.manager_name} on {self.decided_at:%d %b %Y}"
        return self.status.label


@dataclass(frozen=True, slots=True)
class ScreeningForm:
    """What a supervisor types on the screening: answers (code → yes/no/unknown), sources, notes."""

    answers: Mapping[str, str] = field(default_factory=dict)
    sources: str = ""
    notes: str = ""
    assessor_requests: bool = False


@dataclass(frozen=True, slots=True)
class ScreeningDetail:
    """One screening, draft or signed, with its live decision and what it needs."""

    screening_id: str
    prisoner_id: str
    status: str
    author_id: str
    author_name: str
    form: ScreeningForm
    decision: ScreeningDecision
    countersign_reasons: tuple[str, ...]
    created_at: datetime
    completed_at: datetime | None = None
    signed_by_name: str | None = None
    supersedes_id: str | None = None
    superseded_by_id: str | None = None
    countersign: CountersignState | None = None
    read_only_reason: str | None = None

    @property
    def is_draft(self) -> bool:
        """Whether this is a draft (class C) rather than a signed record."""
        return self.status == "DRAFT"


LevelKey = str
"""``"custody.public"``, ``"community.children"`` …: where a level sits (DESIGN.md section 4)."""


@dataclass(frozen=True, slots=True)
class AnalysisForm:
    """What a supervisor types on the full analysis. ``levels`` and ``evidence`` are keyed by
    :data:`LevelKey`; a level is a ``RoshLevel`` value or absent."""

    previous_offending: str = ""
    current_offending: str = ""
    who_is_at_risk: str = ""
    nature_of_risk: str = ""
    when_risk_greatest: str = ""
    increases_risk: str = ""
    decreases_risk: str = ""
    protective_factors: str = ""
    levels: Mapping[LevelKey, str] = field(default_factory=dict)
    evidence: Mapping[LevelKey, str] = field(default_factory=dict)
    risk_to_children: str = ""
    child_protection_concerns: bool = False
    risk_to_self: str = ""
    custody_risks: str = ""


@dataclass(frozen=True, slots=True)
class AnalysisDetail:
    """One full analysis, draft or signed, with the sections it covers and its overall level."""

    analysis_id: str
    prisoner_id: str
    status: str
    author_id: str
    author_name: str
    form: AnalysisForm
    sections: tuple[Section, ...]
    overall_level: RoshLevel | None
    countersign_required: bool
    created_at: datetime
    completed_at: datetime | None = None
    signed_by_name: str | None = None
    supersedes_id: str | None = None
    superseded_by_id: str | None = None
    countersign: CountersignState | None = None
    completion_warnings: tuple[str, ...] = ()
    read_only_reason: str | None = None

    @property
    def is_draft(self) -> bool:
        """Whether this is a draft (class C) rather than a signed record."""
        return self.status == "DRAFT"


@dataclass(frozen=True, slots=True)
class CompletionCheck:
    """What stops signing (field, message) and the warnings shown first (never blocking)."""

    problems: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoshOverview:
    """The "Risk of harm" tab: current screening and analysis, open drafts, and what can be started."""

    prisoner_id: str
    screening: ScreeningDetail | None
    screening_draft: ScreeningDetail | None
    analysis: AnalysisDetail | None
    analysis_draft: AnalysisDetail | None
    can_start_screening: bool
    cannot_start_screening: str | None
    can_start_analysis: bool
    cannot_start_analysis: str | None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One signed record awaiting the manager's decision (oldest first in the queue)."""

    entity: str
    record_id: str
    prisoner_id: str
    prisoner_name: str
    noms_number: str
    signed_by_name: str
    signed_at: datetime
    why: str
    supersedes_id: str | None = None

    @property
    def kind(self) -> str:
        """What the record is, in words."""
        return RECORD_KINDS.get(self.entity, self.entity)


@dataclass(frozen=True, slots=True)
class RecordView:
    """A signed record readable in full: title, then (heading, text) in the order of the form."""

    entity: str
    record_id: str
    title: str
    parts: tuple[tuple[str, str], ...]
    countersign: CountersignState
