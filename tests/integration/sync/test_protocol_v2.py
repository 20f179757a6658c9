"""Sync protocol 2 on a real terminal (issue 11 point 6): the feed acknowledges the terminal's own
changes by id instead of sending them back, and a store that lost them gets them back whole."""

from __future__ import annotations

from sqlalchemy import update
from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.store.models import Outbox
from workbench.store.unit_of_work import UnitOfWork
from workbench.sync import state
from workbench.sync.apply import LocalApplier
from workbench.sync.client import SYNC_ACTOR


def test_own_changes_whose_push_answer_was_lost_are_acknowledged_by_the_feed(central: CentralFixture) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    t1.sync_ok(pull=False)
    with UnitOfWork(t1.store, SYNC_ACTOR) as uow:  # as if the push's answer never arrived
        uow.session.execute(update(Outbox).values(status="SENDING", acked_at=None))
    report = t1.sync_ok(push=False)
    assert {o.status for o in t1.outbox()} == {"ACKED"}
    assert report.pulled == 3
    assert t1.count("SELECT count(*) FROM audit_event WHERE action = 'sync.pulled'") == 0
    assert t1.count("SELECT count(*) FROM audit_event WHERE action = 'sync.confirmed'") == 1
    assert t1.prisoner(pid).server_version == 1  # type: ignore[union-attr]
    assert_nothing_lost_or_duplicated(central, t1)


def test_a_store_that_lost_its_own_changes_gets_them_back_from_the_central_record(
    central: CentralFixture,
) -> None:
    t1 = central.terminal("t1")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    # As if restored from a copy taken before the reception: the rows and their outbox are gone.
    with UnitOfWork(t1.store, SYNC_ACTOR) as uow:
        assert LocalApplier(uow, t1.device_id).purge_if_clear(pid)
        state.set_value(uow.session, state.CURSOR, "0")
    assert t1.prisoner(pid) is None
    t1.sync_ok()
    back = t1.prisoner(pid)
    assert back is not None and back.noms_number == "A1234BC" and back.server_version == 1
    assert t1.count(f"SELECT count(*) FROM sentence WHERE prisoner_id = '{pid}'") == 1
