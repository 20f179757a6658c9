"""Realistic load on the central record as N worker processes (issue 11 points 7 and 9).

    .venv/bin/python benchmarks/bench_load.py [--workers 1 2] [--quick]
    .venv/bin/python benchmarks/bench_load.py --workers 2 --establishments 24 --per-establishment 25 \\
        --only periodic --seconds 120 --tag national-slice

Everything runs on this machine, loopback only, against a throwaway PostgreSQL cluster started by
the script (``PgCluster`` of bench_sync.py: ``initdb``/``pg_ctl``, durable defaults — ``fsync``,
``synchronous_commit``, ``full_page_writes`` on) and stopped at the end. For each worker count the
central record is a fresh database, migrated with ``workbench central migrate`` and served by the
real command ``workbench central serve --workers N`` (uvicorn worker processes, JSON access log to a
file), so what is measured is what would be deployed.

The terminals are the simulated terminals of bench_sync.py (c): asyncio tasks in this process, each
with its own enrolled device token and author, its own HTTP connection and small state, speaking the
protocol through the shared pydantic messages (``PushRequest``/``PushResponse``/``ChangesPage``) — no
SQLCipher store. ``--per-establishment`` terminals at each of ``--establishments`` establishments
(default 20 × 10 = 200). Before the first phase each receives 3 prisoners, and before every phase
all pull to the end (20 at a time; not measured, so no warm-up burst spills into the measured
window). Two phases per worker count:

periodic     the real pattern: each terminal syncs every ``--period`` seconds (default 30, kept real;
             the first sync at a random offset within the period, each next one period × U(0.8, 1.2)
             later): push 1-10 changes (new case notes, edits of its own prisoners), then pull the feed
             to the end. Time is compressed by running ``--seconds`` (default 150: five periods) instead
             of a working day — the rate per second is the real one, only the run is short.
back-to-back the old stress run (bench_sync.py (c)): the same terminals sync with no pause, for
             ``--stress-seconds`` (default 40). Its changes/s is the saturation throughput.

Measured per phase: changes acknowledged per second, syncs per second, p50/p99 of push and of pull
(each pull request of a sync), and what was busy — CPU seconds of the worker processes, of PostgreSQL
(postmaster and backends) and of this load generator; the machine's idle share (/proc/stat); how long
pushes held the sequence counter lock (the workers' ``workbench_central_counter_lock_seconds``
histogram, from /metrics): per push, per change and as a share of the phase; and,
sampled every 0.25 s from ``pg_stat_activity``, how many backends were running and how many were
waiting on a lock (the counter row ``seq_counter`` is the only lock the apply path waits on); WAL
bytes per change (``pg_current_wal_lsn``) and database growth per change.
Checked at the end by reading the central record: every change acknowledged (APPLIED/DUPLICATE/
CONFLICT) is in ``change_log`` exactly once — 0 lost, 0 duplicated — and ``server_seq`` has no gap.
Nothing is asserted on timings (DESIGN.md section 8); figures go to benchmarks/out/load*.json and
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The sibling benchmark's throwaway cluster and simulated terminals (one copy of each).
from bench_sync import (
    SEED,
    PgCluster,
    SimTerminal,
    _cpu_seconds,
    _pct,
    _pg_cpu_seconds,
    _pull,
    _push,
    _start_cluster,
)

from workbench.central import enrol
from workbench.central.db import open_database
from workbench.central.pgtest import free_port

OUT = Path(__file__).resolve().parent / "out"


# -- the central record: `workbench central serve --workers N` ------------------------------------------


class Service:
    """``workbench central serve --workers N`` on 127.0.0.1 (a fresh port), stopped by ``stop``."""

    def __init__(self, url: str, workers: int, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
        self.log_path = log_path
        self._log = log_path.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "workbench", "central", "serve", "--database", url, *self._args(workers)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{self.url}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the central record did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        # Give every worker time to finish importing (a request may have reached only the first).
        time.sleep(3 * workers)

    def _args(self, workers: int) -> list[str]:
        return ["--port", str(self.port), "--workers", str(workers)]

    def pids(self) -> list[int]:
        """The serve process and its worker processes."""
        found = [self.proc.pid]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                parts = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(parts[1]) == self.proc.pid:
                found.append(int(stat.parent.name))
        return found

    def cpu(self) -> float:
        return sum(_cpu_seconds(pid) for pid in self.pids())

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


# -- sampling what is busy -----------------------------------------------------------------------------


def _machine_idle() -> tuple[int, int]:
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return fields[3] + fields[4], sum(fields)  # idle + iowait, total


class Sampler(threading.Thread):
    """Every 0.25 s: backends running and backends waiting on a lock (pg_stat_activity)."""

    def __init__(self, dsn: str) -> None:
        super().__init__(daemon=True)
        self.dsn = dsn
        self.samples: list[tuple[int, int]] = []
        self.stop_event = threading.Event()

    def run(self) -> None:
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            while not self.stop_event.wait(0.25):
                row = conn.execute(
                    "SELECT count(*) FILTER (WHERE state = 'active'), "
                    "count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') "
                    "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ).fetchone()
                assert row is not None
                self.samples.append((int(row[0]), int(row[1])))

    def summary(self) -> dict[str, float]:
        n = max(1, len(self.samples))
        return {
            "pg_active_mean": sum(a for a, _ in self.samples) / n,
            "pg_lock_waiting_mean": sum(w for _, w in self.samples) / n,
            "pg_lock_waiting_share": sum(1 for _, w in self.samples if w > 0) / n,
        }


# -- the terminals -------------------------------------------------------------------------------------


async def _periodic(
    term: SimTerminal, client: httpx.AsyncClient, start: float, end: float, period: float
) -> None:
    next_at = start + term.rng.uniform(0, period)
    while next_at < end:
        await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
        changes = term.batch()
        if changes:
            await _push(client, term, changes, end, record=True)
        await _pull(client, term, end, record=True)
        next_at += period * term.rng.uniform(0.8, 1.2)


async def _back_to_back(term: SimTerminal, client: httpx.AsyncClient, end: float) -> None:
    while time.perf_counter() < end:
        changes = term.batch()
        if changes:
            await _push(client, term, changes, end, record=True)
        await _pull(client, term, end, record=True)


async def _warm(term: SimTerminal, base_url: str, gate: asyncio.Semaphore) -> None:
    """The terminal's first prisoners arrive (not measured)."""
    async with gate, httpx.AsyncClient(base_url=base_url, timeout=300) as client:
        if not term.prisoners:
            await _push(client, term, term.receive(3), 0.0, record=False)


async def _catch_up(term: SimTerminal, base_url: str, gate: asyncio.Semaphore) -> None:
    async with gate, httpx.AsyncClient(base_url=base_url, timeout=300) as client:
        await _pull(client, term, 0.0, record=False)


async def _terminal(
    term: SimTerminal, client: httpx.AsyncClient, start: float, end: float, period: float | None
) -> None:
    async with client:
        await asyncio.sleep(max(0.0, start - time.perf_counter()))
        if period is None:
            await _back_to_back(term, client, end)
        else:
            await _periodic(term, client, start, end, period)
        await _pull(client, term, end, record=False)  # drain


def warm_up(terms: list[SimTerminal], base_url: str) -> None:
    """Every terminal receives its prisoners, then every one pulls to the end: done before measuring."""

    async def run() -> None:
        gate = asyncio.Semaphore(20)
        await asyncio.gather(*(_warm(t, base_url, gate) for t in terms))
        await asyncio.gather(*(_catch_up(t, base_url, gate) for t in terms))

    asyncio.run(run())


def _reset(terms: list[SimTerminal]) -> None:
    for t in terms:
        t.push_lat.clear()
        t.pull_lat.clear()
        t.acked_in_window = 0


def phase(
    terms: list[SimTerminal],
    service: Service,
    cluster: PgCluster,
    dsn: str,
    seconds: float,
    period: float | None,
) -> dict[str, Any]:
    """Run the terminals for ``seconds`` (periodic, or back-to-back when ``period`` is None)."""
    warm_up(terms, service.url)  # caught up; new prisoners only the first time
    _reset(terms)
    wal0 = _wal_stats(dsn)
    with psycopg.connect(dsn) as pg:
        lsn0, size0 = pg.execute(
            "SELECT pg_current_wal_lsn(), pg_database_size(current_database())"
        ).fetchone()  # type: ignore[misc]

    async def run() -> None:
        # Every client is made before the start is set: making 200 takes seconds of this one event
        # loop, and terminals whose first sync fell in those seconds would otherwise all start at
        # once — a burst the real pattern does not have, which made the push p99 before 5 Dec.
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        clients = [httpx.AsyncClient(base_url=service.url, timeout=120, limits=limits) for _ in terms]
        start = time.perf_counter() + 1.0
        await asyncio.gather(
            *(_terminal(t, c, start, start + seconds, period) for t, c in zip(terms, clients, strict=True))
        )

    acked0 = sum(len(t.acked) for t in terms)
    delivered0 = sum(sum(t.feed_seqs.values()) for t in terms)
    sampler = Sampler(dsn)
    log0 = service.log_path.stat().st_size
    hold0 = _lock_hold(service.url)
    cpu0 = (service.cpu(), _pg_cpu_seconds(cluster), time.process_time(), _machine_idle())
    t0 = time.perf_counter()
    sampler.start()
    asyncio.run(run())
    wall = time.perf_counter() - t0
    served = _served_ms(service.log_path, log0)
    hold1 = _lock_hold(service.url)
    held_s, held_n = hold1[0] - hold0[0], hold1[1] - hold0[1]
    sampler.stop_event.set()
    sampler.join()
    cpu1 = (service.cpu(), _pg_cpu_seconds(cluster), time.process_time(), _machine_idle())
    with psycopg.connect(dsn) as pg:
        row = pg.execute(
            "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), %s), pg_database_size(current_database()) - %s",
            (lsn0, size0),
        ).fetchone()
        assert row is not None
        wal_bytes, grown = int(row[0]), int(row[1])
    wal1 = _wal_stats(dsn)
    syncs, sync_ms, commits = (b - a for a, b in zip(wal0, wal1, strict=True))
    push_lat = sorted(x for t in terms for x in t.push_lat)
    pull_lat = sorted(x for t in terms for x in t.pull_lat)
    in_window = sum(t.acked_in_window for t in terms)
    acked_phase = sum(len(t.acked) for t in terms) - acked0
    delivered = sum(sum(t.feed_seqs.values()) for t in terms) - delivered0
    idle = (cpu1[3][0] - cpu0[3][0]) / max(1, cpu1[3][1] - cpu0[3][1])
    return {
        "seconds": seconds,
        "period_s": period,
        "wall_s": wall,
        "changes_acked_in_window": in_window,
        "changes_per_s": in_window / seconds,
        "syncs_per_s": len(push_lat) / seconds,
        "pushes": len(push_lat),
        "pull_requests": len(pull_lat),
        "push_p50_ms": _pct(push_lat, 50),
        "push_p99_ms": _pct(push_lat, 99),
        "pull_p50_ms": _pct(pull_lat, 50),
        "pull_p99_ms": _pct(pull_lat, 99),
        "server_push_p50_ms": _pct(served["push"], 50),
        "server_push_p99_ms": _pct(served["push"], 99),
        "server_pull_p50_ms": _pct(served["pull"], 50),
        "server_pull_p99_ms": _pct(served["pull"], 99),
        "lock_hold_ms_mean": 1000 * held_s / max(1, held_n),
        "lock_hold_ms_per_change": 1000 * held_s / max(1, acked_phase),
        "lock_held_share": held_s / wall,
        "changes_acked": acked_phase,
        "feed_deliveries": delivered,
        "fan_out": delivered / max(1, acked_phase),
        "cpu_workers_s": cpu1[0] - cpu0[0],
        "cpu_postgres_s": cpu1[1] - cpu0[1],
        "cpu_loadgen_s": cpu1[2] - cpu0[2],
        "machine_idle_share": idle,
        "wal_bytes_per_change": wal_bytes / max(1, acked_phase),
        "wal_flushes": syncs,
        "wal_flush_ms_mean": sync_ms / max(1, syncs),
        "commits_per_change": commits / max(1, acked_phase),
        "db_growth_bytes_per_change": grown / max(1, acked_phase),
        "load_average": os.getloadavg()[0],
        **sampler.summary(),
    }


def _lock_hold(base_url: str) -> tuple[float, float]:
    """Seconds the counter lock was held by pushes so far, and how many pushes (from /metrics)."""
    text = httpx.get(f"{base_url}/metrics", timeout=30).text
    found = {"sum": 0.0, "count": 0.0}
    for line in text.splitlines():
        for part in found:
            if line.startswith(f"workbench_central_counter_lock_seconds_{part} "):
                found[part] = float(line.split()[1])
    return found["sum"], found["count"]


def _served_ms(log_path: Path, offset: int) -> dict[str, list[float]]:
    """Push and pull durations as the workers timed them (their JSON access log after ``offset``).

    The same requests as the client-side latencies, measured from the worker's first sight of the
    request to its last byte: the difference is queueing before a worker takes the request and the
    load generator's own delays.
    """
    out: dict[str, list[float]] = {"push": [], "pull": []}
    with log_path.open("rb") as f:
        f.seek(offset)
        for line in f:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if not isinstance(entry, dict) or entry.get("event") != "request":
                continue
            route = {"/sync/v1/push": "push", "/sync/v1/changes": "pull"}.get(str(entry.get("route")))
            if route is not None and entry.get("status") == 200:
                out[route].append(float(entry["duration_ms"]) / 1000)
    for values in out.values():
        values.sort()
    return out


def _wal_stats(dsn: str) -> tuple[float, float, float]:
    """WAL flushes, milliseconds spent flushing (track_wal_io_timing), and commits in the database."""
    with psycopg.connect(dsn) as pg:
        row = pg.execute(
            "SELECT w.wal_sync, w.wal_sync_time, d.xact_commit FROM pg_stat_wal w, pg_stat_database d "
            "WHERE d.datname = current_database()"
        ).fetchone()
    assert row is not None
    return float(row[0]), float(row[1]), float(row[2])


def check(terms: list[SimTerminal], dsn: str) -> dict[str, int]:
    """Read the central record: every acknowledged change exactly once, no gap in server_seq."""
    device_ids = [t.device_id for t in terms]
    with psycopg.connect(dsn) as pg:
        rows = pg.execute(
            "SELECT change_id, count(*) FROM change_log WHERE device_id = ANY(%s) GROUP BY change_id",
            (device_ids,),
        ).fetchall()
        seq = pg.execute(
            "SELECT count(*), count(DISTINCT server_seq), max(server_seq) FROM change_log"
        ).fetchone()
        assert seq is not None
    on_server = {str(cid): int(n) for cid, n in rows}
    acked = {cid for t in terms for cid in t.acked}
    return {
        "acked": len(acked),
        "on_server": len(on_server),
        "lost": sum(1 for cid in acked if cid not in on_server),
        "duplicated": sum(1 for n in on_server.values() if n != 1),
        "applied_unacked": sum(1 for cid in on_server if cid not in acked),
        "rejected": sum(len(t.rejected) for t in terms),
        "unanswered": len({cid for t in terms for cid in t.unconfirmed} - acked),
        "retries": sum(t.retries for t in terms),
        "seq_rows": int(seq[0]),
        "seq_distinct": int(seq[1]),
        "seq_gaps": int(seq[2] or 0) - int(seq[0]),
    }


def run_workers(cluster: PgCluster, workers: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """One fresh database, enrolled terminals, the service with ``workers`` processes, the phases."""
    name = f"central_load_{workers}w_{os.getpid()}"
    url = cluster.new_database(name)
    dsn = cluster.admin_url(name)
    migrated = subprocess.run(
        [sys.executable, "-m", "workbench", "central", "migrate", "--database", url],
        capture_output=True,
        text=True,
    )
    if migrated.returncode != 0:
        raise SystemExit(migrated.stderr)
    with psycopg.connect(dsn, autocommit=True) as pg:  # so the cost of each commit's WAL flush is known
        pg.execute("ALTER SYSTEM SET track_wal_io_timing = on")
        pg.execute("SELECT pg_reload_conf()")
    db = open_database(url)
    codes = [f"E{k:03d}" for k in range(args.establishments)]
    terms: list[SimTerminal] = []
    for code in codes:
        enrol.add_establishment(db, code)
    for i in range(args.establishments * args.per_establishment):
        code = codes[i % len(codes)]
        author = enrol.add_user(db, f"load.{i:04d}", "SUPERVISOR", code)
        device = enrol.add_device(db, code, f"load terminal {i:04d}")
        terms.append(SimTerminal(i, device.device_id, device.token, code, author, random.Random(SEED + i)))
    db.close()
    service = Service(url, workers, work / f"serve-{workers}w.log")
    out: dict[str, Any] = {"workers": workers, "terminals": len(terms), "establishments": args.establishments}
    try:
        if args.only in (None, "periodic"):
            print(
                f"  {workers} worker(s): periodic, every {args.period:.0f} s for {args.seconds:.0f} s ...",
                flush=True,
            )
            out["periodic"] = phase(terms, service, cluster, dsn, args.seconds, args.period)
            _print_phase(out["periodic"])
        if args.only in (None, "back-to-back"):
            print(f"  {workers} worker(s): back-to-back for {args.stress_seconds:.0f} s ...", flush=True)
            out["back_to_back"] = phase(terms, service, cluster, dsn, args.stress_seconds, None)
            _print_phase(out["back_to_back"])
    finally:
        service.stop()
    out["check"] = check(terms, dsn)
    print(f"  check: {out['check']}", flush=True)
    return out


def _print_phase(p: dict[str, Any]) -> None:
    print(
        f"    {p['changes_per_s']:.1f} changes/s, {p['syncs_per_s']:.1f} syncs/s; "
        f"push p50 {p['push_p50_ms']:.0f} p99 {p['push_p99_ms']:.0f} ms; "
        f"pull p50 {p['pull_p50_ms']:.0f} p99 {p['pull_p99_ms']:.0f} ms "
        f"(as the workers timed them: push p50 {p['server_push_p50_ms']:.0f} "
        f"p99 {p['server_push_p99_ms']:.0f}, "
        f"pull p50 {p['server_pull_p50_ms']:.0f} p99 {p['server_pull_p99_ms']:.0f} ms); "
        f"CPU workers {p['cpu_workers_s']:.0f} s, PostgreSQL {p['cpu_postgres_s']:.0f} s, "
        f"load generator {p['cpu_loadgen_s']:.0f} s; machine idle {p['machine_idle_share']:.0%}; "
        f"counter lock held {p['lock_held_share']:.0%} of the time, {p['lock_hold_ms_mean']:.1f} ms per push "
        f"({p['lock_hold_ms_per_change']:.2f} ms per change); "
        f"backends active {p['pg_active_mean']:.2f}, waiting on a lock {p['pg_lock_waiting_mean']:.2f} "
        f"({p['pg_lock_waiting_share']:.0%} of samples); WAL {p['wal_bytes_per_change']:.0f} B/change; "
        f"fan-out {p['fan_out']:.1f} deliveries/change; {p['wal_flushes']:.0f} WAL flushes, "
        f"{p['wal_flush_ms_mean']:.1f} ms each; {p['commits_per_change']:.1f} commits/change",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--establishments", type=int, default=10)
    parser.add_argument("--per-establishment", type=int, default=20)
    parser.add_argument("--period", type=float, default=30.0, help="seconds between a terminal's syncs")
    parser.add_argument("--seconds", type=float, default=150.0, help="length of the periodic phase")
    parser.add_argument("--stress-seconds", type=float, default=40.0, help="length of the back-to-back phase")
    parser.add_argument("--only", choices=["periodic", "back-to-back"], default=None)
    parser.add_argument("--tag", default="", help="suffix of the output file")
    parser.add_argument("--quick", action="store_true", help="20 terminals, 20 s periodic, 10 s back-to-back")
    args = parser.parse_args()
    if args.quick:
        args.establishments, args.per_establishment, args.seconds, args.stress_seconds = 2, 10, 20.0, 10.0
        args.period = 5.0
    work = Path(tempfile.mkdtemp(prefix="wb-bench-load-"))
    cluster = _start_cluster()
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}, "
        f"PostgreSQL {cluster.version}",
        "command": " ".join(["benchmarks/bench_load.py", *sys.argv[1:]]),
        "runs": [],
    }
    print(f"PostgreSQL {cluster.version} on 127.0.0.1:{cluster.port} (durable settings); work dir {work}")
    try:
        for n in args.workers:
            results["runs"].append(run_workers(cluster, n, args, work))
    finally:
        cluster.stop()
    OUT.mkdir(exist_ok=True)
    name = "load-quick" if args.quick else "load"
    (OUT / f"{name}{'-' + args.tag if args.tag else ''}.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
