"""Reading review tasks: one prisoner's open review, every open task of a caseload, next review dates.

"One open review collects several reasons" (issue 10 point 1): a prisoner's open review is every task
still OPEN or SNOOZED, due at the earliest of their (snoozed) due dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.dto.reviews import OpenReview, ReviewTaskView
from workbench.domain.reviews import ReviewTaskStatus, TriggerKind
from workbench.store.review_models import ReviewTask

OPEN_STATUSES: Final = (ReviewTaskStatus.OPEN.value, ReviewTaskStatus.SNOOZED.value)


def view_of(row: Any) -> ReviewTaskView:
    """A task row (ORM object or selected row) as a DTO."""
    return ReviewTaskView(
        id=row.id,
        prisoner_id=row.prisoner_id,
        trigger=TriggerKind(row.trigger),
        explanation=row.explanation,
        raised_on=row.raised_on,
        due_on=row.due_on,
        status=ReviewTaskStatus(row.status),
        snoozed_until=row.snoozed_until,
        snooze_reason=row.snooze_reason or "",
    )


def open_tasks(
    session: Session, prisoner_ids: Collection[str] | None = None
) -> dict[str, list[ReviewTaskView]]:
    """Every open (or snoozed) task by prisoner, earliest effective due date first."""
    t = ReviewTask.__table__.c
    q = select(ReviewTask.__table__).where(t.deleted_at.is_(None), t.status.in_(OPEN_STATUSES))
    out: dict[str, list[ReviewTaskView]] = defaultdict(list)
    ids = list(prisoner_ids) if prisoner_ids is not None else None
    chunks: Sequence[Sequence[str] | None] = (
        [ids[i : i + 900] for i in range(0, len(ids), 900)] if ids is not None else [None]
    )
    for chunk in chunks:
        query = q if chunk is None else q.where(t.prisoner_id.in_(chunk))
        for row in session.execute(query):
            out[row.prisoner_id].append(view_of(row))
    for tasks in out.values():
        tasks.sort(key=lambda v: (v.effective_due, list(TriggerKind).index(v.trigger)))
    return out


def open_review(session: Session, prisoner_id: str) -> OpenReview:
    """The prisoner's open review (no tasks: nothing is due)."""
    return OpenReview(prisoner_id, tuple(open_tasks(session, [prisoner_id]).get(prisoner_id, ())))


def next_review_dates(session: Session, prisoner_ids: Collection[str] | None = None) -> dict[str, date]:
    """Each prisoner's next review date: the earliest (snoozed) due date of the open review's tasks."""
    return {
        pid: min(v.effective_due for v in tasks)
        for pid, tasks in open_tasks(session, prisoner_ids).items()
        if tasks
    }
