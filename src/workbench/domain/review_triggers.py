"""Review triggers: which review tasks a prisoner's events and calendar raise (issue 10 point 1).

DESIGN.md section 4 "Review triggers"; seed 4.21 (plans reviewed annually or when required in only 37%
of cases), 4.4 (risk of harm reviewed after a change in 42%), 4.22 (delivery not kept up after a change
of offender manager in 37%). Timescales are policy (``[reviews]`` in resources/policy.toml).

Pure: plain inputs in (the prisoner's unconsumed domain events, the calendar facts, today, the policy),
``RaisedTask`` values out. The sweep (``casework/reviews/sweep.py``) reads the store and writes the
rows; every terminal running it raises the same task ids (``domain.reviews.review_task_id``), so a
source never raises twice. Each task carries one sentence saying what happened and by when to review.

Rules decided here (and tested in ``tests/unit/domain/test_review_triggers.py``):

- Event triggers are due ``event_review_working_days`` working days after the event (transfer in:
  ``transfer_in_working_days``). An event on or before the last signed review is not raised: that review
  already saw it. A transfer or a change of OM/OS older than ``review_interval_months`` is not raised
  either (history loaded with a case, or a first sweep: the annual review covers it).
- "Approaching" triggers (categorisation, open conditions, parole, HDC, release, handover) appear the
  policy's months before their date, are due ``decision_review_working_days`` working days later but
  never after the date itself, and are not raised once the date has passed. Their source key is the
  date, so a changed date raises a new task.
- Annual: ``review_interval_months`` after the later of the last signed review and the last issued
  plan version (or the next review date the last review set, when earlier); it appears
  ``annual_notice_days`` before. No review and no plan: nothing (the National Standards sentence plan
  timescale covers a new case).
- MAPPA level 2 or 3 within ``mappa_release_months`` of release: one task each month, on the monthly
  points before release; only the latest point reached is raised (older ones were raised by earlier
  sweeps, or are stale).
- Snoozing (``snooze_problems``) needs a reason and a date after today; it cannot push a task that is
  already overdue, nor move it past the prisoner's next hard date: the annual review date and, for an
  approaching decision, the decision date itself (a review after the decision is no review for it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

from workbench.domain.errors import ValidationError
from workbench.domain.policy import Policy
from workbench.domain.reviews import TriggerKind, review_task_id
from workbench.domain.timescales import add_months, format_date
from workbench.domain.working_days import add_working_days

__all__ = [
    "APPROACHING",
    "EVENT_TRIGGERS",
    "LIKELIHOOD_CHANGED",
    "OFFENCE_PARALLELING",
    "RISK_OF_HARM_CHANGED",
    "AllocationChange",
    "ArmedReview",
    "CalendarFacts",
    "RaisedTask",
    "TransferIn",
    "TriggerEvent",
    "annual_due",
    "hard_date",
    "raise_tasks",
    "snooze_problems",
]

# Domain event kinds (store.models.DomainEvent.kind) this engine consumes. The first two are raised by
# casework/rosh/analysis.py and casework/assessment/service.py, the plan's by domain.plan.PlanEvent.
RISK_OF_HARM_CHANGED: Final = "RISK_OF_HARM_CHANGED"
LIKELIHOOD_CHANGED: Final = "LIKELIHOOD_CHANGED"
# Adjudication or security information flagged as offence-paralleling behaviour (issue 10 point 1).
# Payload: {"source": "ADJUDICATION" | "SECURITY", "reference": str (optional)}.
OFFENCE_PARALLELING: Final = "OFFENCE_PARALLELING"

EVENT_TRIGGERS: Final[Mapping[str, TriggerKind]] = {
    RISK_OF_HARM_CHANGED: TriggerKind.ROSH_CHANGED,
    LIKELIHOOD_CHANGED: TriggerKind.LIKELIHOOD_CHANGED,
    "OBJECTIVE_ACHIEVED": TriggerKind.OBJECTIVE_ACHIEVED,
    "OBJECTIVE_ABANDONED": TriggerKind.OBJECTIVE_ABANDONED,
    "INTERVENTION_STARTED": TriggerKind.INTERVENTION_STARTED,
    "INTERVENTION_COMPLETED": TriggerKind.INTERVENTION_COMPLETED,
    "INTERVENTION_NOT_AVAILABLE": TriggerKind.INTERVENTION_NOT_AVAILABLE,
    "NEW_NEED": TriggerKind.NEW_NEED,  # NEW_REFERRAL when its source is an interview referral
    OFFENCE_PARALLELING: TriggerKind.OFFENCE_PARALLELING,
}
"""Domain event kind → the trigger it raises (events of other kinds are left for other consumers)."""

APPROACHING: Final = frozenset(
    {
        TriggerKind.CATEGORISATION,
        TriggerKind.OPEN_CONDITIONS,
        TriggerKind.PAROLE,
        TriggerKind.HDC,
        TriggerKind.RELEASE_DECISION,
        TriggerKind.HANDOVER_APPROACHING,
    }
)
"""Triggers raised because a decision date approaches; their source key is that date (ISO)."""

_ORDER: Final = {kind: i for i, kind in enumerate(TriggerKind)}
_LEVELS: Final = {"LOW": "Low", "MEDIUM": "Medium", "HIGH": "High", "VERY_HIGH": "Very high"}
_RANK: Final = {"LOW": 1, "MEDIUM": 2, "HIGH": 3, "VERY_HIGH": 4}


@dataclass(frozen=True, slots=True)
class TriggerEvent:
    """An unconsumed domain event of one prisoner: its id, kind, the date it happened and its payload."""

    id: str
    kind: str
    on: date
    payload: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TransferIn:
    """An arrival on transfer (a TRANSFER_IN custody event)."""

    id: str
    on: date
    from_establishment: str = ""


@dataclass(frozen=True, slots=True)
class AllocationChange:
    """A new offender manager or supervisor replacing another (``role``: domain.enums.AllocationRole)."""

    id: str
    role: str
    on: date


@dataclass(frozen=True, slots=True)
class ArmedReview:
    """A review a signed review arranged for a date ("review after the course ends")."""

    review_id: str
    on: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class CalendarFacts:
    """What the calendar triggers need to know about one prisoner (None: not known or not applicable)."""

    last_review: date | None = None  # the last signed review
    next_review_set: date | None = None  # the next review date that review set
    last_plan_version: date | None = None  # the last issued version of the sentence plan
    transfers_in: Sequence[TransferIn] = ()
    allocation_changes: Sequence[AllocationChange] = ()
    armed: Sequence[ArmedReview] = ()
    categorisation_review: date | None = None
    open_conditions: date | None = None  # open conditions / ROTL eligibility
    parole: date | None = None  # PED, parole hearing or tariff date
    hdc: date | None = None  # HDC eligibility date
    release: date | None = None  # conditional or automatic release date
    mappa_level: int | None = None
    handover_start: date | None = None  # domain.handover.handover_start_date


@dataclass(frozen=True, slots=True)
class RaisedTask:
    """A review task to raise: why, when it is due, what raised it and one sentence saying so."""

    trigger: TriggerKind
    source_key: str
    raised_on: date
    due_on: date
    explanation: str
    source_event_id: str | None = None

    def task_id(self, prisoner_id: str) -> str:
        """The deterministic id of this task's row (the same on every terminal)."""
        return review_task_id(prisoner_id, self.trigger.value, self.source_key)


# -- the rules ------------------------------------------------------------------------------------


def raise_tasks(
    events: Iterable[TriggerEvent], facts: CalendarFacts, today: date, policy: Policy
) -> list[RaisedTask]:
    """Every review task the events and the calendar raise for one prisoner today, earliest due first.

    The caller drops tasks whose id it already holds (``RaisedTask.task_id``): raising is idempotent.
    """
    seen = facts.last_review
    tasks: list[RaisedTask] = []
    for event in events:
        task = _from_event(event, policy)
        if task is not None and (seen is None or event.on > seen):
            tasks.append(task)
    recent = add_months(today, -policy.review_interval_months)
    tasks.extend(t for t in _transfers(facts, policy) if t.raised_on >= recent)
    tasks.extend(t for t in _allocations(facts, policy) if t.raised_on >= recent)
    tasks.extend(_armed(facts, today))
    annual = _annual(facts, today, policy)
    if annual is not None:
        tasks.append(annual)
    tasks.extend(_approaching(facts, today, policy))
    mappa = _mappa(facts, today, policy)
    if mappa is not None:
        tasks.append(mappa)
    tasks.sort(key=lambda t: (t.due_on, _ORDER[t.trigger], t.source_key))
    return tasks


def annual_due(facts: CalendarFacts, policy: Policy) -> date | None:
    """When the next annual review falls due, or None without a signed review or an issued plan."""
    anchors = [d for d in (facts.last_review, facts.last_plan_version) if d is not None]
    if not anchors:
        return None
    due = add_months(max(anchors), policy.review_interval_months)
    if facts.next_review_set is not None and max(anchors) < facts.next_review_set < due:
        due = facts.next_review_set
    return due


def _task(
    trigger: TriggerKind, key: str, raised: date, due: date, what: str, event_id: str | None = None
) -> RaisedTask:
    return RaisedTask(trigger, key, raised, due, f"{what}: review the plan by {format_date(due)}.", event_id)


def _from_event(event: TriggerEvent, policy: Policy) -> RaisedTask | None:
    trigger = EVENT_TRIGGERS.get(event.kind)
    if trigger is None:
        return None
    p = event.payload
    due = add_working_days(event.on, policy.event_review_working_days)
    on = format_date(event.on)
    if trigger is TriggerKind.ROSH_CHANGED:
        old, new = str(p.get("old") or ""), str(p.get("new") or "")
        verb = "rose" if _RANK.get(new, 0) > _RANK.get(old, 0) else "fell"
        text = (
            f"Risk of harm {verb} from {_LEVELS.get(old, 'not set')} to {_LEVELS.get(new, 'not set')} on {on}"
            if old
            else f"Risk of harm was set at {_LEVELS.get(new, 'not set')} on {on}"
        )
        return RaisedTask(
            trigger,
            event.id,
            event.on,
            due,
            f"{text}: review the plan and the risk management plan by {format_date(due)}.",
            event.id,
        )
    if trigger is TriggerKind.LIKELIHOOD_CHANGED:
        parts = []
        if p.get("old_band") != p.get("new_band"):
            parts.append(f"OGRS3 band {p.get('old_band') or 'none'} to {p.get('new_band') or 'none'}")
        if p.get("old_tier") != p.get("new_tier"):
            parts.append(f"tier {p.get('old_tier') or 'none'} to {p.get('new_tier') or 'none'}")
        change = f" ({', '.join(parts)})" if parts else ""
        return _task(
            trigger, event.id, event.on, due, f"Likelihood of reoffending changed on {on}{change}", event.id
        )
    if trigger is TriggerKind.NEW_NEED and p.get("source") == "INTERVIEW_REFERRAL":
        area = str(p.get("area") or "").replace("_", " ").lower()
        what = f"A referral{f' ({area})' if area else ''} was raised on {on}"
        return _task(TriggerKind.NEW_REFERRAL, event.id, event.on, due, what, event.id)
    if trigger is TriggerKind.NEW_NEED:
        needs = [str(n).split(":", 1)[-1].replace("_", " ").lower() for n in p.get("needs") or ()]
        listed = f" ({', '.join(needs)})" if needs else ""
        what = f"New need linked to offending on {on}{listed}"
        return _task(trigger, event.id, event.on, due, what, event.id)
    if trigger is TriggerKind.OFFENCE_PARALLELING:
        source = "Security information" if p.get("source") == "SECURITY" else "An adjudication"
        return RaisedTask(
            trigger,
            event.id,
            event.on,
            due,
            f"{source} on {on} was flagged as offence-paralleling behaviour: review the plan and the risk "
            f"management plan by {format_date(due)}.",
            event.id,
        )
    name = str(p.get("intervention") or "")
    what = {
        TriggerKind.OBJECTIVE_ACHIEVED: f"An objective was achieved on {on}",
        TriggerKind.OBJECTIVE_ABANDONED: f"An objective was abandoned on {on}",
        TriggerKind.INTERVENTION_STARTED: f"Intervention {name} started on {on}",
        TriggerKind.INTERVENTION_COMPLETED: f"Intervention {name} was completed on {on}",
        TriggerKind.INTERVENTION_NOT_AVAILABLE: f"Intervention {name} became unavailable on {on}",
    }[trigger]
    return _task(trigger, event.id, event.on, due, what.replace("  ", " "), event.id)


def _transfers(facts: CalendarFacts, policy: Policy) -> Iterable[RaisedTask]:
    for t in facts.transfers_in:
        if facts.last_review is not None and t.on <= facts.last_review:
            continue
        due = add_working_days(t.on, policy.transfer_in_working_days)
        src = f" from {t.from_establishment}" if t.from_establishment else ""
        yield _task(
            TriggerKind.TRANSFER_IN, t.id, t.on, due, f"Arrived on transfer{src} on {format_date(t.on)}"
        )


def _allocations(facts: CalendarFacts, policy: Policy) -> Iterable[RaisedTask]:
    for a in facts.allocation_changes:
        if facts.last_review is not None and a.on <= facts.last_review:
            continue
        if a.role == "OFFENDER_MANAGER":
            trigger, who = TriggerKind.OM_CHANGED, "offender manager"
        elif a.role == "OFFENDER_SUPERVISOR":
            trigger, who = TriggerKind.OS_CHANGED, "offender supervisor"
        else:
            continue
        due = add_working_days(a.on, policy.event_review_working_days)
        yield _task(trigger, a.id, a.on, due, f"A new {who} took over on {format_date(a.on)}")


def _armed(facts: CalendarFacts, today: date) -> Iterable[RaisedTask]:
    for a in facts.armed:
        # Shown two weeks ahead, like any review date, so it can be prepared.
        raised = a.on - timedelta(days=14)
        if today >= raised:
            note = f" ({a.note})" if a.note else ""
            yield RaisedTask(
                TriggerKind.ARMED,
                f"{a.review_id}:{a.on.isoformat()}",
                raised,
                a.on,
                f"The last review asked for a review on {format_date(a.on)}{note}: review the plan by "
                f"{format_date(a.on)}.",
            )


def _annual(facts: CalendarFacts, today: date, policy: Policy) -> RaisedTask | None:
    due = annual_due(facts, policy)
    if due is None:
        return None
    raised = due - timedelta(days=policy.annual_notice_days)
    if today < raised:
        return None
    last = max(d for d in (facts.last_review, facts.last_plan_version) if d is not None)
    what = f"The plan was last reviewed or issued on {format_date(last)}"
    return RaisedTask(
        TriggerKind.ANNUAL,
        due.isoformat(),
        raised,
        due,
        f"{what}: the annual review is due by {format_date(due)}.",
    )


_DECISIONS: Final = (
    (
        TriggerKind.CATEGORISATION,
        "categorisation_review",
        "categorisation_months_before",
        "Categorisation review",
    ),
    (
        TriggerKind.OPEN_CONDITIONS,
        "open_conditions",
        "open_conditions_months_before",
        "Open conditions eligibility",
    ),
    (TriggerKind.PAROLE, "parole", "parole_months_before", "Parole eligibility"),
    (TriggerKind.HDC, "hdc", "hdc_months_before", "HDC eligibility"),
    (TriggerKind.RELEASE_DECISION, "release", "release_months_before", "Release"),
    (
        TriggerKind.HANDOVER_APPROACHING,
        "handover_start",
        "handover_months_before",
        "Handover to the community",
    ),
)


def _approaching(facts: CalendarFacts, today: date, policy: Policy) -> Iterable[RaisedTask]:
    for trigger, fact, setting, name in _DECISIONS:
        when: date | None = getattr(facts, fact)
        if when is None or today >= when:
            continue
        months = int(getattr(policy, setting))
        if (when - today).days > 31 * months:  # cheap: most dates are far off, and this runs for everyone
            continue
        raised = add_months(when, -months)
        if today < raised:
            continue
        due = min(add_working_days(raised, policy.decision_review_working_days), when)
        yield RaisedTask(
            trigger,
            when.isoformat(),
            raised,
            due,
            f"{name} on {format_date(when)}: review the plan by {format_date(due)}.",
        )


def _mappa(facts: CalendarFacts, today: date, policy: Policy) -> RaisedTask | None:
    release = facts.release
    if facts.mappa_level not in (2, 3) or release is None or today >= release:
        return None
    points = [add_months(release, -k) for k in range(1, policy.mappa_release_months + 1)]
    reached = [p for p in points if p <= today]
    if not reached:
        return None
    point = max(reached)
    due = min(add_working_days(point, policy.event_review_working_days), release)
    return RaisedTask(
        TriggerKind.MAPPA_PRE_RELEASE,
        point.isoformat(),
        point,
        due,
        f"MAPPA level {facts.mappa_level} and release on {format_date(release)}: the monthly pre-release "
        f"review is due by {format_date(due)}.",
    )


# -- snoozing -------------------------------------------------------------------------------------


def hard_date(trigger: str, source_key: str, annual: date | None) -> date | None:
    """The date a task of ``trigger`` cannot be snoozed past: the decision date of an approaching
    trigger, else the next annual review date (None: no limit known)."""
    dates = [annual] if annual is not None else []
    if trigger in APPROACHING:
        # A key that is not a date (never written by this engine) sets no decision-date limit.
        with contextlib.suppress(ValueError):
            dates.append(date.fromisoformat(source_key))
    return min(dates) if dates else None


def snooze_problems(
    *,
    due_on: date,
    snoozed_until: date | None,
    until: date | None,
    reason: str,
    today: date,
    limit: date | None,
) -> list[ValidationError]:
    """Everything wrong with snoozing a task (due ``due_on``, or ``snoozed_until`` if snoozed) to
    ``until`` for ``reason``; empty when it may be snoozed. ``limit``: ``hard_date``."""
    errors: list[ValidationError] = []
    current = snoozed_until if snoozed_until is not None else due_on
    if not reason.strip():
        errors.append(
            ValidationError("Say why this review can wait.", field="reason", code="SNOOZE_NO_REASON")
        )
    if current < today:
        errors.append(
            ValidationError(
                f"This review was due on {format_date(current)} and is overdue: it cannot be put off any "
                "further. Hold the review, or cancel the task with a reason.",
                field="until",
                code="SNOOZE_OVERDUE",
            )
        )
        return errors
    if until is None:
        errors.append(ValidationError("Enter the date the review can wait until.", field="until"))
    elif until <= today:
        errors.append(
            ValidationError(
                f"The snooze date must be after today ({format_date(today)}).",
                field="until",
                code="SNOOZE_PAST",
            )
        )
    elif until <= current:
        errors.append(
            ValidationError(
                f"The review is already due on {format_date(current)}: a snooze date must be later.",
                field="until",
                code="SNOOZE_NOT_LATER",
            )
        )
    elif limit is not None and until > limit:
        errors.append(
            ValidationError(
                f"A review cannot wait past {format_date(limit)}, the next fixed review date for this case.",
                field="until",
                code="SNOOZE_PAST_HARD_DATE",
            )
        )
    return errors
