"""Snooze rules of domain/review_triggers.py (issue 10 point 1): a reason, a later date, never an
overdue task, never past the next fixed review date."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain.review_triggers import hard_date, snooze_problems

TODAY = date(2026, 12, 5)
DUE = date(2026, 12, 16)
LIMIT = date(2027, 1, 10)


@pytest.mark.parametrize(
    ("due", "snoozed", "until", "reason", "codes"),
    [
        (DUE, None, date(2026, 12, 30), "Prisoner in hospital until the 28th", []),
        (DUE, None, date(2026, 12, 30), "   ", ["SNOOZE_NO_REASON"]),
        (DUE, None, TODAY, "Waiting for the course report", ["SNOOZE_PAST"]),
        (DUE, None, date(2026, 12, 10), "Waiting for the course report", ["SNOOZE_NOT_LATER"]),
        (DUE, None, date(2027, 1, 11), "Waiting for the course report", ["SNOOZE_PAST_HARD_DATE"]),
        (DUE, None, LIMIT, "Waiting for the course report", []),
        # Already overdue: cannot be pushed further, whatever the date.
        (date(2026, 12, 4), None, date(2026, 12, 30), "Waiting", ["SNOOZE_OVERDUE"]),
        (date(2026, 12, 4), None, date(2026, 12, 30), "", ["SNOOZE_NO_REASON", "SNOOZE_OVERDUE"]),
        # A snoozed task is judged by its snooze date.
        (date(2026, 11, 1), date(2026, 12, 10), date(2026, 12, 20), "Still in hospital", []),
        (date(2026, 11, 1), date(2026, 12, 1), date(2026, 12, 20), "Still in hospital", ["SNOOZE_OVERDUE"]),
        # Due today is not yet overdue.
        (TODAY, None, date(2026, 12, 7), "Report on Monday", []),
    ],
)
def test_snooze_rules(due: date, snoozed: date | None, until: date, reason: str, codes: list[str]) -> None:
    problems = snooze_problems(
        due_on=due, snoozed_until=snoozed, until=until, reason=reason, today=TODAY, limit=LIMIT
    )
    assert [p.code for p in problems] == codes


def test_the_overdue_message_says_why() -> None:
    [problem] = snooze_problems(
        due_on=date(2026, 12, 4),
        snoozed_until=None,
        until=date(2026, 12, 30),
        reason="x",
        today=TODAY,
        limit=None,
    )
    assert problem.message.startswith(
        "This review was due on 4 Dec 2026 and is overdue: it cannot be put off"
    )
    assert problem.field == "until"


def test_no_date_is_a_clear_message() -> None:
    [problem] = snooze_problems(
        due_on=DUE, snoozed_until=None, until=None, reason="x", today=TODAY, limit=None
    )
    assert problem.message == "Enter the date the review can wait until."


@pytest.mark.parametrize(
    ("trigger", "key", "annual", "expected"),
    [
        ("PAROLE", "2027-06-01", date(2027, 3, 1), date(2027, 3, 1)),
        ("PAROLE", "2027-02-01", date(2027, 3, 1), date(2027, 2, 1)),
        ("PAROLE", "2027-02-01", None, date(2027, 2, 1)),
        ("HANDOVER_APPROACHING", "2027-02-01", None, date(2027, 2, 1)),
        ("ROSH_CHANGED", "ev-1", date(2027, 3, 1), date(2027, 3, 1)),
        ("ROSH_CHANGED", "ev-1", None, None),
        ("PAROLE", "not-a-date", None, None),
    ],
)
def test_hard_date(trigger: str, key: str, annual: date | None, expected: date | None) -> None:
    assert hard_date(trigger, key, annual) == expected
