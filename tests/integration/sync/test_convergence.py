"""Hypothesis: three terminals make random edits, deletes, partial syncs and crashes, then converge.

After every run all terminals sync until quiet; then every committed local change is on the central
record exactly once or visibly quarantined, and every terminal holds exactly the central record's
version of every prisoner (except fields with quarantined work, which stay visible instead).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select, update
from sync_harness import DROP_RESPONSE, CentralFixture, Term, assert_nothing_lost_or_duplicated

from workbench.central import enrol
from workbench.central.app import create_app
from workbench.central.embedded import serve_in_thread
from workbench.store.models import Outbox, Prisoner
from workbench.sync.conflicts import wire

FIELDS = {
    "location": st.sampled_from(["A-1-01", "B-2-02", "C-3-03"]),
    "rosh_level": st.sampled_from(["LOW", "MEDIUM", "HIGH", "VERY_HIGH"]),
    "given_name": st.sampled_from(["Alex", "Sam", "Jo"]),
}
COMPARED = ("location", "rosh_level", "given_name", "family_name", "establishment_code")
_RUN = itertools.count()


def build_machine(root: Path) -> type[RuleBasedStateMachine]:
    class ThreeTerminals(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            run = root / f"run{next(_RUN)}"
            run.mkdir()
            url = f"sqlite:///{run / 'central.db'}"
            app = create_app(url)
            self.central = CentralFixture("", url, serve_in_thread(app), app.state.db, [False], run)
            self.central.url = self.central.running.url
            enrol.add_establishment(self.central.db, "MDI", "HMP Moorland")
            self.terms = [self.central.terminal(f"t{i}") for i in range(3)]
            self.noms = itertools.count(100)

        def teardown(self) -> None:
            if not hasattr(self, "central"):
                return
            try:
                self._converge_and_check()
            finally:
                for t in self.terms:
                    t.client.close()
                    t.store.close()
                self.central.running.stop()
                self.central.db.close()

        def _live(self, t: Term) -> list[str]:
            with t.store.read() as s:
                return list(
                    s.scalars(
                        select(Prisoner.id)
                        .where(Prisoner.deleted_at.is_(None), Prisoner.left_scope_at.is_(None))
                        .order_by(Prisoner.id)
                    )
                )

        @rule(who=st.integers(0, 2))
        def receive(self, who: int) -> None:
            n = next(self.noms)
            self.terms[who].receive(f"A{who}{n:03d}BC")

        @rule(who=st.integers(0, 2), pick=st.integers(0, 50), data=st.data())
        def edit(self, who: int, pick: int, data: st.DataObject) -> None:
            t = self.terms[who]
            live = self._live(t)
            if not live:
                return
            name = data.draw(st.sampled_from(sorted(FIELDS)))
            t.edit(live[pick % len(live)], **{name: data.draw(FIELDS[name])})

        @rule(who=st.integers(0, 2), pick=st.integers(0, 50))
        def delete(self, who: int, pick: int) -> None:
            t = self.terms[who]
            live = self._live(t)
            if live:
                t.delete(live[pick % len(live)])

        @rule(who=st.integers(0, 2), partial=st.booleans())
        def sync(self, who: int, partial: bool) -> None:
            t = self.terms[who]
            if partial:
                t.sync(max_batches=1, max_pages=1)
            else:
                t.sync()

        @rule(who=st.integers(0, 2))
        def lost_answers(self, who: int) -> None:
            t = self.terms[who]
            t.faults.arm(DROP_RESPONSE, times=4)  # a whole run of lost acknowledgements: offline
            t.sync()
            t.faults.armed.clear()

        @precondition(lambda self: hasattr(self, "terms"))
        @rule(who=st.integers(0, 2))
        def crash_while_sending(self, who: int) -> None:
            t = self.terms[who]  # a push interrupted before its answer: rows left SENDING
            with t.store.write_sessions() as s, s.begin():
                s.execute(update(Outbox).where(Outbox.status == "PENDING").values(status="SENDING"))

        @invariant()
        def no_change_applied_twice(self) -> None:
            if hasattr(self, "central"):
                ids = self.central.change_ids()
                assert len(ids) == len(set(ids))

        def _converge_and_check(self) -> None:
            for _ in range(3):
                for t in self.terms:
                    assert t.sync().error is None
            assert_nothing_lost_or_duplicated(self.central, *self.terms)
            with self.central.db.read() as conn:
                from sqlalchemy import text

                rows = conn.execute(
                    text("SELECT entity_id, fields_json FROM entity_state WHERE entity = 'prisoner'")
                )
                server = {r[0]: __import__("json").loads(r[1]) for r in rows}
            for t in self.terms:
                held = {o.entity_id for o in t.outbox("QUARANTINED")}
                with t.store.read() as s:
                    local = {p.id: p for p in s.scalars(select(Prisoner))}
                assert set(local) == set(server), f"{t.name} does not hold the same prisoners"
                for pid, fields in server.items():
                    if pid in held:
                        continue
                    p = local[pid]
                    for name in COMPARED:
                        assert wire(getattr(p, name)) == fields[name], (t.name, pid, name)
                    assert (p.deleted_at is None) == (fields["deleted_at"] is None), (t.name, pid)

    return ThreeTerminals


@pytest.mark.slow
def test_three_terminals_converge(tmp_path: Path) -> None:
    machine = build_machine(tmp_path)
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=int(os.environ.get("SYNC_CONVERGENCE_EXAMPLES", "12")),
            stateful_step_count=14,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
