"""The audit trail's anchor outside the table: a shortened or re-hashed trail is reported (issue 7, 19)."""

from __future__ import annotations

import json
import os
import stat
import threading
from typing import Any

import pytest
from sqlalchemy import select

from workbench.security.audit import AuditService
from workbench.store.audit import GENESIS_HASH, event_hash, hashed_fields, trail_head, verify_chain
from workbench.store.audit_head import AuditHead, head_path, read_head, write_head
from workbench.store.engine import Store
from workbench.store.models import AuditEvent
from workbench.store.unit_of_work import Actor, UnitOfWork

ACTOR = Actor(user_id="11111111-1111-1111-1111-111111111111", username="os.one")


def _write(store: Store, events: int = 1) -> None:
    """One committing unit of work writing ``events`` audit events."""
    with UnitOfWork(store, ACTOR) as uow:
        for _ in range(events):
            uow.audit("report.printed", "report", "r1", {"pages": 2})


def _raw(store: Store, sql: str, **params: Any) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(sql, params)


def _head(store: Store) -> AuditHead:
    with store.read() as s:
        return trail_head(s)


def _verify(store: Store) -> Any:
    return AuditService(store).verify_unchecked()


@pytest.fixture
def written(store: Store) -> Store:
    """A store whose trail has 6 events, written by 3 units of work."""
    _write(store, 1)
    _write(store, 2)
    _write(store, 3)
    return store


def test_each_commit_moves_the_anchor_to_the_trail_head(store: Store) -> None:
    assert read_head(store.path) is None
    _write(store, 2)
    assert read_head(store.path) == _head(store) == AuditHead(2, _head(store).hash)
    _write(store, 3)
    anchor = read_head(store.path)
    assert anchor is not None and anchor.count == 5 and anchor == _head(store)
    report = _verify(store)
    assert report.ok and report.events_checked == 5 and report.anchor == anchor and report.head == anchor


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_anchor_is_private_and_beside_the_database(written: Store) -> None:
    path = head_path(written.path)
    assert path.parent == written.path.parent and path.name == "workbench.db.audit-head.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"count": 6, "hash": _head(written).hash}
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_rolled_back_unit_of_work_leaves_the_anchor_alone(written: Store) -> None:
    before = read_head(written.path)
    with pytest.raises(RuntimeError), UnitOfWork(written, ACTOR) as uow:
        uow.audit("report.printed", "report", "r2")
        raise RuntimeError("the save failed")
    assert read_head(written.path) == before


def test_deleting_the_last_events_is_reported_as_truncation(written: Store) -> None:
    _raw(written, "DELETE FROM audit_event WHERE seq > 4")
    with written.read() as s:
        assert verify_chain(s).ok  # the chain alone cannot tell
    report = _verify(written)
    assert not report.ok and report.events_checked == 4 and report.first_broken_seq == 5
    assert report.problem == (
        "the trail ends at event 4 but the anchor says 6: events 5 to 6 missing "
        "(removed from the end of the trail)"
    )


def test_deleting_every_event_is_reported(written: Store) -> None:
    _raw(written, "DELETE FROM audit_event")
    report = _verify(written)
    assert not report.ok
    assert report.problem is not None
    assert report.problem.startswith("the trail ends at event 0 but the anchor says 6: events 1 to 6 missing")


def test_a_trail_rewritten_and_rehashed_with_the_key_is_reported(written: Store) -> None:
    # Someone with the key changes event 3 and recomputes every hash from there: the chain holds.
    with written.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET after_json = '{\"pages\": 99}' WHERE seq = 3")
    with written.write_sessions() as s, s.begin():
        prev = GENESIS_HASH
        for event in s.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            event.prev_hash = prev
            event.hash = prev = event_hash(prev, hashed_fields(event))
    with written.read() as s:
        assert verify_chain(s).ok
    report = _verify(written)
    assert not report.ok and report.first_broken_seq == 6
    assert report.problem is not None and "does not match the anchor" in report.problem


def test_after_truncation_new_work_does_not_move_the_anchor_past_the_evidence(written: Store) -> None:
    _raw(written, "DELETE FROM audit_event WHERE seq > 2")
    for _ in range(6):  # the trail grows past the anchor's count again, on a different history
        _write(written, 1)
    assert _head(written).count == 8
    assert read_head(written.path) == AuditHead(6, read_head(written.path).hash)  # type: ignore[union-attr]
    report = _verify(written)
    assert not report.ok and "does not match the anchor" in (report.problem or "")


def test_an_anchor_left_behind_by_a_crash_is_fine_and_catches_up(written: Store) -> None:
    # A crash between the database commit and the file write leaves the anchor behind, never ahead.
    with written.read() as s:
        third = s.scalar(select(AuditEvent.hash).where(AuditEvent.seq == 3))
    assert third is not None
    write_head(written.path, AuditHead(3, third))
    assert _verify(written).ok
    _write(written, 1)
    assert read_head(written.path) == _head(written) == AuditHead(7, _head(written).hash)


def test_a_damaged_anchor_is_reported_and_never_blocks_saving(written: Store) -> None:
    head_path(written.path).write_text("{not json")
    _write(written, 1)  # the save itself still succeeds
    report = _verify(written)
    assert not report.ok
    assert report.problem == (
        "The audit anchor workbench.db.audit-head.json is damaged (not the expected JSON). "
        "Truncation cannot be ruled out."
    )


def test_concurrent_writers_leave_the_anchor_at_the_head(store: Store) -> None:
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for _ in range(10):
                _write(store, 1)
        except BaseException as exc:  # pragma: no cover - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert read_head(store.path) == _head(store) == AuditHead(30, _head(store).hash)
    assert _verify(store).ok
