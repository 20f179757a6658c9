"""A page's acknowledgements of this terminal's own changes, by id (protocol 2).

Since protocol 2 the changes feed does not send this terminal's own changes back in full: a change the
central record applied exactly as sent comes back as an ``OwnChange`` (its id, its row and the version
it made). Applying them touches no case field: unacknowledged outbox rows are acknowledged and each
row's ``server_version`` moves up to the newest confirmed. Runs inside the page's ``UnitOfWork``, after
the page's other changes (``apply.LocalApplier``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import ColumnElement, bindparam, exists, func, or_, select, update
from sqlalchemy.orm import Session

from workbench.protocol.messages import OwnChange
from workbench.store.models import Outbox
from workbench.store.unit_of_work import UnitOfWork
from workbench.sync.apply import LocalApplier
from workbench.sync.conflicts import MODELS


def apply_own(applier: LocalApplier, acks: list[OwnChange]) -> set[str]:
    """A page's confirmations of this terminal's own changes, by id; run after its changes.

    The terminal already holds what it sent: an outbox row still unacknowledged (the push's answer
    was lost) is acknowledged, and each row's server version moves up to the newest confirmed,
    with one UPDATE per entity and no row loaded. Returns the prisoners to fetch again whole: those
    with a confirmed change this terminal does not hold, or a row it no longer has (the store was
    restored from an older copy, or the record was purged), so nothing the central record holds is
    missing here.

    A first sync confirms tens of thousands of changes (issue 11 point 6), so the page's ids go to
    SQLite as one JSON parameter each way (``json_each``): one query for the changes the outbox does
    not hold, and per entity one for the rows not held and one UPDATE of the versions.
    """
    session = applier.session
    newest: dict[str, dict[str, tuple[int, UUID | None]]] = {}
    prisoner_of: dict[str, UUID] = {}  # change id -> prisoner, for the changes that could be refetched
    for ack in acks:
        change_id = str(ack.change_id)
        if applier.mark_own_acked(change_id):
            applier.effects.own_acked += 1
        if ack.entity not in MODELS:
            applier.effects.skipped += 1
            continue
        if ack.prisoner_id is not None:
            prisoner_of[change_id] = ack.prisoner_id
        rows = newest.setdefault(ack.entity, {})
        entity_id = str(ack.entity_id)
        seen = rows.get(entity_id)
        rows[entity_id] = (ack.version if seen is None else max(seen[0], ack.version), ack.prisoner_id)
    refetch = {str(prisoner_of[c]) for c in _unknown_changes(session, prisoner_of)}
    session.flush()  # the page's other changes are written before the versions below
    for entity, rows in newest.items():
        table = MODELS[entity].__table__
        missing = _missing(session, table.c.id, rows)
        refetch.update(str(pid) for i in missing if (pid := rows[i][1]) is not None)
        versions = {i: v for i, (v, _) in rows.items() if i not in missing}
        if not versions:
            continue
        each = func.json_each(bindparam("versions")).table_valued("key", "value")
        version = table.c.server_version
        session.execute(
            update(table)
            .where(table.c.id == each.c.key, or_(version.is_(None), version < each.c.value))
            .values(server_version=each.c.value),
            {"versions": json.dumps(versions)},
        )
    return refetch


def _missing(session: Session, column: ColumnElement[str], values: Iterable[str]) -> set[str]:
    """Which of these values no row of ``column``'s table holds in ``column`` (one query)."""
    each = func.json_each(bindparam("ids")).table_valued("value")
    query = select(each.c.value).where(~exists().where(column == each.c.value))
    return set(session.scalars(query, {"ids": json.dumps(list(values))}))


def _unknown_changes(session: Session, change_ids: Iterable[str]) -> set[str]:
    """Which of these change ids this terminal's outbox does not hold (in any status)."""
    return _missing(session, Outbox.__table__.c.change_id, change_ids)


def audit_acks(uow: UnitOfWork, acks: list[OwnChange]) -> None:
    """One audit event for a page's confirmations of this terminal's own changes (not one each)."""
    uow.audit(
        "sync.confirmed",
        "sync_state",
        "feed",
        {"count": len(acks), "from_seq": acks[0].server_seq, "to_seq": acks[-1].server_seq},
    )
