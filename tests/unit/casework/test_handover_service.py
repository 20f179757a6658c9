"""Handover to the community offender manager for real cases (issue 10 point 2; DESIGN.md section 4),
and the caseload's "Handover within 3 months" filter. Real store and services; today is Thu 26 Nov 2026."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.caseload import CaseloadFilter
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.handover import (
    NO_EARLY_ALLOCATION,
    NO_OPEN_CONDITIONS,
    HandoverFacts,
    HandoverService,
    handover_for,
    handover_soon,
)
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import Gender, SentenceType
from workbench.domain.handover import HandoverReason, ReleaseDateKind, Responsibility
from workbench.security.principal import CurrentUser

TODAY = date(2026, 11, 26)


@pytest.fixture
def admit(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> Callable[..., str]:
    def admit(**overrides: object) -> str:
        pid, _ = ReceptionService(ctx).receive(supervisor, receive(**overrides))
        return pid

    return admit


def test_determinate_with_a_parole_eligibility_date(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit(parole_eligibility_date=date(2028, 5, 19), conditional_release_date=date(2029, 5, 19))
    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.earliest_release is not None and view.earliest_release.name is ReleaseDateKind.PED
    assert view.handover is not None and view.handover.reason is HandoverReason.DETERMINATE_PAROLE
    assert view.handover_on == date(2027, 5, 19) == view.handover_start_on
    assert view.responsibility is Responsibility.CUSTODY_ONLY
    assert view.summary == (
        "Prison offender manager responsible. Earliest release: parole eligibility date (PED) "
        "19 May 2028. Handover on 19 May 2027: determinate sentence with parole: 12 months before the "
        "earliest release."
    )
    assert view.assumptions == (NO_OPEN_CONDITIONS, NO_EARLY_ALLOCATION)


def test_determinate_without_parole_hands_over_8_months_14_days_before_release(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit()  # CRD 19 May 2028
    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.handover is not None and view.handover.reason is HandoverReason.DETERMINATE
    assert view.handover_on == date(2027, 9, 5)
    assert view.responsibility is Responsibility.CUSTODY_ONLY


def test_short_determinate_is_the_communitys_at_once(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit(
        length_days=365, conditional_release_date=date(2027, 5, 19), sentence_expiry_date=date(2027, 11, 18)
    )
    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.handover is not None and view.handover.reason is HandoverReason.DETERMINATE_SHORT
    assert view.handover_on is None
    assert view.responsibility is Responsibility.COMMUNITY
    assert "No handover date: less than 10 months from sentence to earliest release" in view.summary


def test_life_sentence_with_a_tariff(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit(
        sentence_type=SentenceType.LIFE,
        length_days=None,
        conditional_release_date=None,
        sentence_expiry_date=None,
        tariff_date=date(2034, 1, 10),
    )
    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.earliest_release is not None and view.earliest_release.name is ReleaseDateKind.TED
    assert view.handover is not None and view.handover.reason is HandoverReason.INDETERMINATE
    assert view.handover_on == date(2033, 1, 10)
    assert view.responsibility is Responsibility.CUSTODY_ONLY


def test_womens_open_estate_starts_handover_when_the_category_became_open() -> None:
    facts = HandoverFacts(
        SentenceType.LIFE,
        sentence_date=date(2014, 3, 1),
        tariff=date(2028, 6, 1),
        womens_estate=True,
        open_conditions=True,
        early_allocation=False,
        category_open_since=date(2026, 10, 1),
        open_prison_arrival=date(2026, 12, 15),
    )
    view = handover_for("p", facts, TODAY)
    assert view.handover is not None and view.handover.reason is HandoverReason.INDETERMINATE_OPEN
    assert view.handover_on == date(2027, 6, 1)
    assert view.handover_start_on == date(2026, 10, 1)
    assert view.responsibility is Responsibility.CUSTODY_WITH_COM
    assert view.assumptions == ()
    assert "joins the case on 1 Oct 2026" in view.summary
    men = handover_for("p", HandoverFacts(**{**_fields(facts), "womens_estate": False}), TODAY)
    assert men.handover_start_on == date(2026, 12, 15)  # arrival at the open prison
    assert men.responsibility is Responsibility.CUSTODY_ONLY


def _fields(facts: HandoverFacts) -> dict[str, object]:
    return {name: getattr(facts, name) for name in HandoverFacts.__slots__}


def test_a_female_prisoner_on_the_record_is_not_assumed_open(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit(
        gender=Gender.FEMALE,
        sentence_type=SentenceType.LIFE,
        length_days=None,
        conditional_release_date=None,
        sentence_expiry_date=None,
        tariff_date=date(2028, 6, 1),
    )
    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.handover is not None and view.handover.reason is HandoverReason.INDETERMINATE
    assert view.handover_start_on == view.handover_on == date(2027, 6, 1)
    assert NO_OPEN_CONDITIONS in view.assumptions


def test_remand_has_no_handover(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    pid = admit(
        sentence_type=SentenceType.REMAND,
        sentence_date=None,
        length_days=None,
        conditional_release_date=None,
        sentence_expiry_date=None,
        rosh_level=None,
    )
    view = HandoverService(ctx).for_case(supervisor, pid)
    assert view.responsibility is None and view.handover is None
    assert view.summary.startswith("No handover applies")


def test_handover_soon_counts_the_start_or_the_handover_within_3_months() -> None:
    def soon(crd: date) -> bool:
        facts = HandoverFacts(SentenceType.DETERMINATE, sentence_date=date(2024, 1, 1), crd=crd)
        return handover_soon(handover_for("p", facts, TODAY), TODAY)

    assert soon(date(2027, 11, 10))  # handover 24 Feb 2027 (8 months 14 days before): within 3 months
    assert not soon(date(2027, 12, 10))  # handover 26 Mar 2027: 4 months away
    assert not soon(date(2027, 2, 26))  # already handed over: not approaching


def test_the_caseload_filters_handover_within_3_months(
    ctx: ServiceContext, supervisor: CurrentUser, admit: Callable[..., str]
) -> None:
    soon = admit(
        noms_number="A1111AA",
        sentence_date=date(2024, 1, 1),
        length_days=4 * 365,
        conditional_release_date=date(2027, 11, 10),
        sentence_expiry_date=date(2027, 12, 30),
    )
    later = admit(noms_number="A2222AA")  # handover 5 Sep 2027
    rows = {r.prisoner_id: r for r in CaseloadService(ctx).rows(supervisor)}
    assert rows[soon].handover_soon and rows[soon].handover_on == date(2027, 2, 24)
    assert not rows[later].handover_soon and rows[later].handover_on == date(2027, 9, 5)
    only = CaseloadService(ctx).rows(supervisor, CaseloadFilter(handover_soon_only=True))
    assert [r.prisoner_id for r in only] == [soon]
    view = HandoverService(ctx).for_case(supervisor, soon)
    assert view.handover_on == rows[soon].handover_on  # the filter and the case page agree


def test_a_contributor_reads_the_same_handover_as_the_supervisor(
    ctx: ServiceContext, supervisor: CurrentUser, contributor: CurrentUser, admit: Callable[..., str]
) -> None:
    """Contributors may read the caseload (VIEW_CASELOAD), so the panel shows them the same facts."""
    pid = admit()
    service = HandoverService(ctx)
    assert service.for_case(contributor, pid) == service.for_case(supervisor, pid)
