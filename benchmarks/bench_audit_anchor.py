"""What the audit anchor (issue 7 point 19) adds to each save.

    .venv/bin/python benchmarks/bench_audit_anchor.py [--commits 200]

Every committing unit of work now also moves the audit trail's anchor: one read of the committed
head and one small file written atomically (fsync + rename). Measured in one run on a real encrypted
store: the median wall time of a unit of work writing one audit event, with the anchor, against the
same unit of work with the anchor step switched off (the baseline). Nothing is asserted (DESIGN.md
section 8); the figures go to benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from workbench.store import unit_of_work as uow_mod
from workbench.store.engine import Store, open_store
from workbench.store.unit_of_work import Actor, UnitOfWork

ACTOR = Actor("11111111-1111-1111-1111-111111111111", "os.one")


def _median_ms(store: Store, commits: int) -> float:
    times = []
    for _ in range(commits):
        began = time.perf_counter()
        with UnitOfWork(store, ACTOR) as uow:
            uow.audit("report.printed", "report", "r1", {"pages": 2})
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=200)
    args = parser.parse_args()
    real = uow_mod.advance_head
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "workbench.db", os.urandom(32))
        try:
            _median_ms(store, 20)  # warm the pool and the page cache
            rounds: dict[str, list[float]] = {"anchor": [], "baseline": []}
            for _ in range(3):  # interleaved, so a busy moment of the machine hits both
                uow_mod.advance_head = real
                rounds["anchor"].append(_median_ms(store, args.commits))
                uow_mod.advance_head = lambda *_a, **_k: False
                rounds["baseline"].append(_median_ms(store, args.commits))
        finally:
            uow_mod.advance_head = real
            store.close()
    a, b = statistics.median(rounds["anchor"]), statistics.median(rounds["baseline"])
    print(f"unit of work, no anchor (baseline): median {b:.2f} ms")
    print(f"unit of work with the anchor:       median {a:.2f} ms")
    print(f"ratio: {a / b:.2f}x (+{a - b:.2f} ms per save)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
