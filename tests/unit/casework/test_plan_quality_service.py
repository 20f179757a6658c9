"""The plan's quality checks read from the store, the caseload's plan status and due date, and the
NEW_NEED event (issue 9 points 5 and 6). Real encrypted store, real services, fixed clock (26 Nov 2026).

The plan rows are written through ``UnitOfWork`` (the plan service is built in parallel); the
integrator may switch them to ``services.plan`` once it lands.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select
from test_assessment import NEEDS_TEXT, complete_one, full_form
from test_interview_service import ARRIVAL, HOUSING, REST

from workbench.casework.assessment import AssessmentService
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.assessment import NeedEntry
from workbench.casework.dto.caseload import CaseloadFilter
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.interview import InterviewService
from workbench.casework.plan.rows import ensure_plan
from workbench.casework.plan_events import NEW_NEED
from workbench.casework.plan_quality import PlanQualityService
from workbench.casework.reception import ReceptionService
from workbench.domain.errors import PermissionDenied
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.plan import Rag, RiskFactor, link_code
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser
from workbench.store.models import DomainEvent
from workbench.store.plan_models import PlanAction, PlanObjective, PlanVersion

DRUGS, HOUSE, THINK = (
    link_code(NeedSection.DRUG_MISUSE),
    link_code(NeedSection.ACCOMMODATION),
    link_code(NeedSection.THINKING_AND_BEHAVIOUR),
)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """High RoSH, 3 years determinate from 20 Nov 2026: in scope, plan due in 8 weeks (15 Jan 2027)."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def _checks(ctx: ServiceContext, user: CurrentUser, pid: str) -> dict[str, tuple[Rag, str]]:
    return {c.key: (c.rag, c.reason) for c in PlanQualityService(ctx).checks(user, pid)}


def _write_plan(ctx: ServiceContext, user: CurrentUser, pid: str, *, owner_name: str = "Kim Carat") -> None:
    """A complete plan answering the fixture assessment's three linked needs at High RoSH."""
    objectives: list[tuple[str, list[str], str, str, list[int]]] = [
        ("To stay free of heroin and manage cravings", [DRUGS], "CONSTRUCTIVE", "NOW", []),
        ("To stop and think before acting when angry", [THINK], "", "NOW", []),
        ("To have a tenancy to go to on release", [HOUSE], "", "BEFORE_RELEASE", [0]),
        ("To read and write well enough to fill in forms", [link_code(RiskFactor.LEARNING)], "", "NEXT", []),
    ]
    with ctx.write(user, Permission.PLAN) as uow:
        plan = ensure_plan(uow, pid)
        uow.update(
            plan,
            "sentence_plan.edited",
            contact_frequency="MONTHLY",
            com_liaison="QUARTERLY",
            next_review_on=date(2027, 5, 20),
            involvement="AGREES",
            copy_given_on=date(2026, 11, 25),
        )
        ids: list[str] = []
        for i, (outcome, links, tag, phase, prereqs) in enumerate(objectives):
            row = uow.add(
                PlanObjective(
                    prisoner_id=pid,
                    plan_id=plan.id,
                    outcome=outcome,
                    links=json.dumps(links),
                    measure="Reviewed at each monthly supervision",
                    phase=phase,
                    position=i,
                    prerequisites=json.dumps([ids[p] for p in prereqs]),
                    roh_tag=tag,
                ),
                "plan_objective.added",
            )
            ids.append(row.id)
            uow.add(
                PlanAction(
                    prisoner_id=pid,
                    plan_id=plan.id,
                    objective_id=row.id,
                    what="Assess and refer",
                    owner_role="CARAT worker",
                    owner_name=owner_name,
                ),
                "plan_action.added",
            )


def _issue(ctx: ServiceContext, user: CurrentUser, pid: str, when: datetime, reason: str = "INITIAL") -> None:
    with ctx.write(user, Permission.PLAN) as uow:
        plan = ensure_plan(uow, pid)
        n = len(uow.session.scalars(select(PlanVersion.id).where(PlanVersion.prisoner_id == pid)).all())
        uow.add(
            PlanVersion(
                prisoner_id=pid,
                plan_id=plan.id,
                version_no=n + 1,
                reason=reason,
                issued_at=when,
                issued_by_id=user.user_id,
                issued_by_name=user.display_name,
            ),
            "plan_version.issued",
        )


def _sign_interview(ctx: ServiceContext, user: CurrentUser, pid: str, **answers: Any) -> str:
    service = InterviewService(ctx)
    draft, _ = service.start_draft(user, pid)
    service.save_step(user, draft.interview_id, {**ARRIVAL, **REST, **answers}, [HOUSING])
    detail, _ = service.sign(user, draft.interview_id)
    return detail.interview_id


def _new_need_events(ctx: ServiceContext) -> list[dict[str, Any]]:
    with ctx.store.read() as s:
        rows = s.scalars(
            select(DomainEvent).where(DomainEvent.kind == NEW_NEED).order_by(DomainEvent.occurred_at)
        )
        return [json.loads(e.payload) for e in rows]


def test_a_new_case_says_what_its_plan_lacks(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    checks = _checks(ctx, supervisor, prisoner_id)
    assert checks["needs_covered"] == (
        Rag.GREEN,
        "Not applicable: the latest assessment links no need to offending or harm.",
    )
    assert checks["roh_objective"][0] is Rag.RED  # the prisoner's RoSH is High at reception
    assert checks["outcome_focused"] == (Rag.RED, "The plan has no objectives yet.")
    assert checks["contact_levels"][0] is Rag.RED
    assert checks["involvement"][0] is Rag.RED
    assert checks["plan_due"] == (Rag.GREEN, "Due 15 Jan 2027, in 50 days.")


def test_a_complete_plan_is_green_everywhere_and_a_fault_turns_its_check_red(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    complete_one(AssessmentService(ctx), supervisor, prisoner_id, full_form())
    _sign_interview(ctx, supervisor, prisoner_id, basic_skills="ENTRY_3")  # a learning need
    checks = _checks(ctx, supervisor, prisoner_id)
    assert checks["needs_covered"][0] is Rag.RED
    assert checks["learning_objective"][0] is Rag.RED

    _write_plan(ctx, supervisor, prisoner_id)
    _issue(ctx, supervisor, prisoner_id, datetime(2026, 11, 25, 10, 0))
    checks = _checks(ctx, supervisor, prisoner_id)
    assert {k: v for k, v in checks.items() if v[0] is not Rag.GREEN} == {}
    assert checks["plan_due"][1] == "Issued on 25 Nov 2026, within the timescale (due 15 Jan 2027)."
    assert checks["needs_covered"][1].startswith("Each of the 3 needs")

    with ctx.write(supervisor, Permission.PLAN) as uow:
        for action in uow.session.scalars(select(PlanAction)).all()[:1]:
            uow.update(action, "plan_action.edited", owner_name="")
    assert _checks(ctx, supervisor, prisoner_id)["action_owners"] == (
        Rag.RED,
        "1 action of 4 lack a role or a named person.",
    )


def test_readers_need_the_caseload_permission(
    ctx: ServiceContext, contributor: CurrentUser, prisoner_id: str
) -> None:
    if allows(contributor.role, Permission.VIEW_CASELOAD):
        assert PlanQualityService(ctx).checks(contributor, prisoner_id)
    else:
        with pytest.raises(PermissionDenied):
            PlanQualityService(ctx).checks(contributor, prisoner_id)


def test_the_caseload_shows_plan_status_and_due_date(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    caseload = CaseloadService(ctx)

    def status() -> tuple[str, str, date | None]:
        row = caseload.row(supervisor, prisoner_id)
        assert row is not None
        return row.plan_state, row.plan_status, row.plan_due_on

    assert status() == ("NO_PLAN", "No plan", date(2027, 1, 15))
    _write_plan(ctx, supervisor, prisoner_id)
    assert status() == ("DRAFT", "Draft", date(2027, 1, 15))
    _issue(ctx, supervisor, prisoner_id, datetime(2026, 11, 25, 10, 0))
    assert status() == ("AGREED", "Agreed v1", date(2027, 11, 25))  # the annual review
    _issue(ctx, supervisor, prisoner_id, datetime(2026, 11, 26, 9, 0), reason="REVIEW")
    assert status() == ("AGREED", "Agreed v2", date(2027, 11, 26))  # a review restarts the clock
    due = {i.rule.value: i.status.value for i in caseload.detail(supervisor, prisoner_id).due_items}
    assert due["SENTENCE_PLAN"] == "MET"

    only = caseload.rows(supervisor, CaseloadFilter(plan_states=frozenset({"AGREED"})))
    assert [r.prisoner_id for r in only] == [prisoner_id]
    assert caseload.rows(supervisor, CaseloadFilter(plan_states=frozenset({"NO_PLAN"}))) == []


def test_a_plan_not_issued_in_time_is_overdue(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    pid, _ = ReceptionService(ctx).receive(
        supervisor,
        receive(
            received_on=date(2026, 8, 3),
            sentence_date=date(2026, 8, 3),
            conditional_release_date=date(2028, 2, 2),
            sentence_expiry_date=date(2029, 8, 2),
        ),
    )
    row = CaseloadService(ctx).row(supervisor, pid)
    assert row is not None and (row.plan_state, row.plan_status) == ("OVERDUE", "Overdue")
    assert _checks(ctx, supervisor, pid)["plan_due"][0] is Rag.RED


def test_new_need_is_raised_when_an_assessment_links_a_need_the_last_one_did_not(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service = AssessmentService(ctx)
    complete_one(service, supervisor, prisoner_id, full_form())
    assert _new_need_events(ctx) == []  # a first assessment seeds the plan: nothing is new to it
    second = complete_one(service, supervisor, prisoner_id, full_form())
    assert _new_need_events(ctx) == []  # the same needs

    form = full_form()
    needs = tuple(
        NeedEntry(n.section, NeedSeverity.STANDARD, False, True, "Drinks daily.", "Drunk at each offence.")
        if n.section is NeedSection.ALCOHOL_MISUSE
        else n
        for n in form.needs
    )
    third = complete_one(service, supervisor, prisoner_id, replace(form, needs=needs))
    assert _new_need_events(ctx) == [
        {
            "source": "ASSESSMENT_COMPLETED",
            "assessment_id": third,
            "previous_assessment_id": second,
            "needs": [link_code(NeedSection.ALCOHOL_MISUSE)],
        }
    ]
    assert NeedSection.ALCOHOL_MISUSE not in NEEDS_TEXT


def test_new_need_is_raised_for_each_referral_an_interview_raises(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    interview_id = _sign_interview(ctx, supervisor, prisoner_id)
    (event,) = _new_need_events(ctx)
    (referral,) = InterviewService(ctx).overview(supervisor, prisoner_id).referrals
    assert event == {
        "source": "INTERVIEW_REFERRAL",
        "interview_id": interview_id,
        "referral_id": referral.referral_id,
        "area": "HOUSING",
    }
    # A correction carries the referral over: not a new need.
    service = InterviewService(ctx)
    correction, _ = service.supersede(supervisor, interview_id)
    service.sign(supervisor, correction.interview_id)
    assert len(_new_need_events(ctx)) == 1
