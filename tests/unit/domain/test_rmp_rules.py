"""The risk management plan's rules and what children, victims and MAPPA require (issue 8 points 4–5)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain.rmp import (
    Measure,
    MeasureCategory,
    PeopleFacts,
    RequiredItem,
    required_items,
    signing_problems,
)
from workbench.domain.rosh import rmp_required

C = MeasureCategory
TODAY = date(2026, 11, 26)


def complete(category: MeasureCategory) -> Measure:
    return Measure(
        category, "Weekly one-to-one", "Offender supervisor", "Sam Supervisor", "Review at once", TODAY
    )


@pytest.mark.parametrize(
    ("measure", "gaps"),
    [
        (complete(C.SUPERVISION), ()),
        (Measure(C.SUPERVISION), ("the measure", "role", "named person", "planned response", "by when")),
        (
            Measure(C.MONITORING, "Phone monitoring", role="Security", by_when=TODAY),
            ("named person", "planned response"),
        ),
        (Measure(C.CONTINGENCY, "x", "  ", "y", "z", TODAY), ("role",)),
    ],
)
def test_what_a_measure_is_missing(measure: Measure, gaps: tuple[str, ...]) -> None:
    assert measure.gaps() == gaps
    assert measure.is_complete is (not gaps)


def test_a_full_plan_can_be_signed() -> None:
    measures = [complete(c) for c in C]
    assert signing_problems(measures, {}, date(2027, 5, 1), TODAY) == []


def test_every_problem_is_reported_at_once() -> None:
    measures = [complete(C.SUPERVISION), Measure(C.MONITORING, "Mail checks", role="Security")]
    notes = {"interventions": "None available until the assessment for Kaizen is done."}
    assert signing_problems(measures, notes, None, TODAY) == [
        ("victim_safety", "Victim safety planning: add a measure, or say why this plan has none."),
        ("contingency", "Contingency: add a measure, or say why this plan has none."),
        (
            "measure.2",
            "Measure 2 (Monitoring and control) is missing named person, planned response, by when.",
        ),
        ("review_date", "Set the date the plan will be reviewed."),
    ]


def test_an_identifiable_victim_needs_a_victim_safety_measure_not_a_note() -> None:
    measures = [complete(c) for c in C if c is not C.VICTIM_SAFETY]
    notes = {"victim_safety": "No contact expected."}
    assert signing_problems(measures, notes, date(2027, 1, 1), TODAY) == []
    problems = signing_problems(
        measures, notes, date(2027, 1, 1), TODAY, [RequiredItem.VICTIM_SAFETY_PLANNING]
    )
    assert [f for f, _ in problems] == ["victim_safety"]


def test_a_review_date_in_the_past_is_refused() -> None:
    measures = [complete(c) for c in C]
    assert signing_problems(measures, {}, date(2026, 11, 25), TODAY) == [
        ("review_date", "The review date is in the past.")
    ]


@pytest.mark.parametrize(
    ("facts", "items"),
    [
        (PeopleFacts(), ()),
        (PeopleFacts(children_at_risk=2), ()),
        (
            PeopleFacts(children_at_risk=2, child_protection_concerns=1),
            (RequiredItem.CHILD_PROTECTION_OBJECTIVE,),
        ),
        (
            PeopleFacts(children_at_risk=2, child_protection_concerns=2, children_without_measures=1),
            (RequiredItem.CHILD_PROTECTION_OBJECTIVE, RequiredItem.CHILD_CONTACT_MEASURES),
        ),
        (PeopleFacts(identifiable_victims=1), (RequiredItem.VICTIM_SAFETY_PLANNING,)),
        (
            PeopleFacts(identifiable_victims=2, victims_without_liaison=2),
            (RequiredItem.VICTIM_SAFETY_PLANNING, RequiredItem.VICTIM_LIAISON),
        ),
        (PeopleFacts(mappa_level=2), (RequiredItem.MAPPA_REVIEW,)),
        (PeopleFacts(mappa_level=2, mappa_next_review=TODAY), ()),
    ],
)
def test_required_items(facts: PeopleFacts, items: tuple[RequiredItem, ...]) -> None:
    assert tuple(i for i, _ in required_items(facts)) == items


def test_required_items_say_why() -> None:
    got = dict(required_items(PeopleFacts(child_protection_concerns=2, identifiable_victims=1)))
    assert got[RequiredItem.CHILD_PROTECTION_OBJECTIVE] == "2 children with a child-protection concern"
    assert got[RequiredItem.VICTIM_SAFETY_PLANNING] == "1 identifiable victim"
    assert RequiredItem.VICTIM_SAFETY_PLANNING.label == (
        "Victim safety planning is required in the risk management plan."
    )


@pytest.mark.parametrize(
    ("level", "required_from", "required"),
    [
        (None, "HIGH", False),
        ("LOW", "HIGH", False),
        ("MEDIUM", "HIGH", False),
        ("HIGH", "HIGH", True),
        ("VERY_HIGH", "HIGH", True),
        ("HIGH", "VERY_HIGH", False),
        ("MEDIUM", "MEDIUM", True),
        ("LOW", "LOW", True),
    ],
)
def test_rmp_required_table(level: str | None, required_from: str, required: bool) -> None:
    assert rmp_required(level, required_from) is required
