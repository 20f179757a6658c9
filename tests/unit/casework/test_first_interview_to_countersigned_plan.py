"""Issue 8, done when: a newly received prisoner taken from the first interview to a countersigned risk
management plan, through the real services only (the ones the screens call), as one supervisor and one
OMU manager would on one terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rmp_helpers import full_form

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.caseload import CaseloadFilter
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rosh import AnalysisForm, CountersignStatus, ScreeningForm
from workbench.casework.interview import InterviewService
from workbench.casework.reception import ReceptionService
from workbench.casework.rmp import RmpService
from workbench.casework.rosh.analysis import LEVEL_KEYS, AnalysisService
from workbench.casework.rosh.countersign import CountersignService, countersign_state
from workbench.casework.rosh.screening import ScreeningService
from workbench.domain.interview import NeedArea, Referral, ReferralOwnerRole, ReferralStatus
from workbench.domain.rosh import INDICATOR_CODES
from workbench.domain.timescales import DueRule, DueStatus
from workbench.security.principal import CurrentUser

SEEN = date(2026, 11, 24)


def test_from_first_interview_to_a_countersigned_risk_management_plan(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    manager: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> None:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    caseload = CaseloadService(ctx)

    def due(rule: DueRule) -> DueStatus:
        return {i.rule: i for i in caseload.detail(supervisor, pid).due_items}[rule].status

    # 1. The initial interview: completing arrival stops the ten-working-day clock; signing raises the
    #    housing referral.
    interviews = InterviewService(ctx)
    draft, _ = interviews.start_draft(supervisor, pid)
    interviews.save_step(
        supervisor,
        draft.interview_id,
        {
            "first_contact_date": SEEN,
            "role_explained": "YES",
            "first_contact_summary": "Met in the wing office; explained my role.",
            "no_need_areas": [a.value for a in NeedArea if a is not NeedArea.HOUSING],
            "wants_to_change": "Stop hurting people when I drink.",
            "what_helps": "My sister.",
            "what_gets_in_the_way": "Old mates.",
            "motivation": "PREPARING",
            "learning_style": "Being shown.",
            "capacity_to_change": "Stayed dry for a year before.",
            "first_language": "English",
            "interpreter_needed": "NO",
            "basic_skills": "LEVEL_1",
            "disability_and_adjustments": "None disclosed.",
            "discrimination_experienced": "None reported.",
            "vulnerable": "NO",
        },
        [
            Referral(
                NeedArea.HOUSING,
                "Tenancy lost on sentence.",
                ReferralOwnerRole.RESETTLEMENT,
                "Dee Housing",
                ReferralStatus.RAISED,
                SEEN,
            )
        ],
    )
    assert due(DueRule.FIRST_CONTACT) is DueStatus.MET
    interviews.sign(supervisor, draft.interview_id)
    assert [r.area for r in interviews.overview(supervisor, pid).referrals] == [NeedArea.HOUSING]

    # 2. The screening: a yes to wounding and a don't-know on self-harm call for a full analysis.
    screenings = ScreeningService(ctx)
    s, _ = screenings.start_draft(supervisor, pid)
    answers = {**dict.fromkeys(INDICATOR_CODES, "no"), "wounding": "yes", "self_harm": "unknown"}
    screenings.save_draft(supervisor, s.screening_id, ScreeningForm(answers, "Interview, PNC, PSR.", ""))
    signed_screening, _ = screenings.sign(supervisor, s.screening_id)
    assert signed_screening.decision.required
    assert signed_screening.decision.reasons == ("wounding", "self_harm")

    # 3. The full analysis at High for the public in the community: a plan is now required.
    analyses = AnalysisService(ctx)
    a, _ = analyses.start_draft(supervisor, pid)
    levels = {**dict.fromkeys(LEVEL_KEYS, "LOW"), "community.public": "HIGH"}
    text = "Section 20 wounding of a stranger outside a pub; two previous assaults when drunk."
    analyses.save_draft(
        supervisor,
        a.analysis_id,
        AnalysisForm(
            previous_offending="Two common assaults (2019, 2022), both in the night-time economy.",
            current_offending=text,
            who_is_at_risk="Members of the public, men in pubs and on the street at night.",
            nature_of_risk="Serious physical injury from punches and kicks.",
            when_risk_greatest="After drinking heavily, at weekends, with his old friends.",
            increases_risk="Alcohol, loss of his tenancy, contact with his co-defendant.",
            decreases_risk="Sobriety, his sister's support, work.",
            protective_factors="A year dry before this offence; a supportive sister.",
            risk_to_children="No children at risk identified.",
            risk_to_self="Unknown self-harm history checked: none recorded in custody.",
            custody_risks="None known.",
            levels=levels,
            evidence={k: "Offence history, PSR and interview on 24 Nov 2026." for k in LEVEL_KEYS},
        ),
    )
    analysis, _ = analyses.sign(supervisor, a.analysis_id)
    assert analysis.overall_level is not None and analysis.overall_level.value == "HIGH"
    assert analysis.countersign_required

    plans = RmpService(ctx)
    overview = plans.overview(supervisor, pid)
    assert overview.required and overview.current is None

    # 4. The risk management plan, signed; at High it goes to the manager.
    p, _ = plans.start_draft(supervisor, pid)
    plans.save_draft(supervisor, p.plan_id, full_form())
    plan, _ = plans.sign(supervisor, p.plan_id)
    assert plan.countersign_required
    rows = caseload.rows(supervisor, CaseloadFilter(awaiting_countersignature_only=True))
    assert [r.prisoner_id for r in rows] == [pid]

    # 5. The manager countersigns the analysis and the plan from the queue; nothing is left waiting.
    queue = CountersignService(ctx)
    waiting = {(i.entity, i.record_id) for i in queue.queue(manager)}
    assert ("risk_management_plan", plan.plan_id) in waiting
    assert ("rosh_analysis", analysis.analysis_id) in waiting
    for entity, record_id in sorted(waiting):
        queue.countersign(manager, entity, record_id, "Read in full; agreed.")
    assert queue.count(manager) == 0
    with ctx.store.read() as session:
        state = countersign_state(session, "risk_management_plan", plan.plan_id)
    assert state.status is CountersignStatus.COUNTERSIGNED and state.manager_name == manager.display_name
    assert caseload.rows(supervisor, CaseloadFilter(awaiting_countersignature_only=True)) == []
    current = plans.overview(supervisor, pid).current
    assert current is not None and current.countersign_state is not None
    assert current.countersign_state.startswith("Countersigned by")
