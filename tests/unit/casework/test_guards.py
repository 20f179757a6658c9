"""Casework refuses every edit to a prisoner who has left this terminal's scope (issue 11 point 5).

Leaving scope is what the sync client records on an EXIT scope event (transfer out, a grant of access
that ended): ``left_scope_at`` is set and the record waits read-only for its outbox to empty before it
is purged. Each write below must be refused with the reason and what to do, and write nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from workbench.casework.allocation import AllocationService
from workbench.casework.assessment.service import AssessmentService
from workbench.casework.contact_log import ContactLogService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.corrections import CorrectionService, DetailsCorrection
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.contacts import NewContact
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rmp import MappaForm
from workbench.casework.dto.rosh import ScreeningForm
from workbench.casework.guards import LEFT_SCOPE, editable_prisoner
from workbench.casework.interview.service import InterviewService
from workbench.casework.reception import ReceptionService
from workbench.casework.risk_people import RiskPeopleService
from workbench.casework.rmp import RmpService
from workbench.casework.rosh.analysis import AnalysisService
from workbench.casework.rosh.screening import ScreeningService
from workbench.casework.sync_conflicts import SyncConflictService
from workbench.domain.contacts import ContactKind
from workbench.domain.enums import AllocationRole
from workbench.domain.errors import PermissionDenied, ValidationError
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import AuditEvent, Outbox, Prisoner, SyncConflict
from workbench.store.unit_of_work import utcnow

LEFT_ON = datetime(2026, 11, 25, 14, 30)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def _leave_scope(ctx: ServiceContext, prisoner_id: str) -> None:
    """What ``sync.apply.exit_scope`` does when the central record says the prisoner left."""
    with ctx.store.write_sessions() as s, s.begin():
        row = s.get(Prisoner, prisoner_id)
        assert row is not None
        row.left_scope_at = LEFT_ON


def _written(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.store.read() as s:
        return (
            int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0),
            int(s.scalar(select(func.count()).select_from(Outbox)) or 0),
        )


def _refused(ctx: ServiceContext, write: Callable[[], object]) -> ValidationError:
    before = _written(ctx)
    with pytest.raises(ValidationError) as caught:
        write()
    assert _written(ctx) == before  # nothing audited, nothing queued for the central record
    return caught.value


def test_the_guard_says_why_and_what_to_do(ctx: ServiceContext, prisoner_id: str) -> None:
    with ctx.store.read() as s:
        assert editable_prisoner(s, prisoner_id).id == prisoner_id
    _leave_scope(ctx, prisoner_id)
    with ctx.store.read() as s, pytest.raises(ValidationError) as caught:
        editable_prisoner(s, prisoner_id)
    assert caught.value.code == LEFT_SCOPE
    message = caught.value.message
    assert "left this establishment's caseload on 25/11/2026" in message
    assert "read-only. Record it at the establishment now holding them" in message
    assert message.endswith("Nothing was saved.")
    assert "ask that establishment's OMU manager to grant access" in message
    with ctx.store.read() as s, pytest.raises(ValidationError, match="no longer on this terminal"):
        editable_prisoner(s, new_id())


@pytest.mark.parametrize("role", [AllocationRole.OFFENDER_SUPERVISOR, AllocationRole.OFFENDER_MANAGER])
def test_allocation_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str, role: AllocationRole
) -> None:
    _leave_scope(ctx, prisoner_id)
    request = AllocationRequest(
        prisoner_id,
        role,
        supervisor.user_id if role is AllocationRole.OFFENDER_SUPERVISOR else None,
        "" if role is AllocationRole.OFFENDER_SUPERVISOR else "Alex Community",
        date(2026, 11, 23),
        "",
    )
    error = _refused(ctx, lambda: AllocationService(ctx).allocate(supervisor, request))
    assert error.code == LEFT_SCOPE


def test_a_contact_is_refused(ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str) -> None:
    _leave_scope(ctx, prisoner_id)
    error = _refused(
        ctx,
        lambda: ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 24), "Met."),
    )
    assert error.code == LEFT_SCOPE


def test_a_correction_is_refused(ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str) -> None:
    _leave_scope(ctx, prisoner_id)
    error = _refused(
        ctx,
        lambda: CorrectionService(ctx).correct(
            supervisor, prisoner_id, DetailsCorrection(is_ppo=True), "PPO status confirmed by the police"
        ),
    )
    assert error.code == LEFT_SCOPE


def test_every_assessment_write_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service = AssessmentService(ctx)
    draft, _ = service.start_draft(supervisor, prisoner_id)  # started before the transfer
    _leave_scope(ctx, prisoner_id)
    writes: list[Callable[[], object]] = [
        lambda: service.start_draft(supervisor, prisoner_id),
        lambda: service.save_draft(supervisor, draft.assessment_id, {"offence_group": None}),
        lambda: service.complete(supervisor, draft.assessment_id),
        lambda: service.discard_draft(supervisor, draft.assessment_id, "no longer here"),
    ]
    for write in writes:
        assert _refused(ctx, write).code == LEFT_SCOPE
    overview = service.overview(supervisor, prisoner_id)  # reading still works
    assert overview.draft is not None and not overview.can_start


def _conflict(ctx: ServiceContext, prisoner_id: str) -> str:
    conflict_id = new_id()
    with ctx.store.write_sessions() as s, s.begin():
        s.add(
            SyncConflict(
                id=conflict_id,
                server_conflict_id=new_id(),
                entity="prisoner",
                entity_id=prisoner_id,
                prisoner_id=prisoner_id,
                field="location",
                base_value='"A-0-00"',
                mine_value='"A-1-01"',
                theirs_value='"H-2-22"',
                kind="FIELD",
                detected_at=utcnow(),
            )
        )
    return conflict_id


def test_resolving_a_conflict_of_a_prisoner_who_left_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    conflict_id = _conflict(ctx, prisoner_id)
    _leave_scope(ctx, prisoner_id)
    error = _refused(ctx, lambda: SyncConflictService(ctx).resolve(supervisor, conflict_id, "THEIRS"))
    assert error.code == LEFT_SCOPE


def test_resolving_conflicts_needs_its_own_permission(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    manager: CurrentUser,
    contributor: CurrentUser,
    admin: CurrentUser,
    prisoner_id: str,
) -> None:
    service = SyncConflictService(ctx)
    conflict_id = _conflict(ctx, prisoner_id)
    for user in (contributor, admin):
        reason = service.cannot_resolve_reason(user)
        assert reason is not None and reason.endswith("Ask: Offender supervisor, OMU manager.")
        with pytest.raises(PermissionDenied, match="resolve sync conflicts"):
            service.resolve(user, conflict_id, "THEIRS")
    assert service.cannot_resolve_reason(supervisor) is None
    assert service.cannot_resolve_reason(manager) is None
    service.resolve(manager, conflict_id, "THEIRS")
    assert service.attention(contributor).count == 0


# -- issue 8: the initial interview and the contact log refuse the same writes ----------------------------


def test_every_interview_write_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service = InterviewService(ctx)
    draft, _ = service.start_draft(supervisor, prisoner_id)  # started before the transfer
    _leave_scope(ctx, prisoner_id)
    writes: list[Callable[[], object]] = [
        lambda: service.start_draft(supervisor, prisoner_id),
        lambda: service.save_step(supervisor, draft.interview_id, {}),
        lambda: service.sign(supervisor, draft.interview_id),
        lambda: service.discard_draft(supervisor, draft.interview_id, "no longer here"),
    ]
    for write in writes:
        assert _refused(ctx, write).code == LEFT_SCOPE
    assert service.overview(supervisor, prisoner_id).draft is not None  # reading still works


def test_a_contact_log_entry_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    _leave_scope(ctx, prisoner_id)
    entry = NewContact(
        kind=ContactKind.ONE_TO_ONE.value, contact_date=date(2026, 11, 24), summary="Seen on the wing."
    )
    error = _refused(ctx, lambda: ContactLogService(ctx).add(supervisor, prisoner_id, entry))
    assert error.code == LEFT_SCOPE


def test_risk_plan_and_mappa_writes_are_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    _leave_scope(ctx, prisoner_id)
    writes: list[Callable[[], object]] = [
        lambda: RmpService(ctx).start_draft(supervisor, prisoner_id),
        lambda: RiskPeopleService(ctx).save_mappa(supervisor, prisoner_id, MappaForm(category=1, level=1)),
    ]
    for write in writes:
        assert _refused(ctx, write).code == LEFT_SCOPE


def test_every_risk_of_harm_draft_write_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    screenings, analyses = ScreeningService(ctx), AnalysisService(ctx)
    screening, _ = screenings.start_draft(supervisor, prisoner_id)  # started before the transfer
    _leave_scope(ctx, prisoner_id)
    writes: list[Callable[[], object]] = [
        lambda: screenings.start_draft(supervisor, prisoner_id),
        lambda: screenings.save_draft(supervisor, screening.screening_id, ScreeningForm({}, "PNC", "")),
        lambda: screenings.sign(supervisor, screening.screening_id),
        lambda: analyses.start_draft(supervisor, prisoner_id),
    ]
    for write in writes:
        error = _refused(ctx, write)
        assert error.code == LEFT_SCOPE or "left this establishment" in error.message


def test_countersigning_for_a_prisoner_who_left_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, manager: CurrentUser, prisoner_id: str
) -> None:
    """A manager's decision on a record is case data too: refused once the prisoner has left."""
    from test_rosh_work import screening_form, sign_screening

    from workbench.casework.dto.rosh import SCREENING
    from workbench.casework.rosh.countersign import CountersignService

    sid = sign_screening(
        ScreeningService(ctx), supervisor, prisoner_id, screening_form(previous_high_rosh="yes")
    )
    _leave_scope(ctx, prisoner_id)
    queue = CountersignService(ctx)
    assert _refused(ctx, lambda: queue.countersign(manager, SCREENING, sid)).code == LEFT_SCOPE
    assert (
        _refused(ctx, lambda: queue.return_for_rework(manager, SCREENING, sid, "Rework")).code == LEFT_SCOPE
    )
