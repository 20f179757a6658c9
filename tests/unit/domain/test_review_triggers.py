"""Trigger tables for domain/review_triggers.py (issue 10 point 1): every trigger, its due date and its
explanation; de-duplication; working days across bank holidays."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from workbench.domain.policy import Policy
from workbench.domain.review_triggers import (
    AllocationChange,
    ArmedReview,
    CalendarFacts,
    TransferIn,
    TriggerEvent,
    annual_due,
    raise_tasks,
)
from workbench.domain.reviews import TriggerKind, review_task_id

POLICY = Policy()
TODAY = date(2026, 12, 5)


def ev(kind: str, on: date, **payload: Any) -> TriggerEvent:
    return TriggerEvent(id=f"ev-{kind.lower()}", kind=kind, on=on, payload=payload)


# (event, trigger, due, explanation)
EVENT_TABLE = [
    (
        ev("RISK_OF_HARM_CHANGED", date(2026, 12, 2), old="MEDIUM", new="HIGH"),
        TriggerKind.ROSH_CHANGED,
        date(2026, 12, 16),
        "Risk of harm rose from Medium to High on 2 Dec 2026: review the plan and the risk management plan "
        "by 16 Dec 2026.",
    ),
    (
        ev("RISK_OF_HARM_CHANGED", date(2026, 12, 2), old="VERY_HIGH", new="MEDIUM"),
        TriggerKind.ROSH_CHANGED,
        date(2026, 12, 16),
        "Risk of harm fell from Very high to Medium on 2 Dec 2026: review the plan and the risk management "
        "plan by 16 Dec 2026.",
    ),
    (
        ev(
            "LIKELIHOOD_CHANGED",
            date(2026, 12, 2),
            old_band="LOW",
            new_band="MEDIUM",
            old_tier="C1",
            new_tier="C1",
        ),
        TriggerKind.LIKELIHOOD_CHANGED,
        date(2026, 12, 16),
        "Likelihood of reoffending changed on 2 Dec 2026 (OGRS3 band LOW to MEDIUM): review the plan by "
        "16 Dec 2026.",
    ),
    (
        ev("OBJECTIVE_ACHIEVED", date(2026, 12, 2), objective_id="o1"),
        TriggerKind.OBJECTIVE_ACHIEVED,
        date(2026, 12, 16),
        "An objective was achieved on 2 Dec 2026: review the plan by 16 Dec 2026.",
    ),
    (
        ev("OBJECTIVE_ABANDONED", date(2026, 12, 2), objective_id="o1"),
        TriggerKind.OBJECTIVE_ABANDONED,
        date(2026, 12, 16),
        "An objective was abandoned on 2 Dec 2026: review the plan by 16 Dec 2026.",
    ),
    (
        ev("INTERVENTION_STARTED", date(2026, 12, 2), intervention="Thinking Skills Programme"),
        TriggerKind.INTERVENTION_STARTED,
        date(2026, 12, 16),
        "Intervention Thinking Skills Programme started on 2 Dec 2026: review the plan by 16 Dec 2026.",
    ),
    (
        ev("INTERVENTION_COMPLETED", date(2026, 12, 2), intervention="Resolve"),
        TriggerKind.INTERVENTION_COMPLETED,
        date(2026, 12, 16),
        "Intervention Resolve was completed on 2 Dec 2026: review the plan by 16 Dec 2026.",
    ),
    (
        ev("INTERVENTION_NOT_AVAILABLE", date(2026, 12, 2), intervention="Resolve"),
        TriggerKind.INTERVENTION_NOT_AVAILABLE,
        date(2026, 12, 16),
        "Intervention Resolve became unavailable on 2 Dec 2026: review the plan by 16 Dec 2026.",
    ),
    (
        ev("NEW_NEED", date(2026, 12, 2), source="ASSESSMENT_COMPLETED", needs=["NEED:ALCOHOL_MISUSE"]),
        TriggerKind.NEW_NEED,
        date(2026, 12, 16),
        "New need linked to offending on 2 Dec 2026 (alcohol misuse): review the plan by 16 Dec 2026.",
    ),
    (
        ev("NEW_NEED", date(2026, 12, 2), source="INTERVIEW_REFERRAL", area="HOUSING"),
        TriggerKind.NEW_REFERRAL,
        date(2026, 12, 16),
        "A referral (housing) was raised on 2 Dec 2026: review the plan by 16 Dec 2026.",
    ),
    (
        ev("OFFENCE_PARALLELING", date(2026, 12, 2), source="ADJUDICATION"),
        TriggerKind.OFFENCE_PARALLELING,
        date(2026, 12, 16),
        "An adjudication on 2 Dec 2026 was flagged as offence-paralleling behaviour: review the plan and the "
        "risk management plan by 16 Dec 2026.",
    ),
    (
        ev("OFFENCE_PARALLELING", date(2026, 12, 2), source="SECURITY"),
        TriggerKind.OFFENCE_PARALLELING,
        date(2026, 12, 16),
        "Security information on 2 Dec 2026 was flagged as offence-paralleling behaviour: review the plan "
        "and the risk management plan by 16 Dec 2026.",
    ),
    # Across Christmas: 25 and 28 Dec 2026 and 1 Jan 2027 are bank holidays.
    (
        ev("OBJECTIVE_ACHIEVED", date(2026, 12, 17)),
        TriggerKind.OBJECTIVE_ACHIEVED,
        date(2027, 1, 5),
        "An objective was achieved on 17 Dec 2026: review the plan by 5 Jan 2027.",
    ),
]


@pytest.mark.parametrize(("event", "trigger", "due", "text"), EVENT_TABLE)
def test_each_event_raises_its_trigger_due_in_working_days(
    event: TriggerEvent, trigger: TriggerKind, due: date, text: str
) -> None:
    [task] = raise_tasks([event], CalendarFacts(), TODAY, POLICY)
    assert (task.trigger, task.due_on, task.explanation) == (trigger, due, text)
    assert task.source_event_id == event.id and task.source_key == event.id and task.raised_on == event.on


def test_events_of_other_kinds_raise_nothing() -> None:
    assert raise_tasks([ev("SOMETHING_ELSE", date(2026, 12, 2))], CalendarFacts(), TODAY, POLICY) == []


def test_an_event_the_last_review_already_saw_is_not_raised() -> None:
    event = ev("OBJECTIVE_ACHIEVED", date(2026, 12, 2))
    assert raise_tasks([event], CalendarFacts(last_review=date(2026, 12, 3)), TODAY, POLICY) == []
    assert len(raise_tasks([event], CalendarFacts(last_review=date(2026, 12, 1)), TODAY, POLICY)) == 1


def test_transfer_in_is_due_in_ten_working_days_across_christmas() -> None:
    facts = CalendarFacts(transfers_in=[TransferIn("t1", date(2026, 12, 17), "LEI")])
    [task] = raise_tasks([], facts, date(2026, 12, 18), POLICY)
    assert (task.trigger, task.due_on, task.source_key) == (TriggerKind.TRANSFER_IN, date(2027, 1, 5), "t1")
    assert task.explanation == "Arrived on transfer from LEI on 17 Dec 2026: review the plan by 5 Jan 2027."


@pytest.mark.parametrize(
    ("role", "trigger", "who"),
    [
        ("OFFENDER_MANAGER", TriggerKind.OM_CHANGED, "offender manager"),
        ("OFFENDER_SUPERVISOR", TriggerKind.OS_CHANGED, "offender supervisor"),
    ],
)
def test_a_new_om_or_os_raises_a_review(role: str, trigger: TriggerKind, who: str) -> None:
    facts = CalendarFacts(allocation_changes=[AllocationChange("a1", role, date(2026, 12, 2))])
    [task] = raise_tasks([], facts, TODAY, POLICY)
    assert (task.trigger, task.due_on) == (trigger, date(2026, 12, 16))
    assert task.explanation == f"A new {who} took over on 2 Dec 2026: review the plan by 16 Dec 2026."


def test_a_new_personal_officer_raises_nothing() -> None:
    facts = CalendarFacts(allocation_changes=[AllocationChange("a1", "PERSONAL_OFFICER", date(2026, 12, 2))])
    assert raise_tasks([], facts, TODAY, POLICY) == []


# (fact, date, today, trigger, due or None when not raised)
APPROACHING_TABLE = [
    (
        "categorisation_review",
        date(2027, 2, 1),
        date(2026, 12, 1),
        TriggerKind.CATEGORISATION,
        date(2026, 12, 31),
    ),
    ("categorisation_review", date(2027, 2, 1), date(2026, 11, 30), TriggerKind.CATEGORISATION, None),
    ("open_conditions", date(2027, 3, 1), date(2026, 12, 1), TriggerKind.OPEN_CONDITIONS, date(2026, 12, 31)),
    ("parole", date(2027, 6, 1), date(2026, 12, 1), TriggerKind.PAROLE, date(2026, 12, 31)),
    ("hdc", date(2027, 3, 1), date(2026, 12, 1), TriggerKind.HDC, date(2026, 12, 31)),
    ("release", date(2027, 3, 1), date(2026, 12, 1), TriggerKind.RELEASE_DECISION, date(2026, 12, 31)),
    (
        "handover_start",
        date(2027, 2, 1),
        date(2026, 12, 1),
        TriggerKind.HANDOVER_APPROACHING,
        date(2026, 12, 31),
    ),
    # Never due after the date itself, and nothing once the date has passed.
    ("hdc", date(2026, 12, 10), date(2026, 12, 5), TriggerKind.HDC, date(2026, 10, 8)),
    ("hdc", date(2026, 12, 4), date(2026, 12, 5), TriggerKind.HDC, None),
]


@pytest.mark.parametrize(("fact", "when", "today", "trigger", "due"), APPROACHING_TABLE)
def test_decisions_approaching(
    fact: str, when: date, today: date, trigger: TriggerKind, due: date | None
) -> None:
    tasks = raise_tasks([], CalendarFacts(**{fact: when}), today, POLICY)
    if due is None:
        assert tasks == []
        return
    [task] = tasks
    assert (task.trigger, task.due_on, task.source_key) == (trigger, due, when.isoformat())
    assert task.explanation.endswith(f"review the plan by {due.day} {due:%b} {due.year}.")


def test_an_approaching_review_is_never_due_after_the_decision() -> None:
    facts = CalendarFacts(hdc=date(2027, 1, 20))
    [task] = raise_tasks(
        [], facts, date(2026, 12, 21), Policy(hdc_months_before=1, decision_review_working_days=60)
    )
    assert (task.raised_on, task.due_on) == (date(2026, 12, 20), date(2027, 1, 20))


def test_a_parole_review_names_the_date() -> None:
    [task] = raise_tasks([], CalendarFacts(parole=date(2027, 6, 1)), date(2026, 12, 5), POLICY)
    assert task.explanation == "Parole eligibility on 1 Jun 2027: review the plan by 31 Dec 2026."


@pytest.mark.parametrize(
    ("facts", "today", "due"),
    [
        (CalendarFacts(last_review=date(2026, 1, 10)), date(2026, 12, 13), date(2027, 1, 10)),
        (CalendarFacts(last_review=date(2026, 1, 10)), date(2026, 12, 12), None),  # 29 days ahead: not yet
        (CalendarFacts(last_plan_version=date(2026, 2, 1), last_review=date(2026, 1, 10)), TODAY, None),
        (CalendarFacts(last_plan_version=date(2025, 12, 20)), TODAY, date(2026, 12, 20)),
        (
            CalendarFacts(last_review=date(2026, 6, 1), next_review_set=date(2026, 12, 20)),
            TODAY,
            date(2026, 12, 20),
        ),
        (CalendarFacts(), TODAY, None),
    ],
)
def test_annual_review(facts: CalendarFacts, today: date, due: date | None) -> None:
    tasks = [t for t in raise_tasks([], facts, today, POLICY) if t.trigger is TriggerKind.ANNUAL]
    if due is None:
        assert tasks == []
        return
    [task] = tasks
    assert (task.due_on, task.source_key) == (due, due.isoformat())
    assert annual_due(facts, POLICY) == due


def test_annual_interval_follows_the_policy() -> None:
    facts = CalendarFacts(last_review=date(2026, 1, 31))
    assert annual_due(facts, Policy(review_interval_months=1)) == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("level", "today", "key"),
    [
        (2, date(2027, 1, 1), "2027-01-01"),  # release 1 Apr 2027: 3 months before
        (3, date(2027, 2, 15), "2027-02-01"),  # the second monthly point
        (3, date(2027, 3, 31), "2027-03-01"),  # the last month
        (2, date(2026, 12, 31), None),  # not yet within 3 months
        (1, date(2027, 2, 15), None),  # level 1: no monthly review
        (None, date(2027, 2, 15), None),
        (2, date(2027, 4, 1), None),  # released
    ],
)
def test_mappa_level_2_or_3_raises_a_review_each_month_before_release(
    level: int | None, today: date, key: str | None
) -> None:
    facts = CalendarFacts(mappa_level=level, release=date(2027, 4, 1))
    tasks = [t for t in raise_tasks([], facts, today, POLICY) if t.trigger is TriggerKind.MAPPA_PRE_RELEASE]
    assert [t.source_key for t in tasks] == ([key] if key else [])


def test_mappa_each_month_is_a_new_task() -> None:
    facts = CalendarFacts(mappa_level=2, release=date(2027, 4, 1))
    ids = {
        t.task_id("p1")
        for day in (date(2027, 1, 5), date(2027, 2, 5), date(2027, 3, 5))
        for t in raise_tasks([], facts, day, POLICY)
        if t.trigger is TriggerKind.MAPPA_PRE_RELEASE
    }
    assert len(ids) == 3


def test_armed_review_appears_two_weeks_ahead_and_is_due_on_its_date() -> None:
    facts = CalendarFacts(armed=[ArmedReview("r1", date(2026, 12, 18), "after Resolve ends")])
    [task] = raise_tasks([], facts, date(2026, 12, 4), POLICY)
    assert (task.trigger, task.due_on, task.source_key) == (
        TriggerKind.ARMED,
        date(2026, 12, 18),
        "r1:2026-12-18",
    )
    assert "after Resolve ends" in task.explanation
    assert raise_tasks([], facts, date(2026, 12, 3), POLICY) == []


def test_the_same_source_gives_the_same_id_on_every_run() -> None:
    facts = CalendarFacts(parole=date(2027, 6, 1), transfers_in=[TransferIn("t1", date(2026, 12, 1))])
    events = [ev("RISK_OF_HARM_CHANGED", date(2026, 12, 2), old="LOW", new="HIGH")]
    first = [t.task_id("p1") for t in raise_tasks(events, facts, TODAY, POLICY)]
    later = [t.task_id("p1") for t in raise_tasks(events, facts, date(2026, 12, 9), POLICY)]
    assert first == later and len(set(first)) == 3
    assert first[0] == review_task_id("p1", "TRANSFER_IN", "t1")
    # A moved parole date is a new reason to review.
    moved = CalendarFacts(parole=date(2027, 6, 8))
    assert {t.task_id("p1") for t in raise_tasks([], moved, TODAY, POLICY)}.isdisjoint(first)


def test_several_reasons_come_earliest_due_first() -> None:
    facts = CalendarFacts(parole=date(2027, 6, 1), transfers_in=[TransferIn("t1", date(2026, 11, 20))])
    events = [ev("OBJECTIVE_ACHIEVED", date(2026, 12, 2))]
    dues = [t.due_on for t in raise_tasks(events, facts, TODAY, POLICY)]
    assert dues == sorted(dues) and len(dues) == 3


def test_timescales_follow_the_policy() -> None:
    policy = Policy(event_review_working_days=5, parole_months_before=1)
    [task] = raise_tasks([ev("OBJECTIVE_ACHIEVED", date(2026, 12, 17))], CalendarFacts(), TODAY, policy)
    assert task.due_on == date(2026, 12, 24)
    assert raise_tasks([], CalendarFacts(parole=date(2027, 6, 1)), TODAY, policy) == []


def test_old_transfers_and_allocation_changes_are_history() -> None:
    facts = CalendarFacts(
        transfers_in=[TransferIn("t1", date(2025, 12, 4))],
        allocation_changes=[AllocationChange("a1", "OFFENDER_MANAGER", date(2025, 12, 4))],
    )
    assert raise_tasks([], facts, TODAY, POLICY) == []  # more than 12 months before 5 Dec 2026
    recent = CalendarFacts(transfers_in=[TransferIn("t1", date(2025, 12, 5))])
    assert [t.trigger for t in raise_tasks([], recent, TODAY, POLICY)] == [TriggerKind.TRANSFER_IN]
