"""Key dates and offence-paralleling flags reach the other terminals (issue 10): the new sentence columns
round-trip through the central record and merge per field; the flag's log entry arrives as it was written."""

from __future__ import annotations

from datetime import date

from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.casework.caseload import CaseloadService
from workbench.casework.contact_log import ContactLogService
from workbench.casework.corrections import CorrectionService, DetailsCorrection
from workbench.casework.handover import HandoverService
from workbench.casework.offence_paralleling import OffenceParallelingService, ParallelingSource
from workbench.store.models import Sentence


def test_key_dates_corrected_on_two_terminals_merge_and_arrive_everywhere(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t2.sync_ok()
    with t2.store.read() as s:
        sentence_id = s.query(Sentence.id).filter_by(prisoner_id=pid).scalar()

    CorrectionService(t1.ctx).correct(
        t1.os,
        pid,
        DetailsCorrection(automatic_release_date=date(2028, 3, 19), early_allocation=True),
        "Key dates from the OCA sheet",
    )
    CorrectionService(t2.ctx).correct(
        t2.os,
        pid,
        DetailsCorrection(categorisation_review_date=date(2027, 2, 1), open_conditions_date=date(2027, 9, 1)),
        "Categorisation board dates",
    )
    t1.sync_ok()
    t2.sync_ok()
    t1.sync_ok()

    for term in (t1, t2):
        s = CaseloadService(term.ctx).detail(term.os, pid).sentence
        assert s is not None
        assert (s.automatic_release_date, s.early_allocation) == (date(2028, 3, 19), True), term.name
        assert (s.categorisation_review_date, s.open_conditions_date) == (date(2027, 2, 1), date(2027, 9, 1))
        assert HandoverService(term.ctx).for_case(term.os, pid).assumptions == (), term.name
        assert term.conflicts() == [], term.name
    server = central.state("sentence", sentence_id)
    assert server is not None
    assert (server["automatic_release_date"], server["early_allocation"], server["open_conditions_date"]) == (
        "2028-03-19",
        True,
        "2027-09-01",
    )
    assert_nothing_lost_or_duplicated(central, t1, t2)


def test_an_offence_paralleling_flag_arrives_on_the_other_terminal(central: CentralFixture) -> None:
    t1, t2 = central.terminal("t1"), central.terminal("t2")
    pid = t1.receive("A1234BC")
    t1.sync_ok()
    t2.sync_ok()
    OffenceParallelingService(t1.ctx).flag(
        t1.os, pid, source=ParallelingSource.ADJUDICATION, seen_on=date(2026, 11, 24), reference="ADJ/1234"
    )
    t1.sync_ok()
    t2.sync_ok()
    entries = ContactLogService(t2.ctx).log(t2.os, pid, "OFFENCE_PARALLELING").entries
    assert [e.summary for e in entries] == ["Adjudication flagged as offence-paralleling behaviour: ADJ/1234"]
    assert_nothing_lost_or_duplicated(central, t1, t2)
