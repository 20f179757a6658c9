"""Risk of serious harm: the screening decision, the overall level, and what each level requires.

DESIGN.md section 4 ("RoSH screening", "Overall RoSH"); seed 3.9–3.11 and 4.9. The screening is the
OASys R1–R4 screening: each indicator is answered yes, no or don't know. Missing information is a
reason to analyse, never to skip: a full analysis is required when any answer is yes or unknown (an
unanswered indicator counts as unknown), or when the assessor asks for one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from workbench.domain.enums import RoshLevel


class Answer(StrEnum):
    """An indicator's answer. ``unknown`` is "don't know" and counts like ``yes`` for the decision."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The word shown on screen."""
        return {Answer.YES: "Yes", Answer.NO: "No", Answer.UNKNOWN: "Don't know"}[self]


class Section(StrEnum):
    """A part of the full analysis, in the order the analysis takes them."""

    OFFENDING = "offending"
    CHILDREN = "children"
    SELF = "self"
    CUSTODY = "custody"

    @property
    def label(self) -> str:
        """The heading of the section on screen and in print."""
        return _SECTION_LABELS[self]


_SECTION_LABELS: Final = {
    Section.OFFENDING: "Offending and risk to others",
    Section.CHILDREN: "Risk to children",
    Section.SELF: "Risk to self and vulnerability",
    Section.CUSTODY: "Risks in custody",
}

ASSESSOR: Final = "assessor"
"""The reason code when the assessor asks for a full analysis whatever the answers."""


@dataclass(frozen=True, slots=True)
class Indicator:
    """One screening question: its code, the section it calls for, its group and its wording."""

    code: str
    section: Section
    group: str
    question: str


def _i(code: str, section: Section, group: str, question: str) -> Indicator:
    return Indicator(code, section, group, question)


_OFF, _CH, _SELF, _CUS = Section.OFFENDING, Section.CHILDREN, Section.SELF, Section.CUSTODY
_CURRENT = "Current or previous offences"
_BEHAVIOUR = "Behaviour"

# The table order is the order of the reasons (DESIGN.md section 4); do not re-order.
INDICATORS: Final[tuple[Indicator, ...]] = (
    _i("murder", _OFF, _CURRENT, "Murder, attempted murder, threat or conspiracy to murder, or manslaughter"),
    _i("wounding", _OFF, _CURRENT, "Wounding or grievous bodily harm (section 18 or 20)"),
    _i("kidnap", _OFF, _CURRENT, "Kidnapping, false imprisonment or hostage taking"),
    _i("firearms", _OFF, _CURRENT, "Possession of a firearm with intent to endanger life or resist arrest"),
    _i("robbery", _OFF, _CURRENT, "Robbery"),
    _i("aggravated_burglary", _OFF, _CURRENT, "Aggravated burglary"),
    _i("arson", _OFF, _CURRENT, "Arson or criminal damage with intent to endanger life"),
    _i("weapons", _OFF, _CURRENT, "Any offence involving possession or use of a weapon"),
    _i("sexual_child", _OFF, _CURRENT, "Any sexual offence against a child"),
    _i("sexual_serious", _OFF, _CURRENT, "Rape, assault by penetration or another serious sexual offence"),
    _i("racially_aggravated", _OFF, _CURRENT, "A racially or religiously aggravated offence"),
    _i("offence_in_custody", _OFF, _CURRENT, "An offence committed in custody"),
    _i("other_serious", _OFF, _CURRENT, "Any other offence that caused or risked serious harm"),
    _i("assault_threat", _OFF, _BEHAVIOUR, "Assaults or threats of violence (charged or not)"),
    _i("domestic_abuse", _OFF, _BEHAVIOUR, "Domestic abuse, as perpetrator"),
    _i("hate_behaviour", _OFF, _BEHAVIOUR, "Racist or other hate-motivated behaviour"),
    _i("previous_high_rosh", _OFF, _BEHAVIOUR, "Assessed as High or Very High risk of harm before"),
    _i("stalking", _OFF, _BEHAVIOUR, "Stalking or harassment"),
    _i("custody_offence_related", _OFF, _BEHAVIOUR, "Behaviour in custody like the offending"),
    _i("custody_links", _OFF, _BEHAVIOUR, "Links in custody with people or groups that raise the risk"),
    _i(
        "protective_order",
        _OFF,
        "Civil or protective orders",
        "A restraining or other protective order",
    ),
    _i("children_wellbeing", _CH, "Children", "Concerns about the wellbeing or safety of children"),
    _i("children_identifiable", _CH, "Children", "Identifiable children at risk of harm from him or her"),
    _i("suicide", _SELF, "Risk to self", "Current or previous concerns about suicide"),
    _i("self_harm", _SELF, "Risk to self", "Current or previous self-harm"),
    _i("coping_custody", _SELF, "Risk to self", "Concerns about coping in custody or a hostel"),
    _i(
        "vulnerability",
        _SELF,
        "Risk to self",
        "Vulnerable: bullied, exploited or at risk from others",
    ),
    _i("escape", _CUS, "Custody", "Escape or abscond, or a plan to"),
    _i("control_disruption", _CUS, "Custody", "Control problems or disruptive behaviour"),
    _i("breach_of_trust", _CUS, "Custody", "Breach of trust (conditioning staff, trafficking)"),
    _i("risk_to_prisoners", _CUS, "Custody", "Risk to other prisoners"),
)

INDICATOR_CODES: Final[tuple[str, ...]] = tuple(i.code for i in INDICATORS)
_BY_CODE: Final = {i.code: i for i in INDICATORS}


def indicator(code: str) -> Indicator:
    """The indicator called ``code``; ``KeyError`` for an unknown code."""
    return _BY_CODE[code]


@dataclass(frozen=True, slots=True)
class ScreeningDecision:
    """Whether a full analysis is required, why (codes, then ``"assessor"``), and which of its sections.

    ``answered_yes`` holds the reasons that were answered yes (the others were not known), so the
    screen can say which is which.
    """

    required: bool
    reasons: tuple[str, ...]
    sections: tuple[Section, ...]
    answered_yes: tuple[str, ...] = ()

    def explanation(self) -> str:
        """One sentence a supervisor can read: what is needed and why."""
        if not self.required:
            return "No full analysis needed: every indicator is answered No."
        unknown = [r for r in self.reasons if r != ASSESSOR and r not in self.answered_yes]
        parts: list[str] = []
        if self.answered_yes:
            parts.append(f"yes to {_count(len(self.answered_yes), 'indicator')}")
        if unknown:
            parts.append(f"{_count(len(unknown), 'indicator')} not known")
        if ASSESSOR in self.reasons:
            parts.append("the assessor asked for one")
        sections = ", ".join(s.label.lower() for s in self.sections)
        return f"Full analysis required ({'; '.join(parts)}): {sections}."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _answer(value: object) -> Answer:
    """An answer from a plain string or an ``Answer``; anything else (None, "", unknown words) is unknown."""
    if isinstance(value, str):
        try:
            return Answer(value.strip().lower())
        except ValueError:
            return Answer.UNKNOWN
    return Answer.UNKNOWN


def full_analysis_required(
    answers: Mapping[str, object], assessor_requests: bool = False
) -> ScreeningDecision:
    """The screening decision (DESIGN.md section 4).

    ``answers`` maps indicator code to ``"yes"``/``"no"``/``"unknown"`` (or an ``Answer``); an indicator
    not answered counts as unknown. Codes not in the table are ignored. Reasons: the yes codes in table
    order, then the unknown codes in table order, then ``"assessor"``. Sections: those of the yes and
    unknown codes, in the order offending, children, self, custody; an assessor's request needs at least
    offending.
    """
    given = {code: _answer(answers.get(code)) for code in INDICATOR_CODES}
    yes = tuple(c for c in INDICATOR_CODES if given[c] is Answer.YES)
    unknown = tuple(c for c in INDICATOR_CODES if given[c] is Answer.UNKNOWN)
    reasons = yes + unknown + ((ASSESSOR,) if assessor_requests else ())
    wanted = {_BY_CODE[c].section for c in yes + unknown}
    if assessor_requests:
        wanted.add(Section.OFFENDING)
    sections = tuple(s for s in Section if s in wanted)
    return ScreeningDecision(bool(reasons), reasons, sections, yes)


# -- levels ------------------------------------------------------------------------------------------


class Group(StrEnum):
    """Who may be at risk (OASys R10): the groups a full analysis gives a level for."""

    CHILDREN = "children"
    PUBLIC = "public"
    KNOWN_ADULT = "known_adult"
    STAFF = "staff"
    PRISONERS = "prisoners"

    @property
    def label(self) -> str:
        """The group's name on screen and in print."""
        return _GROUP_LABELS[self]


_GROUP_LABELS: Final = {
    Group.CHILDREN: "Children",
    Group.PUBLIC: "Public",
    Group.KNOWN_ADULT: "Known adult",
    Group.STAFF: "Staff",
    Group.PRISONERS: "Prisoners",
}

CUSTODY_GROUPS: Final[tuple[Group, ...]] = (
    Group.CHILDREN,
    Group.PUBLIC,
    Group.KNOWN_ADULT,
    Group.STAFF,
    Group.PRISONERS,
)
COMMUNITY_GROUPS: Final[tuple[Group, ...]] = (Group.CHILDREN, Group.PUBLIC, Group.KNOWN_ADULT, Group.STAFF)
"""Prisoners are a group in custody only."""


def _level(value: object) -> RoshLevel | None:
    if value is None or value == "":
        return None
    if isinstance(value, RoshLevel):
        return value
    if isinstance(value, str):
        try:
            return RoshLevel(value.strip().upper())
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a risk of harm level (LOW, MEDIUM, HIGH or VERY_HIGH)")


def overall_level(custody: Mapping[str, object], community: Mapping[str, object]) -> RoshLevel | None:
    """The highest level set for any group, in custody or in the community; None when none is set.

    Values are level strings (``"LOW"`` … ``"VERY_HIGH"``, a ``RoshLevel`` works the same) or None.
    A value that is not a level raises ``ValueError`` rather than being ignored: a mistyped level must
    never lower the overall risk.
    """
    levels = [lv for lv in (_level(v) for v in (*custody.values(), *community.values())) if lv is not None]
    return max(levels, key=lambda lv: lv.rank) if levels else None


def at_or_above(level: RoshLevel | str | None, threshold: RoshLevel | str) -> bool:
    """Whether ``level`` is at or above ``threshold`` (no level is never at or above anything)."""
    lv = _level(level)
    return lv is not None and lv.rank >= RoshLevel(threshold).rank


def rmp_required(level: RoshLevel | str | None, required_from: RoshLevel | str = RoshLevel.HIGH) -> bool:
    """Whether a risk management plan is required at this overall level (policy ``rmp_required_from``)."""
    return at_or_above(level, required_from)


def countersign_required(level: RoshLevel | str | None, child_protection_concerns: bool = False) -> bool:
    """Whether a screening, analysis or plan needs a manager's countersignature (seed 4.9).

    At High or Very High, or whenever there are child-protection concerns.
    """
    return child_protection_concerns or at_or_above(level, RoshLevel.HIGH)


def codes_in_section(section: Section) -> tuple[str, ...]:
    """The indicator codes that call for ``section``, in table order."""
    return tuple(i.code for i in INDICATORS if i.section is section)


def unknown_codes(codes: Iterable[str]) -> tuple[str, ...]:
    """Any of ``codes`` that are not indicator codes (for validating stored or pushed answers)."""
    return tuple(c for c in codes if c not in _BY_CODE)


# -- screening countersignature and boiler-plate (issue 8 points 2, 3 and 6) -----------------------

CHILD_PROTECTION_CODES: Final[tuple[str, ...]] = ("children_wellbeing", "children_identifiable")
"""Indicators whose ``yes`` is a child-protection concern on a screening."""


def screening_countersign_reasons(answers: Mapping[str, object]) -> tuple[str, ...]:
    """Why a signed screening needs a manager's countersignature (empty: it does not); seed 4.9.

    A screening has no level yet, so it stands in for :func:`countersign_required` with what it knows:
    a yes on a children indicator is a child-protection concern, and a yes to ``previous_high_rosh``
    means the prisoner has been High or Very High before.
    """
    reasons: list[str] = []
    if any(_answer(answers.get(c)) is Answer.YES for c in CHILD_PROTECTION_CODES):
        reasons.append("child-protection concerns (a yes on a children indicator)")
    if _answer(answers.get("previous_high_rosh")) is Answer.YES:
        reasons.append("assessed as High or Very High risk of harm before")
    return tuple(reasons)


# Stock phrases that stand in for analysis (seed 3.10: full analyses insufficient in a quarter of cases).
_BOILERPLATE: Final[tuple[str, ...]] = (
    "see previous",
    "as previous",
    "as before",
    "as per previous",
    "no change",
    "no changes",
    "see above",
    "see oasys",
    "see file",
    "nothing to add",
    "not applicable",
    "n/a",
    "as above",
)


def boilerplate_problem(text: str) -> str | None:
    """Why ``text`` reads as boiler-plate rather than analysis, or None (a warning, never a refusal).

    Empty text is not boiler-plate (whether it is required is another rule). Text that is only a stock
    phrase ("see previous", "no change", "n/a"…) or shorter than four words is.
    """
    words = text.strip().lower().rstrip(".!").split()
    if not words:
        return None
    plain = " ".join(words)
    if plain in _BOILERPLATE or any(plain.startswith(p + " ") and len(words) < 8 for p in _BOILERPLATE):
        return f'"{text.strip()[:40]}" is a stock phrase, not an analysis'
    if len(words) < 4:
        return f'"{text.strip()[:40]}" is too short to analyse anything'
    return None
