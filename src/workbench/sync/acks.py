"""Applying a push's answer when every change got through plainly: a few statements, no ORM objects.

The common answer to a push (a first sync: every one of tens of thousands of changes) is APPLIED or
DUPLICATE with no conflicts. ``LocalApplier.apply_result`` handles any answer one row at a time; for
such a batch ``apply_plain`` writes the same store state with one UPDATE of the outbox per chunk,
one UPDATE of the predicted conflicts they supersede and one ``executemany`` of ``server_version``
per entity table (issue 11 point 6). Anything else (a REJECTED or CONFLICT result) takes the slow
path, which records quarantines and conflicts for a person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from workbench.protocol.messages import ChangeResult, ChangeStatus
from workbench.protocol.rules import ConflictKind
from workbench.store.models import SyncConflict
from workbench.store.unit_of_work import utcnow
from workbench.sync.conflicts import MODELS, Resolution
from workbench.sync.outbound import CHUNK, OutgoingChange, update_sending
from workbench.sync.state import OutboxStatus

_PLAIN = (ChangeStatus.APPLIED, ChangeStatus.DUPLICATE)


def is_plain(results: Iterable[ChangeResult]) -> bool:
    """Whether every result is APPLIED or DUPLICATE without conflicts (``apply_plain`` takes them all)."""
    return all(r.status in _PLAIN and not r.conflicts for r in results)


def needing_care(batch: Sequence[OutgoingChange], by_id: Mapping[str, ChangeResult]) -> set[tuple[str, str]]:
    """The records (entity, id) with a change whose result is not plain: their changes go row by row."""
    careful: set[tuple[str, str]] = set()
    for change in batch:
        result = by_id.get(change.change_id)
        if result is not None and (result.status not in _PLAIN or result.conflicts):
            careful.add((change.entity, change.entity_id))
    return careful


def apply_plain(session: Session, batch: Sequence[OutgoingChange], by_id: Mapping[str, ChangeResult]) -> int:
    """Apply plain results (see ``is_plain``) to the batch's rows still SENDING; return how many were acked.

    The same as ``LocalApplier.apply_result`` for each: the outbox row is ACKED (a row without a
    result goes back to PENDING), a PREDICTED conflict of the change is superseded, and the local
    row's ``server_version`` moves to the result's version only when nothing else happened on the
    server in between (``server_version + 1 == version``), changes to one row in batch order.
    """
    now = utcnow().isoformat(timespec="microseconds") + "Z"
    answered = [c.seq for c in batch if c.change_id in by_id]
    done = update_sending(session, answered, status=OutboxStatus.ACKED.value, acked_at=now, error=None)
    update_sending(
        session, [c.seq for c in batch if c.change_id not in by_id], status=OutboxStatus.PENDING.value
    )
    acked = [c for c in batch if c.seq in done]
    _supersede_predicted(session, {c.change_id for c in acked})
    versions: dict[str, list[dict[str, Any]]] = {}
    for change in acked:
        version = by_id[change.change_id].version
        if version is not None and change.entity in MODELS:
            versions.setdefault(change.entity, []).append({"k_id": change.entity_id, "k_version": version})
    for entity, params in versions.items():
        table = MODELS[entity].__table__
        current = table.c.server_version
        # One statement per row in batch order: an INSERT then UPDATE of one row move it 0 → 1 → 2.
        session.execute(
            update(table)
            .where(table.c.id == bindparam("k_id"), func.coalesce(current, 0) + 1 == bindparam("k_version"))
            .values(server_version=bindparam("k_version")),
            params,
        )
    return len(acked)


def _supersede_predicted(session: Session, change_ids: set[str]) -> None:
    """Predicted conflicts of acknowledged changes are replaced by the central record's verdict."""
    unresolved = (SyncConflict.kind == ConflictKind.PREDICTED) & SyncConflict.resolved_at.is_(None)
    predicted = {cid for cid in session.scalars(select(SyncConflict.change_id).where(unresolved)) if cid}
    ids = sorted(predicted & change_ids)
    for i in range(0, len(ids), CHUNK):
        session.execute(
            update(SyncConflict)
            .where(SyncConflict.change_id.in_(ids[i : i + CHUNK]), unresolved)
            .values(resolved_at=utcnow(), resolution=Resolution.SUPERSEDED)
            .execution_options(synchronize_session=False)
        )
