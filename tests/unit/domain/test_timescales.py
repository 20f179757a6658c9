from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from workbench.domain.policy import Policy
from workbench.domain.timescales import (
    CaseFacts,
    DueItem,
    DueRule,
    DueStatus,
    add_months,
    due_items,
    format_date,
    has_overdue,
    next_due,
)

POLICY = Policy()
R = DueRule
S = DueStatus

# Received on Friday 18 Dec 2026, a week before Christmas: the Boxing Day substitute (Mon 28 Dec)
# and New Year's Day fall inside the working-day windows.
XMAS = CaseFacts(
    received_on=date(2026, 12, 18),
    sentence_date=None,
    release_or_tariff_date=None,
    in_scope=False,
    os_allocated_on=None,
    first_contact_on=None,
    om_allocated_on=None,
    plan_completed_on=None,
    last_review_on=None,
)

# Sentenced and received on Monday 2 Mar 2026; in scope.
SPRING = replace(
    XMAS,
    received_on=date(2026, 3, 2),
    sentence_date=date(2026, 3, 2),
    release_or_tariff_date=date(2029, 1, 1),
    in_scope=True,
)


def item(facts: CaseFacts, rule: DueRule, today: date, policy: Policy = POLICY) -> DueItem:
    found = [i for i in due_items(facts, policy, today) if i.rule is rule]
    assert len(found) == 1, f"{rule} not in items"
    return found[0]


OS = (
    "Offender supervisor must be allocated within 2 working days of reception on 18 Dec 2026: due 22 Dec 2026"
)


@pytest.mark.parametrize(
    ("facts", "today", "status", "completed_on", "explanation"),
    [
        (XMAS, date(2026, 12, 18), S.DUE, None, f"{OS}, not yet done."),
        (XMAS, date(2026, 12, 22), S.DUE, None, f"{OS}, not yet done."),  # the due date itself
        (XMAS, date(2026, 12, 23), S.OVERDUE, None, f"{OS}, overdue by 1 working day."),
        # 23, 24 and 29 Dec: Christmas Day and the Boxing Day substitute do not count.
        (XMAS, date(2026, 12, 29), S.OVERDUE, None, f"{OS}, overdue by 3 working days."),
        (
            replace(XMAS, os_allocated_on=date(2026, 12, 21)),
            date(2027, 3, 1),
            S.MET,
            date(2026, 12, 21),
            f"{OS}, met on 21 Dec 2026.",
        ),
        (
            replace(XMAS, os_allocated_on=date(2026, 12, 22)),
            date(2026, 12, 22),
            S.MET,
            date(2026, 12, 22),
            f"{OS}, met on 22 Dec 2026.",
        ),
        (
            replace(XMAS, os_allocated_on=date(2026, 12, 24)),
            date(2026, 12, 24),
            S.MET_LATE,
            date(2026, 12, 24),
            f"{OS}, met late on 24 Dec 2026 (2 working days late).",
        ),
        (
            replace(XMAS, os_allocated_on=date(2026, 12, 28)),
            date(2027, 1, 4),
            S.MET_LATE,
            date(2026, 12, 28),
            f"{OS}, met late on 28 Dec 2026 (2 working days late).",
        ),
        # Due Friday 18 Dec, now Saturday: late by a day but by no working day.
        (
            replace(XMAS, received_on=date(2026, 12, 16)),
            date(2026, 12, 19),
            S.OVERDUE,
            None,
            "Offender supervisor must be allocated within 2 working days of reception on 16 Dec 2026: "
            "due 18 Dec 2026, overdue by 1 day.",
        ),
        # Received on Christmas Eve (Thursday): 25 Dec and the 28 Dec substitute are skipped.
        (
            replace(XMAS, received_on=date(2026, 12, 24)),
            date(2026, 12, 30),
            S.DUE,
            None,
            "Offender supervisor must be allocated within 2 working days of reception on 24 Dec 2026: "
            "due 30 Dec 2026, not yet done.",
        ),
        # Received on Thursday before Easter: Good Friday and Easter Monday are skipped.
        (
            replace(XMAS, received_on=date(2026, 4, 2)),
            date(2026, 4, 9),
            S.OVERDUE,
            None,
            "Offender supervisor must be allocated within 2 working days of reception on 2 Apr 2026: "
            "due 8 Apr 2026, overdue by 1 working day.",
        ),
    ],
)
def test_os_allocation(
    facts: CaseFacts, today: date, status: DueStatus, completed_on: date | None, explanation: str
) -> None:
    got = item(facts, R.OS_ALLOCATION, today)
    assert (got.status, got.completed_on, got.explanation) == (status, completed_on, explanation)
    assert got.label == "Offender supervisor allocated"


@pytest.mark.parametrize(
    ("facts", "due", "explanation_start"),
    [
        # No sentence date: the clock starts at arrival. 10 working days skip 25, 28 Dec and 1 Jan.
        (
            XMAS,
            date(2027, 1, 6),
            "First contact with the prisoner must be within 10 working days of arrival on 18 Dec 2026",
        ),
        # Sentenced while on remand: the clock starts at sentence (the later date).
        (
            replace(XMAS, received_on=date(2026, 6, 1), sentence_date=date(2026, 6, 15)),
            date(2026, 6, 29),
            "First contact with the prisoner must be within 10 working days of sentence on 15 Jun 2026",
        ),
        # Transferred in after sentence: the clock starts at arrival (the later date, seed 3.3).
        (
            replace(XMAS, received_on=date(2026, 6, 10), sentence_date=date(2026, 6, 1)),
            date(2026, 6, 24),
            "First contact with the prisoner must be within 10 working days of arrival on 10 Jun 2026",
        ),
        (
            SPRING,
            date(2026, 3, 16),
            "First contact with the prisoner must be within 10 working days of sentence on 2 Mar 2026",
        ),
        # Easter 2026 (3 and 6 Apr) inside the window.
        (
            replace(XMAS, received_on=date(2026, 3, 27)),
            date(2026, 4, 14),
            "First contact with the prisoner must be within 10 working days of arrival on 27 Mar 2026",
        ),
    ],
)
def test_first_contact_clock(facts: CaseFacts, due: date, explanation_start: str) -> None:
    got = item(facts, R.FIRST_CONTACT, today=due)
    assert got.due_date == due
    assert got.status is S.DUE
    assert got.explanation == f"{explanation_start}: due {format_date(due)}, not yet done."


@pytest.mark.parametrize(
    ("first_contact_on", "today", "status", "tail"),
    [
        (None, date(2027, 1, 6), S.DUE, "due 6 Jan 2027, not yet done."),
        (None, date(2027, 1, 7), S.OVERDUE, "due 6 Jan 2027, overdue by 1 working day."),
        (date(2027, 1, 6), date(2027, 1, 7), S.MET, "due 6 Jan 2027, met on 6 Jan 2027."),
        (
            date(2027, 1, 11),
            date(2027, 1, 11),
            S.MET_LATE,
            "due 6 Jan 2027, met late on 11 Jan 2027 (3 working days late).",
        ),
    ],
)
def test_first_contact_status(
    first_contact_on: date | None, today: date, status: DueStatus, tail: str
) -> None:
    got = item(replace(XMAS, first_contact_on=first_contact_on), R.FIRST_CONTACT, today)
    assert got.status is status
    assert got.explanation.endswith(": " + tail)


@pytest.mark.parametrize(
    ("facts", "due", "window"),
    [
        # Less than 2 years from sentence to release: 8 weeks (seed 3.6).
        (
            replace(SPRING, release_or_tariff_date=date(2028, 3, 1)),
            date(2026, 4, 27),
            "within 8 weeks of sentence on 2 Mar 2026 (less than 2 years to release or tariff on 1 Mar 2028)",
        ),
        # Exactly 2 years: "two years or more" → 16 weeks.
        (
            replace(SPRING, release_or_tariff_date=date(2028, 3, 2)),
            date(2026, 6, 22),
            "within 16 weeks of sentence on 2 Mar 2026 (2 years or more to release or tariff on 2 Mar 2028)",
        ),
        (
            SPRING,
            date(2026, 6, 22),
            "within 16 weeks of sentence on 2 Mar 2026 (2 years or more to release or tariff on 1 Jan 2029)",
        ),
        # Release or tariff not known (e.g. life without a tariff yet): the longer timescale, and say so.
        (
            replace(SPRING, release_or_tariff_date=None),
            date(2026, 6, 22),
            "within 16 weeks of sentence on 2 Mar 2026 (release or tariff date not known)",
        ),
        # The clock starts at arrival when that is later than sentence, and the 2 years count from it.
        (
            replace(
                SPRING,
                sentence_date=date(2026, 1, 5),
                received_on=date(2026, 3, 2),
                release_or_tariff_date=date(2028, 2, 1),
            ),
            date(2026, 4, 27),
            "within 8 weeks of arrival on 2 Mar 2026 (less than 2 years to release or tariff on 1 Feb 2028)",
        ),
        # Sentenced on 29 Feb: two years later is clamped to 28 Feb.
        (
            replace(
                SPRING,
                sentence_date=date(2028, 2, 29),
                received_on=date(2028, 2, 29),
                release_or_tariff_date=date(2030, 2, 27),
            ),
            date(2028, 4, 25),
            "within 8 weeks of sentence on 29 Feb 2028 "
            "(less than 2 years to release or tariff on 27 Feb 2030)",
        ),
        (
            replace(
                SPRING,
                sentence_date=date(2028, 2, 29),
                received_on=date(2028, 2, 29),
                release_or_tariff_date=date(2030, 2, 28),
            ),
            date(2028, 6, 20),
            "within 16 weeks of sentence on 29 Feb 2028 "
            "(2 years or more to release or tariff on 28 Feb 2030)",
        ),
    ],
)
def test_om_allocation_and_sentence_plan_windows(facts: CaseFacts, due: date, window: str) -> None:
    om = item(facts, R.OM_ALLOCATION, today=due)
    plan = item(facts, R.SENTENCE_PLAN, today=due)
    assert (om.due_date, plan.due_date) == (due, due)
    result = f"due {format_date(due)}, not yet done."
    assert om.explanation == f"Offender manager must be allocated {window}: {result}"
    assert plan.explanation == f"Sentence plan must be completed {window}: {result}"


@pytest.mark.parametrize(
    ("om_allocated_on", "today", "status", "tail"),
    [
        (None, date(2026, 6, 22), S.DUE, "due 22 Jun 2026, not yet done."),
        (None, date(2026, 6, 23), S.OVERDUE, "due 22 Jun 2026, overdue by 1 day."),
        (None, date(2026, 7, 6), S.OVERDUE, "due 22 Jun 2026, overdue by 14 days."),
        (date(2026, 6, 22), date(2026, 7, 6), S.MET, "due 22 Jun 2026, met on 22 Jun 2026."),
        (
            date(2026, 6, 25),
            date(2026, 7, 6),
            S.MET_LATE,
            "due 22 Jun 2026, met late on 25 Jun 2026 (3 days late).",
        ),
    ],
)
def test_om_allocation_status(
    om_allocated_on: date | None, today: date, status: DueStatus, tail: str
) -> None:
    got = item(replace(SPRING, om_allocated_on=om_allocated_on), R.OM_ALLOCATION, today)
    assert (got.status, got.completed_on) == (status, om_allocated_on)
    assert got.explanation.endswith(": " + tail)


def test_sentence_plan_completion_is_tracked_separately_from_om_allocation() -> None:
    facts = replace(SPRING, om_allocated_on=date(2026, 3, 20), plan_completed_on=date(2026, 7, 1))
    items = {i.rule: i for i in due_items(facts, POLICY, date(2026, 7, 1))}
    assert items[R.OM_ALLOCATION].status is S.MET
    assert items[R.SENTENCE_PLAN].status is S.MET_LATE
    assert items[R.SENTENCE_PLAN].completed_on == date(2026, 7, 1)


@pytest.mark.parametrize(
    ("plan", "last_review", "today", "due", "status", "explanation"),
    [
        (
            date(2026, 6, 1),
            None,
            date(2027, 6, 1),
            date(2027, 6, 1),
            S.DUE,
            "Sentence plan must be reviewed within 12 months of plan completion on 1 Jun 2026: "
            "due 1 Jun 2027, not yet done.",
        ),
        (
            date(2026, 6, 1),
            None,
            date(2027, 6, 2),
            date(2027, 6, 1),
            S.OVERDUE,
            "Sentence plan must be reviewed within 12 months of plan completion on 1 Jun 2026: "
            "due 1 Jun 2027, overdue by 1 day.",
        ),
        (
            date(2026, 6, 1),
            date(2027, 5, 20),
            date(2027, 6, 2),
            date(2028, 5, 20),
            S.DUE,
            "Sentence plan must be reviewed within 12 months of the last review on 20 May 2027: "
            "due 20 May 2028, not yet done.",
        ),
        # A review recorded before the plan (data entered out of order) does not restart the clock.
        (
            date(2026, 6, 1),
            date(2026, 5, 1),
            date(2026, 7, 1),
            date(2027, 6, 1),
            S.DUE,
            "Sentence plan must be reviewed within 12 months of plan completion on 1 Jun 2026: "
            "due 1 Jun 2027, not yet done.",
        ),
        # Calendar months, clamped at the end of the month.
        (
            date(2028, 2, 29),
            None,
            date(2029, 3, 1),
            date(2029, 2, 28),
            S.OVERDUE,
            "Sentence plan must be reviewed within 12 months of plan completion on 29 Feb 2028: "
            "due 28 Feb 2029, overdue by 1 day.",
        ),
    ],
)
def test_annual_review(
    plan: date, last_review: date | None, today: date, due: date, status: DueStatus, explanation: str
) -> None:
    got = item(replace(SPRING, plan_completed_on=plan, last_review_on=last_review), R.ANNUAL_REVIEW, today)
    assert (got.due_date, got.status, got.completed_on, got.explanation) == (due, status, None, explanation)
    assert got.label == "Sentence plan reviewed"


@pytest.mark.parametrize(
    ("facts", "rules"),
    [
        (XMAS, (R.OS_ALLOCATION, R.FIRST_CONTACT)),  # out of scope: no OM, plan or review timescales
        (replace(XMAS, plan_completed_on=date(2027, 1, 5)), (R.OS_ALLOCATION, R.FIRST_CONTACT)),
        (  # no plan yet; the RoSH screening is due on every in-scope case (issue 8)
            SPRING,
            (R.OS_ALLOCATION, R.FIRST_CONTACT, R.OM_ALLOCATION, R.SENTENCE_PLAN, R.ROSH_SCREENING),
        ),
        (
            replace(SPRING, plan_completed_on=date(2026, 5, 1)),
            (
                R.OS_ALLOCATION,
                R.FIRST_CONTACT,
                R.OM_ALLOCATION,
                R.SENTENCE_PLAN,
                R.ANNUAL_REVIEW,
                R.ROSH_SCREENING,
            ),
        ),
    ],
)
def test_which_rules_apply(facts: CaseFacts, rules: tuple[DueRule, ...]) -> None:
    assert tuple(i.rule for i in due_items(facts, POLICY, date(2026, 6, 1))) == rules


def test_policy_changes_the_timescales() -> None:
    policy = Policy(
        os_allocation_working_days=1,
        first_contact_working_days=5,
        om_allocation_weeks_short=4,
        om_allocation_weeks_long=6,
        short_sentence_threshold_years=3,
        review_interval_months=6,
    )
    facts = replace(SPRING, release_or_tariff_date=date(2029, 1, 1), plan_completed_on=date(2026, 4, 30))
    items = {i.rule: i for i in due_items(facts, policy, date(2026, 3, 2))}
    assert items[R.OS_ALLOCATION].due_date == date(2026, 3, 3)
    assert items[R.OS_ALLOCATION].explanation.startswith(
        "Offender supervisor must be allocated within 1 working day of reception"
    )
    assert items[R.FIRST_CONTACT].due_date == date(2026, 3, 9)
    assert items[R.OM_ALLOCATION].due_date == date(2026, 3, 30)  # < 3 years to release: 4 weeks
    assert "(less than 3 years to release or tariff on 1 Jan 2029)" in items[R.OM_ALLOCATION].explanation
    assert items[R.ANNUAL_REVIEW].due_date == date(2026, 10, 30)


@pytest.mark.parametrize(
    ("d", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 6, 15), 0, date(2026, 6, 15)),
        (date(2026, 6, 15), 24, date(2028, 6, 15)),
    ],
)
def test_add_months(d: date, months: int, expected: date) -> None:
    assert add_months(d, months) == expected


@pytest.mark.parametrize(
    ("d", "text"),
    [(date(2026, 12, 18), "18 Dec 2026"), (date(2027, 1, 6), "6 Jan 2027"), (date(2026, 5, 1), "1 May 2026")],
)
def test_format_date(d: date, text: str) -> None:
    assert format_date(d) == text


def _due(rule: DueRule, due: date, status: DueStatus) -> DueItem:
    return DueItem(rule, rule.label, due, status, None, "")


@pytest.mark.parametrize(
    ("items", "expected_rule", "overdue"),
    [
        ((), None, False),
        ((_due(R.OS_ALLOCATION, date(2026, 1, 1), S.MET),), None, False),
        ((_due(R.OS_ALLOCATION, date(2026, 1, 1), S.MET_LATE),), None, False),
        (
            (_due(R.OS_ALLOCATION, date(2026, 1, 1), S.MET), _due(R.FIRST_CONTACT, date(2026, 2, 1), S.DUE)),
            R.FIRST_CONTACT,
            False,
        ),
        # Overdue comes first even when a due item has an earlier date (data entered late).
        (
            (
                _due(R.FIRST_CONTACT, date(2026, 1, 1), S.DUE),
                _due(R.OM_ALLOCATION, date(2026, 3, 1), S.OVERDUE),
            ),
            R.OM_ALLOCATION,
            True,
        ),
        # Among overdue items the earliest due date first.
        (
            (
                _due(R.OM_ALLOCATION, date(2026, 3, 1), S.OVERDUE),
                _due(R.FIRST_CONTACT, date(2026, 2, 1), S.OVERDUE),
            ),
            R.FIRST_CONTACT,
            True,
        ),
        # Same date: rule order (OM allocation before sentence plan).
        (
            (
                _due(R.SENTENCE_PLAN, date(2026, 4, 27), S.DUE),
                _due(R.OM_ALLOCATION, date(2026, 4, 27), S.DUE),
            ),
            R.OM_ALLOCATION,
            False,
        ),
    ],
)
def test_next_due_and_has_overdue(
    items: tuple[DueItem, ...], expected_rule: DueRule | None, overdue: bool
) -> None:
    got = next_due(items)
    assert (got.rule if got else None) is expected_rule
    assert has_overdue(items) is overdue


def test_next_due_on_a_real_case() -> None:
    screened = date(2026, 3, 4)  # a screening needing no analysis (issue 8), so it raises no item here
    facts = replace(SPRING, os_allocated_on=date(2026, 3, 3), screening_signed_on=screened)
    items = due_items(facts, POLICY, date(2026, 3, 20))
    first = next_due(items)
    assert first is not None
    assert (first.rule, first.status) == (R.FIRST_CONTACT, S.OVERDUE)
    assert has_overdue(items)
    done = replace(facts, first_contact_on=date(2026, 3, 10))
    items = due_items(done, POLICY, date(2026, 3, 20))
    assert not has_overdue(items)
    first = next_due(items)
    assert first is not None
    assert (first.rule, first.due_date) == (R.OM_ALLOCATION, date(2026, 6, 22))
