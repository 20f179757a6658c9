"""The demo profile's sentence plans (issue 9 point 6): good plans with every quality check green, and
plans with the inspectors' typical faults, each visible on the quality panel; deterministic by seed."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.demo_plan import DEMO_NOTE, FAULTS, drawn_faults
from workbench.casework.plan_quality import PlanQualityService
from workbench.config import load_catalogue
from workbench.domain.plan import Rag
from workbench.store.audit import verify_chain
from workbench.store.engine import open_store
from workbench.store.models import Prisoner
from workbench.store.plan_models import PlanObjective, PlanVersion, SentencePlan

PRISONERS = 160


@pytest.fixture
def demo(ctx: ServiceContext) -> ServiceContext:
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    changes = service.generate(manager, prisoners=PRISONERS)
    assert changes.touches("sentence_plan") and changes.touches("plan_objective")
    return ctx


def _manager(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    manager, _ = DemoDataService(ctx).ensure_demo_users()
    return manager


def test_most_sentenced_demo_prisoners_have_one_plan_marked_as_demo(demo: ServiceContext) -> None:
    with demo.store.read() as s:
        prisoners = s.scalars(select(Prisoner.id)).all()
        plans = s.scalars(select(SentencePlan)).all()
        assert len(plans) > len(prisoners) / 2
        assert len({p.prisoner_id for p in plans}) == len(plans)  # one plan per prisoner
        assert all(p.started_by_name.endswith("(demo)") for p in plans)
        versions = s.scalars(select(PlanVersion)).all()
        assert versions and all(v.reason_note == DEMO_NOTE for v in versions)
        assert verify_chain(s).ok
    rows = CaseloadService(demo).rows(_manager(demo))
    states = Counter(r.plan_state for r in rows)
    assert states["AGREED"] > 0 and states["NO_PLAN"] > 0
    assert any(r.plan_status.startswith("Agreed v") and r.plan_status != "Agreed v1" for r in rows)


def test_good_demo_plans_are_green_and_each_typical_fault_shows(demo: ServiceContext) -> None:
    manager = _manager(demo)
    quality = PlanQualityService(demo)
    with demo.store.read() as s:
        planned = s.execute(
            select(Prisoner.id, Prisoner.noms_number).join(
                SentencePlan, SentencePlan.prisoner_id == Prisoner.id
            )
        ).all()
        process_only = {
            pid
            for pid, outcome in s.execute(select(PlanObjective.prisoner_id, PlanObjective.outcome))
            if outcome in ("Complete TSP", "Attend education", "Engage with CARAT", "Do victim awareness")
        }
    good = 0
    seen: Counter[str] = Counter()
    for pid, noms in planned:
        checks = {c.key: c for c in quality.checks(manager, pid)}
        drawn = drawn_faults(noms)
        if not drawn:
            good += 1
            assert {k: c.reason for k, c in checks.items() if c.rag is not Rag.GREEN} == {}, noms
            assert pid not in process_only
            continue
        if checks["contact_levels"].rag is Rag.RED:
            seen["no_contact_levels"] += 1
        if checks["action_owners"].rag is Rag.RED:
            seen["no_owner"] += 1
        if checks["needs_covered"].rag is Rag.RED:
            seen["need_without_objective"] += 1
        if checks["needs_covered"].rag is Rag.AMBER and checks["delivery_routes"].rag is Rag.AMBER:
            seen["masked_by_availability"] += 1
        if checks["involvement"].rag is Rag.RED:
            seen["no_involvement"] += 1
        if pid in process_only:
            seen["process_only"] += 1  # flagged by the linter once it lands (issue 9 point 2)
    assert good >= len(planned) / 4
    assert set(seen) == set(FAULTS), seen


def test_demo_plans_are_the_same_for_the_same_seed(demo: ServiceContext, tmp_path: Path) -> None:
    other_store = open_store(tmp_path / "again.db", b"k" * 32)
    try:
        other = ServiceContext(other_store, demo.policy, today=demo.today, catalogue=load_catalogue())
        service = DemoDataService(other)
        manager, _ = service.ensure_demo_users()
        service.generate(manager, prisoners=PRISONERS)

        def content(ctx: ServiceContext) -> list[tuple[str, str, str, str]]:
            with ctx.store.read() as s:
                rows = s.execute(
                    select(
                        Prisoner.noms_number, PlanObjective.outcome, PlanObjective.links, PlanObjective.phase
                    )
                    .join(PlanObjective, PlanObjective.prisoner_id == Prisoner.id)
                    .order_by(Prisoner.noms_number, PlanObjective.position)
                ).all()
            return [(n, o, json.dumps(json.loads(link)), p) for n, o, link, p in rows]

        assert content(demo) == content(other) and content(demo)
    finally:
        other_store.close()
