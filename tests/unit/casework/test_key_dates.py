"""Key dates on the record (issue 10): reception and corrections accept them, refuse impossible orders,
and the handover (case page and caseload alike) reads them instead of assuming. Today is 26 Nov 2026."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.corrections import CorrectionService, DetailsCorrection
from workbench.casework.dto.caseload import CaseloadFilter
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.handover import (
    NO_EARLY_ALLOCATION,
    NO_OPEN_CONDITIONS,
    HandoverService,
)
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import Gender, SentenceType
from workbench.domain.errors import ValidationErrors
from workbench.domain.handover import HandoverReason, ReleaseDateKind, Responsibility
from workbench.security.principal import CurrentUser

LIFE = {
    "sentence_type": SentenceType.LIFE,
    "sentence_date": date(2012, 3, 1),
    "length_days": None,
    "conditional_release_date": None,
    "sentence_expiry_date": None,
    "tariff_date": date(2026, 3, 1),  # passed: the THD decides the earliest release
}


@pytest.fixture
def admit(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> Callable[..., str]:
    def admit(**overrides: object) -> str:
        pid, _ = ReceptionService(ctx).receive(supervisor, receive(**overrides))
        return pid

    return admit


def _problems(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
    **overrides: object,
) -> dict[str | None, str]:
    with pytest.raises(ValidationErrors) as caught:
        ReceptionService(ctx).receive(supervisor, receive(**overrides))
    return {e.field: e.message for e in caught.value.errors}


def test_reception_records_every_key_date(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit(
        **LIFE,
        target_hearing_date=date(2027, 6, 1),
        categorisation_review_date=date(2027, 1, 10),
        open_conditions_date=date(2026, 4, 1),
        open_conditions_since=date(2026, 9, 1),
        open_prison_arrival_date=date(2026, 10, 15),
        early_allocation=False,
    )
    sentence = CaseloadService(ctx).detail(supervisor, pid).sentence
    assert sentence is not None
    assert (sentence.target_hearing_date, sentence.categorisation_review_date) == (
        date(2027, 6, 1),
        date(2027, 1, 10),
    )
    assert (sentence.open_conditions_since, sentence.open_prison_arrival_date) == (
        date(2026, 9, 1),
        date(2026, 10, 15),
    )
    assert sentence.early_allocation is False and sentence.automatic_release_date is None

    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.assumptions == ()
    assert view.earliest_release is not None and view.earliest_release.name is ReleaseDateKind.THD
    assert view.handover is not None and view.handover.reason is HandoverReason.INDETERMINATE_OPEN
    assert view.handover_on == date(2026, 6, 1)  # THD − 12 months: the community's already
    assert view.responsibility is Responsibility.COMMUNITY


def test_impossible_key_dates_are_refused_each_beside_its_field(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    found = _problems(
        ctx,
        supervisor,
        receive,
        automatic_release_date=date(2030, 1, 1),  # after the SED 18 Nov 2029
        target_hearing_date=date(2028, 1, 1),  # determinate
        categorisation_review_date=date(2026, 11, 1),  # before the sentence (19 Nov 2026)
        open_conditions_since=date(2026, 11, 25),
        open_prison_arrival_date=date(2026, 11, 24),  # before the category became open
    )
    assert found == {
        "automatic_release_date": "The ARD cannot be after the sentence expiry date.",
        "target_hearing_date": "A THD (Parole Board target hearing) applies only to indeterminate sentences "
        "(IPP, life); leave it empty for this sentence.",
        "categorisation_review_date": "The categorisation review date (01/11/2026) must be after the "
        "sentence date (19/11/2026).",
        "open_prison_arrival_date": "The open prison arrival date (24/11/2026) cannot be before the date the "
        "prisoner was categorised open (25/11/2026).",
    }


def test_an_ard_on_a_life_sentence_and_a_future_arrival_are_refused(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    found = _problems(
        ctx,
        supervisor,
        receive,
        **LIFE,
        automatic_release_date=date(2030, 1, 1),
        open_prison_arrival_date=date(2026, 12, 1),
    )
    assert set(found) == {"automatic_release_date", "open_prison_arrival_date"}
    assert found["automatic_release_date"].startswith("An ARD applies only to determinate sentences")
    assert found["open_prison_arrival_date"] == "The open prison arrival date (01 Dec 2026) is in the future."


def test_remand_takes_no_key_dates(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    found = _problems(
        ctx,
        supervisor,
        receive,
        sentence_type=SentenceType.REMAND,
        sentence_date=None,
        length_days=None,
        conditional_release_date=None,
        sentence_expiry_date=None,
        early_allocation=True,
    )
    assert found == {
        "early_allocation": "The early allocation applies only to a sentenced prisoner (remand): "
        "leave it empty."
    }


def test_a_correction_records_the_facts_and_the_assumptions_go(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit()
    assert HandoverService(ctx).for_case(supervisor, pid).assumptions == (
        NO_OPEN_CONDITIONS,
        NO_EARLY_ALLOCATION,
    )
    record, changes = CorrectionService(ctx).correct(
        supervisor,
        pid,
        DetailsCorrection(early_allocation=False, open_conditions_date=date(2027, 11, 1)),
        "Decided at the OMU meeting",
    )
    assert changes.entities == {"sentence", "prisoner_correction"}
    assert record.field_labels == ("open conditions / ROTL eligibility date", "early allocation")
    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.assumptions == ()  # eligibility recorded, not yet open: recorded as not in open conditions

    with pytest.raises(ValidationErrors) as caught:
        CorrectionService(ctx).correct(
            supervisor,
            pid,
            DetailsCorrection(
                sentence_type=SentenceType.LIFE,
                tariff_date=date(2040, 1, 1),
                length_days=None,
                conditional_release_date=None,
                sentence_expiry_date=None,
                automatic_release_date=date(2028, 1, 1),
            ),
            "Sentence changed on appeal",
        )
    assert [e.field for e in caught.value.errors] == ["automatic_release_date"]


def test_the_caseload_and_the_case_page_give_the_same_handover(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    # Early allocation moves the handover to ARD − 15 months: 19 Jan 2027 − within 3 months of today.
    early = admit(automatic_release_date=date(2028, 4, 19), early_allocation=True)
    plain = admit(noms_number="A2345BC", family_name="Other")  # CRD 19 May 2028 − 8 months 14 days
    women = admit(
        noms_number="A3456BC",
        family_name="Open",
        gender=Gender.FEMALE,
        **LIFE,
        target_hearing_date=date(2028, 1, 10),
        open_conditions_since=date(2026, 10, 1),
        early_allocation=False,
    )
    caseload = CaseloadService(ctx)
    for pid in (early, plain, women):
        view = HandoverService(ctx).for_case(supervisor, pid)
        row = caseload.row(supervisor, pid)
        assert row is not None
        assert (row.handover_start_on, row.handover_on) == (view.handover_start_on, view.handover_on)
    assert HandoverService(ctx).for_case(supervisor, women).handover_start_on == date(2026, 10, 1)
    soon = caseload.rows(supervisor, CaseloadFilter(handover_soon_only=True))
    assert {r.prisoner_id for r in soon} == {early, women}
