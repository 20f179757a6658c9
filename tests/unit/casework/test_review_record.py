"""Recording and signing a review (issue 10 point 4): drafts, validation, closing the reasons it
answers, armed triggers, corrections, permissions. Real encrypted store, real services, fixed clock
(Thu 26 Nov 2026)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from plan_helpers import seeded_prisoner
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.plan import ObjectiveForm
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.review_record import NEED, OBJECTIVE, ArmedTrigger, Participant, ReviewForm
from workbench.casework.plan import PlanService
from workbench.casework.reviews.record import NEXT_REVIEW_NOTE, ReviewRecordService, armed_task_id
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection
from workbench.domain.plan import link_code
from workbench.domain.reviews import (
    AttendanceMode,
    ParticipantRole,
    ProgressRating,
    ReviewTaskStatus,
    TriggerKind,
    review_task_id,
)
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner
from workbench.store.review_models import ReviewTask, SignedReview
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow

DRUGS = link_code(NeedSection.DRUG_MISUSE)
OUTCOME = "To stay free of heroin and manage cravings."


@pytest.fixture
def reviews(ctx: ServiceContext) -> ReviewRecordService:
    return ReviewRecordService(ctx)


@pytest.fixture
def pid(ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]) -> str:
    """A prisoner with a completed assessment (drug misuse linked to offending) and one objective."""
    prisoner_id = seeded_prisoner(ctx, supervisor, receive)
    PlanService(ctx).save_objective(supervisor, prisoner_id, None, ObjectiveForm(OUTCOME, (DRUGS,)))
    return prisoner_id


def _task(ctx: ServiceContext, pid: str, trigger: TriggerKind, due: date, key: str) -> str:
    """A review task as the trigger sweep raises it (the sweep itself is issue 10 point 1)."""
    task_id = review_task_id(pid, trigger.value, key)
    with UnitOfWork(ctx.store, Actor("sweep", "sweep")) as uow:
        uow.add(
            ReviewTask(
                id=task_id,
                prisoner_id=pid,
                trigger=trigger.value,
                source_key=key,
                explanation=f"{trigger.label}.",
                raised_on=date(2026, 11, 1),
                due_on=due,
            ),
            "review_task.raised",
        )
    return task_id


def _complete(form: ReviewForm) -> ReviewForm:
    progress = tuple(
        replace(e, rating=ProgressRating.SOME, evidence="Two clean tests; attends CARAT weekly.")
        for e in form.progress
    )
    return replace(form, progress=progress, no_change_reason="Plan still fits; no new risk information.")


def _tasks(ctx: ServiceContext, pid: str) -> dict[str, ReviewTask]:
    with ctx.store.read() as s:
        rows = s.scalars(select(ReviewTask).where(ReviewTask.prisoner_id == pid)).all()
        for r in rows:
            s.expunge(r)
        return {r.id: r for r in rows}


def test_a_new_draft_is_preset_from_the_case(
    ctx: ServiceContext, reviews: ReviewRecordService, supervisor: CurrentUser, pid: str, today: date
) -> None:
    annual = _task(ctx, pid, TriggerKind.ANNUAL, date(2026, 12, 1), "2026-12-01")
    rosh = _task(ctx, pid, TriggerKind.ROSH_CHANGED, date(2026, 11, 30), "event-1")
    detail, changes = reviews.start_draft(supervisor, pid)
    form = detail.form
    assert changes.touches("review_draft") and pid in changes.prisoner_ids
    assert form.review_date == today
    assert [p.role for p in form.participants] == [ParticipantRole.PRISONER, ParticipantRole.SUPERVISOR]
    assert form.participants[0].name == "Alex Testperson"
    assert [(e.kind, e.label) for e in form.progress] == [
        (OBJECTIVE, OUTCOME),
        (NEED, NeedSection.DRUG_MISUSE.label),
    ]
    assert form.next_review_on == date(2027, 11, 26)  # policy: 12 months
    assert set(form.answers_task_ids) == {annual, rosh}
    ov = reviews.overview(supervisor, pid)
    assert ov.due_on == date(2026, 11, 30)
    assert [t.trigger for t in ov.open_tasks] == [TriggerKind.ROSH_CHANGED, TriggerKind.ANNUAL]
    assert ov.draft is not None and ov.draft.read_only_reason is None
    assert not ov.can_start and "already have a review draft" in (ov.cannot_start_reason or "")


def test_signing_refuses_every_gap_at_once(
    reviews: ReviewRecordService, supervisor: CurrentUser, pid: str
) -> None:
    detail, _ = reviews.start_draft(supervisor, pid)
    bad = replace(
        detail.form,
        review_date=date(2026, 12, 25),
        participants=(
            *detail.form.participants,
            Participant(ParticipantRole.OTHER, "", AttendanceMode.UNKNOWN),
        ),
        progress=(replace(detail.form.progress[0], rating=ProgressRating.GOOD),),
        next_review_on=date(2026, 12, 1),
        armed=(ArmedTrigger(date(2026, 11, 1), ""),),
    )
    reviews.save_draft(supervisor, detail.review_id, bad)
    with pytest.raises(ValidationErrors) as caught:
        reviews.sign(supervisor, detail.review_id)
    messages = [e.message for e in caught.value.errors]
    assert messages == [
        "The review date (25/12/2026) is in the future.",
        "Participant 3 (Other): enter their name.",
        "Participant 3 (Other): say how they took part.",
        f"Rate progress on “{NeedSection.DRUG_MISUSE.label}” (or mark it not assessed).",
        f"Give the evidence for “{OUTCOME}” (good progress).",
        "Record the changes to the sentence plan or the risk management plan, "
        "or why neither needs to change.",
        "The next review (01/12/2026) must be after this review (25/12/2026).",
        "Review 1 arranged for later: say what it is for.",
        "Review 1 arranged for later (01/11/2026) must be after this review.",
    ]
    assert reviews.check(supervisor, detail.review_id)  # the same gaps, without trying to sign


def test_not_assessed_needs_no_evidence_and_one_change_field_is_enough(
    reviews: ReviewRecordService, supervisor: CurrentUser, pid: str
) -> None:
    detail, _ = reviews.start_draft(supervisor, pid)
    form = replace(detail.form, rmp_changes="Added a licence condition on contact with the victim.")
    reviews.save_draft(supervisor, detail.review_id, form)
    signed, _ = reviews.sign(supervisor, detail.review_id)
    assert not signed.is_draft
    assert {e.rating for e in signed.form.progress} == {ProgressRating.NOT_ASSESSED}


def test_text_that_cannot_be_stored_is_refused_on_save(
    reviews: ReviewRecordService, supervisor: CurrentUser, pid: str
) -> None:
    detail, _ = reviews.start_draft(supervisor, pid)
    with pytest.raises(ValidationErrors) as caught:
        reviews.save_draft(
            supervisor,
            detail.review_id,
            replace(detail.form, plan_changes="x" * 20_001, no_change_reason="a\x00b"),
        )
    fields = [e.field for e in caught.value.errors]
    assert fields == ["plan_changes", "no_change_reason"]


def test_signing_closes_the_answered_tasks_and_arms_the_next(
    ctx: ServiceContext, reviews: ReviewRecordService, supervisor: CurrentUser, pid: str
) -> None:
    answered = _task(ctx, pid, TriggerKind.ROSH_CHANGED, date(2026, 11, 30), "event-1")
    left_open = _task(ctx, pid, TriggerKind.TRANSFER_IN, date(2026, 12, 4), "event-2")
    detail, _ = reviews.start_draft(supervisor, pid)
    course = ArmedTrigger(date(2027, 3, 1), "After the course ends")
    form = replace(_complete(detail.form), answers_task_ids=(answered,), armed=(course,))
    reviews.save_draft(supervisor, detail.review_id, form)
    signed, changes = reviews.sign(supervisor, detail.review_id)
    assert changes.touches("review") and changes.touches("review_task")

    tasks = _tasks(ctx, pid)
    assert tasks[answered].status == ReviewTaskStatus.DONE.value
    assert tasks[answered].closed_by_review_id == signed.review_id
    assert tasks[left_open].status == ReviewTaskStatus.OPEN.value
    armed = tasks[review_task_id(pid, "ARMED", "2027-03-01|After the course ends")]
    assert (armed.trigger, armed.due_on, armed.status) == ("ARMED", date(2027, 3, 1), "OPEN")
    assert armed.source_event_id == signed.review_id
    nxt = tasks[armed_task_id(pid, ArmedTrigger(date(2027, 11, 26), NEXT_REVIEW_NOTE))]
    assert nxt.due_on == date(2027, 11, 26)

    ov = reviews.overview(supervisor, pid)
    assert [r.review_id for r in ov.signed] == [signed.review_id]
    assert ov.draft is None and ov.can_start
    assert {t.task_id for t in ov.open_tasks} == {left_open, armed.id, nxt.id}
    with ctx.store.read() as s:
        assert s.get(SignedReview, signed.review_id) is not None


def test_a_correction_supersedes_and_cancels_what_it_no_longer_arms(
    ctx: ServiceContext, reviews: ReviewRecordService, supervisor: CurrentUser, pid: str
) -> None:
    detail, _ = reviews.start_draft(supervisor, pid)
    course = ArmedTrigger(date(2027, 3, 1), "After the course ends")
    reviews.save_draft(supervisor, detail.review_id, replace(_complete(detail.form), armed=(course,)))
    first, _ = reviews.sign(supervisor, detail.review_id)

    draft, _ = reviews.start_draft(supervisor, pid, correcting=first.review_id)
    assert draft.supersedes_id == first.review_id and draft.form.armed == (course,)
    reviews.save_draft(supervisor, draft.review_id, replace(draft.form, armed=()))
    second, _ = reviews.sign(supervisor, draft.review_id)

    tasks = _tasks(ctx, pid)
    assert tasks[armed_task_id(pid, course)].status == ReviewTaskStatus.CANCELLED.value
    nxt = tasks[armed_task_id(pid, ArmedTrigger(date(2027, 11, 26), NEXT_REVIEW_NOTE))]
    assert (nxt.status, nxt.source_event_id) == ("OPEN", second.review_id)  # armed again, one row
    ov = reviews.overview(supervisor, pid)
    assert [(r.review_id, r.superseded_by_id) for r in ov.signed] == [
        (second.review_id, None),
        (first.review_id, second.review_id),
    ]
    with pytest.raises(ValidationError, match="already been corrected"):
        reviews.start_draft(supervisor, pid, correcting=first.review_id)


def test_drafts_belong_to_their_author(
    reviews: ReviewRecordService,
    supervisor: CurrentUser,
    new_user: Callable[..., CurrentUser],
    pid: str,
) -> None:
    from workbench.domain.enums import UserRole

    other = new_user("os.two", "Pat Second", UserRole.SUPERVISOR)
    detail, _ = reviews.start_draft(supervisor, pid)
    with pytest.raises(ValidationError, match="belongs to Sam Supervisor"):
        reviews.save_draft(other, detail.review_id, detail.form)
    with pytest.raises(ValidationError, match="belongs to Sam Supervisor"):
        reviews.sign(other, detail.review_id)
    ov = reviews.overview(other, pid)
    assert ov.draft is not None and "you can read it" in (ov.draft.read_only_reason or "")
    assert "Sam Supervisor has a review draft open" in (ov.cannot_start_reason or "")


def test_a_contributor_cannot_record_a_review(
    reviews: ReviewRecordService, contributor: CurrentUser, pid: str
) -> None:
    with pytest.raises(PermissionDenied):
        reviews.start_draft(contributor, pid)
    ov = reviews.overview(contributor, pid)
    assert not ov.can_start and not ov.can_write


def test_a_prisoner_who_left_is_refused(
    ctx: ServiceContext, reviews: ReviewRecordService, supervisor: CurrentUser, pid: str
) -> None:
    detail, _ = reviews.start_draft(supervisor, pid)
    with ctx.store.write_sessions() as s, s.begin():
        prisoner = s.get(Prisoner, pid)
        assert prisoner is not None
        prisoner.left_scope_at = utcnow()
    with pytest.raises(ValidationError, match="left this establishment"):
        reviews.sign(supervisor, detail.review_id)
    with pytest.raises(ValidationError, match="left this establishment"):
        reviews.save_draft(supervisor, detail.review_id, _complete(detail.form))
