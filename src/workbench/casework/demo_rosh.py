"""Synthetic risk-of-harm work for the demo caseload (issue 8 points 2, 3, 6 and 7).

For each demo prisoner with a RoSH level (the level reception recorded, which the demo assessment's
tier also uses): usually a signed screening — all No for some Low cases, yes or don't-know answers for
the rest, so a full analysis is required — and, for most of those, a signed full analysis whose overall
level is that level. Work that needs a countersignature is mostly countersigned by the demo manager,
some awaits it, and one record is returned for rework with comments. Some prisoners have no screening
(overdue), some a required analysis not yet done, and a few screenings are drafts in progress. Drawn
from a ``random.Random`` seeded per prisoner, so the same seed gives the same work.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from workbench.domain.enums import RoshLevel
from workbench.domain.rosh import (
    COMMUNITY_GROUPS,
    CUSTODY_GROUPS,
    INDICATOR_CODES,
    countersign_required,
    full_analysis_required,
    screening_countersign_reasons,
)
from workbench.store.ids import new_id
from workbench.store.rosh_models import (
    COMPLETED,
    DRAFT,
    CompletedRoshAnalysis,
    CompletedRoshScreening,
    Countersignature,
    RoshScreeningDraft,
)
from workbench.store.unit_of_work import UnitOfWork

Person = tuple[str, str]  # (user id, display name)

ROSH_DEMO_ENTITIES: Final = frozenset(
    {"rosh_screening", "rosh_screening_draft", "rosh_analysis", "countersignature"}
)

_YES_BY_LEVEL: Final[dict[RoshLevel, tuple[str, ...]]] = {
    RoshLevel.LOW: ("assault_threat", "self_harm", "coping_custody"),
    RoshLevel.MEDIUM: ("wounding", "assault_threat", "domestic_abuse", "weapons", "robbery"),
    RoshLevel.HIGH: (
        "wounding",
        "weapons",
        "domestic_abuse",
        "stalking",
        "previous_high_rosh",
        "children_wellbeing",
    ),
    RoshLevel.VERY_HIGH: (
        "murder",
        "sexual_serious",
        "kidnap",
        "previous_high_rosh",
        "children_identifiable",
    ),
}
_SOURCES: Final = (
    "Interview on the wing; PNC; pre-sentence report; CPS case summary.",
    "Interview; police intelligence summary; previous OASys; probation file.",
    "Interview; PNC; judge's sentencing remarks; children's services (duty social worker).",
)
_TEXTS: Final[tuple[dict[str, str], ...]] = (
    {
        "previous_offending": "Three convictions for violence since 2016, two against partners; more serious "
        "each time, and each when drinking.",
        "current_offending": "Actual bodily harm on a former partner at her home after an argument about "
        "contact with their son; accepts being drunk, minimises the injuries.",
        "who_is_at_risk": "The former partner (named in the file); future partners; police when arresting.",
        "nature_of_risk": "Violence causing injury; threats and intimidation to control a partner.",
        "when_risk_greatest": "When drinking, when a relationship ends, around child contact.",
        "increases_risk": "Alcohol, jealousy, losing accommodation, contact with the former partner.",
        "decreases_risk": "Sobriety, stable housing with family, work, engagement with programmes.",
        "protective_factors": "Close to a parent and a sister; steady work as a labourer before custody.",
        "risk_to_children": "The child (6) saw an earlier incident; children's services know the family.",
        "risk_to_self": "Self-harm once on remand in 2023; no ACCT since; copes by keeping busy.",
        "custody_risks": "Adjudicated for fighting in 2024; no escape history; no trafficking concerns.",
    },
    {
        "previous_offending": "Street robberies and thefts from 2018, with a knife shown twice; offending to "
        "fund crack cocaine use.",
        "current_offending": "Robbery of a delivery rider at knifepoint with a co-defendant; no injury; says "
        "it was to pay a drug debt.",
        "who_is_at_risk": "Members of the public, lone workers at night; rival dealers in the area.",
        "nature_of_risk": "Threats with a knife; a risk of serious injury if a victim resists.",
        "when_risk_greatest": "When using crack and in debt; in the company of the co-defendant.",
        "increases_risk": "Drug debt, carrying a knife, unemployment, return to the same estate.",
        "decreases_risk": "Abstinence, moving away from the area, work, mentoring.",
        "protective_factors": "Wants drug treatment; a grandparent offers a home away from the area.",
        "risk_to_children": "No children at risk identified; children's services checked, no record.",
        "risk_to_self": "Low mood on reception; seen by mental health in-reach; no self-harm.",
        "custody_risks": "Debts on the wing; at risk from, and of pressuring, other prisoners.",
    },
)
_GROUP_EVIDENCE: Final = "Offence history (PNC), the current offence and interview, November 2026."


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(9 + rng.randrange(8), rng.randrange(60)))


def _levels(level: RoshLevel, rng: random.Random) -> dict[str, Any]:
    """Column values for every group: one group at ``level``, the others at or below it."""
    ranked = [lv for lv in RoshLevel if lv.rank <= level.rank]
    keys = [f"custody_{g.value}" for g in CUSTODY_GROUPS] + [f"community_{g.value}" for g in COMMUNITY_GROUPS]
    values = {k: rng.choice(ranked).value for k in keys}
    values[rng.choice(keys[-4:])] = level.value  # the community is where the highest risk usually lies
    return values


def write_rosh_demo(
    uow: UnitOfWork,
    prisoner_rows: Sequence[Mapping[str, Any]],
    supervisors: Sequence[Person],
    manager: Person,
    today: date,
    seed: int,
) -> None:
    """Add the chunk's screenings, analyses, drafts and countersignatures (see the module docstring)."""
    screenings: list[dict[str, Any]] = []
    analyses: list[dict[str, Any]] = []
    drafts: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    returned_one = False
    for p in prisoner_rows:
        rng = random.Random(f"{seed}-rosh-{p['noms_number']}")
        level = RoshLevel(p["rosh_level"]) if p.get("rosh_level") else None
        if level is None or rng.random() < 0.12 or not supervisors:
            continue  # no screening yet: overdue on the tab
        author = supervisors[rng.randrange(len(supervisors))]
        answers = dict.fromkeys(INDICATOR_CODES, "no")
        if level is not RoshLevel.LOW or rng.random() < 0.4:
            for code in rng.sample(_YES_BY_LEVEL[level], k=min(3, len(_YES_BY_LEVEL[level]))):
                answers[code] = "yes"
            if rng.random() < 0.3:
                answers[rng.choice(INDICATOR_CODES)] = "unknown"  # not known at reception
        decision = full_analysis_required(answers)
        screened_on = min(today, p["arrived_on"] + timedelta(days=1 + rng.randrange(4)))
        common = {"prisoner_id": p["id"], "author_id": author[0], "author_name": author[1]}
        screening = {
            **common,
            "answers": json.dumps(answers, sort_keys=True),
            "sources": rng.choice(_SOURCES),
            "analysis_required": decision.required,
            "reasons": json.dumps(list(decision.reasons)),
            "sections": json.dumps([s.value for s in decision.sections]),
        }
        if rng.random() < 0.05:  # started, not yet signed
            drafts.append({**screening, "status": DRAFT})
            continue
        sid = new_id()
        needs_cs = bool(screening_countersign_reasons(answers))
        screenings.append(
            {
                **screening,
                "id": sid,
                "status": COMPLETED,
                "countersign_required": needs_cs,
                "completed_at": _at(screened_on, rng),
                "signed_by_id": author[0],
                "signed_by_name": author[1],
            }
        )
        records = [("rosh_screening", sid, needs_cs, screened_on)]
        if decision.required and rng.random() < 0.85:
            analysed_on = min(today, screened_on + timedelta(days=3 + rng.randrange(12)))
            cp = answers["children_identifiable"] == "yes" or answers["children_wellbeing"] == "yes"
            needs = countersign_required(level, cp)
            aid = new_id()
            analyses.append(
                {
                    **common,
                    **rng.choice(_TEXTS),
                    **_levels(level, rng),
                    "id": aid,
                    "status": COMPLETED,
                    "screening_id": sid,
                    "sections": screening["sections"],
                    "level_evidence": json.dumps(
                        {
                            f"{w}.{g.value}": _GROUP_EVIDENCE
                            for w, gs in (("custody", CUSTODY_GROUPS), ("community", COMMUNITY_GROUPS))
                            for g in gs
                        }
                    ),
                    "overall_level": level.value,
                    "child_protection_concerns": cp,
                    "countersign_required": needs,
                    "completed_at": _at(analysed_on, rng),
                    "signed_by_id": author[0],
                    "signed_by_name": author[1],
                }
            )
            records.append(("rosh_analysis", aid, needs, analysed_on))
        for entity, rid, needs_cs, signed_on in records:
            if not needs_cs:
                continue
            draw = rng.random()
            recent = (today - signed_on).days <= 60  # older work has long since been decided
            returned = recent and not returned_one  # one record returned for rework, recently
            if draw < 0.4 and recent and not returned:
                continue  # awaiting countersignature
            returned_one = returned_one or returned
            decisions.append(
                {
                    "prisoner_id": p["id"],
                    "record_entity": entity,
                    "record_id": rid,
                    "decision": "RETURNED" if returned else "COUNTERSIGNED",
                    "comments": (
                        "Say which sources you used for the children indicators and whether children's "
                        "services were asked; then sign again."
                        if returned
                        else ""
                    ),
                    "manager_id": manager[0],
                    "manager_name": manager[1],
                    "decided_at": _at(min(today, signed_on + timedelta(days=1 + rng.randrange(5))), rng),
                }
            )
    uow.add_many(CompletedRoshScreening, screenings, "rosh_screening.signed")
    uow.add_many(RoshScreeningDraft, drafts, "rosh_screening.draft_started", author_column="author_id")
    uow.add_many(CompletedRoshAnalysis, analyses, "rosh_analysis.signed")
    uow.add_many(Countersignature, decisions, "countersignature.decided")
