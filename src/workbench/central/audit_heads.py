"""The latest audit-trail head of each terminal, which never goes backwards (issue 7 point 19).

A terminal sends the head of its local audit trail (event count and newest hash) with each push. A
head with fewer events than the one kept, or the same count with a different hash, means events were
removed from the end of the terminal's trail or the trail was rewritten: the push is refused with a
problem document and the kept head stays as it is, as evidence; the reported head is flagged
(``audit_head_flag``, listed by ``workbench central audit-flags``) for an administrator to investigate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from workbench.central.db import Database, utcnow
from workbench.central.models import AuditHeadFlag, Device, DeviceAuditHead
from workbench.central.problems import problem
from workbench.protocol.messages import AuditHead, Problem

log = logging.getLogger("workbench.central.audit")

PROBLEM_SLUG = "audit-head-backwards"
"""The problem type (``urn:workbench:problem:audit-head-backwards``) the terminal recognises."""


def record_head(db: Database, device_id: str, head: AuditHead) -> Problem | None:
    """Keep ``head`` as the device's latest, or the problem if it goes backwards (nothing is changed)."""
    with db.write() as conn:
        _lock_device(db, conn, device_id)
        kept = conn.execute(
            select(DeviceAuditHead.event_count, DeviceAuditHead.head_hash).where(
                DeviceAuditHead.device_id == device_id
            )
        ).first()
        if kept is None:
            conn.execute(
                insert(DeviceAuditHead).values(
                    device_id=device_id, event_count=head.count, head_hash=head.hash, updated_at=utcnow()
                )
            )
            return None
        count, digest = int(kept.event_count), str(kept.head_hash)
        if head.count < count:
            _flag(conn, device_id, "SHORTER", count, digest, head)
            log.warning(
                "device %s reported an audit trail shorter than before (%d < %d)",
                device_id,
                head.count,
                count,
            )
            return problem(
                409,
                "Audit trail went backwards",
                f"this terminal's audit trail now ends at event {head.count}, but it reported {count} "
                "events before: events were removed from the end of its trail. Nothing was applied; "
                "an administrator must investigate (workbench audit verify on the terminal).",
                slug=PROBLEM_SLUG,
            )
        if head.count == count and head.hash != digest:
            _flag(conn, device_id, "REWRITTEN", count, digest, head)
            log.warning("device %s reported a different audit head at event %d", device_id, count)
            return problem(
                409,
                "Audit trail rewritten",
                f"this terminal's audit trail has {count} events, as before, but its newest hash differs "
                "from the one it reported: the trail was rewritten. Nothing was applied; an "
                "administrator must investigate (workbench audit verify on the terminal).",
                slug=PROBLEM_SLUG,
            )
        if head.count > count:
            conn.execute(
                update(DeviceAuditHead)
                .where(DeviceAuditHead.device_id == device_id)
                .values(event_count=head.count, head_hash=head.hash, updated_at=utcnow())
            )
        return None


def _flag(conn: Connection, device_id: str, kind: str, count: int, digest: str, head: AuditHead) -> None:
    """Keep the evidence: one flag per device and reported head (a retried push only counts again)."""
    now = utcnow()
    same = (
        AuditHeadFlag.device_id == device_id,
        AuditHeadFlag.kept_count == count,
        AuditHeadFlag.kept_hash == digest,
        AuditHeadFlag.reported_count == head.count,
        AuditHeadFlag.reported_hash == head.hash,
    )
    bumped = conn.execute(
        update(AuditHeadFlag).where(*same).values(times=AuditHeadFlag.times + 1, last_at=now)
    ).rowcount
    if not bumped:
        conn.execute(
            insert(AuditHeadFlag).values(
                device_id=device_id,
                kind=kind,
                kept_count=count,
                kept_hash=digest,
                reported_count=head.count,
                reported_hash=head.hash,
                first_at=now,
                last_at=now,
                times=1,
            )
        )


@dataclass(frozen=True)
class Flag:
    """A flagged audit head, as an administrator sees it."""

    device_id: str
    device_name: str
    establishment_code: str
    kind: str
    kept_count: int
    reported_count: int
    first_at: datetime
    last_at: datetime
    times: int


def flags(db: Database) -> list[Flag]:
    """Every audit head flagged as going backwards, most recently seen first."""
    with db.read() as conn:
        rows = conn.execute(
            select(
                AuditHeadFlag.device_id,
                Device.name,
                Device.establishment_code,
                AuditHeadFlag.kind,
                AuditHeadFlag.kept_count,
                AuditHeadFlag.reported_count,
                AuditHeadFlag.first_at,
                AuditHeadFlag.last_at,
                AuditHeadFlag.times,
            )
            .join(Device, Device.id == AuditHeadFlag.device_id)
            .order_by(AuditHeadFlag.last_at.desc(), AuditHeadFlag.id.desc())
        ).all()
    return [
        Flag(
            r.device_id,
            r.name,
            r.establishment_code,
            r.kind,
            int(r.kept_count),
            int(r.reported_count),
            r.first_at,
            r.last_at,
            int(r.times),
        )
        for r in rows
    ]


def _lock_device(db: Database, conn: Connection, device_id: str) -> None:
    """Serialise head updates of one device (SQLite's write transaction already serialises them)."""
    query = select(Device.id).where(Device.id == device_id)
    conn.execute(query if db.is_sqlite else query.with_for_update())


def forget_head(db: Database, device_id: str) -> tuple[int, str] | None:
    """Forget the head kept for a device (after an investigated, authorised restore of its store).

    The terminal's next push then starts a new head. Returns what was kept (None if nothing was).
    """
    with db.write() as conn:
        _lock_device(db, conn, device_id)
        kept = conn.execute(
            select(DeviceAuditHead.event_count, DeviceAuditHead.head_hash).where(
                DeviceAuditHead.device_id == device_id
            )
        ).first()
        if kept is None:
            return None
        conn.execute(delete(DeviceAuditHead).where(DeviceAuditHead.device_id == device_id))
    log.warning("audit head of device %s forgotten (was %d events)", device_id, kept.event_count)
    return int(kept.event_count), str(kept.head_hash)
