"""Input rules at the casework boundary (issue 7 point 20) not covered by the reception and contact tests.

Typed numbers are ASCII digits only: "９９" is not 99.

Python's ``int()``, ``Decimal()`` and ``\\d`` accept full-width and other scripts' digits; a figure
read back on another screen or terminal must be what the person typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from workbench.casework.allocation import AllocationService
from workbench.casework.assessment import AssessmentService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.validation import parse_whole_number
from workbench.domain.enums import AllocationRole
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.security.principal import CurrentUser
from workbench.store.models import Allocation


@pytest.mark.parametrize("typed", ["９９", "٩٩", "6.４5", "１2"])
def test_rsr_in_other_digits_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest], typed: str
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive())
    service = AssessmentService(ctx)
    draft, _ = service.start_draft(supervisor, prisoner_id)
    with pytest.raises(ValidationError) as caught:
        service.save_draft(supervisor, draft.assessment_id, {"rsr_pct": typed})
    fields = (
        set(caught.value.by_field()) if isinstance(caught.value, ValidationErrors) else {caught.value.field}
    )
    assert fields == {"rsr_pct"}


@pytest.mark.parametrize(("typed", "value"), [("0", 0), (" 42 ", 42), ("-3", -3), ("007", 7)])
def test_whole_numbers_in_ascii_digits_are_read(typed: str, value: int) -> None:
    assert parse_whole_number(typed, "mappa_level", "MAPPA level") == value


@pytest.mark.parametrize("typed", ["９９", "٣", "²", "", "-", "1.0", "1e3", "twelve"])
def test_anything_else_is_refused_with_a_message(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_whole_number(typed, "mappa_level", "MAPPA level")
    assert caught.value.field == "mappa_level"
    assert caught.value.message.startswith(
        "The MAPPA level must be a whole number written with the digits 0 to 9"
    )


# -- allocation: the community offender manager is named in free text -------------------------------


def test_a_pasted_offender_manager_name_and_reason_are_stored_clean(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive())
    request = AllocationRequest(
        prisoner_id,
        AllocationRole.OFFENDER_MANAGER,
        None,
        "Olive\tManager\r\n",
        date(2026, 10, 1),
        "Probation\vregion change",
    )
    AllocationService(ctx).allocate(supervisor, request)
    with ctx.store.read() as s:
        row = s.scalars(select(Allocation)).one()
        assert (row.staff_name, row.reason) == ("Olive Manager", "Probation\nregion change")


def test_an_offender_manager_allocation_before_1950_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive())
    request = AllocationRequest(
        prisoner_id, AllocationRole.OFFENDER_MANAGER, None, "Olive Manager", date(206, 10, 1)
    )
    with pytest.raises(ValidationErrors) as caught:
        AllocationService(ctx).allocate(supervisor, request)
    assert caught.value.by_field() == {
        "start_date": "The allocation start date (1 Oct 206) is before 1 Jan 1950; check the year."
    }
