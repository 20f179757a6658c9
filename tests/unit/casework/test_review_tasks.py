"""The review-trigger sweep and review tasks on a real store (issue 10 point 1): events become tasks once,
the calendar raises its tasks, one open review collects the reasons, snoozing and cancelling."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.reviews import ReviewService
from workbench.domain.enums import AllocationRole, UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.reviews import ReviewTaskStatus, TriggerKind, review_task_id
from workbench.security.permissions import Permission
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import DomainEvent, Outbox
from workbench.store.review_models import ReviewTask


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """A prisoner received on Fri 20 Nov 2026 (CRD 19 May 2028: no decision approaching)."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def _event(
    ctx: ServiceContext, user: CurrentUser, prisoner_id: str, kind: str, on: datetime, **payload: object
) -> str:
    with ctx.write(user, Permission.RECORD_CONTACT) as uow:
        row = uow.add(
            DomainEvent(
                id=new_id(), prisoner_id=prisoner_id, kind=kind, occurred_at=on, payload=json.dumps(payload)
            ),
            "domain_event.raised",
        )
        return str(row.id)


def test_the_sweep_raises_each_event_once_and_consumes_it(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    reviews = ReviewService(ctx)
    rosh = _event(
        ctx,
        supervisor,
        prisoner_id,
        "RISK_OF_HARM_CHANGED",
        datetime(2026, 11, 24, 10),
        old="MEDIUM",
        new="HIGH",
    )
    flagged = _event(
        ctx, supervisor, prisoner_id, "OFFENCE_PARALLELING", datetime(2026, 11, 25, 9), source="SECURITY"
    )
    other = _event(ctx, supervisor, prisoner_id, "SOMETHING_ELSE", datetime(2026, 11, 25, 9))

    first = reviews.sweep(supervisor)
    assert (first.raised, first.consumed) == (2, 2)
    assert first.changes.prisoner_ids == {prisoner_id} and first.changes.touches("review_task")

    review = reviews.open_review(supervisor, prisoner_id)
    assert [t.trigger for t in review.tasks] == [TriggerKind.ROSH_CHANGED, TriggerKind.OFFENCE_PARALLELING]
    assert review.tasks[0].id == review_task_id(prisoner_id, "ROSH_CHANGED", rosh)
    assert review.due_on == date(2026, 12, 8)  # 10 working days after Tue 24 Nov 2026
    assert review.tasks[0].explanation == (
        "Risk of harm rose from Medium to High on 24 Nov 2026: review the plan and the risk management plan "
        "by 8 Dec 2026."
    )
    with ctx.store.read() as s:
        consumed = dict(s.execute(select(DomainEvent.id, DomainEvent.consumed_at)).all())
        assert consumed[rosh] is not None and consumed[flagged] is not None
        assert consumed[other] is None  # not a trigger: left for whoever consumes it
        pushed = s.scalar(select(func.count()).select_from(Outbox).where(Outbox.entity == "review_task"))
        assert pushed == 2

    again = reviews.sweep(supervisor)
    assert (again.raised, again.consumed) == (0, 0) and not again.changes.entities
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(ReviewTask)) == 2


def test_a_task_another_terminal_raised_is_not_raised_again(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    """The id is deterministic: if the same event's task is already held, the sweep writes nothing."""
    ev = _event(ctx, supervisor, prisoner_id, "OBJECTIVE_ACHIEVED", datetime(2026, 11, 24, 10))
    with ctx.write(supervisor, Permission.REVIEW) as uow:
        uow.add(
            ReviewTask(
                id=review_task_id(prisoner_id, "OBJECTIVE_ACHIEVED", ev),
                prisoner_id=prisoner_id,
                trigger="OBJECTIVE_ACHIEVED",
                source_event_id=ev,
                source_key=ev,
                raised_on=date(2026, 11, 24),
                due_on=date(2026, 12, 8),
            ),
            "review_task.raised",
        )
    result = ReviewService(ctx).sweep(supervisor)
    assert (result.raised, result.consumed) == (0, 1)


def test_a_new_offender_supervisor_raises_a_review(
    ctx: ServiceContext, supervisor: CurrentUser, new_user: Callable[..., CurrentUser], prisoner_id: str
) -> None:
    service = AllocationService(ctx)
    os_role = AllocationRole.OFFENDER_SUPERVISOR
    second = new_user("os.two", "Pat Second", UserRole.SUPERVISOR)
    service.allocate(
        supervisor, AllocationRequest(prisoner_id, os_role, supervisor.user_id, "", date(2026, 11, 23), "")
    )
    first = ReviewService(ctx).sweep(supervisor)
    assert first.raised == 0  # the first allocation is no change
    service.allocate(
        supervisor,
        AllocationRequest(prisoner_id, os_role, second.user_id, "", date(2026, 11, 25), "Moved wings"),
    )
    ReviewService(ctx).sweep(supervisor)
    [task] = ReviewService(ctx).open_review(supervisor, prisoner_id).tasks
    assert (task.trigger, task.raised_on, task.due_on) == (
        TriggerKind.OS_CHANGED,
        date(2026, 11, 25),
        date(2026, 12, 9),
    )


def test_the_calendar_raises_approaching_decisions(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    pid, _ = ReceptionService(ctx).receive(
        supervisor,
        receive(
            home_detention_curfew_eligibility_date=date(2027, 2, 1),  # 3 months: from 1 Nov 2026
            parole_eligibility_date=date(2027, 9, 1),  # 6 months: not yet
        ),
    )
    ReviewService(ctx).sweep(supervisor)
    triggers = [t.trigger for t in ReviewService(ctx).open_review(supervisor, pid).tasks]
    assert TriggerKind.HDC in triggers and TriggerKind.PAROLE not in triggers


def test_snooze_needs_a_reason_a_later_date_and_not_an_overdue_task(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    reviews = ReviewService(ctx)
    _event(ctx, supervisor, prisoner_id, "OBJECTIVE_ACHIEVED", datetime(2026, 11, 24, 10))  # due 8 Dec
    _event(
        ctx, supervisor, prisoner_id, "OBJECTIVE_ABANDONED", datetime(2026, 11, 6, 10)
    )  # due 20 Nov: overdue
    reviews.sweep(supervisor)
    late, due = reviews.open_review(supervisor, prisoner_id).tasks
    assert late.is_overdue(date(2026, 11, 26)) and not due.is_overdue(date(2026, 11, 26))

    with pytest.raises(ValidationErrors) as caught:
        reviews.snooze(supervisor, due.id, date(2026, 12, 20), "  ")
    assert caught.value.by_field()["reason"] == "Say why this review can wait."
    with pytest.raises(ValidationErrors) as caught:
        reviews.snooze(supervisor, late.id, date(2026, 12, 20), "Waiting for the course report")
    assert "is overdue: it cannot be put off" in caught.value.by_field()["until"]

    changes = reviews.snooze(supervisor, due.id, date(2026, 12, 20), "Waiting for the course report")
    assert changes.prisoner_ids == {prisoner_id} and changes.touches("review_task")
    snoozed = reviews.task(supervisor, due.id)
    assert (snoozed.status, snoozed.effective_due, snoozed.snooze_reason) == (
        ReviewTaskStatus.SNOOZED,
        date(2026, 12, 20),
        "Waiting for the course report",
    )
    assert reviews.next_review_dates(supervisor) == {prisoner_id: date(2026, 11, 20)}


def test_cancel_needs_a_reason_and_closes_the_task(
    ctx: ServiceContext, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    reviews = ReviewService(ctx)
    _event(ctx, supervisor, prisoner_id, "OBJECTIVE_ACHIEVED", datetime(2026, 11, 24, 10))
    reviews.sweep(supervisor)
    [task] = reviews.open_review(supervisor, prisoner_id).tasks
    with pytest.raises(ValidationErrors):
        reviews.cancel(supervisor, task.id, "")
    with pytest.raises(PermissionDenied):
        reviews.cancel(contributor, task.id, "Raised in error")
    reviews.cancel(supervisor, task.id, "Raised in error: the objective was recorded twice")
    assert reviews.open_review(supervisor, prisoner_id).tasks == ()
    assert reviews.task(supervisor, task.id).status is ReviewTaskStatus.CANCELLED
    with pytest.raises(ValidationError, match="already cancelled"):
        reviews.snooze(supervisor, task.id, date(2026, 12, 20), "x")
    # Cancelled is closed for good: the sweep does not raise it again.
    assert reviews.sweep(supervisor).raised == 0


def test_a_contributor_cannot_run_the_sweep(ctx: ServiceContext, contributor: CurrentUser) -> None:
    with pytest.raises(PermissionDenied):
        ReviewService(ctx).sweep(contributor)


def test_the_caseload_shows_the_next_review_date(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    caseload = CaseloadService(ctx)
    row = caseload.row(supervisor, prisoner_id)
    assert row is not None and row.next_review_on is None
    _event(ctx, supervisor, prisoner_id, "OBJECTIVE_ACHIEVED", datetime(2026, 11, 24, 10))  # due 8 Dec
    _event(ctx, supervisor, prisoner_id, "INTERVENTION_STARTED", datetime(2026, 11, 20, 10))  # due 4 Dec
    ReviewService(ctx).sweep(supervisor)
    row = caseload.row(supervisor, prisoner_id)
    assert row is not None and row.next_review_on == date(2026, 12, 4)
