"""``own.apply_own``: a page's acknowledgements of this terminal's own changes, set-wise (issue 11 point 6).

Checked against the rule applied one acknowledgement at a time (the reference below, written the
obvious way): the same outbox statuses, server versions and prisoners to fetch again, for a page that
mixes unacknowledged changes, several versions of one row, rows and changes this store does not hold
and an entity this version does not store.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.protocol.messages import OwnChange
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store
from workbench.store.models import Outbox
from workbench.store.registry import SYNCED_MODELS
from workbench.store.unit_of_work import UnitOfWork
from workbench.sync import own
from workbench.sync.apply import LocalApplier
from workbench.sync.client import SYNC_ACTOR
from workbench.sync.conflicts import MODELS
from workbench.sync.effects import Effects

DEVICE = str(uuid.uuid4())


def reference(applier: LocalApplier, acks: list[OwnChange]) -> set[str]:
    """One acknowledgement at a time: acknowledge, refetch what is not held, move the version up."""
    session, refetch = applier.session, set()
    for ack in acks:
        if applier.mark_own_acked(str(ack.change_id)):
            applier.effects.own_acked += 1
        if ack.entity not in MODELS:
            applier.effects.skipped += 1
            continue
        pid = str(ack.prisoner_id) if ack.prisoner_id else None
        known = session.scalar(select(Outbox.seq).where(Outbox.change_id == str(ack.change_id)))
        table = MODELS[ack.entity].__table__
        current = session.execute(
            select(table.c.server_version).where(table.c.id == str(ack.entity_id))
        ).first()
        if (known is None or current is None) and pid:
            refetch.add(pid)
        if current is not None and (current[0] is None or current[0] < ack.version):
            session.execute(
                update(table).where(table.c.id == str(ack.entity_id)).values(server_version=ack.version)
            )
    return refetch


def state(session: Session) -> dict[str, Any]:
    return {
        "outbox": sorted(session.execute(select(Outbox.change_id, Outbox.status)).all()),
        "versions": {
            m.__entity__: sorted(session.execute(select(m.id, m.server_version)).all())  # type: ignore[attr-defined]
            for m in SYNCED_MODELS
        },
    }


class _Undo(Exception):
    pass


def run(
    store: Store,
    apply: Callable[[LocalApplier, list[OwnChange]], set[str]],
    acks: list[OwnChange],
    *,
    keep: bool,
) -> Any:
    """What ``apply`` does with ``acks``: prisoners to refetch, counts and the store state after it."""
    effects = Effects()
    try:
        with UnitOfWork(store, SYNC_ACTOR) as uow:
            refetch = apply(LocalApplier(uow, DEVICE, effects), acks)
            uow.session.flush()
            after = state(uow.session)
            if not keep:
                raise _Undo  # rolled back: the other way starts from the same store
    except _Undo:
        pass
    return refetch, effects.own_acked, effects.skipped, after


def test_a_page_of_acknowledgements_leaves_what_one_at_a_time_leaves(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    service = ReceptionService(ctx)
    for noms in ("A1111AA", "B2222BB", "C3333CC"):
        service.receive(supervisor, receive(noms_number=noms))
    with ctx.store.write_sessions() as s, s.begin():
        rows = list(s.scalars(select(Outbox).order_by(Outbox.seq)))
        for o in rows[: len(rows) // 2]:  # the first half acknowledged by the push, the rest's answer lost
            o.status = "ACKED"
        first = rows[0]
        s.execute(update(MODELS[first.entity].__table__).values(server_version=5))  # ahead of the page
    gone, elsewhere = uuid.uuid4(), uuid.uuid4()
    acks = [
        OwnChange(
            server_seq=i + 1,
            change_id=uuid.UUID(o.change_id),
            entity=o.entity,
            entity_id=uuid.UUID(o.entity_id),
            prisoner_id=uuid.UUID(o.prisoner_id) if o.prisoner_id else None,
            version=2,
        )
        for i, o in enumerate(rows)
    ]
    n = len(acks)
    acks += [
        # A later version of the first row in the same page, and an earlier one after it.
        acks[0].model_copy(update={"server_seq": n + 1, "change_id": uuid.uuid4(), "version": 7}),
        acks[1].model_copy(update={"server_seq": n + 2, "change_id": uuid.uuid4(), "version": 1}),
        # A change this store does not hold to a row it holds; one to a row it does not hold.
        acks[2].model_copy(update={"server_seq": n + 3, "change_id": uuid.uuid4(), "version": 3}),
        acks[3].model_copy(
            update={
                "server_seq": n + 4,
                "change_id": gone,
                "entity_id": uuid.uuid4(),
                "prisoner_id": elsewhere,
            }
        ),
        # An entity this version does not store, and a change without a prisoner.
        acks[4].model_copy(update={"server_seq": n + 5, "change_id": uuid.uuid4(), "entity": "hologram"}),
        acks[5].model_copy(update={"server_seq": n + 6, "change_id": uuid.uuid4(), "prisoner_id": None}),
    ]
    expected = run(ctx.store, reference, acks, keep=False)
    refetch, acked, skipped, after = run(ctx.store, own.apply_own, acks, keep=True)
    assert (refetch, acked, skipped, after) == expected
    assert refetch == {rows[2].prisoner_id, str(elsewhere)}
    versions = dict(after["versions"][rows[0].entity])
    assert versions[rows[0].entity_id] == 7  # the newest of the page; 5 elsewhere in the table is kept
    assert set(versions.values()) <= {5, 7}
    assert acked == len(rows) - len(rows) // 2 and skipped == 1
    assert {status for _, status in after["outbox"]} == {"ACKED"}
    with ctx.store.read() as s:
        assert set(s.scalars(select(Outbox.status))) == {"ACKED"}  # committed
