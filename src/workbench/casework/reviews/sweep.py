"""The review-trigger sweep (issue 10 point 1): events and calendar → ReviewTask rows, for every prisoner.

Reads everything in a handful of whole-table queries (one per satellite table, never one per prisoner),
asks the pure rules (``domain.review_triggers``) which tasks each prisoner's events and calendar raise,
and writes the new ones in one bulk insert (``uow.add_many``) with the events it read marked consumed,
all in one transaction. Idempotent: a task's id is deterministic (``domain.reviews.review_task_id``),
so a task already held (raised here earlier, or by another terminal and synced) is not raised again,
and running the sweep twice writes nothing the second time. Run at start-up, after a sync and daily
(the My work hookup runs it off the GUI thread).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workbench.domain.enums import AllocationRole, CustodyEventType, SentenceType
from workbench.domain.handover import earliest_release, handover_date, handover_start_date
from workbench.domain.policy import Policy
from workbench.domain.review_triggers import (
    EVENT_TRIGGERS,
    AllocationChange,
    ArmedReview,
    CalendarFacts,
    RaisedTask,
    TransferIn,
    TriggerEvent,
    raise_tasks,
)
from workbench.domain.reviews import ReviewTaskStatus
from workbench.store.models import Allocation, CustodyEvent, DomainEvent, Prisoner, Sentence
from workbench.store.plan_models import PlanVersion
from workbench.store.review_models import Review, ReviewTask
from workbench.store.rosh_models import MappaStatus

log = logging.getLogger("workbench.reviews")

_EVENT_KINDS: Final = tuple(EVENT_TRIGGERS)
_INDETERMINATE: Final = frozenset(t.value for t in SentenceType if t.is_indeterminate)


@dataclass
class _Gathered:
    """One prisoner's inputs while they are being read."""

    events: list[TriggerEvent] = field(default_factory=list)
    last_review: date | None = None
    next_review_set: date | None = None
    review_id: str | None = None
    armed: str = "[]"
    last_plan_version: date | None = None
    transfer: TransferIn | None = None
    allocations: dict[str, list[tuple[date, str]]] = field(default_factory=lambda: defaultdict(list))
    mappa_level: int | None = None
    sentence: Any = None


@dataclass(frozen=True, slots=True)
class SweepPlan:
    """What one sweep found: the task rows to write and the events to mark consumed."""

    rows: list[dict[str, Any]]
    consumed_event_ids: list[str]
    prisoners: int


def plan_sweep(session: Session, today: date, policy: Policy) -> SweepPlan:
    """Read every live prisoner's inputs and work out the new tasks (no writes)."""
    gathered = _gather(session)
    t = ReviewTask.__table__.c
    # What makes a task's id (domain.reviews.review_task_id), compared as is: hashing a UUID for each of
    # the ~30,000 reasons a region's calendar gives every day would cost more than working them out.
    held = {(r[0], r[1], r[2]) for r in session.execute(select(t.prisoner_id, t.trigger, t.source_key))}
    rows: list[dict[str, Any]] = []
    consumed: list[str] = []
    for prisoner_id, g in gathered.items():
        consumed.extend(e.id for e in g.events)
        for task in raise_tasks(g.events, _facts(g, today, policy), today, policy):
            key = (prisoner_id, task.trigger.value, task.source_key)
            if key in held:
                continue
            held.add(key)
            rows.append(_row(prisoner_id, task.task_id(prisoner_id), task))
    return SweepPlan(rows, consumed, len(gathered))


def recheck(session: Session, plan: SweepPlan) -> SweepPlan:
    """``plan`` less what another sweep (a sync, another window) wrote since it was worked out: tasks now
    held and events now consumed. Cheap: only the planned ids are looked up."""
    t, e = ReviewTask.__table__.c, DomainEvent.__table__.c
    held: set[str] = set()
    ids = [str(r["id"]) for r in plan.rows]
    for i in range(0, len(ids), 900):
        held.update(session.scalars(select(t.id).where(t.id.in_(ids[i : i + 900]))))
    open_events: set[str] = set()
    for i in range(0, len(plan.consumed_event_ids), 900):
        chunk = plan.consumed_event_ids[i : i + 900]
        open_events.update(session.scalars(select(e.id).where(e.id.in_(chunk), e.consumed_at.is_(None))))
    return SweepPlan(
        [r for r in plan.rows if r["id"] not in held],
        [i for i in plan.consumed_event_ids if i in open_events],
        plan.prisoners,
    )


def write_sweep(session: Session, plan: SweepPlan, now: datetime, add_many: Any) -> None:
    """Write ``plan``'s task rows (through the unit of work's ``add_many``) and consume its events."""
    if plan.rows:
        add_many(ReviewTask, plan.rows, "review_task.raised")
    t = DomainEvent.__table__.c
    # Chunked: SQLite limits the parameters of one statement.
    for i in range(0, len(plan.consumed_event_ids), 900):
        chunk = plan.consumed_event_ids[i : i + 900]
        session.execute(update(DomainEvent).where(t.id.in_(chunk)).values(consumed_at=now))


def _row(prisoner_id: str, task_id: str, task: RaisedTask) -> dict[str, Any]:
    return {
        "id": task_id,
        "prisoner_id": prisoner_id,
        "trigger": task.trigger.value,
        "source_event_id": task.source_event_id,
        "source_key": task.source_key,
        "explanation": task.explanation,
        "raised_on": task.raised_on,
        "due_on": task.due_on,
        "status": ReviewTaskStatus.OPEN.value,
    }


def _facts(g: _Gathered, today: date, policy: Policy) -> CalendarFacts:
    changes = []
    for role, starts in g.allocations.items():
        # The first allocation of a role is no change; the latest later one is (older ones are history).
        if len(starts) > 1:
            on, allocation_id = max(starts)
            changes.append(AllocationChange(allocation_id, role, on))
    armed: list[ArmedReview] = []
    if g.review_id is not None:
        for item in _json_list(g.armed):
            armed_on = _date(item.get("on"))
            if armed_on is not None:
                armed.append(ArmedReview(g.review_id, armed_on, str(item.get("note") or "")))
    s = g.sentence
    parole = hdc = release = handover = None
    if s is not None:
        indeterminate = s.sentence_type in _INDETERMINATE
        parole = s.tariff_date if indeterminate else s.parole_eligibility_date
        hdc = s.home_detention_curfew_eligibility_date
        release = None if indeterminate else s.conditional_release_date
        erd = earliest_release(
            today,
            indeterminate=indeterminate,
            tariff=s.tariff_date,
            ped=s.parole_eligibility_date,
            crd=s.conditional_release_date,
        )
        # The handover is at most 15 months before the earliest release (early allocation) and its review
        # is raised the policy's months before that: skip the arithmetic for releases further off.
        horizon = 31 * (15 + policy.handover_months_before + 1)
        if erd is not None and (erd.date - today).days <= horizon:
            h = handover_date(
                sentence_start=s.sentence_date,
                earliest_release=erd,
                indeterminate=indeterminate,
                determinate_parole=s.parole_eligibility_date is not None,
                open_conditions=False,
                early_allocation=False,
            )
            # Open-prison dates are not on the record yet, so the start is the handover date itself.
            handover = handover_start_date(
                h.date, indeterminate=indeterminate, open_prison_rules_apply=False, womens_estate=False
            )
    return CalendarFacts(
        last_review=g.last_review,
        next_review_set=g.next_review_set,
        last_plan_version=g.last_plan_version,
        transfers_in=(g.transfer,) if g.transfer else (),
        allocation_changes=tuple(changes),
        armed=tuple(armed),
        parole=parole,
        hdc=hdc,
        release=release,
        mappa_level=g.mappa_level,
        handover_start=handover,
    )


def annual_facts(session: Session, prisoner_id: str) -> CalendarFacts:
    """The facts the annual review date needs for one prisoner (last signed review, last plan version)."""
    r = Review.__table__.c
    last = session.execute(
        select(r.review_date, r.signed_at, r.next_review_on)
        .where(r.prisoner_id == prisoner_id, r.status == "SIGNED", r.deleted_at.is_(None))
        .order_by(r.review_date.desc(), r.signed_at.desc())
        .limit(1)
    ).first()
    v = PlanVersion.__table__.c
    issued = session.execute(
        select(func.max(v.issued_at)).where(v.prisoner_id == prisoner_id, v.deleted_at.is_(None))
    ).scalar_one_or_none()
    return CalendarFacts(
        last_review=(last.review_date or _date(last.signed_at)) if last else None,
        next_review_set=last.next_review_on if last else None,
        last_plan_version=_date(issued),
    )


def _gather(session: Session) -> dict[str, _Gathered]:
    """Every live prisoner's inputs, one query per table."""
    p = Prisoner.__table__.c
    out: dict[str, _Gathered] = {
        pid: _Gathered() for pid in session.scalars(select(p.id).where(p.deleted_at.is_(None)))
    }

    e = DomainEvent.__table__.c
    for row in session.execute(
        select(e.id, e.prisoner_id, e.kind, e.payload, e.occurred_at)
        .where(e.consumed_at.is_(None), e.kind.in_(_EVENT_KINDS))
        .order_by(e.occurred_at)
    ):
        g = out.get(row.prisoner_id)
        if g is not None:
            g.events.append(TriggerEvent(row.id, row.kind, row.occurred_at.date(), _json_dict(row.payload)))

    r = Review.__table__.c
    for rv in session.execute(
        select(r.id, r.prisoner_id, r.review_date, r.next_review_on, r.armed, r.signed_at).where(
            r.status == "SIGNED", r.deleted_at.is_(None)
        )
    ):
        g = out.get(rv.prisoner_id)
        on = rv.review_date or (rv.signed_at.date() if rv.signed_at else None)
        if g is not None and on is not None and (g.last_review is None or on >= g.last_review):
            g.last_review, g.next_review_set, g.review_id, g.armed = on, rv.next_review_on, rv.id, rv.armed

    v = PlanVersion.__table__.c
    for pid, issued in session.execute(
        select(v.prisoner_id, func.max(v.issued_at)).where(v.deleted_at.is_(None)).group_by(v.prisoner_id)
    ):
        if pid in out and issued is not None:
            out[pid].last_plan_version = issued.date() if isinstance(issued, datetime) else _date(issued)

    c = CustodyEvent.__table__.c
    for ce in session.execute(
        select(c.id, c.prisoner_id, c.event_date, c.other_establishment).where(
            c.event_type == CustodyEventType.TRANSFER_IN, c.deleted_at.is_(None)
        )
    ):
        g = out.get(ce.prisoner_id)
        if g is not None and (g.transfer is None or ce.event_date > g.transfer.on):
            g.transfer = TransferIn(ce.id, ce.event_date, ce.other_establishment or "")

    a = Allocation.__table__.c
    for al in session.execute(
        select(a.id, a.prisoner_id, a.role, a.start_date).where(
            a.deleted_at.is_(None),
            a.role.in_([AllocationRole.OFFENDER_SUPERVISOR, AllocationRole.OFFENDER_MANAGER]),
        )
    ):
        g = out.get(al.prisoner_id)
        if g is not None:
            g.allocations[al.role].append((al.start_date, al.id))

    m = MappaStatus.__table__.c
    for pid, level in session.execute(
        select(m.prisoner_id, m.level).where(m.deleted_at.is_(None)).order_by(m.updated_at)
    ):
        if pid in out:
            out[pid].mappa_level = level  # the latest row wins

    s = Sentence.__table__.c
    for st in session.execute(
        select(
            s.prisoner_id,
            s.sentence_type,
            s.sentence_date,
            s.parole_eligibility_date,
            s.conditional_release_date,
            s.home_detention_curfew_eligibility_date,
            s.tariff_date,
        ).where(s.is_current, s.deleted_at.is_(None))
    ):
        if st.prisoner_id in out:
            out[st.prisoner_id].sentence = st
    return out


def _json_dict(text: str | None) -> Mapping[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        log.warning("a domain event's payload is not JSON; its review is raised without details")
        return {}
    return value if isinstance(value, dict) else {}


def _json_list(text: str | None) -> Iterable[Mapping[str, Any]]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else ()


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
