"""Sync bookkeeping kept in the ``sync_state`` table, and the status the window shows.

Keys: ``cursor`` (the last ``server_seq`` applied), ``epoch`` (the server epoch it belongs to),
``last_success_at`` / ``last_attempt_at`` (ISO UTC), ``last_error`` (a message a person can read, or
empty), ``refetch`` (JSON list of prisoner ids whose server state is to be fetched again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.errors import SyncError
from workbench.store.engine import Store
from workbench.store.models import Outbox, SyncConflict, SyncState
from workbench.sync.effects import Effects

CURSOR = "cursor"
EPOCH = "epoch"
LAST_SUCCESS = "last_success_at"
LAST_ATTEMPT = "last_attempt_at"
LAST_ERROR = "last_error"
REFETCH = "refetch"


class OutboxStatus(StrEnum):
    """Where an outbox change is in its journey to the central record."""

    PENDING = "PENDING"  # waiting to be sent (or waiting behind a quarantined change to the same record)
    SENDING = "SENDING"  # in a push whose answer has not been applied yet (reset to PENDING on start-up)
    ACKED = "ACKED"  # the central record holds it; kept for the retention period for re-push
    QUARANTINED = "QUARANTINED"  # refused; shown under "needs attention" with the reason
    DISCARDED = "DISCARDED"  # the user discarded a quarantined change (kept, audited, never sent)


UNSENT = (OutboxStatus.PENDING.value, OutboxStatus.SENDING.value, OutboxStatus.QUARANTINED.value)
"""Statuses of local work the central record does not hold: a pull never overwrites their fields."""


def get_value(session: Session, key: str) -> str | None:
    """The stored value of ``key``, or None."""
    return session.scalar(select(SyncState.value).where(SyncState.key == key))


def set_value(session: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key`` (in the caller's transaction)."""
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def get_cursor(session: Session) -> int:
    """The last ``server_seq`` applied locally (0 before the first pull)."""
    value = get_value(session, CURSOR)
    return int(value) if value else 0


def get_refetch(session: Session) -> list[str]:
    """Prisoners whose server state should be fetched again at the next sync."""
    value = get_value(session, REFETCH)
    return list(json.loads(value)) if value else []


def add_refetch(session: Session, prisoner_id: str) -> None:
    """Ask the next sync to fetch the server's state of ``prisoner_id`` again."""
    ids = get_refetch(session)
    if prisoner_id not in ids:
        ids.append(prisoner_id)
    set_value(session, REFETCH, json.dumps(ids))


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: last successful sync (None = never), counts, and the last problem."""

    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    pending: int
    quarantined: int
    conflicts: int

    @property
    def needs_attention(self) -> int:
        """Quarantined changes plus unresolved conflicts."""
        return self.quarantined + self.conflicts


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def read_status(store: Store) -> SyncStatus:
    """The current sync status of the store (a quick read; safe on the GUI thread)."""
    with store.read() as session:
        counts = dict(
            session.execute(
                select(Outbox.status, func.count()).where(Outbox.status.in_(UNSENT)).group_by(Outbox.status)
            ).all()
        )
        conflicts = (
            session.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
        values = dict(
            session.execute(
                select(SyncState.key, SyncState.value).where(
                    SyncState.key.in_((LAST_SUCCESS, LAST_ATTEMPT, LAST_ERROR))
                )
            ).all()
        )
    return SyncStatus(
        last_success_at=_when(values.get(LAST_SUCCESS)),
        last_attempt_at=_when(values.get(LAST_ATTEMPT)),
        last_error=values.get(LAST_ERROR) or None,
        pending=counts.get(OutboxStatus.PENDING.value, 0) + counts.get(OutboxStatus.SENDING.value, 0),
        quarantined=counts.get(OutboxStatus.QUARANTINED.value, 0),
        conflicts=int(conflicts),
    )


# Kept here rather than in client.py so the GUI can name them without importing httpx and pydantic
# at start-up (the sync client itself is built only after the caseload is on screen).
class SyncBusy(SyncError):
    """Another sync of this database is running (in this process or another)."""


@dataclass
class SyncReport:
    """What one sync run did. ``error`` is set when it stopped early (offline, refused, too old)."""

    pushed: int = 0
    acked: int = 0
    quarantined: int = 0
    conflicts: int = 0
    pulled: int = 0
    pages: int = 0
    purged: int = 0
    epoch_changed: bool = False
    error: str | None = None
    prisoner_ids: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        """Whether the run finished without a problem."""
        return self.error is None

    def absorb(self, effects: Effects) -> None:
        """Add what one applying run touched and found to this report."""
        self.prisoner_ids |= effects.prisoner_ids
        self.entities |= effects.entities
        self.conflicts += effects.conflicts + effects.predicted
        self.quarantined += effects.quarantined
        self.purged += effects.purged
