"""Frozen DTOs of the risk management plan and of the children, victims and MAPPA (issue 8 points 4–5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from workbench.domain.enums import RoshLevel
from workbench.domain.rmp import Measure, MeasureCategory, Party, RequiredItem


@dataclass(frozen=True, slots=True)
class RmpForm:
    """What the author edits: the measures, why a category has none, and the review date."""

    measures: tuple[Measure, ...] = ()
    category_notes: Mapping[str, str] = field(default_factory=dict)
    review_date: date | None = None


@dataclass(frozen=True, slots=True)
class DistributionRecord:
    """One party a signed plan is shared with (class B: editable after signing)."""

    distribution_id: str
    plan_id: str
    party: Party
    party_name: str
    shared_on: date | None
    acknowledged_on: date | None
    acknowledged_by: str | None

    @property
    def label(self) -> str:
        """The party as a person reads it ("Security", "Other: Chaplaincy")."""
        return f"{self.party.label}: {self.party_name}" if self.party_name else self.party.label

    @property
    def state(self) -> str:
        """Shared and acknowledged, in one phrase for the distribution table."""
        if self.acknowledged_on is not None:
            who = f" by {self.acknowledged_by}" if self.acknowledged_by else ""
            return f"Acknowledged {self.acknowledged_on.day} {self.acknowledged_on:%b %Y}{who}"
        if self.shared_on is None:
            return "Not shared yet"
        return f"Shared {self.shared_on.day} {self.shared_on:%b %Y}, not acknowledged"


@dataclass(frozen=True, slots=True)
class PlanDetail:
    """One plan, draft or signed, as the user may see it.

    ``measures`` hold only what the user's role may read; ``hidden_restricted`` says how many
    restricted measures were left out (a contributor reads "1 restricted measure not shown").
    """

    plan_id: str
    prisoner_id: str
    status: str  # DRAFT / COMPLETED
    author_id: str
    author_name: str
    overall_level: RoshLevel | None
    form: RmpForm
    hidden_restricted: int
    created_at: datetime
    completed_at: datetime | None
    signed_by_name: str | None
    supersedes_id: str | None
    countersign_required: bool
    countersign_state: str | None  # "Awaiting countersignature", "Countersigned by ..." ...
    completion_warnings: tuple[str, ...]
    read_only_reason: str | None

    @property
    def is_draft(self) -> bool:
        return self.status == "DRAFT"

    @property
    def hidden_note(self) -> str:
        """What a reader without public-protection access is told; empty when nothing is hidden."""
        n = self.hidden_restricted
        if not n:
            return ""
        return f"{n} restricted measure{'s' if n != 1 else ''} not shown (public-protection detail)."

    def measures_in(self, category: MeasureCategory) -> tuple[Measure, ...]:
        """The visible measures under one heading."""
        return tuple(m for m in self.form.measures if m.category is category)


@dataclass(frozen=True, slots=True)
class RmpOverview:
    """The plan tab of one prisoner: whether a plan is required, the draft, the current plan and its
    distribution, the earlier versions, and the items children and victims require."""

    prisoner_id: str
    overall_level: RoshLevel | None
    required: bool
    required_reason: str
    draft: PlanDetail | None
    current: PlanDetail | None
    history: tuple[PlanDetail, ...]  # signed versions, newest first (the current one included)
    distribution: tuple[DistributionRecord, ...]  # of the current plan
    can_start: bool
    cannot_start_reason: str | None
    required_items: tuple[tuple[RequiredItem, str], ...]
    can_write: bool = False  # the role may write plans and share them


@dataclass(frozen=True, slots=True)
class ChildConcernForm:
    """A child at risk and the in-prison measures (visits, phone, mail) that protect them."""

    child: str = ""
    relationship: str = ""
    contact: str = ""
    known_to_childrens_services: bool | None = None
    child_protection_status: str = "UNKNOWN"
    visits_measure: str = ""
    phone_measure: str = ""
    mail_measure: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ChildConcernRecord:
    """A recorded child concern."""

    child_id: str
    form: ChildConcernForm
    recorded_by: str
    updated_at: datetime

    @property
    def is_child_protection(self) -> bool:
        """Whether the status is a child-protection concern (anything but NONE)."""
        return self.form.child_protection_status != "NONE"

    @property
    def has_measures(self) -> bool:
        f = self.form
        return any(v.strip() for v in (f.visits_measure, f.phone_measure, f.mail_measure))


@dataclass(frozen=True, slots=True)
class VictimForm:
    """An identifiable victim, the victim liaison contact, the victim-awareness work."""

    victim: str = ""
    relationship: str = ""
    liaison_contact: str = ""
    victim_awareness: str = "NONE"
    victim_awareness_notes: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class VictimRecord:
    """A recorded victim."""

    victim_id: str
    form: VictimForm
    recorded_by: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class MappaForm:
    """MAPPA category and level (1–3 each, or None) with review dates."""

    category: int | None = None
    level: int | None = None
    last_review_date: date | None = None
    next_review_date: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PeopleOverview:
    """Children at risk, victims and MAPPA for one prisoner, and what they require of the plan."""

    prisoner_id: str
    children: tuple[ChildConcernRecord, ...]
    victims: tuple[VictimRecord, ...]
    mappa: MappaForm | None
    mappa_recorded_by: str
    can_edit: bool
    required_items: tuple[tuple[RequiredItem, str], ...]


CHILD_PROTECTION_LABELS: Mapping[str, str] = {
    "NONE": "No child-protection concern",
    "CHILD_IN_NEED": "Child in need",
    "CHILD_PROTECTION_PLAN": "Child-protection plan",
    "LOOKED_AFTER": "Looked-after child",
    "UNKNOWN": "Not known yet",
}
VICTIM_AWARENESS_LABELS: Mapping[str, str] = {
    "NONE": "None planned",
    "PLANNED": "Planned",
    "IN_PROGRESS": "In progress",
    "DONE": "Done",
}
