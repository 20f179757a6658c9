"""The review-trigger sweep (issue 10 point 1): events and calendar → ReviewTask rows, for every prisoner.

Reads, in a handful of queries (one per satellite table, never one per prisoner), the inputs of the
prisoners who could have a new task today (``casework/reviews/candidates.py``: on a usual day a few
hundred of a region's 20,000, plus the sentences with a decision date near), asks the pure rules
(``domain.review_triggers``) which tasks each prisoner's events and calendar raise,
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

from workbench.casework.handover import release_and_start, sentence_facts
from workbench.casework.reviews.candidates import (
    chunks,
    dated_sentences,
    full_candidates,
    held_approaching,
    rows_in,
    sentence_columns,
)
from workbench.domain.enums import AllocationRole, CustodyEventType, Gender, SentenceType
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


_FEMALE: Final = Gender.FEMALE.value


def _sentence_type(value: str | None) -> SentenceType | None:
    try:
        return SentenceType(value) if value else None
    except ValueError:  # a code this version does not know (a newer terminal's): no sentence rules apply
        return None


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
    womens_estate: bool = False


@dataclass(frozen=True, slots=True)
class SweepPlan:
    """What one sweep found: the task rows to write and the events to mark consumed."""

    rows: list[dict[str, Any]]
    consumed_event_ids: list[str]
    prisoners: int


def plan_sweep(session: Session, today: date, policy: Policy, *, everyone: bool = False) -> SweepPlan:
    """Read the inputs of the prisoners who could have a new task today and work out the new tasks (no
    writes). ``everyone``: read every live prisoner's inputs instead (what the candidates must agree
    with; see ``casework/reviews/candidates.py``)."""
    p, t = Prisoner.__table__.c, ReviewTask.__table__.c
    # Counted on the primary key's index; the deleted few are found by a scan that returns only them.
    deleted = set(session.scalars(select(p.id).where(p.deleted_at.is_not(None))))
    live = session.execute(select(func.count()).select_from(Prisoner.__table__)).scalar_one() - len(deleted)
    ids = None if everyone else sorted(full_candidates(session, today, policy) - deleted)
    gathered = _gather(session, ids)
    # What makes a task's id (domain.reviews.review_task_id), compared as is: hashing a UUID for each of
    # the reasons a region's calendar gives every day would cost more than working them out.
    held = {
        (r[0], r[1], r[2])
        for r in rows_in(session, select(t.prisoner_id, t.trigger, t.source_key), t.prisoner_id, ids)
    }
    if not everyone:
        # Everyone else can only have a decision date or the handover approaching: the sentence is enough.
        dated = [
            row
            for row in dated_sentences(session, today, policy)
            if row.prisoner_id not in gathered and row.prisoner_id not in deleted
        ]
        # The women's estate matters only to when an open-conditions handover starts: ask for those few.
        opened = [
            row.prisoner_id for row in dated if row.open_conditions_since or row.open_prison_arrival_date
        ]
        women = {
            row.id for row in rows_in(session, select(p.id).where(p.gender == _FEMALE), p.id, sorted(opened))
        }
        for row in dated:
            gathered[row.prisoner_id] = _Gathered(sentence=row, womens_estate=row.prisoner_id in women)
        held |= held_approaching(session, sorted({row.prisoner_id for row in dated}))
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
    return SweepPlan(rows, consumed, live)


def recheck(session: Session, plan: SweepPlan) -> SweepPlan:
    """``plan`` less what another sweep (a sync, another window) wrote since it was worked out: tasks now
    held and events now consumed. Cheap: only the planned ids are looked up."""
    t, e = ReviewTask.__table__.c, DomainEvent.__table__.c
    held: set[str] = set()
    ids = [str(r["id"]) for r in plan.rows]
    held.update(r[0] for r in rows_in(session, select(t.id), t.id, ids))
    open_events = {
        r[0]
        for r in rows_in(
            session, select(e.id).where(e.consumed_at.is_(None)), e.id, list(plan.consumed_event_ids)
        )
    }
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
    for chunk in chunks(list(plan.consumed_event_ids)):
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
    parole = hdc = release = handover = categorisation = open_conditions = None
    if s is not None:
        stype = _sentence_type(s.sentence_type)
        indeterminate = stype is not None and stype.is_indeterminate
        hdc = s.home_detention_curfew_eligibility_date
        categorisation = s.categorisation_review_date
        open_conditions = s.open_conditions_date
        # The same rules and facts as the case page and the caseload (casework/handover.py).
        erd, handover = release_and_start(sentence_facts(stype, s, womens_estate=g.womens_estate), today)
        if indeterminate:
            # The parole decision is the tariff date, or the target hearing once the tariff has passed.
            parole = erd.date if erd is not None else None
        else:
            parole = s.parole_eligibility_date
            release = min(
                (d for d in (s.automatic_release_date, s.conditional_release_date) if d), default=None
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
        categorisation_review=categorisation,
        open_conditions=open_conditions,
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


def _gather(session: Session, ids: list[str] | None) -> dict[str, _Gathered]:
    """The inputs of the live prisoners among ``ids`` (None: every live prisoner), one query per table
    (per chunk of ids)."""
    p = Prisoner.__table__.c
    out: dict[str, _Gathered] = {
        row.id: _Gathered(womens_estate=row.gender == _FEMALE)
        for row in rows_in(session, select(p.id, p.gender).where(p.deleted_at.is_(None)), p.id, ids)
    }

    e = DomainEvent.__table__.c
    for row in rows_in(
        session,
        select(e.id, e.prisoner_id, e.kind, e.payload, e.occurred_at)
        .where(e.consumed_at.is_(None), e.kind.in_(_EVENT_KINDS))
        .order_by(e.occurred_at),
        e.prisoner_id,
        ids,
    ):
        g = out.get(row.prisoner_id)
        if g is not None:
            g.events.append(TriggerEvent(row.id, row.kind, row.occurred_at.date(), _json_dict(row.payload)))

    r = Review.__table__.c
    for rv in rows_in(
        session,
        select(r.id, r.prisoner_id, r.review_date, r.next_review_on, r.armed, r.signed_at).where(
            r.status == "SIGNED", r.deleted_at.is_(None)
        ),
        r.prisoner_id,
        ids,
    ):
        g = out.get(rv.prisoner_id)
        on = rv.review_date or (rv.signed_at.date() if rv.signed_at else None)
        if g is not None and on is not None and (g.last_review is None or on >= g.last_review):
            g.last_review, g.next_review_set, g.review_id, g.armed = on, rv.next_review_on, rv.id, rv.armed

    v = PlanVersion.__table__.c
    for pid, issued in rows_in(
        session,
        select(v.prisoner_id, func.max(v.issued_at)).where(v.deleted_at.is_(None)).group_by(v.prisoner_id),
        v.prisoner_id,
        ids,
    ):
        if pid in out and issued is not None:
            out[pid].last_plan_version = issued.date() if isinstance(issued, datetime) else _date(issued)

    c = CustodyEvent.__table__.c
    for ce in rows_in(
        session,
        select(c.id, c.prisoner_id, c.event_date, c.other_establishment).where(
            c.event_type == CustodyEventType.TRANSFER_IN, c.deleted_at.is_(None)
        ),
        c.prisoner_id,
        ids,
    ):
        g = out.get(ce.prisoner_id)
        # The latest by date, then id (the candidates' query picks the same one).
        if g is not None and (g.transfer is None or (ce.event_date, ce.id) > (g.transfer.on, g.transfer.id)):
            g.transfer = TransferIn(ce.id, ce.event_date, ce.other_establishment or "")

    a = Allocation.__table__.c
    for al in rows_in(
        session,
        select(a.id, a.prisoner_id, a.role, a.start_date).where(
            a.deleted_at.is_(None),
            a.role.in_([AllocationRole.OFFENDER_SUPERVISOR, AllocationRole.OFFENDER_MANAGER]),
        ),
        a.prisoner_id,
        ids,
    ):
        g = out.get(al.prisoner_id)
        if g is not None:
            g.allocations[al.role].append((al.start_date, al.id))

    m = MappaStatus.__table__.c
    for pid, level in rows_in(
        session,
        select(m.prisoner_id, m.level).where(m.deleted_at.is_(None)).order_by(m.updated_at),
        m.prisoner_id,
        ids,
    ):
        if pid in out:
            out[pid].mappa_level = level  # the latest row wins

    s = Sentence.__table__.c
    for st in rows_in(
        session, select(*sentence_columns()).where(s.is_current, s.deleted_at.is_(None)), s.prisoner_id, ids
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
