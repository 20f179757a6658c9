"""Resolving a conflict by editing: the typed value follows the same rules as any other input.

What a person types to resolve a conflict is sent to the central record like any change, so it is
cleaned and checked with the rule the central record applies (``protocol.rules``) and numbers are
ASCII digits only; otherwise the resolution itself would be quarantined.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.services import Services
from workbench.domain.errors import ValidationError
from workbench.protocol.rules import ConflictKind
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import Outbox, Prisoner, Sentence, SyncConflict
from workbench.store.unit_of_work import UnitOfWork, utcnow
from workbench.sync.client import SYNC_ACTOR
from workbench.sync.conflicts import Resolution


def _conflict(ctx: ServiceContext, prisoner_id: str, entity: str, entity_id: str, field: str) -> str:
    """A FIELD conflict as the central record reports one (theirs kept, mine recorded)."""
    conflict_id = new_id()
    with UnitOfWork(ctx.store, SYNC_ACTOR) as uow:
        uow.session.add(
            SyncConflict(
                id=conflict_id,
                entity=entity,
                entity_id=entity_id,
                prisoner_id=prisoner_id,
                field=field,
                base_value="null",
                mine_value=json.dumps("mine"),
                theirs_value=json.dumps("theirs"),
                kind=ConflictKind.FIELD.value,
                detected_at=utcnow(),
            )
        )
    return conflict_id


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def test_the_composition_root_builds_the_conflict_service(
    ctx: ServiceContext, supervisor: CurrentUser
) -> None:
    services = Services.build(ctx)
    assert services.sync_conflicts.attention(supervisor).count == 0


def test_an_edited_location_is_stored_clean_and_sent(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    conflict_id = _conflict(ctx, prisoner_id, "prisoner", prisoner_id, "location")
    service = Services.build(ctx).sync_conflicts
    service.resolve(supervisor, conflict_id, Resolution.EDITED, "B wing\tcell 4\r\n")
    with ctx.store.read() as s:
        prisoner = s.get(Prisoner, prisoner_id)
        assert prisoner is not None and prisoner.location == "B wing cell 4"
        patch = json.loads(
            s.scalars(
                select(Outbox.patch_json).where(Outbox.entity == "prisoner").order_by(Outbox.seq.desc())
            ).first()
            or "{}"
        )
        resolved = s.get(SyncConflict, conflict_id)
        assert resolved is not None and resolved.resolution == Resolution.EDITED
    assert patch["location"] == "B wing cell 4"


@pytest.mark.parametrize(
    ("entity", "field", "typed", "message"),
    [
        ("prisoner", "location", "B\x00wing", "Location contains a NUL (U+0000) at character 2"),
        ("prisoner", "location", "B \udc00", "Location contains a broken character (U+DC00, half of a pair)"),
        (
            "sentence",
            "length_days",
            "９９",
            "The length days must be a whole number written with the digits 0",
        ),
        ("sentence", "sentence_date", "１/２/2020", "Sentence date: '１/２/2020' is not a valid date."),
    ],
)
def test_an_edited_value_that_cannot_be_stored_is_refused_with_a_message(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    prisoner_id: str,
    entity: str,
    field: str,
    typed: str,
    message: str,
) -> None:
    with ctx.store.read() as s:
        sentence_id = s.scalars(select(Sentence.id).where(Sentence.prisoner_id == prisoner_id)).one()
    entity_id = prisoner_id if entity == "prisoner" else sentence_id
    conflict_id = _conflict(ctx, prisoner_id, entity, entity_id, field)
    with pytest.raises(ValidationError) as caught:
        Services.build(ctx).sync_conflicts.resolve(supervisor, conflict_id, Resolution.EDITED, typed)
    assert caught.value.field == field
    assert caught.value.message.startswith(message)
    with ctx.store.read() as s:
        still = s.get(SyncConflict, conflict_id)
        assert still is not None and still.resolved_at is None
