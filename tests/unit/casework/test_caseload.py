"""The caseload table (filters, search, what each row shows) and the case page (due items, scope)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from workbench.casework.allocation import AllocationService
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.caseload import CaseloadFilter
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import AllocationRole, RoshLevel, SentenceType, UserRole
from workbench.domain.errors import ValidationError
from workbench.domain.scope import ScopeStatus
from workbench.domain.timescales import DueRule, DueStatus
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner
from workbench.store.unit_of_work import Actor, UnitOfWork

OS = AllocationRole.OFFENDER_SUPERVISOR


def _receive(ctx: ServiceContext, user: CurrentUser, req: ReceptionRequest) -> str:
    return ReceptionService(ctx).receive(user, req)[0]


def _allocate_os(ctx: ServiceContext, user: CurrentUser, prisoner_id: str, staff: CurrentUser) -> None:
    AllocationService(ctx).allocate(
        user, AllocationRequest(prisoner_id, OS, staff.user_id, "", date(2026, 11, 23))
    )


@pytest.fixture
def second_supervisor(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    return new_user("os.two", "Pat Second", UserRole.SUPERVISOR)


@pytest.fixture
def caseload(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    second_supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> dict[str, str]:
    """NOMS number -> prisoner id, for five prisoners all received on Fri 20 Nov 2026:

    A1111AA Archer, Alice  in scope (High RoSH), OS Sam Supervisor (me)      nothing overdue
    B2222BB Baker, Ben     out of scope (Low RoSH), no OS                    OS allocation overdue
    C3333CC Carter, Cara   in scope (IPP, tariff 2030), OS Pat Second        nothing overdue
    D4444DD Dunn, Dee      moved to HMP Leicester (LEI)                      not on this caseload
    E5555EE Evans, Eve     removed from the record (tombstoned)              never shown
    """
    ids = {
        "A1111AA": _receive(
            ctx, supervisor, receive(noms_number="A1111AA", family_name="Archer", given_name="Alice")
        ),
        "B2222BB": _receive(
            ctx,
            supervisor,
            receive(noms_number="B2222BB", family_name="Baker", given_name="Ben", rosh_level=RoshLevel.LOW),
        ),
        "C3333CC": _receive(
            ctx,
            supervisor,
            receive(
                noms_number="C3333CC",
                family_name="Carter",
                given_name="Cara",
                sentence_type=SentenceType.IPP,
                length_days=None,
                conditional_release_date=None,
                sentence_expiry_date=None,
                tariff_date=date(2030, 6, 1),
            ),
        ),
        "D4444DD": _receive(
            ctx, supervisor, receive(noms_number="D4444DD", family_name="Dunn", given_name="Dee")
        ),
        "E5555EE": _receive(
            ctx, supervisor, receive(noms_number="E5555EE", family_name="Evans", given_name="Eve")
        ),
    }
    _allocate_os(ctx, supervisor, ids["A1111AA"], supervisor)
    _allocate_os(ctx, supervisor, ids["C3333CC"], second_supervisor)
    with UnitOfWork(ctx.store, Actor("sync", "sync")) as uow:
        uow.update(
            uow.session.get(Prisoner, ids["D4444DD"]), "prisoner.transferred_out", establishment_code="LEI"
        )
        uow.tombstone(uow.session.get(Prisoner, ids["E5555EE"]), "prisoner.removed", "Entered in error")
    return ids


def _noms(ctx: ServiceContext, user: CurrentUser, **flt: Any) -> set[str]:
    return {r.noms_number for r in CaseloadService(ctx).rows(user, CaseloadFilter(**flt))}


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({}, {"A1111AA", "B2222BB", "C3333CC"}),
        ({"mine_only": True}, {"A1111AA"}),
        ({"in_scope_only": True}, {"A1111AA", "C3333CC"}),
        ({"overdue_only": True}, {"B2222BB"}),
        ({"mine_only": True, "in_scope_only": True}, {"A1111AA"}),
        ({"mine_only": True, "overdue_only": True}, set()),
        ({"search": "bak"}, {"B2222BB"}),
        ({"search": "  CARTER "}, {"C3333CC"}),
        ({"search": "alice"}, {"A1111AA"}),
        ({"search": "archer alice"}, {"A1111AA"}),
        ({"search": "Alice Archer"}, {"A1111AA"}),
        ({"search": "b2222"}, {"B2222BB"}),
        ({"search": "C3333CC"}, {"C3333CC"}),
        ({"search": "a"}, {"A1111AA", "B2222BB", "C3333CC"}),
        ({"search": "%"}, set()),  # LIKE wildcards are matched literally
        ({"search": "_"}, set()),
        ({"search": "dunn"}, set()),  # moved to another prison
        ({"search": "evans"}, set()),  # removed from the record
        ({"search": "bak", "in_scope_only": True}, set()),
        ({"establishment_code": "LEI"}, {"D4444DD"}),
    ],
)
def test_caseload_filters(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    caseload: dict[str, str],
    flt: dict[str, Any],
    expected: set[str],
) -> None:
    assert _noms(ctx, supervisor, **flt) == expected


def test_mine_only_is_per_user(
    ctx: ServiceContext, second_supervisor: CurrentUser, manager: CurrentUser, caseload: dict[str, str]
) -> None:
    assert _noms(ctx, second_supervisor, mine_only=True) == {"C3333CC"}
    assert _noms(ctx, manager, mine_only=True) == set()


def test_what_a_caseload_row_shows(
    ctx: ServiceContext, supervisor: CurrentUser, caseload: dict[str, str]
) -> None:
    rows = {r.noms_number: r for r in CaseloadService(ctx).rows(supervisor)}
    alice, ben, cara = rows["A1111AA"], rows["B2222BB"], rows["C3333CC"]

    assert alice.display_name == "ARCHER, Alice"
    assert (alice.location, alice.establishment_code, alice.sentence_type) == (
        "A-1-01",
        "MDI",
        SentenceType.DETERMINATE,
    )
    assert (alice.release_date, alice.release_date_kind) == (date(2028, 5, 19), "CRD")
    assert (alice.offender_supervisor_id, alice.offender_supervisor_name) == (
        supervisor.user_id,
        "Sam Supervisor",
    )
    assert alice.scope.status is ScopeStatus.IN_SCOPE
    assert (alice.overdue_count, alice.is_overdue) == (0, False)
    # The RoSH screening (issue 8: 5 working days from reception) comes before the first contact.
    assert alice.next_due is not None and alice.next_due.rule is DueRule.ROSH_SCREENING
    assert alice.next_due.due_date == date(2026, 11, 27)

    assert (ben.offender_supervisor_name, ben.overdue_count, ben.is_overdue) == (None, 1, True)
    assert ben.next_due is not None and ben.next_due.explanation == (
        "Offender supervisor must be allocated within 2 working days of reception on 20 Nov 2026: "
        "due 24 Nov 2026, overdue by 2 working days."
    )

    assert (cara.release_date, cara.release_date_kind) == (date(2030, 6, 1), "Tariff")
    assert cara.offender_supervisor_name == "Pat Second"


def test_one_row_after_a_write(
    ctx: ServiceContext, supervisor: CurrentUser, caseload: dict[str, str]
) -> None:
    row = CaseloadService(ctx).row(supervisor, caseload["B2222BB"])
    assert row is not None and row.noms_number == "B2222BB"
    _allocate_os(ctx, supervisor, caseload["B2222BB"], supervisor)
    row = CaseloadService(ctx).row(supervisor, caseload["B2222BB"])
    assert row is not None and (row.offender_supervisor_name, row.overdue_count) == ("Sam Supervisor", 0)
    assert CaseloadService(ctx).row(supervisor, caseload["E5555EE"]) is None
    assert CaseloadService(ctx).row(supervisor, "no-such-prisoner") is None


def test_an_empty_caseload(ctx: ServiceContext, supervisor: CurrentUser) -> None:
    assert CaseloadService(ctx).rows(supervisor) == []


def test_every_role_may_view_the_caseload(
    ctx: ServiceContext,
    admin: CurrentUser,
    manager: CurrentUser,
    contributor: CurrentUser,
    caseload: dict[str, str],
) -> None:
    for user in (admin, manager, contributor):
        assert len(CaseloadService(ctx).rows(user)) == 3
        assert CaseloadService(ctx).detail(user, caseload["A1111AA"]).noms_number == "A1111AA"


def test_case_detail_due_items_explain_themselves(
    ctx: ServiceContext, supervisor: CurrentUser, caseload: dict[str, str]
) -> None:
    detail = CaseloadService(ctx).detail(supervisor, caseload["A1111AA"])
    assert detail.as_at == date(2026, 11, 26)
    assert [(i.rule, i.status, i.explanation) for i in detail.due_items] == [
        (
            DueRule.OS_ALLOCATION,
            DueStatus.MET,
            "Offender supervisor must be allocated within 2 working days of reception on 20 Nov 2026: "
            "due 24 Nov 2026, met on 23 Nov 2026.",
        ),
        (
            DueRule.FIRST_CONTACT,
            DueStatus.DUE,
            "First contact with the prisoner must be within 10 working days of arrival on 20 Nov 2026: "
            "due 4 Dec 2026, not yet done.",
        ),
        (
            DueRule.OM_ALLOCATION,
            DueStatus.DUE,
            "Offender manager must be allocated within 8 weeks of arrival on 20 Nov 2026 (less than 2 "
            "years to "
            "release or tariff on 19 May 2028): due 15 Jan 2027, not yet done.",
        ),
        (
            DueRule.SENTENCE_PLAN,
            DueStatus.DUE,
            "Sentence plan must be completed within 8 weeks of arrival on 20 Nov 2026 (less than 2 years to "
            "release or tariff on 19 May 2028): due 15 Jan 2027, not yet done.",
        ),
        (  # issue 8: the risk-of-harm screening, on every in-scope case
            DueRule.ROSH_SCREENING,
            DueStatus.DUE,
            "RoSH screening must be signed within 5 working days of reception on 20 Nov 2026: "
            "due 27 Nov 2026, not yet done.",
        ),
    ]


def test_out_of_scope_cases_have_only_the_reception_timescales(
    ctx: ServiceContext, supervisor: CurrentUser, caseload: dict[str, str]
) -> None:
    detail = CaseloadService(ctx).detail(supervisor, caseload["B2222BB"])
    assert [(i.rule, i.status) for i in detail.due_items] == [
        (DueRule.OS_ALLOCATION, DueStatus.OVERDUE),
        (DueRule.FIRST_CONTACT, DueStatus.DUE),
    ]


def test_an_indeterminate_case_is_measured_to_its_tariff(
    ctx: ServiceContext, supervisor: CurrentUser, caseload: dict[str, str]
) -> None:
    detail = CaseloadService(ctx).detail(supervisor, caseload["C3333CC"])
    om = next(i for i in detail.due_items if i.rule is DueRule.OM_ALLOCATION)
    assert om.explanation == (
        "Offender manager must be allocated within 16 weeks of arrival on 20 Nov 2026 (2 years or more to "
        "release or tariff on 1 Jun 2030): due 12 Mar 2027, not yet done."
    )
    assert detail.sentence is not None and detail.sentence.length_label == "Indeterminate"


def test_case_detail_content(ctx: ServiceContext, supervisor: CurrentUser, caseload: dict[str, str]) -> None:
    detail = CaseloadService(ctx).detail(supervisor, caseload["A1111AA"])
    assert (detail.family_name, detail.given_name, detail.date_of_birth) == (
        "Archer",
        "Alice",
        date(1990, 1, 1),
    )
    assert (detail.rosh_level, detail.is_ppo) == (RoshLevel.HIGH, False)
    assert detail.sentence is not None
    assert (detail.sentence.sentence_date, detail.sentence.conditional_release_date) == (
        date(2026, 11, 19),
        date(2028, 5, 19),
    )
    os_now = detail.current_allocation(OS)
    assert os_now is not None and os_now.staff_name == "Sam Supervisor"
    assert detail.current_allocation(AllocationRole.OFFENDER_MANAGER) is None
    assert detail.updated_at is not None


@pytest.mark.parametrize("which", ["no-such-prisoner", "E5555EE"])
def test_case_detail_of_a_prisoner_not_here(
    ctx: ServiceContext, supervisor: CurrentUser, caseload: dict[str, str], which: str
) -> None:
    with pytest.raises(ValidationError, match="no longer on this terminal's record"):
        CaseloadService(ctx).detail(supervisor, caseload.get(which, which))


@pytest.mark.parametrize(
    ("overrides", "status", "reason"),
    [
        ({}, ScopeStatus.IN_SCOPE, "In scope: adult serving 12 months or more with High RoSH."),
        (
            {"rosh_level": RoshLevel.VERY_HIGH},
            ScopeStatus.IN_SCOPE,
            "In scope: adult serving 12 months or more with Very High RoSH.",
        ),
        (
            {"rosh_level": RoshLevel.LOW},
            ScopeStatus.OUT_OF_SCOPE,
            "Out of scope: adult with Low RoSH, not a PPO.",
        ),
        (
            {"rosh_level": RoshLevel.MEDIUM},
            ScopeStatus.OUT_OF_SCOPE,
            "Out of scope: adult with Medium RoSH, not a PPO.",
        ),
        (
            {"rosh_level": RoshLevel.LOW, "is_ppo": True},
            ScopeStatus.IN_SCOPE,
            "In scope: Prolific and Other Priority Offender.",
        ),
        (
            {
                "sentence_type": SentenceType.IPP,
                "length_days": None,
                "conditional_release_date": None,
                "sentence_expiry_date": None,
                "rosh_level": RoshLevel.LOW,
            },
            ScopeStatus.IN_SCOPE,
            "In scope: IPP sentence.",
        ),
        (
            {
                "sentence_type": SentenceType.LIFE,
                "length_days": None,
                "conditional_release_date": None,
                "sentence_expiry_date": None,
            },
            ScopeStatus.IN_SCOPE,
            "In scope: life sentence.",
        ),
        (
            {
                "date_of_birth": date(2007, 6, 1),
                "rosh_level": RoshLevel.LOW,
                "length_days": 180,
                "conditional_release_date": date(2027, 2, 17),
                "sentence_expiry_date": date(2027, 5, 18),
            },
            ScopeStatus.IN_SCOPE,
            "In scope: young adult (19) serving more than four weeks.",
        ),
        (
            {
                "length_days": 300,
                "conditional_release_date": date(2027, 5, 1),
                "sentence_expiry_date": date(2027, 9, 15),
            },
            ScopeStatus.OUT_OF_SCOPE,
            "Out of scope: adult serving under 12 months.",
        ),
        (
            {
                "sentence_type": SentenceType.REMAND,
                "sentence_date": None,
                "length_days": None,
                "conditional_release_date": None,
                "sentence_expiry_date": None,
            },
            ScopeStatus.OUT_OF_SCOPE,
            "Out of scope: not sentenced.",
        ),
        (
            {"rosh_level": RoshLevel.LOW, "is_ppo": None},
            ScopeStatus.UNKNOWN,
            "Scope unknown — needs PPO status.",
        ),
        ({"rosh_level": None}, ScopeStatus.UNKNOWN, "Scope unknown — needs RoSH level."),
    ],
)
def test_scope_and_its_reason(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
    overrides: dict[str, Any],
    status: ScopeStatus,
    reason: str,
) -> None:
    prisoner_id = _receive(ctx, supervisor, receive(**overrides))
    detail = CaseloadService(ctx).detail(supervisor, prisoner_id)
    assert (detail.scope.status, detail.scope.reason) == (status, reason)
    row = CaseloadService(ctx).row(supervisor, prisoner_id)
    assert row is not None and row.scope == detail.scope
    in_scope_rules = {DueRule.OM_ALLOCATION, DueRule.SENTENCE_PLAN} & {i.rule for i in detail.due_items}
    assert bool(in_scope_rules) is (status is ScopeStatus.IN_SCOPE)


def test_remand_has_no_release_date(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    prisoner_id = _receive(
        ctx,
        supervisor,
        receive(
            sentence_type=SentenceType.REMAND,
            sentence_date=None,
            length_days=None,
            conditional_release_date=None,
            sentence_expiry_date=None,
        ),
    )
    row = CaseloadService(ctx).row(supervisor, prisoner_id)
    assert row is not None and (row.release_date, row.release_date_kind) == (None, "")
