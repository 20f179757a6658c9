"""How fast is the caseload query at an establishment (1,600) and a region (20,000), against raw SQL?

    .venv/bin/python benchmarks/bench_caseload_query.py [--counts 1600 20000] [--seed 2012] [--runs 7]

For each size, synthetic demo data (casework.demo) is generated once into an encrypted store under
benchmarks/out/ (git-ignored; keyed by size, seed and schema revision, so reruns skip generation).
Then, in the same run, it times

- ``CaseloadService.rows()`` — the query plus scope and timescale computation for every prisoner;
- the baseline: the very statements ``rows()`` sends (captured from the engine), replayed through a
  plain sqlcipher3 connection and fetched, with no ORM, no type conversion and no domain work;

and prints the median of several runs and their ratio (DESIGN.md section 8: ratios against a
baseline measured in the same run, never timed assertions). Where ``rows()`` takes longer than the
budget, a cProfile of one call lists the hot spots.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import event, select

from workbench.casework import demo, demo_names
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.domain.enums import UserRole
from workbench.domain.policy import Policy
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store, head_revision, open_store
from workbench.store.models import User

OUT = Path(__file__).resolve().parent / "out"
AS_AT = date(2026, 11, 26)  # a fixed "today", so cached stores and results are reproducible
BUDGET_MS = 400.0  # what the caseload screen can afford at region scale before it feels slow


def _median_ms(fn: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    fn()  # warm-up: caches, connection pool, holiday tables
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), times


def _manager(store: Store) -> CurrentUser:
    with store.read() as s:
        u = s.scalars(select(User).where(User.username == "demo.manager")).one()
    return CurrentUser(u.id, u.username, u.display_name, UserRole(u.role), u.establishment_code)


def _generator_fingerprint() -> str:
    """Changes whenever the demo generator's code or name lists change, so stale caches are not reused."""
    digest = hashlib.sha256()
    for module in (demo, demo_names):
        assert module.__file__ is not None
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:10]


def _cached_store(count: int, seed: int) -> tuple[Store, bytes, Path, float | None]:
    """The demo store for ``count`` prisoners, generated now (with its time) or opened from the cache."""
    OUT.mkdir(parents=True, exist_ok=True)
    stem = f"demo-{count}-seed{seed}-rev{head_revision()}-gen{_generator_fingerprint()}-{AS_AT.isoformat()}"
    db, key_file = OUT / f"{stem}.db", OUT / f"{stem}.key"
    if db.exists() and key_file.exists():
        key = bytes.fromhex(key_file.read_text().strip())
        return open_store(db, key), key, db, None
    for stale in OUT.glob(f"demo-{count}-seed{seed}-*"):  # older schema, generator or date: never reused
        stale.unlink()
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        path = Path(tmp) / "demo.db"
        store = open_store(path, key)
        ctx = ServiceContext(store, Policy(), today=lambda: AS_AT)
        service = DemoDataService(ctx)
        manager, _ = service.ensure_demo_users()
        t0 = time.perf_counter()
        service.generate(manager, prisoners=count, seed=seed)
        seconds = time.perf_counter() - t0
        store.close()  # the last connection to close checkpoints the WAL into the file
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                shutil.move(side, db.with_name(db.name + suffix))
        shutil.move(path, db)
    key_file.write_text(key.hex())
    key_file.chmod(0o600)
    return open_store(db, key), key, db, seconds


def _captured_statements(store: Store, call: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SQL statements and parameters ``call`` sends through the store's engine."""
    seen: list[tuple[str, Any]] = []

    def _capture(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", _capture)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", _capture)
    return [(sql, params) for sql, params in seen if sql.lstrip().upper().startswith("SELECT")]


def _raw_connection(db: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _profile(call: Callable[[], object]) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats("tottime")
    stats.print_stats(14)
    return buf.getvalue()


def bench(count: int, seed: int, runs: int, profile: bool) -> dict[str, Any]:
    store, key, db, gen_seconds = _cached_store(count, seed)
    try:
        ctx = ServiceContext(store, Policy(), today=lambda: AS_AT)
        caseload = CaseloadService(ctx)
        manager = _manager(store)
        rows = caseload.rows(manager)
        assert len(rows) == count, (len(rows), count)

        statements = _captured_statements(store, lambda: caseload.rows(manager))
        raw = _raw_connection(db, key)
        try:

            def raw_query() -> int:
                fetched = 0
                for sql, params in statements:
                    fetched += len(raw.execute(sql, params).fetchall())
                return fetched

            raw_ms, raw_runs = _median_ms(raw_query, runs)
            rows_ms, rows_runs = _median_ms(lambda: caseload.rows(manager), runs)
        finally:
            raw.close()

        result: dict[str, Any] = {
            "prisoners": count,
            "generated_seconds": gen_seconds,
            "rows_median_ms": rows_ms,
            "raw_median_ms": raw_ms,
            "ratio": rows_ms / raw_ms,
            "rows_runs_ms": [round(t, 1) for t in rows_runs],
            "raw_runs_ms": [round(t, 1) for t in raw_runs],
            "statements": [sql for sql, _ in statements],
        }
        if profile or rows_ms > BUDGET_MS:
            result["profile"] = _profile(lambda: caseload.rows(manager))
        return result
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--counts", type=int, nargs="+", default=[1600, 20000])
    parser.add_argument("--seed", type=int, default=2012)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="profile rows() at every size")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    results = [bench(count, args.seed, args.runs, args.profile) for count in args.counts]
    if args.json:
        print(json.dumps(results, indent=2, default=str))
        return 0
    print(
        f"caseload query, as at {AS_AT}, median of {args.runs} runs after one warm-up ({sys.platform}, "
        f"{os.cpu_count()} CPUs)"
    )
    print(f"{'prisoners':>10} {'generated':>10} {'rows() ms':>10} {'raw SQL ms':>11} {'ratio':>7}")
    for r in results:
        gen = f"{r['generated_seconds']:.1f} s" if r["generated_seconds"] is not None else "cached"
        print(
            f"{r['prisoners']:>10,} {gen:>10} {r['rows_median_ms']:>10.1f} {r['raw_median_ms']:>11.1f} "
            f"{r['ratio']:>6.1f}x"
        )
    print("\nbaseline statements (as rows() sends them):")
    for sql in results[-1]["statements"]:
        print("  " + " ".join(sql.split()))
    for r in results:
        if "profile" in r:
            over = f" (over the budget of {BUDGET_MS:.0f} ms)" if r["rows_median_ms"] > BUDGET_MS else ""
            print(f"\nprofile of one rows() call at {r['prisoners']:,} prisoners{over}:")
            print(r["profile"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
