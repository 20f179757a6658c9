"""Which establishments see which prisoner, and the ENTER/EXIT events when that changes.

Visibility is kept as ``scope_interval`` rows: (prisoner, establishment, from_seq, to_seq). A prisoner's
location gives one interval; each grant gives another. An establishment sees a change when the change's
seq lies inside one of its intervals for that prisoner. ENTER is emitted when the first open interval
appears and EXIT when the last one closes, each with its own ``server_seq`` in the one sequence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, func, insert, select, update

from workbench.central.models import ScopeEventRow, ScopeInterval
from workbench.protocol.messages import ScopeEventKind

LATE_EDIT_GRACE = timedelta(days=30)
"""How long after a prisoner leaves an establishment its late edits are still accepted (and flagged)."""


@dataclass
class SeqAllocator:
    """Hands out ``server_seq`` values inside a transaction that holds the counter lock."""

    last: int
    start: int = -1

    def __post_init__(self) -> None:
        self.start = self.last

    def next(self) -> int:
        """The next sequence number (no gaps: the counter row is written with ``last`` at commit)."""
        self.last += 1
        return self.last

    @property
    def used(self) -> bool:
        """Whether any number was handed out."""
        return self.last != self.start


_OPEN_INTERVALS = (
    select(func.count())
    .select_from(ScopeInterval)
    .where(
        ScopeInterval.prisoner_id == bindparam("prisoner_id"),
        ScopeInterval.establishment_code == bindparam("establishment"),
        ScopeInterval.to_seq.is_(None),
    )
)  # built once: it runs for every pushed change


def open_interval_count(conn: Connection, prisoner_id: str, establishment: str) -> int:
    """How many open intervals let ``establishment`` see ``prisoner_id`` now."""
    return int(
        conn.execute(
            _OPEN_INTERVALS, {"prisoner_id": prisoner_id, "establishment": establishment}
        ).scalar_one()
    )


def recently_left(conn: Connection, prisoner_id: str, establishment: str, now: datetime) -> bool:
    """Whether ``establishment`` stopped seeing ``prisoner_id`` within the late-edit grace period."""
    return (
        conn.execute(
            select(ScopeInterval.id)
            .where(
                ScopeInterval.prisoner_id == prisoner_id,
                ScopeInterval.establishment_code == establishment,
                ScopeInterval.closed_at.is_not(None),
                ScopeInterval.closed_at >= now - LATE_EDIT_GRACE,
            )
            .limit(1)
        ).first()
        is not None
    )


def _event(
    conn: Connection,
    seq: int,
    prisoner_id: str,
    establishment: str,
    kind: ScopeEventKind,
    reason: str,
    now: datetime,
) -> None:
    conn.execute(
        insert(ScopeEventRow).values(
            server_seq=seq,
            prisoner_id=prisoner_id,
            establishment_code=establishment,
            kind=kind.value,
            reason=reason,
            created_at=now,
        )
    )


def open_scope(
    conn: Connection,
    alloc: SeqAllocator,
    prisoner_id: str,
    establishment: str,
    *,
    reason: str,
    now: datetime,
    grant_id: str | None = None,
    emit: bool = True,
    from_seq: int | None = None,
) -> int:
    """Open an interval; emit ENTER if the establishment did not already see the prisoner. Returns its id."""
    if from_seq is None:
        if emit and open_interval_count(conn, prisoner_id, establishment) == 0:
            from_seq = alloc.next()
            _event(conn, from_seq, prisoner_id, establishment, ScopeEventKind.ENTER, reason, now)
        else:
            from_seq = alloc.last + 1
    result = conn.execute(
        insert(ScopeInterval)
        .values(
            prisoner_id=prisoner_id,
            establishment_code=establishment,
            from_seq=from_seq,
            grant_id=grant_id,
        )
        .returning(ScopeInterval.id)
    )
    return int(result.scalar_one())


def close_scope(
    conn: Connection, alloc: SeqAllocator, interval_id: int, *, reason: str, now: datetime
) -> None:
    """Close an interval; emit EXIT if no other interval still lets its establishment see the prisoner."""
    row = conn.execute(
        select(ScopeInterval.prisoner_id, ScopeInterval.establishment_code, ScopeInterval.to_seq).where(
            ScopeInterval.id == interval_id
        )
    ).one()
    if row.to_seq is not None:
        return
    others = open_interval_count(conn, row.prisoner_id, row.establishment_code) - 1
    if others == 0:
        to_seq = alloc.next()
        _event(conn, to_seq, row.prisoner_id, row.establishment_code, ScopeEventKind.EXIT, reason, now)
    else:
        to_seq = alloc.last + 1
    conn.execute(
        update(ScopeInterval).where(ScopeInterval.id == interval_id).values(to_seq=to_seq, closed_at=now)
    )


def location_interval(conn: Connection, prisoner_id: str, establishment: str) -> int | None:
    """The open interval given by the prisoner's location at ``establishment`` (not a grant), if any."""
    value = conn.execute(
        select(ScopeInterval.id)
        .where(
            ScopeInterval.prisoner_id == prisoner_id,
            ScopeInterval.establishment_code == establishment,
            ScopeInterval.to_seq.is_(None),
            ScopeInterval.grant_id.is_(None),
        )
        .limit(1)
    ).scalar()
    return int(value) if value is not None else None
