"""What a push sends: a batch taken from the outbox, and the push body built from it.

A first sync sends tens of thousands of changes, so both avoid per-row ORM objects and pydantic
models (issue 11 point 6): the batch is read as plain tuples and marked ``SENDING`` with one UPDATE
per 500 rows, and each change's JSON is written around the stored ``patch_json`` text, which is
already the JSON the change was saved with. The body parses on the central record to exactly the
``PushRequest`` that building ``ChangeIn`` models would give (the payload hash is the same, so a
re-push is still a DUPLICATE); a patch holding ``NaN`` or ``Infinity`` (not JSON) goes the slow way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from uuid import UUID

from sqlalchemy import Delete, Table, delete, func, select, update
from sqlalchemy.orm import Session

from workbench.protocol.messages import AuditHead, ChangeIn, Op
from workbench.protocol.rules import canonical_uuid
from workbench.store.models import Outbox
from workbench.sync.state import OutboxStatus

CHUNK = 500
"""Rows per ``IN (...)`` list: well inside SQLite's limit on bound parameters."""


@dataclass(frozen=True, slots=True)
class OutgoingChange:
    """One outbox row as sent (its ``attempts`` already counting this send)."""

    seq: int
    change_id: str
    entity: str
    entity_id: str
    prisoner_id: str | None
    op: str
    author_id: str
    base_version: int | None
    patch_json: str
    created_at: str
    attempts: int


_COLUMNS = (
    Outbox.seq,
    Outbox.change_id,
    Outbox.entity,
    Outbox.entity_id,
    Outbox.prisoner_id,
    Outbox.op,
    Outbox.author_id,
    Outbox.base_version,
    Outbox.patch_json,
    Outbox.created_at,
    Outbox.attempts,
)


def blocked(session: Session) -> tuple[set[tuple[str, str]], set[str]]:
    """Records and prisoners whose changes wait behind a quarantined change."""
    keys: set[tuple[str, str]] = set()
    prisoners: set[str] = set()
    for entity, entity_id, prisoner_id, op in session.execute(
        select(Outbox.entity, Outbox.entity_id, Outbox.prisoner_id, Outbox.op).where(
            Outbox.status == OutboxStatus.QUARANTINED.value
        )
    ):
        keys.add((entity, entity_id))
        if entity == "prisoner" and op == Op.INSERT.value and prisoner_id:
            prisoners.add(prisoner_id)
    return keys, prisoners


def read_batch(session: Session, limit: int) -> list[OutgoingChange]:
    """Up to ``limit`` sendable PENDING changes in local order, read but not marked (see ``mark_sending``).

    A change to a record (or of a prisoner whose reception is) quarantined is not sendable, and
    neither is any later change to the same record: they wait behind it. ``attempts`` counts the send.
    """
    keys, prisoners = blocked(session)
    chosen: list[OutgoingChange] = []
    query = (
        select(*_COLUMNS)
        .where(Outbox.status == OutboxStatus.PENDING.value)
        .order_by(Outbox.seq)
        .execution_options(yield_per=limit)
    )
    for row in session.execute(query):
        seq, change_id, entity, entity_id, prisoner_id = row[:5]
        if (entity, entity_id) in keys or (prisoner_id and prisoner_id in prisoners):
            keys.add((entity, entity_id))  # later changes of the record wait too
            continue
        chosen.append(
            OutgoingChange(
                seq, change_id, entity, entity_id, prisoner_id, *row[5:10], attempts=(row[10] or 0) + 1
            )
        )
        if len(chosen) >= limit:
            break
    return chosen


def mark_sending(session: Session, seqs: Sequence[int]) -> int:
    """Mark these PENDING changes SENDING and count the attempt; return how many were still PENDING."""
    marked = 0
    for i in range(0, len(seqs), CHUNK):
        result = session.execute(
            update(Outbox)
            .where(Outbox.seq.in_(seqs[i : i + CHUNK]), Outbox.status == OutboxStatus.PENDING.value)
            .values(status=OutboxStatus.SENDING.value, attempts=func.coalesce(Outbox.attempts, 0) + 1)
            .execution_options(synchronize_session=False)
        )
        marked += int(getattr(result, "rowcount", 0) or 0)
    return marked


def untake(session: Session, seqs: Sequence[int]) -> None:
    """Put changes taken but never sent back to PENDING, with the attempt they were counted undone."""
    release(session, seqs, undo_attempt=True)


def take_batch(session: Session, limit: int) -> list[OutgoingChange]:
    """``read_batch`` and ``mark_sending`` in the caller's transaction."""
    batch = read_batch(session, limit)
    mark_sending(session, [c.seq for c in batch])
    return batch


def release(session: Session, seqs: Sequence[int], *, undo_attempt: bool = False) -> None:
    """Put these changes back to PENDING if they are still SENDING (a push that got no usable answer);
    ``undo_attempt`` for changes that were never sent at all."""
    if undo_attempt:
        update_sending(session, seqs, status=OutboxStatus.PENDING.value, attempts=Outbox.attempts - 1)
    else:
        update_sending(session, seqs, status=OutboxStatus.PENDING.value)


def update_sending(session: Session, seqs: Sequence[int], **values: Any) -> set[int]:
    """Set ``values`` on those of these outbox rows that are still SENDING; return the seqs changed.

    Only rows still SENDING: one acknowledged meanwhile (its own change came back in a pull) is left.
    """
    changed: set[int] = set()
    for i in range(0, len(seqs), CHUNK):
        changed.update(
            session.scalars(
                update(Outbox)
                .where(Outbox.seq.in_(seqs[i : i + CHUNK]), Outbox.status == OutboxStatus.SENDING.value)
                .values(**values)
                .returning(Outbox.seq)
                .execution_options(synchronize_session=False)
            )
        )
    return changed


def change_model(change: OutgoingChange) -> ChangeIn:
    """The change as the protocol's ``ChangeIn`` (the slow, validating way; see ``change_json``)."""
    return ChangeIn(
        change_id=UUID(change.change_id),
        entity=change.entity,
        entity_id=UUID(change.entity_id),
        prisoner_id=UUID(change.prisoner_id) if change.prisoner_id else None,
        op=Op(change.op),
        base_version=change.base_version,
        patch=json.loads(change.patch_json),
        author_id=UUID(change.author_id),
        created_at=_naive(change.created_at),
    )


def change_json(change: OutgoingChange) -> str:
    """The change's JSON for a push body, with the stored patch embedded as it is.

    Parses to the same ``ChangeIn`` as ``change_model`` (ids in canonical form, the time naive as the
    terminal's clock wrote it). ``json.dumps`` writes ``NaN``/``Infinity`` for such floats, which are
    not JSON: such a patch is re-encoded through the model as before.
    """
    patch = change.patch_json
    if "NaN" in patch or "Infinity" in patch:
        return change_model(change).model_dump_json()
    prisoner = f'"{canonical_uuid(change.prisoner_id)}"' if change.prisoner_id else "null"
    base = "null" if change.base_version is None else str(int(change.base_version))
    return (
        f'{{"change_id":"{canonical_uuid(change.change_id)}","entity":{json.dumps(change.entity)},'
        f'"entity_id":"{canonical_uuid(change.entity_id)}","prisoner_id":{prisoner},'
        f'"op":"{Op(change.op).value}","base_version":{base},"patch":{patch},'
        f'"author_id":"{canonical_uuid(change.author_id)}","created_at":"{_naive(change.created_at).isoformat()}"}}'
    )


def push_body(device_id: str, changes: Sequence[OutgoingChange], audit_head: AuditHead | None) -> bytes:
    """The ``PushRequest`` JSON for these changes. Without a head the key is left out, not sent as null:
    a central record older than the audit anchor refuses any field it does not know."""
    parts = [f'{{"device_id":"{UUID(device_id)}","changes":[', ",".join(map(change_json, changes)), "]"]
    if audit_head is not None:
        parts.append(f',"audit_head":{audit_head.model_dump_json()}')
    parts.append("}")
    return "".join(parts).encode()


def _naive(stamp: str) -> datetime:
    """The stored creation time as the naive datetime the protocol sends (UTC, as the terminal wrote it)."""
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(tzinfo=None)


def trim_retained(cutoff: str) -> Delete:
    """Delete the acknowledged changes acknowledged before ``cutoff``: one index range
    (``ix_outbox_status_acked``), however many acknowledged changes are kept."""
    outbox = cast(Table, Outbox.__table__)
    return delete(outbox).where(outbox.c.status == OutboxStatus.ACKED.value, outbox.c.acked_at < cutoff)
