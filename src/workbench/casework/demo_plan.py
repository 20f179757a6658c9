"""Synthetic sentence plans for the demo profile (issue 9 point 6), so the quality panel has something
to show: good plans (every check green) and plans with the inspectors' typical faults (seed 3.26,
3.29, foreword) — process-only objectives ("Complete TSP"), no contact levels, an action with no owner,
a need linked to offending with no objective, no record of the prisoner's involvement, and a need set
aside because the intervention is "not run here".

Every plan is marked as demo data ("(demo)" after the author's name, and the issued version's note).
Each case draws from its own random stream (seeded by its NOMS number), so the same demo run gives the
same plans. Rows are written in bulk (``UnitOfWork.add_many``) after the chunk's assessments,
interviews, analyses, children and victims, which are read back in one query per table.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Final, Protocol

from sqlalchemy import select

from workbench.casework.demo_draw import DrawnCase
from workbench.domain.enums import RoshLevel
from workbench.domain.interview import BasicSkillsResult
from workbench.domain.needs import NeedSection
from workbench.domain.plan import RiskFactor, link_code, plan_id_for
from workbench.domain.scope import ScopeStatus
from workbench.store.child_victim_models import ChildConcern, Victim
from workbench.store.ids import new_id
from workbench.store.interview_models import SignedInterview
from workbench.store.models import CompletedLorAssessment, LorNeed
from workbench.store.plan_models import (
    InterventionRequirement,
    PlanAction,
    PlanObjective,
    PlanVersion,
    SentencePlan,
)
from workbench.store.rosh_models import CompletedRoshAnalysis
from workbench.store.unit_of_work import UnitOfWork

ENTITIES: Final = frozenset(
    {"sentence_plan", "plan_objective", "plan_action", "intervention_requirement", "plan_version"}
)

FAULTS: Final = (
    "process_only",
    "no_contact_levels",
    "no_owner",
    "need_without_objective",
    "no_involvement",
    "masked_by_availability",
)
"""The inspectors' typical faults a demo plan may carry (none: a good plan, every check green)."""

DEMO_NOTE: Final = "Demo plan (synthetic data)."


class _Person(Protocol):
    @property
    def user_id(self) -> str: ...

    @property
    def display_name(self) -> str: ...


# need or risk → (outcome, measure, department, action, owner role, intervention code, intervention name)
_Template = tuple[str, str, str, str, str, str, str]
_TEMPLATES: Final[dict[str, _Template]] = {
    link_code(NeedSection.ACCOMMODATION): (
        "To have a settled tenancy to go to on release",
        "Tenancy or supported housing confirmed before the release board",
        "RESETTLEMENT",
        "Housing needs assessment and referral to the local authority",
        "Resettlement officer",
        "RESETTLE_HOUSING",
        "Housing advice",
    ),
    link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY): (
        "To gain a qualification that helps him into work on release",
        "Course passed; a job or training place arranged before release",
        "EDUCATION",
        "Enrol on the next vocational course",
        "Education manager",
        "",
        "Vocational course (education)",
    ),
    link_code(NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME): (
        "To manage money and debts without turning to crime",
        "Debt plan agreed; bank account open before release",
        "RESETTLEMENT",
        "Debt and benefits advice session",
        "Resettlement officer",
        "RESETTLE_FINANCE",
        "Finance, benefit and debt advice",
    ),
    link_code(NeedSection.RELATIONSHIPS): (
        "To keep relationships with his family without conflict or abuse",
        "Visits without incident; partner's account at reviews",
        "PSYCHOLOGY",
        "Assess for relationship work",
        "Programmes manager",
        "BBR",
        "Building Better Relationships",
    ),
    link_code(NeedSection.LIFESTYLE_AND_ASSOCIATES): (
        "To spend his time with people who do not offend",
        "Named pro-social contacts and activities in place before release",
        "OMU",
        "Discuss associates and plan time on release at each supervision",
        "Offender supervisor",
        "",
        "",
    ),
    link_code(NeedSection.DRUG_MISUSE): (
        "To stay free of illicit drugs and manage cravings without using",
        "Negative drug tests; CARAT worker's report at each review",
        "SUBSTANCE_MISUSE",
        "CARAT assessment and one-to-one work",
        "CARAT worker",
        "SMP_BSR",
        "Building Skills for Recovery",
    ),
    link_code(NeedSection.ALCOHOL_MISUSE): (
        "To stop drinking in ways that lead to offending",
        "Drinking diary and relapse plan reviewed each month",
        "SUBSTANCE_MISUSE",
        "Alcohol one-to-one sessions",
        "CARAT worker",
        "CARAT",
        "CARAT",
    ),
    link_code(NeedSection.EMOTIONAL_WELL_BEING): (
        "To cope with low mood and stress without harming himself or others",
        "Mental health team's review; no incidents on the wing",
        "HEALTHCARE",
        "Mental health in-reach assessment",
        "Mental health nurse",
        "",
        "",
    ),
    link_code(NeedSection.THINKING_AND_BEHAVIOUR): (
        "To stop and think before acting when angry or under pressure",
        "Programme report; no proven adjudications for violence",
        "PSYCHOLOGY",
        "Assess for the Thinking Skills Programme",
        "Programmes manager",
        "TSP",
        "Thinking Skills Programme",
    ),
    link_code(NeedSection.ATTITUDES): (
        "To accept responsibility for his offending and its effect on others",
        "His account of the offence at reviews; victim awareness work completed",
        "OMU",
        "Offence-focused work in supervision",
        "Offender supervisor",
        "CHAPLAINCY_SYCAMORE",
        "Sycamore Tree",
    ),
    link_code(NeedSection.HEALTH_AND_OTHER): (
        "To manage his health so it does not stand in the way of resettlement",
        "Healthcare review; GP registered before release",
        "HEALTHCARE",
        "Healthcare review and GP registration",
        "Healthcare manager",
        "",
        "",
    ),
    link_code(RiskFactor.RISK_OF_HARM): (
        "To recognise his warning signs and use his safety plan so he does not harm others",
        "Risk management plan reviewed; no intelligence of threats",
        "OMU",
        "Monitor through the risk management plan and discuss warning signs",
        "Offender supervisor",
        "",
        "",
    ),
    link_code(RiskFactor.CHILD_PROTECTION): (
        "To keep contact with his children only in ways that keep them safe",
        "Social worker's view at reviews; contact restrictions kept",
        "OMU",
        "Liaise with children's services before any contact",
        "Offender supervisor",
        "",
        "",
    ),
    link_code(RiskFactor.VICTIM_SAFETY): (
        "To respect the victim's safety and keep to every contact restriction",
        "No attempted contact; victim liaison officer consulted before release",
        "OMU",
        "Liaise with the victim liaison officer",
        "Offender supervisor",
        "",
        "",
    ),
    link_code(RiskFactor.LEARNING): (
        "To read and write well enough to manage forms, letters and a job search",
        "Functional skills level achieved at each assessment",
        "EDUCATION",
        "Enrol on Functional Skills English",
        "Education manager",
        "ETE_LITERACY",
        "Functional Skills English",
    ),
}
_PROCESS_ONLY: Final = (
    "Complete TSP",
    "Attend education",
    "Engage with CARAT",
    "Do a victim awareness course",
)
_NAMES: Final = ("J. Okafor", "R. Patel", "S. Murray", "L. Evans", "K. Nowak", "D. Hughes", "A. Byrne")
_PHASE_OF: Final = {
    "RESETTLEMENT": "BEFORE_RELEASE",
    "EDUCATION": "NEXT",
}
_NO_NEED_FAULT: Final = {"need_without_objective": "no_involvement", "masked_by_availability": "no_owner"}
_CONTACT: Final = ("FORTNIGHTLY", "MONTHLY", "MONTHLY", "EVERY_TWO_MONTHS")
_LIAISON: Final = ("QUARTERLY", "EVERY_TWO_MONTHS", "AT_REVIEWS_ONLY")


@dataclass
class _Found:
    """What the chunk's other demo writers recorded for one prisoner, read back for the plan."""

    needs: set[str] = field(default_factory=set)
    rosh: str | None = None
    analysis_at: datetime | None = None
    child_concerns: bool = False
    victim: bool = False
    learning_need: bool = False


def _found(uow: UnitOfWork, ids: Sequence[str]) -> dict[str, _Found]:
    s = uow.session
    out: dict[str, _Found] = {pid: _Found() for pid in ids}
    a = CompletedLorAssessment.__table__.c
    n = LorNeed.__table__.c
    linked = (
        select(n.prisoner_id, n.section)
        .join(CompletedLorAssessment.__table__, a.id == n.assessment_id)
        .where(n.prisoner_id.in_(ids), n.linked_to_reoffending | n.linked_to_harm)
    )
    for pid, section in s.execute(linked):
        out[pid].needs.add(section)
    r = CompletedRoshAnalysis.__table__.c
    analyses = select(r.prisoner_id, r.overall_level, r.completed_at, r.child_protection_concerns).where(
        r.prisoner_id.in_(ids), r.status == "COMPLETED"
    )
    for pid, level, at, concerns in s.execute(analyses):
        f = out[pid]
        if f.analysis_at is None or (at is not None and at > f.analysis_at):
            f.rosh, f.analysis_at = level, at
        f.child_concerns = f.child_concerns or bool(concerns)
    c = ChildConcern.__table__.c
    for (pid,) in s.execute(
        select(c.prisoner_id).where(c.prisoner_id.in_(ids), c.child_protection_status != "NONE")
    ):
        out[pid].child_concerns = True
    v = Victim.__table__.c
    for (pid,) in s.execute(select(v.prisoner_id).where(v.prisoner_id.in_(ids))):
        out[pid].victim = True
    i = SignedInterview.__table__.c
    for pid, answers in s.execute(
        select(i.prisoner_id, i.answers).where(i.prisoner_id.in_(ids), i.status == "SIGNED")
    ):
        skills = str(json.loads(answers or "{}").get("basic_skills") or "")
        if skills in BasicSkillsResult.__members__ and BasicSkillsResult(skills).is_learning_need:
            out[pid].learning_need = True
    return out


def drawn_faults(noms: str) -> tuple[str, ...]:
    """The faults the demo plan of the prisoner with NOMS number ``noms`` is drawn with (none: a good
    plan; 45% are good). A fault that needs a linked need is swapped when the case has none."""
    rng = random.Random(f"plan:{noms}:faults")
    if rng.random() < 0.45:
        return ()
    return tuple(rng.sample(FAULTS, 1 if rng.random() < 0.7 else 2))


def _plan_due(c: DrawnCase) -> tuple[date, date]:
    """The clock's start and the plan's due date (seed 3.6 / 3.21: 8 weeks if under two years to go)."""
    start = max(c.sentence_date or c.received_on, c.received_on)
    release = c.crd or c.ped or c.tariff
    short = release is not None and (release - start).days < 730
    return start, start + timedelta(weeks=8 if short else 16)


def add_demo_plans(
    uow: UnitOfWork,
    cases: Sequence[tuple[str, DrawnCase]],
    supervisors: Sequence[_Person],
    manager: _Person,
    today: date,
) -> dict[str, tuple[str, ...]]:
    """Write plans for most of the chunk's sentenced prisoners; return each planned prisoner's faults
    (an empty tuple: a good plan)."""
    wanted = [
        (pid, c)
        for pid, c in cases
        if c.sentence_date is not None
        and c.rosh is not None  # a plan is written once the risk of harm is known
        and random.Random(f"plan:{c.noms}").random() < (0.9 if c.scope is ScopeStatus.IN_SCOPE else 0.7)
    ]
    if not wanted:
        return {}
    found = _found(uow, [pid for pid, _ in wanted])
    rows: dict[type[Any], list[dict[str, Any]]] = {
        m: [] for m in (SentencePlan, PlanObjective, PlanAction, InterventionRequirement, PlanVersion)
    }
    faults_of: dict[str, tuple[str, ...]] = {}
    for pid, c in wanted:
        rng = random.Random(f"plan:{c.noms}:content")
        f = found[pid]
        spell = c.os_spells[-1] if c.os_spells else None
        author = supervisors[spell.staff] if spell is not None and supervisors else manager
        faults = drawn_faults(c.noms)
        links = [link_code(s) for s in NeedSection if s.value in f.needs]
        if not links:  # no need linked to offending: nothing to leave out or mask
            faults = tuple(dict.fromkeys(_NO_NEED_FAULT.get(x, x) for x in faults))
        faults_of[pid] = faults
        plan_id = plan_id_for(pid)
        start, due = _plan_due(c)

        rosh = f.rosh or (c.rosh.value if c.rosh else None)
        if rosh in (RoshLevel.HIGH.value, RoshLevel.VERY_HIGH.value):
            links.append(link_code(RiskFactor.RISK_OF_HARM))
        if f.child_concerns:
            links.append(link_code(RiskFactor.CHILD_PROTECTION))
        if f.victim:
            links.append(link_code(RiskFactor.VICTIM_SAFETY))
        if f.learning_need:
            links.append(link_code(RiskFactor.LEARNING))
        if not links:
            links.append(link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY))
        need_links = [code for code in links if code.startswith("NEED:")]
        need_reasons: dict[str, str] = {}
        if need_links and ("need_without_objective" in faults or "masked_by_availability" in faults):
            dropped = rng.choice(need_links)
            links.remove(dropped)
            if "masked_by_availability" in faults:
                need_reasons[dropped] = "Course not run here, so no objective set."
                template = _TEMPLATES[dropped]
                rows[InterventionRequirement].append(
                    _requirement(pid, plan_id, None, template, dropped, "NOT_RUN_HERE", author, today)
                )

        objective_ids: list[str] = []
        for position, code in enumerate(links):
            template = _TEMPLATES[code]
            oid = new_id()
            objective_ids.append(oid)
            outcome, measure, department = template[0], template[1], template[2]
            phase = _PHASE_OF.get(department, "NOW")
            prerequisites: list[str] = []
            if phase == "BEFORE_RELEASE" and objective_ids[:-1]:
                prerequisites = [objective_ids[0]]
            rows[PlanObjective].append(
                {
                    "id": oid,
                    "prisoner_id": pid,
                    "plan_id": plan_id,
                    "outcome": outcome,
                    "links": json.dumps([code]),
                    "measure": measure,
                    "phase": phase,
                    "position": position,
                    "prerequisites": json.dumps(prerequisites),
                    "roh_tag": "CONSTRUCTIVE" if code == link_code(RiskFactor.RISK_OF_HARM) else "",
                    "status": "ONGOING" if rng.random() < 0.5 else "NOT_STARTED",
                    "source_department": department,
                    "created_by_name": author.display_name,
                }
            )
            rows[PlanAction].append(
                {
                    "prisoner_id": pid,
                    "plan_id": plan_id,
                    "objective_id": oid,
                    "what": template[3],
                    "owner_role": template[4],
                    "owner_name": author.display_name
                    if template[4] == "Offender supervisor"
                    else rng.choice(_NAMES),
                    "department": department,
                    "due_on": today + timedelta(days=rng.randrange(14, 120)),
                    "status": "IN_PROGRESS" if rng.random() < 0.5 else "NOT_STARTED",
                    "position": 0,
                    "source_department": department,
                }
            )
            if template[6]:
                availability = "PLANNED_HERE" if rng.random() < 0.8 else "AFTER_TRANSFER"
                rows[InterventionRequirement].append(
                    _requirement(pid, plan_id, oid, template, code, availability, author, today)
                )
        if "process_only" in faults:
            oid = new_id()
            rows[PlanObjective].append(
                {
                    "id": oid,
                    "prisoner_id": pid,
                    "plan_id": plan_id,
                    "outcome": rng.choice(_PROCESS_ONLY),
                    # links may be empty here: the need_without_objective fault can drop the only one.
                    "links": json.dumps(
                        links[:1] or [link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY)]
                    ),
                    "measure": "Attendance",
                    "phase": "NOW",
                    "position": len(links),
                    "created_by_name": author.display_name,
                }
            )
        if "no_owner" in faults and rows[PlanAction]:
            last = rows[PlanAction][-1]
            if last["prisoner_id"] == pid:
                last["owner_name"] = ""

        contact = "" if "no_contact_levels" in faults else rng.choice(_CONTACT)
        involvement = "" if "no_involvement" in faults else "AGREES"
        issued: datetime | None = None
        # A good plan is issued in time once a week has passed; some faulty ones are still unissued.
        if (today - start).days >= 8 and (not faults or rng.random() < 0.85):
            latest = min(due - timedelta(days=1), today - timedelta(days=1))
            earliest = start + timedelta(days=7)
            span = max((latest - earliest).days, 0)
            day = earliest + timedelta(days=rng.randrange(span + 1))
            issued = datetime.combine(day, time(14, 30))
        rows[SentencePlan].append(
            {
                "id": plan_id,
                "prisoner_id": pid,
                "contact_frequency": contact,
                "com_liaison": "" if not contact else rng.choice(_LIAISON),
                "next_review_on": None if not contact else today + timedelta(days=rng.randrange(30, 180)),
                "responsivity": "Learns best by being shown; short sessions.",
                "involvement": involvement,
                "prisoner_comments": "" if not involvement else "I want to be there for my family.",
                "copy_given_on": (issued.date() if issued else today) if involvement else None,
                "need_reasons": json.dumps(need_reasons),
                "started_by_name": f"{author.display_name} (demo)",
            }
        )
        # The initial version, then a review about every eleven months (seed 4.21: at least yearly);
        # a faulty plan sometimes misses its review, so "Review overdue" shows on the caseload too.
        reason, version_no = "INITIAL", 1
        while issued is not None:
            rows[PlanVersion].append(
                {
                    "prisoner_id": pid,
                    "plan_id": plan_id,
                    "version_no": version_no,
                    "reason": reason,
                    "reason_note": DEMO_NOTE,
                    "snapshot": json.dumps({"demo": True}),
                    "issued_at": issued,
                    "issued_by_id": author.user_id,
                    "issued_by_name": author.display_name,
                }
            )
            issued += timedelta(days=330 + rng.randrange(20))
            if issued.date() >= today or (faults and rng.random() < 0.2):
                break
            reason, version_no = "REVIEW", version_no + 1
    # The plan before the rows that point at it (store/registry.py order).
    uow.add_many(SentencePlan, rows[SentencePlan], "sentence_plan.started")
    uow.add_many(PlanObjective, rows[PlanObjective], "plan_objective.added")
    uow.add_many(PlanAction, rows[PlanAction], "plan_action.added")
    uow.add_many(InterventionRequirement, rows[InterventionRequirement], "intervention_requirement.recorded")
    uow.add_many(PlanVersion, rows[PlanVersion], "plan_version.issued")
    return faults_of


def _requirement(
    pid: str,
    plan_id: str,
    objective_id: str | None,
    template: _Template,
    need: str,
    availability: str,
    author: _Person,
    today: date,
) -> dict[str, Any]:
    return {
        "prisoner_id": pid,
        "plan_id": plan_id,
        "objective_id": objective_id,
        "intervention_code": template[5],
        "intervention_name": template[6],
        "need": need,
        "availability": availability,
        "planned_on": today + timedelta(days=60) if availability != "NOT_RUN_HERE" else None,
        "reason": "Not run at this establishment" if availability == "NOT_RUN_HERE" else "",
        "recorded_by_name": author.display_name,
    }


__all__ = ["DEMO_NOTE", "ENTITIES", "FAULTS", "add_demo_plans", "drawn_faults"]
