"""The initial interview's rules, table-tested: what each step still needs, and the evidence prompts."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.domain.interview import (
    STEP_INFO,
    BasicSkillsResult,
    InterviewStep,
    NeedArea,
    Referral,
    ReferralOwnerRole,
    ReferralStatus,
    evidence_prompts,
    missing,
    missing_for_signing,
    step_complete,
)
from workbench.domain.needs import NeedSection

ARRIVAL = {
    "first_contact_date": date(2026, 11, 24),
    "role_explained": "YES",
    "first_contact_summary": "Met in the wing office.",
}
OWN = {
    "wants_to_change": "Stop drinking and get back to my kids.",
    "what_helps": "My sister.",
    "what_gets_in_the_way": "Old mates.",
    "motivation": "PREPARING",
    "learning_style": "Shown, then doing it.",
    "capacity_to_change": "Has stayed dry for a year before.",
}
DIVERSITY = {
    "first_language": "English",
    "interpreter_needed": "NO",
    "basic_skills": "ENTRY_3",
    "disability_and_adjustments": "Dyslexia: large print.",
    "discrimination_experienced": "None reported.",
}
VULNERABILITY = {"vulnerable": "NO"}
HOUSING = Referral(
    NeedArea.HOUSING,
    "Tenancy at risk: rent arrears.",
    ReferralOwnerRole.RESETTLEMENT,
    "Dee Housing",
    ReferralStatus.RAISED,
    date(2026, 11, 24),
)
NO_NEED = {"no_need_areas": tuple(a.value for a in NeedArea if a is not NeedArea.HOUSING)}
EVERYTHING = {**ARRIVAL, **OWN, **DIVERSITY, **VULNERABILITY, **NO_NEED}


def _fields(
    step: InterviewStep, answers: dict[str, object], referrals: tuple[Referral, ...] = ()
) -> list[str]:
    return [m.field for m in missing(step, answers, referrals)]


@pytest.mark.parametrize(
    ("step", "answers", "referrals", "fields"),
    [
        (InterviewStep.ARRIVAL, {}, (), ["first_contact_date", "role_explained", "first_contact_summary"]),
        (InterviewStep.ARRIVAL, {**ARRIVAL, "role_explained": "UNKNOWN"}, (), ["role_explained"]),
        (InterviewStep.ARRIVAL, {**ARRIVAL, "first_contact_summary": "   "}, (), ["first_contact_summary"]),
        (InterviewStep.ARRIVAL, ARRIVAL, (), []),
        (InterviewStep.NEEDS, {}, (), ["needs"]),
        (InterviewStep.NEEDS, NO_NEED, (), ["needs"]),  # housing not asked about
        (InterviewStep.NEEDS, NO_NEED, (HOUSING,), []),
        (
            InterviewStep.NEEDS,
            NO_NEED,
            (Referral(NeedArea.HOUSING),),
            ["referral.HOUSING", "referral.HOUSING", "referral.HOUSING"],  # need, owner, date
        ),
        (
            InterviewStep.NEEDS,
            NO_NEED,
            (
                Referral(
                    NeedArea.HOUSING, "x", ReferralOwnerRole.RESETTLEMENT, " ", raised_on=date(2026, 11, 24)
                ),
            ),
            ["referral.HOUSING"],  # a role without a named person is no owner
        ),
        (InterviewStep.OWN_ACCOUNT, {}, (), list(OWN)),
        (InterviewStep.OWN_ACCOUNT, {**OWN, "motivation": None}, (), ["motivation"]),
        (InterviewStep.OWN_ACCOUNT, OWN, (), []),
        (InterviewStep.DIVERSITY, {}, (), list(DIVERSITY)),
        (InterviewStep.DIVERSITY, {**DIVERSITY, "interpreter_needed": "UNKNOWN"}, (), ["interpreter_needed"]),
        (InterviewStep.DIVERSITY, DIVERSITY, (), []),
        (InterviewStep.VULNERABILITY, {}, (), ["vulnerable"]),
        (InterviewStep.VULNERABILITY, {"vulnerable": "UNKNOWN"}, (), ["vulnerable"]),
        (
            InterviewStep.VULNERABILITY,
            {"vulnerable": "YES"},
            (),
            ["vulnerability_concerns", "support_arranged"],
        ),
        (
            InterviewStep.VULNERABILITY,
            {
                "vulnerable": "YES",
                "vulnerability_concerns": "First time in custody.",
                "support_arranged": "Listener.",
            },
            (),
            [],
        ),
        (InterviewStep.VULNERABILITY, VULNERABILITY, (), []),
    ],
)
def test_what_each_step_still_needs(
    step: InterviewStep, answers: dict[str, object], referrals: tuple[Referral, ...], fields: list[str]
) -> None:
    assert _fields(step, answers, referrals) == fields
    assert step_complete(step, answers, referrals) is (not fields)


def test_the_needs_step_names_every_area_not_asked_about() -> None:
    (gap,) = missing(InterviewStep.NEEDS, {"no_need_areas": ("HEALTH", "FAITH")})
    assert gap.message == (
        "Ask about Mental health, Substance misuse, Housing, Education and work, Finance, ID and benefits, "
        "Family and children: raise a referral or record no immediate need."
    )


def test_signing_needs_every_step_and_review_is_complete_only_then() -> None:
    assert missing_for_signing(EVERYTHING, (HOUSING,)) == ()
    assert step_complete(InterviewStep.REVIEW, EVERYTHING, (HOUSING,))
    short = {k: v for k, v in EVERYTHING.items() if k != "learning_style"}
    assert [m.field for m in missing_for_signing(short, (HOUSING,))] == ["learning_style"]
    assert not step_complete(InterviewStep.REVIEW, short, (HOUSING,))


def test_every_step_has_guidance_and_questions_to_read_out() -> None:
    for step in InterviewStep:
        info = STEP_INFO[step]
        assert info.title and info.guidance
        assert info.prompts and all(p.endswith("?") for p in info.prompts)


@pytest.mark.parametrize(
    ("area", "sections"),
    [
        (NeedArea.HOUSING, (NeedSection.ACCOMMODATION,)),
        (NeedArea.SUBSTANCE_MISUSE, (NeedSection.DRUG_MISUSE, NeedSection.ALCOHOL_MISUSE)),
        (NeedArea.FINANCE_ID_BENEFITS, (NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME,)),
        (NeedArea.MENTAL_HEALTH, (NeedSection.EMOTIONAL_WELL_BEING,)),
    ],
)
def test_need_areas_feed_need_sections(area: NeedArea, sections: tuple[NeedSection, ...]) -> None:
    assert area.need_sections == sections


def test_answers_become_evidence_prompts_in_the_need_sections() -> None:
    prompts = evidence_prompts(EVERYTHING, (HOUSING,))
    assert prompts[NeedSection.ACCOMMODATION] == (
        "Initial interview: housing referral — Tenancy at risk: rent arrears. "
        "(Resettlement, Dee Housing), raised.",
    )
    assert prompts[NeedSection.ATTITUDES] == (
        "Initial interview, in the prisoner's words (wants to change): "
        '"Stop drinking and get back to my kids."',
    )
    assert len(prompts[NeedSection.THINKING_AND_BEHAVIOUR]) == 2
    assert prompts[NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY] == (
        "Initial interview: basic skills screening entry level 3 (a learning need).",
    )
    assert NeedSection.EMOTIONAL_WELL_BEING not in prompts  # not vulnerable
    vulnerable = {**EVERYTHING, "vulnerable": "YES", "vulnerability_concerns": "First time in custody."}
    assert evidence_prompts(vulnerable, ())[NeedSection.EMOTIONAL_WELL_BEING] == (
        "Initial interview: vulnerability — First time in custody.",
    )
    assert evidence_prompts({}, ()) == {}


def test_a_learning_need_is_below_level_one() -> None:
    assert [r for r in BasicSkillsResult if r.is_learning_need] == [
        BasicSkillsResult.BELOW_ENTRY_3,
        BasicSkillsResult.ENTRY_3,
    ]
    assert [s for s in ReferralStatus if s.is_open] == [
        ReferralStatus.RAISED,
        ReferralStatus.ACCEPTED,
        ReferralStatus.IN_PROGRESS,
    ]
