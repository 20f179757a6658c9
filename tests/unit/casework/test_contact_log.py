"""The contact log (issue 8 point 8): any kind of entry, corrections that supersede, restricted entries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from workbench.casework.caseload import CaseloadService
from workbench.casework.contact_log import ContactLogService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.contacts import NewContact
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.contacts import LOG_KINDS, ContactKind, Restriction
from workbench.domain.enums import UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.policy import Policy
from workbench.domain.timescales import DueRule, DueStatus
from workbench.security.principal import CurrentUser
from workbench.store.models import AuditEvent, ContactEntry, Outbox


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """A prisoner received on Fri 20 Nov 2026 (today is Thu 26 Nov 2026)."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def _note(kind: str = ContactKind.ONE_TO_ONE, **overrides: object) -> NewContact:
    base = NewContact(kind=str(kind), contact_date=date(2026, 11, 24), summary="Seen on the wing.")
    return replace(base, **overrides)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", LOG_KINDS)
def test_every_kind_of_entry_can_be_added_and_is_stored_as_typed(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str, kind: ContactKind
) -> None:
    entry, changes = ContactLogService(ctx).add(
        supervisor,
        prisoner_id,
        _note(kind, contact_time="9.05", summary="  Discussed work in the kitchens.\r\n  "),
    )
    assert changes.prisoner_ids == {prisoner_id} and changes.entities == {"contact_entry"}
    assert (entry.kind, entry.kind_label, entry.contact_time) == (kind.value, kind.label, "09:05")
    assert (entry.author_name, entry.author_role_label) == ("Sam Supervisor", "Offender supervisor")
    assert entry.summary == "Discussed work in the kitchens."
    with ctx.store.read() as s:
        row = s.get(ContactEntry, entry.entry_id)
        assert row is not None and (row.kind, row.contact_time, row.author_role) == (
            kind.value,
            "09:05",
            "SUPERVISOR",
        )
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == row.id)).one() == (
            "contact.recorded"
        )
        assert s.scalars(select(Outbox.op).where(Outbox.entity_id == row.id)).one() == "INSERT"


def test_the_log_is_newest_first_and_filters_by_kind(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service = ContactLogService(ctx)
    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 23), "First meeting.")
    service.add(supervisor, prisoner_id, _note(ContactKind.EDUCATION, summary="Maths level 1 started."))
    service.add(supervisor, prisoner_id, _note(contact_time="14:30", summary="Afternoon one-to-one."))
    service.add(supervisor, prisoner_id, _note(contact_time="09:00", summary="Morning one-to-one."))
    service.add(
        supervisor,
        prisoner_id,
        _note(ContactKind.CHAPLAINCY, contact_date=date(2026, 11, 26), summary="Visit."),
    )

    log = service.log(supervisor, prisoner_id)
    assert [e.summary for e in log.entries] == [
        "Visit.",
        "Afternoon one-to-one.",
        "Morning one-to-one.",
        "Maths level 1 started.",  # no time: after the timed entries of the day
        "First meeting.",
    ]
    assert log.hidden_restricted == 0 and log.hidden_note == ""
    ones = service.log(supervisor, prisoner_id, kind=ContactKind.ONE_TO_ONE.value)
    assert [e.summary for e in ones.entries] == ["Afternoon one-to-one.", "Morning one-to-one."]


def test_a_correction_supersedes_and_never_overwrites(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service = ContactLogService(ctx)
    first, _ = service.add(supervisor, prisoner_id, _note(summary="Seen on B wing."))
    fixed, changes = service.correct(
        supervisor,
        first.entry_id,
        _note(summary="Seen on C wing.", contact_time="10:15"),
        "Wrong wing typed in the first note.",
    )
    assert changes.entities == {"contact_entry"}
    assert fixed.supersedes_id == first.entry_id
    assert fixed.correction_reason == "Wrong wing typed in the first note."

    log = service.log(supervisor, prisoner_id)
    assert [(e.summary, e.is_corrected) for e in log.entries] == [
        ("Seen on C wing.", False),
        ("Seen on B wing.", True),
    ]
    assert log.entries[1].corrected_by_id == fixed.entry_id
    assert log.entries[1].corrected_by_name == "Sam Supervisor"
    with ctx.store.read() as s:
        old = s.get(ContactEntry, first.entry_id)
        assert old is not None and old.summary == "Seen on B wing."  # unchanged
        assert s.scalars(select(Outbox.op).where(Outbox.entity == "contact_entry")).all() == [
            "INSERT",
            "INSERT",
        ]
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == fixed.entry_id)).one() == (
            "contact.corrected"
        )

    with pytest.raises(ValidationError, match="already corrected by Sam Supervisor"):
        service.correct(
            supervisor, first.entry_id, _note(summary="Third try."), "Another change of mind here."
        )


def test_a_correction_must_change_something_and_say_why(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service = ContactLogService(ctx)
    first, _ = service.add(supervisor, prisoner_id, _note())
    with pytest.raises(ValidationErrors) as caught:
        service.correct(supervisor, first.entry_id, _note(), "   ")
    by_field = caught.value.by_field()
    assert by_field["reason"] == "Enter the reason for the correction."
    with pytest.raises(ValidationErrors) as caught:
        service.correct(supervisor, first.entry_id, _note(), "Nothing really.")
    assert caught.value.by_field()[None] == "Nothing has been changed: change the entry, or cancel."


def test_only_the_author_or_a_manager_corrects(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    manager: CurrentUser,
    new_user: Callable[..., CurrentUser],
    prisoner_id: str,
) -> None:
    service = ContactLogService(ctx)
    first, _ = service.add(supervisor, prisoner_id, _note())
    other = new_user("os.two", "Pat Second", UserRole.SUPERVISOR)
    with pytest.raises(PermissionDenied, match=r"Only the author \(Sam Supervisor\) or an OMU manager"):
        service.correct(other, first.entry_id, _note(summary="Changed."), "Not my note to change.")
    fixed, _ = service.correct(manager, first.entry_id, _note(summary="Changed."), "Checked with the wing.")
    assert fixed.author_name == "Morgan Manager"


def test_a_corrected_first_contact_counts_at_its_corrected_date(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 20), "Seen.")
    first = ContactLogService(ctx).log(supervisor, prisoner_id).entries[0]
    with pytest.raises(ValidationErrors) as caught:
        ContactLogService(ctx).correct(
            supervisor, first.entry_id, _note(ContactKind.ONE_TO_ONE), "It was a one-to-one really."
        )
    assert caught.value.by_field()["kind"] == "A first contact stays a first contact."
    ContactLogService(ctx).correct(
        supervisor,
        first.entry_id,
        _note(ContactKind.FIRST_CONTACT, contact_date=date(2026, 11, 25), summary="Seen."),
        "The date was typed wrongly.",
    )
    items = {i.rule: i for i in CaseloadService(ctx).detail(supervisor, prisoner_id).due_items}
    assert items[DueRule.FIRST_CONTACT].status is DueStatus.MET
    assert items[DueRule.FIRST_CONTACT].explanation.endswith("met on 25 Nov 2026.")


def _restricted_log(ctx: ServiceContext, author: CurrentUser, prisoner_id: str) -> None:
    service = ContactLogService(ctx)
    service.add(author, prisoner_id, _note(summary="Open note."))
    service.add(
        author,
        prisoner_id,
        _note(ContactKind.WING_OBSERVATION, summary="Intelligence report.", restricted=Restriction.SECURITY),
    )
    service.add(
        author,
        prisoner_id,
        _note(ContactKind.RISK_MEETING, summary="MAPPA minutes.", restricted=Restriction.PUBLIC_PROTECTION),
    )


def test_restricted_entries_are_hidden_from_roles_the_policy_does_not_name(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    manager: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    _restricted_log(ctx, supervisor, prisoner_id)
    service = ContactLogService(ctx)
    assert [e.summary for e in service.log(manager, prisoner_id).entries] == [
        "MAPPA minutes.",
        "Intelligence report.",
        "Open note.",
    ]
    log = service.log(contributor, prisoner_id)
    assert [e.summary for e in log.entries] == ["Open note."]
    assert log.hidden_note == "2 restricted entries not shown (your role cannot read them)."
    assert service.log(contributor, prisoner_id, kind=ContactKind.RISK_MEETING.value).hidden_restricted == 1
    # The case page's list goes through the same rule.
    detail = CaseloadService(ctx).detail(contributor, prisoner_id)
    assert [c.summary for c in detail.contacts] == ["Open note."]


def test_a_stricter_policy_hides_them_from_supervisors_too_but_never_from_their_author(
    store: object, today: date, supervisor: CurrentUser, manager: CurrentUser, prisoner_id: str
) -> None:
    ctx = ServiceContext(store, Policy(restricted_visible_to=("MANAGER",)), today=lambda: today)  # type: ignore[arg-type]
    other = ServiceContext(ctx.store, ctx.policy, today=ctx.today)
    _restricted_log(ctx, manager, prisoner_id)
    ContactLogService(ctx).add(
        supervisor, prisoner_id, _note(summary="My own security note.", restricted=Restriction.SECURITY)
    )
    log = ContactLogService(other).log(supervisor, prisoner_id)
    assert [e.summary for e in log.entries] == ["My own security note.", "Open note."]
    assert log.hidden_restricted == 2


def test_a_contributor_adds_but_cannot_correct_or_open_hidden_entries(
    ctx: ServiceContext, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    service = ContactLogService(ctx)
    mine, _ = service.add(
        contributor, prisoner_id, _note(ContactKind.EDUCATION, summary="Enrolled in maths.")
    )
    assert mine.author_role_label == "Department contributor"
    secret, _ = service.add(
        supervisor, prisoner_id, _note(summary="Security concern.", restricted=Restriction.SECURITY)
    )
    with pytest.raises(ValidationError, match="not on this terminal's record"):
        service.correct(contributor, secret.entry_id, _note(summary="x"), "Trying to read it here.")


def test_text_later_marked_restricted_is_hidden_in_its_earlier_version_too(
    ctx: ServiceContext, supervisor: CurrentUser, contributor: CurrentUser, prisoner_id: str
) -> None:
    service = ContactLogService(ctx)
    first, _ = service.add(supervisor, prisoner_id, _note(summary="Names an informant."))
    service.correct(
        supervisor,
        first.entry_id,
        _note(summary="Names an informant.", restricted=Restriction.SECURITY),
        "Should have been restricted.",
    )
    log = service.log(contributor, prisoner_id)
    assert log.entries == () and log.hidden_restricted == 2
    assert CaseloadService(ctx).detail(contributor, prisoner_id).contacts == ()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"contact_date": date(2026, 11, 27)},
            "contact_date",
            "The contact date (27 Nov 2026) is in the future.",
        ),
        (
            {"contact_date": date(2026, 11, 19)},
            "contact_date",
            "The contact date (19 Nov 2026) is before the prisoner came into custody (20 Nov 2026).",
        ),
        ({"summary": "  "}, "summary", "Enter the summary of the contact."),
        (
            {"summary": "x" * 20_001},
            "summary",
            "The summary of the contact is 20,001 characters; the most allowed is 20,000. Shorten it.",
        ),
        (
            {"contact_time": "25:00"},
            "contact_time",
            "“25:00” is not a time of day: type it on the 24-hour clock, e.g. 14:30.",
        ),
        ({"kind": "GOSSIP"}, "kind", "Choose the kind of contact."),
        (
            {"kind": "FIRST_CONTACT"},
            "kind",
            "Record the first contact with “Record first contact” (it stops the 10-day clock).",
        ),
        ({"referral_id": "x" * 37}, "referral_id", "That referral is not on this terminal's record."),
    ],
)
def test_bad_input_gets_a_message_beside_its_field_and_nothing_is_saved(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    prisoner_id: str,
    overrides: dict[str, object],
    field: str,
    message: str,
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        ContactLogService(ctx).add(supervisor, prisoner_id, _note(**overrides))
    assert caught.value.by_field()[field] == message
    assert ContactLogService(ctx).log(supervisor, prisoner_id).entries == ()


def test_links_to_a_referral_and_an_objective_are_kept(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    referral, objective = "0193a3c4-0000-7000-8000-000000000001", "0193a3c4-0000-7000-8000-000000000002"
    entry, _ = ContactLogService(ctx).add(
        supervisor, prisoner_id, _note(ContactKind.HEALTHCARE, referral_id=referral, objective_id=objective)
    )
    [shown] = ContactLogService(ctx).log(supervisor, prisoner_id).entries
    assert (shown.referral_id, shown.objective_id) == (referral, objective) == (entry.referral_id, objective)


def test_an_administrator_cannot_add_to_the_log(
    ctx: ServiceContext, admin: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied, match="cannot add entries to the contact log"):
        ContactLogService(ctx).add(admin, prisoner_id, _note())


def test_a_time_later_today_is_refused_but_earlier_today_and_yesterday_are_kept(
    store: object, today: date, supervisor: CurrentUser, prisoner_id: str
) -> None:
    """A contact is recorded after it happened: 16:00 typed at 14:30 today is a slip of the keyboard."""
    at = datetime.combine(today, time(14, 30))
    ctx = ServiceContext(store, Policy(), today=lambda: today, now=lambda: at)  # type: ignore[arg-type]
    service = ContactLogService(ctx)
    with pytest.raises(ValidationErrors) as caught:
        service.add(supervisor, prisoner_id, _note(contact_date=today, contact_time="16:00"))
    assert caught.value.by_field()["contact_time"] == (
        "The contact time (16:00) is later today: a contact is recorded after it happened (it is 14:30 now)."
    )
    service.add(supervisor, prisoner_id, _note(contact_date=today, contact_time="14:30"))
    service.add(supervisor, prisoner_id, _note(contact_date=today - timedelta(days=1), contact_time="23:59"))
    assert [e.contact_time for e in service.log(supervisor, prisoner_id).entries] == ["14:30", "23:59"]
