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
from functools import lru_cache

from workbench.domain.enums import RoshLevel
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection, NeedSeverity

__all__ = [
    "COMPLEXITY_FACTORS",
    "IOM_LABEL",
    "MAPPA_LEVEL_LABELS",
    "NEED_WEIGHTS",
    "WOMENS_FACTORS",
    "TierInput",
    "TierResult",
    "calculate_tier",
    "change_level_for",
    "protect_level_for",
    "rsr_points",
    "rule_tables",
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

WOMENS_FACTORS: Mapping[str, str] = {
    "parenting_responsibilities": "Parenting responsibilities",
    "impulsivity_or_temper_problems": "Impulsivity or temper control problems",
    "previous_breach_or_recall": "Previous breach or recall",
}
"""Women's factors (2 protect points each, women only): TierInput field → label, in display order."""

MAPPA_LEVEL_LABELS: Mapping[int | None, str] = {None: "Not MAPPA", 1: "Level 1", 2: "Level 2", 3: "Level 3"}
"""MAPPA level → label, in display order (None: not a MAPPA case)."""

IOM_LABEL = "Integrated offender management (IOM)"
"""What the IOM flag is called on screen (2 change points, DESIGN.md section 4)."""

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


# -- the parts, each worked out once per distinct input and cached ---------------------------------------
#
# A region's 20,000 prisoners share a few hundred distinct protect inputs, need profiles and OGRS3
# percentages, so each part of the tier (its points, reason lines, what is missing and any input
# problems) is computed once per distinct input and then reused: this is what makes the bulk
# recalculation fast without a second copy of these rules. Each part is a pure function of its key.
# Problems are cached as (message, field, code) so every call raises fresh ValidationError objects.

_Problem = tuple[str, str, str]
# points, reasons, missing, problems
_Part = tuple[int, tuple[str, ...], tuple[str, ...], tuple[_Problem, ...]]
_CACHE_SIZE = 4096


def _protect_part(
    gender: str,
    rosh: str | None,
    rsr_pct: Decimal | None,
    rsr_text: str,
    mappa_level: int | None,
    factors: frozenset[str],
    women: tuple[bool, bool, bool],
) -> _Part:
    """Protect points, reasons and missing, and the problems with these inputs (in DESIGN.md order).

    ``rsr_text`` is part of the key because Decimal("7.0") == Decimal("7.00") but their reason lines differ.
    """
    problems: list[_Problem] = []
    if gender not in ("MALE", "FEMALE"):
        problems.append((f"Gender must be MALE or FEMALE, not {gender!r}", "gender", "INVALID_GENDER"))
    if rosh is not None and rosh not in _ROSH_POINTS:
        problems.append((f"Unknown RoSH level {rosh!r}", "rosh_level", "UNKNOWN_ROSH_LEVEL"))
    if rsr_pct is not None and not isinstance(rsr_pct, Decimal):
        problems.append(("RSR must be a decimal percentage", "rsr_pct", "INVALID_RSR"))
    if mappa_level is not None and mappa_level not in _MAPPA_POINTS:
        problems.append(
            (f"MAPPA level must be 1, 2 or 3, not {mappa_level!r}", "mappa_level", "UNKNOWN_MAPPA_LEVEL")
        )
    unknown = sorted(factors - COMPLEXITY_FACTORS.keys())
    if unknown:
        problems.append(
            (
                "Unknown complexity factor(s): " + ", ".join(unknown),
                "complexity_factors",
                "UNKNOWN_COMPLEXITY_FACTOR",
            )
        )
    if problems:
        return 0, (), (), tuple(problems)

    reasons: list[str] = []
    missing: list[str] = []
    rosh_pts = _ROSH_POINTS[rosh] if rosh is not None else 0
    rsr_pts = rsr_points(rsr_pct)
    if rosh is None:
        missing.append("RoSH level unknown")
    if rsr_pct is None and rosh_pts < 20:  # RSR is worth at most 20, so it only matters below that
        missing.append("RSR unknown")
    if rosh_pts and rosh_pts >= rsr_pts:
        assert rosh is not None
        reasons.append(f"RoSH {RoshLevel(rosh).label}: {_points(rosh_pts)}")
    elif rsr_pts:
        reasons.append(f"RSR {rsr_text}%: {_points(rsr_pts)}")
    total = max(rosh_pts, rsr_pts)

    if mappa_level is not None:
        mappa_pts = _MAPPA_POINTS[mappa_level]
        reasons.append(f"MAPPA level {mappa_level}: {_points(mappa_pts)}")
        total += mappa_pts

    labels = [label for key, label in COMPLEXITY_FACTORS.items() if key in factors]
    if labels:
        noun = "complexity factor" if len(labels) == 1 else "complexity factors"
        pts = 2 * len(labels)
        reasons.append(f"{len(labels)} {noun} ({', '.join(labels)}): {_points(pts)}")
        total += pts

    if gender == "FEMALE":
        for present, label in zip(women, WOMENS_FACTORS.values(), strict=True):
            if present:
                reasons.append(f"Women's factor, {label.lower()}: {_points(2)}")
                total += 2
    return total, tuple(reasons), tuple(missing), ()


@lru_cache(maxsize=_CACHE_SIZE)
def _need_piece(name: str, severity: str) -> tuple[int, int, str | None, tuple[_Problem, ...]]:
    """One need's (section order, points, reason line or None, problems): 11 sections × 3 severities."""
    problems: list[_Problem] = []
    if name not in NeedSection.__members__:
        problems.append((f"Unknown need section {name!r}", "needs", "UNKNOWN_NEED"))
    if severity not in _SEVERITY_SCORES:
        problems.append(
            (
                f"Need {name!r}: severity must be NO_NEED, STANDARD or SEVERE, not {severity!r}",
                "needs",
                "UNKNOWN_NEED_SEVERITY",
            )
        )
    if problems:
        return 0, 0, None, tuple(problems)
    section = NeedSection(name)
    weight = NEED_WEIGHTS[section]
    score = _SEVERITY_SCORES[severity]
    if not (weight and score):
        return section.number, 0, None, ()
    pts = weight * score
    label = NeedSeverity(severity).label.lower()
    return section.number, pts, f"{section.label} {label}: {weight} × {score} = {_points(pts)}", ()


def _needs_part(needs: Mapping[str, str]) -> _Part:
    """Need points and reason lines (in section order), unassessed weighted sections, and problems.

    A region's need profiles are nearly all different (3 severities in 11 sections), so what is worked
    out once is each section and severity (:data:`_NEED_PIECES`), not each profile.
    """
    found: list[tuple[int, int, str]] = []
    last = 0
    in_order = True
    pieces = _NEED_PIECES
    try:
        for item in needs.items():  # (section, severity): the key of _NEED_PIECES as it stands
            piece = pieces.get(item)
            if piece is None:
                return _needs_examined(needs)
            if piece:
                in_order = in_order and piece[0] > last
                last = piece[0]
                found.append(piece)
    except TypeError:  # an unhashable severity
        return _needs_examined(needs)
    if not in_order:
        found.sort()
    # Every key is a known section and a dict's keys are distinct, so 11 keys means all 11 assessed.
    unassessed = [] if len(needs) >= _SECTIONS else [label for v, label in _WEIGHTED_LABELS if v not in needs]
    missing = ("Needs not assessed: " + ", ".join(unassessed),) if unassessed else ()
    return sum(p[1] for p in found), tuple(p[2] for p in found), missing, ()


def _needs_examined(needs: Mapping[str, str]) -> _Part:
    """:func:`_needs_part` for a profile with an unknown section or severity: every problem, in order."""
    problems: tuple[_Problem, ...] = ()
    for name, severity in needs.items():
        try:
            found = _need_piece(name, severity)[3]
        except TypeError:
            found = _need_piece.__wrapped__(name, severity)[3]
        problems += found
    assert problems  # only called when some entry is not a known section and severity
    return 0, (), (), problems


def _known_piece(section: NeedSection, severity: str) -> tuple[int, int, str] | tuple[()]:
    order, points, reason, _ = _need_piece(section.value, severity)
    return (order, points, reason) if reason is not None else ()


_NEED_PIECES: dict[tuple[str, str], tuple[int, int, str] | tuple[()]] = {
    (section.value, severity): _known_piece(section, severity)
    for section in NeedSection
    for severity in _SEVERITY_SCORES
}
"""(order, points, reason) of every known section and severity that scores, () of those that do not;
worked out once when the module loads."""
_SECTIONS = len(NeedSection)

_WEIGHTED_LABELS = tuple((s.value, s.label.lower()) for s in _WEIGHTED_SECTIONS)


@lru_cache(maxsize=256, typed=True)
def _ogrs3_part(pct: int | None) -> _Part:
    """OGRS3 change points (⌊2-year % / 10⌋) and its reason line, or "OGRS3 unknown"."""
    if pct is not None and not 0 <= pct <= 100:
        problem = (
            f"OGRS3 2-year percentage must be 0–100, not {pct}",
            "ogrs3_two_year_pct",
            "INVALID_OGRS3_PCT",
        )
        return 0, (), (), (problem,)
    if pct is None:
        return 0, (), ("OGRS3 unknown",), ()
    points = pct // 10
    return points, ((f"OGRS3 2-year {pct}%: {_points(points)}",) if points else ()), (), ()


_IOM_PART: _Part = (2, (f"IOM: {_points(2)}",), (), ())
_NO_PART: _Part = (0, (), (), ())
_NO_MANDATE = "No mandate for change (no custodial or mandated sentence): change level 0"
_NO_ASSESSMENT = "No assessment: change level 2"


_PROTECT_PARTS: dict[tuple[object, ...], _Part] = {}
_PROTECT_CACHE_SIZE = 1 << 16  # a region has a few thousand distinct protect inputs; entries are small
_OGRS3_PARTS: dict[int | None, _Part] = {pct: _ogrs3_part(pct) for pct in (None, *range(101))}


def _parts(inp: TierInput) -> tuple[_Part, _Part, _Part]:
    """The protect, needs and OGRS3 parts of ``inp``, each worked out once per distinct input."""
    factors = inp.complexity_factors
    rsr = inp.rsr_pct
    mappa = inp.mappa_level
    women = (
        inp.parenting_responsibilities,
        inp.impulsivity_or_temper_problems,
        inp.previous_breach_or_recall,
    )
    frozen = factors if type(factors) is frozenset else frozenset(factors)
    # The types are part of the key: 1 == True and Decimal(7) == 7, but they read (and validate)
    # differently; so is the text of the RSR, as Decimal("7.0") == Decimal("7.00").
    rsr_text = "" if rsr is None else str(rsr)
    key = (inp.gender, inp.rosh_level, rsr, type(rsr), rsr_text, mappa, type(mappa), frozen, women)
    try:
        protect = _PROTECT_PARTS.get(key)
        if protect is None:
            if len(_PROTECT_PARTS) >= _PROTECT_CACHE_SIZE:
                _PROTECT_PARTS.clear()
            protect = _PROTECT_PARTS[key] = _protect_part(*_protect_args(inp, rsr_text, frozen, women))
    except TypeError:  # an unhashable value where a code belongs: work it out without the cache
        protect = _protect_part(*_protect_args(inp, rsr_text, frozen, women))
    pct = inp.ogrs3_two_year_pct
    ogrs3 = _OGRS3_PARTS.get(pct) if type(pct) is int or pct is None else None
    if ogrs3 is None:
        ogrs3 = _ogrs3_part.__wrapped__(pct)
    return protect, _needs_part(inp.needs), ogrs3


def _protect_args(
    inp: TierInput, rsr_text: str, factors: frozenset[str], women: tuple[bool, bool, bool]
) -> tuple[str, str | None, Decimal | None, str, int | None, frozenset[str], tuple[bool, bool, bool]]:
    return inp.gender, inp.rosh_level, inp.rsr_pct, rsr_text, inp.mappa_level, factors, women


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
    """Tier letter A–D and digit 0–3 with the points breakdown (DESIGN.md section 4 "Tier").

    Every input problem is reported at once (ValidationError, or ValidationErrors for several). Fast
    enough for a region's bulk recalculation: each part is worked out once per distinct input.
    """
    protect, needs, ogrs3 = _parts(inp)
    problems = protect[3] + needs[3] + ogrs3[3]
    if problems:
        errors = [ValidationError(message, field=name, code=code) for message, name, code in problems]
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)

    reasons = protect[1]
    missing = protect[2]
    if not inp.has_mandate_for_change:
        change_level, change_points = 0, 0
        reasons += (_NO_MANDATE,)
    elif not inp.has_assessment:
        change_level, change_points = 2, 0
        reasons += (_NO_ASSESSMENT,)
    else:
        iom = _IOM_PART if inp.iom else _NO_PART
        change_points = needs[0] + ogrs3[0] + iom[0]
        change_level = change_level_for(change_points)
        reasons += needs[1] + ogrs3[1] + iom[1]
        missing += needs[2] + ogrs3[2]
    protect_level = protect_level_for(protect[0])
    return TierResult(
        protect_level=protect_level,
        change_level=change_level,
        protect_points=protect[0],
        change_points=change_points,
        tier=f"{protect_level}{change_level}",
        reasons=reasons,
        provisional=bool(missing),
        missing=missing,
    )


def rule_tables() -> tuple[object, ...]:
    """The tier's published tables (complexity factors, need weights), for the rules' version digest."""
    return (list(COMPLEXITY_FACTORS), sorted((s.value, w) for s, w in NEED_WEIGHTS.items()))
