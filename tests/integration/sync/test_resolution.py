"""Resolving conflicts and quarantined changes: each resolution is an ordinary new change that syncs."""

from __future__ import annotations

import json

import pytest
from sync_harness import CentralFixture, Term, assert_nothing_lost_or_duplicated

from workbench.casework.sync_conflicts import SyncConflictService
from workbench.domain.errors import ValidationError


def _conflicted(central: CentralFixture) -> tuple[Term, Term, str, SyncConflictService]:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t2.sync_ok()
    t1.edit(pid, location="B-1-01")
    t2.edit(pid, location="C-1-01")
    t1.sync_ok()
    t2.sync_ok()
    return t1, t2, pid, SyncConflictService(t2.ctx)


@pytest.mark.parametrize(
    ("choice", "value", "expected"),
    [("MINE", None, "C-1-01"), ("THEIRS", None, "B-1-01"), ("EDITED", "D-9-09", "D-9-09")],
)
def test_resolving_a_conflict_is_a_new_change_everyone_receives(
    central: CentralFixture, choice: str, value: str | None, expected: str
) -> None:
    t1, t2, pid, service = _conflicted(central)
    attention = service.attention(t2.os)
    [item] = attention.conflicts
    assert (item.base, item.mine, item.theirs) == ("A-1-01", "C-1-01", "B-1-01")
    assert item.prisoner_label.startswith("TESTPERSON, Alex")
    changes = service.resolve(t2.os, item.conflict_id, choice, value)
    assert pid in changes.prisoner_ids
    assert service.attention(t2.os).conflicts == ()
    assert t2.prisoner(pid).location == expected  # type: ignore[union-attr]
    t2.sync_ok()
    t1.sync_ok()
    assert central.state("prisoner", pid)["location"] == expected  # type: ignore[index]
    assert t1.prisoner(pid).location == expected  # type: ignore[union-attr]
    assert central.count("SELECT count(*) FROM conflict") == 1  # the resolution made no new conflict
    assert t2.count("SELECT count(*) FROM audit_event WHERE action = 'sync.conflict_resolved'") == 1
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_resolving_a_predicted_conflict_with_keep_mine_sends_mine_without_a_second_conflict(
    central: CentralFixture,
) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t2.sync_ok()
    t1.edit(pid, location="MINE-1")
    t2.edit(pid, location="THEIRS-1")
    t2.sync_ok()
    t1.sync_ok(push=False)
    service = SyncConflictService(t1.ctx)
    [item] = service.attention(t1.os).conflicts
    assert item.kind == "PREDICTED"
    service.resolve(t1.os, item.conflict_id, "MINE")
    t1.sync_ok()
    assert t1.conflicts() == []
    assert central.state("prisoner", pid)["location"] == "MINE-1"  # type: ignore[index]
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_an_edited_value_is_checked(central: CentralFixture) -> None:
    _t1, t2, _pid, service = _conflicted(central)
    [item] = service.attention(t2.os).conflicts
    with pytest.raises(ValidationError, match="at most 40"):
        service.resolve(t2.os, item.conflict_id, "EDITED", "X" * 41)
    assert len(service.attention(t2.os).conflicts) == 1


def test_quarantined_change_discard_keeps_an_audit_record_and_restores_the_server_version(
    central: CentralFixture,
) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t1.edit(pid, location="X" * 60)
    t1.edit(pid, rosh_level="LOW")
    t1.sync_ok()
    service = SyncConflictService(t1.ctx)
    [q] = service.attention(t1.os).quarantined
    assert q.fields == ("location",) and q.waiting_behind == 1 and "location" in q.reason
    service.discard(t1.os, q.change_id)
    t1.sync_ok()
    assert service.attention(t1.os).quarantined == ()
    p = t1.prisoner(pid)
    assert p is not None and p.location == "A-1-01" and p.rosh_level == "LOW"  # the waiting change went
    assert central.state("prisoner", pid)["rosh_level"] == "LOW"  # type: ignore[index]
    [audit] = (t1.count("SELECT count(*) FROM audit_event WHERE action = 'sync.change_discarded'"),)
    assert audit == 1
    assert [o.status for o in t1.outbox() if o.status not in ("ACKED",)] == ["DISCARDED"]


def test_quarantined_change_retry_sends_it_again(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t1.edit(pid, location="X" * 60)
    t1.sync_ok()
    service = SyncConflictService(t1.ctx)
    [q] = service.attention(t1.os).quarantined
    with t1.store.write_sessions() as s, s.begin():  # the cause is fixed (here: the change itself)
        from sqlalchemy import text

        s.execute(
            text("UPDATE outbox SET patch_json = :p WHERE change_id = :c"),
            {"p": json.dumps({"location": "OK-1", "updated_at": "2026-11-26T10:00:00"}), "c": q.change_id},
        )
    service.retry(t1.os, q.change_id)
    t1.sync_ok()
    assert central.state("prisoner", pid)["location"] == "OK-1"  # type: ignore[index]
    assert_nothing_lost_or_duplicated(central, t1)
