from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import pytest

from workbench.domain.dates import age_in_years
from workbench.domain.enums import RoshLevel, SentenceType
from workbench.domain.scope import ScopeInput, ScopeResult, ScopeStatus, assess_scope

AS_AT = date(2026, 6, 15)
IN, OUT, UNKNOWN = ScopeStatus.IN_SCOPE, ScopeStatus.OUT_OF_SCOPE, ScopeStatus.UNKNOWN

AGE_30 = date(1996, 1, 1)
AGE_19 = date(2007, 1, 1)
# Boundary birthdays relative to AS_AT (15 Jun 2026).
TURNS_18_TODAY = date(2008, 6, 15)
TURNS_18_TOMORROW = date(2008, 6, 16)  # still 17
TURNS_21_TODAY = date(2005, 6, 15)
TURNS_21_TOMORROW = date(2005, 6, 16)  # still 20

BASE = ScopeInput(
    date_of_birth=AGE_30,
    sentence_type=SentenceType.DETERMINATE,
    sentence_length_days=400,
    rosh_level=RoshLevel.HIGH,
    is_ppo=False,
    as_at=AS_AT,
)


def case(**changes: object) -> ScopeInput:
    return replace(BASE, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("inp", "status", "reason", "missing"),
    [
        # --- adults (21+): 12 months and over with High / Very High RoSH ---
        (case(), IN, "In scope: adult serving 12 months or more with High RoSH.", ()),
        (
            case(rosh_level=RoshLevel.VERY_HIGH),
            IN,
            "In scope: adult serving 12 months or more with Very High RoSH.",
            (),
        ),
        (case(sentence_length_days=365), IN, "In scope: adult serving 12 months or more with High RoSH.", ()),
        (case(sentence_length_days=364), OUT, "Out of scope: adult serving under 12 months.", ()),
        (case(sentence_length_days=29), OUT, "Out of scope: adult serving under 12 months.", ()),
        (case(rosh_level=RoshLevel.MEDIUM), OUT, "Out of scope: adult with Medium RoSH, not a PPO.", ()),
        (case(rosh_level=RoshLevel.LOW), OUT, "Out of scope: adult with Low RoSH, not a PPO.", ()),
        (
            case(sentence_type=SentenceType.RECALL),
            IN,
            "In scope: adult serving 12 months or more with High RoSH.",
            (),
        ),
        (
            case(sentence_type=SentenceType.RECALL, sentence_length_days=200),
            OUT,
            "Out of scope: adult serving under 12 months.",
            (),
        ),
        # --- Prolific and Other Priority Offenders, whatever the sentence length or RoSH ---
        (
            case(is_ppo=True, sentence_length_days=10, rosh_level=RoshLevel.LOW),
            IN,
            "In scope: Prolific and Other Priority Offender.",
            (),
        ),
        (
            case(is_ppo=True, date_of_birth=None, sentence_length_days=None, rosh_level=None),
            IN,
            "In scope: Prolific and Other Priority Offender.",
            (),
        ),
        # --- indeterminate sentences ---
        (
            case(sentence_type=SentenceType.IPP, sentence_length_days=None, rosh_level=RoshLevel.LOW),
            IN,
            "In scope: IPP sentence.",
            (),
        ),
        (
            case(
                sentence_type=SentenceType.IPP,
                date_of_birth=None,
                sentence_length_days=None,
                rosh_level=None,
                is_ppo=None,
            ),
            IN,
            "In scope: IPP sentence.",
            (),
        ),
        (
            case(sentence_type=SentenceType.LIFE, sentence_length_days=None, rosh_level=None, is_ppo=None),
            IN,
            "In scope: life sentence.",
            (),
        ),
        # --- young adults (18–20): more than four weeks ---
        (
            case(date_of_birth=AGE_19, sentence_length_days=29, rosh_level=RoshLevel.LOW),
            IN,
            "In scope: young adult (19) serving more than four weeks.",
            (),
        ),
        (
            case(date_of_birth=AGE_19, sentence_length_days=28, rosh_level=RoshLevel.HIGH),
            OUT,
            "Out of scope: young adult (19) serving four weeks or less.",
            (),
        ),
        (
            case(date_of_birth=AGE_19, sentence_length_days=29, rosh_level=None),
            IN,
            "In scope: young adult (19) serving more than four weeks.",
            (),
        ),
        (
            case(date_of_birth=TURNS_18_TODAY, sentence_length_days=29, rosh_level=RoshLevel.LOW),
            IN,
            "In scope: young adult (18) serving more than four weeks.",
            (),
        ),
        (
            case(date_of_birth=TURNS_21_TOMORROW, sentence_length_days=29, rosh_level=RoshLevel.LOW),
            IN,
            "In scope: young adult (20) serving more than four weeks.",
            (),
        ),
        (
            case(date_of_birth=TURNS_21_TODAY, sentence_length_days=29, rosh_level=RoshLevel.LOW),
            OUT,
            "Out of scope: adult serving under 12 months.",
            (),
        ),
        (
            case(date_of_birth=TURNS_21_TODAY, sentence_length_days=365),
            IN,
            "In scope: adult serving 12 months or more with High RoSH.",
            (),
        ),
        # --- under 18: youth estate, never in scope ---
        (
            case(date_of_birth=TURNS_18_TOMORROW),
            OUT,
            "Out of scope: under 18 (17), youth estate.",
            (),
        ),
        (
            case(date_of_birth=TURNS_18_TOMORROW, sentence_type=SentenceType.IPP, sentence_length_days=None),
            OUT,
            "Out of scope: under 18 (17), youth estate.",
            (),
        ),
        (
            case(date_of_birth=TURNS_18_TOMORROW, is_ppo=True, sentence_type=None),
            OUT,
            "Out of scope: under 18 (17), youth estate.",
            (),
        ),
        # --- not sentenced ---
        (case(sentence_type=SentenceType.REMAND), OUT, "Out of scope: not sentenced.", ()),
        (
            case(sentence_type=SentenceType.UNSENTENCED, is_ppo=True),
            OUT,
            "Out of scope: not sentenced.",
            (),
        ),
        (
            case(
                sentence_type=SentenceType.REMAND,
                date_of_birth=None,
                sentence_length_days=None,
                rosh_level=None,
                is_ppo=None,
            ),
            OUT,
            "Out of scope: not sentenced.",
            (),
        ),
        # --- missing data: UNKNOWN, saying exactly what is needed ---
        (case(rosh_level=None), UNKNOWN, "Scope unknown — needs RoSH level.", ("rosh_level",)),
        (
            case(is_ppo=None, sentence_length_days=100),
            UNKNOWN,
            "Scope unknown — needs PPO status.",
            ("is_ppo",),
        ),
        (
            case(is_ppo=None, rosh_level=RoshLevel.LOW),
            UNKNOWN,
            "Scope unknown — needs PPO status.",
            ("is_ppo",),
        ),
        (
            case(sentence_length_days=None),
            UNKNOWN,
            "Scope unknown — needs sentence length.",
            ("sentence_length_days",),
        ),
        (
            case(date_of_birth=None),
            UNKNOWN,
            "Scope unknown — needs date of birth.",
            ("date_of_birth",),
        ),
        (
            case(sentence_type=None),
            UNKNOWN,
            "Scope unknown — needs sentence type.",
            ("sentence_type",),
        ),
        (
            case(sentence_type=None, is_ppo=True),
            UNKNOWN,
            "Scope unknown — needs sentence type.",
            ("sentence_type",),
        ),
        (
            case(sentence_type=None, rosh_level=RoshLevel.LOW, sentence_length_days=100),
            UNKNOWN,
            "Scope unknown — needs sentence type.",
            ("sentence_type",),
        ),
        (
            case(date_of_birth=None, sentence_length_days=100, rosh_level=RoshLevel.HIGH),
            UNKNOWN,
            "Scope unknown — needs date of birth.",
            ("date_of_birth",),
        ),
        (
            case(date_of_birth=None, sentence_length_days=None, rosh_level=RoshLevel.LOW),
            UNKNOWN,
            "Scope unknown — needs date of birth and sentence length.",
            ("date_of_birth", "sentence_length_days"),
        ),
        (
            case(date_of_birth=None, sentence_length_days=None, rosh_level=None, is_ppo=None),
            UNKNOWN,
            "Scope unknown — needs date of birth, sentence length, RoSH level and PPO status.",
            ("date_of_birth", "sentence_length_days", "rosh_level", "is_ppo"),
        ),
        (
            case(
                sentence_type=None,
                date_of_birth=None,
                sentence_length_days=None,
                rosh_level=None,
                is_ppo=None,
            ),
            UNKNOWN,
            "Scope unknown — needs date of birth, sentence type, sentence length, RoSH level and PPO status.",
            ("date_of_birth", "sentence_type", "sentence_length_days", "rosh_level", "is_ppo"),
        ),
        (
            case(sentence_type=SentenceType.RECALL, sentence_length_days=None),
            UNKNOWN,
            "Scope unknown — needs sentence length.",
            ("sentence_length_days",),
        ),
        (
            case(date_of_birth=AGE_19, sentence_length_days=None, rosh_level=RoshLevel.LOW),
            UNKNOWN,
            "Scope unknown — needs sentence length.",
            ("sentence_length_days",),
        ),
        # --- missing data that the decision does not depend on ---
        (
            case(date_of_birth=None, sentence_length_days=28),
            OUT,
            "Out of scope: serving four weeks or less, not a PPO.",
            (),
        ),
        (
            case(sentence_length_days=100, rosh_level=None),
            OUT,
            "Out of scope: adult serving under 12 months.",
            (),
        ),
        (
            case(sentence_length_days=None, rosh_level=RoshLevel.LOW),
            OUT,
            "Out of scope: adult with Low RoSH, not a PPO.",
            (),
        ),
        (
            case(date_of_birth=AGE_19, sentence_length_days=100, is_ppo=None),
            IN,
            "In scope: young adult (19) serving more than four weeks.",
            (),
        ),
        (
            case(rosh_level=RoshLevel.VERY_HIGH, is_ppo=None),
            IN,
            "In scope: adult serving 12 months or more with Very High RoSH.",
            (),
        ),
    ],
)
def test_assess_scope(inp: ScopeInput, status: ScopeStatus, reason: str, missing: tuple[str, ...]) -> None:
    assert assess_scope(inp) == ScopeResult(status, reason, missing)


@pytest.mark.parametrize(
    ("dob", "as_at", "age"),
    [
        (TURNS_18_TODAY, AS_AT, 18),
        (TURNS_18_TOMORROW, AS_AT, 17),
        (TURNS_21_TODAY, AS_AT, 21),
        (TURNS_21_TOMORROW, AS_AT, 20),
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # a leapling comes of age on 1 March
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        (date(2008, 12, 31), date(2026, 1, 1), 17),
    ],
)
def test_age_in_years(dob: date, as_at: date, age: int) -> None:
    assert age_in_years(dob, as_at) == age


_DOBS = [None, TURNS_18_TOMORROW, TURNS_18_TODAY, AGE_19, TURNS_21_TODAY, AGE_30]
_TYPES = [None, *SentenceType]
_LENGTHS = [None, 28, 29, 364, 365]
_ROSH = [None, *RoshLevel]
_PPO = [None, False, True]


_CHOICES: dict[str, Sequence[object]] = {
    "date_of_birth": _DOBS[1:],
    "sentence_type": _TYPES[1:],
    "sentence_length_days": _LENGTHS[1:],
    "rosh_level": _ROSH[1:],
    "is_ppo": _PPO[1:],
}


def _completions(inp: ScopeInput) -> list[ScopeInput]:
    """Every way of filling in the fields ``inp`` leaves as None (length stays None if indeterminate)."""
    names = [
        name
        for name in _CHOICES
        if getattr(inp, name) is None
        and not (
            name == "sentence_length_days" and inp.sentence_type in (SentenceType.IPP, SentenceType.LIFE)
        )
    ]
    out = []
    for values in itertools.product(*(_CHOICES[name] for name in names)):
        out.append(replace(inp, **dict(zip(names, values, strict=True))))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("sentence_type", _TYPES)
def test_unknown_only_when_the_missing_data_could_change_the_answer(
    sentence_type: SentenceType | None,
) -> None:
    """Exhaustive over boundary values: UNKNOWN iff completing the record could give either answer."""
    for dob, length, rosh, ppo in itertools.product(_DOBS, _LENGTHS, _ROSH, _PPO):
        inp = ScopeInput(dob, sentence_type, length, rosh, ppo, AS_AT)
        result = assess_scope(inp)
        assert result.reason
        assert (result.status is UNKNOWN) == bool(result.missing), (inp, result)
        completions = _completions(inp)
        if result.status is IN and dob is None and result.reason in _RULES_WITHOUT_AGE:
            # Decision: IPP, life and PPO rules do not ask for an age, so a missing date of birth does
            # not hold them up (only a recorded under-18 age takes a case out).
            completions = [c for c in completions if c.date_of_birth != TURNS_18_TOMORROW]
        outcomes = {assess_scope(c).status for c in completions}
        assert UNKNOWN not in outcomes
        if result.status is UNKNOWN:
            assert outcomes == {IN, OUT}, (inp, result, outcomes)
        else:
            assert outcomes == {result.status}, (inp, result, outcomes)


_RULES_WITHOUT_AGE = {
    "In scope: IPP sentence.",
    "In scope: life sentence.",
    "In scope: Prolific and Other Priority Offender.",
}
