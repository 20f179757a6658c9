"""Frozen DTOs about staff and establishments (the user service)."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.domain.enums import UserRole


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
