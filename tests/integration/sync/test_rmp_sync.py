"""The risk management plan and its distribution sync between terminals (issue 8 points 4, 7 and 9):
the signed plan is class A and arrives unchanged; sharing and acknowledging on two terminals merge
per field (class B); children and victims arrive too."""

from __future__ import annotations

from datetime import date

from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.casework.dto.rmp import RmpForm, VictimForm
from workbench.casework.risk_people import RiskPeopleService
from workbench.casework.rmp import RmpService
from workbench.domain.rmp import Measure, MeasureCategory, Party


def _plan(user_day: date) -> RmpForm:
    return RmpForm(
        tuple(
            Measure(c, "Weekly one-to-one", "Offender supervisor", "Sam Supervisor", "Risk meeting", user_day)
            for c in MeasureCategory
        ),
        {},
        date(2027, 5, 26),
    )


def test_a_signed_plan_and_its_acknowledgements_reach_the_other_terminal(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    RiskPeopleService(t1.ctx).save_victim(t1.os, pid, VictimForm(victim="Former partner"))
    rmp1 = RmpService(t1.ctx)
    draft, _ = rmp1.start_draft(t1.os, pid)
    rmp1.save_draft(t1.os, draft.plan_id, _plan(date(2027, 1, 15)))
    plan, _ = rmp1.sign(t1.os, draft.plan_id)
    security, _ = rmp1.add_party(t1.os, plan.plan_id, Party.SECURITY)
    t1.sync_ok()
    t2.sync_ok()

    rmp2 = RmpService(t2.ctx)
    seen = rmp2.overview(t2.os, pid)
    assert seen.current is not None and seen.current.plan_id == plan.plan_id
    assert seen.current.form.measures == plan.form.measures
    assert [v.form.victim for v in RiskPeopleService(t2.ctx).overview(t2.os, pid).victims] == [
        "Former partner"
    ]

    # Offline from each other: t1 records when it was shared, t2 the acknowledgement (other fields).
    rmp1.mark_shared(t1.os, security.distribution_id, date(2026, 11, 24))
    rmp2.mark_acknowledged(t2.os, security.distribution_id, date(2026, 11, 25), "J. Officer")
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()
    for term, service in ((t1, rmp1), (t2, rmp2)):
        (party,) = service.overview(term.os, pid).distribution
        assert (party.shared_on, party.acknowledged_on, party.acknowledged_by) == (
            date(2026, 11, 24),
            date(2026, 11, 25),
            "J. Officer",
        ), term.name
        assert term.conflicts() == [], term.name
    assert_nothing_lost_or_duplicated(central, t1, t2)
