"""Review tasks raised by the trigger sweep, snoozing and cancelling them (issue 10 point 1).

Recording and signing reviews (point 4) is ``casework/reviews/record.py``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.reviews import OpenReview, ReviewTaskView, SweepResult
from workbench.casework.reviews.sweep import annual_facts, plan_sweep, recheck, write_sweep
from workbench.casework.reviews.tasks import OPEN_STATUSES, next_review_dates, open_review, view_of
from workbench.casework.validation import check_text, clean_paragraphs
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.review_triggers import annual_due, hard_date, snooze_problems
from workbench.domain.reviews import ReviewTaskStatus
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.review_models import ReviewTask
from workbench.store.unit_of_work import utcnow


class ReviewService:
    """Run the trigger sweep, list and snooze review tasks, write and sign reviews."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- the sweep (issue 10 point 1) -------------------------------------------------------------

    def sweep(self, user: CurrentUser, today: date | None = None) -> SweepResult:
        """Raise the review tasks every prisoner's new events and calendar call for; idempotent.

        Reads in a few whole-table queries, then writes the new tasks in one bulk insert (each with its
        audit event and outbox change) and marks the events it read consumed, in one transaction.
        """
        require(user.role, Permission.REVIEW)
        day = today or self._ctx.today()
        with self._ctx.store.read() as session:
            plan = plan_sweep(session, day, self._ctx.policy)
        if not plan.rows and not plan.consumed_event_ids:
            return SweepResult(plan.prisoners, 0, 0, ChangeSet())
        with self._ctx.write(user, Permission.REVIEW) as uow:
            # Another sweep (a sync, another window) may have written some of it since it was planned.
            plan = recheck(uow.session, plan)
            write_sweep(uow.session, plan, utcnow(), uow.add_many)
        prisoners = frozenset(str(r["prisoner_id"]) for r in plan.rows)
        return SweepResult(
            plan.prisoners,
            len(plan.rows),
            len(plan.consumed_event_ids),
            ChangeSet(prisoners, frozenset({"review_task"}) if plan.rows else frozenset()),
        )

    # -- reading ----------------------------------------------------------------------------------

    def open_review(self, user: CurrentUser, prisoner_id: str) -> OpenReview:
        """The prisoner's open review: every open or snoozed task, earliest due first."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as session:
            return open_review(session, prisoner_id)

    def next_review_dates(self, user: CurrentUser, prisoner_ids: list[str] | None = None) -> dict[str, date]:
        """Each prisoner's next review date (the earliest due of the open review), for the caseload."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as session:
            return next_review_dates(session, prisoner_ids)

    # -- snooze and cancel ------------------------------------------------------------------------

    def snooze(self, user: CurrentUser, task_id: str, until: date | None, reason: str) -> ChangeSet:
        """Put a task off to ``until`` for a reason (``domain.review_triggers.snooze_problems``)."""
        today = self._ctx.today()
        with self._ctx.write(user, Permission.REVIEW) as uow:
            row = self._open_task(uow.session, task_id)
            text_error = check_text(reason, "reason", "reason", required=False)
            annual = self._annual_due(uow.session, row.prisoner_id)
            errors = snooze_problems(
                due_on=row.due_on,
                snoozed_until=row.snoozed_until,
                until=until,
                reason=reason,
                today=today,
                limit=hard_date(row.trigger, row.source_key, annual),
            )
            if text_error and reason.strip():
                errors.insert(0, text_error)
            if errors:
                raise ValidationErrors(errors)
            uow.update(
                row,
                "review_task.snoozed",
                status=ReviewTaskStatus.SNOOZED.value,
                snoozed_until=until,
                snooze_reason=clean_paragraphs(reason),
            )
        return ChangeSet(frozenset({row.prisoner_id}), frozenset({"review_task"}))

    def cancel(self, user: CurrentUser, task_id: str, reason: str) -> ChangeSet:
        """Close a task that needs no review (raised in error, or answered elsewhere), saying why."""
        errors = [e for e in (check_text(reason, "reason", "reason for cancelling", required=True),) if e]
        if errors:
            raise ValidationErrors(errors)
        with self._ctx.write(user, Permission.REVIEW) as uow:
            row = self._open_task(uow.session, task_id)
            uow.update(
                row,
                "review_task.cancelled",
                status=ReviewTaskStatus.CANCELLED.value,
                snooze_reason=clean_paragraphs(reason),
                closed_on=self._ctx.today(),
            )
        return ChangeSet(frozenset({row.prisoner_id}), frozenset({"review_task"}))

    def task(self, user: CurrentUser, task_id: str) -> ReviewTaskView:
        """One task, whatever its state."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as session:
            row = session.get(ReviewTask, task_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That review task is no longer on this terminal's record.")
            return view_of(row)

    @staticmethod
    def _open_task(session: Session, task_id: str) -> ReviewTask:
        row = session.get(ReviewTask, task_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That review task is no longer on this terminal's record.")
        if row.status not in OPEN_STATUSES:
            raise ValidationError(
                f"That review task is already {ReviewTaskStatus(row.status).label.lower()}."
            )
        return row

    def _annual_due(self, session: Session, prisoner_id: str) -> date | None:
        return annual_due(annual_facts(session, prisoner_id), self._ctx.policy)
