"""Flagging offence-paralleling behaviour (issue 10 point 1): one transaction writes the visible log entry,
the domain event, audit and outbox; the review sweep raises the task. Today is Thu 26 Nov 2026."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.offence_paralleling import OffenceParallelingService, ParallelingSource
from workbench.casework.reception import ReceptionService
from workbench.casework.reviews import ReviewService
from workbench.domain.errors import PermissionDenied, ValidationErrors
from workbench.domain.reviews import TriggerKind
from workbench.security.principal import CurrentUser
from workbench.store.models import AuditEvent, ContactEntry, DomainEvent, Outbox


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def test_a_flag_writes_the_entry_and_the_event_and_the_sweep_raises_the_review(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    flagged, changes = OffenceParallelingService(ctx).flag(
        supervisor,
        prisoner_id,
        source=ParallelingSource.ADJUDICATION,
        seen_on=date(2026, 11, 24),
        reference="  ADJ/1234: fight over debt on B wing  ",
    )
    assert changes.prisoner_ids == {prisoner_id} and changes.entities == {"contact_entry"}
    assert flagged.summary == (
        "Adjudication flagged as offence-paralleling behaviour: ADJ/1234: fight over debt on B wing"
    )
    with ctx.store.read() as s:
        entry = s.get(ContactEntry, flagged.entry_id)
        event = s.get(DomainEvent, flagged.event_id)
        audited = set(s.scalars(select(AuditEvent.action)))
        pushed = s.scalars(select(Outbox.entity_id).where(Outbox.entity == "contact_entry")).all()
    assert entry is not None and event is not None
    assert (entry.kind, entry.contact_date, entry.restricted) == (
        "OFFENCE_PARALLELING",
        date(2026, 11, 24),
        None,
    )
    assert event.kind == "OFFENCE_PARALLELING"
    assert json.loads(event.payload) == {
        "source": "ADJUDICATION",
        "reference": "ADJ/1234: fight over debt on B wing",
    }
    assert "contact.offence_paralleling" in audited and flagged.entry_id in pushed

    reviews = ReviewService(ctx)
    assert reviews.sweep(supervisor).raised == 1
    [task] = reviews.open_review(supervisor, prisoner_id).tasks
    assert task.trigger is TriggerKind.OFFENCE_PARALLELING
    assert task.explanation.startswith(
        "An adjudication on 24 Nov 2026 was flagged as offence-paralleling behaviour"
    )


def test_security_information_is_a_restricted_entry(
    ctx: ServiceContext, manager: CurrentUser, prisoner_id: str
) -> None:
    flagged, _ = OffenceParallelingService(ctx).flag(
        manager,
        prisoner_id,
        source=ParallelingSource.SECURITY,
        seen_on=date(2026, 11, 26),
        reference="IR 55/26",
    )
    with ctx.store.read() as s:
        entry = s.get(ContactEntry, flagged.entry_id)
    assert entry is not None and entry.restricted == "SECURITY"


def test_every_problem_is_named_and_nothing_is_written(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service = OffenceParallelingService(ctx)
    with pytest.raises(ValidationErrors) as caught:
        service.flag(supervisor, prisoner_id, source=None, seen_on=date(2026, 12, 1), reference=" ")
    assert {e.field: e.message for e in caught.value.errors} == {
        "source": "Choose where it was seen: an adjudication or security information.",
        "seen_on": "The date of the adjudication or security report (01 Dec 2026) is in the future.",
        "reference": "Enter the reference and description.",
    }
    with pytest.raises(ValidationErrors) as caught:
        service.flag(
            supervisor, prisoner_id, source=ParallelingSource.SECURITY, seen_on=None, reference="x" * 301
        )
    assert [e.field for e in caught.value.errors] == ["seen_on", "reference"]
    with ctx.store.read() as s:
        assert s.scalars(select(DomainEvent)).all() == []
        assert s.scalars(select(ContactEntry).where(ContactEntry.kind == "OFFENCE_PARALLELING")).all() == []


def test_a_department_contributor_may_not_flag(
    ctx: ServiceContext, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied):
        OffenceParallelingService(ctx).flag(
            contributor,
            prisoner_id,
            source=ParallelingSource.SECURITY,
            seen_on=date(2026, 11, 26),
            reference="x",
        )
