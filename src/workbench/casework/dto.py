"""Frozen data transfer objects: what services hand to the GUI and reports. Never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workbench.domain.enums import (
    AllocationRole,
    CustodyEventType,
    Gender,
    RoshLevel,
    SentenceType,
    UserRole,
)
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
