"""The risk management plan's rules, and what children, victims and MAPPA require of it (issue 8).

Seed 3.11: risk management plans were sufficient in only 56% of cases — roles unclear in 27%, planned
responses unclear in 37%, not shared with all relevant parties in 40%. Seed 3.12: a child-protection
objective in only half of the cases that needed one. Seed 4.8: victim safety under-prioritised in a
third. So every measure names a role, a person, a planned response and a date; the screen shows what
is missing per measure; signing needs a measure in each category or a reason why there is none; and
child concerns and identifiable victims raise items the plan must answer (DESIGN.md section 4,
"Quality checks").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final


class MeasureCategory(StrEnum):
    """The five headings of a risk management plan, in the order the plan lists them."""

    SUPERVISION = "supervision"
    MONITORING = "monitoring"
    INTERVENTIONS = "interventions"
    VICTIM_SAFETY = "victim_safety"
    CONTINGENCY = "contingency"

    @property
    def label(self) -> str:
        """The heading on screen and in print."""
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS: Final = {
    MeasureCategory.SUPERVISION: "Supervision",
    MeasureCategory.MONITORING: "Monitoring and control",
    MeasureCategory.INTERVENTIONS: "Interventions and treatment",
    MeasureCategory.VICTIM_SAFETY: "Victim safety planning",
    MeasureCategory.CONTINGENCY: "Contingency",
}


class Party(StrEnum):
    """Who a signed plan is shared with (seed 3.11), in the order the distribution list shows them."""

    WING = "WING"
    SECURITY = "SECURITY"
    HEALTHCARE = "HEALTHCARE"
    EDUCATION = "EDUCATION"
    PROGRAMMES = "PROGRAMMES"
    COMMUNITY_OFFENDER_MANAGER = "COMMUNITY_OFFENDER_MANAGER"
    OTHER = "OTHER"

    @property
    def label(self) -> str:
        """The party's name on screen."""
        return _PARTY_LABELS[self]


_PARTY_LABELS: Final = {
    Party.WING: "Wing",
    Party.SECURITY: "Security",
    Party.HEALTHCARE: "Healthcare",
    Party.EDUCATION: "Education",
    Party.PROGRAMMES: "Programmes",
    Party.COMMUNITY_OFFENDER_MANAGER: "Community offender manager",
    Party.OTHER: "Other",
}

MAX_MEASURE_TEXT: Final = 2_000
"""The longest text one field of a measure may hold (a plan is signed whole; keep it readable)."""


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure of the plan: what, who (role and named person), the planned response and by when.

    ``restricted`` marks public-protection detail only roles allowed to see it may read.
    """

    category: MeasureCategory
    measure: str = ""
    role: str = ""
    named_person: str = ""
    response: str = ""
    by_when: date | None = None
    restricted: bool = False

    def gaps(self) -> tuple[str, ...]:
        """What is missing, as words a supervisor reads ("role", "planned response" ...), in form order."""
        missing = [
            word
            for word, value in (
                ("the measure", self.measure),
                ("role", self.role),
                ("named person", self.named_person),
                ("planned response", self.response),
            )
            if not value.strip()
        ]
        if self.by_when is None:
            missing.append("by when")
        return tuple(missing)

    @property
    def is_complete(self) -> bool:
        """Whether every part of the measure is filled in."""
        return not self.gaps()


class RequiredItem(StrEnum):
    """What a case's children, victims and MAPPA status require of the plan (the next issue's quality
    rules check them; seed 3.12, 4.8)."""

    CHILD_PROTECTION_OBJECTIVE = "child_protection_objective"
    CHILD_CONTACT_MEASURES = "child_contact_measures"
    VICTIM_SAFETY_PLANNING = "victim_safety_planning"
    VICTIM_LIAISON = "victim_liaison"
    MAPPA_REVIEW = "mappa_review"

    @property
    def label(self) -> str:
        """One sentence saying what is required."""
        return _REQUIRED_LABELS[self]


_REQUIRED_LABELS: Final = {
    RequiredItem.CHILD_PROTECTION_OBJECTIVE: "A child-protection objective is required in the sentence plan.",
    RequiredItem.CHILD_CONTACT_MEASURES: (
        "In-prison child-protection measures (visits, phone, mail) must be recorded."
    ),
    RequiredItem.VICTIM_SAFETY_PLANNING: "Victim safety planning is required in the risk management plan.",
    RequiredItem.VICTIM_LIAISON: "A victim liaison contact must be recorded.",
    RequiredItem.MAPPA_REVIEW: "The MAPPA status needs a next review date.",
}


@dataclass(frozen=True, slots=True)
class PeopleFacts:
    """What is known of the children at risk, the victims and MAPPA, for ``required_items``."""

    children_at_risk: int = 0
    child_protection_concerns: int = 0  # children with a child-protection status (plan, order, enquiry)
    children_without_measures: int = 0  # of those, how many have no in-prison measure recorded
    identifiable_victims: int = 0
    victims_without_liaison: int = 0
    mappa_level: int | None = None
    mappa_next_review: date | None = None


def required_items(facts: PeopleFacts) -> tuple[tuple[RequiredItem, str], ...]:
    """The items the case's children, victims and MAPPA status require, each with the reason.

    - a child-protection concern → a child-protection objective (seed 3.12) and in-prison measures
      for each such child;
    - an identifiable victim → victim safety planning in the risk management plan (seed 4.8) and a
      victim liaison contact;
    - a MAPPA level → a next review date.
    """
    out: list[tuple[RequiredItem, str]] = []
    if facts.child_protection_concerns:
        n = facts.child_protection_concerns
        out.append(
            (RequiredItem.CHILD_PROTECTION_OBJECTIVE, f"{_count(n, 'child')} with a child-protection concern")
        )
        if facts.children_without_measures:
            m = facts.children_without_measures
            out.append(
                (RequiredItem.CHILD_CONTACT_MEASURES, f"{_count(m, 'child')} with no measure recorded")
            )
    if facts.identifiable_victims:
        n = facts.identifiable_victims
        out.append((RequiredItem.VICTIM_SAFETY_PLANNING, f"{_count(n, 'identifiable victim')}"))
        if facts.victims_without_liaison:
            m = facts.victims_without_liaison
            out.append((RequiredItem.VICTIM_LIAISON, f"{_count(m, 'victim')} without a liaison contact"))
    if facts.mappa_level is not None and facts.mappa_next_review is None:
        out.append((RequiredItem.MAPPA_REVIEW, f"MAPPA level {facts.mappa_level} with no review date"))
    return tuple(out)


def _count(n: int, noun: str) -> str:
    plural = "children" if noun == "child" else f"{noun}s"
    return f"1 {noun}" if n == 1 else f"{n} {plural}"


def signing_problems(
    measures: Sequence[Measure],
    category_notes: Mapping[str, str],
    review_date: date | None,
    today: date,
    required: Sequence[RequiredItem] = (),
) -> list[tuple[str, str]]:
    """Every reason the plan cannot be signed yet, as ``(field, message)`` pairs (seed 3.11).

    Each category needs at least one measure, or a note saying why it has none (victim safety needs a
    measure when there is an identifiable victim: a note cannot stand in for it, seed 4.8); every
    measure must be complete; the review date must be set and not in the past.
    """
    problems: list[tuple[str, str]] = []
    for category in MeasureCategory:
        has = [m for m in measures if m.category is category]
        note = category_notes.get(category.value, "").strip()
        if category is MeasureCategory.VICTIM_SAFETY and RequiredItem.VICTIM_SAFETY_PLANNING in required:
            if not has:
                problems.append(
                    (
                        category.value,
                        "Victim safety planning needs at least one measure: there is an identifiable victim.",
                    )
                )
            continue
        if not has and not note:
            problems.append(
                (category.value, f"{category.label}: add a measure, or say why this plan has none.")
            )
    for n, m in enumerate(measures, start=1):
        gaps = m.gaps()
        if gaps:
            problems.append(
                (f"measure.{n}", f"Measure {n} ({m.category.label}) is missing {', '.join(gaps)}.")
            )
    if review_date is None:
        problems.append(("review_date", "Set the date the plan will be reviewed."))
    elif review_date < today:
        problems.append(("review_date", "The review date is in the past."))
    return problems
