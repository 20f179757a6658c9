"""My work (issue 10 point 3) on a real store: reviews, National Standards items, contribution requests
and boards for the signed-in supervisor's caseload, the manager's establishment, a contributor's queue."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest

from workbench.casework.allocation import AllocationService
from workbench.casework.context import ServiceContext
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.reviews import WorkKind
from workbench.casework.my_work import MyWorkService
from workbench.casework.reception import ReceptionService
from workbench.casework.reviews import ReviewService
from workbench.domain.enums import AllocationRole
from workbench.domain.plan import Department
from workbench.security.permissions import Permission
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import DomainEvent
from workbench.store.review_models import Board


@pytest.fixture
def mine(ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]) -> str:
    """A prisoner received on 20 Nov 2026 whose offender supervisor is the signed-in supervisor."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    AllocationService(ctx).allocate(
        supervisor,
        AllocationRequest(
            pid, AllocationRole.OFFENDER_SUPERVISOR, supervisor.user_id, "", date(2026, 11, 23), ""
        ),
    )
    return pid


@pytest.fixture
def not_mine(ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]) -> str:
    """Another prisoner, with nobody allocated."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive(noms_number="B2345CD", family_name="Other"))
    return pid


def _event(ctx: ServiceContext, user: CurrentUser, pid: str, kind: str, on: datetime) -> None:
    with ctx.write(user, Permission.RECORD_CONTACT) as uow:
        uow.add(
            DomainEvent(id=new_id(), prisoner_id=pid, kind=kind, occurred_at=on, payload=json.dumps({})),
            "domain_event.raised",
        )


def _board(ctx: ServiceContext, user: CurrentUser, pid: str, on: date) -> None:
    with ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
        uow.add(
            Board(prisoner_id=pid, kind="INITIAL", scheduled_on=on, scheduled_time="10:00", location="OMU"),
            "board.scheduled",
        )


def test_a_supervisors_list_holds_their_prisoners_reviews_standards_and_boards(
    ctx: ServiceContext, supervisor: CurrentUser, mine: str, not_mine: str
) -> None:
    for pid in (mine, not_mine):
        _event(ctx, supervisor, pid, "OBJECTIVE_ACHIEVED", datetime(2026, 11, 24, 10))
        _event(ctx, supervisor, pid, "OFFENCE_PARALLELING", datetime(2026, 11, 5, 10))
        _board(ctx, supervisor, pid, date(2026, 12, 3))
    _board(ctx, supervisor, mine, date(2027, 1, 20))  # beyond 14 days: not listed
    ReviewService(ctx).sweep(supervisor)

    work = MyWorkService(ctx).items(supervisor)
    assert {i.prisoner_id for i in work.items} == {mine}
    kinds = [i.kind for i in work.items]
    assert kinds.count(WorkKind.REVIEW) == 1  # one open review collects both reasons
    [review] = [i for i in work.items if i.kind is WorkKind.REVIEW]
    assert review.title == "Review: Offence-paralleling behaviour, Objective achieved"  # earliest due first
    assert review.due_on == date(2026, 11, 19) and review.overdue  # the earliest reason is overdue
    assert review.tab == "reviews" and review.noms_number == "A1234BC"
    [board] = [i for i in work.items if i.kind is WorkKind.BOARD]
    assert board.detail == "Initial board on 3 Dec 2026 at 10:00 in OMU."
    assert WorkKind.NATIONAL_STANDARD in kinds  # first contact is due within 10 working days
    # Overdue first, then by date; the counts are what the screen shows.
    assert work.items[0].overdue
    assert work.summary() == f"{len(work.items)} items, {work.overdue_count} overdue"
    assert work.overdue_count == sum(1 for i in work.items if i.overdue) >= 1


def test_a_manager_sees_the_establishment(
    ctx: ServiceContext, supervisor: CurrentUser, manager: CurrentUser, mine: str, not_mine: str
) -> None:
    _event(ctx, supervisor, not_mine, "OBJECTIVE_ACHIEVED", datetime(2026, 11, 24, 10))
    ReviewService(ctx).sweep(supervisor)
    reviews = [i for i in MyWorkService(ctx).items(manager).items if i.kind is WorkKind.REVIEW]
    assert [i.prisoner_id for i in reviews] == [not_mine]


def test_contribution_requests_answered_or_overdue_come_back_to_the_requester(
    ctx: ServiceContext, supervisor: CurrentUser, contributor: CurrentUser, mine: str
) -> None:
    service = ContributionService(ctx)
    rid, _ = service.request(supervisor, mine, Department.EDUCATION, date(2026, 12, 10), "Literacy, please.")
    assert not [i for i in MyWorkService(ctx).items(supervisor).items if i.kind is WorkKind.CONTRIBUTION]
    # The contributor sees the request addressed to their department.
    [asked] = MyWorkService(ctx).items(contributor).items
    assert (asked.kind, asked.ref_id, asked.due_on, asked.overdue) == (
        WorkKind.CONTRIBUTION,
        rid,
        date(2026, 12, 10),
        False,
    )
    later = replace(ctx, today=lambda: date(2026, 12, 11))
    [overdue] = [i for i in MyWorkService(later).items(supervisor).items if i.kind is WorkKind.CONTRIBUTION]
    assert overdue.overdue and overdue.title == "Contribution from Education overdue"
    service.write(contributor, rid, "Reads at entry level 2.", [])
    [received] = [i for i in MyWorkService(later).items(supervisor).items if i.kind is WorkKind.CONTRIBUTION]
    assert not received.overdue and "received" in received.title
    assert MyWorkService(ctx).items(contributor).items == ()  # answered: nothing left to write
