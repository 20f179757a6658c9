"""The plan's quality checks as tables (issue 9 points 5 and 7): each row a case and the check's result."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from workbench.domain.needs import NeedSection
from workbench.domain.plan import FixTarget, Rag, RiskFactor, link_code
from workbench.domain.plan_quality import (
    ActionFacts,
    ObjectiveFacts,
    PlanFacts,
    RequirementFacts,
    evaluate,
)

TODAY = date(2026, 11, 26)
DRUGS = link_code(NeedSection.DRUG_MISUSE)
THINKING = link_code(NeedSection.THINKING_AND_BEHAVIOUR)
ROH = link_code(RiskFactor.RISK_OF_HARM)
CHILD = link_code(RiskFactor.CHILD_PROTECTION)
VICTIM = link_code(RiskFactor.VICTIM_SAFETY)
LEARNING = link_code(RiskFactor.LEARNING)


def _objective(oid: str, *links: str, **over: object) -> ObjectiveFacts:
    base = ObjectiveFacts(
        objective_id=oid,
        outcome=f"To stay drug free ({oid})",
        links=links or (DRUGS,),
        measure="Negative tests at each review",
    )
    return replace(base, **over)  # type: ignore[arg-type]


GOOD = PlanFacts(
    today=TODAY,
    has_plan=True,
    contact_frequency="MONTHLY",
    com_liaison="QUARTERLY",
    next_review_on=date(2027, 5, 1),
    involvement="AGREES",
    copy_given_on=date(2026, 11, 20),
    objectives=(
        _objective("o1", DRUGS, roh_tag="CONSTRUCTIVE"),
        _objective("o2", THINKING, CHILD, VICTIM, phase="NEXT", prerequisites=("o1",)),
        _objective("o3", LEARNING, phase="NEXT", position=1),
    ),
    actions=(ActionFacts("a1", "o1", "Refer to CARAT", "CARAT worker", "J. Smith"),),
    requirements=(RequirementFacts("r1", "Building Skills for Recovery", "PLANNED_HERE"),),
    offending_needs=(NeedSection.DRUG_MISUSE, NeedSection.THINKING_AND_BEHAVIOUR),
    rosh_level="HIGH",
    child_concerns=True,
    identifiable_victim=True,
    learning_need=True,
    plan_due_on=date(2027, 1, 14),
    first_issued_on=date(2026, 11, 25),
)


def _by_key(facts: PlanFacts) -> dict[str, tuple[Rag, str]]:
    return {c.key: (c.rag, c.reason) for c in evaluate(facts)}


def test_a_complete_plan_is_green_on_every_check() -> None:
    checks = evaluate(GOOD)
    assert [c.key for c in checks] == [
        "needs_covered",
        "roh_objective",
        "child_protection_objective",
        "victim_objective",
        "learning_objective",
        "outcome_focused",
        "sequenced",
        "measured_linked",
        "action_owners",
        "contact_levels",
        "involvement",
        "delivery_routes",
        "plan_due",
    ]
    assert {c.key: c.rag for c in checks if c.rag is not Rag.GREEN} == {}
    assert all(c.reason.endswith(".") for c in checks)


CASES: list[tuple[str, dict[str, object], str, Rag, str]] = [
    # needs linked to offending
    (
        "need without objective or reason",
        {"objectives": (_objective("o1", DRUGS, roh_tag="RESTRICTIVE"),)},
        "needs_covered",
        Rag.RED,
        "Thinking and behaviour",
    ),
    (
        "need with a recorded reason",
        {
            "objectives": (_objective("o1", DRUGS, roh_tag="RESTRICTIVE"),),
            "need_reasons": {THINKING: "Addressed by the community order's programme after release."},
        },
        "needs_covered",
        Rag.GREEN,
        "has an objective or a recorded reason",
    ),
    (
        "'not run here' masks the need",
        {
            "objectives": (_objective("o1", DRUGS, roh_tag="RESTRICTIVE"),),
            "need_reasons": {THINKING: "TSP not run here"},
        },
        "needs_covered",
        Rag.AMBER,
        "the need still stands",
    ),
    (
        "an objective no longer applicable answers nothing",
        {"objectives": (*GOOD.objectives[1:], _objective("o9", DRUGS, status="NO_LONGER_APPLICABLE"))},
        "needs_covered",
        Rag.RED,
        "Drug misuse",
    ),
    ("no linked needs", {"offending_needs": ()}, "needs_covered", Rag.GREEN, "Not applicable"),
    # risk of harm
    (
        "high RoSH without RoH objective",
        {"objectives": (_objective("o1", DRUGS), *GOOD.objectives[1:])},
        "roh_objective",
        Rag.RED,
        "no objective manages risk of harm",
    ),
    (
        "very high RoSH with a RoH link",
        {"rosh_level": "VERY_HIGH", "objectives": (_objective("o1", DRUGS, ROH),)},
        "roh_objective",
        Rag.GREEN,
        "very high",
    ),
    ("medium RoSH", {"rosh_level": "MEDIUM", "objectives": ()}, "roh_objective", Rag.GREEN, "Not applicable"),
    ("no RoSH level", {"rosh_level": None}, "roh_objective", Rag.AMBER, "No RoSH level"),
    # children, victims, learning
    (
        "child concerns, no objective",
        {"objectives": GOOD.objectives[:1]},
        "child_protection_objective",
        Rag.RED,
        "child protection",
    ),
    (
        "no child concerns",
        {"child_concerns": False, "objectives": ()},
        "child_protection_objective",
        Rag.GREEN,
        "Not applicable",
    ),
    (
        "victim, no objective",
        {"objectives": GOOD.objectives[:1]},
        "victim_objective",
        Rag.RED,
        "victim safety",
    ),
    ("no victim", {"identifiable_victim": False}, "victim_objective", Rag.GREEN, "Not applicable"),
    (
        "learning need, no objective",
        {"objectives": GOOD.objectives[:2]},
        "learning_objective",
        Rag.RED,
        "learning need",
    ),
    ("no learning need", {"learning_need": False}, "learning_objective", Rag.GREEN, "Not applicable"),
    # outcome focused
    (
        "process-only objective",
        {
            "objectives": (
                *GOOD.objectives,
                _objective(
                    "o4",
                    outcome="Complete TSP",
                    outcome_focused=False,
                    lint_problems=("process only: 'complete TSP' says what he will attend",),
                ),
            )
        },
        "outcome_focused",
        Rag.RED,
        "1 objective of 4 is process only (process only: 'complete TSP'",
    ),
    ("no objectives", {"objectives": ()}, "outcome_focused", Rag.RED, "no objectives yet"),
    # sequencing
    (
        "prerequisite comes later",
        {
            "objectives": (
                _objective("o1", prerequisites=("o2",)),
                _objective("o2", phase="BEFORE_RELEASE"),
            )
        },
        "sequenced",
        Rag.AMBER,
        "comes before its prerequisite",
    ),
    (
        "prerequisite in the same phase, later position",
        {"objectives": (_objective("o1", position=0, prerequisites=("o2",)), _objective("o2", position=1))},
        "sequenced",
        Rag.AMBER,
        "comes before its prerequisite",
    ),
    (
        "a cycle",
        {
            "objectives": (
                _objective("o1", prerequisites=("o3",)),
                _objective("o2", prerequisites=("o1",)),
                _objective("o3", prerequisites=("o2",)),
            )
        },
        "sequenced",
        Rag.RED,
        "on itself",
    ),
    (
        "its own prerequisite",
        {"objectives": (_objective("o1", prerequisites=("o1",)),)},
        "sequenced",
        Rag.RED,
        "on itself",
    ),
    ("no phase", {"objectives": (_objective("o1", phase=""),)}, "sequenced", Rag.AMBER, "no phase"),
    (
        "unknown prerequisite ignored",
        {"objectives": (_objective("o1", prerequisites=("gone",)),)},
        "sequenced",
        Rag.GREEN,
        "after its prerequisites",
    ),
    # measure and links
    (
        "no measure",
        {"objectives": (_objective("o1", measure=" "),)},
        "measured_linked",
        Rag.RED,
        "without a measure",
    ),
    (
        "no link",
        {"objectives": (_objective("o1", links=()),)},
        "measured_linked",
        Rag.RED,
        "linked to no need",
    ),
    (
        "unknown link only",
        {"objectives": (_objective("o1", links=("NEED:GONE",)),)},
        "measured_linked",
        Rag.RED,
        "linked to no need",
    ),
    # actions
    (
        "action without a named person",
        {"actions": (ActionFacts("a1", "o1", "Refer", "CARAT worker", ""),)},
        "action_owners",
        Rag.RED,
        "1 action of 1 lack",
    ),
    (
        "action without a role",
        {"actions": (*GOOD.actions, ActionFacts("a2", "o2", "Refer", "", "J. Smith"))},
        "action_owners",
        Rag.RED,
        "1 action of 2",
    ),
    ("objectives but no actions", {"actions": ()}, "action_owners", Rag.AMBER, "No actions"),
    (
        "no objectives, no actions",
        {"objectives": (), "actions": ()},
        "action_owners",
        Rag.GREEN,
        "Not applicable",
    ),
    # contact levels
    ("no contact frequency", {"contact_frequency": ""}, "contact_levels", Rag.RED, "not set"),
    ("no COM liaison", {"com_liaison": ""}, "contact_levels", Rag.AMBER, "community offender manager is not"),
    (
        "no liaison, no review",
        {"com_liaison": "", "next_review_on": None},
        "contact_levels",
        Rag.AMBER,
        "and the next review date are not",
    ),
    # involvement
    ("involvement not recorded", {"involvement": ""}, "involvement", Rag.RED, "not recorded"),
    ("disagrees without reason", {"involvement": "DISAGREES"}, "involvement", Rag.RED, "without the reason"),
    (
        "could not take part, with reason",
        {"involvement": "COULD_NOT_TAKE_PART", "involvement_reason": "In hospital"},
        "involvement",
        Rag.GREEN,
        "could not take part",
    ),
    ("no copy given", {"copy_given_on": None}, "involvement", Rag.AMBER, "no date a copy was given"),
    # interventions
    ("no requirements", {"requirements": ()}, "delivery_routes", Rag.GREEN, "Not applicable"),
    (
        "not run here without reason",
        {"requirements": (RequirementFacts("r1", "TSP", "NOT_RUN_HERE"),)},
        "delivery_routes",
        Rag.RED,
        "no reason why",
    ),
    (
        "not run here with reason",
        {"requirements": (RequirementFacts("r1", "TSP", "NOT_RUN_HERE", "Category C only"),)},
        "delivery_routes",
        Rag.AMBER,
        "the need stays open",
    ),
    (
        "unknown route",
        {"requirements": (RequirementFacts("r1", "TSP", ""),)},
        "delivery_routes",
        Rag.RED,
        "no delivery route",
    ),
    # plan due
    ("not in scope", {"plan_due_on": None, "first_issued_on": None}, "plan_due", Rag.GREEN, "Not applicable"),
    ("issued late", {"first_issued_on": date(2027, 1, 20)}, "plan_due", Rag.AMBER, "6 days after it was due"),
    ("overdue", {"first_issued_on": None, "plan_due_on": date(2026, 11, 20)}, "plan_due", Rag.RED, "Overdue"),
    (
        "due within 14 days",
        {"first_issued_on": None, "plan_due_on": date(2026, 12, 10)},
        "plan_due",
        Rag.AMBER,
        "in 14 days",
    ),
    ("due today", {"first_issued_on": None, "plan_due_on": TODAY}, "plan_due", Rag.AMBER, "in 0 days"),
    (
        "due in 15 days",
        {"first_issued_on": None, "plan_due_on": date(2026, 12, 11)},
        "plan_due",
        Rag.GREEN,
        "in 15 days",
    ),
]


@pytest.mark.parametrize(("name", "change", "key", "rag", "words"), CASES, ids=[c[0] for c in CASES])
def test_check(name: str, change: dict[str, object], key: str, rag: Rag, words: str) -> None:
    result = _by_key(replace(GOOD, **change))  # type: ignore[arg-type]
    assert result[key][0] is rag, (name, result[key])
    assert words in result[key][1], (name, result[key])


def test_fix_targets_point_at_what_to_fix() -> None:
    facts = replace(
        GOOD,
        objectives=(_objective("o1", DRUGS, roh_tag="RESTRICTIVE", outcome_focused=False),),
        actions=(ActionFacts("a1", "o1", "Refer", "", ""),),
    )
    checks = {c.key: c for c in evaluate(facts)}
    assert (checks["needs_covered"].fix, checks["needs_covered"].target_id) == (FixTarget.NEEDS, THINKING)
    assert (checks["outcome_focused"].fix, checks["outcome_focused"].target_id) == (
        FixTarget.OBJECTIVES,
        "o1",
    )
    assert (checks["action_owners"].fix, checks["action_owners"].target_id) == (FixTarget.ACTIONS, "a1")
    assert checks["involvement"].fix is FixTarget.INVOLVEMENT
    assert checks["plan_due"].fix is FixTarget.VERSIONS
