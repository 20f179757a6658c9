"""Which prisoners the review sweep must look at today: the few whose events or calendar could raise a
task not already held (issue 10 point 1: the sweep over 20,000 prisoners in under a second).

Reading every prisoner's inputs and working out every trigger costs more than the budget, and on a usual
day almost every trigger a region's calendar gives is already held. So the sweep first asks the store,
in a handful of SQL queries that return prisoner ids, who could have something NEW
(``full_candidates``):

- an unconsumed domain event;
- a latest transfer in, or a latest change of offender manager or supervisor, within the review interval
  whose task is not held;
- a signed review that armed a later review date;
- an annual review that has appeared (the last review or plan version is old enough, or the next review
  date the latest review set is near) whose task is not held;
- MAPPA level 2 or 3 with release (conditional or automatic) near: its monthly pre-release review.

Those prisoners' inputs are read in full. The triggers that read only the sentence (a decision date
approaching: parole or the target hearing, HDC, release, categorisation review, open conditions; the
handover to the community) are many on any day and need only the
sentence row: ``dated_sentences`` reads just the current sentences with a date inside one of those
windows, and ``held_approaching`` the tasks they could repeat.

Each query is a SUPERSET of the prisoners a rule can raise a task for (never narrower than the rule's
window, and it never decides what the pure rules decide): the sweep then asks ``domain.review_triggers``
as before, so what is raised is exactly what a sweep over everyone raises (the sweep's tests compare
the two on generated regions). Dates compare as ISO text, which is how the store keeps them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import and_, exists, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import AllocationRole, CustodyEventType
from workbench.domain.policy import Policy
from workbench.domain.review_triggers import APPROACHING, EVENT_TRIGGERS
from workbench.domain.reviews import TriggerKind
from workbench.domain.timescales import add_months
from workbench.store.models import Allocation, CustodyEvent, DomainEvent, Sentence
from workbench.store.plan_models import PlanVersion
from workbench.store.review_models import Review, ReviewTask
from workbench.store.rosh_models import MappaStatus

__all__ = [
    "CHUNK",
    "chunks",
    "dated_sentences",
    "full_candidates",
    "held_approaching",
    "rows_in",
    "sentence_columns",
]

CHUNK: Final = 900  # ids per IN (): SQLite limits the parameters of one statement

_SLACK: Final = timedelta(days=7)  # wider than any month-end clamping of add_months
_ROLES: Final = (AllocationRole.OFFENDER_SUPERVISOR.value, AllocationRole.OFFENDER_MANAGER.value)
# How many months before the earliest release the handover date falls (domain/handover.py): determinate
# (8 months and 14 days), parole or indeterminate (12), early allocation (15).
_DETERMINATE_MONTHS: Final = 8
_PAROLE_MONTHS: Final = 12
_EARLY_MONTHS: Final = 15
_HANDOVER_DAYS: Final = timedelta(days=14)  # the determinate rule's 14 days


def sentence_columns() -> tuple[Any, ...]:
    """The sentence columns the calendar triggers read (the sweep's ``_facts``)."""
    s = Sentence.__table__.c
    return (
        s.prisoner_id,
        s.sentence_type,
        s.sentence_date,
        s.parole_eligibility_date,
        s.conditional_release_date,
        s.home_detention_curfew_eligibility_date,
        s.tariff_date,
        # -- key dates (migration 0011) --
        s.automatic_release_date,
        s.target_hearing_date,
        s.categorisation_review_date,
        s.open_conditions_date,
        s.open_conditions_since,
        s.open_prison_arrival_date,
        s.early_allocation,
    )


def _held(trigger: TriggerKind | tuple[TriggerKind, ...], prisoner: Any, key: Any) -> Any:
    """SQL: a task of ``trigger`` with source key ``key`` is held for ``prisoner``."""
    t = ReviewTask.__table__.c
    triggers = (trigger,) if isinstance(trigger, TriggerKind) else trigger
    return exists().where(
        t.prisoner_id == prisoner, t.trigger.in_([k.value for k in triggers]), t.source_key == key
    )


def full_candidates(session: Session, today: date, policy: Policy) -> set[str]:
    """The prisoners whose inputs must all be read today (may include deleted ones)."""
    out: set[str] = set()
    for query in _full_queries(today, policy):
        out.update(session.scalars(query))
    return out


def _full_queries(today: date, policy: Policy) -> list[Any]:
    e, c = DomainEvent.__table__.c, CustodyEvent.__table__.c
    a, r = Allocation.__table__.c, Review.__table__.c
    v, m, s = PlanVersion.__table__.c, MappaStatus.__table__.c, Sentence.__table__.c
    # domain.review_triggers.raise_tasks: transfers and changes before this are not raised.
    recent = add_months(today, -policy.review_interval_months)
    # The sweep reads only the latest transfer in (by date, then id): "date id", compared as text.
    latest_transfer = (
        select(c.prisoner_id, func.max(c.event_date.op("||")(" ").op("||")(c.id)).label("latest"))
        .where(
            c.event_type == CustodyEventType.TRANSFER_IN.value,
            c.deleted_at.is_(None),
            c.event_date >= recent,
        )
        .group_by(c.prisoner_id)
        .subquery()
    )
    later_review = aliased(Review.__table__)
    # The sweep counts only the latest allocation of a role (by start, then id) as a change, and only if
    # another came before it.
    latest_allocation = (
        select(a.prisoner_id, func.max(a.start_date.op("||")(" ").op("||")(a.id)).label("latest"))
        .where(a.deleted_at.is_(None), a.role.in_(_ROLES))
        .group_by(a.prisoner_id, a.role)
        .having(func.count() > 1, func.max(a.start_date) >= recent)
        .subquery()
    )
    queries: list[Any] = [
        select(e.prisoner_id).where(e.consumed_at.is_(None), e.kind.in_(list(EVENT_TRIGGERS))).distinct(),
        select(latest_transfer.c.prisoner_id).where(
            ~_held(
                TriggerKind.TRANSFER_IN,
                latest_transfer.c.prisoner_id,
                func.substr(latest_transfer.c.latest, 12),
            )
        ),
        select(latest_allocation.c.prisoner_id).where(
            ~_held(
                (TriggerKind.OM_CHANGED, TriggerKind.OS_CHANGED),
                latest_allocation.c.prisoner_id,
                func.substr(latest_allocation.c.latest, 12),
            )
        ),
        select(r.prisoner_id).where(
            r.status == "SIGNED",
            r.deleted_at.is_(None),
            r.armed.is_not(None),
            r.armed.not_in(["", "[]"]),
        ),
        # The next review date the LATEST signed review set, if its annual task is not held yet.
        select(r.prisoner_id).where(
            r.status == "SIGNED",
            r.deleted_at.is_(None),
            r.next_review_on <= today + timedelta(days=policy.annual_notice_days) + _SLACK,
            ~exists().where(
                later_review.c.prisoner_id == r.prisoner_id,
                later_review.c.status == "SIGNED",
                later_review.c.deleted_at.is_(None),
                later_review.c.review_date > r.review_date,
            ),
            ~_held(TriggerKind.ANNUAL, r.prisoner_id, r.next_review_on),
        ),
        select(m.prisoner_id).where(
            m.deleted_at.is_(None),
            m.level.in_([2, 3]),
            exists().where(
                s.prisoner_id == m.prisoner_id,
                s.is_current,
                s.deleted_at.is_(None),
                or_(
                    *(
                        and_(
                            col > today,
                            col <= today + timedelta(days=31 * policy.mappa_release_months) + _SLACK,
                        )
                        for col in (s.conditional_release_date, s.automatic_release_date)
                    )
                ),
            ),
        ),
    ]
    # The annual review appears ``annual_notice_days`` before the interval after the later of the last
    # signed review and the last plan version: only anchors at least that old can raise it.
    anchors = union_all(
        select(
            r.prisoner_id.label("pid"),
            func.coalesce(func.substr(r.review_date, 1, 10), func.substr(r.signed_at, 1, 10)).label("d"),
        ).where(r.status == "SIGNED", r.deleted_at.is_(None)),
        select(v.prisoner_id.label("pid"), func.substr(v.issued_at, 1, 10).label("d")).where(
            v.deleted_at.is_(None)
        ),
    ).subquery()
    cut = add_months(today + timedelta(days=policy.annual_notice_days), -policy.review_interval_months)
    last = (
        select(anchors.c.pid, func.max(anchors.c.d).label("last"))
        .group_by(anchors.c.pid)
        .having(func.max(anchors.c.d) <= (cut + _SLACK).isoformat())
        .subquery()
    )
    # Its key is the due date: SQLite's date arithmetic agrees with add_months except from a 29 February
    # (then the prisoner is read anyway, which is only slower).
    due = func.date(last.c.last, f"+{policy.review_interval_months} months")
    queries.append(select(last.c.pid).where(~_held(TriggerKind.ANNUAL, last.c.pid, due)))
    return queries


def dated_sentences(session: Session, today: date, policy: Policy) -> list[Any]:
    """The current sentences (deleted prisoners' too) with a decision date (parole, HDC, release) inside
    its look-ahead, or a release date whose handover could start to approach: ``sentence_columns()``
    rows."""
    s = Sentence.__table__.c
    windows: list[Any] = []
    decisions: tuple[tuple[TriggerKind, tuple[Any, ...], int], ...] = (
        (
            TriggerKind.PAROLE,
            (s.tariff_date, s.target_hearing_date, s.parole_eligibility_date),
            policy.parole_months_before,
        ),
        (TriggerKind.HDC, (s.home_detention_curfew_eligibility_date,), policy.hdc_months_before),
        # The release decision is the earlier of ARD and CRD (either may be missing): its task's key.
        (
            TriggerKind.RELEASE_DECISION,
            (
                func.min(
                    func.coalesce(s.automatic_release_date, s.conditional_release_date),
                    func.coalesce(s.conditional_release_date, s.automatic_release_date),
                ),
            ),
            policy.release_months_before,
        ),
        (TriggerKind.CATEGORISATION, (s.categorisation_review_date,), policy.categorisation_months_before),
        (TriggerKind.OPEN_CONDITIONS, (s.open_conditions_date,), policy.open_conditions_months_before),
    )
    for trigger, columns, months in decisions:
        # A decision task's key is the decision date itself, so a held one is skipped here already.
        until = today + timedelta(days=31 * months) + _SLACK
        windows.extend(
            and_(col > today, col <= until, ~_held(trigger, s.prisoner_id, col)) for col in columns
        )

    # The handover starts 8 months 14 days (determinate: ARD or CRD), 12 (PED, tariff or target hearing) or
    # 15 months (early allocation, any of them) before the earliest release, or (open-prison rules) on the
    # day the prisoner went to open conditions if earlier; its task appears the policy's months before.
    def window(offset: int) -> tuple[date, date]:
        low = add_months(today, offset) - _SLACK
        return low, add_months(today, offset + policy.handover_months_before) + _HANDOVER_DAYS + _SLACK

    by_rule: tuple[tuple[int, tuple[Any, ...]], ...] = (
        (_DETERMINATE_MONTHS, (s.automatic_release_date, s.conditional_release_date)),
        (_PAROLE_MONTHS, (s.tariff_date, s.target_hearing_date, s.parole_eligibility_date)),
    )
    for offset, releases in by_rule:
        low, high = window(offset)
        windows.extend(col.between(low, high) for col in releases)
    low, high = window(_EARLY_MONTHS)
    early = (s.tariff_date, s.target_hearing_date, s.parole_eligibility_date, *by_rule[0][1])
    windows.append(and_(s.early_allocation.is_(True), or_(*(col.between(low, high) for col in early))))
    opened_until = add_months(today, policy.handover_months_before) + _SLACK
    windows.extend(
        and_(col > today, col <= opened_until)
        for col in (s.open_conditions_since, s.open_prison_arrival_date)
    )
    return list(
        session.execute(
            select(*sentence_columns()).where(s.is_current, s.deleted_at.is_(None), or_(*windows))
        )
    )


def held_approaching(session: Session, prisoner_ids: list[str]) -> set[tuple[str, str, str]]:
    """The held tasks of these prisoners that a decision date or the handover could raise again."""
    t = ReviewTask.__table__.c
    query = select(t.prisoner_id, t.trigger, t.source_key).where(
        t.trigger.in_([k.value for k in APPROACHING])
    )
    return {(r[0], r[1], r[2]) for r in rows_in(session, query, t.prisoner_id, prisoner_ids)}


def chunks(ids: list[str]) -> Iterator[list[str]]:
    """``ids`` in slices of ``CHUNK``: SQLite limits the parameters of one statement."""
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def rows_in(session: Session, query: Any, column: Any, ids: list[str] | None) -> Iterator[Any]:
    """``query``'s rows where ``column`` is one of ``ids`` (one statement per chunk); every row when
    ``ids`` is None."""
    if ids is None:
        yield from session.execute(query)
        return
    for chunk in chunks(ids):
        yield from session.execute(query.where(column.in_(chunk)))
