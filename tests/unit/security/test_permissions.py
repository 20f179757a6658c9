"""Which role may do what; a refusal says who can (DESIGN.md section 6)."""

from __future__ import annotations

import pytest

from workbench.domain.enums import UserRole
from workbench.domain.errors import PermissionDenied
from workbench.security.permissions import Permission, allows, require

S, M, C, A = UserRole.SUPERVISOR, UserRole.MANAGER, UserRole.CONTRIBUTOR, UserRole.ADMIN

# permission -> the roles that hold it (every other role is refused).
MATRIX: dict[Permission, set[UserRole]] = {
    Permission.VIEW_CASELOAD: {S, M, C, A},
    Permission.RECEIVE_PRISONER: {S, M, A},
    Permission.ALLOCATE: {S, M},
    Permission.RECORD_CONTACT: {S, M},
    Permission.MANAGE_USERS: {A},
    Permission.GENERATE_DEMO_DATA: {M, A},
    Permission.VERIFY_AUDIT: {M, A},
    Permission.ASSESS: {S, M},
    Permission.RECALCULATE_TIERS: {M},
    Permission.UNLOCK_ACCOUNTS: {M, A},
    # -- central record hardened (issue 11) --
    Permission.RESOLVE_SYNC_CONFLICTS: {S, M},
    Permission.ADD_CONTACT_NOTE: {S, M, C},  # contact log (issue 8 point 8)
    # -- interview (issue 8) --
    Permission.INTERVIEW: {S, M},
    Permission.UPDATE_REFERRALS: {S, M},
    # -- risk management plan, children, victims, MAPPA (issue 8) --
    Permission.VIEW_PUBLIC_PROTECTION: {S, M},
    Permission.PLAN_RISK: {S, M},
    # -- risk of harm countersigning (issue 8) --
    Permission.COUNTERSIGN: {M},
    # -- sentence plan (issue 9) --
    Permission.PLAN: {S, M},
    Permission.REQUEST_CONTRIBUTIONS: {S, M},
    Permission.RECORD_INTERVENTIONS: {S, M},
    Permission.CONTRIBUTE: {S, M, C},
    # -- reviews and boards (issue 10) --
    Permission.REVIEW: {S, M},
    Permission.SCHEDULE_BOARDS: {S, M},
    Permission.PRINT_BOARD_PACKS: {S, M},
}


def test_the_matrix_covers_every_permission() -> None:
    assert set(MATRIX) == set(Permission)


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("role", list(UserRole))
def test_allows(role: UserRole, permission: Permission) -> None:
    assert allows(role, permission) is (role in MATRIX[permission])


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("role", list(UserRole))
def test_require_refuses_with_who_can(role: UserRole, permission: Permission) -> None:
    if role in MATRIX[permission]:
        require(role, permission)
        return
    with pytest.raises(PermissionDenied) as caught:
        require(role, permission)
    message = caught.value.message
    assert message.startswith(f"Your role ({role.label}) cannot {permission.value}. Ask: ")
    who = message.split("Ask: ", 1)[1].rstrip(".").split(", ")
    assert who == [r.label for r in UserRole if r in MATRIX[permission]]


@pytest.mark.parametrize(
    ("role", "permission", "message"),
    [
        (
            C,
            Permission.RECEIVE_PRISONER,
            "Your role (Department contributor) cannot receive prisoners. "
            "Ask: Offender supervisor, OMU manager, "
            "Administrator.",
        ),
        (
            A,
            Permission.ALLOCATE,
            "Your role (Administrator) cannot allocate staff to cases. Ask: Offender supervisor, "
            "OMU manager.",
        ),
        (
            S,
            Permission.MANAGE_USERS,
            "Your role (Offender supervisor) cannot manage user accounts. Ask: Administrator.",
        ),
    ],
)
def test_refusal_messages_read_well(role: UserRole, permission: Permission, message: str) -> None:
    with pytest.raises(PermissionDenied) as caught:
        require(role, permission)
    assert caught.value.message == message
