"""Recording the first contact with a prisoner, which stops the 10-working-day clock (seed 3.2, 3.3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from workbench.casework.caseload import CaseloadService
from workbench.casework.contacts import ContactService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.sentence import FIRST_CONTACT
from workbench.domain.timescales import DueRule, DueStatus
from workbench.security.principal import CurrentUser
from workbench.store.models import AuditEvent, ContactEntry, Outbox, Prisoner
from workbench.store.unit_of_work import Actor, UnitOfWork


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """A prisoner received on Fri 20 Nov 2026 (sentenced the day before)."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def _first_contact_item(ctx: ServiceContext, user: CurrentUser, prisoner_id: str) -> tuple[DueStatus, str]:
    items = {i.rule: i for i in CaseloadService(ctx).detail(user, prisoner_id).due_items}
    item = items[DueRule.FIRST_CONTACT]
    return item.status, item.explanation


def test_recording_the_first_contact_meets_the_timescale(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert _first_contact_item(ctx, supervisor, prisoner_id)[0] is DueStatus.DUE
    changes = ContactService(ctx).record_first_contact(
        supervisor, prisoner_id, date(2026, 11, 24), "  Initial interview on the wing.  "
    )
    assert changes.prisoner_ids == {prisoner_id} and changes.entities == {"contact_entry"}

    detail = CaseloadService(ctx).detail(supervisor, prisoner_id)
    assert [(c.contact_date, c.kind, c.summary, c.author_name) for c in detail.contacts] == [
        (date(2026, 11, 24), FIRST_CONTACT, "Initial interview on the wing.", "Sam Supervisor")
    ]
    assert _first_contact_item(ctx, supervisor, prisoner_id) == (
        DueStatus.MET,
        "First contact with the prisoner must be within 10 working days of arrival on 20 Nov 2026: "
        "due 4 Dec 2026, met on 24 Nov 2026.",
    )
    with ctx.store.read() as s:
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "contact_entry")).one() == (
            "contact.first_contact"
        )
        assert s.scalars(select(Outbox.op).where(Outbox.entity == "contact_entry")).one() == "INSERT"


def test_first_contact_twice_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 24), "Seen on the wing.")
    with pytest.raises(ValidationErrors) as caught:
        ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 25), "Seen again.")
    assert caught.value.by_field()["contact_date"] == "First contact was already recorded on 24 Nov 2026."
    with ctx.store.read() as s:
        assert len(s.scalars(select(ContactEntry)).all()) == 1


@pytest.mark.parametrize(
    ("contact_date", "summary", "field", "message"),
    [
        (
            date(2026, 11, 19),
            "Seen.",
            "contact_date",
            "The first contact cannot be before the prisoner arrived (20 Nov 2026).",
        ),
        (date(2026, 11, 27), "Seen.", "contact_date", "The contact date (27 Nov 2026) is in the future."),
        (date(2026, 11, 24), "   ", "summary", "Enter the summary of the contact."),
        (
            date(2026, 11, 24),
            "x" * 20_001,
            "summary",
            "The summary of the contact is 20,001 characters; the most allowed is 20,000. Shorten it.",
        ),
    ],
)
def test_contact_rules(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    prisoner_id: str,
    contact_date: date,
    summary: str,
    field: str,
    message: str,
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        ContactService(ctx).record_first_contact(supervisor, prisoner_id, contact_date, summary)
    assert caught.value.by_field()[field] == message
    assert CaseloadService(ctx).detail(supervisor, prisoner_id).contacts == ()


def test_an_unknown_prisoner_is_refused(ctx: ServiceContext, supervisor: CurrentUser) -> None:
    with pytest.raises(ValidationError, match="no longer on this terminal's record"):
        ContactService(ctx).record_first_contact(supervisor, "no-such-prisoner", date(2026, 11, 24), "Seen.")


def test_a_contributor_may_not_record_contacts(
    ctx: ServiceContext, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied) as caught:
        ContactService(ctx).record_first_contact(contributor, prisoner_id, date(2026, 11, 24), "Seen.")
    assert caught.value.message == (
        "Your role (Department contributor) cannot record contacts. Ask: Offender supervisor, OMU manager."
    )


def _transfer_out_and_back(
    ctx: ServiceContext, user: CurrentUser, receive: Callable[..., ReceptionRequest], prisoner_id: str
) -> None:
    with UnitOfWork(ctx.store, Actor("sync", "sync")) as uow:
        row = uow.session.get(Prisoner, prisoner_id)
        uow.update(row, "prisoner.transferred_out", establishment_code="LEI")
    ReceptionService(ctx).receive(user, receive(received_on=date(2026, 11, 24)))


def test_after_a_transfer_back_in_a_new_first_contact_can_be_recorded(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    # Seed 3.3: the first-contact period applies again after arrival at a prison.
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive(received_on=date(2026, 11, 2)))
    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 3), "First stay.")
    _transfer_out_and_back(ctx, supervisor, receive, prisoner_id)
    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 25), "Second stay.")
    assert len(CaseloadService(ctx).detail(supervisor, prisoner_id).contacts) == 2


def test_after_a_transfer_back_in_the_first_contact_clock_starts_again(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive(received_on=date(2026, 11, 2)))
    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 3), "First stay.")
    _transfer_out_and_back(ctx, supervisor, receive, prisoner_id)

    status, explanation = _first_contact_item(ctx, supervisor, prisoner_id)
    assert status is DueStatus.DUE, explanation
    assert explanation.endswith("arrival on 24 Nov 2026: due 8 Dec 2026, not yet done.")

    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 25), "Second stay.")
    status, explanation = _first_contact_item(ctx, supervisor, prisoner_id)
    assert explanation.endswith("met on 25 Nov 2026.")


@pytest.mark.parametrize(
    ("summary", "stored"),
    [
        (
            "Seen on the wing.\r\n\tSettled in.\vAsked about work.",
            "Seen on the wing.\n Settled in.\nAsked about work.",
        ),
        ("Spoke with Jose\u0301 (interpreter).", "Spoke with José (interpreter)."),
    ],
)
def test_a_pasted_summary_is_stored_as_the_central_record_accepts_it(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str, summary: str, stored: str
) -> None:
    ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 24), summary)
    with ctx.store.read() as s:
        assert s.scalars(select(ContactEntry.summary)).one() == stored


@pytest.mark.parametrize(
    ("summary", "message"),
    [
        (
            "Seen \ud83d on the wing",
            "The summary of the contact contains a broken character (U+D83D, half of a pair) at character 6",
        ),
        ("Seen\x00", "The summary of the contact contains a NUL (U+0000) at character 5"),
    ],
)
def test_a_summary_that_cannot_be_stored_gets_a_message_not_a_crash(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str, summary: str, message: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(2026, 11, 24), summary)
    assert [e.field for e in caught.value.errors] == ["summary"]
    assert caught.value.errors[0].message.startswith(message)
    with ctx.store.read() as s:
        assert s.scalars(select(ContactEntry)).first() is None


def test_a_contact_date_before_1950_is_refused(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        ContactService(ctx).record_first_contact(supervisor, prisoner_id, date(202, 11, 24), "Seen.")
    messages = [e.message for e in caught.value.errors if e.field == "contact_date"]
    assert "The contact date (24 Nov 202) is before 1 Jan 1950; check the year." in messages
