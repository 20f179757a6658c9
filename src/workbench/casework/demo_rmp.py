"""Synthetic risk management plans, MAPPA statuses, children at risk and victims for the demo profile.

Issue 8 point 7: so every screen shows something real. For the High and Very High demo prisoners:
most have a signed plan (countersigned by the manager, one in a few still awaiting countersignature),
shared with some or all parties; some have only a draft with gaps; some have none (seed 3.11: plans
sufficient in 56%). Very High and some High cases are MAPPA-managed; children at risk and identifiable
victims where plausible. Every name is invented; each case draws from its own random stream (seeded by
its NOMS number), so the same demo run gives the same content.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from workbench.casework.demo_draw import DrawnCase
from workbench.casework.rmp import measures_to_json
from workbench.domain.enums import RoshLevel
from workbench.domain.rmp import Measure, MeasureCategory, Party
from workbench.store.child_victim_models import ChildConcern, Victim
from workbench.store.ids import new_id
from workbench.store.rosh_models import (
    CompletedRiskManagementPlan,
    Countersignature,
    MappaStatus,
    RiskManagementPlanDraft,
    RmpDistribution,
)
from workbench.store.unit_of_work import UnitOfWork

ENTITIES = frozenset(
    {
        "risk_management_plan",
        "risk_management_plan_draft",
        "rmp_distribution",
        "mappa_status",
        "countersignature",
        "child_concern",
        "victim",
    }
)

_MEASURES: dict[MeasureCategory, tuple[tuple[str, str, str], ...]] = {
    MeasureCategory.SUPERVISION: (
        (
            "Fortnightly one-to-one supervision",
            "Offender supervisor",
            "Discuss triggers; record in the contact log",
        ),
        ("Weekly key-work session", "Personal officer", "Report any change in mood to the OS the same day"),
    ),
    MeasureCategory.MONITORING: (
        ("Phone and mail monitoring", "Security", "Intelligence report to the OMU within 24 hours"),
        ("Non-association with named prisoners", "Wing manager", "Move cells at once if placed together"),
    ),
    MeasureCategory.INTERVENTIONS: (
        ("Thinking Skills Programme assessment", "Programmes", "Refer for the next cohort if suitable"),
        ("Substance misuse one-to-one work", "Substance misuse team", "Review at the next board"),
    ),
    MeasureCategory.VICTIM_SAFETY: (
        (
            "No contact with the victim by phone or mail",
            "Security",
            "Block the number; stop and report any letter",
        ),
        (
            "Exclusion zone proposed for licence",
            "Community offender manager",
            "Agree with the victim liaison unit",
        ),
    ),
    MeasureCategory.CONTINGENCY: (
        ("Contact with the victim attempted", "Offender supervisor", "Convene a risk meeting within 2 days"),
        ("Threats made on the wing", "Wing manager", "Segregation review and police referral"),
    ),
}
_PEOPLE = ("J. Okafor", "R. Patel", "S. Murray", "L. Evans", "K. Nowak", "D. Hughes")
_CHILDREN = (("Daughter, 6", "Daughter"), ("Son, 9", "Son"), ("Stepdaughter, 12", "Stepdaughter"))
_VICTIMS = (("Former partner", "Ex-partner"), ("Shop worker", "Stranger"), ("Neighbour", "Neighbour"))


class _Person(Protocol):
    @property
    def user_id(self) -> str: ...

    @property
    def display_name(self) -> str: ...


def add_rmp_demo(
    uow: UnitOfWork,
    cases: Sequence[tuple[str, DrawnCase]],
    supervisors: Sequence[_Person],
    manager: _Person,
    today: date,
) -> None:
    """Write the plan, MAPPA, children and victim rows for the chunk's High and Very High cases.

    ``cases`` pairs each prisoner id with its drawn case; the case's current offender supervisor (from
    the ``supervisors`` pool; the manager when there is none) writes the plan, the manager countersigns.
    """
    rows: dict[type[Any], list[dict[str, Any]]] = {
        m: []
        for m in (
            CompletedRiskManagementPlan,
            RiskManagementPlanDraft,
            RmpDistribution,
            Countersignature,
            MappaStatus,
            ChildConcern,
            Victim,
        )
    }
    for pid, c in cases:
        if c.rosh not in (RoshLevel.HIGH, RoshLevel.VERY_HIGH) or c.sentence_date is None:
            continue
        rng = random.Random(f"rmp:{c.noms}")
        spell = c.os_spells[-1] if c.os_spells else None
        author = supervisors[spell.staff] if spell is not None and spell.staff < len(supervisors) else manager
        _people(rng, rows, pid, c, author.display_name, today)
        signed_on = c.received_on + timedelta(days=rng.randint(20, 45))
        chance = rng.random()
        if chance < 0.2 or signed_on >= today:
            continue  # no plan yet: the caseload shows it due or overdue
        victim = any(r["prisoner_id"] == pid for r in rows[Victim])
        if chance < 0.35:  # a draft with gaps, not yet signed
            measures = _measures(rng, victim, gaps=True)
            rows[RiskManagementPlanDraft].append(
                _plan(pid, c, author, measures, None, status="DRAFT", countersign=False)
            )
            continue
        completed_at = datetime.combine(signed_on, time(11, 30))
        plan_id = new_id()
        measures = _measures(rng, victim, gaps=False)
        review = signed_on + timedelta(days=rng.choice((91, 182, 182, 365)))
        plan = _plan(pid, c, author, measures, review, status="COMPLETED", countersign=True)
        plan.update(
            id=plan_id,
            completed_at=completed_at,
            signed_by_id=author.user_id,
            signed_by_name=author.display_name,
        )
        rows[CompletedRiskManagementPlan].append(plan)
        if chance > 0.5:  # countersigned (the rest are awaiting countersignature)
            rows[Countersignature].append(
                {
                    "prisoner_id": pid,
                    "record_entity": "risk_management_plan",
                    "record_id": plan_id,
                    "decision": "COUNTERSIGNED",
                    "comments": "",
                    "manager_id": manager.user_id,
                    "manager_name": manager.display_name,
                    "decided_at": completed_at + timedelta(days=rng.randint(1, 6)),
                }
            )
        everyone = chance > 0.6  # seed 3.11: 40% not shared with all parties
        for party in (Party.WING, Party.SECURITY, Party.HEALTHCARE, Party.COMMUNITY_OFFENDER_MANAGER):
            shared = signed_on + timedelta(days=1) if everyone or rng.random() < 0.5 else None
            acknowledged = (
                shared + timedelta(days=rng.randint(0, 5)) if shared and rng.random() < 0.8 else None
            )
            if acknowledged is not None and acknowledged > today:
                acknowledged = None
            rows[RmpDistribution].append(
                {
                    "prisoner_id": pid,
                    "plan_id": plan_id,
                    "party": party.value,
                    "party_name": "",
                    "shared_on": shared,
                    "acknowledged_on": acknowledged,
                    "acknowledged_by": rng.choice(_PEOPLE) if acknowledged else None,
                }
            )
    uow.add_many(
        CompletedRiskManagementPlan, rows[CompletedRiskManagementPlan], "risk_management_plan.signed"
    )
    uow.add_many(
        RiskManagementPlanDraft,
        rows[RiskManagementPlanDraft],
        "risk_management_plan.draft_started",
        author_column="author_id",  # a draft is taken only from its owner
    )
    uow.add_many(RmpDistribution, rows[RmpDistribution], "rmp_distribution.added")
    uow.add_many(Countersignature, rows[Countersignature], "countersignature.recorded")
    uow.add_many(MappaStatus, rows[MappaStatus], "mappa_status.recorded")
    uow.add_many(ChildConcern, rows[ChildConcern], "child_concern.recorded")
    uow.add_many(Victim, rows[Victim], "victim.recorded")


def _people(
    rng: random.Random,
    rows: dict[type[Any], list[dict[str, Any]]],
    pid: str,
    c: DrawnCase,
    by: str,
    today: date,
) -> None:
    # The MAPPA status is the tier's MAPPA input (issue 8), so a case with a signed demo assessment gets
    # the level that assessment was signed with, and none when it was signed without MAPPA.
    drawn = c.assessment.mappa_level if c.assessment is not None else None
    if c.assessment is None and (c.rosh is RoshLevel.VERY_HIGH or rng.random() < 0.3):
        drawn = 2 if c.rosh is RoshLevel.VERY_HIGH and rng.random() < 0.6 else 1
    if drawn is not None:
        level = drawn
        last = max(c.received_on, today - timedelta(days=rng.randint(10, 80)))
        rows[MappaStatus].append(
            {
                "prisoner_id": pid,
                "category": rng.choice((1, 1, 2)),
                "level": level,
                "last_review_date": last,
                "next_review_date": None if rng.random() < 0.15 else last + timedelta(days=91),
                "notes": "Reviewed at the local MAPPA meeting.",
                "recorded_by": by,
            }
        )
    if rng.random() < 0.25:
        child, relationship = rng.choice(_CHILDREN)
        measures = rng.random() < 0.6
        rows[ChildConcern].append(
            {
                "prisoner_id": pid,
                "child": child,
                "relationship": relationship,
                "contact": "Letters through the mother; no visits since sentence.",
                "known_to_childrens_services": True,
                "child_protection_status": rng.choice(("CHILD_PROTECTION_PLAN", "CHILD_IN_NEED")),
                "visits_measure": "Visits only with social services' agreement, in the family hall"
                if measures
                else "",
                "phone_measure": "Numbers approved by the OMU only" if measures else "",
                "mail_measure": "",
                "notes": "",
                "recorded_by": by,
            }
        )
    if rng.random() < 0.4:
        victim, relationship = rng.choice(_VICTIMS)
        rows[Victim].append(
            {
                "prisoner_id": pid,
                "victim": victim,
                "relationship": relationship,
                "liaison_contact": ""
                if rng.random() < 0.3
                else "Victim liaison officer, probation area office",
                "victim_awareness": rng.choice(("NONE", "PLANNED", "IN_PROGRESS", "DONE")),
                "victim_awareness_notes": "",
                "notes": "",
                "recorded_by": by,
            }
        )


def _measures(rng: random.Random, victim: bool, *, gaps: bool) -> str:
    out: list[Measure] = []
    for category, options in _MEASURES.items():
        if category is MeasureCategory.VICTIM_SAFETY and not victim and rng.random() < 0.5:
            continue  # the plan notes why (see _plan)
        text, role, response = rng.choice(options)
        out.append(
            Measure(
                category,
                text,
                role,
                rng.choice(_PEOPLE),
                response,
                date(2027, 1, 1) + timedelta(days=rng.randint(0, 300)),
                restricted=category is MeasureCategory.MONITORING and rng.random() < 0.5,
            )
        )
    if gaps:  # seed 3.11: roles unclear in 27%, responses unclear in 37%
        i = rng.randrange(len(out))
        out[i] = Measure(out[i].category, out[i].measure, "", "", "", None, out[i].restricted)
    return measures_to_json(out)


def _plan(
    pid: str,
    c: DrawnCase,
    author: _Person,
    measures: str,
    review: date | None,
    *,
    status: str,
    countersign: bool,
) -> dict[str, Any]:
    has_victim_measure = any(m["category"] == "victim_safety" for m in json.loads(measures))
    notes = {} if has_victim_measure else {"victim_safety": "No identifiable victim; covered by contingency."}
    return {
        "prisoner_id": pid,
        "status": status,
        "author_id": author.user_id,
        "author_name": author.display_name,
        "overall_level": c.rosh.value if c.rosh else None,
        "measures": measures,
        "category_notes": json.dumps(notes),
        "review_date": review,
        "countersign_required": countersign,
        "completion_warnings": "[]",
    }
