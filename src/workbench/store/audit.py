"""The hash-chained audit trail: each event's hash covers its content and the previous hash.

Changing, deleting or reordering any stored event breaks the chain at that event, which
``verify_chain`` reports (``workbench audit verify``). Removing events from the end, or rewriting the
trail and re-hashing it, is caught by comparing it with its anchor (``store/audit_head.py``): the
count and newest hash kept outside the table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.store.audit_head import AuditHead
from workbench.store.models import AuditEvent

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no whitespace, so the same content always hashes the same."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the event's canonical content."""
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(canonical_json(fields).encode("utf-8"))
    return digest.hexdigest()


def hashed_fields(event: AuditEvent) -> dict[str, Any]:
    """The columns the hash covers (everything but ``seq`` and the hashes themselves)."""
    return {
        "id": event.id,
        "occurred_at": event.occurred_at,
        "actor_id": event.actor_id,
        "actor_username": event.actor_username,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "prisoner_id": event.prisoner_id,
        "before": event.before_json,
        "after": event.after_json,
    }


def last_hash(session: Session) -> str:
    """The hash of the newest event, or the genesis hash for an empty trail."""
    value = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
    return value or GENESIS_HASH


def trail_head(session: Session) -> AuditHead:
    """The trail's head as its anchor records it: the newest event's ``seq`` (the count) and hash."""
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return AuditHead(0, GENESIS_HASH) if row is None else AuditHead(row.seq, row.hash)


def hash_at(session: Session, count: int) -> str | None:
    """The hash of the trail at position ``count`` (the genesis hash at 0; None past the end)."""
    if count == 0:
        return GENESIS_HASH
    return session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == count))


@dataclass(frozen=True)
class ChainReport:
    """Result of verifying the audit chain (and its anchor, when there is one)."""

    events_checked: int
    first_broken_seq: int | None
    problem: str | None
    head: AuditHead | None = None
    """The verified trail's head (None when the chain is broken)."""
    anchor: AuditHead | None = None
    """The anchor compared with (None: no anchor was given or none exists yet)."""

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_events(events: Iterable[AuditEvent], anchor: AuditHead | None = None) -> ChainReport:
    """Walk events in ``seq`` order and report the first link whose hash does not hold.

    With an ``anchor``, a trail that ends before the anchor's count is reported as truncated, and one
    whose hash at that count differs from the anchor's as rewritten. A longer trail is fine.
    """
    prev = GENESIS_HASH
    count = 0
    at_anchor = GENESIS_HASH if anchor is not None and anchor.count == 0 else None
    for event in events:
        count += 1
        if event.prev_hash != prev:
            return ChainReport(
                count,
                event.seq,
                f"event {event.seq} does not follow the event before it (missing or reordered)",
                anchor=anchor,
            )
        expected = event_hash(prev, hashed_fields(event))
        if event.hash != expected:
            return ChainReport(
                count,
                event.seq,
                f"event {event.seq} ({event.action}) was altered after it was written",
                anchor=anchor,
            )
        prev = event.hash
        if anchor is not None and count == anchor.count:
            at_anchor = event.hash
    head = AuditHead(count, prev)
    if anchor is not None:
        if count < anchor.count:
            missing = (
                f"event {count + 1}" if count + 1 == anchor.count else f"events {count + 1} to {anchor.count}"
            )
            return ChainReport(
                count,
                count + 1,
                f"the trail ends at event {count} but the anchor says {anchor.count}: {missing} "
                "missing (removed from the end of the trail)",
                head,
                anchor,
            )
        if at_anchor != anchor.hash:
            return ChainReport(
                count,
                anchor.count,
                f"event {anchor.count} does not match the anchor: the trail was rewritten and re-hashed "
                f"up to there (the anchor was written after event {anchor.count})",
                head,
                anchor,
            )
    return ChainReport(count, None, None, head, anchor)


def verify_chain(session: Session, anchor: AuditHead | None = None) -> ChainReport:
    """Verify the whole audit trail in the store, against its ``anchor`` when one is given."""
    events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(1000)
    return verify_events(events, anchor)
