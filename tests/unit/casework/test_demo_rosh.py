"""The demo profile's risk-of-harm work (issue 8 point 7): every screen has something real to show."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.dto.rosh import CountersignStatus
from workbench.casework.rosh.countersign import CountersignService
from workbench.casework.rosh.overview import RoshOverviewService
from workbench.casework.rosh_records import current_signed
from workbench.store.audit import verify_chain
from workbench.store.models import Prisoner
from workbench.store.rosh_models import CompletedRoshAnalysis, CompletedRoshScreening, Countersignature


def test_the_demo_caseload_holds_risk_of_harm_work_of_every_kind(ctx: ServiceContext) -> None:
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    service.generate(manager, prisoners=200, seed=7)
    with ctx.store.read() as s:
        prisoners = list(s.scalars(select(Prisoner)))
        screened = {r.prisoner_id: r for r in s.scalars(select(CompletedRoshScreening))}
        analyses = list(s.scalars(select(CompletedRoshAnalysis)))
        decisions = Counter(d.decision for d in s.scalars(select(Countersignature)))
        assert verify_chain(s).ok
        for a in analyses:  # the analysis agrees with the prisoner's level (and so with the tier)
            p = s.get(Prisoner, a.prisoner_id)
            assert p is not None and p.rosh_level == a.overall_level
            assert current_signed(s, CompletedRoshAnalysis, a.prisoner_id) is not None
    assert any(p.rosh_level and p.id not in screened for p in prisoners)  # overdue screenings
    required = Counter(r.analysis_required for r in screened.values())
    assert required[True] > 0 and required[False] > 0
    assert any("unknown" in r.answers for r in screened.values())
    assert {a.overall_level for a in analyses} == {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"}
    assert any(
        r.analysis_required and r.prisoner_id not in {a.prisoner_id for a in analyses}
        for r in screened.values()
    )
    assert decisions["RETURNED"] == 1 and decisions["COUNTERSIGNED"] > 0
    queue = CountersignService(ctx).queue(manager)
    assert len(queue) > 0
    returned = next(
        p
        for p in screened
        if RoshOverviewService(ctx).overview(manager, p).notices
        and any("returned for rework" in n for n in RoshOverviewService(ctx).overview(manager, p).notices)
    )
    overview = RoshOverviewService(ctx).overview(manager, returned)
    states = [d.countersign.status for d in (overview.screening, overview.analysis) if d and d.countersign]
    assert CountersignStatus.RETURNED in states
