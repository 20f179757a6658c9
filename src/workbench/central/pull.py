"""What a terminal reads: the changes feed, per-prisoner snapshots, and grants of scope.

The feed is cursor-based on ``server_seq``. The counter is read FIRST and the changes after it, in
one snapshot: every seq up to the counter's committed value belongs to a committed transaction
(sequence numbers are allocated under a lock held to commit), so a page never skips a change that
commits later with a lower number, and ``next_after`` can safely move past changes the terminal may
not see.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, exists, insert, literal, or_, select, true, update

from workbench.central import scope
from workbench.central.apply import refuse
from workbench.central.auth import GRANTING_ROLES, DeviceIdentity, load_author
from workbench.central.db import Database, current_epoch, utcnow
from workbench.central.models import (
    ChangeLog,
    EntityState,
    Establishment,
    PrisonerLocation,
    ScopeEventRow,
    ScopeGrant,
    ScopeInterval,
    SeqCounter,
)
from workbench.protocol.messages import (
    ChangesPage,
    Grant,
    GrantRecord,
    Snapshot,
)
from workbench.protocol.messages import (
    EntityState as EntityStateOut,
)

log = logging.getLogger("workbench.central.pull")

MAX_GRANT_DAYS = 92
"""A grant lasts at most about three months; renewing it is a new, audited decision."""


def _counter(conn: Connection) -> int:
    return int(conn.execute(select(SeqCounter.value).where(SeqCounter.id == 1)).scalar_one())


_FEED_COLUMNS = (
    ChangeLog.server_seq,
    ChangeLog.change_id,
    ChangeLog.entity,
    ChangeLog.entity_id,
    ChangeLog.prisoner_id,
    ChangeLog.op,
    ChangeLog.version,
    ChangeLog.applied_json,
    ChangeLog.conflicts_json,
    ChangeLog.flags,
    ChangeLog.author_id,
    ChangeLog.device_id,
    ChangeLog.applied_at,
)  # not the patch as sent nor the stored push result: the feed never shows them


FIRST_WINDOW = 4
"""The feed reads sequence numbers in windows, the first ``FIRST_WINDOW`` x the page size wide."""
MAX_WINDOW = 1 << 20


def _visible_changes(conn: Connection, here: str, after: int, top: int, limit: int) -> list[Any]:
    """The first ``limit + 1`` changes after ``after`` (up to ``top``) that ``here`` may see, in order.

    Read in windows of sequence numbers, each a bounded range scan of the primary key with one index
    probe of the establishment's scope intervals per change, widening while a window finds too few
    (another establishment's changes in between). A page therefore costs what its window holds, not
    everything after the cursor: without the bound the planner, when a bulk push has just made the
    table statistics stale (a first sync), sorts every change after the cursor and matches each
    against every interval, once per page. On PostgreSQL the probe is a LATERAL subquery, which is
    always run per change through the (establishment, prisoner) index; SQLite runs an EXISTS that way.
    """
    match = (
        ScopeInterval.establishment_code == here,
        ScopeInterval.prisoner_id == ChangeLog.prisoner_id,
        ScopeInterval.from_seq <= ChangeLog.server_seq,
        or_(ScopeInterval.to_seq.is_(None), ChangeLog.server_seq < ScopeInterval.to_seq),
    )
    if conn.dialect.name == "postgresql":
        probe = select(literal(1).label("seen")).where(*match).limit(1).lateral("seen_here")
        base = select(*_FEED_COLUMNS).select_from(ChangeLog).join(probe, true())
    else:
        base = select(*_FEED_COLUMNS).where(exists().where(*match))
    found: list[Any] = []
    low, width = after, max(FIRST_WINDOW * (limit + 1), 64)
    while low < top and len(found) <= limit:
        high = min(top, low + width)
        found.extend(
            conn.execute(
                base.where(ChangeLog.server_seq > low, ChangeLog.server_seq <= high)
                .order_by(ChangeLog.server_seq)
                .limit(limit + 1 - len(found))
            ).all()
        )
        low, width = high, min(width * 4, MAX_WINDOW)
    return found


def changes_page(db: Database, device: DeviceIdentity, after: int, limit: int) -> ChangesPage:
    """Changes and scope events after ``after`` visible to the device's establishment, at most ``limit``."""
    expire_grants(db)
    here = device.establishment_code
    with db.read() as conn:
        top = _counter(conn)  # first: everything up to here is committed
        epoch = current_epoch(conn)
        rows = _visible_changes(conn, here, after, top, limit)
        events = conn.execute(
            select(ScopeEventRow)
            .where(
                ScopeEventRow.establishment_code == here,
                ScopeEventRow.server_seq > after,
                ScopeEventRow.server_seq <= top,
            )
            .order_by(ScopeEventRow.server_seq)
            .limit(limit + 1)
        ).all()
    # The page is built as plain values and validated in one go (pydantic's core, not a Python UUID and
    # model per change): a first sync's pages are a thousand acknowledgements each (issue 11 point 6).
    items: list[tuple[int, str, dict[str, Any]]] = []
    mine = device.device_id
    for (
        seq,
        change_id,
        entity,
        entity_id,
        prisoner_id,
        op,
        version,
        applied_json,
        conflicts_json,
        flags,
        author_id,
        device_id,
        applied_at,
    ) in rows:
        if device_id == mine and conflicts_json == "[]" and not flags:
            # The terminal's own change, applied as sent: acknowledged by id, not sent back (protocol 2).
            own = {
                "server_seq": seq,
                "change_id": change_id,
                "entity": entity,
                "entity_id": entity_id,
                "prisoner_id": prisoner_id or None,
                "version": version,
            }
            items.append((seq, "acks", own))
            continue
        change = {
            "server_seq": seq,
            "change_id": change_id,
            "entity": entity,
            "entity_id": entity_id,
            "prisoner_id": prisoner_id or None,
            "op": op,
            "version": version,
            "patch": json.loads(applied_json),
            "author_id": author_id,
            "device_id": device_id or None,
            "applied_at": applied_at,
            "conflicts": json.loads(conflicts_json),
            "flags": flags.split() if flags else [],
        }
        items.append((seq, "changes", change))
    for e in events:
        event = {
            "server_seq": e.server_seq,
            "prisoner_id": e.prisoner_id,
            "kind": e.kind,
            "establishment_code": e.establishment_code,
        }
        items.append((e.server_seq, "scope_events", event))
    items.sort(key=lambda item: item[0])
    has_more = len(items) > limit
    page = items[:limit]
    body: dict[str, Any] = {
        "epoch": epoch,
        "changes": [],
        "scope_events": [],
        "acks": [],
        "next_after": page[-1][0] if has_more else max(top, after),
        "has_more": has_more,
    }
    for _, kind, fields in page:
        body[kind].append(fields)
    return ChangesPage.model_validate(body)


def _sees_now(conn: Connection, prisoner_id: str, establishment: str) -> bool:
    return scope.open_interval_count(conn, prisoner_id, establishment) > 0


def snapshot(db: Database, device: DeviceIdentity, prisoner_id: uuid.UUID) -> Snapshot | None:
    """Every current row of a prisoner the device's establishment sees now, or None if it does not."""
    expire_grants(db)
    pid = str(prisoner_id)
    with db.read() as conn:
        top = _counter(conn)
        epoch = current_epoch(conn)
        if not _sees_now(conn, pid, device.establishment_code):
            return None
        rows = conn.execute(
            select(
                EntityState.entity,
                EntityState.entity_id,
                EntityState.version,
                EntityState.fields_json,
                EntityState.deleted,
            )
            .where(EntityState.prisoner_id == pid)
            .order_by(EntityState.entity, EntityState.entity_id)
        ).all()
    return Snapshot(
        epoch=epoch,
        prisoner_id=prisoner_id,
        as_of_seq=top,
        entities=[
            EntityStateOut(
                entity=r.entity,
                entity_id=uuid.UUID(r.entity_id),
                version=r.version,
                fields=json.loads(r.fields_json),
                deleted=bool(r.deleted),
            )
            for r in rows
        ],
    )


def create_grant(db: Database, device: DeviceIdentity, grant: Grant, today: date) -> GrantRecord:
    """Record an audited, time-limited grant; raise ``Refused`` with a problem if it is not allowed."""
    if grant.expires_on <= today:
        raise refuse(422, "Grant already expired", "expires_on must be after today", "grant-invalid")
    if grant.expires_on > today + timedelta(days=MAX_GRANT_DAYS):
        raise refuse(422, "Grant too long", f"a grant lasts at most {MAX_GRANT_DAYS} days", "grant-invalid")
    pid, target = str(grant.prisoner_id), grant.establishment_code
    now = utcnow()
    with db.write() as conn:
        alloc = scope.SeqAllocator(db.lock_counter(conn))
        author = load_author(conn, str(grant.granted_by))
        # One answer whatever the reason, so another establishment's device cannot probe which user
        # ids exist, or where (issue 11 point 3).
        if (
            author is None
            or not author.active
            or author.role not in GRANTING_ROLES
            or author.establishment_code != device.establishment_code
        ):
            raise refuse(
                403,
                "Not allowed to grant",
                "granted_by must name an active OMU manager or administrator of this terminal's "
                "establishment",
                "grant-forbidden",
            )
        location = conn.execute(
            select(PrisonerLocation.establishment_code).where(PrisonerLocation.prisoner_id == pid)
        ).scalar()
        if location != author.establishment_code:
            # Unknown, or held elsewhere: the same answer, so the answer never says where a prisoner is.
            raise refuse(
                404,
                "Prisoner not held here",
                "no prisoner with this id is held at this establishment; only the establishment now "
                "holding a prisoner can grant access to them",
                "prisoner-not-here",
            )
        if conn.execute(select(Establishment.code).where(Establishment.code == target)).scalar() is None:
            raise refuse(
                422,
                "Unknown establishment",
                f"establishment {target!r} is not known",
                "unknown-establishment",
            )
        grant_id = str(uuid.uuid4())
        before = alloc.last
        interval = scope.open_scope(conn, alloc, pid, target, reason="GRANT", now=now, grant_id=grant_id)
        enter_seq = alloc.last if alloc.last != before else None
        conn.execute(
            insert(ScopeGrant).values(
                id=grant_id,
                prisoner_id=pid,
                establishment_code=target,
                expires_on=grant.expires_on,
                reason=grant.reason,
                granted_by=str(grant.granted_by),
                granted_via_device=device.device_id,
                created_at=now,
                interval_id=interval,
            )
        )
        conn.execute(update(SeqCounter).where(SeqCounter.id == 1).values(value=alloc.last))
    log.info("grant %s to %s until %s by user %s", grant_id, target, grant.expires_on, grant.granted_by)
    return GrantRecord(
        grant_id=uuid.UUID(grant_id),
        prisoner_id=grant.prisoner_id,
        establishment_code=target,
        expires_on=grant.expires_on,
        reason=grant.reason,
        granted_by=grant.granted_by,
        granted_at=now,
        enter_seq=enter_seq,
    )


def expire_grants(db: Database, today: date | None = None) -> int:
    """Close grants whose day has passed, emitting EXIT where that ends the establishment's view."""
    today = today or utcnow().date()
    with db.read() as conn:
        due = conn.execute(
            select(ScopeGrant.id)
            .where(ScopeGrant.closed_at.is_(None), ScopeGrant.expires_on < today)
            .limit(1)
        ).first()
    if due is None:
        return 0
    now = utcnow()
    closed = 0
    with db.write() as conn:
        alloc = scope.SeqAllocator(db.lock_counter(conn))
        grants = conn.execute(
            select(ScopeGrant.id, ScopeGrant.interval_id)
            .where(and_(ScopeGrant.closed_at.is_(None), ScopeGrant.expires_on < today))
            .order_by(ScopeGrant.created_at)
        ).all()
        for grant_id, interval_id in grants:
            if interval_id is not None:
                scope.close_scope(conn, alloc, int(interval_id), reason="GRANT_EXPIRED", now=now)
            conn.execute(update(ScopeGrant).where(ScopeGrant.id == grant_id).values(closed_at=now))
            closed += 1
        conn.execute(update(SeqCounter).where(SeqCounter.id == 1).values(value=alloc.last))
    return closed
