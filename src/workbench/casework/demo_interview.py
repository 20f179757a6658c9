"""Synthetic initial interviews for the demo profile (issue 8 point 7): clearly made-up, varied states.

Called once per chunk from ``DemoDataService._write_chunk``, in the chunk's transaction. Of the sentenced
prisoners with a first contact, most have a signed interview (dated the day of that contact, signed by
the supervisor who made it) with one to three referrals in every state; some have a draft in progress
(arrival done, a few steps left); a few have none. Of those with no first contact yet, some have a
draft just started. Each prisoner's choices come from a random stream seeded by their NOMS number, so
the same caseload gets the same interviews however it is chunked.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from workbench.casework.demo_draw import DrawnCase
from workbench.casework.interview.form import answers_to_json, referrals_to_json
from workbench.domain.enums import SentenceType
from workbench.domain.interview import (
    BasicSkillsResult,
    InterviewStep,
    MotivationStage,
    NeedArea,
    Referral,
    ReferralStatus,
)
from workbench.store.ids import new_id
from workbench.store.interview_models import InterviewDraft, InterviewReferral, SignedInterview
from workbench.store.unit_of_work import UnitOfWork

SIGNED_SHARE = 0.7
"""Of prisoners with a first contact: a signed interview."""
DRAFT_SHARE = 0.15
"""Of prisoners with a first contact: a draft in progress (the rest: none yet)."""
EARLY_DRAFT_SHARE = 0.2
"""Of sentenced prisoners with no first contact yet: a draft just started."""

_NEEDS: dict[NeedArea, tuple[str, ...]] = {
    NeedArea.HEALTH: (
        "Repeat prescription not yet sorted since arrival.",
        "Dental pain; wants an appointment.",
    ),
    NeedArea.MENTAL_HEALTH: ("Low mood since sentence; was seeing a community mental health nurse.",),
    NeedArea.SUBSTANCE_MISUSE: ("Daily heroin use before custody; on a script.", "Drinks most days outside."),
    NeedArea.HOUSING: ("Tenancy at risk: rent arrears building up.", "No fixed address on release."),
    NeedArea.EDUCATION_AND_WORK: (
        "Wants to finish a level 1 maths course.",
        "Was a labourer; wants a CSCS card.",
    ),
    NeedArea.FINANCE_ID_BENEFITS: (
        "No ID documents; bank account closed.",
        "Universal Credit claim to close.",
    ),
    NeedArea.FAMILY_AND_CHILDREN: ("Two children with their grandmother; wants contact.",),
    NeedArea.FAITH: ("Practising Muslim; asks for Friday prayers.", "Would like to see the chaplain."),
}
_OWNERS = ("A. Demo-Nurse", "B. Demo-Worker", "C. Demo-Officer", "D. Demo-Tutor", "E. Demo-Chaplain")
_CHANGE = (
    "Says he wants to stay off drugs and be there for his kids.",
    "Wants to get a trade and stop coming back to prison.",
    "Says he needs to stop drinking because that is when the fights start.",
    "Wants to sort his head out and get his own place.",
)
_HELPS = (
    "His sister and his son.",
    "Working, keeping busy.",
    "Going to the gym.",
    "Being away from his old area.",
)
_IN_THE_WAY = (
    "Old mates who still use.",
    "Money worries.",
    "His temper when people disrespect him.",
    "Boredom.",
)
_LEARNING = ("Learns by doing; struggles with reading long forms.", "Prefers to be shown, then to try.")
_CAPACITY = (
    "Stayed out of trouble for two years while working.",
    "Completed a course last sentence and kept to it for a while.",
    "Has not managed change before but is asking for help now.",
)
_LANGUAGE = ("English", "English", "English", "Polish", "Urdu")


class Staff(Protocol):
    """A demo supervisor as ``demo.py`` holds them."""

    @property
    def user_id(self) -> str: ...

    @property
    def display_name(self) -> str: ...


def _at(day: date) -> datetime:
    return datetime.combine(day, time(14, 30))


def _referrals(rng: random.Random, raised: date, today: date) -> list[Referral]:
    areas = rng.sample(list(NeedArea), rng.randint(1, 3))
    out: list[Referral] = []
    for area in sorted(areas, key=list(NeedArea).index):
        age = (today - raised).days
        status = rng.choice(
            [ReferralStatus.RAISED, ReferralStatus.ACCEPTED]
            if age < 14
            else [
                ReferralStatus.IN_PROGRESS,
                ReferralStatus.COMPLETED,
                ReferralStatus.COMPLETED,
                ReferralStatus.DECLINED_BY_PRISONER,
                ReferralStatus.NOT_ACCEPTED,
                ReferralStatus.RAISED,
            ]
        )
        later = min(today, raised + timedelta(days=rng.randint(2, 40)))
        changed = raised if status is ReferralStatus.RAISED else later
        out.append(
            Referral(
                area=area,
                need=rng.choice(_NEEDS[area]),
                owner_role=area.usual_owner,
                owner_name=rng.choice(_OWNERS),
                status=status,
                raised_on=raised,
                status_changed_on=changed,
                referral_id=new_id(),
            )
        )
    return out


def _answers(
    rng: random.Random, contact: tuple[date, str] | None, areas: set[NeedArea], upto: int
) -> dict[str, Any]:
    """Answers for the first ``upto`` steps (6 = all)."""
    answers: dict[str, Any] = {}
    if contact is not None and upto >= 1:
        answers.update(
            first_contact_date=contact[0],
            role_explained="YES",
            first_contact_summary=contact[1],
            arrival_concerns=rng.choice(("", "Worried about his cat at home.", "Wants to phone his mum.")),
        )
    if upto >= 2:
        answers["no_need_areas"] = [a.value for a in NeedArea if a not in areas]
    if upto >= 3:
        motivation = rng.choice(list(MotivationStage))
        answers.update(
            wants_to_change=rng.choice(_CHANGE),
            what_helps=rng.choice(_HELPS),
            what_gets_in_the_way=rng.choice(_IN_THE_WAY),
            motivation=motivation.value,
            learning_style=rng.choice(_LEARNING),
            capacity_to_change=rng.choice(_CAPACITY),
        )
    if upto >= 4:
        language = rng.choice(_LANGUAGE)
        answers.update(
            first_language=language,
            interpreter_needed="YES" if language != "English" and rng.random() < 0.5 else "NO",
            basic_skills=rng.choice(list(BasicSkillsResult)).value,
            disability_and_adjustments=rng.choice(
                ("None disclosed.", "Dyslexia: large print and extra time.")
            ),
            discrimination_experienced=rng.choice(
                ("None reported.", "Says staff at his last prison picked on him.")
            ),
        )
    if upto >= 5:
        vulnerable = rng.random() < 0.25
        answers["vulnerable"] = "YES" if vulnerable else "NO"
        if vulnerable:
            answers.update(
                vulnerability_concerns="First time in custody; owes money on the wing.",
                support_arranged="Listener introduced; wing staff briefed; debt reported to security.",
            )
    return answers


def add_demo_interviews(
    uow: UnitOfWork,
    prisoner_ids: Sequence[str],
    cases: Sequence[DrawnCase],
    first_contact_ids: Mapping[str, str],
    supervisors: Sequence[Staff],
    manager: tuple[str, str],
    today: date,
) -> None:
    """Write the chunk's demo interviews, drafts and referrals in ``uow`` (bulk, with audit and outbox)."""
    signed: list[dict[str, Any]] = []
    drafts: list[dict[str, Any]] = []
    referrals: list[dict[str, Any]] = []
    for pid, c in zip(prisoner_ids, cases, strict=True):
        if c.sentence_type in (SentenceType.REMAND, SentenceType.UNSENTENCED):
            continue
        rng = random.Random(f"interview {c.noms}")
        roll = rng.random()
        if c.first_contact is None:
            if roll < EARLY_DRAFT_SHARE and supervisors:
                staff = supervisors[rng.randrange(len(supervisors))]
                drafts.append(
                    _row(
                        pid,
                        staff.user_id,
                        staff.display_name,
                        InterviewStep.NEEDS,
                        {},
                        [],
                        None,
                        signed=False,
                    )
                )
            continue
        who, on, summary = c.first_contact
        author = (supervisors[who].user_id, supervisors[who].display_name) if who is not None else manager
        found = _referrals(rng, on, today)
        areas = {r.area for r in found}
        if roll < SIGNED_SHARE:
            interview_id = new_id()
            answers = _answers(rng, (on, summary), areas, 6)
            row = _row(
                pid, *author, InterviewStep.REVIEW, answers, found, first_contact_ids.get(pid), signed=True
            )
            row.update(id=interview_id, signed_at=_at(on), signed_by_id=author[0], signed_by_name=author[1])
            signed.append(row)
            for r in found:
                assert (
                    r.owner_role is not None and r.raised_on is not None and r.status_changed_on is not None
                )
                referrals.append(
                    {
                        "id": r.referral_id,
                        "prisoner_id": pid,
                        "interview_id": interview_id,
                        "area": r.area.value,
                        "need": r.need,
                        "owner_role": r.owner_role.value,
                        "owner_name": r.owner_name,
                        "status": r.status.value,
                        "raised_on": r.raised_on,
                        "status_changed_on": r.status_changed_on,
                        "status_note": "",
                        "updated_by_name": author[1],
                    }
                )
        elif roll < SIGNED_SHARE + DRAFT_SHARE:
            upto = rng.randint(2, 4)
            step = list(InterviewStep)[upto]
            # A draft's referrals are not stored rows yet: no ids, raised on the day of the interview.
            in_draft = [
                Referral(r.area, r.need, r.owner_role, r.owner_name, ReferralStatus.RAISED, on, on)
                for r in found
            ]
            answers = _answers(rng, (on, summary), areas, upto)
            drafts.append(
                _row(pid, *author, step, answers, in_draft, first_contact_ids.get(pid), signed=False)
            )
    uow.add_many(SignedInterview, signed, "initial_interview.signed")
    uow.add_many(InterviewReferral, referrals, "interview_referral.raised")
    uow.add_many(InterviewDraft, drafts, "initial_interview.draft_started", author_column="author_id")


def _row(
    pid: str,
    author_id: str,
    author_name: str,
    step: InterviewStep,
    answers: Mapping[str, Any],
    referrals: Sequence[Referral],
    first_contact_id: str | None,
    *,
    signed: bool,
) -> dict[str, Any]:
    return {
        "prisoner_id": pid,
        "status": "SIGNED" if signed else "DRAFT",
        "author_id": author_id,
        "author_name": author_name,
        "current_step": step.value,
        "answers": answers_to_json(answers),
        "draft_referrals": referrals_to_json(referrals),
        "first_contact_id": first_contact_id,
    }
