"""Frozen data transfer objects: what services hand to the GUI and reports. Never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from workbench.domain.enums import (
    AllocationRole,
    CustodyEventType,
    Gender,
    RoshLevel,
    SentenceType,
    UserRole,
)
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.scope import ScopeResult
from workbench.domain.timescales import DueItem


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """The signed-in member of staff; passed to every casework call."""

    user_id: str
    username: str
    display_name: str
    role: UserRole
    establishment_code: str


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A local user who can be allocated work (offender supervisors, personal officers)."""

    user_id: str
    username: str
    display_name: str
    role: UserRole
    active: bool


@dataclass(frozen=True, slots=True)
class Establishment:
    code: str
    name: str


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
class AllocationRecord:
    allocation_id: str
    role: AllocationRole
    staff_user_id: str | None
    staff_name: str
    start_date: date
    end_date: date | None
    reason: str
    recorded_by: str


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
    field_labels: tuple[str, ...]  # the same as a person reads them ("PPO status", "CRD/ARD")
    reason: str
    changes: dict[str, tuple[Any, Any]]  # field -> (before, after) as stored (dates as ISO text)

    @property
    def summary(self) -> str:
        """ "Corrected on 4 Dec 2026 by Sam Supervisor: PPO status, CRD/ARD — reason"."""
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
class ReceptionRequest:
    """What the reception dialog collects. Validated by the service, never trusted."""

    noms_number: str
    family_name: str
    given_name: str
    date_of_birth: date | None
    gender: Gender | None
    location: str
    received_on: date | None
    sentence_type: SentenceType | None
    sentence_date: date | None = None
    length_days: int | None = None
    parole_eligibility_date: date | None = None
    conditional_release_date: date | None = None
    home_detention_curfew_eligibility_date: date | None = None
    tariff_date: date | None = None
    sentence_expiry_date: date | None = None
    licence_expiry_date: date | None = None
    is_ppo: bool | None = None
    rosh_level: RoshLevel | None = None
    arrived_from: str = ""  # establishment code for a transfer in; empty for a new reception


@dataclass(frozen=True, slots=True)
class AllocationRequest:
    prisoner_id: str
    role: AllocationRole
    staff_user_id: str | None  # local staff (OS, personal officer)
    staff_name: str  # free text for a community offender manager
    start_date: date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CaseloadFilter:
    """Server-side filters; the table's as-you-type text filter runs in the view."""

    mine_only: bool = False
    in_scope_only: bool = False
    overdue_only: bool = False
    establishment_code: str | None = None
    search: str = ""


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What a write touched, so screens refresh only that (STYLE.md point 4)."""

    prisoner_ids: frozenset[str] = field(default_factory=frozenset)
    entities: frozenset[str] = field(default_factory=frozenset)

    def touches(self, entity: str) -> bool:
        return entity in self.entities

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.prisoner_ids | other.prisoner_ids, self.entities | other.entities)


# -- likelihood of reoffending (issue 3) ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NeedEntry:
    """One need section (OASys 3–13) as a form holds it; ``severity`` None means not assessed yet."""

    section: NeedSection
    severity: NeedSeverity | None = None
    linked_to_reoffending: bool = False
    linked_to_harm: bool = False
    evidence: str = ""
    analysis: str = ""


@dataclass(frozen=True, slots=True)
class AssessmentForm:
    """What a person enters in a likelihood-of-reoffending assessment; the service validates it.

    ``gender``, ``date_of_birth`` and ``has_mandate_for_change`` come from the prisoner record and are
    shown, not edited. ``rsr_pct`` is the text typed ("" when RSR is not known).
    """

    gender: Gender
    date_of_birth: date | None
    has_mandate_for_change: bool = True
    conviction_date: date | None = None
    follow_up_start: date | None = None
    total_sanctions: int | None = None
    age_at_first_sanction: int | None = None
    offence_group: str | None = None
    rsr_pct: str = ""
    rosh_level: RoshLevel | None = None
    mappa_level: int | None = None
    complexity_factors: frozenset[str] = frozenset()
    iom: bool = False
    parenting_responsibilities: bool = False
    impulsivity_or_temper_problems: bool = False
    previous_breach_or_recall: bool = False
    needs: tuple[NeedEntry, ...] = tuple(NeedEntry(s) for s in NeedSection)
    protective_factors: tuple[str, ...] = ()
    no_protective_factors_note: str = ""

    def need(self, section: NeedSection) -> NeedEntry:
        """The entry for ``section`` (an empty one if the form has none)."""
        for n in self.needs:
            if n.section is section:
                return n
        return NeedEntry(section)


@dataclass(frozen=True, slots=True)
class TierOutcome:
    """A tier with its explanation (DESIGN.md section 4: show *why*)."""

    tier: str
    protect_points: int
    change_points: int
    reasons: tuple[str, ...]
    missing: tuple[str, ...]
    provisional: bool


@dataclass(frozen=True, slots=True)
class AssessmentPreview:
    """OGRS3 and the tier worked out from a form as it stands, never refused for being incomplete.

    ``problems`` are (field, message) pairs to show beside the form's fields; ``blocking`` lists what
    must be fixed before the assessment can be completed and signed.
    """

    ogrs3_one_year_pct: int | None
    ogrs3_two_year_pct: int | None
    ogrs3_band: str | None
    ogrs3_codes: tuple[str, ...]
    tier: TierOutcome | None
    problems: tuple[tuple[str, str], ...]
    blocking: tuple[str, ...]

    def problems_by_field(self) -> dict[str, str]:
        """The first message for each field."""
        out: dict[str, str] = {}
        for fld, message in self.problems:
            out.setdefault(fld, message)
        return out


@dataclass(frozen=True, slots=True)
class AssessmentDetail:
    """One assessment, draft or completed, with its current figures.

    For a completed assessment recalculated after a policy change the figures are the recalculated
    ones; ``signed_tier`` and ``signed_ogrs3_band`` keep what was signed. ``read_only_reason`` is None
    when the user may edit it (their own draft).
    """

    assessment_id: str
    prisoner_id: str
    status: str  # DRAFT or COMPLETED
    author_id: str
    author_name: str
    form: AssessmentForm
    ogrs3_one_year_pct: int | None
    ogrs3_two_year_pct: int | None
    ogrs3_band: str | None
    tier: TierOutcome | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    signed_by_name: str | None = None
    supersedes_id: str | None = None
    superseded_by_id: str | None = None
    recalculated_at: datetime | None = None
    signed_tier: str | None = None
    signed_ogrs3_band: str | None = None
    completion_warnings: tuple[str, ...] = ()
    read_only_reason: str | None = None

    @property
    def is_draft(self) -> bool:
        return self.status == "DRAFT"


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One completed assessment in a prisoner's history (newest first)."""

    assessment_id: str
    completed_at: datetime
    signed_by_name: str
    ogrs3_two_year_pct: int | None
    ogrs3_band: str | None
    tier: str | None
    tier_provisional: bool
    supersedes_id: str | None
    superseded_by_id: str | None
    recalculated: bool


@dataclass(frozen=True, slots=True)
class AssessmentOverview:
    """What the likelihood-of-reoffending tab shows for one prisoner."""

    prisoner_id: str
    draft: AssessmentDetail | None
    latest: AssessmentDetail | None
    history: tuple[AssessmentSummary, ...]
    warnings: tuple[str, ...]
    can_start: bool
    cannot_start_reason: str | None = None
    draft_warnings: tuple[str, ...] = ()  # about the open draft (seed 3.14 copy-forward)


@dataclass(frozen=True, slots=True)
class CompletionCheck:
    """Before signing: what blocks completion (field, message) and warnings that never block."""

    problems: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class RecalculationResult:
    """What a bulk tier recalculation found and recorded."""

    assessments: int
    changed: int
    tiers_changed: int
    bands_changed: int
    cancelled: bool
    changes: ChangeSet
