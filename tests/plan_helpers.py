"""A prisoner with a signed interview, a completed assessment, a child-protection concern and a victim,
made through the real services: what the sentence plan is seeded from (issue 9 point 1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from workbench.casework.assessment import AssessmentService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.assessment import AssessmentForm, NeedEntry
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rmp import ChildConcernForm, VictimForm
from workbench.casework.interview import InterviewService
from workbench.casework.reception import ReceptionService
from workbench.casework.risk_people import RiskPeopleService
from workbench.domain.enums import Gender, RoshLevel
from workbench.domain.interview import NeedArea, Referral, ReferralOwnerRole, ReferralStatus
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.security.principal import CurrentUser

SEEN = date(2026, 11, 24)
GOALS = "Stop hurting people when I drink."

INTERVIEW_ANSWERS = {
    "first_contact_date": SEEN,
    "role_explained": "YES",
    "first_contact_summary": "Met in the wing office; explained my role.",
    "no_need_areas": [a.value for a in NeedArea if a is not NeedArea.HOUSING],
    "wants_to_change": GOALS,
    "what_helps": "My sister.",
    "what_gets_in_the_way": "Old mates.",
    "motivation": "PREPARING",
    "learning_style": "Being shown.",
    "capacity_to_change": "Stayed dry for a year before.",
    "first_language": "English",
    "interpreter_needed": "NO",
    "basic_skills": "ENTRY_3",
    "disability_and_adjustments": "None disclosed.",
    "discrimination_experienced": "None reported.",
    "vulnerable": "NO",
}


def sign_interview(ctx: ServiceContext, user: CurrentUser, pid: str) -> None:
    """A signed interview: a housing referral, the prisoner's goals, basic skills at Entry 3."""
    interviews = InterviewService(ctx)
    draft, _ = interviews.start_draft(user, pid)
    referral = Referral(
        NeedArea.HOUSING,
        "Tenancy lost on sentence.",
        ReferralOwnerRole.RESETTLEMENT,
        "Dee Housing",
        ReferralStatus.RAISED,
        SEEN,
    )
    interviews.save_step(user, draft.interview_id, INTERVIEW_ANSWERS, [referral])
    interviews.sign(user, draft.interview_id)


def complete_assessment(ctx: ServiceContext, user: CurrentUser, pid: str) -> None:
    """Drug misuse severe and linked to offending; alcohol standard but NOT linked (never seeded)."""
    linked = {
        NeedSection.DRUG_MISUSE: NeedEntry(
            NeedSection.DRUG_MISUSE, NeedSeverity.SEVERE, True, False, "Daily heroin use.", "Funds use."
        ),
        NeedSection.ALCOHOL_MISUSE: NeedEntry(
            NeedSection.ALCOHOL_MISUSE, NeedSeverity.STANDARD, False, False, "Binge drinks.", "Not linked."
        ),
    }
    needs = tuple(linked.get(s, NeedEntry(s, NeedSeverity.NO_NEED)) for s in NeedSection)
    service = AssessmentService(ctx)
    detail, _ = service.start_draft(user, pid)
    form = AssessmentForm(
        gender=Gender.MALE,
        date_of_birth=date(1990, 1, 1),
        conviction_date=date(2026, 11, 19),
        follow_up_start=date(2028, 5, 19),
        total_sanctions=5,
        age_at_first_sanction=16,
        offence_group="Burglary (domestic)",
        rosh_level=RoshLevel.HIGH,
        needs=needs,
        protective_factors=("Supportive sister.",),
    )
    service.save_draft(user, detail.assessment_id, replace(form))
    service.complete(user, detail.assessment_id)


def seeded_prisoner(ctx: ServiceContext, user: CurrentUser, receive: Callable[..., ReceptionRequest]) -> str:
    """Alex TESTPERSON (High RoSH at reception) with every seeding source recorded."""
    pid, _ = ReceptionService(ctx).receive(user, receive())
    sign_interview(ctx, user, pid)
    complete_assessment(ctx, user, pid)
    people = RiskPeopleService(ctx)
    people.save_child(
        user,
        pid,
        ChildConcernForm(
            child="Daughter, 7", relationship="Daughter", child_protection_status="CHILD_PROTECTION_PLAN"
        ),
    )
    people.save_victim(user, pid, VictimForm(victim="Former partner"))
    return pid
