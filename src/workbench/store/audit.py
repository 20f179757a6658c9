"""The hash-chained audit trail: each event's hash covers its content and the previous hash.

Changing, deleting or reordering any stored event breaks the chain at that event, which
``verify_chain`` reports (``workbench audit verify``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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


@dataclass(frozen=True)
class ChainReport:
    """Result of verifying the audit chain."""

    events_checked: int
    first_broken_seq: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_events(events: Iterable[AuditEvent]) -> ChainReport:
    """Walk events in ``seq`` order and report the first link whose hash does not hold."""
    prev = GENESIS_HASH
    count = 0
    for event in events:
        count += 1
        if event.prev_hash != prev:
            return ChainReport(
                count,
                event.seq,
                f"event {event.seq} does not follow the event before it (missing or reordered)",
            )
        expected = event_hash(prev, hashed_fields(event))
        if event.hash != expected:
            return ChainReport(
                count, event.seq, f"event {event.seq} ({event.action}) was altered after it was written"
            )
        prev = event.hash
    return ChainReport(count, None, None)


def verify_chain(session: Session) -> ChainReport:
    """Verify the whole audit trail in the store."""
    events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(1000)
    return verify_events(events)
