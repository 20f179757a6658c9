"""The RoSH screening decision, the overall level and what each level requires (DESIGN.md section 4)."""

from __future__ import annotations

from enum import StrEnum

import pytest

from workbench.domain.enums import RoshLevel
from workbench.domain.rosh import (
    ASSESSOR,
    COMMUNITY_GROUPS,
    CUSTODY_GROUPS,
    INDICATOR_CODES,
    Answer,
    Group,
    Section,
    boilerplate_problem,
    countersign_required,
    full_analysis_required,
    overall_level,
    rmp_required,
    screening_countersign_reasons,
)

TABLE_ORDER = [
    "murder",
    "wounding",
    "kidnap",
    "firearms",
    "robbery",
    "aggravated_burglary",
    "arson",
    "weapons",
    "sexual_child",
    "sexual_serious",
    "racially_aggravated",
    "offence_in_custody",
    "other_serious",
    "assault_threat",
    "domestic_abuse",
    "hate_behaviour",
    "previous_high_rosh",
    "stalking",
    "custody_offence_related",
    "custody_links",
    "protective_order",
    "children_wellbeing",
    "children_identifiable",
    "suicide",
    "self_harm",
    "coping_custody",
    "vulnerability",
    "escape",
    "control_disruption",
    "breach_of_trust",
    "risk_to_prisoners",
]


def all_no(**overrides: str) -> dict[str, str]:
    answers = dict.fromkeys(INDICATOR_CODES, "no")
    answers.update(overrides)
    return answers


def test_the_indicator_table_is_the_design_table_in_order() -> None:
    assert tuple(TABLE_ORDER) == INDICATOR_CODES


@pytest.mark.parametrize(
    ("answers", "assessor", "required", "reasons", "sections"),
    [
        # Every answer no: nothing required.
        (all_no(), False, False, (), ()),
        # One yes in each section.
        (all_no(robbery="yes"), False, True, ("robbery",), ("offending",)),
        (all_no(children_identifiable="yes"), False, True, ("children_identifiable",), ("children",)),
        (all_no(self_harm="yes"), False, True, ("self_harm",), ("self",)),
        (all_no(escape="yes"), False, True, ("escape",), ("custody",)),
        # Don't know is a reason to analyse, never to skip.
        (all_no(suicide="unknown"), False, True, ("suicide",), ("self",)),
        # Yes codes in table order first, then unknown codes in table order, then the assessor.
        (
            all_no(risk_to_prisoners="yes", murder="unknown", stalking="yes", children_wellbeing="unknown"),
            True,
            True,
            ("stalking", "risk_to_prisoners", "murder", "children_wellbeing", ASSESSOR),
            ("offending", "children", "custody"),
        ),
        # The assessor's request alone needs at least offending.
        (all_no(), True, True, (ASSESSOR,), ("offending",)),
        (all_no(coping_custody="yes"), True, True, ("coping_custody", ASSESSOR), ("offending", "self")),
        # Sections come in the fixed order whatever the table order of the codes.
        (
            all_no(breach_of_trust="yes", vulnerability="yes", children_wellbeing="yes", weapons="yes"),
            False,
            True,
            ("weapons", "children_wellbeing", "vulnerability", "breach_of_trust"),
            ("offending", "children", "self", "custody"),
        ),
    ],
)
def test_the_screening_decision(
    answers: dict[str, str],
    assessor: bool,
    required: bool,
    reasons: tuple[str, ...],
    sections: tuple[str, ...],
) -> None:
    decision = full_analysis_required(answers, assessor_requests=assessor)
    assert decision.required is required
    assert decision.reasons == reasons
    assert tuple(s.value for s in decision.sections) == sections
    assert list(decision.sections) == [Section(s) for s in sections]


def test_an_unanswered_indicator_counts_as_unknown() -> None:
    answers = all_no()
    del answers["arson"]
    decision = full_analysis_required(answers)
    assert decision.required
    assert decision.reasons == ("arson",)
    # With nothing answered at all, every code is a reason, in table order, and every section is needed.
    empty = full_analysis_required({})
    assert empty.reasons == tuple(TABLE_ORDER)
    assert empty.sections == tuple(Section)


def test_a_str_enum_answers_the_same_as_plain_strings() -> None:
    class MyAnswer(StrEnum):
        YES = "yes"
        NO = "no"
        UNKNOWN = "unknown"

    plain = full_analysis_required(all_no(kidnap="yes", suicide="unknown"))
    enum_answers: dict[str, object] = {code: MyAnswer(value) for code, value in all_no().items()}
    enum_answers.update(kidnap=Answer.YES, suicide=MyAnswer.UNKNOWN)
    assert full_analysis_required(enum_answers) == plain


def test_unknown_codes_and_words_do_not_lower_the_decision() -> None:
    # A code not in the table is ignored; a word that is not an answer counts as unknown.
    decision = full_analysis_required({**all_no(), "not_a_code": "yes", "murder": "maybe"})
    assert decision.reasons == ("murder",)


def test_the_explanation_says_what_and_why() -> None:
    assert "No full analysis" in full_analysis_required(all_no()).explanation()
    text = full_analysis_required(
        all_no(robbery="yes", suicide="unknown"), assessor_requests=True
    ).explanation()
    assert text.startswith("Full analysis required (yes to 1 indicator; 1 indicator not known; the assessor")
    assert "offending and risk to others, risk to self and vulnerability" in text


@pytest.mark.parametrize(
    ("custody", "community", "expected"),
    [
        ({}, {}, None),
        ({"children": None, "public": None}, {"public": None}, None),
        ({"public": "LOW"}, {}, RoshLevel.LOW),
        ({"public": "LOW", "staff": "MEDIUM"}, {"children": "LOW"}, RoshLevel.MEDIUM),
        ({"prisoners": "HIGH"}, {"public": "MEDIUM"}, RoshLevel.HIGH),
        ({"public": "MEDIUM"}, {"known_adult": "VERY_HIGH"}, RoshLevel.VERY_HIGH),
        ({"public": RoshLevel.HIGH}, {"children": "very_high"}, RoshLevel.VERY_HIGH),
    ],
)
def test_the_overall_level_is_the_highest_anywhere(
    custody: dict[str, object], community: dict[str, object], expected: RoshLevel | None
) -> None:
    assert overall_level(custody, community) == expected


def test_a_mistyped_level_is_refused_not_ignored() -> None:
    with pytest.raises(ValueError, match="not a risk of harm level"):
        overall_level({"public": "HIGHEST"}, {})


def test_prisoners_are_a_custody_group_only() -> None:
    assert Group.PRISONERS in CUSTODY_GROUPS
    assert Group.PRISONERS not in COMMUNITY_GROUPS
    assert set(COMMUNITY_GROUPS) == {Group.CHILDREN, Group.PUBLIC, Group.KNOWN_ADULT, Group.STAFF}


@pytest.mark.parametrize(
    ("level", "required_from", "expected"),
    [
        (None, "HIGH", False),
        ("LOW", "HIGH", False),
        ("MEDIUM", "HIGH", False),
        ("HIGH", "HIGH", True),
        ("VERY_HIGH", "HIGH", True),
        ("MEDIUM", "MEDIUM", True),
        ("HIGH", "VERY_HIGH", False),
        (RoshLevel.VERY_HIGH, RoshLevel.VERY_HIGH, True),
    ],
)
def test_the_rmp_requirement(level: str | None, required_from: str, expected: bool) -> None:
    assert rmp_required(level, required_from) is expected


@pytest.mark.parametrize(
    ("level", "children", "expected"),
    [
        (None, False, False),
        ("LOW", False, False),
        ("MEDIUM", False, False),
        ("HIGH", False, True),
        ("VERY_HIGH", False, True),
        ("LOW", True, True),
        (None, True, True),
    ],
)
def test_countersigning_is_needed_at_high_or_with_child_protection(
    level: str | None, children: bool, expected: bool
) -> None:
    assert countersign_required(level, child_protection_concerns=children) is expected


# -- screening countersignature and boiler-plate (issue 8 points 2, 3 and 6) ------------------------


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, ()),
        ({"children_wellbeing": "unknown", "previous_high_rosh": "no"}, ()),
        ({"children_wellbeing": "yes"}, ("child-protection concerns (a yes on a children indicator)",)),
        (
            {"children_identifiable": Answer.YES},
            ("child-protection concerns (a yes on a children indicator)",),
        ),
        ({"previous_high_rosh": "YES"}, ("assessed as High or Very High risk of harm before",)),
        (
            {"children_identifiable": "yes", "previous_high_rosh": "yes"},
            (
                "child-protection concerns (a yes on a children indicator)",
                "assessed as High or Very High risk of harm before",
            ),
        ),
    ],
)
def test_screening_countersign_reasons(answers: dict[str, object], expected: tuple[str, ...]) -> None:
    assert screening_countersign_reasons(answers) == expected


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("", False),
        ("   ", False),
        ("As before.", True),
        ("see previous", True),
        ("N/A", True),
        ("No change since last time", True),
        ("Knife", True),
        ("Threatened his ex-partner with a knife when drunk in 2023.", False),
        ("No change in his drinking since the 2023 offence; still daily and heavy.", False),
    ],
)
def test_boilerplate_problem(text: str, flagged: bool) -> None:
    assert (boilerplate_problem(text) is not None) is flagged
