"""Which role may do what. Every casework call checks here; the central record checks again."""

from __future__ import annotations

from enum import StrEnum

from workbench.domain.enums import UserRole
from workbench.domain.errors import PermissionDenied


class Permission(StrEnum):
    VIEW_CASELOAD = "view the caseload"
    RECEIVE_PRISONER = "receive prisoners"
    ALLOCATE = "allocate staff to cases"
    RECORD_CONTACT = "record contacts"
    MANAGE_USERS = "manage user accounts"
    GENERATE_DEMO_DATA = "generate demo data"
    VERIFY_AUDIT = "verify the audit trail"
    ASSESS = "write likelihood of reoffending assessments"
    RECALCULATE_TIERS = "recalculate every prisoner's tier"
    UNLOCK_ACCOUNTS = "unlock accounts locked after wrong passwords"
    # -- risk of harm countersigning (issue 8) --
    COUNTERSIGN = "countersign risk of harm work"


_GRANTS: dict[UserRole, frozenset[Permission]] = {
    UserRole.SUPERVISOR: frozenset(
        {
            Permission.VIEW_CASELOAD,
            Permission.RECEIVE_PRISONER,
            Permission.ALLOCATE,
            Permission.RECORD_CONTACT,
            Permission.ASSESS,
        }
    ),
    UserRole.MANAGER: frozenset(
        {
            Permission.VIEW_CASELOAD,
            Permission.RECEIVE_PRISONER,
            Permission.ALLOCATE,
            Permission.RECORD_CONTACT,
            Permission.VERIFY_AUDIT,
            Permission.GENERATE_DEMO_DATA,
            Permission.ASSESS,
            Permission.RECALCULATE_TIERS,
            Permission.UNLOCK_ACCOUNTS,
        }
    ),
    UserRole.CONTRIBUTOR: frozenset({Permission.VIEW_CASELOAD}),
    UserRole.ADMIN: frozenset(
        {
            Permission.VIEW_CASELOAD,
            Permission.RECEIVE_PRISONER,
            Permission.MANAGE_USERS,
            Permission.VERIFY_AUDIT,
            Permission.GENERATE_DEMO_DATA,
            Permission.UNLOCK_ACCOUNTS,
        }
    ),
}

# -- risk of harm countersigning (issue 8): the OMU manager's oversight (seed 4.9) --
_GRANTS[UserRole.MANAGER] = _GRANTS[UserRole.MANAGER] | {Permission.COUNTERSIGN}


def allows(role: UserRole, permission: Permission) -> bool:
    """Whether ``role`` holds ``permission``."""
    return permission in _GRANTS[role]


def require(role: UserRole, permission: Permission) -> None:
    """Raise ``PermissionDenied`` with a message that says who can do it instead."""
    if allows(role, permission):
        return
    who = [r.label for r in UserRole if allows(r, permission)]
    raise PermissionDenied(f"Your role ({role.label}) cannot {permission.value}. Ask: {', '.join(who)}.")
