"""Crashes (SIGKILL of a subprocess) during a local save, during a push and during a pull, then restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sync_harness import CentralFixture, Term, assert_nothing_lost_or_duplicated

WORKER = Path(__file__).with_name("crash_worker.py")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _crash(term: Term, mode: str, pid: str, marker: str) -> None:
    args = [
        sys.executable,
        str(WORKER),
        mode,
        str(term.store.path),
        term.key.hex(),
        term.url,
        term.token,
        term.device_id,
        term.os.user_id,
        term.os.username,
        pid,
    ]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line == marker, f"worker said {line!r}: {proc.stderr.read() if proc.stderr else ''}"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL


def test_crash_during_a_local_save_leaves_nothing_half_written(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    before = (len(t1.outbox()), t1.count("SELECT count(*) FROM audit_event"))
    _crash(t1, "save", pid, "SAVE-IN-TRANSACTION")
    assert t1.prisoner(pid).location == "A-1-01"  # type: ignore[union-attr]
    assert (len(t1.outbox()), t1.count("SELECT count(*) FROM audit_event")) == before
    t1.sync_ok()
    assert central.state("prisoner", pid)["location"] == "A-1-01"  # type: ignore[index]
    assert_nothing_lost_or_duplicated(central, t1)


def test_crash_during_a_push_after_the_server_committed_then_restart(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    _crash(t1, "push", pid, "PUSH-COMMITTED")
    assert {o.status for o in t1.outbox()} == {"SENDING"}  # what the crash left behind
    assert central.count("SELECT count(*) FROM change_log") == 3
    report = t1.sync_ok()  # the restart puts them back to PENDING and sends them again
    assert report.acked == 3
    assert central.count("SELECT count(*) FROM change_log") == 3
    assert_nothing_lost_or_duplicated(central, t1)


def test_crash_during_a_pull_then_restart_applies_each_change_once(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pids = [t1.receive(f"A12{i}4BC") for i in range(3)]
    t1.sync_ok()
    _crash(t2, "pull", pids[0], "PULL-IN-TRANSACTION")
    assert t2.count("SELECT count(*) FROM prisoner") == 0  # the page and its cursor were not committed
    assert t2.count("SELECT count(*) FROM sync_state WHERE key = 'cursor'") == 0
    t2.sync_ok()
    assert t2.count("SELECT count(*) FROM prisoner") == 3
    assert t2.count("SELECT count(*) FROM audit_event WHERE action = 'sync.pulled'") == 9
    assert_nothing_lost_or_duplicated(central, t1, t2)
