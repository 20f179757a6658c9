"""Sentence planning boards (issue 10 point 5; seed 3.31).

A board is scheduled (class B: kind, date, time, place, chair; rescheduled or cancelled with a reason),
departments and the offender manager are invited (``BoardInvitee``), and a department's invitation can
send issue 9's contribution request at once, so the board screen shows requested / received / merged per
invitee and which of the five departments inspectors looked for (wing, education, CARAT, health,
security) were not invited or sent nothing. Recording the board signs a class A ``BoardRecord``; its
decisions are written straight into the plan in the same transaction, its next review date arms a
review task, and a plan version is then issued through the plan service.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.board_decisions import apply_decisions, decision_problems, describe
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.boards import (
    BOARD_FIVE,
    BoardForm,
    BoardRecordForm,
    BoardsOverview,
    BoardView,
    DecisionKind,
    Gap,
    Invitation,
    InviteeView,
    RecordOutcome,
    RecordView,
)
from workbench.casework.dto.plan import VersionSummary
from workbench.casework.guards import editable_prisoner, live_prisoner
from workbench.casework.plan import PlanService
from workbench.casework.plan.views import read_only_reason
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.enums import AllocationRole, CustodyEventType
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.plan import ContributionStatus, Department, VersionReason, plan_id_for
from workbench.domain.reviews import (
    AttendanceMode,
    BoardKind,
    BoardStatus,
    ParticipantRole,
    ReviewTaskStatus,
    TriggerKind,
    review_task_id,
)
from workbench.domain.working_days import is_working_day
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Allocation, CustodyEvent, Sentence
from workbench.store.plan_models import (
    Contribution,
    ContributionRequest,
    PlanObjective,
    PlanVersion,
    SentencePlan,
)
from workbench.store.review_models import Board, BoardInvitee, BoardRecord, ReviewTask
from workbench.store.unit_of_work import UnitOfWork, utcnow

LINE_LIMIT = 120
TEXT_LIMIT = 4_000
REQUEST_LEAD_WORKING_DAYS = 3
"""A contribution requested with an invitation is due this many working days before the board."""
PRE_RELEASE_DAYS = 183
"""Release within about six months: the default board is the pre-release board."""
FURTHEST_AHEAD_DAYS = 2 * 366
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_BOARDS = frozenset({"board", "board_invitee"})


def parse_time(text: str) -> tuple[str, ValidationError | None]:
    """A board's time as stored ("HH:MM", or "" when none was typed), or a message saying what is wrong."""
    t = text.strip()
    if not t:
        return "", None
    m = _TIME.match(t)
    if m is None:
        return "", ValidationError(f"'{t}' is not a time: type it as 10:30 (24-hour clock).", field="time")
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23:
        return "", ValidationError(f"There is no hour {hour} in {t}: use 00 to 23.", field="time")
    if minute > 59:
        return "", ValidationError(f"There is no minute {minute} in {t}: use 00 to 59.", field="time")
    return f"{hour:02d}:{minute:02d}", None


def request_due_on(board_on: date, today: date) -> date:
    """When a contribution requested for a board is due: a few working days before it, never before today."""
    due, counted = board_on, 0
    while counted < REQUEST_LEAD_WORKING_DAYS and due > today:
        due -= timedelta(days=1)
        if is_working_day(due):
            counted += 1
    return max(due, today)


class BoardService:
    """Schedule boards, invite departments, track attendance, record decisions into the plan."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -------------------------------------------------------------------------------

    def overview(self, user: CurrentUser, prisoner_id: str) -> BoardsOverview:
        """The prisoner's boards (upcoming soonest first, past latest first) and what a new one needs."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            prisoner = live_prisoner(s, prisoner_id)
            rows = s.scalars(
                select(Board)
                .where(Board.prisoner_id == prisoner_id, Board.deleted_at.is_(None))
                .order_by(Board.scheduled_on, Board.scheduled_time, Board.created_at)
            ).all()
            views = [self._view(s, b) for b in rows]
            objectives = tuple(
                (i, o)
                for i, o in s.execute(
                    select(PlanObjective.id, PlanObjective.outcome)
                    .where(PlanObjective.prisoner_id == prisoner_id, PlanObjective.deleted_at.is_(None))
                    .order_by(PlanObjective.position)
                )
            )
            reason = read_only_reason(user, prisoner) if allows(user.role, Permission.PLAN) else None
            if not allows(user.role, Permission.SCHEDULE_BOARDS):
                reason = "Your role can read boards but not schedule or record them."
            return BoardsOverview(
                prisoner_id,
                tuple(v for v in views if v.status is BoardStatus.SCHEDULED),
                tuple(reversed([v for v in views if v.status is not BoardStatus.SCHEDULED])),
                self._default_kind(s, prisoner_id),
                _offender_manager(s, prisoner_id),
                objectives,
                can_schedule=reason is None,
                read_only_reason=reason or "",
            )

    def board(self, user: CurrentUser, board_id: str) -> BoardView:
        """One board with its invitees, gaps and record."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            return self._view(s, _board(s, board_id))

    def default_kind(self, user: CurrentUser, prisoner_id: str) -> BoardKind:
        """The board the case calls for: initial (no plan version yet), pre-release (release within six
        months), post-transfer (transferred in since the last board), else a review board."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            live_prisoner(s, prisoner_id)
            return self._default_kind(s, prisoner_id)

    # -- scheduling ----------------------------------------------------------------------------

    def schedule(self, user: CurrentUser, prisoner_id: str, form: BoardForm) -> tuple[str, ChangeSet]:
        """Schedule a board (not in the past; a real time of day, or none)."""
        errors, time = self._form_problems(form)
        with self._ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
            editable_prisoner(uow.session, prisoner_id)
            if errors:
                raise ValidationErrors(errors)
            assert form.kind is not None and form.on is not None
            row = uow.add(
                Board(
                    prisoner_id=prisoner_id,
                    kind=form.kind.value,
                    scheduled_on=form.on,
                    scheduled_time=time,
                    location=clean_line(form.location),
                    chair_name=clean_line(form.chair),
                    status=BoardStatus.SCHEDULED.value,
                    scheduled_by_name=user.display_name,
                ),
                "board.scheduled",
            )
            board_id: str = row.id
        return board_id, ChangeSet(frozenset({prisoner_id}), _BOARDS)

    def reschedule(self, user: CurrentUser, board_id: str, form: BoardForm) -> ChangeSet:
        """Move a scheduled board or change its kind, place or chair (its invitees stay)."""
        errors, time = self._form_problems(form)
        with self._ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
            row = self._scheduled(uow, board_id)
            if errors:
                raise ValidationErrors(errors)
            assert form.kind is not None and form.on is not None
            uow.update(
                row,
                "board.rescheduled",
                kind=form.kind.value,
                scheduled_on=form.on,
                scheduled_time=time,
                location=clean_line(form.location),
                chair_name=clean_line(form.chair),
            )
        return ChangeSet(frozenset({row.prisoner_id}), _BOARDS)

    def cancel(self, user: CurrentUser, board_id: str, reason: str) -> ChangeSet:
        """Cancel a scheduled board; the reason is kept and shown."""
        err = check_text(reason, "reason", "reason for cancelling", required=True, limit=TEXT_LIMIT)
        with self._ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
            row = self._scheduled(uow, board_id)
            if err:
                raise err
            uow.update(
                row,
                "board.cancelled",
                status=BoardStatus.CANCELLED.value,
                status_reason=clean_paragraphs(reason),
            )
        return ChangeSet(frozenset({row.prisoner_id}), _BOARDS)

    # -- invitations and attendance ------------------------------------------------------------

    def invite(self, user: CurrentUser, board_id: str, invitation: Invitation) -> tuple[str, ChangeSet]:
        """Invite a department or the offender manager; a department's contribution request goes at once.

        The request is sent through the contributions service (its own transaction, first), then the
        invitee is written linked to it; an invitation that cannot be saved sends no request.
        """
        inv = invitation
        errors: list[ValidationError] = []
        err = check_text(inv.name, "name", "name", required=False, limit=LINE_LIMIT, multiline=False)
        if err:
            errors.append(err)
        department = inv.department if inv.role is ParticipantRole.DEPARTMENT else None
        if inv.role is ParticipantRole.DEPARTMENT and department in (None, Department.OMU):
            errors.append(
                ValidationError("Choose the department to invite (not the OMU).", field="department")
            )
        if inv.role not in (
            ParticipantRole.DEPARTMENT,
            ParticipantRole.OFFENDER_MANAGER,
            ParticipantRole.OTHER,
        ):
            errors.append(
                ValidationError("Invite a department, the offender manager or someone else.", field="role")
            )
        if inv.request_contribution and department is None:
            errors.append(
                ValidationError(
                    "Only a department is sent a contribution request.", field="request_contribution"
                )
            )
        name = clean_line(inv.name)
        require(user.role, Permission.SCHEDULE_BOARDS)
        with self._ctx.store.read() as s:
            board = _board(s, board_id)
            if board.status != BoardStatus.SCHEDULED.value:
                raise ValidationError(
                    f"This board is {BoardStatus(board.status).label.lower()}: nothing was saved."
                )
            invited = s.scalars(
                select(BoardInvitee).where(
                    BoardInvitee.board_id == board_id, BoardInvitee.deleted_at.is_(None)
                )
            ).all()
            if department is not None and any(i.department == department.value for i in invited):
                errors.append(ValidationError(f"{department.label} is already invited.", field="department"))
            if inv.role is ParticipantRole.OFFENDER_MANAGER:
                if any(i.role == ParticipantRole.OFFENDER_MANAGER.value for i in invited):
                    errors.append(ValidationError("The offender manager is already invited.", field="role"))
                name = name or _offender_manager(s, board.prisoner_id)
                if not name:
                    errors.append(
                        ValidationError(
                            "No offender manager is allocated: allocate one, or type their name.",
                            field="name",
                        )
                    )
            if inv.role is ParticipantRole.OTHER and not name:
                errors.append(ValidationError("Type the name of the person invited.", field="name"))
            prisoner_id, board_on = board.prisoner_id, board.scheduled_on
        if errors:
            raise ValidationErrors(errors)
        request_id: str | None = None
        changes = ChangeSet(frozenset({prisoner_id}), _BOARDS)
        if inv.request_contribution and department is not None:
            note = inv.note.strip() or f"For the sentence planning board on {board_on:%d/%m/%Y}."
            request_id, sent = ContributionService(self._ctx).request(
                user, prisoner_id, department, request_due_on(board_on, self._ctx.today()), note
            )
            changes = changes | sent
        with self._ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
            editable_prisoner(uow.session, prisoner_id)
            row = uow.add(
                BoardInvitee(
                    prisoner_id=prisoner_id,
                    board_id=board_id,
                    role=inv.role.value,
                    department=department.value if department is not None else "",
                    name=name,
                    contribution_request_id=request_id,
                    attendance=AttendanceMode.UNKNOWN.value,
                ),
                "board.invited",
            )
            invitee_id: str = row.id
        return invitee_id, changes

    def request_contribution(self, user: CurrentUser, invitee_id: str, note: str = "") -> ChangeSet:
        """Send an invited department the contribution request it was not sent when invited."""
        require(user.role, Permission.SCHEDULE_BOARDS)
        with self._ctx.store.read() as s:
            invitee = _invitee(s, invitee_id)
            board = _board(s, invitee.board_id)
            if board.status != BoardStatus.SCHEDULED.value:
                raise ValidationError(
                    f"This board is {BoardStatus(board.status).label.lower()}: nothing was sent."
                )
            if (
                invitee.department in ("", Department.OMU.value)
                or invitee.department not in Department.__members__
            ):
                raise ValidationError("Only a department is sent a contribution request.")
            if invitee.contribution_request_id is not None:
                raise ValidationError("A contribution request was already sent with this invitation.")
            department, board_on = Department(invitee.department), board.scheduled_on
        note = note.strip() or f"For the sentence planning board on {board_on:%d/%m/%Y}."
        request_id, sent = ContributionService(self._ctx).request(
            user, invitee.prisoner_id, department, request_due_on(board_on, self._ctx.today()), note
        )
        with self._ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
            row = _invitee(uow.session, invitee_id)
            uow.update(row, "board.contribution_requested", contribution_request_id=request_id)
        return sent | ChangeSet(frozenset({invitee.prisoner_id}), _BOARDS)

    def set_attendance(self, user: CurrentUser, invitee_id: str, mode: AttendanceMode) -> ChangeSet:
        """How an invitee will take part (or took part): in person, phone, video, written only, not at all."""
        with self._ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
            row = _invitee(uow.session, invitee_id)
            editable_prisoner(uow.session, row.prisoner_id)
            board = _board(uow.session, row.board_id)
            if board.status != BoardStatus.SCHEDULED.value:
                raise ValidationError(
                    f"This board is {BoardStatus(board.status).label.lower()}: its record is signed."
                )
            uow.update(row, "board.attendance", attendance=mode.value)
        return ChangeSet(frozenset({row.prisoner_id}), frozenset({"board_invitee"}))

    # -- recording -----------------------------------------------------------------------------

    def record(
        self, user: CurrentUser, board_id: str, form: BoardRecordForm
    ) -> tuple[RecordOutcome, ChangeSet]:
        """Sign the board's record (the screen has asked for the password again).

        In one transaction: attendance as it was, the prisoner's views, the decisions written into the
        plan, the next review (which arms a review task) and the board marked held. Then a plan version
        is issued through the plan service (BOARD_DECISION; INITIAL if the plan has none yet); if the
        plan cannot be issued yet, the record stays signed and the outcome says why.
        """
        today = self._ctx.today()
        errors: list[ValidationError] = []
        if form.held_on is None:
            errors.append(ValidationError("Enter the date the board was held.", field="held_on"))
        elif form.held_on > today:
            errors.append(
                ValidationError(
                    f"The board cannot be recorded before it is held ({form.held_on:%d/%m/%Y}).",
                    field="held_on",
                )
            )
        else:
            err = check_not_too_early(form.held_on, "held_on", "date the board was held")
            if err:
                errors.append(err)
        if form.next_review_on is None:
            errors.append(ValidationError("Set the date of the next review.", field="next_review_on"))
        elif form.next_review_on <= today:
            errors.append(
                ValidationError(
                    f"The next review ({form.next_review_on:%d/%m/%Y}) must be after today.",
                    field="next_review_on",
                )
            )
        err = check_text(
            form.prisoner_views, "prisoner_views", "prisoner's views", required=False, limit=TEXT_LIMIT
        )
        if err:
            errors.append(err)
        with self._ctx.write(user, Permission.SCHEDULE_BOARDS) as uow:
            require(user.role, Permission.PLAN)
            s = uow.session
            board = self._scheduled(uow, board_id)
            prisoner_id = board.prisoner_id
            errors.extend(decision_problems(s, prisoner_id, form.decisions, today))
            invitees = _invitees(s, board_id)
            unknown = set(form.attendance) - {i.id for i in invitees}
            if unknown:
                errors.append(
                    ValidationError("Attendance names someone not invited to this board.", field="attendance")
                )
            if errors:
                raise ValidationErrors(errors)
            assert form.held_on is not None and form.next_review_on is not None
            attendance = [
                {
                    "role": ParticipantRole.PRISONER.value,
                    "department": "",
                    "name": "",
                    "mode": form.prisoner_attendance.value,
                }
            ]
            for i in invitees:
                mode = form.attendance.get(i.id, AttendanceMode(i.attendance))
                if mode.value != i.attendance:
                    uow.update(i, "board.attendance", attendance=mode.value)
                attendance.append(
                    {"role": i.role, "department": i.department, "name": i.name, "mode": mode.value}
                )
            decisions = apply_decisions(uow, prisoner_id, board_id, form.decisions, today, user.display_name)
            decisions.append(
                {
                    "kind": DecisionKind.NEXT_REVIEW.value,
                    "text": "",
                    "on": form.next_review_on.isoformat(),
                    "ref": f"board:{board_id}",
                }
            )
            record = uow.add(
                BoardRecord(
                    prisoner_id=prisoner_id,
                    board_id=board_id,
                    held_on=form.held_on,
                    attendance=json.dumps(attendance),
                    decisions=json.dumps(decisions),
                    prisoner_views=clean_paragraphs(form.prisoner_views),
                    next_review_on=form.next_review_on,
                    signed_at=utcnow(),
                    signed_by_id=user.user_id,
                    signed_by_name=user.display_name,
                ),
                "board_record.signed",
            )
            record_id: str = record.id
            task_id = self._arm_review(uow, prisoner_id, board_id, form.held_on, form.next_review_on)
            plan = uow.session.get(SentencePlan, plan_id_for(prisoner_id))
            if plan is not None:
                uow.update(plan, "sentence_plan.next_review", next_review_on=form.next_review_on)
            uow.update(board, "board.held", status=BoardStatus.HELD.value)
        changes = ChangeSet(
            frozenset({prisoner_id}),
            frozenset(
                {
                    "board",
                    "board_invitee",
                    "board_record",
                    "review_task",
                    "sentence_plan",
                    "plan_objective",
                    "plan_action",
                    "transfer_request",
                }
            ),
        )
        version: VersionSummary | None = None
        problem = ""
        with self._ctx.store.read() as s:
            issued = s.scalar(
                select(PlanVersion.id).where(
                    PlanVersion.prisoner_id == prisoner_id, PlanVersion.deleted_at.is_(None)
                )
            )
        reason = VersionReason.BOARD_DECISION if issued is not None else VersionReason.INITIAL
        try:
            version, issued_changes = PlanService(self._ctx).issue_version(
                user, prisoner_id, reason, f"Sentence planning board of {form.held_on:%d/%m/%Y}."
            )
            changes = changes | issued_changes
        except ValidationError as exc:
            problem = exc.message
        return RecordOutcome(record_id, task_id, version, problem), changes

    # -- helpers -------------------------------------------------------------------------------

    def _form_problems(self, form: BoardForm) -> tuple[list[ValidationError], str]:
        today = self._ctx.today()
        errors: list[ValidationError] = []
        if form.kind is None:
            errors.append(ValidationError("Choose which board this is.", field="kind"))
        if form.on is None:
            errors.append(ValidationError("Enter the date of the board.", field="on"))
        elif form.on < today:
            errors.append(
                ValidationError(f"The board date ({form.on:%d/%m/%Y}) has already passed.", field="on")
            )
        elif form.on > today + timedelta(days=FURTHEST_AHEAD_DAYS):
            errors.append(
                ValidationError(
                    f"The board date ({form.on:%d/%m/%Y}) is more than two years away.", field="on"
                )
            )
        time, err = parse_time(form.time)
        if err:
            errors.append(err)
        for value, field, label in (
            (form.location, "location", "location"),
            (form.chair, "chair", "chair's name"),
        ):
            err = check_text(value, field, label, required=False, limit=LINE_LIMIT, multiline=False)
            if err:
                errors.append(err)
        return errors, time

    @staticmethod
    def _scheduled(uow: UnitOfWork, board_id: str) -> Board:
        row = _board(uow.session, board_id)
        editable_prisoner(uow.session, row.prisoner_id)
        if row.status != BoardStatus.SCHEDULED.value:
            state = BoardStatus(row.status).label.lower()
            raise ValidationError(f"This board is already {state}: nothing was saved.")
        return row

    @staticmethod
    def _arm_review(uow: UnitOfWork, prisoner_id: str, board_id: str, held_on: date, due_on: date) -> str:
        """The review task the board's next review date arms (the same id on every terminal)."""
        task_id = review_task_id(prisoner_id, TriggerKind.ARMED.value, f"board:{board_id}")
        explanation = (
            f"The sentence planning board of {held_on:%d/%m/%Y} set the next review for {due_on:%d/%m/%Y}."
        )
        existing = uow.session.get(ReviewTask, task_id)
        if existing is not None:
            uow.update(
                existing,
                "review_task.armed",
                due_on=due_on,
                explanation=explanation,
                status=ReviewTaskStatus.OPEN.value,
            )
            return task_id
        uow.add(
            ReviewTask(
                id=task_id,
                prisoner_id=prisoner_id,
                trigger=TriggerKind.ARMED.value,
                source_key=f"board:{board_id}",
                explanation=explanation,
                raised_on=held_on,
                due_on=due_on,
                status=ReviewTaskStatus.OPEN.value,
            ),
            "review_task.armed",
        )
        return task_id

    def _default_kind(self, s: Session, prisoner_id: str) -> BoardKind:
        today = self._ctx.today()
        if (
            s.scalar(
                select(PlanVersion.id).where(
                    PlanVersion.prisoner_id == prisoner_id, PlanVersion.deleted_at.is_(None)
                )
            )
            is None
        ):
            return BoardKind.INITIAL
        sentence = s.scalars(
            select(Sentence).where(
                Sentence.prisoner_id == prisoner_id,
                Sentence.is_current.is_(True),
                Sentence.deleted_at.is_(None),
            )
        ).first()
        if sentence is not None:
            dates = [
                d
                for d in (
                    sentence.parole_eligibility_date,
                    sentence.conditional_release_date,
                    sentence.tariff_date,
                )
                if d is not None and d >= today
            ]
            if dates and min(dates) <= today + timedelta(days=PRE_RELEASE_DAYS):
                return BoardKind.PRE_RELEASE
        last_board = s.scalar(
            select(BoardRecord.held_on)
            .where(BoardRecord.prisoner_id == prisoner_id, BoardRecord.deleted_at.is_(None))
            .order_by(BoardRecord.held_on.desc())
        )
        transfer = s.scalar(
            select(CustodyEvent.event_date)
            .where(
                CustodyEvent.prisoner_id == prisoner_id,
                CustodyEvent.event_type == CustodyEventType.TRANSFER_IN.value,
                CustodyEvent.deleted_at.is_(None),
            )
            .order_by(CustodyEvent.event_date.desc())
        )
        if transfer is not None and (last_board is None or transfer > last_board):
            return BoardKind.POST_TRANSFER
        return BoardKind.REVIEW

    def _view(self, s: Session, b: Board) -> BoardView:
        rows = _invitees(s, b.id)
        request_ids = [r.contribution_request_id for r in rows if r.contribution_request_id]
        states: dict[str, ContributionStatus] = {}
        if request_ids:
            for req in s.scalars(select(ContributionRequest).where(ContributionRequest.id.in_(request_ids))):
                states[req.id] = ContributionStatus(req.status)
            for (rid,) in s.execute(
                select(Contribution.request_id).where(
                    Contribution.request_id.in_(request_ids), Contribution.deleted_at.is_(None)
                )
            ):
                if rid is not None and states.get(rid) is ContributionStatus.REQUESTED:
                    states[rid] = ContributionStatus.RECEIVED
        invitees = tuple(
            InviteeView(
                r.id,
                ParticipantRole(r.role),
                Department(r.department) if r.department in Department.__members__ else None,
                r.name,
                AttendanceMode(r.attendance)
                if r.attendance in AttendanceMode.__members__
                else AttendanceMode.UNKNOWN,
                r.contribution_request_id,
                states.get(r.contribution_request_id) if r.contribution_request_id else None,
            )
            for r in rows
        )
        return BoardView(
            b.id,
            b.prisoner_id,
            BoardKind(b.kind),
            b.scheduled_on,
            b.scheduled_time,
            b.location,
            b.chair_name,
            BoardStatus(b.status),
            b.status_reason,
            invitees,
            _gaps(invitees),
            _record(s, b.id),
        )


def _gaps(invitees: Sequence[InviteeView]) -> tuple[Gap, ...]:
    """Which of the five departments were not invited, or were invited and sent nothing (seed 3.31)."""
    heard = (ContributionStatus.RECEIVED, ContributionStatus.MERGED)
    attending = (AttendanceMode.IN_PERSON, AttendanceMode.PHONE, AttendanceMode.VIDEO)
    gaps: list[Gap] = []
    for dept in BOARD_FIVE:
        mine = [i for i in invitees if i.department is dept]
        if not mine:
            gaps.append(Gap(dept, invited=False))
        elif not any(i.contribution in heard or i.attendance in attending for i in mine):
            gaps.append(Gap(dept, invited=True))
    return tuple(gaps)


def _record(s: Session, board_id: str) -> RecordView | None:
    row = s.scalars(
        select(BoardRecord)
        .where(BoardRecord.board_id == board_id, BoardRecord.deleted_at.is_(None))
        .order_by(BoardRecord.signed_at.desc())
    ).first()
    if row is None:
        return None
    attendance = []
    for a in json.loads(row.attendance or "[]"):
        role = str(a.get("role", ""))
        dept = str(a.get("department", ""))
        who = (
            Department(dept).label
            if dept in Department.__members__
            else (ParticipantRole(role).label if role in ParticipantRole.__members__ else role)
        )
        name = str(a.get("name", ""))
        mode = str(a.get("mode", ""))
        attendance.append(
            (
                f"{who} ({name})" if name else who,
                AttendanceMode(mode) if mode in AttendanceMode.__members__ else AttendanceMode.UNKNOWN,
            )
        )
    return RecordView(
        row.id,
        row.held_on,
        tuple(attendance),
        tuple(describe(d) for d in json.loads(row.decisions or "[]")),
        row.prisoner_views,
        row.next_review_on,
        row.signed_by_name,
        row.signed_at,
    )


def _board(s: Session, board_id: str) -> Board:
    row = s.get(Board, board_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("That board is no longer on this terminal's record.")
    return row


def _invitee(s: Session, invitee_id: str) -> BoardInvitee:
    row = s.get(BoardInvitee, invitee_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("That invitation is no longer on this terminal's record.")
    return row


def _invitees(s: Session, board_id: str) -> list[BoardInvitee]:
    return list(
        s.scalars(
            select(BoardInvitee)
            .where(BoardInvitee.board_id == board_id, BoardInvitee.deleted_at.is_(None))
            .order_by(BoardInvitee.created_at, BoardInvitee.id)
        )
    )


def _offender_manager(s: Session, prisoner_id: str) -> str:
    """The current community offender manager's name from the allocation ("" when none)."""
    name = s.scalar(
        select(Allocation.staff_name)
        .where(
            Allocation.prisoner_id == prisoner_id,
            Allocation.role == AllocationRole.OFFENDER_MANAGER.value,
            Allocation.end_date.is_(None),
            Allocation.deleted_at.is_(None),
        )
        .order_by(Allocation.start_date.desc())
    )
    return name or ""
