"""Sentence planning boards (issue 10 point 5; seed 3.31)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from workbench.casework.allocation import AllocationService
from workbench.casework.boards import BoardService, parse_time, request_due_on
from workbench.casework.context import ServiceContext
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.boards import BoardForm, BoardRecordForm, Decision, DecisionKind, Invitation
from workbench.casework.dto.plan import InvolvementForm, ObjectiveForm
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.plan import PlanService
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import AllocationRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection
from workbench.domain.plan import (
    ContributionStatus,
    Department,
    Involvement,
    ObjectiveStatus,
    PlanEvent,
    VersionReason,
    link_code,
)
from workbench.domain.reviews import (
    AttendanceMode,
    BoardKind,
    BoardStatus,
    ParticipantRole,
    TriggerKind,
    review_task_id,
)
from workbench.security.principal import CurrentUser
from workbench.store.models import DomainEvent, Prisoner
from workbench.store.plan_models import (
    ContributionRequest,
    PlanAction,
    PlanObjective,
    PlanVersion,
    SentencePlan,
    TransferRequest,
)
from workbench.store.review_models import Board, BoardInvitee, BoardRecord, ReviewTask

BOARD_DAY = date(2026, 12, 10)  # a Thursday, two weeks after the fixtures' today (26/11/2026)
ETE = link_code(NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY)
FORM = BoardForm(BoardKind.REVIEW, BOARD_DAY, "10:30", "OMU meeting room", "Morgan Manager")


@pytest.fixture
def service(ctx: ServiceContext) -> BoardService:
    return BoardService(ctx)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


@pytest.fixture
def board_id(service: BoardService, supervisor: CurrentUser, prisoner_id: str) -> str:
    bid, _ = service.schedule(supervisor, prisoner_id, FORM)
    return bid


def _agreed_plan(ctx: ServiceContext, user: CurrentUser, pid: str) -> str:
    plan = PlanService(ctx)
    oid, _ = plan.save_objective(
        user, pid, None, ObjectiveForm("Alex reads well enough to apply for work.", (ETE,))
    )
    plan.save_involvement(user, pid, InvolvementForm(Involvement.AGREES))
    plan.issue_version(user, pid, VersionReason.INITIAL)
    return oid


# -- scheduling ---------------------------------------------------------------------------------


def test_scheduling_stores_the_board_and_lists_it_as_upcoming(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    bid, changes = service.schedule(
        supervisor, prisoner_id, BoardForm(BoardKind.REVIEW, BOARD_DAY, "9.05", " Room 2 ", "Chair")
    )
    assert changes.prisoner_ids == {prisoner_id} and "board" in changes.entities
    with ctx.store.read() as s:
        row = s.get(Board, bid)
        assert row is not None
        assert (row.scheduled_time, row.location, row.status) == ("09:05", "Room 2", "SCHEDULED")
        assert row.scheduled_by_name == supervisor.display_name
    ov = service.overview(supervisor, prisoner_id)
    assert [b.id for b in ov.upcoming] == [bid] and ov.past == () and ov.can_schedule
    assert ov.upcoming[0].title == "Review board, 10/12/2026 09:05"


def test_scheduling_validation_reports_a_past_date_and_an_impossible_time(
    service: BoardService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationErrors) as exc:
        service.schedule(supervisor, prisoner_id, BoardForm(None, date(2026, 11, 25), "25:00"))
    by_field = exc.value.by_field()
    assert by_field["on"] == "The board date (25/11/2026) has already passed."
    assert by_field["time"] == "There is no hour 25 in 25:00: use 00 to 23."
    assert by_field["kind"] == "Choose which board this is."
    with pytest.raises(ValidationErrors) as exc2:
        service.schedule(supervisor, prisoner_id, BoardForm(BoardKind.REVIEW, None, "half ten"))
    assert exc2.value.by_field()["on"] == "Enter the date of the board."
    assert "is not a time" in (exc2.value.by_field()["time"] or "")


@pytest.mark.parametrize(
    ("typed", "stored", "problem"),
    [
        ("", "", None),
        ("10:30", "10:30", None),
        ("7.15", "07:15", None),
        ("23:59", "23:59", None),
        ("24:00", "", "There is no hour 24"),
        ("10:60", "", "There is no minute 60"),
        ("noon", "", "is not a time"),
    ],
)
def test_times(typed: str, stored: str, problem: str | None) -> None:
    value, err = parse_time(typed)
    assert value == stored
    assert (err is None) if problem is None else (err is not None and problem in err.message)


def test_reschedule_and_cancel(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, board_id: str
) -> None:
    service.reschedule(
        supervisor, board_id, BoardForm(BoardKind.PRE_RELEASE, date(2026, 12, 17), "14:00", "Wing office")
    )
    with pytest.raises(ValidationError, match="Enter the reason for cancelling"):
        service.cancel(supervisor, board_id, "  ")
    service.cancel(supervisor, board_id, "Prisoner at court that day.")
    with ctx.store.read() as s:
        row = s.get(Board, board_id)
        assert row is not None
        assert (row.kind, row.scheduled_on, row.status) == ("PRE_RELEASE", date(2026, 12, 17), "CANCELLED")
        assert row.status_reason == "Prisoner at court that day."
    with pytest.raises(ValidationError, match="already cancelled"):
        service.reschedule(supervisor, board_id, FORM)
    view = service.overview(supervisor, row.prisoner_id)
    assert view.upcoming == () and view.past[0].status is BoardStatus.CANCELLED


def test_default_kind_follows_the_case(
    ctx: ServiceContext,
    service: BoardService,
    supervisor: CurrentUser,
    prisoner_id: str,
    receive: Callable[..., ReceptionRequest],
) -> None:
    assert service.default_kind(supervisor, prisoner_id) is BoardKind.INITIAL
    _agreed_plan(ctx, supervisor, prisoner_id)
    assert service.default_kind(supervisor, prisoner_id) is BoardKind.REVIEW  # release in 2028
    near, _ = ReceptionService(ctx).receive(
        supervisor, receive(noms_number="B2345CD", conditional_release_date=date(2027, 3, 1))
    )
    _agreed_plan(ctx, supervisor, near)
    assert service.default_kind(supervisor, near) is BoardKind.PRE_RELEASE


def test_contributors_cannot_schedule(
    service: BoardService, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied):
        service.schedule(contributor, prisoner_id, FORM)
    assert not service.overview(contributor, prisoner_id).can_schedule


# -- invitations --------------------------------------------------------------------------------


def test_inviting_education_sends_a_request_due_before_the_board_and_shows_received(
    ctx: ServiceContext,
    service: BoardService,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    board_id: str,
) -> None:
    iid, changes = service.invite(
        supervisor,
        board_id,
        Invitation(ParticipantRole.DEPARTMENT, Department.EDUCATION, request_contribution=True),
    )
    assert "contribution_request" in changes.entities
    with ctx.store.read() as s:
        inv = s.get(BoardInvitee, iid)
        assert inv is not None and inv.contribution_request_id is not None
        req = s.get(ContributionRequest, inv.contribution_request_id)
        assert req is not None and req.department == "EDUCATION"
        assert req.due_on == date(2026, 12, 7)  # three working days before Thursday 10/12
        assert "10/12/2026" in req.note
    view = service.board(supervisor, board_id)
    assert view.invitees[0].contribution is ContributionStatus.REQUESTED
    assert [g.describe for g in view.gaps if g.department is Department.EDUCATION] == [
        "Education: sent nothing yet"
    ]
    ContributionService(ctx).write(contributor, req.id, "Reads at entry level 2.", [])
    view = service.board(supervisor, board_id)
    assert view.invitees[0].contribution is ContributionStatus.RECEIVED
    assert Department.EDUCATION not in {g.department for g in view.gaps}
    assert {g.department for g in view.gaps if not g.invited} == {
        Department.WING,
        Department.SUBSTANCE_MISUSE,
        Department.HEALTHCARE,
        Department.SECURITY,
    }


def test_request_due_on_never_before_today() -> None:
    assert request_due_on(date(2026, 11, 27), date(2026, 11, 26)) == date(2026, 11, 26)
    assert request_due_on(date(2026, 12, 29), date(2026, 11, 26)) == date(
        2026, 12, 22
    )  # bank holidays skipped


def test_invitation_validation(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, board_id: str, prisoner_id: str
) -> None:
    service.invite(supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.WING))
    with pytest.raises(ValidationErrors) as exc:
        service.invite(supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.WING))
    assert exc.value.by_field()["department"] == "Wing / personal officer is already invited."
    with pytest.raises(ValidationErrors, match="not the OMU"):
        service.invite(supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.OMU))
    with pytest.raises(ValidationErrors, match="No offender manager is allocated"):
        service.invite(supervisor, board_id, Invitation(ParticipantRole.OFFENDER_MANAGER))
    AllocationService(ctx).allocate(
        supervisor,
        AllocationRequest(
            prisoner_id, AllocationRole.OFFENDER_MANAGER, None, "Olu Probation", date(2026, 11, 24)
        ),
    )
    iid, _ = service.invite(supervisor, board_id, Invitation(ParticipantRole.OFFENDER_MANAGER))
    view = service.board(supervisor, board_id)
    assert [i.label for i in view.invitees] == ["Wing / personal officer", "Offender manager (Olu Probation)"]
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(ContributionRequest)) == 0
    service.set_attendance(supervisor, iid, AttendanceMode.PHONE)
    assert service.board(supervisor, board_id).invitees[1].attendance is AttendanceMode.PHONE


def test_a_later_request_links_to_the_invitation(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, board_id: str
) -> None:
    iid, _ = service.invite(
        supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.HEALTHCARE)
    )
    service.request_contribution(supervisor, iid)
    with pytest.raises(ValidationError, match="already sent"):
        service.request_contribution(supervisor, iid)
    assert service.board(supervisor, board_id).invitees[0].contribution is ContributionStatus.REQUESTED


# -- recording ----------------------------------------------------------------------------------


def test_recording_writes_decisions_into_the_plan_arms_a_review_and_issues_a_version(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, prisoner_id: str, board_id: str
) -> None:
    oid = _agreed_plan(ctx, supervisor, prisoner_id)
    edu, _ = service.invite(
        supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.EDUCATION)
    )
    service.set_attendance(supervisor, edu, AttendanceMode.VIDEO)
    form = BoardRecordForm(
        held_on=date(2026, 11, 26),
        next_review_on=date(2027, 5, 26),
        prisoner_views="Wants to start work in the kitchens.",
        attendance={edu: AttendanceMode.IN_PERSON},
        decisions=(
            Decision(
                DecisionKind.ADD_OBJECTIVE, "Alex keeps a job in the kitchens for three months.", links=(ETE,)
            ),
            Decision(
                DecisionKind.ADD_ACTION,
                "Apply for the kitchen job",
                objective_id=oid,
                owner_role="Activities hub",
                department=Department.EDUCATION,
                due_on=date(2026, 12, 18),
            ),
            Decision(DecisionKind.OBJECTIVE_STATUS, "", objective_id=oid, status=ObjectiveStatus.ONGOING),
            Decision(DecisionKind.TRANSFER_REQUEST, "Needs the kitchens course.", destination="HMP Example"),
            Decision(DecisionKind.NOTE, "Family visits to be supported."),
        ),
    )
    outcome, changes = service.record(supervisor, board_id, form)
    assert {"board_record", "plan_objective", "review_task", "plan_version"} <= changes.entities
    assert outcome.version is not None and outcome.version_problem == ""
    with ctx.store.read() as s:
        board = s.get(Board, board_id)
        assert board is not None and board.status == "HELD"
        record = s.get(BoardRecord, outcome.record_id)
        assert record is not None and record.signed_by_name == supervisor.display_name
        attendance = json.loads(record.attendance)
        assert [a["mode"] for a in attendance] == ["IN_PERSON", "IN_PERSON"]
        kinds = [d["kind"] for d in json.loads(record.decisions)]
        assert kinds == [
            "ADD_OBJECTIVE",
            "ADD_ACTION",
            "OBJECTIVE_STATUS",
            "TRANSFER_REQUEST",
            "NOTE",
            "NEXT_REVIEW",
        ]
        assert all(d["ref"] == f"board:{board_id}" for d in json.loads(record.decisions))
        new_obj = s.scalars(
            select(PlanObjective).where(PlanObjective.outcome.like("%kitchens for three%"))
        ).one()
        assert new_obj.source_department == "OMU" and new_obj.position == 1
        action = s.scalars(select(PlanAction)).one()
        assert (action.objective_id, action.department, action.source_department) == (oid, "EDUCATION", "OMU")
        old_obj = s.get(PlanObjective, oid)
        assert old_obj is not None and old_obj.status == "ONGOING"
        assert s.scalars(select(TransferRequest)).one().destination == "HMP Example"
        task = s.get(ReviewTask, review_task_id(prisoner_id, "ARMED", f"board:{board_id}"))
        assert task is not None and task.trigger == TriggerKind.ARMED and task.due_on == date(2027, 5, 26)
        assert outcome.review_task_id == task.id
        versions = s.scalars(select(PlanVersion).order_by(PlanVersion.version_no)).all()
        assert [v.reason for v in versions] == ["INITIAL", "BOARD_DECISION"]
        assert "kitchens for three months" in versions[1].snapshot
        plan = s.scalars(select(SentencePlan)).one()
        assert plan.next_review_on == date(2027, 5, 26)
    view = service.board(supervisor, board_id)
    assert view.status is BoardStatus.HELD and view.record is not None
    assert view.record.decisions[-1] == "Set the next review: 26/05/2027"
    with pytest.raises(ValidationError, match="already held"):
        service.record(supervisor, board_id, form)


def test_decision_errors_save_nothing(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, prisoner_id: str, board_id: str
) -> None:
    form = BoardRecordForm(
        held_on=date(2026, 11, 27),
        next_review_on=None,
        decisions=(
            Decision(DecisionKind.ADD_OBJECTIVE, "Something"),
            Decision(
                DecisionKind.OBJECTIVE_STATUS, "", objective_id="nope", status=ObjectiveStatus.NOT_ACHIEVED
            ),
            Decision(DecisionKind.ADD_ACTION, "", objective_id=None, due_on=date(2026, 11, 1)),
        ),
    )
    with pytest.raises(ValidationErrors) as exc:
        service.record(supervisor, board_id, form)
    by_field = exc.value.by_field()
    assert "before it is held" in (by_field["held_on"] or "")
    assert by_field["next_review_on"] == "Set the date of the next review."
    assert "decision.0.links" in by_field and "decision.1.objective" in by_field
    assert by_field["decision.1.text"] == "Enter the reason of decision 2."
    assert "decision.2.objective" in by_field and "already passed" in (by_field["decision.2.due_on"] or "")
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(BoardRecord)) == 0
        assert s.scalar(select(func.count()).select_from(PlanObjective)) == 0
        board = s.get(Board, board_id)
        assert board is not None and board.status == "SCHEDULED"


def test_without_an_issued_plan_the_record_is_kept_and_says_why_no_version(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, prisoner_id: str, board_id: str
) -> None:
    outcome, _ = service.record(
        supervisor,
        board_id,
        BoardRecordForm(
            held_on=date(2026, 11, 26),
            next_review_on=date(2027, 2, 1),
            decisions=(Decision(DecisionKind.ADD_OBJECTIVE, "Alex finds work for release.", links=(ETE,)),),
        ),
    )
    assert outcome.version is None and "involvement" in outcome.version_problem
    with ctx.store.read() as s:
        assert s.get(BoardRecord, outcome.record_id) is not None
        assert s.scalar(select(func.count()).select_from(PlanObjective)) == 1


def test_an_achieved_objective_raises_the_plan_event(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, prisoner_id: str, board_id: str
) -> None:
    oid = _agreed_plan(ctx, supervisor, prisoner_id)
    service.record(
        supervisor,
        board_id,
        BoardRecordForm(
            held_on=date(2026, 11, 26),
            next_review_on=date(2027, 2, 1),
            decisions=(
                Decision(
                    DecisionKind.OBJECTIVE_STATUS,
                    "Passed.",
                    objective_id=oid,
                    status=ObjectiveStatus.FULLY_ACHIEVED,
                ),
            ),
        ),
    )
    with ctx.store.read() as s:
        kinds = s.scalars(select(DomainEvent.kind)).all()
    assert PlanEvent.OBJECTIVE_ACHIEVED.value in kinds


def test_contributors_cannot_record_or_invite(
    service: BoardService, contributor: CurrentUser, board_id: str
) -> None:
    with pytest.raises(PermissionDenied):
        service.invite(contributor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.WING))
    with pytest.raises(PermissionDenied):
        service.record(contributor, board_id, BoardRecordForm(date(2026, 11, 26), date(2027, 1, 1)))


def test_a_manager_may_schedule_and_record(
    ctx: ServiceContext, service: BoardService, manager: CurrentUser, prisoner_id: str
) -> None:
    bid, _ = service.schedule(manager, prisoner_id, FORM)
    outcome, _ = service.record(manager, bid, BoardRecordForm(date(2026, 11, 26), date(2027, 5, 1)))
    assert service.board(manager, bid).status is BoardStatus.HELD
    assert outcome.version is None and "objective" in outcome.version_problem  # an empty plan: no version


def test_a_prisoner_who_left_the_caseload_is_read_only(
    ctx: ServiceContext, service: BoardService, supervisor: CurrentUser, prisoner_id: str, board_id: str
) -> None:
    with ctx.store.write_sessions() as s, s.begin():
        row = s.get(Prisoner, prisoner_id)
        assert row is not None
        row.left_scope_at = datetime(2026, 11, 25, 9, 0)
    with pytest.raises(ValidationError, match="left this establishment's caseload"):
        service.schedule(supervisor, prisoner_id, FORM)
    with pytest.raises(ValidationError, match="left this establishment's caseload"):
        service.cancel(supervisor, board_id, "No longer here.")
    with pytest.raises(ValidationError, match="left this establishment's caseload"):
        service.record(supervisor, board_id, BoardRecordForm(date(2026, 11, 26), date(2027, 5, 1)))
    with pytest.raises(ValidationError, match="left this establishment's caseload"):
        service.invite(supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.WING))
    overview = service.overview(supervisor, prisoner_id)
    assert not overview.can_schedule and "read-only" in overview.read_only_reason
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(BoardInvitee)) == 0


def test_a_held_board_takes_no_more_invitations_or_attendance(
    service: BoardService, supervisor: CurrentUser, prisoner_id: str, board_id: str
) -> None:
    iid, _ = service.invite(supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.SECURITY))
    service.record(supervisor, board_id, BoardRecordForm(date(2026, 11, 26), date(2027, 5, 1)))
    with pytest.raises(ValidationError, match="held"):
        service.invite(supervisor, board_id, Invitation(ParticipantRole.DEPARTMENT, Department.WING))
    with pytest.raises(ValidationError, match="record is signed"):
        service.set_attendance(supervisor, iid, AttendanceMode.PHONE)
    record = service.board(supervisor, board_id).record
    assert record is not None and record.attendance[1] == ("Security", AttendanceMode.UNKNOWN)
