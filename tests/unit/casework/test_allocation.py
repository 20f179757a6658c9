"""Allocating offender supervisors, community offender managers and personal officers (seed 2.7, 3.1, 3.6).

History is kept: a reallocation ends the current allocation, needs a reason, and both stay on the case.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import AllocationRole, UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.security.principal import CurrentUser
from workbench.store.models import Allocation, AuditEvent, Outbox

OS = AllocationRole.OFFENDER_SUPERVISOR
OM = AllocationRole.OFFENDER_MANAGER
PO = AllocationRole.PERSONAL_OFFICER
ARRIVED = date(2026, 11, 20)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """A prisoner received on Fri 20 Nov 2026."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


@pytest.fixture
def second_supervisor(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    return new_user("os.two", "Pat Second", UserRole.SUPERVISOR)


def _allocate(
    ctx: ServiceContext,
    user: CurrentUser,
    prisoner_id: str,
    role: AllocationRole = OS,
    *,
    staff: CurrentUser | None = None,
    name: str = "",
    on: date = date(2026, 11, 23),
    reason: str = "",
) -> Any:
    staff_id = staff.user_id if staff else None
    return AllocationService(ctx).allocate(
        user, AllocationRequest(prisoner_id, role, staff_id, name, on, reason)
    )


def _errors(caught: pytest.ExceptionInfo[ValidationErrors]) -> dict[str | None, str]:
    return caught.value.by_field()


def test_allocating_an_offender_supervisor(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    changes = _allocate(ctx, supervisor, prisoner_id, staff=supervisor)
    assert changes.prisoner_ids == {prisoner_id} and changes.entities == {"allocation"}
    current = CaseloadService(ctx).detail(supervisor, prisoner_id).current_allocation(OS)
    assert current is not None
    assert (current.staff_user_id, current.staff_name, current.start_date, current.end_date) == (
        supervisor.user_id,
        "Sam Supervisor",
        date(2026, 11, 23),
        None,
    )
    assert current.recorded_by == "Sam Supervisor"
    with ctx.store.read() as s:
        assert list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "allocation"))) == [
            "allocation.started"
        ]


def test_a_community_offender_manager_is_named_in_free_text(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    # The community OM is not a local user, and may have held the case since before the prisoner arrived.
    _allocate(ctx, supervisor, prisoner_id, OM, name="  Olive Manager ", on=date(2026, 10, 1))
    om = CaseloadService(ctx).detail(supervisor, prisoner_id).current_allocation(OM)
    assert om is not None and (om.staff_name, om.staff_user_id, om.start_date) == (
        "Olive Manager",
        None,
        date(2026, 10, 1),
    )


@pytest.mark.parametrize(
    ("role", "kwargs", "field", "message"),
    [
        pytest.param(
            OS,
            {"on": date(2026, 11, 19)},
            "start_date",
            "The allocation cannot start before the prisoner arrived (20 Nov 2026).",
            id="before arrival",
        ),
        pytest.param(
            PO,
            {"on": date(2026, 11, 19)},
            "start_date",
            "The allocation cannot start before the prisoner arrived (20 Nov 2026).",
            id="PO before arrival",
        ),
        pytest.param(
            OS,
            {"on": date(2026, 11, 27)},
            "start_date",
            "The allocation cannot start in the future.",
            id="future",
        ),
        pytest.param(
            OS, {"staff": None}, "staff", "Choose the offender supervisor from the list.", id="no staff"
        ),
        pytest.param(PO, {"staff": None}, "staff", "Choose the personal officer from the list.", id="no PO"),
        pytest.param(
            OM, {"name": "   "}, "staff", "Enter the community offender manager's name.", id="no OM name"
        ),
        pytest.param(
            OM, {"name": "N" * 121}, "staff", "is 121 characters; the most allowed is 120", id="long OM name"
        ),
        pytest.param(
            OS,
            {"reason": "r" * 2001},
            "reason",
            "The reason is 2,001 characters; the most allowed is 2,000.",
            id="long reason",
        ),
    ],
)
def test_allocation_rules(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    prisoner_id: str,
    role: AllocationRole,
    kwargs: dict[str, Any],
    field: str,
    message: str,
) -> None:
    kwargs = {"staff": supervisor, **kwargs}
    with pytest.raises(ValidationErrors) as caught:
        _allocate(ctx, supervisor, prisoner_id, role, **kwargs)
    assert message in _errors(caught)[field]
    assert CaseloadService(ctx).detail(supervisor, prisoner_id).allocations == ()


def test_an_unknown_staff_id_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        AllocationService(ctx).allocate(
            supervisor,
            AllocationRequest(
                prisoner_id, OS, "00000000-0000-0000-0000-00000000dead", "", date(2026, 11, 23)
            ),
        )
    assert _errors(caught)["staff"] == "Choose the offender supervisor from the list."


def test_an_unknown_prisoner_is_refused(ctx: ServiceContext, supervisor: CurrentUser) -> None:
    with pytest.raises(ValidationError, match="no longer on this terminal's record"):
        _allocate(ctx, supervisor, "no-such-prisoner", staff=supervisor)


def test_allocating_the_same_person_again_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    _allocate(ctx, supervisor, prisoner_id, staff=supervisor)
    with pytest.raises(ValidationErrors) as caught:
        _allocate(ctx, supervisor, prisoner_id, staff=supervisor, on=date(2026, 11, 25), reason="again")
    assert _errors(caught)["staff"] == "Sam Supervisor is already allocated."


def test_reallocation_needs_a_reason(
    ctx: ServiceContext, supervisor: CurrentUser, second_supervisor: CurrentUser, prisoner_id: str
) -> None:
    _allocate(ctx, supervisor, prisoner_id, staff=supervisor)
    with pytest.raises(ValidationErrors) as caught:
        _allocate(ctx, supervisor, prisoner_id, staff=second_supervisor, on=date(2026, 11, 25), reason="  ")
    assert _errors(caught)["reason"] == "Give the reason for reallocating from Sam Supervisor."
    current = CaseloadService(ctx).detail(supervisor, prisoner_id).current_allocation(OS)
    assert current is not None and current.staff_name == "Sam Supervisor"  # nothing changed


def test_reallocation_ends_the_current_allocation_and_keeps_history(
    ctx: ServiceContext, supervisor: CurrentUser, second_supervisor: CurrentUser, prisoner_id: str
) -> None:
    _allocate(ctx, supervisor, prisoner_id, staff=supervisor)
    _allocate(
        ctx,
        supervisor,
        prisoner_id,
        staff=second_supervisor,
        on=date(2026, 11, 25),
        reason=" Caseload balance ",
    )

    detail = CaseloadService(ctx).detail(supervisor, prisoner_id)
    os_history = [
        (a.staff_name, a.start_date, a.end_date, a.reason) for a in detail.allocations if a.role is OS
    ]
    assert os_history == [
        ("Pat Second", date(2026, 11, 25), None, "Caseload balance"),
        ("Sam Supervisor", date(2026, 11, 23), date(2026, 11, 25), ""),
    ]
    current = detail.current_allocation(OS)
    assert current is not None and current.staff_user_id == second_supervisor.user_id
    row = CaseloadService(ctx).row(supervisor, prisoner_id)
    assert row is not None and row.offender_supervisor_name == "Pat Second"

    with ctx.store.read() as s:
        actions = list(
            s.scalars(
                select(AuditEvent.action).where(AuditEvent.entity == "allocation").order_by(AuditEvent.seq)
            )
        )
        ended = s.scalars(select(Outbox).where(Outbox.entity == "allocation", Outbox.op == "UPDATE")).one()
    assert actions == ["allocation.started", "allocation.ended", "allocation.reallocated"]
    assert set(json.loads(ended.patch_json)) == {"end_date", "updated_at"}


def test_reallocation_cannot_start_before_the_current_allocation(
    ctx: ServiceContext, supervisor: CurrentUser, second_supervisor: CurrentUser, prisoner_id: str
) -> None:
    _allocate(ctx, supervisor, prisoner_id, staff=supervisor, on=date(2026, 11, 24))
    with pytest.raises(ValidationErrors) as caught:
        _allocate(ctx, supervisor, prisoner_id, staff=second_supervisor, on=date(2026, 11, 23), reason="swap")
    assert (
        _errors(caught)["start_date"]
        == "The new allocation cannot start before the current one (24 Nov 2026)."
    )


def test_roles_are_allocated_independently(
    ctx: ServiceContext, supervisor: CurrentUser, second_supervisor: CurrentUser, prisoner_id: str
) -> None:
    _allocate(ctx, supervisor, prisoner_id, OS, staff=supervisor)
    _allocate(ctx, supervisor, prisoner_id, PO, staff=second_supervisor)  # no reason needed: no current PO
    _allocate(ctx, supervisor, prisoner_id, OM, name="Olive Manager")
    detail = CaseloadService(ctx).detail(supervisor, prisoner_id)
    current = {role: detail.current_allocation(role) for role in AllocationRole}
    assert {role: a.staff_name for role, a in current.items() if a} == {
        OS: "Sam Supervisor",
        PO: "Pat Second",
        OM: "Olive Manager",
    }


def test_reallocating_the_community_offender_manager(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    _allocate(ctx, supervisor, prisoner_id, OM, name="Olive Manager")
    with pytest.raises(ValidationErrors) as caught:
        _allocate(ctx, supervisor, prisoner_id, OM, name="olive manager", reason="x")
    assert _errors(caught)["staff"] == "olive manager is already allocated."
    _allocate(ctx, supervisor, prisoner_id, OM, name="Nia New", on=date(2026, 11, 24), reason="Moved area")
    oms = [
        (a.staff_name, a.end_date)
        for a in CaseloadService(ctx).detail(supervisor, prisoner_id).allocations
        if a.role is OM
    ]
    assert oms == [("Nia New", None), ("Olive Manager", date(2026, 11, 24))]


@pytest.mark.parametrize("role_fixture", ["contributor", "admin"])
def test_roles_that_may_not_allocate_are_told_who_can(
    request: pytest.FixtureRequest,
    ctx: ServiceContext,
    supervisor: CurrentUser,
    prisoner_id: str,
    role_fixture: str,
) -> None:
    user: CurrentUser = request.getfixturevalue(role_fixture)
    with pytest.raises(PermissionDenied) as caught:
        _allocate(ctx, user, prisoner_id, staff=supervisor)
    assert caught.value.message.endswith(
        "cannot allocate staff to cases. Ask: Offender supervisor, OMU manager."
    )
    with ctx.store.read() as s:
        assert s.scalars(select(Allocation)).first() is None


def test_a_manager_may_allocate(
    ctx: ServiceContext, manager: CurrentUser, supervisor: CurrentUser, prisoner_id: str
) -> None:
    _allocate(ctx, manager, prisoner_id, staff=supervisor)
    current = CaseloadService(ctx).detail(manager, prisoner_id).current_allocation(OS)
    assert current is not None and current.recorded_by == "Morgan Manager"


def test_only_supervisors_and_managers_can_be_offender_supervisor(
    ctx: ServiceContext, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        _allocate(ctx, supervisor, prisoner_id, staff=contributor)
    assert "not an offender supervisor" in caught.value.by_field()["staff"]
    # ... but anyone on the staff can be a personal officer.
    _allocate(ctx, supervisor, prisoner_id, PO, staff=contributor)
