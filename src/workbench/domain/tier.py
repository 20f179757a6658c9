"""Tier ("resources follow risk"): protect level A–D × change level 0–3, exactly as DESIGN.md section 4.

Protect points = max(RSR points, RoSH points) + MAPPA points + 2 per complexity factor (+ women's factors).
Change level = 0 with no mandate for change, 2 with no assessment, else from need, OGRS3 and IOM points.
Unknown inputs (RoSH, RSR, OGRS3, unassessed needs) do not stop the calculation: the tier is worked out
from what is known, marked provisional, and ``missing`` says what would firm it up.

Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from decimal import Decimal

from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection

__all__ = [
    "COMPLEXITY_FACTORS",
    "NEED_WEIGHTS",
    "TierInput",
    "TierResult",
    "calculate_tier",
    "change_level_for",
    "protect_level_for",
    "rsr_points",
]

COMPLEXITY_FACTORS: Mapping[str, str] = {
    "MENTAL_HEALTH": "mental health",
    "SELF_HARM": "self-harm",
    "VULNERABILITY": "vulnerability",
    "CHILD_CONCERNS": "child concerns",
    "CHILD_PROTECTION": "child protection",
    "RISK_TO_CHILDREN": "risk to children",
    "PUBLIC_INTEREST": "public interest",
    "ADULT_AT_RISK": "adult at risk",
    "STREET_GANGS": "street gangs",
    "TERRORISM": "terrorism",
}
"""Complexity factors worth 2 protect points each, in display order (DESIGN.md section 4)."""

NEED_WEIGHTS: Mapping[NeedSection, int] = {
    NeedSection.ACCOMMODATION: 1,
    NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY: 1,
    NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME: 0,
    NeedSection.RELATIONSHIPS: 1,
    NeedSection.LIFESTYLE_AND_ASSOCIATES: 1,
    NeedSection.DRUG_MISUSE: 1,
    NeedSection.ALCOHOL_MISUSE: 1,
    NeedSection.EMOTIONAL_WELL_BEING: 0,
    NeedSection.THINKING_AND_BEHAVIOUR: 2,
    NeedSection.ATTITUDES: 2,
    NeedSection.HEALTH_AND_OTHER: 0,  # section 13 is not scored for tier; accepted so callers can pass 3–13
}
"""Change-point weight per need section (DESIGN.md section 4)."""

_SEVERITY_SCORES: Mapping[str, int] = {"NO_NEED": 0, "STANDARD": 1, "SEVERE": 2}
_ROSH_POINTS: Mapping[str, int] = {"LOW": 0, "MEDIUM": 10, "HIGH": 20, "VERY_HIGH": 150}
_ROSH_LABELS: Mapping[str, str] = {"LOW": "Low", "MEDIUM": "Medium", "HIGH": "High", "VERY_HIGH": "Very High"}
_MAPPA_POINTS: Mapping[int, int] = {1: 5, 2: 150, 3: 150}
_WEIGHTED_SECTIONS = tuple(s for s, w in NEED_WEIGHTS.items() if w)

_RSR_HIGH_FROM = Decimal("7.00")
_RSR_MEDIUM_FROM = Decimal("3.00")
_RSR_MAX = Decimal("99.99")


@dataclass(frozen=True, slots=True)
class TierInput:
    """Everything the tier calculation reads (DESIGN.md section 4); women's factors count only for women."""

    gender: str
    rosh_level: str | None = None
    rsr_pct: Decimal | None = None
    mappa_level: int | None = None
    complexity_factors: Set[str] = field(default_factory=frozenset)
    has_mandate_for_change: bool = True
    has_assessment: bool = True
    needs: Mapping[str, str] = field(default_factory=dict)
    ogrs3_two_year_pct: int | None = None
    iom: bool = False
    parenting_responsibilities: bool = False
    impulsivity_or_temper_problems: bool = False
    previous_breach_or_recall: bool = False


@dataclass(frozen=True, slots=True)
class TierResult:
    """The tier (e.g. ``B2``), both levels and point totals, one reason line per contributing rule."""

    protect_level: str
    change_level: int
    protect_points: int
    change_points: int
    tier: str
    reasons: tuple[str, ...]
    provisional: bool
    missing: tuple[str, ...]


def _points(n: int) -> str:
    return f"{n} point" if n == 1 else f"{n} points"


def rsr_points(rsr_pct: Decimal | None) -> int:
    """RSR protect points: 7.00–99.99 → 20, 3.00–6.99 → 10, any other value (or unknown) 0 (DESIGN.md 4)."""
    if rsr_pct is None:
        return 0
    # RSR is published to 2 dp, so "3.00–6.99" is read as 3.00 <= r < 7.00: a stray 6.995 is not 0.
    if _RSR_HIGH_FROM <= rsr_pct <= _RSR_MAX:
        return 20
    if _RSR_MEDIUM_FROM <= rsr_pct < _RSR_HIGH_FROM:
        return 10
    return 0


def _validate(inp: TierInput) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if inp.gender not in ("MALE", "FEMALE"):
        errors.append(
            ValidationError(
                f"Gender must be MALE or FEMALE, not {inp.gender!r}", field="gender", code="INVALID_GENDER"
            )
        )
    if inp.rosh_level is not None and inp.rosh_level not in _ROSH_POINTS:
        errors.append(
            ValidationError(
                f"Unknown RoSH level {inp.rosh_level!r}", field="rosh_level", code="UNKNOWN_ROSH_LEVEL"
            )
        )
    if inp.rsr_pct is not None and not isinstance(inp.rsr_pct, Decimal):
        errors.append(
            ValidationError("RSR must be a decimal percentage", field="rsr_pct", code="INVALID_RSR")
        )
    if inp.mappa_level is not None and inp.mappa_level not in _MAPPA_POINTS:
        errors.append(
            ValidationError(
                f"MAPPA level must be 1, 2 or 3, not {inp.mappa_level!r}",
                field="mappa_level",
                code="UNKNOWN_MAPPA_LEVEL",
            )
        )
    unknown = sorted(set(inp.complexity_factors) - COMPLEXITY_FACTORS.keys())
    if unknown:
        errors.append(
            ValidationError(
                "Unknown complexity factor(s): " + ", ".join(unknown),
                field="complexity_factors",
                code="UNKNOWN_COMPLEXITY_FACTOR",
            )
        )
    for name, severity in inp.needs.items():
        if name not in NeedSection.__members__:
            errors.append(
                ValidationError(f"Unknown need section {name!r}", field="needs", code="UNKNOWN_NEED")
            )
        if severity not in _SEVERITY_SCORES:
            errors.append(
                ValidationError(
                    f"Need {name!r}: severity must be NO_NEED, STANDARD or SEVERE, not {severity!r}",
                    field="needs",
                    code="UNKNOWN_NEED_SEVERITY",
                )
            )
    pct = inp.ogrs3_two_year_pct
    if pct is not None and not 0 <= pct <= 100:
        errors.append(
            ValidationError(
                f"OGRS3 2-year percentage must be 0–100, not {pct}",
                field="ogrs3_two_year_pct",
                code="INVALID_OGRS3_PCT",
            )
        )
    return errors


def _protect(inp: TierInput, reasons: list[str], missing: list[str]) -> int:
    rosh = inp.rosh_level
    rosh_pts = _ROSH_POINTS[rosh] if rosh is not None else 0
    rsr_pts = rsr_points(inp.rsr_pct)
    if rosh is None:
        missing.append("RoSH level unknown")
    if inp.rsr_pct is None and rosh_pts < 20:  # RSR is worth at most 20, so it only matters below that
        missing.append("RSR unknown")
    if rosh_pts and rosh_pts >= rsr_pts:
        assert rosh is not None
        reasons.append(f"RoSH {_ROSH_LABELS[rosh]}: {_points(rosh_pts)}")
    elif rsr_pts:
        reasons.append(f"RSR {inp.rsr_pct}%: {_points(rsr_pts)}")
    total = max(rosh_pts, rsr_pts)

    if inp.mappa_level is not None:
        mappa_pts = _MAPPA_POINTS[inp.mappa_level]
        reasons.append(f"MAPPA level {inp.mappa_level}: {_points(mappa_pts)}")
        total += mappa_pts

    factors = [label for key, label in COMPLEXITY_FACTORS.items() if key in inp.complexity_factors]
    if factors:
        noun = "complexity factor" if len(factors) == 1 else "complexity factors"
        pts = 2 * len(factors)
        reasons.append(f"{len(factors)} {noun} ({', '.join(factors)}): {_points(pts)}")
        total += pts

    if inp.gender == "FEMALE":
        for present, label in (
            (inp.parenting_responsibilities, "parenting responsibilities"),
            (inp.impulsivity_or_temper_problems, "impulsivity or temper control problems"),
            (inp.previous_breach_or_recall, "previous breach or recall"),
        ):
            if present:
                reasons.append(f"Women's factor, {label}: {_points(2)}")
                total += 2
    return total


def _change(inp: TierInput, reasons: list[str], missing: list[str]) -> tuple[int, int]:
    if not inp.has_mandate_for_change:
        reasons.append("No mandate for change (no custodial or mandated sentence): change level 0")
        return 0, 0
    if not inp.has_assessment:
        reasons.append("No assessment: change level 2")
        return 2, 0

    total = 0
    for section in NeedSection:
        severity = inp.needs.get(section.value)
        if severity is None:
            continue
        weight = NEED_WEIGHTS[section]
        score = _SEVERITY_SCORES[severity]
        if weight and score:
            pts = weight * score
            reasons.append(
                f"{section.label} {severity.lower().replace('_', ' ')}: {weight} × {score} = {_points(pts)}"
            )
            total += pts
    unassessed = [s.label.lower() for s in _WEIGHTED_SECTIONS if s.value not in inp.needs]
    if unassessed:
        missing.append("Needs not assessed: " + ", ".join(unassessed))

    pct = inp.ogrs3_two_year_pct
    if pct is None:
        missing.append("OGRS3 unknown")
    else:
        ogrs_pts = pct // 10
        if ogrs_pts:
            reasons.append(f"OGRS3 2-year {pct}%: {_points(ogrs_pts)}")
            total += ogrs_pts

    if inp.iom:
        reasons.append(f"IOM: {_points(2)}")
        total += 2

    return change_level_for(total), total


def protect_level_for(points: int) -> str:
    """Protect letter from points: ≥150 A, 20–149 B, 10–19 C, else D (DESIGN.md section 4)."""
    if points >= 150:
        return "A"
    if points >= 20:
        return "B"
    if points >= 10:
        return "C"
    return "D"


def change_level_for(points: int) -> int:
    """Change digit from points when there is a mandate and an assessment: ≥20 → 3, 10–19 → 2, else 1."""
    if points >= 20:
        return 3
    if points >= 10:
        return 2
    return 1


def calculate_tier(inp: TierInput) -> TierResult:
    """Tier letter A–D and digit 0–3 with the points breakdown (DESIGN.md section 4 "Tier")."""
    errors = _validate(inp)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)

    reasons: list[str] = []
    missing: list[str] = []
    protect_points = _protect(inp, reasons, missing)
    change_level, change_points = _change(inp, reasons, missing)
    protect = protect_level_for(protect_points)
    return TierResult(
        protect_level=protect,
        change_level=change_level,
        protect_points=protect_points,
        change_points=change_points,
        tier=f"{protect}{change_level}",
        reasons=tuple(reasons),
        provisional=bool(missing),
        missing=tuple(missing),
    )
