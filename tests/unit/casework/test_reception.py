"""Receiving a prisoner: every validation rule names its field and says how to fix it; duplicates and
transfers back in are handled; only roles that may receive can (seed 3.1)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import AllocationRole, CustodyEventType, SentenceType
from workbench.domain.errors import PermissionDenied, ValidationErrors
from workbench.security.principal import CurrentUser
from workbench.store.models import AuditEvent, CustodyEvent, Outbox, Prisoner, Sentence
from workbench.store.unit_of_work import Actor, UnitOfWork

Receive = Callable[..., ReceptionRequest]


def _count(ctx: ServiceContext, model: Any) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_valid_reception_records_prisoner_sentence_and_custody_event(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive
) -> None:
    prisoner_id, changes = ReceptionService(ctx).receive(supervisor, receive(noms_number="  a1234bc "))

    assert changes.prisoner_ids == {prisoner_id}
    assert changes.entities == {"prisoner", "sentence", "custody_event"}
    detail = CaseloadService(ctx).detail(supervisor, prisoner_id)
    assert detail.noms_number == "A1234BC"  # normalised
    assert (detail.family_name, detail.given_name, detail.location) == ("Testperson", "Alex", "A-1-01")
    assert detail.establishment_code == "MDI" and detail.arrived_on == date(2026, 11, 20)
    assert detail.sentence is not None and detail.sentence.length_label == "3 years"
    assert [e.event_type for e in detail.custody_events] == [CustodyEventType.RECEPTION]
    # One transaction: three rows, three audit events, three outbox changes.
    with ctx.store.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.prisoner_id == prisoner_id)))
        ops = list(
            s.scalars(select(Outbox.entity).where(Outbox.prisoner_id == prisoner_id).order_by(Outbox.seq))
        )
    assert actions == ["prisoner.received", "sentence.recorded", "custody_event.recorded"]
    assert ops == ["prisoner", "sentence", "custody_event"]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"noms_number": ""}, "noms_number", "Enter the NOMS number, for example A1234BC."),
        ({"noms_number": "A123BC"}, "noms_number", "A NOMS number has 7 characters"),
        ({"noms_number": "A12O4BC"}, "noms_number", "(did you mean '0'?)"),
        ({"family_name": "  "}, "family_name", "Enter the family name."),
        (
            {"family_name": "Sm1th"},
            "family_name",
            "The family name can contain only letters, spaces, hyphens",
        ),
        (
            {"family_name": "X" * 81},
            "family_name",
            "The family name is 81 characters; the most allowed is 80.",
        ),
        ({"given_name": ""}, "given_name", "Enter the given name."),
        ({"given_name": "Al_ex"}, "given_name", "The given name can contain only letters"),
        (
            {"location": "L" * 41},
            "location",
            "The location is 41 characters; the most allowed is 40. Shorten it.",
        ),
        ({"gender": None}, "gender", "Choose the prisoner's gender."),
        ({"received_on": None}, "received_on", "Enter the date the prisoner arrived."),
        (
            {"received_on": date(2026, 11, 27)},
            "received_on",
            "The reception date (27 Nov 2026) is in the future.",
        ),
        ({"date_of_birth": None}, "date_of_birth", "Enter the date of birth."),
        (
            {"date_of_birth": date(2026, 11, 20)},
            "date_of_birth",
            "The date of birth must be before the reception date.",
        ),
        (
            {"date_of_birth": date(2012, 1, 1)},
            "date_of_birth",
            "makes the prisoner 14 at reception; check it (the youngest the workbench accepts is 15)",
        ),
        (
            {"date_of_birth": date(1915, 1, 1)},
            "date_of_birth",
            "makes the prisoner 111 at reception; check the year.",
        ),
        ({"sentence_type": None}, "sentence_type", "Choose the sentence type"),
        ({"sentence_date": None}, "sentence_date", "Enter the date of sentence."),
        (
            {"sentence_date": date(2026, 11, 27), "conditional_release_date": date(2028, 5, 27)},
            "sentence_date",
            "The sentence date (27 Nov 2026) is in the future.",
        ),
        (
            {"sentence_date": date(1989, 12, 31)},
            "sentence_date",
            "The sentence date must be after the date of birth.",
        ),
        (
            {"sentence_type": SentenceType.IPP, "length_days": 700},
            "length_days",
            "IPP sentences are indeterminate; leave the length empty and record the tariff date.",
        ),
        (
            {"sentence_type": SentenceType.LIFE, "length_days": 700},
            "length_days",
            "Life sentences are indeterminate",
        ),
        ({"length_days": None}, "length_days", "Enter the sentence length (years, months and days)."),
        ({"length_days": 0}, "length_days", "Enter the sentence length"),
        ({"length_days": -5}, "length_days", "Enter the sentence length"),
        ({"length_days": 100 * 365 + 1}, "length_days", "The sentence length is over 100 years; check it."),
        (
            {"conditional_release_date": date(2026, 11, 19)},
            "conditional_release_date",
            "The conditional release date (CRD) must be after the sentence date.",
        ),
        (
            {"parole_eligibility_date": date(2026, 1, 1)},
            "parole_eligibility_date",
            "The parole eligibility date (PED) must be after the sentence date.",
        ),
        (
            {"home_detention_curfew_eligibility_date": date(2026, 11, 1)},
            "home_detention_curfew_eligibility_date",
            "The HDC eligibility date (HDCED) must be after the sentence date.",
        ),
        (
            {"tariff_date": date(2026, 11, 19)},
            "tariff_date",
            "The tariff expiry date must be after the sentence date.",
        ),
        (
            {"licence_expiry_date": date(2025, 1, 1)},
            "licence_expiry_date",
            "The licence expiry date (LED) must be after the sentence date.",
        ),
        (
            {"conditional_release_date": date(2029, 12, 1)},
            "conditional_release_date",
            "The CRD cannot be after the sentence expiry date.",
        ),
        (
            {"parole_eligibility_date": date(2028, 6, 1)},
            "parole_eligibility_date",
            "The PED cannot be after the CRD.",
        ),
        (
            {"home_detention_curfew_eligibility_date": date(2028, 6, 1)},
            "home_detention_curfew_eligibility_date",
            "The HDCED cannot be after the CRD.",
        ),
        (
            {"licence_expiry_date": date(2028, 1, 1)},
            "licence_expiry_date",
            "The licence expiry date cannot be before the CRD.",
        ),
        (
            {"sentence_expiry_date": date(2029, 12, 31)},
            "sentence_expiry_date",
            "The sentence expiry date is later than the sentence date plus its length; check both.",
        ),
    ],
)
def test_each_validation_rule_names_its_field_and_saves_nothing(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Receive,
    overrides: dict[str, Any],
    field: str,
    message: str,
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        ReceptionService(ctx).receive(supervisor, receive(**overrides))
    by_field = caught.value.by_field()
    assert field in by_field, by_field
    assert message in by_field[field]
    assert _count(ctx, Prisoner) == 0 and _count(ctx, Sentence) == 0 and _count(ctx, CustodyEvent) == 0


def test_every_problem_is_reported_at_once(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive
) -> None:
    req = receive(noms_number="1234", family_name="", gender=None, length_days=None)
    with pytest.raises(ValidationErrors) as caught:
        ReceptionService(ctx).receive(supervisor, req)
    assert set(caught.value.by_field()) == {"noms_number", "family_name", "gender", "length_days"}


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param(
            {
                "sentence_type": SentenceType.REMAND,
                "sentence_date": None,
                "length_days": None,
                "conditional_release_date": None,
                "sentence_expiry_date": None,
            },
            id="remand needs no dates",
        ),
        pytest.param(
            {
                "sentence_type": SentenceType.IPP,
                "length_days": None,
                "conditional_release_date": None,
                "sentence_expiry_date": None,
                "tariff_date": date(2030, 1, 1),
            },
            id="IPP with tariff",
        ),
        pytest.param({"sentence_type": SentenceType.RECALL}, id="recall"),
        pytest.param({"location": "", "rosh_level": None, "is_ppo": None}, id="optional facts left empty"),
        pytest.param(
            {"family_name": "O'Brien-Smith", "given_name": "Zoë Anne"}, id="apostrophes, hyphens, accents"
        ),
        pytest.param({"date_of_birth": date(2011, 11, 20)}, id="exactly 15 at reception"),
    ],
)
def test_acceptable_variations(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive, overrides: dict[str, Any]
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive(**overrides))
    assert CaseloadService(ctx).detail(supervisor, prisoner_id).noms_number == "A1234BC"


def test_a_noms_number_already_here_is_refused_with_the_name_it_belongs_to(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive
) -> None:
    ReceptionService(ctx).receive(supervisor, receive())
    with pytest.raises(ValidationErrors) as caught:
        ReceptionService(ctx).receive(
            supervisor, receive(noms_number="a1234bc", family_name="Other", given_name="Bo")
        )
    assert caught.value.by_field()["noms_number"] == (
        "A1234BC is already on the caseload here (TESTPERSON, Alex). Open that case instead."
    )
    assert _count(ctx, Prisoner) == 1 and _count(ctx, Sentence) == 1


def _leave(ctx: ServiceContext, prisoner_id: str, *, to: str | None = None, purge: bool = False) -> None:
    """The prisoner leaves this establishment (as a transfer out or purge would record it)."""
    with UnitOfWork(ctx.store, Actor("sync", "sync")) as uow:
        row = uow.session.get(Prisoner, prisoner_id)
        assert row is not None
        if to:
            uow.update(row, "prisoner.transferred_out", establishment_code=to)
        if purge:
            uow.tombstone(row, "prisoner.purged", "Transferred out; outbox empty")


@pytest.mark.parametrize(
    "how",
    [
        pytest.param({"to": "LEI"}, id="moved to another prison"),
        pytest.param({"purge": True}, id="purged after transfer out"),
    ],
)
def test_a_prisoner_who_left_is_transferred_back_in_on_the_same_record(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive, how: dict[str, Any]
) -> None:
    first_id, _ = ReceptionService(ctx).receive(supervisor, receive(received_on=date(2026, 11, 2)))
    AllocationService(ctx).allocate(
        supervisor,
        AllocationRequest(
            first_id, AllocationRole.OFFENDER_SUPERVISOR, supervisor.user_id, "", date(2026, 11, 3)
        ),
    )
    AllocationService(ctx).allocate(
        supervisor,
        AllocationRequest(
            first_id, AllocationRole.OFFENDER_MANAGER, None, "Olive Manager", date(2026, 11, 3)
        ),
    )
    _leave(ctx, first_id, **how)

    again_id, changes = ReceptionService(ctx).receive(
        supervisor,
        receive(
            received_on=date(2026, 11, 24),
            location="C-3-03",
            length_days=4 * 365,
            sentence_expiry_date=date(2030, 11, 17),
        ),
    )

    assert again_id == first_id and changes.prisoner_ids == {first_id}
    assert _count(ctx, Prisoner) == 1
    detail = CaseloadService(ctx).detail(supervisor, first_id)
    assert (detail.establishment_code, detail.arrived_on, detail.location) == (
        "MDI",
        date(2026, 11, 24),
        "C-3-03",
    )
    assert [e.event_type for e in detail.custody_events] == [
        CustodyEventType.TRANSFER_IN,
        CustodyEventType.RECEPTION,
    ]
    assert (
        detail.sentence is not None and detail.sentence.length_days == 4 * 365
    )  # the new sentence is current
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Sentence).where(Sentence.is_current)) == 1
        assert s.get(Prisoner, first_id).deleted_at is None  # type: ignore[union-attr]
    old_os = detail.current_allocation(AllocationRole.OFFENDER_SUPERVISOR)
    assert old_os is None  # the OS here before is no longer allocated ...
    ended = [a for a in detail.allocations if a.role is AllocationRole.OFFENDER_SUPERVISOR]
    assert [(a.end_date, a.reason) for a in ended] == [
        (date(2026, 11, 24), "Ended on transfer")
    ]  # ... but kept
    om = detail.current_allocation(AllocationRole.OFFENDER_MANAGER)
    assert om is not None and om.staff_name == "Olive Manager"  # the community OM follows the prisoner


def test_a_transfer_in_from_another_prison_is_recorded_as_such(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive(arrived_from=" lei "))
    detail = CaseloadService(ctx).detail(supervisor, prisoner_id)
    assert [(e.event_type, e.other_establishment) for e in detail.custody_events] == [
        (CustodyEventType.TRANSFER_IN, "LEI")
    ]


def test_a_transfer_back_in_is_audited_as_such(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive(received_on=date(2026, 11, 2)))
    _leave(ctx, prisoner_id, to="LEI")
    ReceptionService(ctx).receive(supervisor, receive(received_on=date(2026, 11, 24)))
    with ctx.store.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "prisoner.transfer_in")).one()
    assert json.loads(event.before_json)["establishment_code"] == "LEI"
    assert json.loads(event.after_json)["establishment_code"] == "MDI"


@pytest.mark.parametrize("role_fixture", ["supervisor", "manager", "admin"])
def test_roles_that_may_receive(
    request: pytest.FixtureRequest, ctx: ServiceContext, receive: Receive, role_fixture: str
) -> None:
    user: CurrentUser = request.getfixturevalue(role_fixture)
    prisoner_id, _ = ReceptionService(ctx).receive(user, receive())
    with ctx.store.read() as s:
        prisoner = s.get(Prisoner, prisoner_id)
        assert prisoner is not None
        stored = (prisoner.noms_number, prisoner.family_name, prisoner.establishment_code)
        received_by = s.scalars(
            select(AuditEvent.actor_id).where(
                AuditEvent.action == "prisoner.received", AuditEvent.entity_id == prisoner_id
            )
        ).one()
    assert stored == ("A1234BC", "Testperson", "MDI")
    assert received_by == user.user_id


def test_a_contributor_may_not_receive_and_is_told_who_can(
    ctx: ServiceContext, contributor: CurrentUser, receive: Receive
) -> None:
    with pytest.raises(PermissionDenied) as caught:
        ReceptionService(ctx).receive(contributor, receive())
    assert caught.value.message == (
        "Your role (Department contributor) cannot receive prisoners. "
        "Ask: Offender supervisor, OMU manager, Administrator."
    )
    assert _count(ctx, Prisoner) == 0


def test_a_contributor_is_refused_before_their_input_is_checked(
    ctx: ServiceContext, contributor: CurrentUser, receive: Receive
) -> None:
    with pytest.raises(PermissionDenied):
        ReceptionService(ctx).receive(contributor, receive(noms_number="not a number"))


# -- input rules (issue 7 point 20): what is stored is what the central record accepts -----------------


@pytest.mark.parametrize(
    ("overrides", "stored"),
    [
        ({"family_name": "Jose\u0301", "given_name": "Zoe\u0308"}, ("José", "Zoë", "A-1-01")),  # decomposed
        ({"family_name": "O\u2019Brien"}, ("O'Brien", "Alex", "A-1-01")),  # Word's apostrophe
        ({"family_name": "Nguyễn", "given_name": "Thị"}, ("Nguyễn", "Thị", "A-1-01")),
        ({"location": "B wing\tcell 4\r\n"}, ("Testperson", "Alex", "B wing cell 4")),  # pasted
        ({"location": "C-2\v04"}, ("Testperson", "Alex", "C-2 04")),  # vertical tab from Word
    ],
)
def test_names_and_text_are_stored_as_the_central_record_accepts_them(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Receive, overrides: dict[str, Any], stored: Any
) -> None:
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive(**overrides))
    with ctx.store.read() as s:
        p = s.get(Prisoner, prisoner_id)
        assert p is not None
        assert (p.family_name, p.given_name, p.location) == stored
        patch = json.loads(s.scalars(select(Outbox.patch_json).where(Outbox.entity == "prisoner")).one())
    assert (patch["family_name"], patch["given_name"], patch["location"]) == stored
    assert stored[0] in CaseloadService(ctx).detail(supervisor, prisoner_id).family_name


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"family_name": "Smi\x00th"},
            "family_name",
            "The family name contains a NUL (U+0000) at character 4, which cannot be stored",
        ),
        (
            {"location": "A\x01"},
            "location",
            "The location contains a control character (U+0001) at character 2",
        ),
        (
            {"location": "A\ud800"},
            "location",
            "The location contains a broken character (U+D800, half of a pair)",
        ),
        ({"arrived_from": "HMP LEEDS"}, "arrived_from", "The prison arrived from is 9 characters"),
        (
            {"received_on": date(100, 11, 20)},
            "received_on",
            "The reception date (20 Nov 100) is before 1 Jan 1950; check the year.",
        ),
        (
            {"date_of_birth": date(1899, 5, 1), "received_on": date(1960, 1, 1)},
            "date_of_birth",
            "The date of birth (1 May 1899) is before 1 Jan 1900; check the year.",
        ),
        (
            {"sentence_date": date(1949, 12, 31)},
            "sentence_date",
            "The sentence date (31 Dec 1949) is before 1 Jan 1950; check the year.",
        ),
        (
            {"sentence_type": SentenceType.REMAND, "sentence_date": None, "tariff_date": date(1026, 1, 1)},
            "tariff_date",
            "The tariff expiry date (1 Jan 1026) is before 1 Jan 1950; check the year.",
        ),
    ],
)
def test_input_rules_refuse_with_a_message_naming_the_field(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Receive,
    overrides: dict[str, Any],
    field: str,
    message: str,
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        ReceptionService(ctx).receive(supervisor, receive(**overrides))
    found = [e.message for e in caught.value.errors if e.field == field]
    assert any(m.startswith(message) for m in found), found
    assert _count(ctx, Prisoner) == 0
