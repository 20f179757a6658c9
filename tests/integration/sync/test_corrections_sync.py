"""A correction of prisoner details reaches the other terminals and merges per field (issue 7 point 5)."""

from __future__ import annotations

from datetime import date

from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.casework.caseload import CaseloadService
from workbench.casework.corrections import CorrectionService, DetailsCorrection
from workbench.domain.enums import RoshLevel
from workbench.domain.scope import ScopeStatus
from workbench.store.models import Sentence


def test_a_correction_on_one_terminal_arrives_on_the_other_with_its_history(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC", is_ppo=None, rosh_level=RoshLevel.MEDIUM)
    t1.sync_ok()
    t2.sync_ok()
    assert CaseloadService(t2.ctx).detail(t2.os, pid).scope.status is ScopeStatus.UNKNOWN

    CorrectionService(t1.ctx).correct(
        t1.os,
        pid,
        DetailsCorrection(is_ppo=True, conditional_release_date=date(2028, 6, 1)),
        "PPO status confirmed by the police",
    )
    t1.sync_ok()
    t2.sync_ok()

    detail = CaseloadService(t2.ctx).detail(t2.os, pid)
    assert detail.is_ppo is True and detail.scope.status is ScopeStatus.IN_SCOPE
    assert detail.sentence is not None and detail.sentence.conditional_release_date == date(2028, 6, 1)
    history = CorrectionService(t2.ctx).history(t2.os, pid)
    assert [h.summary for h in history] == [
        "Corrected on 26 Nov 2026 by Supervisor t1: PPO status, CRD — PPO status confirmed by the police"
    ]
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_corrections_of_different_fields_on_two_terminals_merge(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC", is_ppo=None)
    t1.sync_ok()
    t2.sync_ok()
    with t2.store.read() as s:
        sentence_id = s.query(Sentence.id).filter_by(prisoner_id=pid).scalar()

    # Both correct while offline from each other: t1 the PPO status and the CRD, t2 the cell and the SED.
    CorrectionService(t1.ctx).correct(
        t1.os,
        pid,
        DetailsCorrection(is_ppo=False, conditional_release_date=date(2028, 6, 1)),
        "Confirmed with the police and OCA",
    )
    CorrectionService(t2.ctx).correct(
        t2.os,
        pid,
        DetailsCorrection(location="B-2-14", sentence_expiry_date=date(2029, 11, 19)),
        "Cell move and SED recalculated",
    )
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()

    for term in (t1, t2):
        detail = CaseloadService(term.ctx).detail(term.os, pid)
        assert (detail.is_ppo, detail.location) == (False, "B-2-14"), term.name
        assert detail.sentence is not None
        assert detail.sentence.conditional_release_date == date(2028, 6, 1), term.name
        assert detail.sentence.sentence_expiry_date == date(2029, 11, 19), term.name
        assert len(CorrectionService(term.ctx).history(term.os, pid)) == 2, term.name
        assert term.conflicts() == [], term.name
    server = central.state("sentence", sentence_id)
    assert server is not None
    assert (server["conditional_release_date"], server["sentence_expiry_date"]) == (
        "2028-06-01",
        "2029-11-19",
    )
    assert_nothing_lost_or_duplicated(central, t1, t2)
