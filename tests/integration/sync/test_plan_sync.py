"""The sentence plan syncs between terminals (issue 9 points 6 and 7), on SQLite and PostgreSQL:

- two terminals editing DIFFERENT objectives of the same plan offline both keep their work;
- the SAME field of the same objective edited to different values becomes a visible conflict;
- both terminals starting the plan offline end with ONE plan (the same id) and no conflict.

The plan rows are written through ``UnitOfWork`` with the plan models (the plan service is being built
in parallel); the integrator may switch the writes to ``services.plan`` once it lands.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sync_harness import CentralFixture, Term, assert_nothing_lost_or_duplicated

from workbench.casework.plan.rows import ensure_plan
from workbench.casework.sync_conflicts import SyncConflictService
from workbench.domain.needs import NeedSection
from workbench.domain.plan import link_code, plan_id_for
from workbench.store.plan_models import PlanObjective, SentencePlan
from workbench.store.unit_of_work import Actor, UnitOfWork


def _pair(central: CentralFixture) -> tuple[Term, Term, str]:
    """Two MDI terminals that both hold one prisoner received on the first."""
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t2.sync_ok()
    assert t2.prisoner(pid) is not None
    return t1, t2, pid


def _uow(term: Term) -> UnitOfWork:
    return UnitOfWork(term.store, Actor(term.os.user_id, term.os.username))


def _start_plan(term: Term, pid: str, **values: str) -> str:
    with _uow(term) as uow:
        plan = ensure_plan(uow, pid)
        if values:
            uow.update(plan, "sentence_plan.edited", **values)
        return plan.id


def _add_objective(term: Term, pid: str, outcome: str, need: NeedSection, position: int) -> str:
    with _uow(term) as uow:
        plan = ensure_plan(uow, pid)
        row = uow.add(
            PlanObjective(
                prisoner_id=pid,
                plan_id=plan.id,
                outcome=outcome,
                links=json.dumps([link_code(need)]),
                measure="Reviewed monthly",
                position=position,
            ),
            "plan_objective.added",
        )
        return str(row.id)


def _objective(term: Term, objective_id: str) -> tuple[str, str]:
    with term.store.read() as s:
        row = s.get(PlanObjective, objective_id)
        assert row is not None
        return row.outcome, row.measure


def test_two_terminals_editing_different_objectives_offline_both_keep_their_work(
    any_central: CentralFixture,
) -> None:
    t1, t2, pid = _pair(any_central)
    drugs = _add_objective(t1, pid, "To stay drug free", NeedSection.DRUG_MISUSE, 0)
    housing = _add_objective(t1, pid, "To have a tenancy on release", NeedSection.ACCOMMODATION, 1)
    t1.sync_ok()
    t2.sync_ok()
    assert _objective(t2, drugs) == ("To stay drug free", "Reviewed monthly")

    # Offline from each other: t1 rewrites the drugs objective, t2 the housing objective's measure.
    t1.edit(pid, PlanObjective, drugs, outcome="To stay free of heroin and manage cravings")
    t2.edit(pid, PlanObjective, housing, measure="Tenancy offered before the release board")
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()
    for term in (t1, t2):
        assert _objective(term, drugs) == ("To stay free of heroin and manage cravings", "Reviewed monthly")
        assert _objective(term, housing) == (
            "To have a tenancy on release",
            "Tenancy offered before the release board",
        )
        assert term.conflicts() == [], term.name
    assert_nothing_lost_or_duplicated(any_central, t1, t2)


def test_the_same_field_of_one_objective_edited_on_both_is_a_visible_conflict(
    any_central: CentralFixture,
) -> None:
    t1, t2, pid = _pair(any_central)
    drugs = _add_objective(t1, pid, "To stay drug free", NeedSection.DRUG_MISUSE, 0)
    t1.sync_ok()
    t2.sync_ok()

    t1.edit(pid, PlanObjective, drugs, measure="Negative tests each month")
    t2.edit(pid, PlanObjective, drugs, measure="CARAT worker's report at each review")
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()

    assert any_central.count("SELECT count(*) FROM conflict") == 1
    [mine] = t2.conflicts()
    assert (mine.entity, mine.entity_id, mine.kind, mine.field) == (
        "plan_objective",
        drugs,
        "FIELD",
        "measure",
    )
    assert [json.loads(v) for v in (mine.base_value, mine.mine_value, mine.theirs_value)] == [
        "Reviewed monthly",
        "CARAT worker's report at each review",
        "Negative tests each month",
    ]
    [theirs] = t1.conflicts()  # shown to both authors
    assert (theirs.entity_id, theirs.field) == (drugs, "measure")
    for term in (t1, t2):
        # The central record keeps the first value; the other is held in the conflict, never dropped.
        assert _objective(term, drugs)[1] == "Negative tests each month", term.name
        attention = SyncConflictService(term.ctx).attention(term.os)
        assert attention.count >= 1, term.name
    assert_nothing_lost_or_duplicated(any_central, t1, t2)


def test_two_terminals_starting_the_plan_offline_end_with_one_plan_and_no_conflict(
    any_central: CentralFixture,
) -> None:
    t1, t2, pid = _pair(any_central)
    first = _start_plan(t1, pid, contact_frequency="MONTHLY")
    second = _start_plan(t2, pid, involvement="AGREES")
    assert first == second == plan_id_for(pid)
    drugs = _add_objective(t1, pid, "To stay drug free", NeedSection.DRUG_MISUSE, 0)
    housing = _add_objective(t2, pid, "To have a tenancy on release", NeedSection.ACCOMMODATION, 1)
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()

    assert any_central.count("SELECT count(*) FROM conflict") == 0
    state = any_central.state("sentence_plan", first)
    assert state is not None and (state["contact_frequency"], state["involvement"]) == ("MONTHLY", "AGREES")
    for term in (t1, t2):
        with term.store.read() as s:
            plans = s.scalars(select(SentencePlan).where(SentencePlan.prisoner_id == pid)).all()
            assert [(p.id, p.contact_frequency, p.involvement) for p in plans] == [
                (first, "MONTHLY", "AGREES")
            ], term.name
            objectives = s.scalars(select(PlanObjective.id).where(PlanObjective.plan_id == first)).all()
            assert sorted(objectives) == sorted([drugs, housing]), term.name
        assert term.conflicts() == [], term.name
    assert_nothing_lost_or_duplicated(any_central, t1, t2)
