"""The demo profile's risk management plans, MAPPA, children and victims (issue 8 point 7)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.risk_people import RiskPeopleService
from workbench.casework.rmp import RmpService
from workbench.domain.enums import RoshLevel
from workbench.store.audit import verify_chain
from workbench.store.child_victim_models import ChildConcern, Victim
from workbench.store.models import Prisoner
from workbench.store.rosh_models import MappaStatus, RiskManagementPlan


def test_demo_high_risk_cases_have_plans_some_with_gaps_some_awaiting_and_some_missing(
    ctx: ServiceContext,
) -> None:
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    changes = service.generate(manager, prisoners=200)
    assert changes.touches("risk_management_plan") and changes.touches("mappa_status")

    with ctx.store.read() as s:
        high = [
            p.id
            for p in s.scalars(select(Prisoner))
            if p.rosh_level in (RoshLevel.HIGH.value, RoshLevel.VERY_HIGH.value)
        ]
        plans = list(s.scalars(select(RiskManagementPlan)))
        assert {p.prisoner_id for p in plans} <= set(high)
        statuses = Counter(p.status for p in plans)
        assert statuses["COMPLETED"] > 0 and statuses["DRAFT"] > 0
        assert len({p.prisoner_id for p in plans}) < len(high)  # some have no plan yet
        assert s.scalars(select(MappaStatus)).first() is not None
        assert s.scalars(select(ChildConcern)).first() is not None
        assert s.scalars(select(Victim)).first() is not None
        assert verify_chain(s).ok

    rmp = RmpService(ctx)
    states = Counter()
    drafts_with_gaps = 0
    for pid in {p.prisoner_id for p in plans}:
        overview = rmp.overview(manager, pid)
        if overview.current is not None:
            states[overview.current.countersign_state] += 1
            assert all(m.is_complete for m in overview.current.form.measures)
        if overview.draft is not None:
            drafts_with_gaps += any(not m.is_complete for m in overview.draft.form.measures)
        RiskPeopleService(ctx).overview(manager, pid)
    assert states["Awaiting countersignature"] > 0
    assert any(s and s.startswith("Countersigned by") for s in states)
    assert drafts_with_gaps > 0

    rows = CaseloadService(ctx).rows(manager)
    assert any(r.mappa_level for r in rows)
