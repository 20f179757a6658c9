"""The pipelined pull (issue 11 point 6) against the real central record over real HTTP, in small pages.

Page N+1 is fetched while page N is applied; a lost, cut or refused answer to the page fetched ahead is
retried like any other, and every change still arrives exactly once, in order.
"""

from __future__ import annotations

from sync_harness import (
    CUT_RESPONSE,
    DELAY,
    DROP_RESPONSE,
    CentralFixture,
    Term,
    assert_nothing_lost_or_duplicated,
    status_fault,
)

from workbench.sync import state

FEED = "/sync/v1/changes"


def cursor(term: Term) -> int:
    with term.store.read() as s:
        return state.get_cursor(s)


def top(central: CentralFixture) -> int:
    return central.count("SELECT value FROM seq_counter WHERE id = 1")


def test_faults_on_the_pages_fetched_ahead_are_retried_and_nothing_arrives_twice(
    central: CentralFixture,
) -> None:
    t1 = central.terminal("t1")
    pids = [t1.receive(noms) for noms in ("A1111AA", "B2222BB", "C3333CC", "D4444DD")]
    t1.sync_ok()
    t2 = central.terminal("t2", page_size=2)
    # The first page is delayed; the second, fetched ahead while the first is applied, loses its answer,
    # then comes back cut short, then refused (503): retried each time from the pool's thread.
    t2.faults.arm(DELAY, FEED)
    t2.faults.arm(DROP_RESPONSE, FEED)
    t2.faults.arm(CUT_RESPONSE, FEED)
    t2.faults.arm(status_fault(503), FEED)
    report = t2.sync_ok()
    assert t2.faults.armed == []
    pages = [s for s in t2.faults.seen if s.startswith(f"GET {FEED}")]
    assert len(pages) == report.pages + 3  # each fault cost one more request, nothing more
    assert report.pages >= 6 and cursor(t2) == top(central)
    assert all(t2.prisoner(pid) is not None for pid in pids)
    pulled = t2.count("SELECT count(*) FROM audit_event WHERE action = 'sync.pulled'")
    assert pulled == len(central.change_ids())  # each change applied once
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_own_changes_come_back_as_acknowledgements_over_several_pages(central: CentralFixture) -> None:
    t1 = central.terminal("t1", page_size=2)
    for noms in ("A1111AA", "B2222BB", "C3333CC"):
        t1.receive(noms)
    report = t1.sync_ok()
    assert report.pulled == len(central.change_ids()) == 9
    assert cursor(t1) == top(central)
    confirmed = t1.count("SELECT count(*) FROM audit_event WHERE action = 'sync.confirmed'")
    assert confirmed >= 4  # one per page that held acknowledgements
    assert t1.count("SELECT count(*) FROM audit_event WHERE action = 'sync.pulled'") == 0
    assert {o.status for o in t1.outbox()} == {"ACKED"}
    assert_nothing_lost_or_duplicated(central, t1)
