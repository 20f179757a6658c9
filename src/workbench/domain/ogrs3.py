"""Offender Group Reconviction Scale version 3 (OGRS3), exactly as DESIGN.md section 4.

    y  = AG(gender, age at follow-up start) + CS + 1.25112·ln(N / (10 + age at conviction − age at first
         sanction)) + OG(offence group)
    P1 = logistic(y + 1.40256), P2 = logistic(y + 2.1217)

Each P is rounded half-up to 5 dp, then to a whole percentage half-up, then clamped to 1..99, the way the
Ministry of Justice's public implementation does it (ministryofjustice/hmpps-arns-risk-actuarial-api,
``service/transformation/OGRS3TransformationHelper.kt`` and ``utils/NumbersUtils.kt``): ``BigDecimal(double)``
there rounds the exact binary value of the float, and so does the integer arithmetic here (the same
result as ``Decimal(float)`` quantized half-up, without its cost: this module is fast enough for the
bulk recalculation of a region, so no second copy of the formula exists anywhere).

Pure: no I/O, no Qt. Reading ``resources/offence_groups.toml`` is the caller's job; this module only
validates the parsed mapping (:func:`offence_groups_from_mapping`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from workbench.domain.dates import age_in_years as whole_years  # the one age rule; OGRS3 names it so
from workbench.domain.errors import ValidationError

__all__ = [
    "AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN",
    "AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION",
    "AGE_GENDER_PARAMETERS",
    "COPAS_DENOMINATOR_NOT_POSITIVE",
    "EXPONENT_OVERFLOW",
    "FOLLOW_UP_BEFORE_CONVICTION",
    "INVALID_GENDER",
    "MISSING_MANDATORY_INPUT",
    "OFFENCE_GROUPS",
    "TOTAL_SANCTIONS_LESS_THAN_ONE",
    "UNKNOWN_OFFENCE_GROUP",
    "Ogrs3Band",
    "Ogrs3Error",
    "Ogrs3Input",
    "Ogrs3Result",
    "age_gender_parameter",
    "band_for",
    "calculate",
    "offence_code_index_from_mapping",
    "offence_groups_from_mapping",
    "one_year_probability",
    "percent_half_up",
    "round_half_up_5dp",
    "rule_tables",
    "two_year_probability",
    "whole_years",
]

# --- error codes (stable: stored with failed calculations and shown to support staff) -----------------

MISSING_MANDATORY_INPUT = "MISSING_MANDATORY_INPUT"
AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN = "AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN"
AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION = (
    "AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION"
)
COPAS_DENOMINATOR_NOT_POSITIVE = "COPAS_DENOMINATOR_NOT_POSITIVE"
EXPONENT_OVERFLOW = "EXPONENT_OVERFLOW"
UNKNOWN_OFFENCE_GROUP = "UNKNOWN_OFFENCE_GROUP"
INVALID_GENDER = "INVALID_GENDER"
TOTAL_SANCTIONS_LESS_THAN_ONE = "TOTAL_SANCTIONS_LESS_THAN_ONE"
FOLLOW_UP_BEFORE_CONVICTION = "FOLLOW_UP_BEFORE_CONVICTION"

# --- model constants (DESIGN.md section 4) ------------------------------------------------------------

COPAS_COEFFICIENT = 1.25112
FIRST_SANCTION_PARAMETER = 0.12614  # CS when N == 1
REPEAT_SANCTION_PARAMETER = 0.46306  # CS when N > 1
ONE_YEAR_CONSTANT = 1.40256
TWO_YEAR_CONSTANT = 2.1217
MIN_AGE_AT_CONVICTION = 10  # age of criminal responsibility in England and Wales

# math.exp overflows above ~709.78; the MoJ implementation refuses exponents >= 709 or <= -745.
_MAX_EXPONENT = 709.0
_MIN_EXPONENT = -745.0

# (lowest age in band, male parameter, female parameter); the last band is open-ended (50+).
AGE_GENDER_PARAMETERS: tuple[tuple[int, float, float], ...] = (
    (10, 0.0, 0.785),
    (12, 0.08392, 0.61385),
    (14, 0.07578, 0.66952),
    (16, -0.0616, -0.9592),
    (18, -0.6251, -0.8975),
    (21, -1.0515, -1.0285),
    (25, -1.1667, -1.0528),
    (30, -1.326, -1.1291),
    (35, -1.368, -1.4219),
    (40, -1.4997, -1.5247),
    (50, -2.0253, -2.4498),
)


def _age_lookup() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per-age lists for ages 10..50 so that a calculation is one index, not a search."""
    male: list[float] = []
    female: list[float] = []
    for age in range(MIN_AGE_AT_CONVICTION, 51):
        row = max(r for r in AGE_GENDER_PARAMETERS if r[0] <= age)
        male.append(row[1])
        female.append(row[2])
    return tuple(male), tuple(female)


_MALE_BY_AGE, _FEMALE_BY_AGE = _age_lookup()

OFFENCE_GROUPS: Mapping[str, float] = MappingProxyType(
    {
        "Violence": 0.0,
        "Robbery": -0.6348,
        "Public order": 0.1819,
        "Sexual (not against child)": 0.0328,
        "Sexual (against child)": -0.6534,
        "Soliciting or prostitution": 0.7606,
        "Burglary (domestic)": -0.1239,
        "Burglary (other)": 0.2406,
        "Theft (non-motor)": 0.6612,
        "Handling stolen goods": 0.3519,
        "Fraud and forgery": 0.1599,
        "Absconding or bail offences": 0.7334,
        "Taking & driving away and related offences": 0.3801,
        "Theft from vehicles": 0.4272,
        "Other motoring": 0.2622,
        "Drink driving and related offences": -0.1214,
        "Criminal damage": 0.2050,
        "Drug import/export/production": -0.7956,
        "Drug possession/supply": 0.0772,
        "Other offence": -0.0607,
    }
)
"""The 20 OGRS3 offence groups and their parameters (DESIGN.md section 4; same values as MoJ's mapping)."""

_GENDERS = frozenset({"MALE", "FEMALE"})
_OFFENCE_PARAMETERS: dict[str, float] = dict(OFFENCE_GROUPS)  # a plain dict: the bulk run looks up 20,000


# --- data types ---------------------------------------------------------------------------------------


class Ogrs3Band(StrEnum):
    """The band on the 2-year percentage, lowest first (DESIGN.md section 4); the values are stored."""

    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"
    VERY_HIGH = "VERY_HIGH"

    @property
    def label(self) -> str:
        """The one user-facing name of the band ("Very high"), for screens, lists and reports."""
        return _BAND_LABELS[self]

    @property
    def rank(self) -> int:
        """0 for LOW up to 3 for VERY_HIGH, for sorting a list by band."""
        return _BAND_RANKS[self]


def band_label(band: str | None) -> str:
    """The label of a stored band value ("Very high"); "" when there is none, the value itself if unknown."""
    if not band:
        return ""
    try:
        return Ogrs3Band(band).label
    except ValueError:
        return band


_BAND_LABELS = {
    Ogrs3Band.LOW: "Low",
    Ogrs3Band.MEDIUM: "Medium",
    Ogrs3Band.HIGH: "High",
    Ogrs3Band.VERY_HIGH: "Very high",
}
_BAND_RANKS = {band: i for i, band in enumerate(Ogrs3Band)}


@dataclass(frozen=True, slots=True)
class Ogrs3Input:
    """The seven OGRS3 inputs (DESIGN.md section 4); ``total_sanctions`` includes the current one."""

    gender: str
    date_of_birth: date | None
    conviction_date: date | None
    follow_up_start: date | None
    total_sanctions: int | None
    age_at_first_sanction: int | None
    offence_group: str | None


@dataclass(frozen=True, slots=True)
class Ogrs3Result:
    """OGRS3 1- and 2-year percentages (1..99), the band on the 2-year figure, and the score parts."""

    one_year_pct: int
    two_year_pct: int
    band: Ogrs3Band
    age_gender_parameter: float
    conviction_status_parameter: float
    copas_term: float
    offence_parameter: float
    score: float


class Ogrs3Error(ValidationError):
    """OGRS3 cannot be calculated; ``codes`` lists every problem found (DESIGN.md section 4: all at once)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        codes = tuple(code for code, _ in problems)
        text = "; ".join(message for _, message in problems)
        super().__init__(f"OGRS3 cannot be calculated: {text}.", code=codes[0] if codes else None)
        self.codes: tuple[str, ...] = codes
        self.messages: tuple[str, ...] = tuple(message for _, message in problems)


# --- helpers (public so the rounding rules can be tested on their own) -----------------------------------


def _half_up(value: float, scale: int) -> int:
    """``value·scale`` rounded half-up (ties away from zero) to an integer, exactly on the binary value of
    ``value``: ``as_integer_ratio`` gives the float as n/d, so no decimal context, no ``Decimal`` and no
    float error. The same integer ``Decimal(value)`` quantized ``ROUND_HALF_UP`` gives (the MoJ rounding
    on ``BigDecimal(double)``), at a fraction of the cost, so the bulk recalculation needs no copy."""
    n, d = value.as_integer_ratio()  # ValueError / OverflowError for NaN / infinity, as Decimal refuses
    if n >= 0:
        return (2 * n * scale + d) // (2 * d)
    return -((-2 * n * scale + d) // (2 * d))


def round_half_up_5dp(value: float) -> float:
    """Round the binary value of ``value`` half-up to 5 dp (DESIGN.md; MoJ ``roundTo5Decimals``).

    Integer / integer true division is correctly rounded, as ``float(Decimal)`` is: the same float."""
    return _half_up(value, 100_000) / 100_000


def percent_half_up(probability: float) -> int:
    """``round_half_up(P·100)`` on the binary value of P, unclamped (DESIGN.md; MoJ ``asPercentage``)."""
    return _half_up(probability, 100)


def _probability(score: float, constant: float) -> float:
    exponent = constant + score
    if exponent >= _MAX_EXPONENT or exponent <= _MIN_EXPONENT:
        raise Ogrs3Error([(EXPONENT_OVERFLOW, _MESSAGES[EXPONENT_OVERFLOW])])
    e = math.exp(exponent)
    return round_half_up_5dp(e / (1.0 + e))


def one_year_probability(score: float) -> float:
    """P1 = logistic(y + 1.40256) rounded half-up to 5 dp (DESIGN.md section 4)."""
    return _probability(score, ONE_YEAR_CONSTANT)


def two_year_probability(score: float) -> float:
    """P2 = logistic(y + 2.1217) rounded half-up to 5 dp (DESIGN.md section 4)."""
    return _probability(score, TWO_YEAR_CONSTANT)


def age_gender_parameter(gender: str, age: int) -> float:
    """AG(gender, age) from the DESIGN.md section 4 table; ages below 10 have no row (ValueError)."""
    if age < MIN_AGE_AT_CONVICTION:
        raise ValueError(f"OGRS3 has no age/gender parameter below {MIN_AGE_AT_CONVICTION}: {age}")
    table = _MALE_BY_AGE if gender == "MALE" else _FEMALE_BY_AGE
    return table[min(age, 50) - MIN_AGE_AT_CONVICTION]


def band_for(two_year_pct: int) -> Ogrs3Band:
    """Band on the 2-year percentage: <50 LOW, 50–74 MEDIUM, 75–89 HIGH, ≥90 VERY_HIGH (DESIGN.md 4)."""
    if two_year_pct >= 90:
        return Ogrs3Band.VERY_HIGH
    if two_year_pct >= 75:
        return Ogrs3Band.HIGH
    if two_year_pct >= 50:
        return Ogrs3Band.MEDIUM
    return Ogrs3Band.LOW


_MESSAGES = {
    AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN: "age at current conviction must be 10 or over",
    AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION: (
        "age at first sanction cannot be after age at current conviction"
    ),
    COPAS_DENOMINATOR_NOT_POSITIVE: (
        "10 + age at current conviction − age at first sanction must be above zero"
    ),
    EXPONENT_OVERFLOW: "the inputs give a score too large to calculate; check the number of sanctions",
    TOTAL_SANCTIONS_LESS_THAN_ONE: "total sanctions must be 1 or more (it includes the current one)",
    FOLLOW_UP_BEFORE_CONVICTION: "follow-up start cannot be before the conviction date",
}


# --- the calculation ----------------------------------------------------------------------------------


def calculate(inp: Ogrs3Input) -> Ogrs3Result:
    """OGRS3 1- and 2-year percentages and band (DESIGN.md section 4); Ogrs3Error lists all problems.

    Fast enough for a region's bulk recalculation (20,000 prisoners): input that is plainly complete
    and consistent goes straight to the score; anything else is examined in full and refused with every
    problem at once.
    """
    dob = inp.date_of_birth
    convicted = inp.conviction_date
    follow_up = inp.follow_up_start
    n = inp.total_sanctions
    first = inp.age_at_first_sanction
    group = inp.offence_group
    if (
        dob is not None
        and convicted is not None
        and follow_up is not None
        and n is not None
        and first is not None
        and inp.gender in _GENDERS
        and group in _OFFENCE_PARAMETERS
        and n >= 1
        and follow_up >= convicted
    ):
        age_at_conviction = whole_years(dob, convicted)
        if age_at_conviction >= MIN_AGE_AT_CONVICTION and first <= age_at_conviction:
            # first <= age_at_conviction makes 10 + age_at_conviction - first >= 10: never zero or less
            return _result(inp.gender, whole_years(dob, follow_up), n, age_at_conviction, first, group)
    return _examined(inp)


def _examined(inp: Ogrs3Input) -> Ogrs3Result:
    """:func:`calculate` for input that may be incomplete or inconsistent: every problem, at once."""
    problems: list[tuple[str, str]] = []
    dob = inp.date_of_birth
    convicted = inp.conviction_date
    follow_up = inp.follow_up_start
    n = inp.total_sanctions
    first = inp.age_at_first_sanction
    group = inp.offence_group

    missing = [
        label
        for label, value in (
            ("gender", inp.gender or None),
            ("date of birth", dob),
            ("conviction date", convicted),
            ("follow-up start", follow_up),
            ("total sanctions", n),
            ("age at first sanction", first),
            ("offence group", group),
        )
        if value is None
    ]
    if missing:
        problems.append((MISSING_MANDATORY_INPUT, "missing " + ", ".join(missing)))
    if inp.gender and inp.gender not in _GENDERS:
        problems.append((INVALID_GENDER, f"gender must be MALE or FEMALE, not {inp.gender!r}"))
    if group is not None and group not in OFFENCE_GROUPS:
        problems.append((UNKNOWN_OFFENCE_GROUP, f"{group!r} is not an OGRS3 offence group"))
    if n is not None and n < 1:
        problems.append((TOTAL_SANCTIONS_LESS_THAN_ONE, _MESSAGES[TOTAL_SANCTIONS_LESS_THAN_ONE]))

    age_at_conviction: int | None = None
    if dob is not None and convicted is not None:
        age_at_conviction = whole_years(dob, convicted)
        if age_at_conviction < MIN_AGE_AT_CONVICTION:
            problems.append(
                (AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN, _MESSAGES[AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN])
            )
        if first is not None:
            if first > age_at_conviction:
                code = AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION
                problems.append((code, _MESSAGES[code]))
            if 10 + age_at_conviction - first <= 0:
                problems.append((COPAS_DENOMINATOR_NOT_POSITIVE, _MESSAGES[COPAS_DENOMINATOR_NOT_POSITIVE]))
    if convicted is not None and follow_up is not None and follow_up < convicted:
        problems.append((FOLLOW_UP_BEFORE_CONVICTION, _MESSAGES[FOLLOW_UP_BEFORE_CONVICTION]))

    if problems:
        raise Ogrs3Error(problems)
    # Every input is present and consistent; narrow the types for mypy.
    assert dob is not None and follow_up is not None and n is not None and first is not None
    assert group is not None and age_at_conviction is not None

    return _result(inp.gender, whole_years(dob, follow_up), n, age_at_conviction, first, group)


def _result(
    gender: str, age_at_follow_up: int, n: int, age_at_conviction: int, first: int, group: str
) -> Ogrs3Result:
    """The score, both probabilities and the band, for inputs already checked."""
    ag = age_gender_parameter(gender, age_at_follow_up)
    cs = FIRST_SANCTION_PARAMETER if n == 1 else REPEAT_SANCTION_PARAMETER
    try:
        ratio = n / (10 + age_at_conviction - first)
    except OverflowError:  # an absurd number of sanctions: the score could not be exponentiated anyway
        raise Ogrs3Error([(EXPONENT_OVERFLOW, _MESSAGES[EXPONENT_OVERFLOW])]) from None
    copas = COPAS_COEFFICIENT * math.log(ratio)
    og = _OFFENCE_PARAMETERS[group]
    score = ag + cs + copas + og  # same order of addition as the MoJ implementation

    p1 = one_year_probability(score)
    p2 = two_year_probability(score)
    one_year = min(max(percent_half_up(p1), 1), 99)
    two_year = min(max(percent_half_up(p2), 1), 99)
    return Ogrs3Result(
        one_year_pct=one_year,
        two_year_pct=two_year,
        band=band_for(two_year),
        age_gender_parameter=ag,
        conviction_status_parameter=cs,
        copas_term=copas,
        offence_parameter=og,
        score=score,
    )


def rule_tables() -> tuple[object, ...]:
    """OGRS3's published tables and constants, for the rules' version digest (casework's RULE_VERSION)."""
    return (
        AGE_GENDER_PARAMETERS,
        sorted(OFFENCE_GROUPS.items()),
        (COPAS_COEFFICIENT, FIRST_SANCTION_PARAMETER, REPEAT_SANCTION_PARAMETER),
        (ONE_YEAR_CONSTANT, TWO_YEAR_CONSTANT),
    )


# --- reference data -----------------------------------------------------------------------------------


def _groups_table(data: Mapping[str, object]) -> list[Mapping[str, object]]:
    groups = data.get("group")
    if not isinstance(groups, list) or not all(isinstance(g, Mapping) for g in groups):
        raise ValidationError(
            "Offence group data must contain a [[group]] table list", code="INVALID_OFFENCE_GROUP_DATA"
        )
    return groups


def offence_groups_from_mapping(data: Mapping[str, object]) -> dict[str, float]:
    """Group name → parameter from parsed ``resources/offence_groups.toml`` (DESIGN.md section 4 table)."""
    out: dict[str, float] = {}
    for i, group in enumerate(_groups_table(data), start=1):
        name = group.get("name")
        parameter = group.get("parameter")
        if not isinstance(name, str) or not name:
            raise ValidationError(f"Offence group {i} has no name", code="INVALID_OFFENCE_GROUP_DATA")
        if isinstance(parameter, bool) or not isinstance(parameter, int | float):
            raise ValidationError(
                f"Offence group {name!r} needs a numeric parameter", code="INVALID_OFFENCE_GROUP_DATA"
            )
        if name in out:
            raise ValidationError(f"Offence group {name!r} appears twice", code="INVALID_OFFENCE_GROUP_DATA")
        out[name] = float(parameter)
    return out


def offence_code_index_from_mapping(data: Mapping[str, object]) -> dict[str, str]:
    """Home Office offence category code → OGRS3 group name, refusing a code listed under two groups."""
    index: dict[str, str] = {}
    for group in _groups_table(data):
        name = str(group.get("name"))
        codes = group.get("ho_codes", [])
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise ValidationError(
                f"Offence group {name!r}: ho_codes must be a list of strings",
                code="INVALID_OFFENCE_GROUP_DATA",
            )
        for code in codes:
            if code in index:
                raise ValidationError(
                    f"Home Office code {code} is in both {index[code]!r} and {name!r}",
                    code="INVALID_OFFENCE_GROUP_DATA",
                )
            index[code] = name
    return index
