"""How fast is "Recalculate tiers" for a region (20,000 prisoners), against the bare domain arithmetic?

    .venv/bin/python benchmarks/bench_tiers.py [--prisoners 20000] [--seed 2012] [--runs 3]

Issue 3 (Speed): computing OGRS3 and the tier for all 20,000 demo prisoners — the bulk action managers
run after a policy or formula change — must finish in under 2 seconds on this machine.

Set-up (timed separately, not part of the measurement): an encrypted store in a temporary folder under
benchmarks/out/, 20,000 synthetic prisoners from ``casework.demo``, then one completed likelihood-of-
reoffending assessment per prisoner (11 need rows each, and a protective factor), its rows built by the
service's own builder (``assessment.form.completed_rows`` from ``preview``, as signing writes them) and
written with ``UnitOfWork.add_many`` — every row with its audit event and outbox change. The stored
figures are the domain's own, so the store starts "in step".

Then, in the same run (DESIGN.md section 8: ratios against a baseline measured in the same run):

- baseline: ``ogrs3.calculate`` + ``tier.calculate_tier`` over the 20,000 inputs already in memory;
- ``recalculate_tiers`` when nothing has changed (the usual case: read, compute, compare, write nothing
  but the run's one audit event);
- ``recalculate_tiers`` when every figure has changed (a formula change: the stored tier and band, signed
  and derived, are first made stale with one UPDATE each, so 20,000 derived rows are upserted into the
  local ``tier_derivation`` table and 20,000 LIKELIHOOD_CHANGED events written with ``executemany``, plus
  ONE audit event listing every move, in the one transaction; no outbox changes);
- the caseload's tier query (``caseload._latest_tiers``) over 20,000 prisoners with derived rows present.

Prints the median of ``--runs`` runs after one warm-up, and the ratio to the baseline. ``--profile``
adds a cProfile of one run of each case.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from workbench.casework.assessment import AssessmentService, preview
from workbench.casework.assessment.form import completed_rows
from workbench.casework.caseload import _latest_tiers
from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.dto.assessment import AssessmentForm, NeedEntry
from workbench.domain.enums import Gender, RoshLevel
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.ogrs3 import OFFENCE_GROUPS, Ogrs3Error, Ogrs3Input, calculate
from workbench.domain.policy import Policy
from workbench.domain.tier import COMPLEXITY_FACTORS, TierInput, calculate_tier
from workbench.security.permissions import Permission
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store, open_store
from workbench.store.models import (
    AuditEvent,
    CompletedLorAssessment,
    LorNeed,
    Outbox,
    Prisoner,
    ProtectiveFactor,
    TierDerivation,
)
from workbench.store.rosh_models import CompletedRoshAnalysis, MappaStatus

OUT = Path(__file__).resolve().parent / "out"
AS_AT = date(2026, 11, 26)
BUDGET_S = 2.0  # issue 3: under 2 seconds for 20,000 prisoners
CHUNK = 2_000  # assessments per set-up transaction

_GROUPS = list(OFFENCE_GROUPS)
_SECTIONS = list(NeedSection)
_FACTORS = list(COMPLEXITY_FACTORS)
_ROSH = ["LOW", "MEDIUM", "HIGH", "VERY_HIGH", None]


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


def _inputs(rng: random.Random, dob: date, gender: str) -> dict[str, Any]:
    """One synthetic assessment's inputs for a prisoner (plausible spread over bands and tiers)."""
    age_now = (AS_AT - dob).days // 365
    conviction = AS_AT - timedelta(days=rng.randint(10, 700))
    age_at_conviction = max(age_now - 1, 18)
    needs = {}
    for section in _SECTIONS:
        needs[section.value] = rng.choices(["NO_NEED", "STANDARD", "SEVERE"], weights=(5, 3, 2))[0]
    return {
        "gender": gender,
        "date_of_birth": dob,
        "conviction_date": conviction,
        "follow_up_start": conviction + timedelta(days=rng.randint(90, 2000)),
        "total_sanctions": rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 35]),
        "age_at_first_sanction": rng.randint(10, min(age_at_conviction, 40)),
        "offence_group": rng.choice(_GROUPS),
        "rsr_pct": rng.choice([None, None, "1.50", "4.20", "7.80", "12.00"]),
        "rosh_level": rng.choice(_ROSH),
        "mappa_level": rng.choice([None, None, None, 1, 2, 3]),
        "complexity_factors": sorted(rng.sample(_FACTORS, rng.choice([0, 0, 0, 1, 2]))),
        "iom": rng.random() < 0.1,
        "has_mandate_for_change": True,
        "parenting_responsibilities": gender == "FEMALE" and rng.random() < 0.4,
        "impulsivity_or_temper_problems": gender == "FEMALE" and rng.random() < 0.3,
        "previous_breach_or_recall": gender == "FEMALE" and rng.random() < 0.3,
        "needs": needs,
    }


def _compute(i: dict[str, Any]) -> tuple[int | None, int | None, str | None, Any]:
    """The bare domain arithmetic for one assessment: the baseline, and the figures the set-up stores."""
    try:
        o = calculate(
            Ogrs3Input(
                i["gender"],
                i["date_of_birth"],
                i["conviction_date"],
                i["follow_up_start"],
                i["total_sanctions"],
                i["age_at_first_sanction"],
                i["offence_group"],
            )
        )
        one: int | None = o.one_year_pct
        two: int | None = o.two_year_pct
        band: str | None = o.band
    except Ogrs3Error:
        one = two = band = None
    t = calculate_tier(
        TierInput(
            gender=i["gender"],
            rosh_level=i["rosh_level"],
            rsr_pct=Decimal(i["rsr_pct"]) if i["rsr_pct"] else None,
            mappa_level=i["mappa_level"],
            complexity_factors=frozenset(i["complexity_factors"]),
            has_mandate_for_change=i["has_mandate_for_change"],
            has_assessment=True,
            needs=i["needs"],
            ogrs3_two_year_pct=two,
            iom=i["iom"],
            parenting_responsibilities=i["parenting_responsibilities"],
            impulsivity_or_temper_problems=i["impulsivity_or_temper_problems"],
            previous_breach_or_recall=i["previous_breach_or_recall"],
        )
    )
    return one, two, band, t


def _form(i: dict[str, Any]) -> AssessmentForm:
    """The form a supervisor would have signed for these inputs (identified needs with evidence)."""
    needs = tuple(
        NeedEntry(
            NeedSection(section),
            NeedSeverity(severity),
            severity != NeedSeverity.NO_NEED.value,
            False,
            "Synthetic evidence (benchmark)." if severity != NeedSeverity.NO_NEED.value else "",
            "Synthetic analysis (benchmark)." if severity != NeedSeverity.NO_NEED.value else "",
        )
        for section, severity in i["needs"].items()
    )
    return AssessmentForm(
        gender=Gender(i["gender"]),
        date_of_birth=i["date_of_birth"],
        has_mandate_for_change=i["has_mandate_for_change"],
        conviction_date=i["conviction_date"],
        follow_up_start=i["follow_up_start"],
        total_sanctions=i["total_sanctions"],
        age_at_first_sanction=i["age_at_first_sanction"],
        offence_group=i["offence_group"],
        rsr_pct=i["rsr_pct"] or "",
        rosh_level=RoshLevel(i["rosh_level"]) if i["rosh_level"] else None,
        mappa_level=i["mappa_level"],
        complexity_factors=frozenset(i["complexity_factors"]),
        iom=i["iom"],
        parenting_responsibilities=i["parenting_responsibilities"],
        impulsivity_or_temper_problems=i["impulsivity_or_temper_problems"],
        previous_breach_or_recall=i["previous_breach_or_recall"],
        needs=needs,
        protective_factors=("Synthetic protective factor (benchmark).",),
    )


def _set_up(
    store: Store, prisoners: int, seed: int
) -> tuple[CurrentUser, list[dict[str, Any]], dict[str, float]]:
    ctx = ServiceContext(store, Policy(), today=lambda: AS_AT)
    demo = DemoDataService(ctx)
    manager, _ = demo.ensure_demo_users()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    demo.generate(manager, prisoners=prisoners, seed=seed)
    timings["demo prisoners"] = time.perf_counter() - t0

    rng = random.Random(seed)
    with store.read() as s:
        people = s.execute(
            select(Prisoner.id, Prisoner.date_of_birth, Prisoner.gender).order_by(Prisoner.noms_number)
        ).all()
        # -- issue 8: the tier's RoSH input is the signed full analysis' level where the demo wrote one
        # (one per prisoner, never superseded), so the assessments start in step with it.
        analysed = dict(
            s.execute(
                select(CompletedRoshAnalysis.prisoner_id, CompletedRoshAnalysis.overall_level).where(
                    CompletedRoshAnalysis.deleted_at.is_(None)
                )
            ).all()
        )
        # Likewise its MAPPA input is the MAPPA status where the demo recorded one.
        mappa = dict(
            s.execute(
                select(MappaStatus.prisoner_id, MappaStatus.level).where(MappaStatus.deleted_at.is_(None))
            ).all()
        )
    inputs = [{"prisoner_id": pid, **_inputs(rng, dob, gender)} for pid, dob, gender in people]
    for i in inputs:
        i["rosh_level"] = analysed.get(i["prisoner_id"], i["rosh_level"])
        i["mappa_level"] = mappa.get(i["prisoner_id"], i["mappa_level"])

    t0 = time.perf_counter()
    completed_at = datetime.combine(ctx.today() - timedelta(days=30), time_of_day(10, 0))
    signer = (manager.user_id, manager.display_name)
    for start in range(0, len(inputs), CHUNK):
        assessments, needs, factors = [], [], []
        for i in inputs[start : start + CHUNK]:
            form = _form(i)
            # The service's own builder, as AssessmentService.complete and the demo generator write.
            record, need_rows, factor_rows = completed_rows(
                form,
                preview(form),
                prisoner_id=i["prisoner_id"],
                author=signer,
                signer=signer,
                supersedes_id=None,
                warnings=[],
                completed_at=completed_at,
            )
            assessments.append(record)
            needs.extend(need_rows)
            factors.extend(factor_rows)
        with ctx.write(manager, Permission.ASSESS) as uow:
            uow.add_many(CompletedLorAssessment, assessments, "lor_assessment.completed")
            uow.add_many(LorNeed, needs, "lor_need.recorded")
            uow.add_many(ProtectiveFactor, factors, "protective_factor.recorded")
    timings["assessments"] = time.perf_counter() - t0
    return manager, inputs, timings


def _make_stale(store: Store) -> None:
    """What a formula change looks like from the store: no stored tier or band matches today's rules."""
    with store.sessions.begin() as s:
        s.execute(text("UPDATE lor_assessment SET tier = 'D0', ogrs3_band = 'VERY_HIGH'"))
        s.execute(text("UPDATE tier_derivation SET tier = 'D0', ogrs3_band = 'VERY_HIGH'"))


def _count(store: Store, model: type[Any]) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _profile(call: Callable[[], object]) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats("tottime").print_stats(16)
    return buf.getvalue()


def bench(prisoners: int, seed: int, runs: int, profile: bool) -> dict[str, Any]:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        store = open_store(Path(tmp) / "tiers.db", os.urandom(32))
        try:
            manager, inputs, timings = _set_up(store, prisoners, seed)
            service = AssessmentService(ServiceContext(store, Policy(), today=lambda: AS_AT))

            baseline, baseline_runs = _median(lambda: [_compute(i) for i in inputs], runs)
            steady = service.recalculate_tiers(manager)
            assert steady.assessments == prisoners and steady.changed == 0, steady
            same, same_runs = _median(lambda: service.recalculate_tiers(manager), runs)
            changed_result: list[Any] = []
            changed, changed_runs = _median(
                lambda: changed_result.append(service.recalculate_tiers(manager)),
                runs,
                before=lambda: _make_stale(store),
            )
            last = changed_result[-1]
            assert last.changed == prisoners and last.tiers_changed == prisoners, last
            # One more all-changed run, counted: one audit event, no outbox change, a row per prisoner.
            _make_stale(store)
            audit, outbox = _count(store, AuditEvent), _count(store, Outbox)
            service.recalculate_tiers(manager)
            writes = {
                "audit_events_per_run": _count(store, AuditEvent) - audit,
                "outbox_changes_per_run": _count(store, Outbox) - outbox,
                "derived_rows": _count(store, TierDerivation),
            }
            assert writes == {
                "audit_events_per_run": 1,
                "outbox_changes_per_run": 0,
                "derived_rows": prisoners,
            }

            def caseload_tiers() -> None:
                with store.read() as s:
                    assert len(_latest_tiers(s, None)) == prisoners

            caseload, caseload_runs = _median(caseload_tiers, runs)
            result: dict[str, Any] = {
                "prisoners": prisoners,
                "setup_seconds": timings,
                "baseline_s": baseline,
                "unchanged_s": same,
                "all_changed_s": changed,
                "caseload_tiers_s": caseload,
                "unchanged_ratio": same / baseline,
                "all_changed_ratio": changed / baseline,
                "caseload_tiers_ratio": caseload / baseline,
                "runs": {
                    "baseline": baseline_runs,
                    "unchanged": same_runs,
                    "all_changed": changed_runs,
                    "caseload_tiers": caseload_runs,
                },
                "writes": writes,
            }
            if profile or max(same, changed) > BUDGET_S:
                result["profile_unchanged"] = _profile(lambda: service.recalculate_tiers(manager))
                _make_stale(store)
                result["profile_all_changed"] = _profile(lambda: service.recalculate_tiers(manager))
            return result
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--prisoners", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2012)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    r = bench(args.prisoners, args.seed, args.runs, args.profile)
    if args.json:
        print(json.dumps(r, indent=2, default=str))
        return 0
    print(
        f"recalculate tiers, {r['prisoners']:,} prisoners, median of {args.runs} runs after one warm-up "
        f"({sys.platform}, {os.cpu_count()} CPUs)"
    )
    print("set-up: " + ", ".join(f"{k} {v:.1f} s" for k, v in r["setup_seconds"].items()))
    print(f"{'':34}{'seconds':>9} {'ratio':>7}")
    print(f"{'baseline: domain arithmetic only':34}{r['baseline_s']:>9.3f} {1:>6.1f}x")
    print(f"{'recalculate_tiers, nothing changed':34}{r['unchanged_s']:>9.3f} {r['unchanged_ratio']:>6.1f}x")
    print(f"{'recalculate_tiers, all changed':34}{r['all_changed_s']:>9.3f} {r['all_changed_ratio']:>6.1f}x")
    print(f"{'caseload tier query':34}{r['caseload_tiers_s']:>9.3f} {r['caseload_tiers_ratio']:>6.1f}x")
    w = r["writes"]
    print(
        f"per all-changed run: {w['audit_events_per_run']} audit event, {w['outbox_changes_per_run']} outbox "
        f"changes, {w['derived_rows']:,} derived rows"
    )
    worst = max(r["unchanged_s"], r["all_changed_s"])
    verdict = "within" if worst < BUDGET_S else "OVER"
    print(f"budget {BUDGET_S:.1f} s (issue 3): worst case {worst:.3f} s, {verdict} budget")
    for case in ("unchanged", "all_changed"):
        if f"profile_{case}" in r:
            print(f"\nprofile of one {case.replace('_', '-')} run:")
            print(r[f"profile_{case}"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
