"""The guided initial interview (issue 8 point 1): steps, immediate-need areas, referrals, what is missing.

Seed 2.9: supervisors were never trained to interview; seed 3.2: first contact within ten working days
in only 70% of cases. So each step carries short guidance and open questions a supervisor can read out,
and says what is still missing before it counts as complete. Pure: no I/O, no Qt, no SQLAlchemy.

The answers are a flat mapping of field name to value (text, ``date``, or a code string), so a draft
keeps every step's answers however far it got; referrals are a list of ``Referral`` values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from workbench.domain.needs import NeedSection

__all__ = [
    "ANSWER_FIELDS",
    "STEP_INFO",
    "BasicSkillsResult",
    "InterviewStep",
    "Missing",
    "MotivationStage",
    "NeedArea",
    "Referral",
    "ReferralOwnerRole",
    "ReferralStatus",
    "StepInfo",
    "YesNoUnknown",
    "evidence_prompts",
    "missing",
    "missing_for_signing",
    "step_complete",
]


class InterviewStep(StrEnum):
    """The wizard's steps, in order; REVIEW is where the interview is signed."""

    ARRIVAL = "ARRIVAL"
    NEEDS = "NEEDS"
    OWN_ACCOUNT = "OWN_ACCOUNT"
    DIVERSITY = "DIVERSITY"
    VULNERABILITY = "VULNERABILITY"
    REVIEW = "REVIEW"

    @property
    def label(self) -> str:
        """Short title for the step list."""
        return STEP_INFO[self].title


class NeedArea(StrEnum):
    """Immediate-need areas asked about at the first interview (issue 8 point 1)."""

    HEALTH = "HEALTH"
    MENTAL_HEALTH = "MENTAL_HEALTH"
    SUBSTANCE_MISUSE = "SUBSTANCE_MISUSE"
    HOUSING = "HOUSING"
    EDUCATION_AND_WORK = "EDUCATION_AND_WORK"
    FINANCE_ID_BENEFITS = "FINANCE_ID_BENEFITS"
    FAMILY_AND_CHILDREN = "FAMILY_AND_CHILDREN"
    FAITH = "FAITH"

    @property
    def label(self) -> str:
        """Sentence-case name for screens."""
        return _AREA_LABELS[self]

    @property
    def need_sections(self) -> tuple[NeedSection, ...]:
        """The likelihood-of-reoffending need sections this area gives evidence for."""
        return _AREA_SECTIONS[self]

    @property
    def usual_owner(self) -> ReferralOwnerRole:
        """Who usually takes a referral in this area (a suggestion; the supervisor may choose another)."""
        return _AREA_OWNER[self]


_AREA_LABELS: Final[dict[NeedArea, str]] = {
    NeedArea.HEALTH: "Health",
    NeedArea.MENTAL_HEALTH: "Mental health",
    NeedArea.SUBSTANCE_MISUSE: "Substance misuse",
    NeedArea.HOUSING: "Housing",
    NeedArea.EDUCATION_AND_WORK: "Education and work",
    NeedArea.FINANCE_ID_BENEFITS: "Finance, ID and benefits",
    NeedArea.FAMILY_AND_CHILDREN: "Family and children",
    NeedArea.FAITH: "Faith",
}

_AREA_SECTIONS: Final[dict[NeedArea, tuple[NeedSection, ...]]] = {
    NeedArea.HEALTH: (NeedSection.HEALTH_AND_OTHER,),
    NeedArea.MENTAL_HEALTH: (NeedSection.EMOTIONAL_WELL_BEING,),
    NeedArea.SUBSTANCE_MISUSE: (NeedSection.DRUG_MISUSE, NeedSection.ALCOHOL_MISUSE),
    NeedArea.HOUSING: (NeedSection.ACCOMMODATION,),
    NeedArea.EDUCATION_AND_WORK: (NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY,),
    NeedArea.FINANCE_ID_BENEFITS: (NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME,),
    NeedArea.FAMILY_AND_CHILDREN: (NeedSection.RELATIONSHIPS,),
    NeedArea.FAITH: (NeedSection.LIFESTYLE_AND_ASSOCIATES,),
}


class ReferralOwnerRole(StrEnum):
    """The department or role that owns a referral (a named person is recorded beside it)."""

    HEALTHCARE = "HEALTHCARE"
    MENTAL_HEALTH_IN_REACH = "MENTAL_HEALTH_IN_REACH"
    SUBSTANCE_MISUSE_SERVICE = "SUBSTANCE_MISUSE_SERVICE"
    RESETTLEMENT = "RESETTLEMENT"
    EDUCATION = "EDUCATION"
    FAMILY_SERVICES = "FAMILY_SERVICES"
    CHAPLAINCY = "CHAPLAINCY"
    OFFENDER_SUPERVISOR = "OFFENDER_SUPERVISOR"
    PERSONAL_OFFICER = "PERSONAL_OFFICER"
    OTHER = "OTHER"

    @property
    def label(self) -> str:
        """Name for screens."""
        return self.value.replace("_", " ").capitalize().replace("In-reach", "in-reach")


_AREA_OWNER: Final[dict[NeedArea, ReferralOwnerRole]] = {
    NeedArea.HEALTH: ReferralOwnerRole.HEALTHCARE,
    NeedArea.MENTAL_HEALTH: ReferralOwnerRole.MENTAL_HEALTH_IN_REACH,
    NeedArea.SUBSTANCE_MISUSE: ReferralOwnerRole.SUBSTANCE_MISUSE_SERVICE,
    NeedArea.HOUSING: ReferralOwnerRole.RESETTLEMENT,
    NeedArea.EDUCATION_AND_WORK: ReferralOwnerRole.EDUCATION,
    NeedArea.FINANCE_ID_BENEFITS: ReferralOwnerRole.RESETTLEMENT,
    NeedArea.FAMILY_AND_CHILDREN: ReferralOwnerRole.FAMILY_SERVICES,
    NeedArea.FAITH: ReferralOwnerRole.CHAPLAINCY,
}


class ReferralStatus(StrEnum):
    """Where a referral has got to. Open statuses still need someone to act."""

    RAISED = "RAISED"
    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    DECLINED_BY_PRISONER = "DECLINED_BY_PRISONER"
    NOT_ACCEPTED = "NOT_ACCEPTED"

    @property
    def label(self) -> str:
        """Name for screens."""
        return self.value.replace("_", " ").capitalize()

    @property
    def is_open(self) -> bool:
        """Whether someone still has to act on it."""
        return self in {ReferralStatus.RAISED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS}


class YesNoUnknown(StrEnum):
    """An answer that may not be known yet (an unanswered question is missing, never "no")."""

    YES = "YES"
    NO = "NO"
    UNKNOWN = "UNKNOWN"


class BasicSkillsResult(StrEnum):
    """Basic skills (literacy and numeracy) screening result at induction."""

    BELOW_ENTRY_3 = "BELOW_ENTRY_3"
    ENTRY_3 = "ENTRY_3"
    LEVEL_1 = "LEVEL_1"
    LEVEL_2_OR_ABOVE = "LEVEL_2_OR_ABOVE"
    NOT_YET_SCREENED = "NOT_YET_SCREENED"
    DECLINED = "DECLINED"

    @property
    def label(self) -> str:
        """Name for screens."""
        return _SKILLS_LABELS[self]

    @property
    def is_learning_need(self) -> bool:
        """Below level 1: a learning need the plan must answer (DESIGN.md section 4 quality checks)."""
        return self in {BasicSkillsResult.BELOW_ENTRY_3, BasicSkillsResult.ENTRY_3}


_SKILLS_LABELS: Final[dict[BasicSkillsResult, str]] = {
    BasicSkillsResult.BELOW_ENTRY_3: "Below Entry level 3",
    BasicSkillsResult.ENTRY_3: "Entry level 3",
    BasicSkillsResult.LEVEL_1: "Level 1",
    BasicSkillsResult.LEVEL_2_OR_ABOVE: "Level 2 or above",
    BasicSkillsResult.NOT_YET_SCREENED: "Not yet screened",
    BasicSkillsResult.DECLINED: "Declined screening",
}


class MotivationStage(StrEnum):
    """How ready the prisoner says they are to change (stages of change, in the prisoner's view)."""

    NOT_YET = "NOT_YET"
    THINKING_ABOUT_IT = "THINKING_ABOUT_IT"
    PREPARING = "PREPARING"
    ACTING = "ACTING"
    KEEPING_IT_UP = "KEEPING_IT_UP"

    @property
    def label(self) -> str:
        """Name for screens."""
        return _MOTIVATION_LABELS[self]


_MOTIVATION_LABELS: Final[dict[MotivationStage, str]] = {
    MotivationStage.NOT_YET: "Not yet thinking about change",
    MotivationStage.THINKING_ABOUT_IT: "Thinking about change",
    MotivationStage.PREPARING: "Getting ready to change",
    MotivationStage.ACTING: "Already making changes",
    MotivationStage.KEEPING_IT_UP: "Keeping changes going",
}


@dataclass(frozen=True)
class Referral:
    """An immediate need raised as a referral: area, what is needed, owner (role and named person),
    status, the date raised and the date of the last status change. ``referral_id`` is set once stored."""

    area: NeedArea
    need: str = ""
    owner_role: ReferralOwnerRole | None = None
    owner_name: str = ""
    status: ReferralStatus = ReferralStatus.RAISED
    raised_on: date | None = None
    status_changed_on: date | None = None
    referral_id: str | None = None


@dataclass(frozen=True)
class StepInfo:
    """What a step shows: its title, short guidance and open questions to read out."""

    title: str
    guidance: str
    prompts: tuple[str, ...]


STEP_INFO: Final[dict[InterviewStep, StepInfo]] = {
    InterviewStep.ARRIVAL: StepInfo(
        "Arrival and first contact",
        "Meet the prisoner in private, explain who you are, what an offender supervisor does and what "
        "happens next. Completing this step records the first contact and stops the ten-working-day "
        "clock on the caseload (seed 3.2).",
        (
            "How have the first few days here been for you?",
            "What do you already know about what happens during your sentence?",
            "Is there anything worrying you right now that we should deal with first?",
        ),
    ),
    InterviewStep.NEEDS: StepInfo(
        "Immediate needs and referrals",
        "Ask about every area. Where something needs doing now, raise a referral with an owner (a "
        "department and a named person), so it is tracked until it is done. Record 'no immediate need' "
        "for the rest: an area not asked about stays missing.",
        (
            "Is anything about your health or medication not sorted since you arrived?",
            "How are you coping in your head at the moment? Is anything getting on top of you?",
            "Do you use drink or drugs? Do you want any help with that while you are here?",
            "Where were you living before, and is that place safe while you are in here?",
            "What would you like to learn or work at while you are here?",
            "Are there any debts, bills, benefits or ID documents that need sorting?",
            "Who at home depends on you? Do you have children, and do you know who is looking after them?",
            "Is your faith important to you? Would you like to see the chaplaincy?",
        ),
    ),
    InterviewStep.OWN_ACCOUNT: StepInfo(
        "In their own words",
        "Write down what the prisoner says, in their own words where you can (quote them). This is "
        "their account, not your assessment: it seeds their plan's goals and the evidence of the "
        "likelihood of reoffending assessment.",
        (
            "What would you most like to be different in your life?",
            "What has helped you stay out of trouble before?",
            "What gets in the way when you try to change things?",
            "How do you learn best: reading, being shown, or doing it yourself?",
            "What would make this time in custody worthwhile for you?",
        ),
    ),
    InterviewStep.DIVERSITY: StepInfo(
        "Diversity and disadvantage",
        "Check what could stop the prisoner taking part on equal terms: language, literacy, "
        "disability, and any discrimination they have experienced. Record the adjustments needed.",
        (
            "Which language are you most comfortable speaking and reading?",
            "Do you find reading or writing forms difficult?",
            "Do you have a disability or condition we should make allowances for?",
            "Have you been treated unfairly, here or elsewhere, because of who you are?",
        ),
    ),
    InterviewStep.VULNERABILITY: StepInfo(
        "Vulnerability and support",
        "Consider risk to self, bullying, debt, exploitation and first time in custody. Where there is "
        "a concern, record the support or protection arranged (ACCT, listener, wing staff briefed).",
        (
            "Have you ever felt like harming yourself, in custody or outside?",
            "Does anyone here make you feel unsafe, or want something from you?",
            "Who can you talk to on the wing if things get difficult?",
        ),
    ),
    InterviewStep.REVIEW: StepInfo(
        "Review and sign",
        "Read back the main points to the prisoner. Signing makes the interview a permanent record: "
        "it cannot be changed afterwards, only corrected by a new version that supersedes it.",
        ("Is there anything we have talked about that I have got wrong?", "Is there anything else?"),
    ),
}

TEXT_FIELDS: Final[dict[str, tuple[InterviewStep, str]]] = {
    # field -> (step, label in messages)
    "first_contact_summary": (InterviewStep.ARRIVAL, "summary of the first contact"),
    "arrival_concerns": (InterviewStep.ARRIVAL, "worries raised on arrival"),
    "wants_to_change": (InterviewStep.OWN_ACCOUNT, "what they want to change"),
    "what_helps": (InterviewStep.OWN_ACCOUNT, "what helps"),
    "what_gets_in_the_way": (InterviewStep.OWN_ACCOUNT, "what gets in the way"),
    "motivation_note": (InterviewStep.OWN_ACCOUNT, "motivation, in their words"),
    "learning_style": (InterviewStep.OWN_ACCOUNT, "learning style"),
    "capacity_to_change": (InterviewStep.OWN_ACCOUNT, "capacity to change"),
    "first_language": (InterviewStep.DIVERSITY, "first language"),
    "disability_and_adjustments": (InterviewStep.DIVERSITY, "disability and adjustments"),
    "discrimination_experienced": (InterviewStep.DIVERSITY, "discrimination experienced"),
    "vulnerability_concerns": (InterviewStep.VULNERABILITY, "vulnerability concerns"),
    "support_arranged": (InterviewStep.VULNERABILITY, "support or protection arranged"),
}
"""Free-text answers and the step each belongs to."""

CODE_FIELDS: Final[dict[str, tuple[InterviewStep, type[StrEnum]]]] = {
    "role_explained": (InterviewStep.ARRIVAL, YesNoUnknown),
    "motivation": (InterviewStep.OWN_ACCOUNT, MotivationStage),
    "interpreter_needed": (InterviewStep.DIVERSITY, YesNoUnknown),
    "basic_skills": (InterviewStep.DIVERSITY, BasicSkillsResult),
    "vulnerable": (InterviewStep.VULNERABILITY, YesNoUnknown),
}
"""Answers chosen from a list, with their code list."""

DATE_FIELDS: Final[dict[str, InterviewStep]] = {"first_contact_date": InterviewStep.ARRIVAL}
"""Typed dates."""

ANSWER_FIELDS: Final[frozenset[str]] = frozenset({*TEXT_FIELDS, *CODE_FIELDS, *DATE_FIELDS, "no_need_areas"})
"""Every answer a draft can hold. ``no_need_areas`` is a list of ``NeedArea`` codes asked about with no
immediate need."""

Answers = Mapping[str, object]

_OWN_ACCOUNT_ORDER: Final = (
    "wants_to_change",
    "what_helps",
    "what_gets_in_the_way",
    "motivation",
    "learning_style",
    "capacity_to_change",
)


@dataclass(frozen=True)
class Missing:
    """Something a step still needs: the field it belongs beside and what to do."""

    step: InterviewStep
    field: str
    message: str


def _text(answers: Answers, name: str) -> str:
    value = answers.get(name)
    return value.strip() if isinstance(value, str) else ""


def _code(answers: Answers, name: str) -> str:
    value = answers.get(name)
    return str(value) if value else ""


def no_need_areas(answers: Answers) -> frozenset[NeedArea]:
    """Areas recorded as asked about with no immediate need."""
    raw = answers.get("no_need_areas") or ()
    if not isinstance(raw, list | tuple | set | frozenset):
        return frozenset()
    return frozenset(NeedArea(a) for a in raw if a in NeedArea.__members__)


def _need(step: InterviewStep, field: str, message: str) -> Missing:
    return Missing(step, field, message)


def missing(step: InterviewStep, answers: Answers, referrals: Sequence[Referral] = ()) -> tuple[Missing, ...]:
    """What ``step`` still needs before it is complete, in form order (empty when complete)."""
    out: list[Missing] = []
    s = InterviewStep
    if step is s.ARRIVAL:
        if not isinstance(answers.get("first_contact_date"), date):
            out.append(_need(step, "first_contact_date", "Enter the date you met the prisoner."))
        if _code(answers, "role_explained") != YesNoUnknown.YES:
            out.append(
                _need(
                    step, "role_explained", "Explain your role and what happens next, then tick that you did."
                )
            )
        if not _text(answers, "first_contact_summary"):
            out.append(_need(step, "first_contact_summary", "Summarise the first contact."))
    elif step is s.NEEDS:
        covered = no_need_areas(answers) | {r.area for r in referrals}
        gaps = [a.label for a in NeedArea if a not in covered]
        if gaps:
            out.append(
                _need(
                    step,
                    "needs",
                    f"Ask about {', '.join(gaps)}: raise a referral or record no immediate need.",
                )
            )
        for r in referrals:
            what = f"The {r.area.label.lower()} referral"
            if not r.need.strip():
                out.append(_need(step, f"referral.{r.area.value}", f"{what} needs what is needed."))
            if r.owner_role is None or not r.owner_name.strip():
                out.append(
                    _need(
                        step, f"referral.{r.area.value}", f"{what} needs an owner: a role and a named person."
                    )
                )
            if r.raised_on is None:
                out.append(_need(step, f"referral.{r.area.value}", f"{what} needs the date it was raised."))
    elif step is s.OWN_ACCOUNT:
        for name in _OWN_ACCOUNT_ORDER:
            if name == "motivation":
                if not _code(answers, name):
                    out.append(_need(step, name, "Choose how ready the prisoner says they are to change."))
            elif not _text(answers, name):
                out.append(_need(step, name, f"Write {TEXT_FIELDS[name][1]}, in the prisoner's words."))
    elif step is s.DIVERSITY:
        if not _text(answers, "first_language"):
            out.append(_need(step, "first_language", "Enter the prisoner's first language."))
        if _code(answers, "interpreter_needed") in ("", YesNoUnknown.UNKNOWN):
            out.append(_need(step, "interpreter_needed", "Say whether an interpreter is needed."))
        if not _code(answers, "basic_skills"):
            out.append(_need(step, "basic_skills", "Choose the basic skills screening result."))
        if not _text(answers, "disability_and_adjustments"):
            out.append(
                _need(
                    step,
                    "disability_and_adjustments",
                    "Record any disability and the adjustments needed (or 'none disclosed').",
                )
            )
        if not _text(answers, "discrimination_experienced"):
            out.append(
                _need(
                    step,
                    "discrimination_experienced",
                    "Record any discrimination experienced (or 'none reported').",
                )
            )
    elif step is s.VULNERABILITY:
        vulnerable = _code(answers, "vulnerable")
        if vulnerable in ("", YesNoUnknown.UNKNOWN):
            out.append(_need(step, "vulnerable", "Say whether there is a vulnerability concern."))
        if vulnerable == YesNoUnknown.YES:
            if not _text(answers, "vulnerability_concerns"):
                out.append(_need(step, "vulnerability_concerns", "Describe the vulnerability concern."))
            if not _text(answers, "support_arranged"):
                out.append(
                    _need(step, "support_arranged", "Record the support or protection arranged for it.")
                )
    return tuple(out)


def step_complete(step: InterviewStep, answers: Answers, referrals: Sequence[Referral] = ()) -> bool:
    """Whether ``step`` has everything it needs (REVIEW is complete when every other step is)."""
    if step is InterviewStep.REVIEW:
        return not missing_for_signing(answers, referrals)
    return not missing(step, answers, referrals)


def missing_for_signing(answers: Answers, referrals: Sequence[Referral] = ()) -> tuple[Missing, ...]:
    """Everything still missing across the steps: signing is refused until this is empty."""
    return tuple(m for step in InterviewStep for m in missing(step, answers, referrals))


def evidence_prompts(answers: Answers, referrals: Sequence[Referral]) -> dict[NeedSection, tuple[str, ...]]:
    """The interview's answers as evidence prompts for the likelihood-of-reoffending need sections.

    So nothing is typed twice (issue 8 point 1): each referral becomes a prompt in the sections its
    area feeds, the prisoner's own account goes to thinking and behaviour / attitudes, a learning need
    to education, and a vulnerability concern to emotional well-being. Each prompt says where it came
    from; the assessor chooses which to insert.
    """
    out: dict[NeedSection, list[str]] = {}

    def add(section: NeedSection, text: str) -> None:
        if text:
            out.setdefault(section, []).append(text)

    for r in referrals:
        owner = (
            f" ({r.owner_role.label}, {r.owner_name.strip()})"
            if r.owner_role and r.owner_name.strip()
            else ""
        )
        for section in r.area.need_sections:
            add(
                section,
                f"Initial interview: {r.area.label.lower()} referral — {r.need.strip()}{owner}, "
                f"{r.status.label.lower()}.",
            )
    quoted = (
        ("wants_to_change", NeedSection.ATTITUDES, "wants to change"),
        ("what_gets_in_the_way", NeedSection.THINKING_AND_BEHAVIOUR, "says what gets in the way"),
        ("what_helps", NeedSection.THINKING_AND_BEHAVIOUR, "says what helps"),
    )
    for name, section, words in quoted:
        text = _text(answers, name)
        if text:
            add(section, f'Initial interview, in the prisoner\'s words ({words}): "{text}"')
    skills = _code(answers, "basic_skills")
    if skills in BasicSkillsResult.__members__:
        result = BasicSkillsResult(skills)
        add(
            NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY,
            f"Initial interview: basic skills screening {result.label.lower()}"
            + (" (a learning need)." if result.is_learning_need else "."),
        )
    if _code(answers, "vulnerable") == YesNoUnknown.YES and _text(answers, "vulnerability_concerns"):
        add(
            NeedSection.EMOTIONAL_WELL_BEING,
            f"Initial interview: vulnerability — {_text(answers, 'vulnerability_concerns')}",
        )
    return {section: tuple(texts) for section, texts in out.items()}
