"""Frozen DTOs of allocations: a request to allocate and an allocation as recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbench.domain.enums import AllocationRole


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
class AllocationRequest:
    prisoner_id: str
    role: AllocationRole
    staff_user_id: str | None  # local staff (OS, personal officer)
    staff_name: str  # free text for a community offender manager
    start_date: date
    reason: str = ""
