"""The initial interview syncs: a draft (class C) is read-only elsewhere, the signed record (class A)
arrives unchanged, and referral status changes (class B) on two terminals merge per field."""

from __future__ import annotations

from datetime import date

from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.casework.interview import InterviewService
from workbench.domain.interview import NeedArea, Referral, ReferralOwnerRole, ReferralStatus

ANSWERS: dict[str, object] = {
    "first_contact_date": date(2026, 11, 24),
    "role_explained": "YES",
    "first_contact_summary": "Met on the wing.",
    "no_need_areas": [a.value for a in NeedArea if a is not NeedArea.HOUSING],
    "wants_to_change": "Stop drinking.",
    "what_helps": "My sister.",
    "what_gets_in_the_way": "Old mates.",
    "motivation": "PREPARING",
    "learning_style": "Being shown.",
    "capacity_to_change": "Stayed dry for a year.",
    "first_language": "English",
    "interpreter_needed": "NO",
    "basic_skills": "LEVEL_1",
    "disability_and_adjustments": "None disclosed.",
    "discrimination_experienced": "None reported.",
    "vulnerable": "NO",
}
HOUSING = Referral(
    NeedArea.HOUSING,
    "Rent arrears.",
    ReferralOwnerRole.RESETTLEMENT,
    "Dee Housing",
    raised_on=date(2026, 11, 24),
)


def test_an_interview_and_its_referrals_reach_the_other_terminal_and_status_changes_merge(
    central: CentralFixture,
) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    s1, s2 = InterviewService(t1.ctx), InterviewService(t2.ctx)
    draft, _ = s1.start_draft(t1.os, pid)
    s1.save_step(t1.os, draft.interview_id, ANSWERS, [HOUSING])
    t1.sync_ok()
    t2.sync_ok()

    seen = s2.overview(t2.os, pid)
    assert seen.draft is not None and seen.draft.answers["what_helps"] == "My sister."
    assert seen.draft.read_only_reason is not None  # someone else's draft: read it, never change it

    s1.sign(t1.os, draft.interview_id)
    t1.sync_ok()
    t2.sync_ok()
    there = s2.overview(t2.os, pid)
    assert there.draft is None and there.latest is not None
    assert there.latest.answers == s1.overview(t1.os, pid).latest.answers  # type: ignore[union-attr]
    (referral,) = there.referrals

    # Offline from each other: t1 records progress, t2 names the new owner. Different fields: both kept.
    s1.update_referral(t1.os, referral.referral_id, ReferralStatus.IN_PROGRESS, on=date(2026, 11, 25))
    s2.update_referral(
        t2.os, referral.referral_id, ReferralStatus.RAISED, on=date(2026, 11, 24), owner_name="Ali Resettle"
    )
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()
    for term, service in ((t1, s1), (t2, s2)):
        (r,) = service.overview(term.os, pid).referrals
        assert (r.owner_name, r.status, r.status_changed_on) == (
            "Ali Resettle",
            ReferralStatus.IN_PROGRESS,
            date(2026, 11, 25),
        ), term.name
        assert term.conflicts() == [], term.name
    assert_nothing_lost_or_duplicated(central, t1, t2)
