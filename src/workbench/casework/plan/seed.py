"""Objectives proposed when a plan is first opened (issue 9 point 1: "seeded from the initial interview
and the assessments").

Proposals are never written silently: the supervisor accepts each into the plan (then edits it) or
dismisses it with a reason. Sources: the signed interview's immediate needs (referrals) and the
prisoner's own goals in their words; each need of the latest completed likelihood assessment that is
linked to offending or harm (seed foreword: the plan follows what is required, not what is available);
a High/Very High RoSH → a risk-of-harm objective; child-protection concerns → child protection (seed
3.12); an identifiable victim → victim safety (seed 4.8); a learning need → a learning objective
(seed 3.32). Pure apart from its inputs: no I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from workbench.casework.dto.assessment import AssessmentDetail
from workbench.casework.dto.interview import InterviewDetail
from workbench.casework.dto.plan import SeedProposal
from workbench.domain.enums import RoshLevel
from workbench.domain.interview import BasicSkillsResult
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.plan import Phase, RiskFactor, RohTag, link_code
from workbench.domain.rmp import RequiredItem

SEED_PREFIX: Final = "SEED:"
"""``SentencePlan.need_reasons`` keys "SEED:<proposal key>" record a proposal accepted or dismissed."""
GOALS_KEY: Final = "GOALS"

# An outcome for each need section, worded as a change (DESIGN.md section 4 "Objective linter").
_NEED_OUTCOMES: Final[dict[NeedSection, str]] = {
    NeedSection.ACCOMMODATION: "To have settled accommodation to go to on release and keep it.",
    NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY: (
        "To gain the skills and qualifications to find and keep a job after release."
    ),
    NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME: (
        "To manage money without getting into debt, with a bank account and ID ready for release."
    ),
    NeedSection.RELATIONSHIPS: "To build and keep relationships that support a life without offending.",
    NeedSection.LIFESTYLE_AND_ASSOCIATES: (
        "To spend time with people and in activities that do not lead to offending."
    ),
    NeedSection.DRUG_MISUSE: "To stay free of illicit drugs and be able to manage the risk of relapse.",
    NeedSection.ALCOHOL_MISUSE: "To control drinking so that alcohol no longer leads to offending.",
    NeedSection.EMOTIONAL_WELL_BEING: "To cope with stress and low mood without harming self or others.",
    NeedSection.THINKING_AND_BEHAVIOUR: (
        "To be able to stop and think before acting, and solve problems without aggression."
    ),
    NeedSection.ATTITUDES: (
        "To accept responsibility for the offending and hold attitudes that support change."
    ),
    NeedSection.HEALTH_AND_OTHER: "To manage health needs so that they no longer stand in the way of change.",
}

_ROH_OUTCOME: Final = (
    "To understand what led to the harm caused, recognise the warning signs and use safer ways of coping."
)
_CHILD_OUTCOME: Final = (
    "To keep children safe: keep to the agreed contact arrangements and show understanding of the harm "
    "caused to children."
)
_VICTIM_OUTCOME: Final = (
    "To respect the victim's safety: keep to every contact restriction and make no approach."
)
_LEARNING_OUTCOME: Final = "To improve reading, writing and maths to at least Level 1."


def _need_proposals(assessment: AssessmentDetail | None) -> list[SeedProposal]:
    if assessment is None:
        return []
    out = []
    for entry in assessment.form.needs:
        if entry.severity in (None, NeedSeverity.NO_NEED):
            continue
        if not (entry.linked_to_reoffending or entry.linked_to_harm):
            continue
        assert entry.severity is not None
        linked = " and ".join(
            w for w, on in (("offending", entry.linked_to_reoffending), ("harm", entry.linked_to_harm)) if on
        )
        out.append(
            SeedProposal(
                key=link_code(entry.section),
                outcome=_NEED_OUTCOMES[entry.section],
                links=(link_code(entry.section),),
                source=(
                    f"Likelihood assessment: {entry.section.label.lower()}, "
                    f"{entry.severity.label.lower()} need, linked to {linked}."
                ),
                phase=Phase.NOW if entry.severity is NeedSeverity.SEVERE else Phase.NEXT,
            )
        )
    return out


def _interview_proposals(interview: InterviewDetail | None) -> list[SeedProposal]:
    if interview is None:
        return []
    out = []
    for r in interview.referrals:
        if not r.referral_id or not r.need.strip():
            continue
        links = (link_code(RiskFactor.IMMEDIATE_NEED), *(link_code(s) for s in r.area.need_sections))
        out.append(
            SeedProposal(
                key=f"REFERRAL:{r.referral_id}",
                outcome=f"To have the {r.area.label.lower()} need met: {r.need.strip()}",
                links=links,
                source=f"Initial interview: {r.area.label.lower()} referral ({r.status.label.lower()}).",
                phase=Phase.NOW,
            )
        )
    goals = interview.goals.strip()
    if goals:
        out.append(
            SeedProposal(
                key=GOALS_KEY,
                outcome=goals,
                links=(link_code(NeedSection.ATTITUDES),),
                source="Initial interview: what the prisoner wants to change, in their own words.",
            )
        )
    skills = str(interview.answers.get("basic_skills") or "")
    if skills in BasicSkillsResult.__members__ and BasicSkillsResult(skills).is_learning_need:
        out.append(
            SeedProposal(
                key=link_code(RiskFactor.LEARNING),
                outcome=_LEARNING_OUTCOME,
                links=(
                    link_code(RiskFactor.LEARNING),
                    link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY),
                ),
                source=f"Initial interview: basic skills {BasicSkillsResult(skills).label.lower()}.",
                measure="Basic skills re-screened at Level 1 or above.",
            )
        )
    return out


def proposals(
    *,
    interview: InterviewDetail | None,
    assessment: AssessmentDetail | None,
    rosh_level: RoshLevel | None,
    required: Sequence[tuple[RequiredItem, str]],
    taken: Collection[str],
) -> tuple[SeedProposal, ...]:
    """The proposals not yet accepted or dismissed (``taken``: keys already answered), risk first."""
    out: list[SeedProposal] = []
    if rosh_level in (RoshLevel.HIGH, RoshLevel.VERY_HIGH):
        assert rosh_level is not None
        out.append(
            SeedProposal(
                key=link_code(RiskFactor.RISK_OF_HARM),
                outcome=_ROH_OUTCOME,
                links=(link_code(RiskFactor.RISK_OF_HARM),),
                source=f"Risk of serious harm: {rosh_level.label}.",
                roh_tag=RohTag.CONSTRUCTIVE,
            )
        )
    for item, why in required:
        if item is RequiredItem.CHILD_PROTECTION_OBJECTIVE:
            out.append(
                SeedProposal(
                    key=link_code(RiskFactor.CHILD_PROTECTION),
                    outcome=_CHILD_OUTCOME,
                    links=(link_code(RiskFactor.CHILD_PROTECTION),),
                    source=f"Children: {why}.",
                    roh_tag=RohTag.RESTRICTIVE,
                )
            )
        elif item is RequiredItem.VICTIM_SAFETY_PLANNING:
            out.append(
                SeedProposal(
                    key=link_code(RiskFactor.VICTIM_SAFETY),
                    outcome=_VICTIM_OUTCOME,
                    links=(link_code(RiskFactor.VICTIM_SAFETY),),
                    source=f"Victims: {why}.",
                    roh_tag=RohTag.RESTRICTIVE,
                )
            )
    out.extend(_need_proposals(assessment))
    out.extend(_interview_proposals(interview))
    seen: set[str] = set()
    kept = []
    for p in out:
        if p.key in taken or p.key in seen:
            continue
        seen.add(p.key)
        kept.append(p)
    return tuple(kept)
