"""My work: one list of everything due (issue 10 point 3).

For a supervisor, the prisoners they are offender supervisor for; for a manager, the establishment:
the open reviews (every open review task of a prisoner is one review, due at the earliest reason),
National Standards items due within ``DUE_SOON_DAYS`` or overdue (the caseload's timescales), signed
risk records returned to their author for rework, the contribution requests they sent that were
answered or are overdue, and boards scheduled within ``BOARD_DAYS``. For a department contributor, the
contribution requests addressed to their department. Read-only; earliest due first.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.caseload import CaseloadFilter
from workbench.casework.dto.reviews import WorkItem, WorkKind, WorkList
from workbench.casework.reviews.tasks import open_tasks
from workbench.domain.enums import AllocationRole, UserRole
from workbench.domain.plan import ContributionStatus, Department
from workbench.domain.reviews import BoardKind, BoardStatus
from workbench.domain.timescales import DueStatus, format_date
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Allocation, Prisoner
from workbench.store.plan_models import Contribution, ContributionRequest
from workbench.store.review_models import Board
from workbench.store.rosh_models import (
    CompletedRiskManagementPlan,
    CompletedRoshAnalysis,
    CompletedRoshScreening,
    Countersignature,
)

DUE_SOON_DAYS: Final = 28
"""National Standards items are listed from this many days before they fall due."""
BOARD_DAYS: Final = 14
"""Boards are listed from this many days before they sit (issue 10 point 3)."""

_RETURNABLE: Final[tuple[tuple[Any, str], ...]] = (
    (CompletedRoshScreening, "RoSH screening"),
    (CompletedRoshAnalysis, "RoSH full analysis"),
    (CompletedRiskManagementPlan, "Risk management plan"),
)


class MyWorkService:
    """Due and overdue reviews, National Standards items, countersign returns, requests and boards."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def items(self, user: CurrentUser) -> WorkList:
        """Everything due for ``user`` (see the module docstring), earliest due first, overdue first."""
        today = self._ctx.today()
        if user.role is UserRole.CONTRIBUTOR or not allows(user.role, Permission.VIEW_CASELOAD):
            require(user.role, Permission.CONTRIBUTE)
            return WorkList(self._contributor_requests(user, today))
        manager = user.role is UserRole.MANAGER
        items: list[WorkItem] = []
        with self._ctx.store.read() as s:
            names = _prisoners(s, user, mine=not manager)
            items.extend(_reviews(s, names, today))
            items.extend(_returns(s, user, names, manager, today))
            items.extend(_requests(s, user, names, manager, today))
            items.extend(_boards(s, names, today))
        items.extend(self._national_standards(user, names, manager, today))
        items.sort(key=lambda i: (not i.overdue, i.due_on or date.max, i.prisoner_name, i.kind.value))
        return WorkList(tuple(items))

    def _national_standards(
        self, user: CurrentUser, names: dict[str, tuple[str, str]], manager: bool, today: date
    ) -> Iterable[WorkItem]:
        soon = today + timedelta(days=DUE_SOON_DAYS)
        for row in CaseloadService(self._ctx).rows(user, CaseloadFilter(mine_only=not manager)):
            item = row.next_due
            if row.prisoner_id not in names or item is None:
                continue
            if item.status not in (DueStatus.DUE, DueStatus.OVERDUE) or item.due_date > soon:
                continue
            noms, name = names[row.prisoner_id]
            overdue = item.status is DueStatus.OVERDUE
            extra = f" (and {row.overdue_count - 1} more overdue)" if row.overdue_count > 1 else ""
            yield WorkItem(
                WorkKind.NATIONAL_STANDARD,
                row.prisoner_id,
                noms,
                name,
                item.label + extra,
                item.explanation,
                item.due_date,
                overdue,
                "overview",
                item.rule.value,
            )

    def _contributor_requests(self, user: CurrentUser, today: date) -> tuple[WorkItem, ...]:
        out = []
        for r in ContributionService(self._ctx).queue(user):
            if r.status is not ContributionStatus.REQUESTED:
                continue
            out.append(
                WorkItem(
                    WorkKind.CONTRIBUTION,
                    r.prisoner_id,
                    r.noms_number,
                    r.prisoner_name,
                    f"Contribution requested from {r.department.label}",
                    f"Requested by {r.requested_by_name} on {format_date(r.requested_on)}"
                    + (f": {r.note}" if r.note else "."),
                    r.due_on,
                    r.due_on < today,
                    "contributions",
                    r.request_id,
                )
            )
        return tuple(out)


def _prisoners(s: Session, user: CurrentUser, *, mine: bool) -> dict[str, tuple[str, str]]:
    """The live prisoners of the user's list: id → (NOMS number, "FAMILY, Given")."""
    p = Prisoner.__table__.c
    q = select(p.id, p.noms_number, p.family_name, p.given_name).where(
        p.deleted_at.is_(None), p.establishment_code == user.establishment_code
    )
    if mine:
        a = Allocation.__table__.c
        q = q.where(
            p.id.in_(
                select(a.prisoner_id).where(
                    a.deleted_at.is_(None),
                    a.end_date.is_(None),
                    a.role == AllocationRole.OFFENDER_SUPERVISOR,
                    a.staff_user_id == user.user_id,
                )
            )
        )
    return {r.id: (r.noms_number, f"{r.family_name.upper()}, {r.given_name}") for r in s.execute(q)}


def _reviews(s: Session, names: dict[str, tuple[str, str]], today: date) -> Iterable[WorkItem]:
    for pid, tasks in open_tasks(s, _ids(names)).items():
        if pid not in names or not tasks:
            continue
        first = tasks[0]
        due = min(t.effective_due for t in tasks)
        reasons = ", ".join(dict.fromkeys(t.trigger.label for t in tasks))
        noms, name = names[pid]
        yield WorkItem(
            WorkKind.REVIEW,
            pid,
            noms,
            name,
            f"Review: {reasons}",
            " ".join(t.explanation for t in tasks),
            due,
            due < today,
            "reviews",
            first.id,
        )


def _returns(
    s: Session, user: CurrentUser, names: dict[str, tuple[str, str]], manager: bool, today: date
) -> Iterable[WorkItem]:
    """Signed risk records whose latest decision is "returned for rework", not yet reworked."""
    c = Countersignature.__table__.c
    decisions: dict[str, Any] = {}
    for d in s.execute(
        select(c.record_id, c.decision, c.decided_at, c.manager_name, c.comments)
        .where(c.deleted_at.is_(None))
        .order_by(c.decided_at, c.id)
    ):
        decisions[d.record_id] = d  # the latest decision wins
    returned = {rid: d for rid, d in decisions.items() if d.decision == "RETURNED"}
    if not returned:
        return
    for model, label in _RETURNABLE:
        t = model.__table__.c
        superseded = select(t.supersedes_id).where(t.supersedes_id.is_not(None), t.deleted_at.is_(None))
        q = select(t.id, t.prisoner_id, t.signed_by_id).where(
            t.id.in_(list(returned)), t.deleted_at.is_(None), t.status == "COMPLETED", t.id.not_in(superseded)
        )
        for row in s.execute(q):
            if row.prisoner_id not in names or (not manager and row.signed_by_id != user.user_id):
                continue
            d = returned[row.id]
            noms, name = names[row.prisoner_id]
            comments = f": {d.comments}" if d.comments else "."
            yield WorkItem(
                WorkKind.COUNTERSIGN_RETURN,
                row.prisoner_id,
                noms,
                name,
                f"{label} returned for rework",
                f"Returned by {d.manager_name} on {format_date(d.decided_at.date())}{comments}",
                d.decided_at.date(),
                False,
                "risk",
                row.id,
            )


def _requests(
    s: Session, user: CurrentUser, names: dict[str, tuple[str, str]], manager: bool, today: date
) -> Iterable[WorkItem]:
    """Contribution requests the user sent (a manager: all) that were answered or are overdue."""
    r = ContributionRequest.__table__.c
    q = select(r.id, r.prisoner_id, r.department, r.due_on).where(
        r.deleted_at.is_(None), r.status == ContributionStatus.REQUESTED.value
    )
    if not manager:
        q = q.where(r.requested_by_id == user.user_id)
    rows = [row for row in s.execute(q) if row.prisoner_id in names]
    if not rows:
        return
    c = Contribution.__table__.c
    answered = set(
        s.scalars(
            select(c.request_id).where(c.request_id.in_([row.id for row in rows]), c.deleted_at.is_(None))
        )
    )
    for row in rows:
        received = row.id in answered
        if not received and row.due_on >= today:
            continue
        dept = (
            Department(row.department).label
            if row.department in Department._value2member_map_
            else row.department
        )
        noms, name = names[row.prisoner_id]
        yield WorkItem(
            WorkKind.CONTRIBUTION,
            row.prisoner_id,
            noms,
            name,
            f"Contribution from {dept} " + ("received: merge it into the plan" if received else "overdue"),
            f"Requested for {format_date(row.due_on)}.",
            row.due_on,
            not received,
            "plan",
            row.id,
        )


def _boards(s: Session, names: dict[str, tuple[str, str]], today: date) -> Iterable[WorkItem]:
    b = Board.__table__.c
    q = select(b.id, b.prisoner_id, b.kind, b.scheduled_on, b.scheduled_time, b.location).where(
        b.deleted_at.is_(None),
        b.status == BoardStatus.SCHEDULED.value,
        b.scheduled_on <= today + timedelta(days=BOARD_DAYS),
    )
    for row in s.execute(q):
        if row.prisoner_id not in names:
            continue
        kind = BoardKind(row.kind).label if row.kind in BoardKind._value2member_map_ else "Board"
        where = f" in {row.location}" if row.location else ""
        at = f" at {row.scheduled_time}" if row.scheduled_time else ""
        noms, name = names[row.prisoner_id]
        yield WorkItem(
            WorkKind.BOARD,
            row.prisoner_id,
            noms,
            name,
            kind,
            f"{kind} on {format_date(row.scheduled_on)}{at}{where}.",
            row.scheduled_on,
            row.scheduled_on < today,
            "boards",
            row.id,
        )


def _ids(names: dict[str, tuple[str, str]]) -> Collection[str] | None:
    """The ids to read tasks for: None (every task, filtered after) when a whole establishment is asked."""
    return list(names) if len(names) <= 900 else None
