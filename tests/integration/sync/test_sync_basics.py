"""First end-to-end checks: a reception on one terminal reaches another over real HTTP."""

from __future__ import annotations

from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.store.models import Prisoner, Sentence


def test_reception_on_one_terminal_reaches_the_other(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    assert t1.client.status().pending == 3
    report = t1.sync_ok()
    assert report.acked == 3 and t1.client.status().pending == 0
    assert t1.client.status().last_success_at is not None
    t2.sync_ok()
    got = t2.prisoner(pid)
    assert got is not None and got.noms_number == "A1234BC" and got.server_version == 1
    assert "testperson" in got.search_key
    with t2.store.read() as s:
        assert s.query(Sentence).filter_by(prisoner_id=pid).count() == 1
    assert t2.outbox() == []  # pulled changes write no outbox rows
    assert t2.count("SELECT count(*) FROM audit_event WHERE action = 'sync.pulled'") == 3
    assert_nothing_lost_or_duplicated(central, t1, t2)
    # and its own changes come back without harm
    t1.sync_ok()
    assert t1.prisoner(pid).server_version == 1  # type: ignore[union-attr]
    assert Prisoner.__entity__ == "prisoner"
