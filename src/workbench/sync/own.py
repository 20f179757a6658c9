"""A page's acknowledgements of this terminal's own changes, by id (protocol 2).

Since protocol 2 the changes feed does not send this terminal's own changes back in full: a change the
central record applied exactly as sent comes back as an ``OwnChange`` (its id, its row and the version
it made). Applying them touches no case field: unacknowledged outbox rows are acknowledged and each
row's ``server_version`` moves up to the newest confirmed. Runs inside the page's ``UnitOfWork``, after
the page's other changes (``apply.LocalApplier``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, or_, select, update

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
    """
    session = applier.session
    known = _known_changes(applier, (str(a.change_id) for a in acks))
    refetch: set[str] = set()
    newest: dict[str, dict[str, tuple[int, str | None]]] = {}
    for ack in acks:
        change_id = str(ack.change_id)
        pid = str(ack.prisoner_id) if ack.prisoner_id else None
        if applier.mark_own_acked(change_id):
            applier.effects.own_acked += 1
        if ack.entity not in MODELS:
            applier.effects.skipped += 1
            continue
        if change_id not in known and pid:
            refetch.add(pid)
        rows = newest.setdefault(ack.entity, {})
        entity_id = str(ack.entity_id)
        rows[entity_id] = (max(rows.get(entity_id, (0, None))[0], ack.version), pid)
    session.flush()  # the page's other changes are written before the versions below
    for entity, rows in newest.items():
        table = MODELS[entity].__table__
        ids = sorted(rows)
        held: set[str] = set()
        for i in range(0, len(ids), 500):
            held.update(session.scalars(select(table.c.id).where(table.c.id.in_(ids[i : i + 500]))))
        refetch.update(pid for i, (_, pid) in rows.items() if i not in held and pid)
        params = [{"k_id": i, "k_version": rows[i][0]} for i in ids if i in held]
        if params:
            version = table.c.server_version
            session.execute(
                update(table)
                .where(
                    table.c.id == bindparam("k_id"),
                    or_(version.is_(None), version < bindparam("k_version")),
                )
                .values(server_version=bindparam("k_version")),
                params,
            )
    return refetch


def _known_changes(applier: LocalApplier, change_ids: Iterable[str]) -> set[str]:
    """Which of these change ids this terminal's outbox holds (in any status)."""
    ids = sorted(set(change_ids))
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found.update(applier.session.scalars(select(Outbox.change_id).where(Outbox.change_id.in_(chunk))))
    return found


def audit_acks(uow: UnitOfWork, acks: list[OwnChange]) -> None:
    """One audit event for a page's confirmations of this terminal's own changes (not one each)."""
    uow.audit(
        "sync.confirmed",
        "sync_state",
        "feed",
        {"count": len(acks), "from_seq": acks[0].server_seq, "to_seq": acks[-1].server_seq},
    )
