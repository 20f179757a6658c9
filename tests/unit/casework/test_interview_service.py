"""The initial interview service: resumable drafts owned by their author, first contact on the arrival
step, signing into an immutable record, corrections, and referral status synced as class B."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from workbench.casework.caseload import CaseloadService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.interview import InterviewService
from workbench.casework.reception import ReceptionService
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.interview import InterviewStep, NeedArea, Referral, ReferralOwnerRole, ReferralStatus
from workbench.domain.needs import NeedSection
from workbench.domain.sentence import FIRST_CONTACT
from workbench.domain.timescales import DueRule, DueStatus
from workbench.protocol.entities import ENTITIES, SyncClass
from workbench.security.principal import CurrentUser
from workbench.store.interview_models import Interview, InterviewReferral
from workbench.store.models import ContactEntry, Outbox

ARRIVAL = {
    "first_contact_date": date(2026, 11, 24),
    "role_explained": "YES",
    "first_contact_summary": "Met in the wing office; explained my role.",
}
REST = {
    "no_need_areas": [a.value for a in NeedArea if a is not NeedArea.HOUSING],
    "wants_to_change": "Stop drinking.",
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
}
HOUSING = Referral(
    NeedArea.HOUSING,
    "Tenancy at risk: rent arrears.",
    ReferralOwnerRole.RESETTLEMENT,
    "Dee Housing",
    ReferralStatus.RAISED,
    date(2026, 11, 24),
)


@pytest.fixture
def service(ctx: ServiceContext) -> InterviewService:
    return InterviewService(ctx)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """A prisoner received on Fri 20 Nov 2026."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def _first_contact(ctx: ServiceContext, user: CurrentUser, prisoner_id: str) -> DueStatus:
    items = {i.rule: i for i in CaseloadService(ctx).detail(user, prisoner_id).due_items}
    return items[DueRule.FIRST_CONTACT].status


def _signed(service: InterviewService, user: CurrentUser, prisoner_id: str) -> str:
    draft, _ = service.start_draft(user, prisoner_id)
    service.save_step(user, draft.interview_id, {**ARRIVAL, **REST}, [HOUSING])
    detail, _ = service.sign(user, draft.interview_id)
    return detail.interview_id


def test_a_draft_keeps_every_step_and_resumes_where_it_was_left(
    service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, changes = service.start_draft(supervisor, prisoner_id)
    assert changes.entities == {"initial_interview_draft"}
    assert draft.current_step is InterviewStep.ARRIVAL and draft.read_only_reason is None
    service.save_step(
        supervisor, draft.interview_id, {"wants_to_change": "  Get a job.  "}, None, InterviewStep.OWN_ACCOUNT
    )
    service.save_step(
        supervisor, draft.interview_id, {"first_language": "Polish"}, [HOUSING], InterviewStep.DIVERSITY
    )

    resumed = service.overview(supervisor, prisoner_id).draft
    assert resumed is not None and resumed.interview_id == draft.interview_id
    assert resumed.current_step is InterviewStep.DIVERSITY
    assert resumed.answers["wants_to_change"] == "Get a job."
    assert resumed.answers["first_language"] == "Polish"
    assert [r.area for r in resumed.referrals] == [NeedArea.HOUSING]
    progress = {p.step: p for p in resumed.progress}
    assert not progress[InterviewStep.ARRIVAL].complete
    assert [m.field for m in progress[InterviewStep.ARRIVAL].missing] == [
        "first_contact_date",
        "role_explained",
        "first_contact_summary",
    ]
    with pytest.raises(ValidationError, match="resume it"):
        service.start_draft(supervisor, prisoner_id)


def test_completing_the_arrival_step_records_first_contact_at_once(
    ctx: ServiceContext, service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert _first_contact(ctx, supervisor, prisoner_id) is DueStatus.DUE
    draft, _ = service.start_draft(supervisor, prisoner_id)
    _, changes = service.save_step(supervisor, draft.interview_id, {"first_contact_date": date(2026, 11, 24)})
    assert "contact_entry" not in changes.entities  # the step is not complete yet
    assert _first_contact(ctx, supervisor, prisoner_id) is DueStatus.DUE

    detail, changes = service.save_step(supervisor, draft.interview_id, ARRIVAL)
    assert "contact_entry" in changes.entities and detail.first_contact_recorded
    assert _first_contact(ctx, supervisor, prisoner_id) is DueStatus.MET
    service.save_step(supervisor, draft.interview_id, {"first_contact_summary": "Edited afterwards."})
    with ctx.store.read() as s:
        (entry,) = s.scalars(select(ContactEntry)).all()
    assert (entry.kind, entry.contact_date) == (FIRST_CONTACT, date(2026, 11, 24))
    assert entry.summary == "Initial interview: Met in the wing office; explained my role."


def test_a_first_contact_already_recorded_is_linked_not_repeated(
    ctx: ServiceContext, service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    ContactService(ctx).record_first_contact(
        supervisor, prisoner_id, date(2026, 11, 23), "Seen at induction."
    )
    draft, _ = service.start_draft(supervisor, prisoner_id)
    detail, changes = service.save_step(supervisor, draft.interview_id, ARRIVAL)
    assert detail.first_contact_recorded and "contact_entry" not in changes.entities
    with ctx.store.read() as s:
        assert len(s.scalars(select(ContactEntry)).all()) == 1


def test_a_draft_belongs_to_its_author(
    service: InterviewService,
    supervisor: CurrentUser,
    new_user: Callable[..., CurrentUser],
    prisoner_id: str,
) -> None:
    from workbench.domain.enums import UserRole

    other = new_user("os.two", "Priya Patel", UserRole.SUPERVISOR)
    draft, _ = service.start_draft(supervisor, prisoner_id)
    seen = service.get(other, draft.interview_id)
    assert seen.read_only_reason == "This draft belongs to Sam Supervisor; you can read it but not change it."
    for attempt in (
        lambda: service.save_step(other, draft.interview_id, {"what_helps": "x"}),
        lambda: service.sign(other, draft.interview_id),
        lambda: service.discard_draft(other, draft.interview_id),
    ):
        with pytest.raises(PermissionDenied, match="only Sam Supervisor can change, sign or discard it"):
            attempt()
    overview = service.overview(other, prisoner_id)
    assert not overview.can_start
    assert overview.cannot_start_reason is not None and "Sam Supervisor has an interview draft open" in (
        overview.cannot_start_reason
    )


def test_a_contributor_cannot_interview(
    service: InterviewService, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied, match="cannot conduct initial interviews"):
        service.start_draft(contributor, prisoner_id)


def test_signing_is_refused_until_every_step_is_complete(
    service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    service.save_step(supervisor, draft.interview_id, {**ARRIVAL, **REST, "learning_style": ""}, [])
    with pytest.raises(ValidationErrors) as caught:
        service.sign(supervisor, draft.interview_id)
    assert caught.value.by_field() == {
        "needs": "Ask about Housing: raise a referral or record no immediate need.",
        "learning_style": "Write learning style, in the prisoner's words.",
    }


def test_signing_makes_an_immutable_record_only_superseded(
    ctx: ServiceContext, service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    signed_id = _signed(service, supervisor, prisoner_id)
    overview = service.overview(supervisor, prisoner_id)
    assert overview.draft is None and overview.latest is not None
    assert overview.latest.interview_id == signed_id and overview.latest.status == "SIGNED"
    assert (overview.latest.read_only_reason or "").startswith("Signed by Sam Supervisor on ")
    assert [r.status for r in overview.referrals] == [ReferralStatus.RAISED]
    with pytest.raises(ValidationError, match="A signed interview cannot be changed"):
        service.save_step(supervisor, signed_id, {"what_helps": "Changed."})
    with ctx.store.read() as s:
        draft_rows = s.scalars(select(Interview).where(Interview.status == "DRAFT")).all()
        assert [d.deleted_at is not None for d in draft_rows] == [True]
        ops = s.execute(select(Outbox.entity, Outbox.op).where(Outbox.entity == "initial_interview")).all()
        assert {op for _, op in ops} == {"INSERT", "UPDATE"}  # the insert, then its referral snapshot
    assert ENTITIES["initial_interview"].sync_class is SyncClass.APPEND_ONLY
    assert ENTITIES["initial_interview_draft"].owner_field == "author_id"

    correction, _ = service.supersede(supervisor, signed_id)
    assert correction.supersedes_id == signed_id and correction.answers["what_helps"] == "My sister."
    assert [r.referral_id for r in correction.referrals] == [overview.referrals[0].referral_id]
    service.save_step(supervisor, correction.interview_id, {"what_helps": "My sister and my son."})
    fixed, _ = service.sign(supervisor, correction.interview_id)
    after = service.overview(supervisor, prisoner_id)
    assert after.latest is not None and after.latest.interview_id == fixed.interview_id
    assert [h.superseded_by_id for h in after.history] == [None, fixed.interview_id]
    assert after.history[1].answers["what_helps"] == "My sister."  # the old record is unchanged
    assert len(after.referrals) == 1  # carried, not duplicated


def test_referral_status_updates_sync_as_class_b_field_changes(
    ctx: ServiceContext, service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    _signed(service, supervisor, prisoner_id)
    (referral,) = service.overview(supervisor, prisoner_id).referrals
    detail, changes = service.update_referral(
        supervisor,
        referral.referral_id,
        ReferralStatus.IN_PROGRESS,
        on=date(2026, 11, 25),
        note="Seen by housing.",
    )
    assert changes.entities == {"interview_referral"}
    assert (detail.status, detail.status_changed_on, detail.status_note) == (
        ReferralStatus.IN_PROGRESS,
        date(2026, 11, 25),
        "Seen by housing.",
    )
    assert ENTITIES["interview_referral"].sync_class is SyncClass.MERGED
    with ctx.store.read() as s:
        patch = json.loads(
            s.scalars(
                select(Outbox.patch_json).where(Outbox.entity == "interview_referral", Outbox.op == "UPDATE")
            ).one()
        )
    # Only the fields that changed travel, so a change made elsewhere to the owner merges with this one.
    assert set(patch) == {"status", "status_changed_on", "status_note", "updated_at"}
    with pytest.raises(ValidationErrors) as caught:
        service.update_referral(
            supervisor, referral.referral_id, ReferralStatus.COMPLETED, on=date(2026, 11, 23)
        )
    assert caught.value.by_field() == {
        "status_changed_on": "The status date cannot be before the referral was raised (24 Nov 2026)."
    }
    latest = service.latest_signed(supervisor, prisoner_id)
    assert latest is not None and latest.referrals[0].status is ReferralStatus.IN_PROGRESS
    assert latest.goals == "Stop drinking." and latest.needs == (NeedArea.HOUSING,)


def test_what_cannot_be_stored_is_refused_beside_its_field(
    ctx: ServiceContext, service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    late = Referral(NeedArea.HEALTH, "x", ReferralOwnerRole.HEALTHCARE, "Nurse", raised_on=date(2026, 12, 25))
    with pytest.raises(ValidationErrors) as caught:
        service.save_step(
            supervisor,
            draft.interview_id,
            {"first_contact_date": date(2026, 11, 19), "what_helps": "x" * 4001, "motivation": "MAYBE"},
            [late],
        )
    assert caught.value.by_field() == {
        "first_contact_date": "The first contact cannot be before the prisoner arrived (20 Nov 2026).",
        "what_helps": "The what helps is 4,001 characters; the most allowed is 4,000. Shorten it.",
        "motivation": "'MAYBE' is not a choice for this question.",
    }
    with pytest.raises(ValidationErrors) as caught:
        service.save_step(supervisor, draft.interview_id, {}, [late])
    assert caught.value.by_field() == {
        "referral.HEALTH": "The date the health referral was raised (25 Dec 2026) is in the future."
    }
    with ctx.store.read() as s:
        assert s.scalars(select(InterviewReferral)).all() == []


def test_answers_become_evidence_prompts_for_the_assessment(
    service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert service.evidence_prompts(supervisor, prisoner_id) == ()
    _signed(service, supervisor, prisoner_id)
    prompts = service.evidence_prompts(supervisor, prisoner_id)
    sections = {p.section for p in prompts}
    assert NeedSection.ACCOMMODATION in sections and NeedSection.ATTITUDES in sections


def test_the_referrals_alone_are_the_overviews_referrals(
    service: InterviewService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert service.referrals(supervisor, prisoner_id) == ()
    _signed(service, supervisor, prisoner_id)
    listed = service.referrals(supervisor, prisoner_id)
    assert [r.area for r in listed] == [NeedArea.HOUSING]
    assert listed == service.overview(supervisor, prisoner_id).referrals
