"""The signed-in principal: who is acting, with which role, at which establishment."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.domain.enums import UserRole


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """The signed-in member of staff; passed to every casework call."""

    user_id: str
    username: str
    display_name: str
    role: UserRole
    establishment_code: str
