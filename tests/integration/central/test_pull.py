"""Pulling from the central record: the changes feed, scope, transfers, grants, snapshots, the epoch."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from central_harness import Central, change, contact_row, stamp
from sqlalchemy import text

from workbench.central.db import mark_restored, utcnow
from workbench.central.embedded import start_embedded
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

pytestmark = pytest.mark.integration


def test_info_and_openapi(central: Central) -> None:
    info = central.mdi.client.get("/sync/v1/info", headers={PROTOCOL_HEADER: PROTOCOL_VERSION}).json()
    assert info["protocol_versions"] == [PROTOCOL_VERSION] and len(info["epoch"]) == 32
    spec = central.mdi.client.get("/openapi.json").json()
    assert {"/sync/v1/push", "/sync/v1/changes", "/sync/v1/snapshot/{prisoner_id}", "/sync/v1/grants"} <= set(
        spec["paths"]
    )
    body = spec["paths"]["/sync/v1/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/PushRequest"}
    assert {"PushRequest", "ChangeIn", "PushResponse", "Problem"} <= set(spec["components"]["schemas"])


def test_feed_shows_only_the_establishments_prisoners_and_pages_without_gaps(central: Central) -> None:
    a, leeds = central.users["os_mdi"], central.users["os_lei"]
    ours = [central.mdi.receive(a)[0] for _ in range(3)]
    theirs, _ = central.lei.receive(leeds)
    for pid in ours:
        note = contact_row(pid, a)
        central.mdi.push_one(change("contact_entry", note["id"], pid, "INSERT", note, a))
    seen: list[int] = []
    after = 0
    while True:
        page = central.mdi2.pull(after, limit=2)
        seen += [c["server_seq"] for c in page["changes"]]
        assert all(c["prisoner_id"] != theirs for c in page["changes"])
        after = page["next_after"]
        if not page["has_more"]:
            break
    assert len(seen) == 6 and seen == sorted(seen)
    assert after == central.max_seq()  # the cursor moved past Leeds' change too
    leeds = central.lei.pull()  # its own reception, acknowledged by id (protocol 2)
    assert leeds["changes"] == [] and [a["entity_id"] for a in leeds["acks"]] == [theirs]


def test_feed_reads_past_long_runs_of_another_establishments_changes(central: Central) -> None:
    """The feed reads sequence numbers in widening windows: a page still finds the next visible change
    however many invisible ones lie between, and never skips or repeats one."""
    a, leeds = central.users["os_mdi"], central.users["os_lei"]
    ours, _ = central.mdi.receive(a)
    theirs, _ = central.lei.receive(leeds)
    expected = []
    for burst in (300, 5, 490):
        notes = [contact_row(theirs, leeds) for _ in range(burst)]
        central.lei.push(*[change("contact_entry", n["id"], theirs, "INSERT", n, leeds) for n in notes])
        mine = contact_row(ours, a)
        expected.append(central.mdi.push_one(change("contact_entry", mine["id"], ours, "INSERT", mine, a)))
    seen: list[int] = []
    after, pages = 0, 0
    while True:
        page = central.mdi2.pull(after, limit=1)
        pages += 1
        assert len(page["changes"]) <= 1
        assert all(c["prisoner_id"] == ours for c in page["changes"])
        seen += [c["server_seq"] for c in page["changes"]]
        after = page["next_after"]
        if not page["has_more"]:
            break
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 4  # the reception and three notes
    assert seen[1:] == [r["server_seq"] for r in expected]
    assert after == central.max_seq() and pages <= 5


def test_transfer_sends_exit_to_the_old_and_enter_to_the_new_establishment(central: Central) -> None:
    a, leeds = central.users["os_mdi"], central.users["os_lei"]
    pid, _ = central.mdi.receive(a)
    _, _, lei_cursor = central.lei.pull_all()
    moved = central.mdi.push_one(
        change(
            "prisoner",
            pid,
            pid,
            "UPDATE",
            {"establishment_code": "LEI", "updated_at": stamp(6)},
            a,
            base_version=1,
        )
    )
    assert moved["status"] == "APPLIED"
    mdi_changes, mdi_events, _ = central.mdi2.pull_all()
    assert [(e["kind"], e["establishment_code"]) for e in mdi_events] == [("EXIT", "MDI")]
    assert mdi_events[0]["server_seq"] == moved["server_seq"] + 1
    assert moved["server_seq"] in [c["server_seq"] for c in mdi_changes]  # the transfer itself reaches MDI
    lei_changes, lei_events, _ = central.lei.pull_all(lei_cursor)
    assert [(e["kind"], e["establishment_code"]) for e in lei_events] == [("ENTER", "LEI")]
    snap = central.lei.client.get(f"/sync/v1/snapshot/{pid}", headers=central.lei.headers())
    assert snap.status_code == 200
    assert snap.json()["entities"][0]["fields"]["establishment_code"] == "LEI"
    assert snap.json()["as_of_seq"] >= lei_events[0]["server_seq"]
    gone = central.mdi.client.get(f"/sync/v1/snapshot/{pid}", headers=central.mdi.headers())
    assert gone.status_code == 404
    # A late edit from the sending prison is accepted and flagged; Leeds sees it.
    note = contact_row(pid, a, summary="Written before the transfer, synced after")
    late = central.mdi.push_one(change("contact_entry", note["id"], pid, "INSERT", note, a))
    assert late["status"] == "APPLIED" and late["flags"] == ["LATE_EDIT"]
    after_late, _, _ = central.lei.pull_all(lei_events[0]["server_seq"])
    assert [c["flags"] for c in after_late] == [["LATE_EDIT"]]
    # Leeds can now write; a Leeds author could not before.
    note2 = contact_row(pid, leeds)
    assert central.lei.push_one(change("contact_entry", note2["id"], pid, "INSERT", note2, leeds))[
        "status"
    ] == ("APPLIED")
    assert not [c for c in lei_changes if c["server_seq"] < moved["server_seq"]]


def test_grants_are_for_managers_time_limited_and_expire_with_an_exit(central: Central) -> None:
    a = central.users["os_mdi"]
    pid, _ = central.mdi.receive(a)
    today = utcnow().date()
    grant = {
        "prisoner_id": pid,
        "establishment_code": "LEI",
        "expires_on": str(today + timedelta(days=7)),
        "reason": "Parole hearing preparation at Leeds",
    }
    headers = central.mdi.headers()
    by_os = central.mdi.client.post("/sync/v1/grants", json={**grant, "granted_by": a}, headers=headers)
    assert by_os.status_code == 403
    too_long = central.mdi.client.post(
        "/sync/v1/grants",
        json={
            **grant,
            "expires_on": str(today + timedelta(days=400)),
            "granted_by": central.users["mgr_mdi"],
        },
        headers=headers,
    )
    assert too_long.status_code == 422
    bad_date = central.mdi.client.post(
        "/sync/v1/grants", json={**grant, "expires_on": "soon"}, headers=headers
    )
    assert bad_date.status_code == 422 and "body.expires_on" in [e["path"] for e in bad_date.json()["errors"]]
    ok = central.mdi.client.post(
        "/sync/v1/grants", json={**grant, "granted_by": central.users["mgr_mdi"]}, headers=headers
    )
    assert ok.status_code == 201, ok.text
    enter_seq = ok.json()["enter_seq"]
    _, events, _ = central.lei.pull_all()
    assert [(e["kind"], e["server_seq"]) for e in events] == [("ENTER", enter_seq)]
    assert (
        central.lei.client.get(f"/sync/v1/snapshot/{pid}", headers=central.lei.headers()).status_code == 200
    )
    with central.db.write() as conn:  # the day passes
        conn.execute(text("UPDATE scope_grant SET expires_on = :d"), {"d": today - timedelta(days=1)})
    _, events, _ = central.lei.pull_all(enter_seq)
    assert [e["kind"] for e in events] == ["EXIT"]
    assert (
        central.lei.client.get(f"/sync/v1/snapshot/{pid}", headers=central.lei.headers()).status_code == 404
    )
    assert central.count("scope_grant", "WHERE closed_at IS NOT NULL") == 1  # kept as the audit record


def test_epoch_changes_after_restore_mark(central: Central) -> None:
    headers = {PROTOCOL_HEADER: PROTOCOL_VERSION}
    before = central.mdi.client.get("/sync/v1/info", headers=headers).json()["epoch"]
    new = mark_restored(central.url)
    after = central.mdi.client.get("/sync/v1/info", headers=headers).json()["epoch"]
    assert before != after == new
    assert central.mdi.pull()["epoch"] == new


def test_unauthenticated_pull_is_refused(central: Central) -> None:
    response = central.mdi.client.get("/sync/v1/changes", headers={PROTOCOL_HEADER: PROTOCOL_VERSION})
    assert response.status_code == 401 and response.headers["WWW-Authenticate"] == "Bearer"
    bad = central.mdi.client.get("/sync/v1/changes?after=-1", headers=central.mdi.headers())
    assert bad.status_code == 422 and bad.json()["errors"][0]["path"] == "query.after"


@pytest.mark.slow
@pytest.mark.parametrize("central", ["postgresql"], indirect=True)
def test_concurrent_pushers_and_a_reader_never_skip_a_change_on_postgresql(central: Central) -> None:
    """Two terminals push in parallel threads while a third pulls in a loop: the union is complete."""
    watcher = central.terminal("MDI", "Wing C terminal (reads only)")
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    per_pusher = 60
    stop = threading.Event()
    pulled: list[int] = []
    errors: list[BaseException] = []

    def pusher(url: str, device: str, token: str, author: str) -> None:
        try:
            with httpx.Client(base_url=url, timeout=30) as client:
                headers = {PROTOCOL_HEADER: PROTOCOL_VERSION, "Authorization": f"Bearer {token}"}
                for _ in range(per_pusher // 3):
                    batch = []
                    for _ in range(3):
                        note = contact_row(pid, author)
                        batch.append(change("contact_entry", note["id"], pid, "INSERT", note, author))
                    r = client.post(
                        "/sync/v1/push", json={"device_id": device, "changes": batch}, headers=headers
                    )
                    assert r.status_code == 200 and all(x["status"] == "APPLIED" for x in r.json()["results"])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        after = 0
        with httpx.Client(base_url=central.running.url, timeout=30) as client:
            while True:
                done = stop.is_set()
                page = client.get(
                    "/sync/v1/changes", params={"after": after, "limit": 7}, headers=watcher.headers()
                ).json()
                pulled.extend(c["server_seq"] for c in page["changes"])
                after = page["next_after"]
                if done and not page["has_more"]:
                    return

    threads = [
        threading.Thread(
            target=pusher, args=(central.running.url, central.mdi.device_id, central.mdi.token, a)
        ),
        threading.Thread(
            target=pusher, args=(central.running.url, central.mdi2.device_id, central.mdi2.token, b)
        ),
    ]
    read = threading.Thread(target=reader)
    read.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    read.join(60)
    assert not errors
    assert pulled == list(range(1, 2 * per_pusher + 2))  # every seq once, in order: no gap, no skip
    assert central.max_seq() == 2 * per_pusher + 1


def test_embedded_server_restarts_and_stops_cleanly(tmp_path: Path) -> None:
    # How fast it starts is measured in benchmarks/bench_embedded_start.py, not asserted here.
    path = tmp_path / "embedded" / "central.db"
    start_embedded(path).stop()  # create and migrate once
    server = start_embedded(path)
    try:
        info = httpx.get(f"{server.url}/sync/v1/info", headers={PROTOCOL_HEADER: PROTOCOL_VERSION})
        assert info.status_code == 200
        assert server.url.startswith("http://127.0.0.1:")
    finally:
        server.stop()
    assert not server.running.thread.is_alive()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.url}/sync/v1/info", headers={PROTOCOL_HEADER: PROTOCOL_VERSION}, timeout=2)
