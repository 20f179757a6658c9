"""The demo profile's initial interviews: signed ones with referrals in every state, drafts in progress,
prisoners with none; each signed one complete, each draft owned by a supervisor, all synced rows."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.interview import InterviewService
from workbench.domain.interview import ReferralStatus
from workbench.store.interview_models import InterviewDraft, InterviewReferral, SignedInterview
from workbench.store.models import ContactEntry, Outbox, Prisoner


def test_the_demo_holds_signed_interviews_drafts_and_prisoners_with_none(ctx: ServiceContext) -> None:
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    service.generate(manager, prisoners=200)
    with ctx.store.read() as s:
        prisoners = s.scalars(select(Prisoner.id)).all()
        signed = s.scalars(select(SignedInterview)).all()
        drafts = s.scalars(select(InterviewDraft)).all()
        statuses = Counter(s.scalars(select(InterviewReferral.status)))
        first_contacts = set(s.scalars(select(ContactEntry.id)))
        queued = Counter(s.scalars(select(Outbox.entity).where(Outbox.entity.like("%interview%"))))
    assert len(signed) > 50 and len(drafts) > 5
    with_any = {i.prisoner_id for i in [*signed, *drafts]}
    assert len(with_any) < len(prisoners)  # some prisoners have none yet
    assert {ReferralStatus(s) for s in statuses} >= {
        ReferralStatus.RAISED,
        ReferralStatus.IN_PROGRESS,
        ReferralStatus.COMPLETED,
        ReferralStatus.DECLINED_BY_PRISONER,
    }
    assert all(i.first_contact_id in first_contacts for i in signed)
    assert queued["initial_interview"] == len(signed) and queued["initial_interview_draft"] == len(drafts)

    interviews = InterviewService(ctx)
    for row in signed[:20]:
        detail = interviews.get(manager, row.id)
        assert detail.missing() == (), detail.missing()  # a signed demo interview is complete
        assert detail.referrals and all(r.referral_id for r in detail.referrals)
    draft = interviews.get(manager, drafts[0].id)
    assert draft.read_only_reason is not None and "belongs to" in draft.read_only_reason
