"""How fast is the review-trigger sweep over a region (20,000 prisoners), against a bare read of its rows?

    .venv/bin/python benchmarks/bench_review_sweep.py [--prisoners 20000] [--seed 2012] [--runs 3]

Issue 10 point 1: "The sweep over 20,000 prisoners runs in under 1 s (benchmark)."

Set-up (timed separately): an encrypted store in a temporary folder under benchmarks/out/, 20,000
synthetic prisoners from ``casework.demo`` (sentences, allocations, contacts, assessments), then
realistic unconsumed domain events — about one prisoner in three has one or two (risk of harm or
likelihood changed, objective achieved or abandoned, intervention started/completed/unavailable, new
need or referral, offence-paralleling), dated over the last six weeks — and one transfer in for one
prisoner in ten.

Then, in the same run (DESIGN.md section 8: ratios against a baseline measured in the same run):

- baseline: a bare SELECT of every row a sweep over everyone reads (live prisoners, unconsumed events,
  signed reviews, plan versions, transfers, allocations, MAPPA, current sentences, held task ids),
  fetched and thrown away;
- the steady sweep (the usual case, at start-up, after a sync, each day): everything already raised
  and consumed, so it finds the prisoners who could have something new (casework/reviews/candidates.py),
  works out their triggers, and writes nothing;
- the same steady work out reading every prisoner's inputs (``plan_sweep(everyone=True)``, how the sweep
  worked before): the before/after of the speed-up;
- a week later: the sweep a week on, raising (and writing) that week's new calendar tasks, once;
- the first sweep: every event unconsumed and no task held (reset before each run), so it raises every
  task in one bulk insert, each with its audit event and outbox change, and marks the events consumed.

Prints the median of ``--runs`` runs after one warm-up, and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.reviews import ReviewService
from workbench.casework.reviews.sweep import plan_sweep
from workbench.domain.policy import Policy
from workbench.domain.review_triggers import EVENT_TRIGGERS
from workbench.store.engine import Store, open_store
from workbench.store.ids import new_id
from workbench.store.models import Allocation, CustodyEvent, DomainEvent, Prisoner, Sentence
from workbench.store.plan_models import PlanVersion
from workbench.store.review_models import Review, ReviewTask
from workbench.store.rosh_models import MappaStatus

OUT = Path(__file__).resolve().parent / "out"
AS_AT = date(2026, 11, 26)
BUDGET_S = 1.0  # issue 10 point 1: under 1 s for 20,000 prisoners
_KINDS = list(EVENT_TRIGGERS)


def _median(
    fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None
) -> tuple[float, list[float]]:
    if before:
        before()
    fn()  # warm-up
    times = []
    for _ in range(runs):
        if before:
            before()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def _payload(rng: random.Random, kind: str) -> dict[str, Any]:
    if kind == "RISK_OF_HARM_CHANGED":
        old, new = rng.sample(["LOW", "MEDIUM", "HIGH", "VERY_HIGH"], 2)
        return {"source": "ANALYSIS_SIGNED", "old": old, "new": new}
    if kind == "LIKELIHOOD_CHANGED":
        return {"old_band": "LOW", "new_band": "MEDIUM", "old_tier": "C1", "new_tier": "B2"}
    if kind.startswith("INTERVENTION"):
        return {
            "intervention": rng.choice(
                ["Thinking Skills Programme", "Resolve", "Building Better Relationships"]
            )
        }
    if kind == "NEW_NEED":
        if rng.random() < 0.5:
            return {"source": "INTERVIEW_REFERRAL", "area": "HOUSING"}
        return {"source": "ASSESSMENT_COMPLETED", "needs": ["NEED:ALCOHOL_MISUSE"]}
    if kind == "OFFENCE_PARALLELING":
        return {"source": rng.choice(["ADJUDICATION", "SECURITY"])}
    return {"objective_id": new_id()}


def _set_up(store: Store, prisoners: int, seed: int) -> tuple[Any, dict[str, Any]]:
    ctx = ServiceContext(store, Policy(), today=lambda: AS_AT)
    demo = DemoDataService(ctx)
    manager, _ = demo.ensure_demo_users()
    t0 = time.perf_counter()
    demo.generate(manager, prisoners=prisoners, seed=seed)
    generated = time.perf_counter() - t0
    rng = random.Random(seed)
    with store.read() as s:
        ids = list(s.scalars(select(Prisoner.id)))
    events, transfers = [], []
    for pid in ids:
        if rng.random() < 1 / 3:
            for _ in range(rng.choice([1, 1, 2])):
                kind = rng.choice(_KINDS)
                on = datetime.combine(AS_AT - timedelta(days=rng.randint(0, 42)), datetime.min.time())
                events.append((new_id(), pid, kind, json.dumps(_payload(rng, kind)), on.isoformat(sep=" ")))
        if rng.random() < 0.1:
            transfers.append(pid)
    now = datetime(2026, 11, 26, 9).isoformat(sep=" ")
    with store.write_sessions() as s, s.begin():
        conn = s.connection().connection.driver_connection
        assert conn is not None
        conn.executemany(
            "INSERT INTO domain_event (id, prisoner_id, kind, payload, occurred_at, consumed_at) "
            "VALUES (?, ?, ?, ?, ?, NULL)",
            events,
        )
        conn.executemany(
            "INSERT INTO custody_event (id, created_at, updated_at, prisoner_id, event_type, event_date, "
            "establishment_code, other_establishment, note) "
            "VALUES (?, ?, ?, ?, 'TRANSFER_IN', ?, 'MDI', 'LEI', '')",
            [
                (new_id(), now, now, pid, (AS_AT - timedelta(days=rng.randint(0, 20))).isoformat())
                for pid in transfers
            ],
        )
    return manager, {
        "generate_s": round(generated, 1),
        "events": len(events),
        "transfers_in": len(transfers),
    }


def _bare_read(store: Store) -> int:
    """The rows the sweep reads, fetched and dropped: the floor any sweep stands on."""
    n = 0
    p, e, r = Prisoner.__table__.c, DomainEvent.__table__.c, Review.__table__.c
    v, c, a = PlanVersion.__table__.c, CustodyEvent.__table__.c, Allocation.__table__.c
    m, s_, t = MappaStatus.__table__.c, Sentence.__table__.c, ReviewTask.__table__.c
    queries = [
        select(p.id).where(p.deleted_at.is_(None)),
        select(e.id, e.prisoner_id, e.kind, e.payload, e.occurred_at).where(
            e.consumed_at.is_(None), e.kind.in_(_KINDS)
        ),
        select(r.id, r.prisoner_id, r.review_date, r.next_review_on, r.armed, r.signed_at).where(
            r.status == "SIGNED"
        ),
        select(v.prisoner_id, func.max(v.issued_at)).group_by(v.prisoner_id),
        select(c.id, c.prisoner_id, c.event_date, c.other_establishment).where(c.event_type == "TRANSFER_IN"),
        select(a.id, a.prisoner_id, a.role, a.start_date).where(a.deleted_at.is_(None)),
        select(m.prisoner_id, m.level).where(m.deleted_at.is_(None)),
        select(
            s_.prisoner_id,
            s_.sentence_type,
            s_.sentence_date,
            s_.parole_eligibility_date,
            s_.conditional_release_date,
            s_.home_detention_curfew_eligibility_date,
            s_.tariff_date,
        ).where(s_.is_current, s_.deleted_at.is_(None)),
        select(t.prisoner_id, t.trigger, t.source_key),
    ]
    with store.read() as s:
        for q in queries:
            n += len(s.execute(q).all())
    return n


def _reset(store: Store) -> None:
    """Back to "nothing raised yet": every event unconsumed, no task held."""
    with store.write_sessions() as s, s.begin():
        s.execute(text("DELETE FROM review_task"))
        s.execute(text("UPDATE domain_event SET consumed_at = NULL"))


def bench(prisoners: int, seed: int, runs: int) -> dict[str, Any]:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        store = open_store(Path(tmp) / "sweep.db", os.urandom(32))
        try:
            manager, facts = _set_up(store, prisoners, seed)
            service = ReviewService(ServiceContext(store, Policy(), today=lambda: AS_AT))
            baseline, baseline_runs = _median(lambda: _bare_read(store), runs)
            first_results: list[Any] = []
            first, first_runs = _median(
                lambda: first_results.append(service.sweep(manager)), runs, before=lambda: _reset(store)
            )
            raised = first_results[-1]
            steady_result = service.sweep(manager)
            assert steady_result.raised == 0 and steady_result.consumed == 0, steady_result
            steady, steady_runs = _median(lambda: service.sweep(manager), runs)
            # Before issue 10's speed-up: the same work out reading every prisoner's inputs (plan only).
            policy = Policy()

            def everyone() -> None:
                with store.read() as s:
                    plan_sweep(s, AS_AT, policy, everyone=True)

            before, before_runs = _median(everyone, runs)
            # A week on: the calendar raises that week's new tasks (written), once.
            t0 = time.perf_counter()
            week = service.sweep(manager, today=AS_AT + timedelta(days=7))
            week_s = time.perf_counter() - t0
            assert raised.raised > 0 and raised.prisoners == prisoners, raised
            with store.read() as s:
                by_trigger = dict(
                    s.execute(select(ReviewTask.trigger, func.count()).group_by(ReviewTask.trigger)).all()
                )
        finally:
            store.close()
    return {
        "prisoners": prisoners,
        **facts,
        "tasks_raised_by_first_sweep": raised.raised,
        "events_consumed_by_first_sweep": raised.consumed,
        "tasks_by_trigger": by_trigger,
        "baseline_bare_read_s": round(baseline, 3),
        "steady_sweep_s": round(steady, 3),
        "steady_vs_baseline": round(steady / baseline, 1),
        "steady_plan_reading_everyone_s": round(before, 3),
        "steady_vs_reading_everyone": round(steady / before, 2),
        "week_later_sweep_s": round(week_s, 3),
        "week_later_tasks_raised": week.raised,
        "first_sweep_s": round(first, 3),
        "first_vs_baseline": round(first / baseline, 1),
        "budget_s": BUDGET_S,
        "runs": {
            "baseline": baseline_runs,
            "steady": steady_runs,
            "reading_everyone": before_runs,
            "first": first_runs,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--prisoners", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2012)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    result = bench(args.prisoners, args.seed, args.runs)
    print(json.dumps(result, indent=2, default=str))
    # The budget is the sweep as it runs every day (steady, and a week's new tasks); the first-ever sweep
    # writes a region's whole backlog of tasks once and is reported, not budgeted.
    ok = result["steady_sweep_s"] < BUDGET_S and result["week_later_sweep_s"] < BUDGET_S
    print(f"{'within' if ok else 'OVER'} the {BUDGET_S} s budget", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
