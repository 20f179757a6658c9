"""Sync scenarios of issue 4 against the real central record over real HTTP, with injected faults.

Each scenario ends by checking that nothing was lost and nothing duplicated: every local change is on
the central record exactly once, or visibly quarantined with its reason.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sync_harness import (
    CUT_REQUEST,
    CUT_RESPONSE,
    DROP_REQUEST,
    DROP_RESPONSE,
    DUPLICATE,
    REPLAY_LATER,
    CentralFixture,
    Term,
    assert_nothing_lost_or_duplicated,
    status_fault,
)

from workbench.central.app import create_app
from workbench.central.db import mark_restored
from workbench.central.embedded import serve_in_thread
from workbench.store.models import ContactEntry, Outbox, Prisoner
from workbench.store.unit_of_work import Actor, UnitOfWork
from workbench.sync.client import SyncClient, SyncConfig
from workbench.sync.transport import HttpxTransport, RetryPolicy, SyncApi


def _pair(central: CentralFixture, **kw: Any) -> tuple[Term, Term, str]:
    """Two MDI terminals that both hold one prisoner received on the first."""
    t1, t2 = central.terminal("t1", **kw), central.terminal("t2", **kw)
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t2.sync_ok()
    assert t2.prisoner(pid) is not None
    return t1, t2, pid


# -- transport faults ----------------------------------------------------------------------------------


def test_lost_acknowledgement_then_retry_is_acknowledged_once(any_central: CentralFixture) -> None:
    t1 = any_central.terminal("t1")
    t1.receive("A1234BC")
    t1.faults.arm(DROP_RESPONSE)  # the server commits, the answer never arrives
    report = t1.sync_ok()
    assert report.acked == 3
    assert any_central.count("SELECT count(*) FROM change_log") == 3
    assert_nothing_lost_or_duplicated(any_central, t1)


def test_lost_acknowledgements_until_offline_then_the_next_sync_finishes(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    t1.receive("A1234BC")
    t1.faults.arm(DROP_RESPONSE, times=4)  # every attempt of this run
    report = t1.sync()
    assert report.error is not None and "kept" in report.error
    assert {o.status for o in t1.outbox()} == {"PENDING"}
    assert t1.client.status().last_success_at is None
    assert t1.client.status().last_error == report.error
    t1.sync_ok()
    assert {o.status for o in t1.outbox()} == {"ACKED"}
    assert central.count("SELECT count(*) FROM change_log") == 3
    assert_nothing_lost_or_duplicated(central, t1)


@pytest.mark.parametrize(
    "fault", [DROP_REQUEST, status_fault(429), status_fault(500), status_fault(503), CUT_RESPONSE, DUPLICATE]
)
def test_transient_faults_are_retried_with_backoff(central: CentralFixture, fault: str) -> None:
    t1 = central.terminal("t1")
    t1.receive("A1234BC")
    t1.faults.arm(fault)
    t1.faults.arm(fault, path="/sync/v1/changes")
    t1.sync_ok()
    assert len(t1.sleeps) >= (1 if fault != DUPLICATE else 0)
    assert all(s <= 0.05 for s in t1.sleeps)  # bounded
    assert_nothing_lost_or_duplicated(central, t1)


def test_maintenance_503_keeps_local_work_and_the_next_sync_sends_it(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    central.maintenance[0] = True
    report = t1.sync()
    assert report.error is not None
    assert len(t1.sleeps) == 3  # retried after Retry-After (capped), then gave up for this run
    assert t1.prisoner(pid) is not None and {o.status for o in t1.outbox()} == {"PENDING"}
    central.maintenance[0] = False
    t1.sync_ok()
    assert_nothing_lost_or_duplicated(central, t1)


def test_a_request_body_cut_short_is_sent_again_not_quarantined(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    t1.receive("A1234BC")
    t1.receive("B1234BC")
    t1.faults.arm(CUT_REQUEST)
    t1.sync_ok()
    assert t1.outbox("QUARANTINED") == []
    assert_nothing_lost_or_duplicated(central, t1)


def test_duplicate_and_reordered_batches_apply_once(any_central: CentralFixture) -> None:
    t1 = any_central.terminal("t1", batch_size=2)
    for i in range(3):
        t1.receive(f"A12{i}4BC")
    t1.faults.arm(REPLAY_LATER)  # batch 1 arrives again after batch 2
    t1.faults.arm(DUPLICATE)
    t1.faults.arm(DUPLICATE)
    t1.sync_ok()
    assert any_central.count("SELECT count(*) FROM change_log") == 9
    assert_nothing_lost_or_duplicated(any_central, t1)


def test_change_id_reused_with_different_content_is_quarantined_and_the_rest_sync(
    central: CentralFixture,
) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    with t1.store.write_sessions() as s, s.begin():  # a damaged restore rewrote an acknowledged change
        row = s.scalars(select(Outbox).where(Outbox.entity == "prisoner")).one()
        patch = json.loads(row.patch_json)
        patch["family_name"] = "Different"
        row.patch_json = json.dumps(patch)
        row.status = "PENDING"
    other = t1.receive("B1234BC")
    t1.sync_ok()
    quarantined = t1.outbox("QUARANTINED")
    assert len(quarantined) == 1 and "different content" in (quarantined[0].error or "")
    assert central.state("prisoner", other) is not None
    assert central.state("prisoner", pid)["family_name"] == "Testperson"  # type: ignore[index]
    assert t1.client.status().quarantined == 1
    assert_nothing_lost_or_duplicated(central, t1)


# -- merging ------------------------------------------------------------------------------------------------


def test_concurrent_disjoint_edits_merge(any_central: CentralFixture) -> None:
    t1, t2, pid = _pair(any_central)
    t1.edit(pid, location="B-2-02")
    t2.edit(pid, rosh_level="VERY_HIGH")
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()
    for t in (t1, t2):
        p = t.prisoner(pid)
        assert p is not None and (p.location, p.rosh_level) == ("B-2-02", "VERY_HIGH")
        assert t.conflicts() == []
    assert any_central.state("prisoner", pid)["location"] == "B-2-02"  # type: ignore[index]
    assert_nothing_lost_or_duplicated(any_central, t1, t2)


def test_concurrent_same_field_edits_give_one_conflict_with_all_three_values(
    any_central: CentralFixture,
) -> None:
    t1, t2, pid = _pair(any_central)
    t1.edit(pid, location="B-1-01")
    t2.edit(pid, location="C-1-01")
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()
    assert any_central.count("SELECT count(*) FROM conflict") == 1
    [mine] = t2.conflicts()
    assert (mine.kind, mine.field) == ("FIELD", "location")
    assert [json.loads(v) for v in (mine.base_value, mine.mine_value, mine.theirs_value)] == [
        "A-1-01",
        "C-1-01",
        "B-1-01",
    ]
    [seen_by_other] = t1.conflicts()  # shown to both authors
    assert seen_by_other.server_conflict_id == mine.server_conflict_id
    for t in (t1, t2):  # the central record kept its value, and both terminals agree with it
        assert t.prisoner(pid).location == "B-1-01"  # type: ignore[union-attr]
    assert_nothing_lost_or_duplicated(any_central, t1, t2)


def test_identical_edits_are_not_a_conflict(central: CentralFixture) -> None:
    t1, t2, pid = _pair(central)
    t1.edit(pid, location="D-4-04")
    t2.edit(pid, location="D-4-04")
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()
    assert central.count("SELECT count(*) FROM conflict") == 0
    assert t1.conflicts() == [] and t2.conflicts() == []
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_delete_versus_edit_is_a_conflict(central: CentralFixture) -> None:
    t1, t2, pid = _pair(central)
    t1.delete(pid)
    t2.edit(pid, location="E-5-05")
    t1.sync_ok()
    t2.sync_ok()
    [c] = t2.conflicts()
    assert (c.kind, c.field) == ("DELETE_EDIT", "deleted_at")
    assert central.count("SELECT count(*) FROM conflict WHERE kind = 'DELETE_EDIT'") == 1
    t1.sync_ok()
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_edit_versus_delete_keeps_the_record_and_shows_the_conflict(central: CentralFixture) -> None:
    t1, t2, pid = _pair(central)
    t1.edit(pid, location="E-5-05")
    t2.delete(pid)
    t1.sync_ok()
    t2.sync_ok()
    [c] = t2.conflicts()
    assert c.kind == "DELETE_EDIT"
    assert t2.prisoner(pid).deleted_at is None  # type: ignore[union-attr]  # the server kept the record
    assert central.state("prisoner", pid)["deleted_at"] is None  # type: ignore[index]
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_a_pull_never_overwrites_pending_local_work(central: CentralFixture) -> None:
    t1, t2, pid = _pair(central)
    t1.edit(pid, location="MINE-1")
    t1.edit(pid, given_name="Alexander")  # pending on a field nobody else touched
    t2.edit(pid, location="THEIRS-1", rosh_level="MEDIUM")
    t2.sync_ok()
    t1.sync_ok(push=False)
    p = t1.prisoner(pid)
    assert p is not None and p.location == "MINE-1" and p.rosh_level == "MEDIUM"
    [predicted] = t1.conflicts()
    assert predicted.kind == "PREDICTED"
    assert [json.loads(v) for v in (predicted.base_value, predicted.mine_value, predicted.theirs_value)] == [
        "A-1-01",
        "MINE-1",
        "THEIRS-1",
    ]
    pending = t1.outbox("PENDING")
    assert [o.base_version for o in pending] == [1, 2]  # the disjoint change was rebased, the clash was not
    t1.sync_ok()
    [real] = t1.conflicts()
    assert real.kind == "FIELD" and json.loads(real.theirs_value) == "THEIRS-1"
    p = t1.prisoner(pid)
    assert p is not None and (p.location, p.given_name) == ("THEIRS-1", "Alexander")
    t2.sync_ok()
    assert t2.prisoner(pid).given_name == "Alexander"  # type: ignore[union-attr]
    assert_nothing_lost_or_duplicated(central, t1, t2)


# -- poison, restore, transfer, clocks, versions ------------------------------------------------------------


def test_a_poison_change_is_quarantined_later_changes_to_it_wait_and_the_rest_sync(
    central: CentralFixture,
) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t1.edit(pid, location="X" * 60)  # longer than the central record accepts
    t1.edit(pid, rosh_level="LOW")  # waits behind it
    other = t1.receive("B1234BC")
    report = t1.sync_ok()
    assert report.quarantined == 1
    [q] = t1.outbox("QUARANTINED")
    assert "location" in (q.error or "")
    waiting = t1.outbox("PENDING")
    assert len(waiting) == 1 and json.loads(waiting[0].patch_json)["rosh_level"] == "LOW"
    assert central.state("prisoner", other) is not None
    assert central.state("prisoner", pid)["rosh_level"] == "HIGH"  # type: ignore[index]
    t1.sync_ok()
    assert len(t1.outbox("PENDING")) == 1  # still waiting, never sent
    assert t1.client.status().quarantined == 1 and t1.client.status().pending == 1


def _restart(central: CentralFixture, database_file: Path, backup: Path) -> None:
    port = central.running.port
    central.running.stop()
    central.db.close()
    shutil.copy(backup, database_file)
    for suffix in ("-wal", "-shm"):
        Path(f"{database_file}{suffix}").unlink(missing_ok=True)
    mark_restored(central.database_url)
    app = create_app(central.database_url, maintenance=lambda: central.maintenance[0])
    central.db = app.state.db
    central.running = serve_in_thread(app, port=port)


def test_server_restored_from_backup_gets_the_retained_changes_again(
    central: CentralFixture, tmp_path: Path
) -> None:
    t1, t2, pid = _pair(central)
    database_file = tmp_path / "central.db"
    backup = tmp_path / "central-backup.db"
    src, dst = sqlite3.connect(database_file), sqlite3.connect(backup)
    src.backup(dst)
    src.close()
    dst.close()
    lost = t1.receive("B1234BC")  # acknowledged after the backup: the restore loses it
    t1.edit(pid, location="F-6-06")
    t1.sync_ok()
    assert central.state("prisoner", lost) is not None
    _restart(central, database_file, backup)
    assert central.state("prisoner", lost) is None
    report = t1.sync_ok()
    assert report.epoch_changed
    assert central.state("prisoner", lost) is not None
    assert central.state("prisoner", pid)["location"] == "F-6-06"  # type: ignore[index]
    t2.sync_ok()
    assert t2.prisoner(lost) is not None and t2.prisoner(pid).location == "F-6-06"  # type: ignore[union-attr]
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_transfer_with_unsynced_edits_at_the_sending_prison(central: CentralFixture) -> None:
    t1, t2, pid = _pair(central)
    leeds = central.terminal("leeds", "LEI")
    leeds.sync_ok()
    with UnitOfWork(t1.store, Actor(t1.os.user_id, t1.os.username)) as uow:  # written on the wing, not synced
        uow.add(
            ContactEntry(
                prisoner_id=pid,
                contact_date=t1.ctx.today(),
                kind="NOTE",
                summary="Late note",
                author_id=t1.os.user_id,
                author_name=t1.os.display_name,
            ),
            "contact.recorded",
        )
    t2.edit(pid, establishment_code="LEI")  # the transfer out, recorded on the other terminal
    t2.sync_ok()
    t1.sync_ok(push=False)
    p = t1.prisoner(pid)
    assert p is not None and p.left_scope_at is not None  # read-only here, kept while work is unsent
    t1.sync_ok()
    assert t1.prisoner(pid) is None  # purged once the outbox for the prisoner was empty
    assert t1.count(f"SELECT count(*) FROM contact_entry WHERE prisoner_id = '{pid}'") == 0
    t2.sync_ok()
    assert t2.prisoner(pid) is None
    leeds.sync_ok()
    got = leeds.prisoner(pid)
    assert got is not None and got.establishment_code == "LEI"
    assert leeds.count(f"SELECT count(*) FROM contact_entry WHERE prisoner_id = '{pid}'") == 1
    assert central.count("SELECT count(*) FROM change_log WHERE flags LIKE '%LATE_EDIT%'") == 1
    assert_nothing_lost_or_duplicated(central, t1, t2, leeds)


def test_terminal_clock_three_days_wrong_changes_nothing(
    central: CentralFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    t1, t2, pid = _pair(central)
    import workbench.store.unit_of_work as uow_module

    real = uow_module.utcnow
    monkeypatch.setattr(uow_module, "utcnow", lambda: real() + timedelta(days=3))
    t1.edit(pid, location="FUTURE-1")  # written "three days from now"
    t1.sync_ok()
    monkeypatch.setattr(uow_module, "utcnow", real)
    t2.sync_ok()
    t2.edit(pid, location="NOW-2")  # really later, though its clock says earlier
    t2.sync_ok()
    t1.sync_ok()
    for t in (t1, t2):
        assert t.prisoner(pid).location == "NOW-2"  # type: ignore[union-attr]
        assert t.conflicts() == []
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_unsupported_protocol_version_is_426_and_local_data_is_intact(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    old = SyncClient(
        t1.store,
        SyncApi(
            HttpxTransport(central.url, t1.token, protocol_version="0"),
            RetryPolicy(max_attempts=2),
            sleep=lambda _s: None,
        ),
        SyncConfig(t1.device_id),
    )
    report = old.sync()
    old.close()
    assert report.error is not None and "updated" in report.error
    assert t1.prisoner(pid) is not None
    assert {o.status for o in t1.outbox()} == {"PENDING"} and len(t1.outbox()) == 3
    assert central.count("SELECT count(*) FROM change_log") == 0
    t1.sync_ok()
    assert_nothing_lost_or_duplicated(central, t1)


def test_one_sync_at_a_time_per_database(central: CentralFixture) -> None:
    from workbench.sync.client import SyncBusy

    t1 = central.terminal("t1")
    t1.receive("A1234BC")
    second = SyncClient(t1.store, SyncApi(HttpxTransport(central.url, t1.token)), SyncConfig(t1.device_id))
    entered: list[bool] = []

    def during_push() -> None:
        if not entered:
            entered.append(True)
            with pytest.raises(SyncBusy):
                second.sync()

    t1.faults.after_commit = during_push
    t1.sync_ok()
    second.close()
    assert entered == [True]
    assert_nothing_lost_or_duplicated(central, t1)


def test_prisoner_rows_carry_server_versions(central: CentralFixture) -> None:
    t1, t2, pid = _pair(central)
    t1.edit(pid, location="G-7-07")
    t1.sync_ok()
    assert t1.prisoner(pid).server_version == 2  # type: ignore[union-attr]
    t2.sync_ok()
    assert t2.prisoner(pid).server_version == 2  # type: ignore[union-attr]
    with t2.store.read() as s:
        assert s.get(Prisoner, pid).location == "G-7-07"  # type: ignore[union-attr]
