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
    # -- central record hardened (issue 11) --
    RESOLVE_SYNC_CONFLICTS = "resolve sync conflicts and quarantined changes"
    # -- contact log (issue 8 point 8) --
    ADD_CONTACT_NOTE = "add entries to the contact log"
    # -- interview (issue 8) --
    INTERVIEW = "conduct initial interviews"
    UPDATE_REFERRALS = "update the status of referrals"
    # -- risk management plan, children, victims, MAPPA (issue 8 points 4-5) --
    VIEW_PUBLIC_PROTECTION = "see restricted public-protection detail"
    PLAN_RISK = "write risk management plans and record children, victims and MAPPA"
    # -- risk of harm countersigning (issue 8) --
    COUNTERSIGN = "countersign risk of harm work"
    # -- sentence plan (issue 9) --
    PLAN = "write and agree the sentence plan"
    REQUEST_CONTRIBUTIONS = "request department contributions to the plan"
    CONTRIBUTE = "write department contributions to the plan"
    RECORD_INTERVENTIONS = "record required interventions and transfer requests"
    # -- reviews and boards (issue 10) --
    REVIEW = "record and sign reviews, and snooze review tasks"
    SCHEDULE_BOARDS = "schedule and record sentence planning boards"
    PRINT_BOARD_PACKS = "print board packs"


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

# -- central record hardened (issue 11) --
# Resolving a conflict decides which version of case data stands, so it is for the staff who write
# case data; contributors and administrators see the list read-only.
for _role in (UserRole.SUPERVISOR, UserRole.MANAGER):
    _GRANTS[_role] = _GRANTS[_role] | {Permission.RESOLVE_SYNC_CONFLICTS}


# -- contact log (issue 8 point 8) --
# Every department adds its contacts and observations to the one log (wing, education, healthcare...).
for _role in (UserRole.SUPERVISOR, UserRole.MANAGER, UserRole.CONTRIBUTOR):
    _GRANTS[_role] = _GRANTS[_role] | {Permission.ADD_CONTACT_NOTE}
# -- interview (issue 8) --
for _role in (UserRole.SUPERVISOR, UserRole.MANAGER):
    _GRANTS[_role] = _GRANTS[_role] | {Permission.INTERVIEW, Permission.UPDATE_REFERRALS}


# -- risk management plan, children, victims, MAPPA (issue 8 points 4-5) --
# Restricted RMP measures are public-protection detail: supervisors and managers only, never
# department contributors (issue 8 point 9).
for _role in (UserRole.SUPERVISOR, UserRole.MANAGER):
    _GRANTS[_role] = _GRANTS[_role] | {Permission.VIEW_PUBLIC_PROTECTION, Permission.PLAN_RISK}
# -- risk of harm countersigning (issue 8): the OMU manager's oversight (seed 4.9) --
_GRANTS[UserRole.MANAGER] = _GRANTS[UserRole.MANAGER] | {Permission.COUNTERSIGN}


# -- sentence plan (issue 9) --
# One plan, written by the OMU; every department contributes to it (seed 3.22-3.23) but only the
# supervisor (or manager) merges proposals into THE plan. Contributors never edit the plan directly.
for _role in (UserRole.SUPERVISOR, UserRole.MANAGER):
    _GRANTS[_role] = _GRANTS[_role] | {
        Permission.PLAN,
        Permission.REQUEST_CONTRIBUTIONS,
        Permission.RECORD_INTERVENTIONS,
    }
for _role in (UserRole.SUPERVISOR, UserRole.MANAGER, UserRole.CONTRIBUTOR):
    _GRANTS[_role] = _GRANTS[_role] | {Permission.CONTRIBUTE}

# -- reviews and boards (issue 10) --
# Reviews and boards are the OMU's work. The pack holds restricted sections (the risk management plan, the
# security digest), so supervisors and managers print it; contributors write their pages through issue 9.
for _role in (UserRole.SUPERVISOR, UserRole.MANAGER):
    _GRANTS[_role] = _GRANTS[_role] | {
        Permission.REVIEW,
        Permission.SCHEDULE_BOARDS,
        Permission.PRINT_BOARD_PACKS,
    }


def allows(role: UserRole, permission: Permission) -> bool:
    """Whether ``role`` holds ``permission``."""
    return permission in _GRANTS[role]


def require(role: UserRole, permission: Permission) -> None:
    """Raise ``PermissionDenied`` with a message that says who can do it instead."""
    if allows(role, permission):
        return
    who = [r.label for r in UserRole if allows(r, permission)]
    raise PermissionDenied(f"Your role ({role.label}) cannot {permission.value}. Ask: {', '.join(who)}.")
