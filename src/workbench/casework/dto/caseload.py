"""Frozen DTOs of the caseload table and the case page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from workbench.casework.dto.allocation import AllocationRecord
from workbench.domain.enums import AllocationRole, CustodyEventType, Gender, RoshLevel, SentenceType
from workbench.domain.scope import ScopeResult
from workbench.domain.timescales import DueItem


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """One line of the caseload table. Built in bulk, so it holds only what the table shows."""

    prisoner_id: str
    noms_number: str
    family_name: str
    given_name: str
    location: str
    establishment_code: str
    sentence_type: SentenceType | None
    release_date: date | None
    release_date_kind: str  # "CRD", "ARD", "PED", "Tariff", "TED" ... or "" when unknown
    scope: ScopeResult
    offender_supervisor_id: str | None
    offender_supervisor_name: str | None
    next_due: DueItem | None
    overdue_count: int
    # From the latest completed likelihood-of-reoffending assessment (None when there is none).
    tier: str | None = None
    tier_provisional: bool = False
    ogrs3_band: str | None = None
    # -- risk of harm (issue 8): the current signed full analysis' overall level; the MAPPA status --
    overall_rosh: str | None = None
    mappa_level: int | None = None
    mappa_category: int | None = None
    # -- risk of harm (issue 8): a signed screening, analysis or plan awaits a manager's countersignature --
    awaiting_countersignature: bool = False
    # -- sentence plan (issue 9): casework.plan_caseload.PlanState value, its words, the next due date --
    plan_state: str = "NO_PLAN"
    plan_status: str = "No plan"
    plan_due_on: date | None = None
    # -- review triggers (issue 10 point 3): the earliest due date of the open review's tasks --
    next_review_on: date | None = None
    # -- handover (issue 10 point 2): the handover start and handover dates; within 3 months of today --
    handover_start_on: date | None = None
    handover_on: date | None = None
    handover_soon: bool = False

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()}, {self.given_name}"

    @property
    def is_overdue(self) -> bool:
        return self.overdue_count > 0


@dataclass(frozen=True, slots=True)
class SentenceDetail:
    sentence_type: SentenceType
    sentence_date: date | None
    length_days: int | None
    parole_eligibility_date: date | None
    conditional_release_date: date | None  # CRD, or ARD for older sentences
    home_detention_curfew_eligibility_date: date | None
    tariff_date: date | None
    sentence_expiry_date: date | None  # TED/SLED
    licence_expiry_date: date | None
    # -- key dates (issue 10, casework/key_dates.py): None is "not recorded" --
    automatic_release_date: date | None = None
    target_hearing_date: date | None = None
    categorisation_review_date: date | None = None
    open_conditions_date: date | None = None
    open_conditions_since: date | None = None
    open_prison_arrival_date: date | None = None
    early_allocation: bool | None = None

    @property
    def length_label(self) -> str:
        """Sentence length as a person says it ("4 years 6 months", "Indeterminate")."""
        if self.sentence_type.is_indeterminate:
            return "Indeterminate"
        if self.length_days is None:
            return "Not recorded"
        years, rest = divmod(self.length_days, 365)
        months = rest // 30
        parts = []
        if years:
            parts.append(f"{years} year{'s' if years != 1 else ''}")
        if months:
            parts.append(f"{months} month{'s' if months != 1 else ''}")
        if not parts:
            parts.append(f"{self.length_days} day{'s' if self.length_days != 1 else ''}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class CustodyEventRecord:
    event_id: str
    event_type: CustodyEventType
    event_date: date
    establishment_code: str
    other_establishment: str
    note: str


@dataclass(frozen=True, slots=True)
class ContactRecord:
    contact_id: str
    contact_date: date
    kind: str
    summary: str
    author_name: str


@dataclass(frozen=True, slots=True)
class CorrectionRecord:
    """One correction of the prisoner's details after reception (casework.corrections), as shown."""

    correction_id: str
    prisoner_id: str
    corrected_on: date
    author_name: str
    fields: tuple[str, ...]  # field names, in form order
    field_labels: tuple[str, ...]  # the same as a person reads them ("PPO status", "CRD")
    reason: str
    changes: dict[str, tuple[Any, Any]]  # field -> (before, after) as stored (dates as ISO text)

    @property
    def summary(self) -> str:
        """ "Corrected on 4 Dec 2026 by Sam Supervisor: PPO status, CRD — reason"."""
        return (
            f"Corrected on {self.corrected_on.day} {self.corrected_on:%b %Y} by {self.author_name}: "
            f"{', '.join(self.field_labels)} — {self.reason}"
        )


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything the case page shows for one prisoner."""

    prisoner_id: str
    noms_number: str
    family_name: str
    given_name: str
    date_of_birth: date
    gender: Gender
    establishment_code: str
    location: str
    arrived_on: date
    is_ppo: bool | None
    rosh_level: RoshLevel | None
    sentence: SentenceDetail | None
    scope: ScopeResult
    due_items: tuple[DueItem, ...]
    allocations: tuple[AllocationRecord, ...]
    custody_events: tuple[CustodyEventRecord, ...]
    contacts: tuple[ContactRecord, ...]
    as_at: date
    updated_at: datetime | None = None
    read_only_reason: str | None = None
    corrections: tuple[CorrectionRecord, ...] = ()  # newest first

    def current_allocation(self, role: AllocationRole) -> AllocationRecord | None:
        for a in self.allocations:
            if a.role is role and a.end_date is None:
                return a
        return None


@dataclass(frozen=True, slots=True)
class CaseloadFilter:
    """Server-side filters; the table's as-you-type text filter runs in the view."""

    mine_only: bool = False
    in_scope_only: bool = False
    overdue_only: bool = False
    establishment_code: str | None = None
    search: str = ""
    # -- risk of harm (issue 8) --
    awaiting_countersignature_only: bool = False
    # -- sentence plan (issue 9): only these casework.plan_caseload.PlanState values (empty: all) --
    plan_states: frozenset[str] = frozenset()
    # -- handover (issue 10 point 2): only handover start or handover date within 3 months of today --
    handover_soon_only: bool = False
