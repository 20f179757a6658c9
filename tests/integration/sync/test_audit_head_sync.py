"""A terminal whose audit trail was shortened is stopped by the central record (issue 7 point 19)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sync_harness import CentralFixture

from workbench.central.models import DeviceAuditHead
from workbench.security.audit import AuditService
from workbench.store.audit import trail_head
from workbench.sync.transport import RawResponse


def _kept(central: CentralFixture, device_id: str) -> int | None:
    with central.db.read() as conn:
        count = conn.execute(
            select(DeviceAuditHead.event_count).where(DeviceAuditHead.device_id == device_id)
        ).scalar_one_or_none()
    return None if count is None else int(count)


def test_each_push_reports_the_head_and_a_shortened_trail_stops_sync_without_losing_work(
    central: CentralFixture,
) -> None:
    t1 = central.terminal("t1")
    t1.receive("A1234BC")
    with t1.store.read() as s:
        pushed_head = trail_head(s)
    t1.sync_ok()
    assert _kept(central, t1.device_id) == pushed_head.count

    # Someone with the key removes events from the end of the trail, then work goes on.
    with t1.store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_event WHERE seq > 2")
    pid = t1.receive("B2345CD")
    with t1.store.read() as s:
        assert trail_head(s).count < pushed_head.count
    pending = [o.change_id for o in t1.outbox("PENDING")]
    assert pending

    report = t1.sync()
    assert report.error is not None
    assert report.error.startswith("The central record refused this terminal's changes: ")
    assert "events were removed from the end of its trail" in report.error
    assert report.error.endswith("Your work is kept on this terminal.")
    # Nothing quarantined or lost: the changes wait, and nothing of them reached the central record.
    assert [o.change_id for o in t1.outbox("PENDING")] == pending
    assert t1.outbox("QUARANTINED") == []
    assert central.count(f"SELECT count(*) FROM entity_state WHERE entity_id = '{pid}'") == 0
    assert _kept(central, t1.device_id) == pushed_head.count
    # And on the terminal itself, audit verify names what is missing.
    local = AuditService(t1.store).verify_unchecked()
    assert not local.ok and local.problem is not None and local.problem.startswith("the trail ends at event")


class _CentralWithoutAuditHeads:
    """Answers a push carrying ``audit_head`` as a central record older than the anchor does (422,
    unknown field); everything else goes to the real central record."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.refused = 0

    def request(
        self, method: str, path: str, *, params: Any = None, body: bytes | None = None
    ) -> RawResponse:
        if path.endswith("/push") and body is not None and "audit_head" in json.loads(body):
            self.refused += 1
            problem = {
                "type": "urn:workbench:problem:invalid-push",
                "title": "Invalid push",
                "status": 422,
                "detail": "audit_head: Extra inputs are not permitted",
                "errors": [{"path": "audit_head", "message": "Extra inputs are not permitted"}],
            }
            return RawResponse(422, {}, json.dumps(problem).encode())
        answer: RawResponse = self.inner.request(method, path, params=params, body=body)
        return answer

    def close(self) -> None:
        self.inner.close()


def test_against_an_older_central_record_the_push_goes_without_the_head_and_nothing_is_quarantined(
    central: CentralFixture,
) -> None:
    t1 = central.terminal("t1")
    old = _CentralWithoutAuditHeads(t1.faults.inner)
    t1.faults.inner = old
    t1.receive("A1234BC")
    report = t1.sync_ok()
    assert old.refused == 1 and report.acked == 3
    assert t1.outbox("QUARANTINED") == [] and t1.outbox("PENDING") == []
    assert _kept(central, t1.device_id) is None
