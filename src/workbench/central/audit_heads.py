"""The latest audit-trail head of each terminal, which never goes backwards (issue 7 point 19).

A terminal sends the head of its local audit trail (event count and newest hash) with each push. A
head with fewer events than the one kept, or the same count with a different hash, means events were
removed from the end of the terminal's trail or the trail was rewritten: the push is refused with a
problem document and the kept head stays as it is, as evidence.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, delete, insert, select, update

from workbench.central.db import Database, utcnow
from workbench.central.models import Device, DeviceAuditHead
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
