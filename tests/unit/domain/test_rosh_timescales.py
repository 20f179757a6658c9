"""The risk-of-harm due items (issue 8 point 7): screening, full analysis, RMP and reviews, table-tested."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from workbench.domain.policy import Policy
from workbench.domain.timescales import CaseFacts, DueItem, DueRule, DueStatus, due_items

R = DueRule
S = DueStatus

# Received and sentenced Monday 2 Mar 2026; in scope. Good Friday (3 Apr) and Easter Monday (6 Apr)
# fall inside the plan's working-day window.
CASE = CaseFacts(
    received_on=date(2026, 3, 2),
    sentence_date=date(2026, 3, 2),
    release_or_tariff_date=date(2029, 1, 1),
    in_scope=True,
    os_allocated_on=None,
    first_contact_on=None,
    om_allocated_on=None,
    plan_completed_on=None,
    last_review_on=None,
)
SCREENED = replace(
    CASE,
    screening_signed_on=date(2026, 3, 4),
    last_screening_on=date(2026, 3, 4),
    screening_requires_analysis=True,
)
ANALYSED = replace(SCREENED, analysis_signed_on=date(2026, 4, 1), rmp_required=True)


def rosh_rules(facts: CaseFacts, today: date = date(2026, 3, 5)) -> tuple[DueRule, ...]:
    rosh = {R.ROSH_SCREENING, R.ROSH_ANALYSIS, R.RMP, R.ROSH_REVIEW, R.RMP_REVIEW}
    return tuple(i.rule for i in due_items(facts, Policy(), today) if i.rule in rosh)


def item(facts: CaseFacts, rule: DueRule, today: date, policy: Policy | None = None) -> DueItem:
    found = [i for i in due_items(facts, policy or Policy(), today) if i.rule is rule]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("facts", "rules"),
    [
        (replace(CASE, in_scope=False), ()),
        (CASE, (R.ROSH_SCREENING,)),
        (replace(SCREENED, screening_requires_analysis=False), (R.ROSH_SCREENING, R.ROSH_REVIEW)),
        (SCREENED, (R.ROSH_SCREENING, R.ROSH_ANALYSIS, R.ROSH_REVIEW)),
        (replace(ANALYSED, rmp_required=False), (R.ROSH_SCREENING, R.ROSH_ANALYSIS, R.ROSH_REVIEW)),
        (ANALYSED, (R.ROSH_SCREENING, R.ROSH_ANALYSIS, R.RMP, R.ROSH_REVIEW)),
        (
            replace(ANALYSED, rmp_signed_on=date(2026, 4, 10)),
            (R.ROSH_SCREENING, R.ROSH_ANALYSIS, R.RMP, R.ROSH_REVIEW, R.RMP_REVIEW),
        ),
    ],
)
def test_which_risk_of_harm_rules_apply(facts: CaseFacts, rules: tuple[DueRule, ...]) -> None:
    assert rosh_rules(facts) == rules


@pytest.mark.parametrize(
    ("facts", "rule", "today", "status", "explanation"),
    [
        (
            CASE,
            R.ROSH_SCREENING,
            date(2026, 3, 9),
            S.DUE,
            "RoSH screening must be signed within 5 working days of reception on 2 Mar 2026: "
            "due 9 Mar 2026, not yet done.",
        ),
        (
            CASE,
            R.ROSH_SCREENING,
            date(2026, 3, 11),
            S.OVERDUE,
            "RoSH screening must be signed within 5 working days of reception on 2 Mar 2026: "
            "due 9 Mar 2026, overdue by 2 working days.",
        ),
        (
            replace(CASE, screening_signed_on=date(2026, 3, 10), last_screening_on=date(2026, 3, 10)),
            R.ROSH_SCREENING,
            date(2026, 3, 20),
            S.MET_LATE,
            "RoSH screening must be signed within 5 working days of reception on 2 Mar 2026: "
            "due 9 Mar 2026, met late on 10 Mar 2026 (1 working day late).",
        ),
        (
            SCREENED,
            R.ROSH_ANALYSIS,
            date(2026, 3, 20),
            S.DUE,
            "Full analysis must be signed within 20 working days of the screening that requires it, "
            "signed on 4 Mar 2026: due 1 Apr 2026, not yet done.",
        ),
        (
            ANALYSED,
            R.ROSH_ANALYSIS,
            date(2026, 4, 2),
            S.MET,
            "Full analysis must be signed within 20 working days of the screening that requires it, "
            "signed on 4 Mar 2026: due 1 Apr 2026, met on 1 Apr 2026.",
        ),
        (
            ANALYSED,
            R.RMP,
            date(2026, 4, 20),
            S.OVERDUE,
            "Risk management plan must be signed within 10 working days of the full analysis at high risk "
            "or above, signed on 1 Apr 2026: due 17 Apr 2026, overdue by 1 working day.",
        ),
        (  # a plan signed before the analysis does not answer it
            replace(ANALYSED, rmp_signed_on=date(2026, 3, 20)),
            R.RMP,
            date(2026, 4, 2),
            S.DUE,
            "Risk management plan must be signed within 10 working days of the full analysis at high risk "
            "or above, signed on 1 Apr 2026: due 17 Apr 2026, not yet done.",
        ),
        (
            ANALYSED,
            R.ROSH_REVIEW,
            date(2027, 4, 2),
            S.OVERDUE,
            "Risk of harm must be reviewed within 12 months of the last full analysis on 1 Apr 2026: "
            "due 1 Apr 2027, overdue by 1 day.",
        ),
        (
            replace(ANALYSED, rmp_signed_on=date(2026, 4, 10), rmp_review_date=date(2026, 10, 10)),
            R.RMP_REVIEW,
            date(2026, 5, 1),
            S.DUE,
            "Risk management plan signed on 10 Apr 2026 must be reviewed by the review date the plan set: "
            "due 10 Oct 2026, not yet done.",
        ),
        (  # a review date later than the policy interval never postpones the review
            replace(ANALYSED, rmp_signed_on=date(2026, 4, 10), rmp_review_date=date(2027, 10, 10)),
            R.RMP_REVIEW,
            date(2026, 5, 1),
            S.DUE,
            "Risk management plan signed on 10 Apr 2026 must be reviewed within 12 months of signing: "
            "due 10 Apr 2027, not yet done.",
        ),
    ],
)
def test_each_item_explains_itself(
    facts: CaseFacts, rule: DueRule, today: date, status: DueStatus, explanation: str
) -> None:
    got = item(facts, rule, today)
    assert (got.status, got.explanation) == (status, explanation)


def test_policy_sets_the_risk_of_harm_timescales() -> None:
    policy = Policy(screening_working_days=2, rmp_working_days=1, rmp_required_from="VERY_HIGH")
    assert item(CASE, R.ROSH_SCREENING, date(2026, 3, 3), policy).due_date == date(2026, 3, 4)
    plan = item(ANALYSED, R.RMP, date(2026, 4, 2), policy)
    assert plan.due_date == date(2026, 4, 2)
    assert "at very high risk or above" in plan.explanation
