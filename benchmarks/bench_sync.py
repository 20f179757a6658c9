"""Sync benchmark (issue 4): first sync, incremental sync at two sizes, 200 concurrent terminals.

    .venv/bin/python benchmarks/bench_sync.py [--quick]

Everything runs on this machine in one run, against a throwaway PostgreSQL cluster the script starts
(``initdb``/``pg_ctl`` from /usr/lib/postgresql/*/bin, as the ``postgres`` user when run as root, on
127.0.0.1 only) and stops at the end. The cluster keeps PostgreSQL's durable defaults (``fsync``,
``synchronous_commit`` and ``full_page_writes`` on — the central record answers only after its commit
is on disk) with ``shared_buffers=512MB`` and ``max_wal_size=4GB``. The central record is ONE uvicorn
process (``create_app`` on that database, access log off), started separately from this process.

(a) First sync of an establishment. A terminal store (SQLCipher, the real ``Store``) gets 1,600
    prisoners from ``DemoDataService.generate`` plus extra class-A rows (case-note contact entries and
    historic custody events, written through ``UnitOfWork.add_many`` exactly like the generator) so
    that there are exactly 60 synced rows per prisoner (96,000 outbox changes). The real
    ``SyncClient`` (httpx transport, its default batches of 500 and pages of 1,000 since issue 11;
    200 and 500 before) pushes everything and then pulls the feed, where protocol 2 acknowledges its
    own changes by id instead of sending them back in full. Baseline, same run, same cluster: the same rows
    read from the terminal's tables and written into equivalent plain tables (same columns, types,
    keys, unique columns and indexes; no foreign keys) with one COPY per table in one transaction,
    and with one ``executemany`` INSERT per table; each the median of 3 runs (since 5 Dec 2026).
    The ratio is the protocol's overhead.
(b) Incremental sync of 100 changes (70 new contact entries, 30 prisoner edits, each saved in its
    own local transaction as casework does) — the median of 5 rounds of ``SyncClient.sync()`` — first
    while the central record holds the establishment's 1,600 prisoners, then after it has been grown
    to a region of 20,000. The other 18,400 prisoners (≈1.1 million changes, with their current
    state, version history and scope) are written straight into the central tables with
    INSERT ... SELECT: copies of the establishment's rows as the apply path stored them, given new
    ids, new establishments (R01..R12) and new ``server_seq`` values after the counter, which is
    then advanced; then ANALYZE. Pushing 1.1 million changes through the protocol would take too
    long. The terminal then syncs once (it scans past the region's new sequence numbers, none of
    which it may see; timed and shown separately) before the 5 measured rounds.
(c) 200 simulated terminals against the same server for 60 s (10 s with ``--quick``): asyncio tasks
    in this process, each with its own enrolled device token and author at one of 10 establishments
    (R01..R10), its own httpx connection and small local state (its prisoners, their versions, its
    cursor). They speak the protocol with the shared pydantic messages (``PushRequest``,
    ``PushResponse``, ``ChangesPage``) but have no SQLCipher store. Each loops: push a batch of 1-10
    changes (new contact entries, edits of its own prisoners), retrying the same body on a transport
    error or 5xx, then pull the feed to the end. Throughput = changes acknowledged per second; p50/p99
    latency of push and pull requests. At the end every terminal pulls to the end and the check is:
    every change acknowledged APPLIED/DUPLICATE/CONFLICT is in ``change_log`` exactly once (by
    change_id), and came back exactly once in its own terminal's feed.

``--quick`` runs the same steps at 200 prisoners / a region of 2,000 / 10 s, as a smoke test.
``--profile`` also runs the first sync's server under cProfile and prints its hot spots.
Nothing is asserted on timings (DESIGN.md section 8); the figures go to benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import glob
import json
import math
import os
import platform
import pstats
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy import Column, Index, MetaData, Table, func, select

from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.central import enrol
from workbench.central.db import Database, open_database
from workbench.central.pgtest import DURABLE, PgCluster, PostgresUnavailable, free_port, start_cluster
from workbench.domain.policy import Policy
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from workbench.protocol.messages import (
    MAX_BATCH,
    MAX_PAGE,
    ChangeIn,
    ChangesPage,
    Op,
    PushRequest,
    PushResponse,
)
from workbench.store.engine import Store, open_store
from workbench.store.models import Allocation, ContactEntry, CustodyEvent, Outbox, Prisoner
from workbench.store.models import Base as StoreBase
from workbench.store.registry import SYNCED_MODELS as STORE_SYNCED_MODELS
from workbench.store.unit_of_work import Actor, UnitOfWork
from workbench.sync.client import SyncClient, SyncConfig
from workbench.sync.identity import local_users
from workbench.sync.transport import HttpxTransport, RetryPolicy, SyncApi

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
TODAY = date(2026, 11, 26)
ROWS_PER_PRISONER = 60
# Every table of a syncable entity (the demo also writes assessments, needs and protective factors),
# in foreign-key order.
SYNCED_TABLES = [
    t for t in StoreBase.metadata.sorted_tables if t.name in {m.__table__.name for m in STORE_SYNCED_MODELS}
]
SEED = 2012

# -- PostgreSQL: a throwaway cluster (workbench.central.pgtest, shared with the tests) ---------------


def _start_cluster() -> PgCluster:
    """A durable cluster (fsync on, like production) for the measurements."""
    try:
        return start_cluster(DURABLE, label="bench-sync", max_connections=400, sync_init=True)
    except PostgresUnavailable as exc:
        raise SystemExit(f"PostgreSQL is needed: {exc}") from None


def _cpu_seconds(pid: int) -> float:
    """user+system CPU seconds of a process (from /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pg_cpu_seconds(cluster: PgCluster) -> float:
    """CPU seconds of the postmaster and its live children (backends, WAL writer, checkpointer)."""
    root = cluster.postmaster_pid()
    total = _cpu_seconds(root)
    try:  # children that have exited (backends of closed connections) are in the postmaster's cutime
        fields = Path(f"/proc/{root}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        pass
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            parts = Path(stat).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(parts[1]) == root:
            total += (int(parts[11]) + int(parts[12])) / os.sysconf("SC_CLK_TCK")
    return total


# -- the central record: one uvicorn process ---------------------------------------------------------

SERVER = """
import sys, uvicorn
from workbench.central.app import create_app
from workbench.central.workers import settle_worker_heap
url, port, profile = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = create_app(url)
settle_worker_heap()  # as each worker of `workbench central serve` does
if profile:
    # Run the endpoints' blocking work inline on the event loop's thread (one client at a time is
    # profiled), so one cProfile sees all of it.
    import cProfile, fastapi.dependencies.utils, fastapi.routing, workbench.central.app as central_app
    async def inline(func, *args, **kwargs):
        return func(*args, **kwargs)
    central_app.run_in_threadpool = inline
    fastapi.routing.run_in_threadpool = inline
    fastapi.dependencies.utils.run_in_threadpool = inline
    prof = cProfile.Profile()
    prof.enable()
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
if profile:
    prof.disable()
    prof.dump_stats(profile)
"""


class ServerProcess:
    """``create_app(url)`` under uvicorn in its own process on 127.0.0.1."""

    def __init__(self, url: str, profile: Path | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, url, str(self.port), str(profile or "")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(
                    f"{self.url}/sync/v1/info", headers={PROTOCOL_HEADER: PROTOCOL_VERSION}, timeout=2
                )
                if r.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise SystemExit(f"the central record did not start:\n{err}")
            time.sleep(0.1)

    def cpu(self) -> float:
        return _cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# -- the terminal: a real store with an establishment's records ---------------------------------------

CASE_NOTES = (
    "Seen on the wing for a key work session. Discussed progress on the sentence plan objectives and the "
    "referral to the thinking skills programme; he says he is keen to start but is worried about the "
    "waiting list. Agreed to chase education about the level 2 maths place.",
    "Telephone contact with the community offender manager about release planning: accommodation is not "
    "yet confirmed, the approved premises referral has been made. Next review in four weeks.",
    "Attended the OMU for a sentence planning meeting. Risk factors reviewed (substance misuse, "
    "associates). Drug test negative this month. Encouraged to keep engaging with the recovery worker.",
    "Brief contact at the servery; he asked about visits for his children. Signposted to the family "
    "services worker and noted the request for the contact log.",
    "Adjudication last week for a minor incident (refusing to lock up). Discussed the impact on his IEP "
    "level and on a future Cat D application. He accepted the outcome and wants to move on.",
    "Victim contact scheme update received from probation; licence conditions proposed include an "
    "exclusion zone. Explained the conditions and the reasons; he understood and did not dispute them.",
)
OTHER_PRISONS = ("LEI", "MDI", "HMP", "WDI", "NMI", "DWI", "BWI", "FMI")


@dataclass
class Terminal:
    store: Store
    ctx: ServiceContext
    manager: Any
    rows: dict[str, int]
    generate_s: float


def build_terminal(root: Path, prisoners: int) -> Terminal:
    """A terminal store with ``prisoners`` demo prisoners and exactly 60 synced rows per prisoner."""
    t0 = time.perf_counter()
    store = open_store(root / "terminal.db", os.urandom(32))
    ctx = ServiceContext(store, Policy(), today=lambda: TODAY)
    demo = DemoDataService(ctx)
    manager, _ = demo.ensure_demo_users()
    demo.generate(manager, prisoners=prisoners, seed=SEED)
    rng = random.Random(SEED)
    with store.read() as s:
        pids = list(s.scalars(select(Prisoner.id).order_by(Prisoner.id)))
        arrived = dict(s.execute(select(Prisoner.id, Prisoner.arrived_on)).all())
        staff = list(
            s.execute(
                select(Allocation.staff_user_id, Allocation.staff_name)
                .where(Allocation.staff_user_id.is_not(None))
                .distinct()
            )
        )
        demo_rows = int(s.scalar(select(func.count()).select_from(Outbox)) or 0)
    # Historic movements before this establishment (2 per prisoner: in and out of another prison),
    # then case notes up to 60 rows per prisoner in all, spread at random over the prisoners.
    custody: list[dict[str, Any]] = []
    for pid in pids:
        other = rng.choice(OTHER_PRISONS)
        left = arrived[pid] - timedelta(days=rng.randrange(30, 400))
        came = left - timedelta(days=rng.randrange(60, 900))
        custody.append(
            {
                "prisoner_id": pid,
                "event_type": "TRANSFER_IN",
                "event_date": came,
                "establishment_code": other,
                "other_establishment": "",
                "note": "historic movement",
            }
        )
        custody.append(
            {
                "prisoner_id": pid,
                "event_type": "TRANSFER_OUT",
                "event_date": left,
                "establishment_code": other,
                "other_establishment": "DMO",
                "note": "",
            }
        )
    notes_total = ROWS_PER_PRISONER * prisoners - demo_rows - len(custody)
    contacts: list[dict[str, Any]] = []
    for _ in range(notes_total):
        pid = rng.choice(pids)
        author_id, author_name = rng.choice(staff) if staff else (manager.user_id, manager.display_name)
        contacts.append(
            {
                "prisoner_id": pid,
                "contact_date": arrived[pid] + timedelta(days=rng.randrange(0, 200)),
                "kind": "CASE_NOTE",
                "summary": rng.choice(CASE_NOTES),
                "author_id": author_id,
                "author_name": author_name,
            }
        )
    chunk = 20_000
    for i in range(0, len(contacts), chunk):
        with UnitOfWork(store, Actor(manager.user_id, manager.username)) as uow:
            if i == 0:
                uow.add_many(CustodyEvent, custody, "custody_event.recorded")
            uow.add_many(ContactEntry, contacts[i : i + chunk], "contact.recorded")
    with store.read() as s:
        rows = {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0) for t in SYNCED_TABLES}
        rows["outbox"] = int(s.scalar(select(func.count()).select_from(Outbox)) or 0)
    return Terminal(store, ctx, manager, rows, time.perf_counter() - t0)


def enrol_terminal(db: Database, store: Store, name: str) -> tuple[str, str]:
    """Enrol the terminal's users and the terminal itself; return (device id, token)."""
    for user in local_users(store):
        enrol.add_user(
            db,
            user.username,
            user.role,
            user.establishment_code,
            user_id=user.user_id,
            display_name=user.display_name,
        )
    device = enrol.add_device(db, "DMO", name)
    return device.device_id, device.token


def sync_client(store: Store, url: str, device_id: str, token: str) -> SyncClient:
    api = SyncApi(HttpxTransport(url, token, timeout=120), RetryPolicy(max_attempts=5, base_delay=0.5))
    return SyncClient(store, api, SyncConfig(device_id))


# -- (a) first sync vs a plain bulk insert ------------------------------------------------------------


def _plain_tables(schema: str) -> MetaData:
    """The synced tables' columns, types, keys, unique columns and indexes; no foreign keys."""
    md = MetaData(schema=schema)
    for t in SYNCED_TABLES:
        columns = [Column(c.name, c.type, primary_key=c.primary_key, unique=c.unique) for c in t.columns]
        plain = Table(t.name, md, *columns, schema=schema)
        for i, idx in enumerate(t.indexes):
            Index(idx.name or f"ix_{t.name}_{i}", *[plain.c[c.name] for c in idx.columns], unique=idx.unique)
    return md


def plain_baseline(store: Store, url: str, runs: int = 3) -> dict[str, float]:
    """Seconds to copy the same rows into equivalent plain tables: COPY, and executemany INSERT.

    Each is the median of ``runs`` (a single COPY varied by half from run to run on this machine).
    """
    rounds = [_plain_baseline_once(store, url) for _ in range(runs)]
    return {m: statistics.median(r[m] for r in rounds) for m in ("copy", "insert")}


def _plain_baseline_once(store: Store, url: str) -> dict[str, float]:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    results: dict[str, float] = {}
    for method in ("copy", "insert"):
        schema = f"plain_{method}"
        md = _plain_tables(schema)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
            md.create_all(conn)
        t0 = time.perf_counter()
        with psycopg.connect(url.replace("+psycopg", "")) as pg, pg.cursor() as cur:
            for table in SYNCED_TABLES:
                cols = [c.name for c in table.columns]
                with store.read() as s:
                    rows = [tuple(r) for r in s.execute(select(*table.columns))]
                names = ", ".join(cols)
                if method == "copy":
                    with cur.copy(f"COPY {schema}.{table.name} ({names}) FROM STDIN") as cp:
                        for row in rows:
                            cp.write_row(row)
                else:
                    marks = ", ".join(["%s"] * len(cols))
                    cur.executemany(f"INSERT INTO {schema}.{table.name} ({names}) VALUES ({marks})", rows)
            pg.commit()
        results[method] = time.perf_counter() - t0
    engine.dispose()
    return results


def central_size(url: str) -> dict[str, int]:
    with psycopg.connect(url.replace("+psycopg", "")) as pg:
        out = {}
        for t in ("change_log", "entity_state", "entity_version", "raw_push"):
            out[t] = int(pg.execute(f"SELECT pg_total_relation_size('{t}')").fetchone()[0])  # type: ignore[index]
        out["database"] = int(pg.execute("SELECT pg_database_size(current_database())").fetchone()[0])  # type: ignore[index]
        return out


def first_sync(client: SyncClient, server: ServerProcess, cluster: PgCluster) -> dict[str, Any]:
    cpu0 = (server.cpu(), _pg_cpu_seconds(cluster), time.process_time())
    t0 = time.perf_counter()
    pushed = client.sync(pull=False)
    t1 = time.perf_counter()
    cpu_mid = (server.cpu(), _pg_cpu_seconds(cluster), time.process_time())
    pulled = client.sync(push=False)
    t2 = time.perf_counter()
    cpu1 = (server.cpu(), _pg_cpu_seconds(cluster), time.process_time())
    if not pushed.ok or not pulled.ok:
        raise SystemExit(f"first sync failed: {pushed.error or pulled.error}")
    return {
        "push_s": t1 - t0,
        "pull_s": t2 - t1,
        "total_s": t2 - t0,
        "pushed": pushed.pushed,
        "acked": pushed.acked + pulled.acked,
        "pulled": pulled.pulled,
        "pages": pulled.pages,
        "cpu_server_s": cpu1[0] - cpu0[0],
        "cpu_pg_s": cpu1[1] - cpu0[1],
        "cpu_terminal_s": cpu1[2] - cpu0[2],
        "cpu_push_s": [cpu_mid[k] - cpu0[k] for k in range(3)],  # server, PostgreSQL, terminal
        "cpu_pull_s": [cpu1[k] - cpu_mid[k] for k in range(3)],
    }


# -- (b) incremental sync at two sizes ---------------------------------------------------------------


def make_changes(term: Terminal, rng: random.Random, n: int = 100) -> None:
    """``n`` changes, each in its own local transaction: 70% new contact entries, 30% prisoner edits."""
    actor = Actor(term.manager.user_id, term.manager.username)
    with term.store.read() as s:
        pids = list(s.scalars(select(Prisoner.id).where(Prisoner.left_scope_at.is_(None))))
    for i in range(n):
        pid = rng.choice(pids)
        with UnitOfWork(term.store, actor) as uow:
            if i % 10 < 7:
                uow.add(
                    ContactEntry(
                        prisoner_id=pid,
                        contact_date=TODAY,
                        kind="CASE_NOTE",
                        summary=rng.choice(CASE_NOTES),
                        author_id=actor.user_id,
                        author_name=term.manager.display_name,
                    ),
                    "contact.recorded",
                )
            else:
                row = uow.session.get(Prisoner, pid)
                assert row is not None
                location = row.location
                while location == row.location:  # a real edit, so it is one outbox change
                    location = f"{rng.choice('ABCDEFG')}-{rng.randrange(1, 5)}-{rng.randrange(1, 40):02d}"
                uow.update(row, "prisoner.edited", location=location)


def incremental_rounds(term: Terminal, client: SyncClient, rounds: int, rng: random.Random) -> list[float]:
    times = []
    for _ in range(rounds):
        make_changes(term, rng)
        t0 = time.perf_counter()
        report = client.sync()
        times.append(time.perf_counter() - t0)
        if not report.ok or report.pushed != 100 or report.acked != 100:
            raise SystemExit(
                f"incremental sync failed: pushed {report.pushed}, acked {report.acked}, error {report.error}"
            )
    return times


GROW_SQL = """
CREATE TEMP TABLE sel AS
  SELECT prisoner_id, row_number() OVER (ORDER BY prisoner_id) AS n
  FROM prisoner_location WHERE establishment_code = 'DMO';
CREATE TEMP TABLE seqmap AS
  SELECT c.server_seq AS old_seq, row_number() OVER (ORDER BY c.server_seq) AS rn
  FROM change_log c JOIN sel ON sel.prisoner_id = c.prisoner_id AND sel.n <= %(n)s;
CREATE INDEX ON seqmap (old_seq);
ANALYZE sel; ANALYZE seqmap;
"""

COPY_SQL = """
INSERT INTO change_log (server_seq, change_id, payload_hash, entity, entity_id, prisoner_id, op, version,
  patch_json, applied_json, conflicts_json, flags, author_id, device_id, applied_at, result_json)
SELECT %(base)s + m.rn, md5(c.change_id || %(k)s)::uuid::text, c.payload_hash, c.entity,
  md5(c.entity_id || %(k)s)::uuid::text, md5(c.prisoner_id || %(k)s)::uuid::text, c.op, c.version,
  replace(replace(replace(c.patch_json, c.entity_id, md5(c.entity_id || %(k)s)::uuid::text), c.prisoner_id,
    md5(c.prisoner_id || %(k)s)::uuid::text), '"establishment_code":"DMO"', %(est_json)s),
  replace(replace(replace(c.applied_json, c.entity_id, md5(c.entity_id || %(k)s)::uuid::text), c.prisoner_id,
    md5(c.prisoner_id || %(k)s)::uuid::text), '"establishment_code":"DMO"', %(est_json)s),
  c.conflicts_json, c.flags, %(author)s, %(device)s, c.applied_at,
  jsonb_set(jsonb_set(c.result_json::jsonb, '{change_id}', to_jsonb(md5(c.change_id || %(k)s)::uuid::text)),
    '{server_seq}', to_jsonb(%(base)s + m.rn))::text
FROM change_log c JOIN seqmap m ON m.old_seq = c.server_seq;

INSERT INTO entity_state (entity, entity_id, prisoner_id, version, fields_json, deleted, owner, server_seq)
SELECT s.entity, md5(s.entity_id || %(k)s)::uuid::text, md5(s.prisoner_id || %(k)s)::uuid::text, s.version,
  replace(replace(replace(s.fields_json, s.entity_id, md5(s.entity_id || %(k)s)::uuid::text), s.prisoner_id,
    md5(s.prisoner_id || %(k)s)::uuid::text), '"establishment_code":"DMO"', %(est_json)s),
  s.deleted, s.owner, %(base)s + m.rn
FROM entity_state s JOIN seqmap m ON m.old_seq = s.server_seq;

INSERT INTO entity_version (entity, entity_id, version, fields_json, server_seq)
SELECT v.entity, md5(v.entity_id || %(k)s)::uuid::text, v.version,
  replace(replace(replace(v.fields_json, v.entity_id, md5(v.entity_id || %(k)s)::uuid::text), c.prisoner_id,
    md5(c.prisoner_id || %(k)s)::uuid::text), '"establishment_code":"DMO"', %(est_json)s),
  %(base)s + m.rn
FROM entity_version v JOIN seqmap m ON m.old_seq = v.server_seq
JOIN change_log c ON c.server_seq = v.server_seq;

INSERT INTO prisoner_location (prisoner_id, establishment_code, since_seq)
SELECT md5(l.prisoner_id || %(k)s)::uuid::text, %(est)s, %(base)s + m.rn
FROM prisoner_location l JOIN sel ON sel.prisoner_id = l.prisoner_id AND sel.n <= %(n)s
JOIN seqmap m ON m.old_seq = l.since_seq;

INSERT INTO scope_interval (prisoner_id, establishment_code, from_seq)
SELECT md5(i.prisoner_id || %(k)s)::uuid::text, %(est)s, %(base)s + m.rn
FROM scope_interval i JOIN sel ON sel.prisoner_id = i.prisoner_id AND sel.n <= %(n)s
JOIN seqmap m ON m.old_seq = i.from_seq
WHERE i.establishment_code = 'DMO' AND i.to_seq IS NULL AND i.grant_id IS NULL;
"""


def grow_region(db: Database, url: str, establishment_prisoners: int, region: int) -> dict[str, Any]:
    """Grow the central record to ``region`` prisoners with copies of DMO's rows at R01, R02, ..."""
    t0 = time.perf_counter()
    extra = region - establishment_prisoners
    copies = math.ceil(extra / establishment_prisoners)
    codes = [f"R{k:02d}" for k in range(1, copies + 1)]
    for code in codes:
        enrol.add_establishment(db, code, f"Regional prison {code}")
    authors = {code: enrol.add_user(db, f"os.{code.lower()}", "SUPERVISOR", code) for code in codes}
    devices = {code: enrol.add_device(db, code, f"{code} OMU terminal").device_id for code in codes}
    added = 0
    with psycopg.connect(url.replace("+psycopg", "")) as pg:
        with pg.transaction():
            base = int(pg.execute("SELECT value FROM seq_counter WHERE id = 1 FOR UPDATE").fetchone()[0])  # type: ignore[index]
            remaining = extra
            for k, code in enumerate(codes, start=1):
                n = min(establishment_prisoners, remaining)
                remaining -= n
                for stmt in GROW_SQL.split(";"):
                    if stmt.strip():
                        pg.execute(stmt, {"n": n} if "%(" in stmt else None)
                params = {
                    "base": base,
                    "k": f":{k}",
                    "est": code,
                    "est_json": f'"establishment_code":"{code}"',
                    "author": authors[code],
                    "device": devices[code],
                    "n": n,
                }
                for stmt in COPY_SQL.split(";\n"):
                    if stmt.strip():
                        pg.execute(stmt, params)
                used = int(pg.execute("SELECT count(*) FROM seqmap").fetchone()[0])  # type: ignore[index]
                base += used
                added += used
                pg.execute("DROP TABLE sel; DROP TABLE seqmap")
            pg.execute("UPDATE seq_counter SET value = %s WHERE id = 1", (base,))
        pg.autocommit = True
        pg.execute("ANALYZE")
        prisoners = int(pg.execute("SELECT count(*) FROM prisoner_location").fetchone()[0])  # type: ignore[index]
        changes = int(pg.execute("SELECT count(*) FROM change_log").fetchone()[0])  # type: ignore[index]
    return {
        "seconds": time.perf_counter() - t0,
        "added_changes": added,
        "prisoners": prisoners,
        "changes": changes,
    }


# -- (c) 200 simulated terminals ---------------------------------------------------------------------


CREATED_AT = datetime(2026, 11, 26, 9)


def _stamp() -> str:
    return "2026-11-26T09:00:00"


def _prisoner_row(pid: str, establishment: str, noms: str) -> dict[str, Any]:
    return {
        "id": pid,
        "prisoner_id": pid,
        "created_at": _stamp(),
        "updated_at": _stamp(),
        "deleted_at": None,
        "deleted_by": None,
        "delete_reason": None,
        "noms_number": noms,
        "family_name": "Bench",
        "given_name": "Terminal",
        "date_of_birth": "1985-03-02",
        "gender": "MALE",
        "establishment_code": establishment,
        "location": "A-1-01",
        "arrived_on": "2026-11-20",
        "is_ppo": False,
        "rosh_level": "MEDIUM",
        "left_scope_at": None,
    }


def _contact_row(cid: str, pid: str, author: str, summary: str) -> dict[str, Any]:
    return {
        "id": cid,
        "prisoner_id": pid,
        "created_at": _stamp(),
        "updated_at": _stamp(),
        "deleted_at": None,
        "deleted_by": None,
        "delete_reason": None,
        "contact_date": "2026-11-26",
        "kind": "CASE_NOTE",
        "summary": summary,
        "author_id": author,
        "author_name": "Bench Supervisor",
        "supersedes_id": None,
    }


@dataclass
class SimTerminal:
    """A lightweight terminal: a device token, an author, its prisoners (id → version), a cursor."""

    index: int
    device_id: str
    token: str
    establishment: str
    author: str
    rng: random.Random
    cursor: int = 0
    prisoners: dict[str, int] = field(default_factory=dict)
    acked: dict[str, str] = field(default_factory=dict)  # change_id → status
    rejected: list[str] = field(default_factory=list)
    unconfirmed: set[str] = field(default_factory=set)  # sent, no answer after every retry
    feed_own: Counter[str] = field(default_factory=Counter)  # own change ids seen coming back
    feed_seqs: Counter[int] = field(default_factory=Counter)
    push_lat: list[float] = field(default_factory=list)
    pull_lat: list[float] = field(default_factory=list)
    acked_in_window: int = 0
    retries: int = 0

    def headers(self) -> dict[str, str]:
        return {
            PROTOCOL_HEADER: PROTOCOL_VERSION,
            "Authorization": f"Bearer {self.token}",
            "Content-Type": "application/json",
        }

    def change(
        self,
        entity: str,
        entity_id: str,
        pid: str,
        op: Op,
        patch: dict[str, Any],
        base_version: int | None = None,
    ) -> ChangeIn:
        return ChangeIn(
            change_id=uuid.uuid4(),
            entity=entity,
            entity_id=uuid.UUID(entity_id),
            prisoner_id=uuid.UUID(pid),
            op=op,
            base_version=base_version,
            patch=patch,
            author_id=uuid.UUID(self.author),
            created_at=CREATED_AT,
        )

    def receive(self, n: int) -> list[ChangeIn]:
        out = []
        for j in range(n):
            pid = str(uuid.uuid4())
            noms = f"{'ABCDEFGHJK'[self.index % 10]}{self.index:04d}{'ABCDEFGHJK'[j % 10]}Z"
            out.append(
                self.change("prisoner", pid, pid, Op.INSERT, _prisoner_row(pid, self.establishment, noms))
            )
        return out

    def batch(self) -> list[ChangeIn]:
        out = []
        edited: set[str] = set()
        for _ in range(self.rng.randint(1, 10) if self.prisoners else 0):
            pid = self.rng.choice(list(self.prisoners))
            if self.rng.random() < 0.7 or pid in edited:
                cid = str(uuid.uuid4())
                out.append(
                    self.change(
                        "contact_entry",
                        cid,
                        pid,
                        Op.INSERT,
                        _contact_row(cid, pid, self.author, self.rng.choice(CASE_NOTES)),
                    )
                )
            else:
                edited.add(pid)  # one edit per record per batch: its base version is then known
                loc = (
                    f"{self.rng.choice('ABCDEFG')}-{self.rng.randrange(1, 5)}-{self.rng.randrange(1, 40):02d}"
                )
                out.append(
                    self.change(
                        "prisoner",
                        pid,
                        pid,
                        Op.UPDATE,
                        {"location": loc, "updated_at": _stamp()},
                        self.prisoners[pid],
                    )
                )
        return out


async def _push(
    client: httpx.AsyncClient, term: SimTerminal, changes: list[ChangeIn], window_end: float, record: bool
) -> None:
    body = PushRequest(device_id=uuid.UUID(term.device_id), changes=changes).model_dump_json().encode()
    for attempt in range(8):
        t0 = time.perf_counter()
        try:
            r = await client.post("/sync/v1/push", content=body, headers=term.headers())
        except httpx.HTTPError:
            r = None
        t1 = time.perf_counter()
        if r is not None and r.status_code == 200:
            if record and t0 < window_end:
                term.push_lat.append(t1 - t0)
            response = PushResponse.model_validate_json(r.content)
            by_id = {c.change_id: c for c in changes}
            for result in response.results:
                cid = str(result.change_id)
                if result.status.value == "REJECTED":
                    term.rejected.append(cid)
                    continue
                term.acked[cid] = result.status.value
                term.unconfirmed.discard(cid)
                if record and t1 <= window_end:
                    term.acked_in_window += 1
                sent = by_id[result.change_id]
                if sent.entity == "prisoner" and result.version is not None:
                    term.prisoners[str(sent.entity_id)] = max(
                        term.prisoners.get(str(sent.entity_id), 0), result.version
                    )
            return
        term.retries += 1
        await asyncio.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + term.rng.random() / 2))
    term.unconfirmed.update(str(c.change_id) for c in changes)


async def _pull(client: httpx.AsyncClient, term: SimTerminal, window_end: float, record: bool) -> None:
    while True:
        t0 = time.perf_counter()
        try:
            r = await client.get(
                "/sync/v1/changes", params={"after": term.cursor, "limit": 500}, headers=term.headers()
            )
        except httpx.HTTPError:
            term.retries += 1
            await asyncio.sleep(0.2)
            continue
        t1 = time.perf_counter()
        if r.status_code != 200:
            term.retries += 1
            await asyncio.sleep(0.2)
            continue
        if record and t0 < window_end:
            term.pull_lat.append(t1 - t0)
        page = ChangesPage.model_validate_json(r.content)
        for c in page.changes:
            term.feed_seqs[c.server_seq] += 1
            if c.device_id is not None and str(c.device_id) == term.device_id:
                term.feed_own[str(c.change_id)] += 1
        for a in page.acks:  # protocol 2: its own changes come back as acknowledgements by id
            term.feed_seqs[a.server_seq] += 1
            term.feed_own[str(a.change_id)] += 1
        term.cursor = max(term.cursor, page.next_after)
        if not page.has_more:
            return


async def _terminal_loop(term: SimTerminal, base_url: str, start: float, end: float) -> None:
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as client:
        await _push(client, term, term.receive(3), end, record=False)
        await _pull(client, term, end, record=False)
        while time.perf_counter() < start:
            await asyncio.sleep(0.01)
        while time.perf_counter() < end:
            changes = term.batch()
            if changes:
                await _push(client, term, changes, end, record=True)
            await _pull(client, term, end, record=True)
        await _pull(client, term, end, record=False)  # drain: everything up to now comes back


def concurrent_terminals(
    db: Database, url: str, server: ServerProcess, cluster: PgCluster, n: int, seconds: float
) -> dict[str, Any]:
    codes = [f"R{k:02d}" for k in range(1, 11)]
    for code in codes:
        enrol.add_establishment(db, code)
    with psycopg.connect(url.replace("+psycopg", "")) as pg:
        top = int(pg.execute("SELECT value FROM seq_counter").fetchone()[0])  # type: ignore[index]
    terms = []
    for i in range(n):
        code = codes[i % len(codes)]
        author = enrol.add_user(db, f"sim.{i:03d}", "SUPERVISOR", code)
        device = enrol.add_device(db, code, f"simulated terminal {i:03d}")
        # Terminals start caught up (cursor at the top): the region's history is not theirs to pull.
        terms.append(
            SimTerminal(i, device.device_id, device.token, code, author, random.Random(SEED + i), cursor=top)
        )

    async def run() -> float:
        start = time.perf_counter() + 5.0  # every terminal has received its prisoners by then
        end = start + seconds
        await asyncio.gather(*(_terminal_loop(t, server.url, start, end) for t in terms))
        return start

    cpu0 = (server.cpu(), _pg_cpu_seconds(cluster), time.process_time())
    t0 = time.perf_counter()
    asyncio.run(run())
    wall = time.perf_counter() - t0
    cpu1 = (server.cpu(), _pg_cpu_seconds(cluster), time.process_time())

    device_ids = [t.device_id for t in terms]
    with psycopg.connect(url.replace("+psycopg", "")) as pg:
        rows = pg.execute(
            "SELECT change_id, count(*) FROM change_log WHERE device_id = ANY(%s) GROUP BY change_id",
            (device_ids,),
        ).fetchall()
    on_server = {cid: int(count) for cid, count in rows}
    acked = {cid for t in terms for cid in t.acked}
    lost = [cid for cid in acked if cid not in on_server]
    duplicated = [cid for cid, count in on_server.items() if count != 1]
    unanswered = {cid for t in terms for cid in t.unconfirmed} - acked
    not_acked_on_server = [cid for cid in on_server if cid not in acked]
    feed_missing = sum(1 for t in terms for cid in t.acked if t.feed_own[cid] == 0)
    feed_dup = sum(1 for t in terms for cid, k in t.feed_own.items() if k > 1) + sum(
        1 for t in terms for k in t.feed_seqs.values() if k > 1
    )
    push_lat = sorted(x for t in terms for x in t.push_lat)
    pull_lat = sorted(x for t in terms for x in t.pull_lat)
    in_window = sum(t.acked_in_window for t in terms)
    return {
        "terminals": n,
        "seconds": seconds,
        "acked_in_window": in_window,
        "throughput": in_window / seconds,
        "pushes": len(push_lat),
        "pulls": len(pull_lat),
        "push_p50_ms": _pct(push_lat, 50),
        "push_p99_ms": _pct(push_lat, 99),
        "pull_p50_ms": _pct(pull_lat, 50),
        "pull_p99_ms": _pct(pull_lat, 99),
        "acked_total": len(acked),
        "on_server": len(on_server),
        "lost": len(lost),
        "duplicated": len(duplicated),
        "rejected": sum(len(t.rejected) for t in terms),
        "unanswered": len(unanswered),
        "applied_unacked": len(not_acked_on_server),
        "feed_missing": feed_missing,
        "feed_duplicated": feed_dup,
        "retries": sum(t.retries for t in terms),
        "delivered": sum(sum(t.feed_seqs.values()) for t in terms),
        "statuses": dict(Counter(s for t in terms for s in t.acked.values())),
        "wall_s": wall,
        "cpu_server_s": cpu1[0] - cpu0[0],
        "cpu_pg_s": cpu1[1] - cpu0[1],
        "cpu_clients_s": cpu1[2] - cpu0[2],
    }


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    k = min(len(values) - 1, max(0, math.ceil(p / 100 * len(values)) - 1))
    return values[k] * 1000


# -- the run -----------------------------------------------------------------------------------------


def _profile_first_sync(cluster: PgCluster, prisoners: int, work: Path) -> None:
    """The first sync of a small establishment with the server under cProfile; prints the hot spots."""
    url = cluster.new_database("central_profile")
    db = open_database(url)
    term = build_terminal(work / "profile", prisoners)
    device_id, token = enrol_terminal(db, term.store, "profiled terminal")
    stats_path = work / "server.prof"
    server = ServerProcess(url, profile=stats_path)
    client = sync_client(term.store, server.url, device_id, token)
    prof = cProfile.Profile()
    prof.enable()
    result = first_sync(client, server, cluster)
    prof.disable()
    client.close()
    server.stop()
    db.close()
    term.store.close()
    print(
        f"\nprofile of a first sync of {prisoners} prisoners ({result['pushed']:,} changes): "
        f"push {result['push_s']:.1f} s, pull {result['pull_s']:.1f} s"
    )
    if stats_path.exists():
        print("\n-- central record (server process), by cumulative time --")
        pstats.Stats(str(stats_path)).sort_stats("cumulative").print_stats(35)
        print("\n-- central record, by own time --")
        pstats.Stats(str(stats_path)).sort_stats("tottime").print_stats(25)
    print("\n-- terminal (this process), by own time --")
    pstats.Stats(prof).sort_stats("tottime").print_stats(20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 prisoners, region 2,000, 10 s of load")
    parser.add_argument("--profile", action="store_true", help="also profile a first sync (server cProfile)")
    parser.add_argument(
        "--first-sync-only", action="store_true", help="only step (a): first sync against COPY (issue 11)"
    )
    parser.add_argument("--prisoners", type=int, default=None, help="prisoners for step (a) (default 1,600)")
    args = parser.parse_args()
    prisoners, region, seconds, rounds = (200, 2_000, 10.0, 3) if args.quick else (1_600, 20_000, 60.0, 5)
    if args.prisoners:
        prisoners = args.prisoners
    n_terminals = 200
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="wb-bench-sync-"))
    cluster = _start_cluster()
    server: ServerProcess | None = None
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}, "
        f"PostgreSQL {cluster.version}",
        "command": " ".join(["benchmarks/bench_sync.py", *sys.argv[1:]]),
    }
    try:
        print(f"PostgreSQL {cluster.version} on 127.0.0.1:{cluster.port} (durable settings); work dir {work}")
        if args.profile:
            _profile_first_sync(cluster, 200, work)
        url = cluster.new_database("central_bench")
        db = open_database(url)

        print(
            f"building a terminal with {prisoners:,} demo prisoners and {ROWS_PER_PRISONER} rows each ...",
            flush=True,
        )
        term = build_terminal(work, prisoners)
        print(f"  built in {term.generate_s:.1f} s: {term.rows}", flush=True)
        device_id, token = enrol_terminal(db, term.store, "benchmark terminal")
        server = ServerProcess(url)
        client = sync_client(term.store, server.url, device_id, token)

        print("(a) first sync ...", flush=True)
        a = first_sync(client, server, cluster)
        a["size"] = central_size(url)
        print(f"  push {a['push_s']:.1f} s, pull {a['pull_s']:.1f} s", flush=True)
        base = plain_baseline(term.store, url)
        a["copy_s"], a["insert_s"] = base["copy"], base["insert"]
        results["a"] = {**a, "rows": term.rows}
        if args.first_sync_only:
            client.close()
            db.close()
            term.store.close()
            results["first_sync_only"] = prisoners
            return _finish(results, started, args.quick)

        print("(b) incremental syncs ...", flush=True)
        rng = random.Random(SEED)
        small = incremental_rounds(term, client, rounds, rng)
        grown = grow_region(db, url, prisoners, region)
        print(
            f"  grew the central record to {grown['prisoners']:,} prisoners / {grown['changes']:,} changes "
            f"in {grown['seconds']:.1f} s",
            flush=True,
        )
        t0 = time.perf_counter()
        catch_up = client.sync()
        grown["catch_up_s"] = time.perf_counter() - t0
        if not catch_up.ok:
            raise SystemExit(f"catch-up sync failed: {catch_up.error}")
        large = incremental_rounds(term, client, rounds, rng)
        results["b"] = {
            "small": small,
            "large": large,
            "grown": grown,
            "small_prisoners": prisoners,
            "large_prisoners": grown["prisoners"],
        }
        client.close()

        print(f"(c) {n_terminals} terminals for {seconds:.0f} s ...", flush=True)
        results["c"] = concurrent_terminals(db, url, server, cluster, n_terminals, seconds)
        db.close()
        term.store.close()
    finally:
        if server is not None:
            server.stop()
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    return _finish(results, started, args.quick)


def _finish(results: dict[str, Any], started: float, quick: bool) -> int:
    results["runtime_s"] = time.perf_counter() - started
    if "first_sync_only" in results:
        report_first_sync(results)
        name = f"sync-first-{results['first_sync_only']}.json"
    else:
        report(results)
        name = "sync-quick.json" if quick else "sync.json"
    OUT.mkdir(exist_ok=True)
    (OUT / name).write_text(json.dumps(results, indent=2))
    return 0


def report_first_sync(r: dict[str, Any]) -> None:
    a = r["a"]
    rows = a["pushed"]
    print(f"\nSync benchmark (first sync only) — {r['date']} — {r['machine']}")
    print(f"command: .venv/bin/python {r['command']}\n")
    print(f"(a) first sync of {r['first_sync_only']:,} prisoners, {rows:,} rows to PostgreSQL")
    print(f"    {'':44} {'seconds':>9} {'rows/s':>9} {'ratio':>7}")
    for label, secs in (
        ("plain COPY into equivalent tables", a["copy_s"]),
        ("plain executemany INSERT", a["insert_s"]),
        (f"sync: push (batches of {MAX_BATCH})", a["push_s"]),
        (f"sync: pull back (pages of {MAX_PAGE})", a["pull_s"]),
        ("sync: first sync, push + pull", a["total_s"]),
    ):
        print(f"    {label:44} {secs:9.1f} {rows / secs:9,.0f} {secs / a['copy_s']:7.1f}")
    print(
        f"    CPU s during the sync: server {a['cpu_server_s']:.0f}, PostgreSQL {a['cpu_pg_s']:.0f}, "
        f"terminal {a['cpu_terminal_s']:.0f}; pulled {a['pulled']:,} in {a['pages']} pages, "
        f"acknowledged {a['acked']:,}"
    )
    push, pull = a["cpu_push_s"], a["cpu_pull_s"]
    print(
        f"    CPU s server / PostgreSQL / terminal: push {push[0]:.1f} / {push[1]:.1f} / {push[2]:.1f}, "
        f"pull {pull[0]:.1f} / {pull[1]:.1f} / {pull[2]:.1f}"
    )


def report(r: dict[str, Any]) -> None:
    a, b, c = r["a"], r["b"], r["c"]
    rows = a["pushed"]
    mb = a["size"]["database"] / 1e6
    print(f"\nSync benchmark — {r['date']} — {r['machine']}\ncommand: .venv/bin/python {r['command']}\n")
    print(
        f"(a) first sync of {b['small_prisoners']:,} prisoners, {rows:,} rows "
        f"({rows / b['small_prisoners']:.0f} per prisoner) to PostgreSQL"
    )
    print(f"    {'':44} {'seconds':>9} {'rows/s':>9} {'ratio':>7}")
    for label, secs in (
        ("plain COPY into equivalent tables", a["copy_s"]),
        ("plain executemany INSERT", a["insert_s"]),
        (f"sync: push (batches of {MAX_BATCH})", a["push_s"]),
        (f"sync: pull back (pages of {MAX_PAGE})", a["pull_s"]),
        ("sync: first sync, push + pull", a["total_s"]),
    ):
        print(f"    {label:44} {secs:9.1f} {rows / secs:9,.0f} {secs / a['copy_s']:7.1f}")
    print(
        f"    ratio first sync / COPY = {a['total_s'] / a['copy_s']:.0f}x, "
        f"/ executemany = {a['total_s'] / a['insert_s']:.0f}x; "
        f"CPU s during the sync: server {a['cpu_server_s']:.0f}, PostgreSQL {a['cpu_pg_s']:.0f}, "
        f"terminal {a['cpu_terminal_s']:.0f}; central database {mb:,.0f} MB afterwards"
    )
    s_med, l_med = statistics.median(b["small"]), statistics.median(b["large"])
    print(f"\n(b) incremental sync of 100 changes (median of {len(b['small'])}, push + pull)")
    print(
        f"    server holds {b['small_prisoners']:>6,} prisoners: {s_med * 1000:7.0f} ms   "
        f"(runs: {', '.join(f'{x * 1000:.0f}' for x in b['small'])})"
    )
    print(
        f"    server holds {b['large_prisoners']:>6,} prisoners: {l_med * 1000:7.0f} ms   "
        f"(runs: {', '.join(f'{x * 1000:.0f}' for x in b['large'])})"
    )
    within = "yes" if abs(l_med / s_med - 1) <= 0.2 else "NO"
    print(f"    ratio large / small = {l_med / s_med:.2f} (within 20%: {within})")
    g = b["grown"]
    print(
        f"    (grown by {g['added_changes']:,} changes in {g['seconds']:.0f} s; the terminal's first sync "
        f"afterwards scanned past them in {g['catch_up_s'] * 1000:.0f} ms)"
    )
    print(
        f"\n(c) {c['terminals']} terminals pushing and pulling for {c['seconds']:.0f} s "
        "against one server process"
    )
    print(
        f"    throughput {c['throughput']:,.0f} changes/s ({c['acked_in_window']:,} acknowledged in the "
        f"window; {c['pushes']:,} pushes, {c['pulls']:,} pulls; "
        f"{c['delivered']:,} changes delivered by all pulls)"
    )
    print(
        f"    push latency p50 {c['push_p50_ms']:,.0f} ms, p99 {c['push_p99_ms']:,.0f} ms; "
        f"pull latency p50 {c['pull_p50_ms']:,.0f} ms, p99 {c['pull_p99_ms']:,.0f} ms"
    )
    print(
        f"    check: {c['acked_total']:,} acknowledged ({c['statuses']}), {c['on_server']:,} in change_log; "
        f"lost {c['lost']}, duplicated {c['duplicated']}, rejected {c['rejected']}, unanswered "
        f"{c['unanswered']}, applied but unacknowledged {c['applied_unacked']}, missing from own feed "
        f"{c['feed_missing']}, duplicated in feeds {c['feed_duplicated']}; retries {c['retries']}"
    )
    print(
        f"    CPU s: server {c['cpu_server_s']:.0f}, PostgreSQL {c['cpu_pg_s']:.0f}, "
        f"clients {c['cpu_clients_s']:.0f} (of {c['wall_s'] * (os.cpu_count() or 1):.0f} available)"
    )
    print(f"\ntotal benchmark run time {r['runtime_s'] / 60:.1f} min")


if __name__ == "__main__":
    sys.exit(main())
