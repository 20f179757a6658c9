"""Department contributions to the one plan (issue 9 point 3; seed 3.22–3.23)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from workbench.casework.context import ServiceContext
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.contributions import ACTION, OBJECTIVE, Proposal
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.users import UserService
from workbench.domain.enums import UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection
from workbench.domain.plan import ContributionStatus, Department, Phase, link_code, plan_id_for
from workbench.security.principal import CurrentUser
from workbench.store.models import Outbox, User
from workbench.store.plan_models import (
    Contribution,
    ContributionRequest,
    PlanAction,
    PlanObjective,
    SentencePlan,
)

DUE = date(2026, 12, 10)
ETE = link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY)

OBJ = Proposal(
    OBJECTIVE,
    outcome="Alex reads well enough to follow a job application on his own.",
    links=(ETE,),
    measure="Entry Level 3 reading assessment passed",
    phase=Phase.NOW,
)
ACT = Proposal(
    ACTION,
    what="Enrol on the Entry Level 3 literacy course",
    owner_role="Education manager",
    owner_name="Pat Teacher",
    department=Department.EDUCATION,
    due_on=date(2027, 1, 15),
    objective_ref=0,
)


@pytest.fixture
def service(ctx: ServiceContext) -> ContributionService:
    return ContributionService(ctx)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def _request(service: ContributionService, user: CurrentUser, pid: str) -> str:
    rid, _ = service.request(user, pid, Department.EDUCATION, DUE, "Literacy and work history, please.")
    return rid


def test_a_request_starts_the_one_plan_and_shows_as_requested(
    ctx: ServiceContext, service: ContributionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    rid, changes = service.request(supervisor, prisoner_id, Department.EDUCATION, DUE, " Literacy. ")
    assert changes.prisoner_ids == {prisoner_id} and "contribution_request" in changes.entities
    _request(service, supervisor, prisoner_id)  # a second request: still one plan
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(SentencePlan)) == 1
        row = s.get(ContributionRequest, rid)
        assert row is not None and row.plan_id == plan_id_for(prisoner_id) and row.note == "Literacy."
    ov = service.overview(supervisor, prisoner_id)
    assert [r.status for r in ov.requests] == [ContributionStatus.REQUESTED] * 2
    assert ov.can_request and ov.can_merge


def test_request_validation_reports_every_problem(
    service: ContributionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationErrors) as exc:
        service.request(supervisor, prisoner_id, Department.OMU, date(2026, 11, 1), "")
    by_field = exc.value.by_field()
    assert "already passed" in (by_field["due_on"] or "")
    assert "choose another department" in (by_field["department"] or "")
    with pytest.raises(ValidationErrors) as exc2:
        service.request(supervisor, prisoner_id, Department.EDUCATION, None, "")
    assert exc2.value.by_field()["due_on"] == "Enter the date the contribution is due."


def test_contributors_cannot_request_or_merge(
    service: ContributionService, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied, match="cannot request department contributions"):
        service.request(contributor, prisoner_id, Department.EDUCATION, DUE, "")
    rid = _request(service, supervisor, prisoner_id)
    cid, _ = service.write(contributor, rid, "Reads at entry level 2.", [OBJ])
    with pytest.raises(PermissionDenied, match="cannot write and agree the sentence plan"):
        service.merge(contributor, cid, [(0, OBJ)])
    with pytest.raises(PermissionDenied):
        service.withdraw(contributor, rid, "no longer needed")


def test_a_contributor_writes_and_the_request_shows_received(
    ctx: ServiceContext,
    service: ContributionService,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    assert [r.request_id for r in service.queue(contributor)] == [rid]
    cid, changes = service.write(contributor, rid, "  Reads at entry level 2.  ", [OBJ, ACT])
    assert changes.entities == {"contribution"}
    with ctx.store.read() as s:
        row = s.get(Contribution, cid)
        assert row is not None and row.department == "EDUCATION" and row.author_name == "Casey Contributor"
        assert row.summary == "Reads at entry level 2."
        assert [p["kind"] for p in json.loads(row.proposals)] == ["objective", "action"]
        # The contributor wrote only the class A row: the request row is the supervisor's.
        outbox = [
            o.entity
            for o in s.scalars(select(Outbox))
            if o.entity in {"contribution", "contribution_request"}
        ]
        assert outbox == ["contribution_request", "contribution"]
    (req,) = service.queue(contributor)
    assert req.status is ContributionStatus.RECEIVED and req.contribution_ids == (cid,)
    detail = service.contribution(supervisor, cid)
    assert detail.proposals == (OBJ, ACT)
    assert detail.lint[0] is not None and detail.lint[1] is None


def test_contribution_validation_names_the_proposal_and_field(
    service: ContributionService, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    bad_obj = replace(OBJ, outcome="  ", links=())
    bad_act = replace(ACT, what="", owner_role="", objective_ref=None)
    with pytest.raises(ValidationErrors) as exc:
        service.write(contributor, rid, "", [bad_obj, bad_act])
    by_field = exc.value.by_field()
    assert by_field["summary"] == "Enter the summary of the contribution."
    assert by_field["proposal.0.outcome"] == "Enter the outcome of proposal 1."
    assert "at least one need" in (by_field["proposal.0.links"] or "")
    assert by_field["proposal.1.what"] == "Enter the action of proposal 2."
    assert by_field["proposal.1.owner_role"] == "Enter the owner's role in proposal 2."
    assert "which objective" in (by_field["proposal.1.objective"] or "")


def test_contributors_department_filters_the_queue_and_the_writes(
    ctx: ServiceContext,
    service: ContributionService,
    admin: CurrentUser,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    edu = _request(service, supervisor, prisoner_id)
    health, _ = service.request(supervisor, prisoner_id, Department.HEALTHCARE, DUE, "")
    assert {r.request_id for r in service.queue(contributor)} == {edu, health}
    UserService(ctx).set_department(admin, "edu.contrib", Department.EDUCATION)
    assert [r.request_id for r in service.queue(contributor)] == [edu]
    with pytest.raises(ValidationError, match="for Healthcare, not your department"):
        service.write(contributor, health, "Seen by the nurse.", [])


def test_overdue_when_past_due_and_nothing_received(
    ctx: ServiceContext, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    service = ContributionService(ctx)
    rid = _request(service, supervisor, prisoner_id)
    later = ContributionService(replace(ctx, today=lambda: date(2026, 12, 11)))
    (row,) = later.queue(contributor)
    assert row.overdue and row.status_label == "Overdue (due 10 Dec 2026)"
    service.write(contributor, rid, "Late but here.", [])
    (row,) = later.queue(contributor)
    assert not row.overdue and row.status is ContributionStatus.RECEIVED


def test_merge_writes_into_the_one_plan_with_the_source_department(
    ctx: ServiceContext,
    service: ContributionService,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    cid, _ = service.write(contributor, rid, "Reads at entry level 2.", [OBJ, ACT])
    edited = replace(OBJ, outcome="Alex can read and complete a job application without help.")
    changes = service.merge(supervisor, cid, [(0, edited), (1, ACT)])
    assert {"plan_objective", "plan_action"} <= changes.entities
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(SentencePlan)) == 1
        (obj,) = s.scalars(select(PlanObjective)).all()
        (act,) = s.scalars(select(PlanAction)).all()
        assert obj.plan_id == plan_id_for(prisoner_id) and obj.outcome == edited.outcome
        assert obj.source_department == "EDUCATION" and obj.contribution_id == cid
        assert json.loads(obj.links) == [ETE]
        assert act.objective_id == obj.id and act.source_department == "EDUCATION"
        assert (act.owner_role, act.owner_name, act.department) == (
            "Education manager",
            "Pat Teacher",
            "EDUCATION",
        )
    ov = service.overview(supervisor, prisoner_id)
    assert ov.requests[0].status is ContributionStatus.MERGED
    assert [(m.kind, m.source_department) for m in ov.merged] == [
        (OBJECTIVE, Department.EDUCATION),
        (ACTION, Department.EDUCATION),
    ]
    assert ov.contributions[0].merged
    assert service.queue(contributor) == ()  # merged: off the contributor's to-do list
    with pytest.raises(ValidationError, match="already merged"):
        service.merge(supervisor, cid, [(0, OBJ)])
    with pytest.raises(ValidationError, match="request is merged"):
        service.write(contributor, rid, "More.", [])


def test_merge_refuses_an_action_whose_objective_was_left(
    service: ContributionService, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    cid, _ = service.write(contributor, rid, "Reads at entry level 2.", [OBJ, ACT])
    with pytest.raises(ValidationErrors, match="objective you left out"):
        service.merge(supervisor, cid, [(1, ACT)])


def test_a_correction_supersedes_and_the_original_is_kept(
    ctx: ServiceContext,
    service: ContributionService,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    first, _ = service.write(contributor, rid, "Reads at entry level 1.", [OBJ])
    second, _ = service.write(contributor, rid, "Reads at entry level 2.", [OBJ], supersedes_id=first)
    ov = service.overview(supervisor, prisoner_id)
    assert [c.contribution_id for c in ov.contributions] == [second]
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Contribution)) == 2


def test_withdraw_needs_a_reason_and_closes_the_request(
    service: ContributionService, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    with pytest.raises(ValidationError, match="Enter the reason for withdrawing"):
        service.withdraw(supervisor, rid, " ")
    service.withdraw(supervisor, rid, "Education assessed him last week.")
    assert service.overview(supervisor, prisoner_id).requests[0].status is ContributionStatus.WITHDRAWN
    assert service.queue(contributor) == ()
    with pytest.raises(ValidationError, match="request is withdrawn"):
        service.write(contributor, rid, "Too late.", [])


def test_the_contributor_sees_the_summary_and_the_objectives_only(
    ctx: ServiceContext,
    service: ContributionService,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    cid, _ = service.write(contributor, rid, "Reads at entry level 2.", [OBJ])
    service.merge(supervisor, cid, [(0, OBJ)])
    case = service.case_for_contributor(contributor, prisoner_id)
    assert case.prisoner_name == "TESTPERSON, Alex" and case.noms_number == "A1234BC"
    assert [o for _, o in case.objectives] == [OBJ.outcome]
    # The view holds no field for restricted detail at all.
    assert set(case.__dataclass_fields__) == {
        "prisoner_id",
        "prisoner_name",
        "noms_number",
        "location",
        "establishment_code",
        "objectives",
    }


def test_an_administrator_cannot_contribute(
    service: ContributionService,
    new_user: Callable[..., CurrentUser],
    supervisor: CurrentUser,
    prisoner_id: str,
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    admin2 = new_user("admin.two", "Ari Admin", UserRole.ADMIN)
    with pytest.raises(PermissionDenied):
        service.write(admin2, rid, "x", [])


def test_only_an_administrator_sets_a_contributors_department(
    ctx: ServiceContext, admin: CurrentUser, supervisor: CurrentUser, contributor: CurrentUser
) -> None:
    users = UserService(ctx)
    with pytest.raises(PermissionDenied):
        users.set_department(supervisor, "edu.contrib", Department.EDUCATION)
    with pytest.raises(ValidationError, match="no account 'nobody'"):
        users.set_department(admin, "nobody", Department.EDUCATION)
    changes = users.set_department(admin, "edu.contrib", Department.EDUCATION)
    assert changes.entities == {"user"}
    users.set_department(admin, "edu.contrib", None)  # cleared: every department's requests again
    with ctx.store.read() as s:
        row = s.scalars(select(User).where(User.username == "edu.contrib")).one()
        assert row.department is None


def test_latest_for_request_follows_the_corrections(
    service: ContributionService, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    rid = _request(service, supervisor, prisoner_id)
    assert service.latest_for_request(contributor, rid) is None
    first, _ = service.write(contributor, rid, "Reads at entry level 1.", [OBJ])
    latest = service.latest_for_request(contributor, rid)
    assert latest is not None and latest.contribution_id == first
    second, _ = service.write(contributor, rid, "Reads at entry level 2.", [OBJ, ACT], supersedes_id=first)
    latest = service.latest_for_request(contributor, rid)
    assert latest is not None and (latest.contribution_id, latest.supersedes_id) == (second, first)
    assert latest.proposals == (OBJ, ACT)
