"""What the intervention ledger screens show and send (issue 9 point 4): frozen, Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbench.domain.plan import Availability, TransferStatus


@dataclass(frozen=True, slots=True)
class RequirementInput:
    """A required intervention as typed: a catalogue ``intervention_code`` or a typed ``intervention_name``,
    the ``need`` it answers (a link code), optionally the ``objective_id``, its availability, the
    ``reason`` and the ``planned_on`` date, and what ``substitute`` was offered."""

    intervention_code: str
    intervention_name: str
    need: str
    availability: Availability
    reason: str = ""
    planned_on: date | None = None
    objective_id: str | None = None
    substitute: str = ""


@dataclass(frozen=True, slots=True)
class RequirementRow:
    """One required intervention in the ledger. ``need_open``: the need is unmet (``need_stays_open``)."""

    requirement_id: str
    prisoner_id: str
    noms_number: str
    prisoner_name: str
    intervention_code: str
    intervention: str
    need: str
    need_label: str
    availability: Availability
    planned_on: date | None
    reason: str
    substitute: str
    objective_id: str | None
    establishment_code: str
    recorded_on: date
    recorded_by_name: str

    @property
    def need_open(self) -> bool:
        """Whether the need stays open (not delivered, no route planned, or only a substitute)."""
        return self.availability.need_stays_open


@dataclass(frozen=True, slots=True)
class LedgerCount:
    """How many requirements for one intervention stand at one availability."""

    intervention: str
    availability: Availability
    count: int


@dataclass(frozen=True, slots=True)
class Ledger:
    """The unmet-need ledger of an establishment: counts by intervention and availability, and the list."""

    establishment_code: str
    counts: tuple[LedgerCount, ...]
    rows: tuple[RequirementRow, ...]

    @property
    def open_count(self) -> int:
        """Requirements whose need stays open."""
        return sum(1 for r in self.rows if r.need_open)


@dataclass(frozen=True, slots=True)
class TransferRow:
    """A transfer-for-resources request."""

    transfer_id: str
    prisoner_id: str
    requirement_id: str | None
    destination: str
    status: TransferStatus
    status_on: date
    reason: str
    requested_by_name: str
