"""Contact-log entries sync with their new fields; a correction arrives beside the original (issue 8)."""

from __future__ import annotations

from datetime import date

from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.casework.contact_log import ContactLogService
from workbench.casework.dto.contacts import NewContact
from workbench.domain.contacts import ContactKind, Restriction


def test_a_new_entry_and_its_correction_reach_the_other_terminal_with_every_field(
    central: CentralFixture,
) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t2.sync_ok()

    referral = "0193a3c4-0000-7000-8000-0000000000aa"
    entry, _ = ContactLogService(t1.ctx).add(
        t1.os,
        pid,
        NewContact(
            ContactKind.RISK_MEETING.value,
            date(2026, 11, 24),
            "MAPPA level 2 meeting: licence conditions discussed.",
            contact_time="14:30",
            restricted=Restriction.PUBLIC_PROTECTION,  # still synced: each terminal filters by role
            referral_id=referral,
        ),
    )
    t1.sync_ok()
    server = central.state("contact_entry", entry.entry_id)
    assert server is not None
    assert (server["kind"], server["contact_time"], server["restricted"], server["referral_id"]) == (
        "RISK_MEETING",
        "14:30",
        "PUBLIC_PROTECTION",
        referral,
    )
    assert server["author_role"] == "SUPERVISOR"

    t2.sync_ok()
    [seen] = ContactLogService(t2.ctx).log(t2.os, pid).entries
    assert (seen.entry_id, seen.contact_time, seen.restricted, seen.referral_id) == (
        entry.entry_id,
        "14:30",
        Restriction.PUBLIC_PROTECTION,
        referral,
    )
    assert seen.author_name == "Supervisor t1" and seen.author_role_label == "Offender supervisor"

    # The author corrects it on their own terminal; the other terminal keeps both, the old one marked.
    ContactLogService(t1.ctx).correct(
        t1.os,
        entry.entry_id,
        NewContact(
            ContactKind.RISK_MEETING.value,
            date(2026, 11, 24),
            "MAPPA level 2 meeting: licence conditions and exclusion zone discussed.",
            contact_time="14:30",
            restricted=Restriction.PUBLIC_PROTECTION,
            referral_id=referral,
        ),
        "Exclusion zone left out of the first note.",
    )
    t1.sync_ok()
    t2.sync_ok()
    log = ContactLogService(t2.ctx).log(t2.os, pid)
    assert [(e.summary, e.is_corrected) for e in log.entries] == [
        ("MAPPA level 2 meeting: licence conditions and exclusion zone discussed.", False),
        ("MAPPA level 2 meeting: licence conditions discussed.", True),
    ]
    assert log.entries[0].correction_reason == "Exclusion zone left out of the first note."
    assert t1.conflicts() == [] and t2.conflicts() == []
    assert_nothing_lost_or_duplicated(central, t1, t2)
