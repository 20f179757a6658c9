"""The allocation list counts each officer's current cases in one query (issue 7 point 8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from workbench.casework.allocation import AllocationService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import AllocationRole, UserRole
from workbench.security.principal import CurrentUser


def test_counts_open_allocations_per_officer_in_the_role(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    new_user: Callable[..., CurrentUser],
    receive: Callable[..., ReceptionRequest],
) -> None:
    other = new_user("os.two", "Priya Patel", UserRole.SUPERVISOR)
    reception = ReceptionService(ctx)
    service = AllocationService(ctx)
    prisoners = [
        reception.receive(supervisor, receive(noms_number=noms))[0]
        for noms in ("A1234BC", "B2345CD", "C3456DE")
    ]

    def allocate(prisoner_id: str, who: CurrentUser, role: AllocationRole, reason: str = "") -> None:
        service.allocate(
            supervisor, AllocationRequest(prisoner_id, role, who.user_id, "", date(2026, 11, 23), reason)
        )

    for prisoner_id in prisoners:
        allocate(prisoner_id, supervisor, AllocationRole.OFFENDER_SUPERVISOR)
    allocate(prisoners[0], other, AllocationRole.OFFENDER_SUPERVISOR, "Rebalancing")  # ends Sam's first
    allocate(prisoners[1], other, AllocationRole.PERSONAL_OFFICER)  # another role: not counted below

    supervising = service.staff_with_caseload(
        supervisor, AllocationRole.OFFENDER_SUPERVISOR, (UserRole.SUPERVISOR, UserRole.MANAGER)
    )
    assert [(entry.member.display_name, entry.cases) for entry in supervising] == [
        ("Priya Patel", 1),
        ("Sam Supervisor", 2),
    ]
    assert [entry.label for entry in supervising] == [
        "Priya Patel — 1 case",
        "Sam Supervisor — 2 cases",
    ]
    officers = service.staff_with_caseload(supervisor, AllocationRole.PERSONAL_OFFICER)
    assert {entry.member.display_name: entry.cases for entry in officers}["Priya Patel"] == 1
