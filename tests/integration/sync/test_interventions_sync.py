"""Required interventions are field-merged (class B): two terminals changing different fields of one
requirement offline both keep their work; the establishment's ledger on each terminal agrees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.casework.dto.interventions import RequirementInput
from workbench.casework.interventions import InterventionService
from workbench.domain.needs import NeedSection
from workbench.domain.plan import Availability, link_code


def test_two_terminals_change_different_fields_of_one_requirement(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    base = RequirementInput(
        "",
        "Thinking skills",
        link_code(NeedSection.THINKING_AND_BEHAVIOUR),
        Availability.NOT_RUN_HERE,
        "Not run",
    )
    rid, _ = InterventionService(t1.ctx).record(t1.os, pid, base)
    t1.sync_ok()
    t2.sync_ok()

    # Offline, t1 plans it here; t2 rewords the reason. Different fields: both stand after sync.
    InterventionService(t1.ctx).update(
        t1.os, rid, replace(base, availability=Availability.PLANNED_HERE, planned_on=date(2027, 2, 1))
    )
    InterventionService(t2.ctx).update(t2.os, rid, replace(base, reason="Not run since the tutor left"))
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()

    for term in (t1, t2):
        (row,) = InterventionService(term.ctx).for_prisoner(term.os, pid)
        assert (row.availability, row.planned_on, row.reason) == (
            Availability.PLANNED_HERE,
            date(2027, 2, 1),
            "Not run since the tutor left",
        )
        ledger = InterventionService(term.ctx).ledger(term.os)
        assert [(c.intervention, c.availability, c.count) for c in ledger.counts] == [
            ("Thinking skills", Availability.PLANNED_HERE, 1)
        ]
    assert t1.conflicts() == [] and t2.conflicts() == []
    assert_nothing_lost_or_duplicated(central, t1, t2)
