"""Tier (DESIGN.md section 4): every points rule, every threshold edge, provisional results."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.tier import TierInput, calculate_tier, change_level_for, protect_level_for, rsr_points

ALL_NEEDS_NONE = {
    name: "NO_NEED"
    for name in (
        "ACCOMMODATION",
        "EDUCATION_TRAINING_AND_EMPLOYABILITY",
        "FINANCIAL_MANAGEMENT_AND_INCOME",
        "RELATIONSHIPS",
        "LIFESTYLE_AND_ASSOCIATES",
        "DRUG_MISUSE",
        "ALCOHOL_MISUSE",
        "EMOTIONAL_WELL_BEING",
        "THINKING_AND_BEHAVIOUR",
        "ATTITUDES",
    )
}

# Everything known and zero: D1, not provisional.
BASE = TierInput(
    gender="MALE",
    rosh_level="LOW",
    rsr_pct=Decimal("0.50"),
    needs=ALL_NEEDS_NONE,
    ogrs3_two_year_pct=5,
)


def tier(**changes: object) -> tuple[str, int, int, tuple[str, ...]]:
    r = calculate_tier(replace(BASE, **changes))  # type: ignore[arg-type]
    return r.tier, r.protect_points, r.change_points, r.reasons


def test_base_case() -> None:
    r = calculate_tier(BASE)
    assert (r.tier, r.protect_level, r.change_level, r.protect_points, r.change_points) == (
        "D1",
        "D",
        1,
        0,
        0,
    )
    assert r.reasons == ()
    assert (r.provisional, r.missing) == (False, ())


# --- protect ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rsr", "points"),
    [
        (None, 0),
        ("0", 0),
        ("2.99", 0),
        ("3.00", 10),
        ("3", 10),
        ("6.99", 10),
        ("6.995", 10),  # off the 2-dp grid: still in the 10-point band, not a gap worth 0
        ("7.00", 20),
        ("50", 20),
        ("99.99", 20),
        ("100", 0),
        ("100.00", 0),
        ("-1", 0),
    ],
)
def test_rsr_bands(rsr: str | None, points: int) -> None:
    value = None if rsr is None else Decimal(rsr)
    assert rsr_points(value) == points
    assert tier(rsr_pct=value)[1] == points


@pytest.mark.parametrize(
    ("rosh", "points", "reason"),
    [
        ("LOW", 0, None),
        ("MEDIUM", 10, "RoSH Medium: 10 points"),
        ("HIGH", 20, "RoSH High: 20 points"),
        ("VERY_HIGH", 150, "RoSH Very High: 150 points"),
    ],
)
def test_rosh_points(rosh: str, points: int, reason: str | None) -> None:
    _, protect, _, reasons = tier(rosh_level=rosh)
    assert protect == points
    assert reasons == ((reason,) if reason else ())


@pytest.mark.parametrize(
    ("rosh", "rsr", "points", "reason"),
    [
        ("MEDIUM", "7.50", 20, "RSR 7.50%: 20 points"),  # RSR higher: RSR counts, not both
        ("HIGH", "3.10", 20, "RoSH High: 20 points"),
        ("HIGH", "8.00", 20, "RoSH High: 20 points"),  # a tie shows RoSH
        ("LOW", "3.00", 10, "RSR 3.00%: 10 points"),
    ],
)
def test_protect_takes_the_higher_of_rsr_and_rosh(rosh: str, rsr: str, points: int, reason: str) -> None:
    _, protect, _, reasons = tier(rosh_level=rosh, rsr_pct=Decimal(rsr))
    assert protect == points
    assert reasons == (reason,)


@pytest.mark.parametrize(("level", "points"), [(None, 0), (1, 5), (2, 150), (3, 150)])
def test_mappa_points(level: int | None, points: int) -> None:
    t, protect, _, reasons = tier(mappa_level=level)
    assert protect == points
    assert t[0] == ("A" if points >= 150 else "D")
    if level:
        assert reasons == (f"MAPPA level {level}: {points} points",)


def test_complexity_factors_two_points_each_and_named() -> None:
    _, protect, _, reasons = tier(complexity_factors=frozenset({"SELF_HARM", "MENTAL_HEALTH"}))
    assert protect == 4
    assert reasons == ("2 complexity factors (mental health, self-harm): 4 points",)
    _, protect, _, reasons = tier(complexity_factors={"TERRORISM"})
    assert (protect, reasons) == (2, ("1 complexity factor (terrorism): 2 points",))


def test_all_ten_complexity_factors() -> None:
    factors = frozenset(
        {
            "MENTAL_HEALTH",
            "SELF_HARM",
            "VULNERABILITY",
            "CHILD_CONCERNS",
            "CHILD_PROTECTION",
            "RISK_TO_CHILDREN",
            "PUBLIC_INTEREST",
            "ADULT_AT_RISK",
            "STREET_GANGS",
            "TERRORISM",
        }
    )
    assert tier(complexity_factors=factors)[:2] == ("B1", 20)


def test_unknown_complexity_factor_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        calculate_tier(replace(BASE, complexity_factors=frozenset({"MENTAL_HEALTH", "ALIENS"})))
    assert err.value.code == "UNKNOWN_COMPLEXITY_FACTOR"
    assert "ALIENS" in err.value.message


WOMEN = {
    "parenting_responsibilities": True,
    "impulsivity_or_temper_problems": True,
    "previous_breach_or_recall": True,
}


def test_womens_factors_count_for_women() -> None:
    _, protect, _, reasons = tier(gender="FEMALE", **WOMEN)
    assert protect == 6
    assert reasons == (
        "Women's factor, parenting responsibilities: 2 points",
        "Women's factor, impulsivity or temper control problems: 2 points",
        "Women's factor, previous breach or recall: 2 points",
    )
    assert tier(gender="FEMALE", parenting_responsibilities=True)[1] == 2


def test_womens_factors_ignored_for_men() -> None:
    assert tier(gender="MALE", **WOMEN)[1:] == (0, 0, ())


@pytest.mark.parametrize(
    ("changes", "points", "letter"),
    [
        ({"rosh_level": "VERY_HIGH"}, 150, "A"),
        (
            {
                "rosh_level": "HIGH",
                "mappa_level": 1,
                "complexity_factors": frozenset(
                    {
                        "MENTAL_HEALTH",
                        "SELF_HARM",
                        "VULNERABILITY",
                        "CHILD_CONCERNS",
                        "CHILD_PROTECTION",
                        "RISK_TO_CHILDREN",
                        "PUBLIC_INTEREST",
                        "ADULT_AT_RISK",
                        "STREET_GANGS",
                        "TERRORISM",
                    }
                ),
            },
            45,
            "B",
        ),
        ({"rosh_level": "VERY_HIGH", "mappa_level": 1}, 155, "A"),
        ({"rosh_level": "HIGH", "mappa_level": 2}, 170, "A"),
        ({"rosh_level": "HIGH"}, 20, "B"),
        (
            {
                "rosh_level": "MEDIUM",
                "mappa_level": 1,
                "complexity_factors": frozenset({"TERRORISM", "SELF_HARM"}),
            },
            19,
            "C",
        ),
        ({"rosh_level": "MEDIUM"}, 10, "C"),
        ({"mappa_level": 1, "complexity_factors": frozenset({"TERRORISM", "SELF_HARM"})}, 9, "D"),
    ],
)
def test_protect_thresholds(changes: dict[str, object], points: int, letter: str) -> None:
    t, protect, _, _ = tier(**changes)
    assert (protect, t[0]) == (points, letter)


@pytest.mark.parametrize(
    ("points", "letter"),
    [(0, "D"), (9, "D"), (10, "C"), (19, "C"), (20, "B"), (149, "B"), (150, "A"), (320, "A")],
)
def test_protect_letter_edges(points: int, letter: str) -> None:
    # 149 cannot come from the rules (the most below 150 is 20 + 5 + 20 + 6 = 51), so test the mapping.
    assert protect_level_for(points) == letter


def test_highest_protect_without_very_high_or_mappa_2_is_b() -> None:
    assert tier(
        gender="FEMALE",
        rosh_level="HIGH",
        mappa_level=1,
        complexity_factors=frozenset(
            {
                "MENTAL_HEALTH",
                "SELF_HARM",
                "VULNERABILITY",
                "CHILD_CONCERNS",
                "CHILD_PROTECTION",
                "RISK_TO_CHILDREN",
                "PUBLIC_INTEREST",
                "ADULT_AT_RISK",
                "STREET_GANGS",
                "TERRORISM",
            }
        ),
        **WOMEN,
    )[:2] == ("B1", 51)


@pytest.mark.parametrize(("points", "level"), [(0, 1), (9, 1), (10, 2), (19, 2), (20, 3), (45, 3)])
def test_change_level_edges(points: int, level: int) -> None:
    assert change_level_for(points) == level


# --- change -------------------------------------------------------------------------------------------


def test_no_mandate_for_change_is_zero_whatever_the_needs() -> None:
    r = calculate_tier(
        replace(
            BASE,
            has_mandate_for_change=False,
            ogrs3_two_year_pct=None,
            needs={"ATTITUDES": "SEVERE"},
            iom=True,
        )
    )
    assert (r.change_level, r.change_points, r.tier) == (0, 0, "D0")
    assert r.reasons == ("No mandate for change (no custodial or mandated sentence): change level 0",)
    assert r.missing == ()  # OGRS3 cannot change a level-0 result


def test_no_assessment_is_two() -> None:
    r = calculate_tier(replace(BASE, has_assessment=False, needs={}, ogrs3_two_year_pct=None))
    assert (r.change_level, r.change_points, r.tier) == (2, 0, "D2")
    assert r.reasons == ("No assessment: change level 2",)
    assert not r.provisional


@pytest.mark.parametrize(
    ("section", "severity", "points", "reason"),
    [
        ("ACCOMMODATION", "STANDARD", 1, "Accommodation standard: 1 × 1 = 1 point"),
        ("ACCOMMODATION", "SEVERE", 2, "Accommodation severe: 1 × 2 = 2 points"),
        (
            "EDUCATION_TRAINING_AND_EMPLOYABILITY",
            "SEVERE",
            2,
            "Education, training and employability severe: 1 × 2 = 2 points",
        ),
        ("RELATIONSHIPS", "SEVERE", 2, "Relationships severe: 1 × 2 = 2 points"),
        ("LIFESTYLE_AND_ASSOCIATES", "SEVERE", 2, "Lifestyle and associates severe: 1 × 2 = 2 points"),
        ("DRUG_MISUSE", "SEVERE", 2, "Drug misuse severe: 1 × 2 = 2 points"),
        ("ALCOHOL_MISUSE", "STANDARD", 1, "Alcohol misuse standard: 1 × 1 = 1 point"),
        ("THINKING_AND_BEHAVIOUR", "SEVERE", 4, "Thinking and behaviour severe: 2 × 2 = 4 points"),
        ("THINKING_AND_BEHAVIOUR", "STANDARD", 2, "Thinking and behaviour standard: 2 × 1 = 2 points"),
        ("ATTITUDES", "SEVERE", 4, "Attitudes severe: 2 × 2 = 4 points"),
        ("FINANCIAL_MANAGEMENT_AND_INCOME", "SEVERE", 0, None),
        ("EMOTIONAL_WELL_BEING", "SEVERE", 0, None),
        ("HEALTH_AND_OTHER", "SEVERE", 0, None),
    ],
)
def test_need_weights(section: str, severity: str, points: int, reason: str | None) -> None:
    _, _, change, reasons = tier(needs={**ALL_NEEDS_NONE, section: severity}, ogrs3_two_year_pct=0)
    assert change == points
    assert reasons == ((reason,) if reason else ())


@pytest.mark.parametrize(("pct", "points"), [(0, 0), (9, 0), (10, 1), (19, 1), (67, 6), (99, 9), (100, 10)])
def test_ogrs3_points_are_floor_of_tenth(pct: int, points: int) -> None:
    _, _, change, reasons = tier(ogrs3_two_year_pct=pct)
    assert change == points
    if points:
        assert reasons == (f"OGRS3 2-year {pct}%: {points} point{'s' if points > 1 else ''}",)


def test_iom_two_points() -> None:
    assert tier(iom=True, ogrs3_two_year_pct=0)[2:] == (2, ("IOM: 2 points",))


SEVERE_ALL = {
    **ALL_NEEDS_NONE,
    **{
        k: "SEVERE"
        for k in (
            "ACCOMMODATION",
            "EDUCATION_TRAINING_AND_EMPLOYABILITY",
            "RELATIONSHIPS",
            "LIFESTYLE_AND_ASSOCIATES",
            "DRUG_MISUSE",
            "ALCOHOL_MISUSE",
        )
    },
}  # 12 points


@pytest.mark.parametrize(
    ("needs", "pct", "iom", "points", "level"),
    [
        (ALL_NEEDS_NONE, 90, False, 9, 1),
        (ALL_NEEDS_NONE, 80, True, 10, 2),
        (SEVERE_ALL, 79, False, 19, 2),
        (SEVERE_ALL, 80, False, 20, 3),
        (SEVERE_ALL, 60, True, 20, 3),
        ({**SEVERE_ALL, "ATTITUDES": "SEVERE", "THINKING_AND_BEHAVIOUR": "SEVERE"}, 99, True, 31, 3),
    ],
)
def test_change_thresholds(needs: dict[str, str], pct: int, iom: bool, points: int, level: int) -> None:
    r = calculate_tier(replace(BASE, needs=needs, ogrs3_two_year_pct=pct, iom=iom))
    assert (r.change_points, r.change_level) == (points, level)


def test_worked_example_b2() -> None:
    r = calculate_tier(
        TierInput(
            gender="FEMALE",
            rosh_level="HIGH",
            rsr_pct=Decimal("4.20"),
            mappa_level=None,
            complexity_factors=frozenset({"MENTAL_HEALTH", "SELF_HARM"}),
            needs={**ALL_NEEDS_NONE, "THINKING_AND_BEHAVIOUR": "SEVERE"},
            ogrs3_two_year_pct=67,
            parenting_responsibilities=True,
        )
    )
    assert (r.tier, r.protect_points, r.change_points) == ("B2", 26, 10)
    assert r.reasons == (
        "RoSH High: 20 points",
        "2 complexity factors (mental health, self-harm): 4 points",
        "Women's factor, parenting responsibilities: 2 points",
        "Thinking and behaviour severe: 2 × 2 = 4 points",
        "OGRS3 2-year 67%: 6 points",
    )
    assert not r.provisional


# --- provisional ----------------------------------------------------------------------------------------


def test_unknowns_make_the_tier_provisional_and_say_why() -> None:
    r = calculate_tier(TierInput(gender="MALE"))
    assert r.tier == "D1"
    assert r.provisional
    assert r.missing == (
        "RoSH level unknown",
        "RSR unknown",
        "Needs not assessed: accommodation, education, training and employability, relationships, "
        "lifestyle and associates, drug misuse, alcohol misuse, thinking and behaviour, attitudes",
        "OGRS3 unknown",
    )


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"rosh_level": None}, ("RoSH level unknown",)),
        ({"rsr_pct": None}, ("RSR unknown",)),
        ({"rsr_pct": None, "rosh_level": "HIGH"}, ()),  # RSR is worth at most 20: cannot change the result
        ({"ogrs3_two_year_pct": None}, ("OGRS3 unknown",)),
        (
            {"needs": {k: v for k, v in ALL_NEEDS_NONE.items() if k != "ATTITUDES"}},
            ("Needs not assessed: attitudes",),
        ),
        ({"needs": {k: v for k, v in ALL_NEEDS_NONE.items() if k != "EMOTIONAL_WELL_BEING"}}, ()),  # weight 0
    ],
)
def test_each_missing_item(changes: dict[str, object], missing: tuple[str, ...]) -> None:
    r = calculate_tier(replace(BASE, **changes))  # type: ignore[arg-type]
    assert r.missing == missing
    assert r.provisional == bool(missing)


def test_provisional_tier_still_uses_what_is_known() -> None:
    r = calculate_tier(
        replace(BASE, rosh_level=None, rsr_pct=Decimal("7.10"), ogrs3_two_year_pct=None, iom=True)
    )
    assert (r.tier, r.protect_points, r.change_points) == ("B1", 20, 2)
    assert r.missing == ("RoSH level unknown", "OGRS3 unknown")


# --- validation and speed -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"gender": "F"}, "INVALID_GENDER"),
        ({"rosh_level": "EXTREME"}, "UNKNOWN_ROSH_LEVEL"),
        ({"mappa_level": 4}, "UNKNOWN_MAPPA_LEVEL"),
        ({"mappa_level": 0}, "UNKNOWN_MAPPA_LEVEL"),
        ({"needs": {"HOUSING": "SEVERE"}}, "UNKNOWN_NEED"),
        ({"needs": {"ATTITUDES": "HIGH"}}, "UNKNOWN_NEED_SEVERITY"),
        ({"ogrs3_two_year_pct": 101}, "INVALID_OGRS3_PCT"),
        ({"rsr_pct": 7.5}, "INVALID_RSR"),
    ],
)
def test_invalid_input(changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as err:
        calculate_tier(replace(BASE, **changes))  # type: ignore[arg-type]
    assert err.value.code == code


def test_several_invalid_inputs_reported_together() -> None:
    with pytest.raises(ValidationErrors) as err:
        calculate_tier(replace(BASE, gender="?", mappa_level=9, complexity_factors=frozenset({"X"})))
    assert {e.code for e in err.value.errors} == {
        "INVALID_GENDER",
        "UNKNOWN_MAPPA_LEVEL",
        "UNKNOWN_COMPLEXITY_FACTOR",
    }


def test_cached_parts_keep_what_tells_inputs_apart() -> None:
    # The parts are cached per distinct input: equal-comparing inputs that read differently must not
    # share a reason line (Decimal("7.0") == Decimal("7.00")), and a repeat gives the same result.
    seven = calculate_tier(replace(BASE, rosh_level=None, rsr_pct=Decimal("7.0")))
    seven_00 = calculate_tier(replace(BASE, rosh_level=None, rsr_pct=Decimal("7.00")))
    assert seven.reasons[0] == "RSR 7.0%: 20 points"
    assert seven_00.reasons[0] == "RSR 7.00%: 20 points"
    assert calculate_tier(replace(BASE, rosh_level=None, rsr_pct=Decimal("7.0"))) == seven
    # A plain set and a frozenset of the same factors give the same tier (the cache key is a frozenset).
    as_set = calculate_tier(replace(BASE, complexity_factors={"MENTAL_HEALTH", "TERRORISM"}))
    as_frozenset = calculate_tier(replace(BASE, complexity_factors=frozenset({"TERRORISM", "MENTAL_HEALTH"})))
    assert as_set == as_frozenset and as_set.protect_points == as_frozenset.protect_points


def test_an_invalid_input_is_refused_every_time_not_only_the_first() -> None:
    bad = replace(BASE, rosh_level="EXTREME")
    for _ in range(2):
        with pytest.raises(ValidationError) as caught:
            calculate_tier(bad)
        assert caught.value.code == "UNKNOWN_ROSH_LEVEL"


def test_labels_of_levels_and_factors_come_from_the_domain_and_feed_the_reasons() -> None:
    from workbench.domain.enums import RoshLevel
    from workbench.domain.needs import NeedSeverity
    from workbench.domain.tier import MAPPA_LEVEL_LABELS, WOMENS_FACTORS

    assert [r.label for r in RoshLevel] == ["Low", "Medium", "High", "Very High"]
    assert [s.label for s in NeedSeverity] == ["No need", "Standard", "Severe"]
    assert list(MAPPA_LEVEL_LABELS.values()) == ["Not MAPPA", "Level 1", "Level 2", "Level 3"]
    woman = replace(BASE, gender="FEMALE", rosh_level="VERY_HIGH", **dict.fromkeys(WOMENS_FACTORS, True))
    reasons = calculate_tier(woman).reasons
    assert reasons[0] == f"RoSH {RoshLevel.VERY_HIGH.label}: 150 points"
    for label in WOMENS_FACTORS.values():
        assert f"Women's factor, {label.lower()}: 2 points" in reasons
