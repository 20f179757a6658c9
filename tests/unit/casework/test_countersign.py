"""Countersigning and oversight (issue 8 point 6; seed 4.9): the manager's queue across the three kinds,
countersign or return with comments, rework superseding the returned record, and the state function
the plan's service shares. Real store and services."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from test_rosh_work import analysis_form, screening_form, sign_analysis, sign_screening

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rosh import ANALYSIS, PLAN, SCREENING, CountersignStatus
from workbench.casework.reception import ReceptionService
from workbench.casework.rosh.analysis import AnalysisService
from workbench.casework.rosh.countersign import CountersignService, awaiting_prisoner_ids, countersign_state
from workbench.casework.rosh.screening import ScreeningService
from workbench.casework.rosh_records import current_signed
from workbench.domain.enums import UserRole
from workbench.domain.errors import PermissionDenied, ValidationError
from workbench.security.principal import CurrentUser
from workbench.store.rosh_models import CompletedRiskManagementPlan, CompletedRoshScreening
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


@pytest.fixture
def queue(ctx: ServiceContext) -> CountersignService:
    return CountersignService(ctx)


def test_the_queue_holds_every_kind_awaiting_oldest_first(
    ctx: ServiceContext,
    queue: CountersignService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
) -> None:
    screenings, analyses = ScreeningService(ctx), AnalysisService(ctx)
    sid = sign_screening(screenings, supervisor, prisoner_id, screening_form(children_identifiable="yes"))
    aid = sign_analysis(analyses, supervisor, prisoner_id, analysis_form("HIGH"))
    # The plan's service is another helper's; the queue reads its table directly.
    with UnitOfWork(ctx.store, Actor(supervisor.user_id, supervisor.username)) as uow:
        plan = uow.add(
            CompletedRiskManagementPlan(
                prisoner_id=prisoner_id,
                author_id=supervisor.user_id,
                author_name=supervisor.display_name,
                countersign_required=True,
                completed_at=utcnow() - timedelta(days=3),
                signed_by_id=supervisor.user_id,
                signed_by_name=supervisor.display_name,
                overall_level="HIGH",
                measures=json.dumps(
                    [
                        {
                            "category": "victim_safety",
                            "measure": "No contact with the victim by phone or mail",
                            "role": "Security",
                            "named_person": "D. Hughes",
                            "response": "Block the number; stop and report any letter",
                            "by_when": "2027-06-10",
                            "restricted": True,
                        }
                    ]
                ),
            ),
            "risk_management_plan.signed",
        )
    items = queue.queue(manager)
    assert [(i.entity, i.record_id) for i in items] == [(PLAN, plan.id), (SCREENING, sid), (ANALYSIS, aid)]
    assert items[1].why.startswith("child-protection concerns") and items[2].why.startswith("High")
    assert queue.count(manager) == 3
    view = queue.view(manager, ANALYSIS, aid)
    assert dict(view.parts)["Overall level"] == "High"
    # The plan reads as the plan tab words it: headings and dates as people write them, not stored codes.
    measures = dict(queue.view(manager, PLAN, plan.id).parts)["Measures"]
    assert measures.startswith("Victim safety planning (restricted): No contact with the victim")
    assert "Who: Security, D. Hughes · by 10 Jun 2027" in measures and "2027-06-10" not in measures
    with ctx.store.read() as s:
        assert awaiting_prisoner_ids(s) == {prisoner_id}
        assert countersign_state(s, PLAN, plan.id).status is CountersignStatus.AWAITING


def test_countersign_and_return_need_a_manager_and_returning_needs_comments(
    ctx: ServiceContext,
    queue: CountersignService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
) -> None:
    sid = sign_screening(
        ScreeningService(ctx), supervisor, prisoner_id, screening_form(previous_high_rosh="yes")
    )
    with pytest.raises(PermissionDenied):
        queue.countersign(supervisor, SCREENING, sid)
    with pytest.raises(ValidationError, match="needs comments"):
        queue.return_for_rework(manager, SCREENING, sid, "   ")
    queue.countersign(manager, SCREENING, sid, "")
    with ctx.store.read() as s:
        state = countersign_state(s, SCREENING, sid)
        assert (state.status, state.manager_name) == (CountersignStatus.COUNTERSIGNED, "Morgan Manager")
        assert awaiting_prisoner_ids(s) == frozenset()
    with pytest.raises(ValidationError, match="not awaiting countersignature"):
        queue.return_for_rework(manager, SCREENING, sid, "Too late")
    assert queue.queue(manager) == ()


def test_a_manager_cannot_countersign_their_own_record(
    ctx: ServiceContext, queue: CountersignService, manager: CurrentUser, prisoner_id: str
) -> None:
    sid = sign_screening(
        ScreeningService(ctx), manager, prisoner_id, screening_form(children_wellbeing="yes")
    )
    with pytest.raises(PermissionDenied, match="another manager"):
        queue.countersign(manager, SCREENING, sid)


def test_returned_for_rework_then_rework_supersedes_and_waits_again(
    ctx: ServiceContext,
    queue: CountersignService,
    supervisor: CurrentUser,
    new_user: Callable[..., CurrentUser],
    prisoner_id: str,
) -> None:
    manager = new_user("omu.two", "Dee Manager", UserRole.MANAGER)
    screenings = ScreeningService(ctx)
    sid = sign_screening(screenings, supervisor, prisoner_id, screening_form(children_identifiable="yes"))
    queue.return_for_rework(manager, SCREENING, sid, "Name the sources: was children's services asked?")
    returned = screenings.get(supervisor, sid)
    assert returned.countersign is not None and returned.countersign.status is CountersignStatus.RETURNED
    assert "children's services" in returned.countersign.comments
    assert queue.queue(manager) == ()
    with ctx.store.read() as s:
        current = current_signed(s, CompletedRoshScreening, prisoner_id)
        assert current is not None and current.id == sid  # still current until the rework is signed
    d, _ = screenings.supersede(supervisor, sid)
    screenings.save_draft(
        supervisor, d.screening_id, {"sources": "Interview; children's services (J. Bell)."}
    )
    rework, _ = screenings.sign(supervisor, d.screening_id)
    assert [i.record_id for i in queue.queue(manager)] == [rework.screening_id]
    assert rework.supersedes_id == sid
    queue.countersign(manager, SCREENING, rework.screening_id)
    assert queue.state(supervisor, SCREENING, sid).status is CountersignStatus.RETURNED


def test_an_analysis_below_high_without_concerns_needs_no_countersignature(
    ctx: ServiceContext,
    queue: CountersignService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
) -> None:
    sign_screening(ScreeningService(ctx), supervisor, prisoner_id, screening_form(robbery="yes"))
    aid = sign_analysis(AnalysisService(ctx), supervisor, prisoner_id, analysis_form("MEDIUM"))
    assert queue.state(supervisor, ANALYSIS, aid).status is CountersignStatus.NOT_REQUIRED
    assert queue.queue(manager) == ()
    with pytest.raises(ValidationError, match="not a record a manager countersigns"):
        queue.state(supervisor, "prisoner", aid)


def test_the_caseload_filters_on_awaiting_countersignature_and_the_tab_says_returned(
    ctx: ServiceContext,
    queue: CountersignService,
    supervisor: CurrentUser,
    new_user: Callable[..., CurrentUser],
    receive: Callable[..., ReceptionRequest],
    prisoner_id: str,
) -> None:
    from workbench.casework.caseload import CaseloadService
    from workbench.casework.dto.caseload import CaseloadFilter
    from workbench.casework.rosh.overview import RoshOverviewService

    other, _ = ReceptionService(ctx).receive(supervisor, receive(noms_number="B2222BB", family_name="Baker"))
    overview = RoshOverviewService(ctx).overview(supervisor, other)
    assert overview.screening is None and not overview.can_start_analysis
    assert any("No signed RoSH screening" in n for n in overview.notices)
    sid = sign_screening(
        ScreeningService(ctx), supervisor, prisoner_id, screening_form(children_wellbeing="yes")
    )
    caseload = CaseloadService(ctx)
    rows = caseload.rows(supervisor, CaseloadFilter(awaiting_countersignature_only=True))
    assert [(r.prisoner_id, r.awaiting_countersignature) for r in rows] == [(prisoner_id, True)]
    assert len(caseload.rows(supervisor)) == 2
    manager = new_user("omu.two", "Dee Manager", UserRole.MANAGER)
    queue.return_for_rework(manager, SCREENING, sid, "Which children? Name them.")
    assert caseload.rows(supervisor, CaseloadFilter(awaiting_countersignature_only=True)) == []
    overview = RoshOverviewService(ctx).overview(supervisor, prisoner_id)
    assert overview.screening is not None and overview.can_start_analysis
    assert any("returned for rework by Dee Manager" in n and "Which children?" in n for n in overview.notices)


def test_only_a_manager_reads_a_record_through_the_queue(
    ctx: ServiceContext,
    queue: CountersignService,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    sid = sign_screening(
        ScreeningService(ctx), supervisor, prisoner_id, screening_form(children_wellbeing="yes")
    )
    for user in (supervisor, contributor):
        with pytest.raises(PermissionDenied):
            queue.view(user, SCREENING, sid)
        with pytest.raises(PermissionDenied):
            queue.queue(user)
