"""Whether a prisoner is 'in scope' of the Offender Management Model (seed footnote 1, DESIGN.md section 4).

Seed footnote 1: "adults serving 12 months and over who are classified as posing a high or very high
risk of serious harm to the public; Prolific and Other Priority Offenders; those serving indeterminate
periods of imprisonment for public protection and young adult offenders serving more than four weeks".

Each rule is evaluated in three-valued logic (yes / no / cannot tell yet), so a case with missing
data is UNKNOWN and says what is needed — never silently out of scope — while a rule that already
puts a case in scope does not wait for data the decision does not depend on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from workbench.domain.dates import age_in_years
from workbench.domain.enums import RoshLevel, SentenceType


class ScopeStatus(StrEnum):
    """Outcome of the scope rule of seed footnote 1."""

    IN_SCOPE = "IN_SCOPE"
    OUT_OF_SCOPE = "OUT_OF_SCOPE"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class ScopeInput:
    """The facts the scope rule needs (seed footnote 1); None means not recorded yet."""

    date_of_birth: date | None
    sentence_type: SentenceType | None
    sentence_length_days: int | None  # None for indeterminate sentences or when not known
    rosh_level: RoshLevel | None
    is_ppo: bool | None
    as_at: date


@dataclass(frozen=True, slots=True)
class ScopeResult:
    """Scope status, a one-sentence reason to store and show, and the ScopeInput fields still needed."""

    status: ScopeStatus
    reason: str
    missing: tuple[str, ...] = ()


ADULT_AGE: Final = 18  # under 18: youth estate, outside the Offender Management Model
ADULT_OVER_21_AGE: Final = 21  # 18–20 are young adults
TWELVE_MONTHS_DAYS: Final = 365  # "serving 12 months and over"
FOUR_WEEKS_DAYS: Final = 28  # "serving more than four weeks" means strictly more than 28 days
HIGH_ROSH: Final = frozenset({RoshLevel.HIGH, RoshLevel.VERY_HIGH})

_LABELS: Final = {
    "date_of_birth": "date of birth",
    "sentence_type": "sentence type",
    "sentence_length_days": "sentence length",
    "rosh_level": "RoSH level",
    "is_ppo": "PPO status",
}
_ORDER: Final = tuple(_LABELS)

_NOT_SENTENCED: Final = ScopeResult(ScopeStatus.OUT_OF_SCOPE, "Out of scope: not sentenced.")
_IPP: Final = ScopeResult(ScopeStatus.IN_SCOPE, "In scope: IPP sentence.")
_LIFE: Final = ScopeResult(ScopeStatus.IN_SCOPE, "In scope: life sentence.")
_PPO: Final = ScopeResult(ScopeStatus.IN_SCOPE, "In scope: Prolific and Other Priority Offender.")
_ADULT_HIGH_ROSH: Final = {
    level: ScopeResult(
        ScopeStatus.IN_SCOPE, f"In scope: adult serving 12 months or more with {level.label} RoSH."
    )
    for level in HIGH_ROSH
}
_ADULT_LOW_ROSH: Final = {
    level: ScopeResult(ScopeStatus.OUT_OF_SCOPE, f"Out of scope: adult with {level.label} RoSH, not a PPO.")
    for level in RoshLevel
    if level not in HIGH_ROSH
}
_ADULT_SHORT: Final = ScopeResult(ScopeStatus.OUT_OF_SCOPE, "Out of scope: adult serving under 12 months.")
_FOUR_WEEKS_OR_LESS: Final = ScopeResult(
    ScopeStatus.OUT_OF_SCOPE, "Out of scope: serving four weeks or less, not a PPO."
)


def _unknown(missing: set[str]) -> ScopeResult:
    ordered = tuple(name for name in _ORDER if name in missing)
    labels = [_LABELS[name] for name in ordered]
    needs = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"
    return ScopeResult(ScopeStatus.UNKNOWN, f"Scope unknown — needs {needs}.", ordered)


def assess_scope(inp: ScopeInput) -> ScopeResult:
    """Apply seed footnote 1; life sentences count as indeterminate like IPP, recalls by sentence length.

    Decisions beyond the footnote's words (for the lead's record):

    - remand and unsentenced (convicted) prisoners are out of scope: the model covers sentenced prisoners;
    - under 18 is out of scope (youth estate), whatever the sentence or PPO status;
    - a LIFE sentence is treated like IPP (indeterminate, so in scope);
    - a RECALL is treated as determinate, judged by its sentence length;
    - the PPO rule still needs the sentence type, because a remanded PPO is not in scope;
    - "12 months" is 365 days and "more than four weeks" is more than 28 days.
    """
    sentence = inp.sentence_type
    if sentence is SentenceType.REMAND or sentence is SentenceType.UNSENTENCED:
        return _NOT_SENTENCED

    dob = inp.date_of_birth
    age = age_in_years(dob, inp.as_at) if dob is not None else None
    if age is not None and age < ADULT_AGE:
        return ScopeResult(ScopeStatus.OUT_OF_SCOPE, f"Out of scope: under 18 ({age}), youth estate.")

    if sentence is SentenceType.IPP:
        return _IPP
    if sentence is SentenceType.LIFE:
        return _LIFE

    # Determinate or recall (or sentence type not yet known): three rules, each yes / no / unknown.
    length = inp.sentence_length_days
    rosh = inp.rosh_level
    ppo = inp.is_ppo
    missing: set[str] = set()
    in_scope: ScopeResult | None = None

    # Rule 1: Prolific and Other Priority Offender.
    if ppo is None:
        missing.add("is_ppo")
    elif ppo:
        in_scope = _PPO

    # Rule 2: young adult (18–20) serving more than four weeks.
    ya_missing: set[str] = set()
    ya_no = False
    if age is None:
        ya_missing.add("date_of_birth")
    elif age >= ADULT_OVER_21_AGE:
        ya_no = True
    if length is None:
        ya_missing.add("sentence_length_days")
    elif length <= FOUR_WEEKS_DAYS:
        ya_no = True
    if not ya_no:
        if ya_missing:
            missing |= ya_missing
        elif in_scope is None:
            in_scope = ScopeResult(
                ScopeStatus.IN_SCOPE, f"In scope: young adult ({age}) serving more than four weeks."
            )

    # Rule 3: adult serving 12 months and over with High or Very High RoSH. Ages 18–20 satisfy rule 2
    # whenever they satisfy this, so "adult" here needs no upper age split; it needs 18+ only.
    adult_missing: set[str] = set()
    adult_no = False
    if age is None:
        adult_missing.add("date_of_birth")
    if length is None:
        adult_missing.add("sentence_length_days")
    elif length < TWELVE_MONTHS_DAYS:
        adult_no = True
    if rosh is None:
        adult_missing.add("rosh_level")
    elif rosh not in HIGH_ROSH:
        adult_no = True
    if not adult_no:
        if adult_missing:
            missing |= adult_missing
        elif in_scope is None and rosh is not None:
            in_scope = _ADULT_HIGH_ROSH[rosh]

    if sentence is None:
        # Any rule could still be defeated by a remand, and IPP/life would settle it: ask for the type.
        missing.add("sentence_type")
        if in_scope is not None:
            # The determinate rules already say yes, so only the sentence type is needed.
            return _unknown({"sentence_type"})
        return _unknown(missing)
    if in_scope is not None:
        return in_scope
    if missing:
        return _unknown(missing)

    # Every rule says no: give the reason that explains it best.
    if age is not None and age < ADULT_OVER_21_AGE:
        return ScopeResult(
            ScopeStatus.OUT_OF_SCOPE, f"Out of scope: young adult ({age}) serving four weeks or less."
        )
    if length is not None and length <= FOUR_WEEKS_DAYS and age is None:
        return _FOUR_WEEKS_OR_LESS
    if length is not None and length < TWELVE_MONTHS_DAYS:
        return _ADULT_SHORT
    assert rosh is not None  # the adult rule said no with a long enough sentence, so RoSH decided it
    return _ADULT_LOW_ROSH[rosh]
