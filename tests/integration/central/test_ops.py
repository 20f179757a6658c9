"""Operating the central record (issue 11 point 8): workers, migrate, health, readiness, metrics, logs."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_harness import Central, Terminal, change, contact_row, prisoner_row
from sqlalchemy import text

from workbench.central import enrol
from workbench.central.db import head_revision, open_database
from workbench.central.ops import JsonFormatter
from workbench.cli import main
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

pytestmark = pytest.mark.integration


def _metric(text_: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text (0 when absent)."""
    want = ",".join(f'{k}="{v}"' for k, v in labels.items())
    for line in text_.splitlines():
        if line.startswith("#"):
            continue
        key, _, value = line.rpartition(" ")
        if key == (f"{name}{{{want}}}" if want else name):
            return float(value)
    return 0.0


# -- migrate, and serve refusing a schema not at head ------------------------------------------------


def test_serve_refuses_a_database_not_at_head_and_migrate_brings_it_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "central.db"
    url = f"sqlite:///{db_file}"
    assert main(["central", "serve", "--database", url, "--workers", "2"]) == 2
    err = capsys.readouterr().err
    assert "no schema yet" in err and "workbench central migrate" in err
    assert not db_file.exists()  # refusing created nothing

    assert main(["central", "migrate", "--database", url]) == 0
    assert f"to {head_revision()}" in capsys.readouterr().out
    assert main(["central", "migrate", "--database", url]) == 0
    assert "already at head" in capsys.readouterr().out

    # A database left at an older revision is refused too, naming both revisions.
    db = open_database(url)
    with db.write() as conn:
        conn.execute(text("UPDATE central_alembic_version SET version_num = 'c0001'"))
    db.close()
    assert main(["central", "serve", "--database", url]) == 2
    err = capsys.readouterr().err
    assert "schema c0001" in err and head_revision() in err


# -- /healthz, /readyz, /metrics in process -----------------------------------------------------------


def test_health_readiness_and_metrics(central: Central) -> None:
    t = central.mdi
    assert t.client.get("/healthz").json() == {"status": "ok"}
    ready = t.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["schema"] == head_revision()

    before = t.client.get("/metrics").text
    pid, _ = t.receive(central.users["os_mdi"])
    results = t.push(
        change("contact_entry", *_contact(pid, central.users["os_mdi"])),
        change("contact_entry", *_contact(pid, central.users["os_mdi"])),
    )
    assert [r["status"] for r in results] == ["APPLIED", "APPLIED"]
    assert t.client.get(f"/sync/v1/snapshot/{pid}", headers=t.headers()).status_code == 200
    t.pull(after=0)
    foreign = central.lei.push_one(change("contact_entry", *_contact(pid, central.users["os_lei"])))
    assert foreign["status"] == "REJECTED"
    for _ in range(100):  # the feed lag is observed off the event loop, just after the pull's answer
        after = t.client.get("/metrics")
        if _metric(after.text, "workbench_central_feed_lag_changes_count") > _metric(
            before, "workbench_central_feed_lag_changes_count"
        ):
            break
        time.sleep(0.05)
    assert after.headers["content-type"].startswith("text/plain")
    m = after.text

    def delta(name: str, **labels: str) -> float:
        return _metric(m, name, **labels) - _metric(before, name, **labels)

    assert delta("workbench_central_changes_total", result="APPLIED") == 3
    assert delta("workbench_central_changes_total", result="REJECTED") == 1
    assert delta("workbench_central_requests_total", method="POST", route="/sync/v1/push", status="200") == 3
    route = "/sync/v1/snapshot/{prisoner_id}"
    assert delta("workbench_central_requests_total", method="GET", route=route, status="200") == 1
    assert delta("workbench_central_request_seconds_count", method="POST", route="/sync/v1/push") == 3
    assert delta("workbench_central_feed_lag_changes_count") == 1
    assert delta("workbench_central_counter_lock_seconds_count") == 3  # every push that was applied
    assert delta("workbench_central_counter_lock_seconds_sum") > 0
    assert _metric(m, "workbench_central_last_seq") == central.max_seq() == 3
    assert _metric(m, "workbench_central_quarantined_changes") == central.count("quarantine") >= 1
    assert pid not in m  # labels are route templates, never ids from a path

    # A database not at head is not ready (the process is still healthy).
    with central.db.write() as conn:
        conn.execute(text("UPDATE central_alembic_version SET version_num = 'c0001'"))
    not_ready = t.client.get("/readyz")
    assert not_ready.status_code == 503
    assert "migrate" in not_ready.json()["detail"]
    assert t.client.get("/healthz").status_code == 200


def _contact(pid: str, author: str) -> tuple[str, str, str, dict[str, object], str]:
    row = contact_row(pid, author)
    return row["id"], pid, "INSERT", row, author


# -- logs -----------------------------------------------------------------------------------------------


def test_json_log_lines_keep_extra_fields_and_show_tracebacks_only_at_debug() -> None:
    fmt = JsonFormatter()
    try:
        raise ValueError("SELECT ... WHERE family_name = 'Smith'")
    except ValueError:
        exc_info = sys.exc_info()
    record = logging.LogRecord("workbench.central", logging.ERROR, __file__, 1, "failed", None, exc_info)
    record.route = "/sync/v1/push"
    line = json.loads(fmt.format(record))
    assert line["level"] == "ERROR" and line["route"] == "/sync/v1/push" and line["error"] == "ValueError"
    assert "Smith" not in json.dumps(line)
    record.levelno, record.levelname = logging.DEBUG, "DEBUG"
    assert "Smith" in json.loads(fmt.format(record))["traceback"]


# -- several worker processes ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[str, Terminal, str, subprocess.Popen[str], Path]]:
    """``workbench central serve --workers 2`` on a migrated SQLite record with one terminal enrolled."""
    url = f"sqlite:///{tmp_path / 'central.db'}"
    assert main(["central", "migrate", "--database", url]) == 0
    db = open_database(url)
    enrol.add_establishment(db, "MDI", "HMP Moorland")
    author = enrol.add_user(db, "os.mdi", "SUPERVISOR", "MDI")
    device = enrol.add_device(db, "MDI", "Wing A terminal")
    db.close()
    port = _free_port()
    log_file = tmp_path / "serve.log"
    serve_args = ["--port", str(port), "--workers", "2"]
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    with log_file.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "workbench", "central", "serve", "--database", url, *serve_args],
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # worker processes import for seconds on a busy machine
            try:
                if httpx.get(f"{base}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None:
                pytest.fail(f"serve exited:\n{log_file.read_text()}")
            time.sleep(0.2)
        else:
            pytest.fail(f"serve never became ready:\n{log_file.read_text()}")
        with httpx.Client(base_url=base, timeout=30) as client:
            yield author, Terminal(device.device_id, "MDI", device.token, client), base, proc, log_file
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.mark.slow
def test_two_workers_share_one_record_and_one_set_of_metrics(
    two_workers: tuple[str, Terminal, str, subprocess.Popen[str], Path],
) -> None:
    author, t, base, proc, log_file = two_workers
    row = prisoner_row("MDI", family_name="Quinnell", noms_number="A9876ZZ")
    assert t.push_one(change("prisoner", row["id"], row["id"], "INSERT", row, author))["status"] == "APPLIED"
    # Fresh connections, so both workers answer some of them; every change gets its own sequence number.
    for _ in range(12):
        response = httpx.post(
            f"{base}/sync/v1/push",
            json={
                "device_id": t.device_id,
                "changes": [change("contact_entry", *_contact(row["id"], author))],
            },
            headers={PROTOCOL_HEADER: PROTOCOL_VERSION, "Authorization": f"Bearer {t.token}"},
            timeout=30,
        )
        assert response.status_code == 200 and response.json()["results"][0]["status"] == "APPLIED"
    # Protocol 2: the terminal's own changes come back as acknowledgements by id, the rest in full.
    seqs: list[int] = []
    after = 0
    while True:
        page = t.pull(after)
        seqs += [c["server_seq"] for c in page["changes"]] + [a["server_seq"] for a in page["acks"]]
        after = page["next_after"]
        if not page["has_more"]:
            break
    assert sorted(seqs) == list(range(1, 14)) and after == 13

    metrics = httpx.get(f"{base}/metrics", timeout=30).text
    assert _metric(metrics, "workbench_central_changes_total", result="APPLIED") == 13
    assert (
        _metric(
            metrics, "workbench_central_requests_total", method="POST", route="/sync/v1/push", status="200"
        )
        == 13
    )
    assert _metric(metrics, "workbench_central_last_seq") == 13

    proc.send_signal(signal.SIGINT)
    proc.wait(60)
    lines = [json.loads(line) for line in log_file.read_text().splitlines() if line.startswith("{")]
    workers = {line["pid"] for line in lines if line.get("event") == "worker_started"}
    assert len(workers) == 2
    served_by = {line["pid"] for line in lines if line.get("event") == "request"}
    assert served_by <= workers
    text_ = log_file.read_text()
    assert "Quinnell" not in text_ and "A9876ZZ" not in text_  # no personal data in the logs
    requests = [line for line in lines if line.get("event") == "request" and line["route"] == "/sync/v1/push"]
    assert len(requests) == 13 and all(line["status"] == 200 for line in requests)
