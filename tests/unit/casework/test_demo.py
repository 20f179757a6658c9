"""Synthetic demo data: deterministic, realistic, valid like a real reception, and written with its
audit trail and outbox like any other case data (DESIGN.md sections 3, 5 and 8)."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from workbench.casework.assessment import AssessmentService, preview
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.demo import (
    DEMO_CREDENTIALS,
    DEMO_ESTABLISHMENT_CODE,
    DEMO_ESTABLISHMENT_NAME,
    DemoDataService,
)
from workbench.casework.demo_boards import ENTITIES as BOARD_DEMO_ENTITIES  # boards: issue 10
from workbench.casework.demo_names import FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from workbench.casework.demo_plan import ENTITIES as PLAN_DEMO_ENTITIES  # -- issue 9 --
from workbench.casework.demo_rmp import ENTITIES as RMP_DEMO_ENTITIES
from workbench.casework.dto.caseload import CaseloadFilter
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import validate_reception
from workbench.casework.users import UserService
from workbench.config import load_catalogue
from workbench.domain.enums import AllocationRole, Gender, RoshLevel, SentenceType, UserRole
from workbench.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.noms import NOMS_PATTERN
from workbench.domain.ogrs3 import OFFENCE_GROUPS, Ogrs3Input, calculate, whole_years
from workbench.domain.policy import Policy
from workbench.domain.scope import ScopeInput, ScopeStatus, assess_scope
from workbench.domain.sentence import FIRST_CONTACT
from workbench.domain.tier import TierInput, calculate_tier
from workbench.domain.timescales import DueStatus
from workbench.protocol.entities import ENTITIES, SyncClass
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser
from workbench.store.audit import verify_chain
from workbench.store.engine import Store, open_store
from workbench.store.models import (
    Allocation,
    AuditEvent,
    CompletedLorAssessment,
    ContactEntry,
    CustodyEvent,
    LorAssessment,
    LorNeed,
    Outbox,
    Prisoner,
    ProtectiveFactor,
    Sentence,
    User,
)
from workbench.store.registry import SYNCED_MODELS
from workbench.store.unit_of_work import Actor, UnitOfWork

LOCATION = re.compile(r"[A-H]-[1-4]-\d{2}")


@pytest.fixture
def demo(ctx: ServiceContext) -> tuple[DemoDataService, CurrentUser]:
    """The demo profile set up in the test store, and its manager (who may generate demo data)."""
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    return service, manager


@pytest.fixture
def other_ctx(tmp_path: Path, today: date) -> Iterator[ServiceContext]:
    """A second, independent demo store (same clock) for determinism checks."""
    store = open_store(tmp_path / "other.db", os.urandom(32))
    try:
        yield ServiceContext(store, Policy(), today=lambda: today, catalogue=load_catalogue())
    finally:
        store.close()


def _count(store: Store, model: Any) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _content(store: Store) -> list[tuple[Any, ...]]:
    """Everything generated about each prisoner except ids and write times, in NOMS order."""
    with store.read() as s:
        prisoners = s.scalars(select(Prisoner).order_by(Prisoner.noms_number)).all()
        sentences = {x.prisoner_id: x for x in s.scalars(select(Sentence))}
        events = {x.prisoner_id: x for x in s.scalars(select(CustodyEvent))}
        allocations: dict[str, list[tuple[Any, ...]]] = {}
        for a in s.scalars(select(Allocation).order_by(Allocation.role, Allocation.start_date)):
            allocations.setdefault(a.prisoner_id, []).append(
                (a.role, a.staff_name, a.start_date, a.end_date, a.reason)
            )
        contacts = {
            c.prisoner_id: (c.contact_date, c.kind, c.summary, c.author_name)
            for c in s.scalars(select(ContactEntry).where(ContactEntry.kind == FIRST_CONTACT))
        }
    out = []
    for p in prisoners:
        sen, ev = sentences[p.id], events[p.id]
        out.append(
            (
                p.noms_number,
                p.family_name,
                p.given_name,
                p.date_of_birth,
                p.gender,
                p.location,
                p.arrived_on,
                p.is_ppo,
                p.rosh_level,
                sen.sentence_type,
                sen.sentence_date,
                sen.length_days,
                sen.parole_eligibility_date,
                sen.conditional_release_date,
                sen.home_detention_curfew_eligibility_date,
                sen.tariff_date,
                sen.sentence_expiry_date,
                sen.licence_expiry_date,
                ev.event_type,
                ev.event_date,
                ev.other_establishment,
                tuple(allocations.get(p.id, [])),
                contacts.get(p.id),
            )
        )
    return out


# -- the demo profile ---------------------------------------------------------------------------


def test_demo_profile_has_the_demo_establishment_and_the_published_accounts_sign_in(
    ctx: ServiceContext,
) -> None:
    manager, changes = DemoDataService(ctx).ensure_demo_users()

    assert UserService(ctx).establishment() is not None
    establishment = UserService(ctx).establishment()
    assert establishment is not None
    assert (establishment.code, establishment.name) == (DEMO_ESTABLISHMENT_CODE, DEMO_ESTABLISHMENT_NAME)
    assert "DEMO" in establishment.name
    assert manager.username == "demo.manager" and manager.role is UserRole.MANAGER
    assert changes.touches("user")
    roles = {username: label for username, _, label in DEMO_CREDENTIALS}
    for username, password, _ in DEMO_CREDENTIALS:
        signed_in = AuthService(ctx.store).sign_in(username, password)
        assert signed_in.role.label == roles[username]
        assert signed_in.establishment_code == DEMO_ESTABLISHMENT_CODE
    staff = UserService(ctx).staff(manager)
    assert Counter(s.role for s in staff) == {
        UserRole.SUPERVISOR: 6,
        UserRole.CONTRIBUTOR: 4,
        UserRole.MANAGER: 1,
    }


def test_synthetic_staff_without_published_passwords_cannot_sign_in(ctx: ServiceContext) -> None:
    DemoDataService(ctx).ensure_demo_users()
    with pytest.raises(AuthenticationFailed):
        AuthService(ctx.store).sign_in("os.sampleton", "demo-supervisor-1")


def test_setting_up_the_demo_profile_twice_changes_nothing(ctx: ServiceContext) -> None:
    service = DemoDataService(ctx)
    first, _ = service.ensure_demo_users()
    users, events = _count(ctx.store, User), _count(ctx.store, AuditEvent)

    again, changes = service.ensure_demo_users()

    assert again == first
    assert not changes.entities
    assert (_count(ctx.store, User), _count(ctx.store, AuditEvent)) == (users, events)
    assert service.set_up_demo_profile() == first


def test_demo_accounts_are_never_added_to_a_real_establishment(
    ctx: ServiceContext, admin: CurrentUser
) -> None:
    with pytest.raises(ValidationError, match="real establishment"):
        DemoDataService(ctx).ensure_demo_users()
    with ctx.store.read() as s:
        assert s.scalar(select(User).where(User.username == "demo.manager")) is None


# -- who may generate ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", [UserRole.CONTRIBUTOR, UserRole.SUPERVISOR])
def test_roles_without_the_permission_cannot_generate(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, role: UserRole
) -> None:
    service, manager = demo
    user = CurrentUser(manager.user_id, "someone", "Someone", role, manager.establishment_code)

    with pytest.raises(PermissionDenied, match="generate demo data"):
        service.generate(user, prisoners=10)

    assert _count(ctx.store, Prisoner) == 0


# -- what is generated --------------------------------------------------------------------------


@pytest.mark.slow
def test_generates_the_requested_prisoners_each_with_sentence_and_reception(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo

    changes = service.generate(manager, prisoners=300)

    with ctx.store.read() as s:
        ids = set(s.scalars(select(Prisoner.id)))
        with_sentence = set(s.scalars(select(Sentence.prisoner_id).where(Sentence.is_current)))
        with_event = set(s.scalars(select(CustodyEvent.prisoner_id)))
        establishments = set(s.scalars(select(Prisoner.establishment_code)))
    assert len(ids) == 300
    assert changes.prisoner_ids == ids
    # plan: issue 9; boards: issue 10
    assert changes.entities - RMP_DEMO_ENTITIES - PLAN_DEMO_ENTITIES - BOARD_DEMO_ENTITIES == {
        "prisoner",
        "sentence",
        "custody_event",
        "allocation",
        "contact_entry",
        "lor_assessment",
        "lor_need",
        "protective_factor",
    }
    assert with_sentence == ids and with_event == ids
    assert _count(ctx.store, Sentence) == _count(ctx.store, CustodyEvent) == 300
    assert establishments == {DEMO_ESTABLISHMENT_CODE}


@pytest.mark.slow
def test_same_seed_gives_the_same_people_sentences_and_allocations(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    service, manager = demo
    other = DemoDataService(other_ctx)
    other_manager, _ = other.ensure_demo_users()

    service.generate(manager, prisoners=200, seed=7)
    other.generate(other_manager, prisoners=200, seed=7, chunk_size=64)  # chunking does not matter

    mine, theirs = _content(ctx.store), _content(other_ctx.store)
    assert len(mine) == 200
    assert mine == theirs


def test_a_different_seed_gives_different_people(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    service, manager = demo
    other = DemoDataService(other_ctx)
    other_manager, _ = other.ensure_demo_users()

    service.generate(manager, prisoners=50, seed=1)
    other.generate(other_manager, prisoners=50, seed=2)

    assert {c[0] for c in _content(ctx.store)}.isdisjoint({c[0] for c in _content(other_ctx.store)})


@pytest.mark.slow
def test_noms_numbers_are_valid_and_unique_even_across_runs_with_the_same_seed(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=400)
    service.generate(manager, prisoners=400)  # same seed again: numbers already used are skipped

    with ctx.store.read() as s:
        numbers = list(s.scalars(select(Prisoner.noms_number)))
    assert len(numbers) == 800
    assert len(set(numbers)) == 800
    assert all(NOMS_PATTERN.fullmatch(n) for n in numbers)


@pytest.mark.slow
def test_names_are_obviously_synthetic_and_locations_are_cells(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=300)

    with ctx.store.read() as s:
        prisoners = s.scalars(select(Prisoner)).all()
    assert {p.family_name for p in prisoners} <= set(FAMILY_NAMES)
    assert {p.given_name for p in prisoners} <= set(MALE_GIVEN_NAMES)
    assert {p.gender for p in prisoners} == {Gender.MALE.value}
    assert all(LOCATION.fullmatch(p.location) for p in prisoners)
    for p in prisoners:
        name, given, noms = p.family_name, p.given_name, p.noms_number
        assert p.search_key == f"{name} {given} {noms} {given} {name}".lower()


def test_a_womens_establishment_can_be_generated(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=100, gender=Gender.FEMALE)

    with ctx.store.read() as s:
        prisoners = s.scalars(select(Prisoner)).all()
    assert {p.gender for p in prisoners} == {Gender.FEMALE.value}
    assert {p.given_name for p in prisoners} <= set(FEMALE_GIVEN_NAMES)


@pytest.mark.slow
def test_every_generated_prisoner_would_pass_the_reception_form(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, today: date
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=1000)

    with ctx.store.read() as s:
        rows = s.execute(select(Prisoner, Sentence).join(Sentence, Sentence.prisoner_id == Prisoner.id)).all()
    problems = {}
    for p, sen in rows:
        req = ReceptionRequest(
            noms_number=p.noms_number,
            family_name=p.family_name,
            given_name=p.given_name,
            date_of_birth=p.date_of_birth,
            gender=Gender(p.gender),
            location=p.location,
            received_on=p.arrived_on,
            sentence_type=SentenceType(sen.sentence_type),
            sentence_date=sen.sentence_date,
            length_days=sen.length_days,
            parole_eligibility_date=sen.parole_eligibility_date,
            conditional_release_date=sen.conditional_release_date,
            home_detention_curfew_eligibility_date=sen.home_detention_curfew_eligibility_date,
            tariff_date=sen.tariff_date,
            sentence_expiry_date=sen.sentence_expiry_date,
            licence_expiry_date=sen.licence_expiry_date,
            is_ppo=p.is_ppo,
            rosh_level=RoshLevel(p.rosh_level) if p.rosh_level else None,
        )
        _, errors = validate_reception(req, today)
        if errors:
            problems[p.noms_number] = [e.message for e in errors]
    assert problems == {}


@pytest.mark.slow
def test_key_dates_follow_the_sentence(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, today: date
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=1000)

    with ctx.store.read() as s:
        rows = s.execute(select(Prisoner, Sentence).join(Sentence, Sentence.prisoner_id == Prisoner.id)).all()
    seen_hdc = 0
    for p, sen in rows:
        stype = SentenceType(sen.sentence_type)
        sd, length, crd = sen.sentence_date, sen.length_days, sen.conditional_release_date
        if stype is SentenceType.DETERMINATE:
            assert sd and length and crd and sen.sentence_expiry_date
            assert 180 <= length <= 15 * 366
            assert sen.sentence_expiry_date == sd + timedelta(days=length - 1)
            assert crd == sd + timedelta(days=(length + 1) // 2)
            assert crd > today  # still in custody
            assert sen.licence_expiry_date == sen.sentence_expiry_date
            if sen.home_detention_curfew_eligibility_date is not None:
                seen_hdc += 1
                assert length < 4 * 365
                assert sd < sen.home_detention_curfew_eligibility_date < crd
        elif stype.is_indeterminate:
            assert sen.length_days is None and sen.conditional_release_date is None
            assert sen.tariff_date is not None and sen.tariff_date == sen.parole_eligibility_date
            assert sen.sentence_date is not None and sen.tariff_date > sen.sentence_date
            if stype is SentenceType.IPP:
                assert sen.sentence_date < date(2012, 12, 3)  # IPP was abolished then
        elif stype is SentenceType.RECALL:
            assert sd and length and sen.sentence_expiry_date
            assert sen.sentence_expiry_date >= today
            assert p.arrived_on >= sd + timedelta(days=length // 2)  # recalled after the CRD
        else:
            assert sen.sentence_date is None and sen.length_days is None
        assert today - timedelta(days=3 * 365) <= p.arrived_on <= today
        assert p.date_of_birth < p.arrived_on
    assert seen_hdc > 100


@pytest.mark.slow
def test_the_mix_looks_like_a_real_prison(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, today: date
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=2000)

    with ctx.store.read() as s:
        types = Counter(s.scalars(select(Sentence.sentence_type)))
        prisoners = s.scalars(select(Prisoner)).all()
    share = {SentenceType(t): n / 2000 for t, n in types.items()}
    assert share[SentenceType.DETERMINATE] == pytest.approx(0.70, abs=0.04)
    for stype, expected in [
        (SentenceType.IPP, 0.06),
        (SentenceType.LIFE, 0.06),
        (SentenceType.RECALL, 0.08),
        (SentenceType.REMAND, 0.06),
        (SentenceType.UNSENTENCED, 0.04),
    ]:
        assert share[stype] == pytest.approx(expected, abs=0.02)
    ages = [(today - p.date_of_birth).days // 365 for p in prisoners]
    assert min(ages) >= 18 and max(ages) <= 81
    assert sum(20 <= a < 40 for a in ages) / len(ages) > 0.5
    assert any(18 <= a <= 20 for a in ages)
    recent = sum(p.arrived_on > today - timedelta(days=14) for p in prisoners) / len(prisoners)
    assert 0.02 < recent < 0.15
    assert Counter(p.rosh_level for p in prisoners)[None] > 0  # some RoSH screenings not yet done
    assert {p.is_ppo for p in prisoners} == {True, False, None}


@pytest.mark.slow
def test_allocations_and_first_contacts_look_realistic(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=1000)

    with ctx.store.read() as s:
        allocations = s.scalars(select(Allocation)).all()
        prisoners = {p.id: p for p in s.scalars(select(Prisoner))}
        contacts = s.scalars(select(ContactEntry).where(ContactEntry.kind == FIRST_CONTACT)).all()
        staff = {u.id: u for u in s.scalars(select(User))}
    current_os = {
        a.prisoner_id
        for a in allocations
        if a.role == AllocationRole.OFFENDER_SUPERVISOR and a.end_date is None
    }
    assert 0.80 < len(current_os) / 1000 < 0.97  # most, not all
    for a in allocations:
        if a.role == AllocationRole.OFFENDER_MANAGER:
            assert a.staff_user_id is None and a.staff_name
        else:
            assert a.start_date >= prisoners[a.prisoner_id].arrived_on
            assert staff[a.staff_user_id or ""].display_name == a.staff_name
            is_os = a.role == AllocationRole.OFFENDER_SUPERVISOR
            expected = UserRole.SUPERVISOR if is_os else UserRole.CONTRIBUTOR
            assert staff[a.staff_user_id or ""].role == expected
    ended = [a for a in allocations if a.end_date is not None]
    reallocated = [a for a in allocations if a.reason]
    assert ended and len(ended) == len(reallocated)
    assert all(a.role == AllocationRole.OFFENDER_SUPERVISOR for a in reallocated)
    assert Counter(a.role for a in allocations)[AllocationRole.OFFENDER_MANAGER] > 100
    assert Counter(a.role for a in allocations)[AllocationRole.PERSONAL_OFFICER] > 500
    assert 0.6 < len(contacts) / 1000 < 0.95
    assert all(c.contact_date >= prisoners[c.prisoner_id].arrived_on for c in contacts)
    assert len({c.prisoner_id for c in contacts}) == len(contacts)  # one first contact each


def test_caseload_shows_scope_and_overdue_work(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=300)

    rows = CaseloadService(ctx).rows(manager)

    assert len(rows) == 300
    assert all(r.scope.reason for r in rows)
    statuses = Counter(r.scope.status for r in rows)
    assert statuses[ScopeStatus.IN_SCOPE] > 30 and statuses[ScopeStatus.OUT_OF_SCOPE] > 30
    assert statuses[ScopeStatus.UNKNOWN] > 0
    assert {r.sentence_type for r in rows} == set(SentenceType)
    overdue = [r for r in rows if r.is_overdue]
    assert 0 < len(overdue) < 300
    assert any(r.next_due is not None and r.next_due.status is DueStatus.DUE for r in rows)
    assert any(r.offender_supervisor_name is None for r in rows)
    assert CaseloadService(ctx).rows(manager, CaseloadFilter(overdue_only=True)) == overdue


def test_the_demo_supervisor_has_a_caseload_of_their_own(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=300)
    username, password, _ = DEMO_CREDENTIALS[0]
    supervisor = AuthService(ctx.store).sign_in(username, password)

    mine = CaseloadService(ctx).rows(supervisor, CaseloadFilter(mine_only=True))

    assert 20 < len(mine) < 100
    assert {r.offender_supervisor_id for r in mine} == {supervisor.user_id}


# -- audit trail and outbox ---------------------------------------------------------------------


@pytest.mark.slow
def test_every_row_has_one_audit_event_and_one_outbox_change_and_the_chain_verifies(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    events_before = _count(ctx.store, AuditEvent)
    service.generate(manager, prisoners=300, chunk_size=120)

    with ctx.store.read() as s:
        assert verify_chain(s).ok
        row_ids = [i for model in SYNCED_MODELS for i in s.scalars(select(model.id))]
        outbox = s.execute(select(Outbox.entity_id, Outbox.op, Outbox.status, Outbox.patch_json)).all()
        events = s.execute(
            select(AuditEvent.entity_id, AuditEvent.action, AuditEvent.actor_username).where(
                AuditEvent.seq > events_before
            )
        ).all()
    assert Counter(o.entity_id for o in outbox) == Counter(row_ids)
    assert {(o.op, o.status) for o in outbox} == {("INSERT", "PENDING")}
    actions = Counter(e.action for e in events)
    assert actions["lor_assessment.completed"] > 50
    assert actions["lor_need.recorded"] == len(NeedSection) * actions["lor_assessment.completed"]
    assert actions["protective_factor.recorded"] >= actions["lor_assessment.completed"]
    run_markers = [e for e in events if e.action == "demo.generated"]
    assert len(run_markers) == 3  # one per chunk: 120 + 120 + 60
    assert Counter(e.entity_id for e in events if e.action != "demo.generated") == Counter(row_ids)
    assert {e.actor_username for e in events} == {manager.username}
    patch = json.loads(outbox[0].patch_json)
    assert "search_key" not in patch and "server_version" not in patch


def test_bulk_insert_records_what_a_single_add_records(
    ctx: ServiceContext, demo: tuple[DemoDataService, CurrentUser]
) -> None:
    _, manager = demo
    actor = Actor(manager.user_id, manager.username)
    values: dict[str, Any] = {
        "noms_number": "Z0001AA",
        "family_name": "Testworth",
        "given_name": "Sam",
        "date_of_birth": date(1990, 2, 3),
        "gender": "MALE",
        "establishment_code": "DMO",
        "arrived_on": date(2026, 11, 20),
        "is_ppo": None,
        "rosh_level": "HIGH",
        "search_key": "testworth sam z0001aa sam testworth",
    }
    with UnitOfWork(ctx.store, actor) as uow:
        uow.add(Prisoner(id="p-one", prisoner_id="p-one", **values), "prisoner.received")
    with UnitOfWork(ctx.store, actor) as uow:
        second = {**values, "id": "p-two", "prisoner_id": "p-two", "noms_number": "Z0002AA"}
        ids = uow.add_many(Prisoner, [second], "prisoner.received")
    assert ids == ["p-two"]

    def recorded(entity_id: str) -> tuple[dict[str, Any], dict[str, Any], str | None]:
        with ctx.store.read() as s:
            event = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == entity_id)).one()
            change = s.scalars(select(Outbox).where(Outbox.entity_id == entity_id)).one()
        after, patch = json.loads(event.after_json), json.loads(change.patch_json)
        assert event.before_json == "null" and change.op == "INSERT"
        for d in (after, patch):
            for key in ("id", "prisoner_id", "noms_number", "created_at", "updated_at"):
                d.pop(key, None)
        return after, patch, event.prisoner_id

    one, two = recorded("p-one"), recorded("p-two")
    assert one[:2] == two[:2]
    assert (one[2], two[2]) == ("p-one", "p-two")
    with ctx.store.read() as s:
        assert verify_chain(s).ok


def test_demo_drafts_are_sent_as_their_owners_changes(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    """The central record takes a single-writer draft only from its owner: the generator writes the
    drafts on their owners' behalf, so each draft's outbox change is authored by the owner (before,
    about 1% of a demo terminal's first sync came back refused)."""
    service, manager = demo
    service.generate(manager, prisoners=150)
    drafts = {s.name: s.owner_field for s in ENTITIES.values() if s.sync_class is SyncClass.DRAFT}
    with ctx.store.read() as s:
        changes = s.scalars(select(Outbox).where(Outbox.entity.in_(drafts))).all()
        assert {c.entity for c in changes} >= {"initial_interview_draft", "rosh_screening_draft"}
        for c in changes:
            owner = json.loads(c.patch_json)[drafts[c.entity] or "author_id"]
            assert c.author_id == owner != manager.user_id
        others = s.scalars(select(Outbox.author_id).where(Outbox.entity.not_in(drafts)).distinct()).all()
    assert len(set(others)) == 1  # every other demo row: the generator's own


# -- progress and cancel ------------------------------------------------------------------------


def test_progress_is_reported_after_each_chunk(demo: tuple[DemoDataService, CurrentUser]) -> None:
    service, manager = demo
    calls: list[tuple[int, int]] = []

    service.generate(manager, prisoners=250, chunk_size=100, progress=lambda d, t: calls.append((d, t)))

    assert calls == [(0, 250), (100, 250), (200, 250), (250, 250)]


@pytest.mark.slow
def test_cancelling_keeps_whole_chunks_only_and_the_chain_still_verifies(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    service, manager = demo
    calls: list[int] = []

    changes = service.generate(
        manager,
        prisoners=450,
        chunk_size=100,
        progress=lambda done, _total: calls.append(done),
        cancelled=lambda: len(calls) >= 3,  # the user presses Cancel after the second chunk is written
    )

    assert calls == [0, 100, 200]
    assert _count(ctx.store, Prisoner) == 200
    assert len(changes.prisoner_ids) == 200
    with ctx.store.read() as s:
        assert set(s.scalars(select(Prisoner.id))) == changes.prisoner_ids
        assert verify_chain(s).ok
        row_ids = [i for model in SYNCED_MODELS for i in s.scalars(select(model.id))]
        assert Counter(s.scalars(select(Outbox.entity_id))) == Counter(row_ids)
    # The kept chunks are exactly the first 200 prisoners of an uncancelled run with the same seed.
    other = DemoDataService(other_ctx)
    other.generate(other.set_up_demo_profile(), prisoners=200)
    assert _content(ctx.store) == _content(other_ctx.store)


def test_cancelling_before_the_first_chunk_writes_nothing(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo

    changes = service.generate(manager, prisoners=100, cancelled=lambda: True)

    assert not changes.prisoner_ids and not changes.entities
    assert _count(ctx.store, Prisoner) == 0


def test_a_negative_number_of_prisoners_is_refused(demo: tuple[DemoDataService, CurrentUser]) -> None:
    service, manager = demo
    with pytest.raises(ValidationError, match="negative"):
        service.generate(manager, prisoners=-1)


def test_demo_data_is_never_generated_into_a_real_establishment(
    ctx: ServiceContext, admin: CurrentUser
) -> None:
    with pytest.raises(ValidationError, match="only in the demo profile"):
        DemoDataService(ctx).generate(admin, prisoners=10)

    assert _count(ctx.store, Prisoner) == 0
    assert _count(ctx.store, Outbox) == 0


# -- likelihood-of-reoffending assessments -----------------------------------------------------------

_NOT_COMPARED = frozenset(
    {
        "id",
        "assessment_id",
        "created_at",
        "updated_at",
        "completed_at",
        "author_id",
        "author_name",
        "signed_by_id",
        "signed_by_name",
        "supersedes_id",
        "completion_warnings",
    }
)


_IDS = frozenset({"prisoner_id"})  # row ids differ between stores


def _columns(row: Any, *, ignore: frozenset[str] = frozenset()) -> dict[str, Any]:
    skip = _NOT_COMPARED | ignore
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in skip}


def _assessment_content(store: Store) -> dict[str, tuple[Any, ...]]:
    """Each assessed prisoner's (NOMS) assessment, needs and protective factors, without ids and times."""
    with store.read() as s:
        noms = {pid: n for pid, n in s.execute(select(Prisoner.id, Prisoner.noms_number))}
        needs: dict[str, list[tuple[Any, ...]]] = {}
        for n in s.scalars(select(LorNeed).order_by(LorNeed.section)):
            needs.setdefault(n.assessment_id, []).append(tuple(_columns(n, ignore=_IDS).values()))
        factors: dict[str, list[str]] = {}
        for f in s.scalars(select(ProtectiveFactor).order_by(ProtectiveFactor.position)):
            factors.setdefault(f.assessment_id, []).append(f.text)
        return {
            noms[a.prisoner_id]: (
                tuple(_columns(a, ignore=_IDS).items()),
                a.completed_at,
                a.author_name,
                a.completion_warnings,
                tuple(needs.get(a.id, [])),
                tuple(factors.get(a.id, [])),
            )
            for a in s.scalars(select(LorAssessment))
        }


@pytest.mark.slow
def test_signed_assessments_for_a_share_of_sentenced_prisoners_only(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, today: date
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=600)

    with ctx.store.read() as s:
        prisoners = {p.id: p for p in s.scalars(select(Prisoner))}
        sentences = {x.prisoner_id: x for x in s.scalars(select(Sentence))}
        assessments = list(s.scalars(select(LorAssessment)))
        needs = list(s.scalars(select(LorNeed)))
        factors = list(s.scalars(select(ProtectiveFactor)))
        supervisors = {u.id: u.display_name for u in s.scalars(select(User)) if u.role == "SUPERVISOR"}
        allocations = list(s.scalars(select(Allocation).where(Allocation.role == "OFFENDER_SUPERVISOR")))

    assert assessments and all(isinstance(a, CompletedLorAssessment) for a in assessments)
    assert {a.status for a in assessments} == {"COMPLETED"}
    assessed = Counter(a.prisoner_id for a in assessments)
    assert set(assessed.values()) == {1}
    by_scope: dict[bool, list[bool]] = {True: [], False: []}
    for pid, p in prisoners.items():
        sen = sentences[pid]
        stype = SentenceType(sen.sentence_type)
        if not stype.is_sentenced:
            assert pid not in assessed, "no assessment on remand or unsentenced"
            continue
        scope = assess_scope(
            ScopeInput(
                p.date_of_birth,
                stype,
                sen.length_days,
                RoshLevel(p.rosh_level) if p.rosh_level else None,
                p.is_ppo,
                today,
            )
        )
        by_scope[scope.status is ScopeStatus.IN_SCOPE].append(pid in assessed)
    in_scope = sum(by_scope[True]) / len(by_scope[True])
    others = sum(by_scope[False]) / len(by_scope[False])
    assert 0.55 < in_scope < 0.8 and 0.2 < others < 0.45 and others < in_scope

    needs_of: dict[str, list[LorNeed]] = {}
    for n in needs:
        needs_of.setdefault(n.assessment_id, []).append(n)
    factors_of: dict[str, list[ProtectiveFactor]] = {}
    for f in factors:
        factors_of.setdefault(f.assessment_id, []).append(f)
    for a in assessments:
        p, sen = prisoners[a.prisoner_id], sentences[a.prisoner_id]
        # As signed: inputs from the prisoner and sentence, signed by the author, no draft columns.
        assert (a.gender, a.date_of_birth, a.rosh_level) == (p.gender, p.date_of_birth, p.rosh_level)
        assert a.has_mandate_for_change and a.supersedes_id is None and a.deleted_at is None
        assert (a.signed_by_id, a.signed_by_name) == (a.author_id, a.author_name)
        assert a.author_id in supervisors or a.author_id == manager.user_id
        if a.author_id in supervisors:
            assert a.author_name == supervisors[a.author_id]
        assert a.draft_needs == "[]" and a.draft_protective_factors == "[]"
        assert a.completed_at is not None
        signed_on = a.completed_at.date()
        assert today - timedelta(days=366) <= signed_on < today
        assert signed_on >= max(p.arrived_on, sen.sentence_date)
        assert a.conviction_date == sen.sentence_date
        assert a.follow_up_start in (sen.sentence_date, sen.conditional_release_date)
        assert a.total_sanctions is not None and 1 <= a.total_sanctions <= 30
        age = whole_years(p.date_of_birth, sen.sentence_date)
        assert a.age_at_first_sanction is not None and 12 <= a.age_at_first_sanction <= min(40, age)
        assert a.offence_group in OFFENCE_GROUPS
        assert a.mappa_level in (None, 1, 2, 3)
        # Every need section once; identified needs carry short, obviously synthetic text.
        mine = needs_of[a.id]
        assert sorted(n.section for n in mine) == sorted(s.value for s in NeedSection)
        for n in mine:
            assert n.prisoner_id == a.prisoner_id
            if n.severity == NeedSeverity.NO_NEED.value:
                assert (n.evidence, n.analysis) == ("", "")
            else:
                assert n.evidence.startswith("Synthetic demo evidence: ")
                assert n.analysis.startswith("Synthetic demo analysis: ")
        texts = sorted(factors_of[a.id], key=lambda f: f.position)
        assert 1 <= len(texts) <= 2 and [f.position for f in texts] == list(range(len(texts)))
        assert all(f.text.startswith("Synthetic demo") for f in texts)
        assert len({f.text for f in texts}) == len(texts)

    # A realistic spread: skewed-low sanctions, several offence groups and tiers, some provisional.
    sanctions = sorted(a.total_sanctions or 0 for a in assessments)
    assert sanctions[len(sanctions) // 2] <= 8
    assert len({a.offence_group for a in assessments}) >= 8
    assert len({a.tier for a in assessments}) >= 5
    assert any(a.tier_provisional for a in assessments) and not all(a.tier_provisional for a in assessments)
    assert any(a.author_id in supervisors for a in assessments)
    assert {a.author_id for a in assessments} <= set(supervisors) | {manager.user_id}
    # A supervisor signs only while allocated as the prisoner's offender supervisor.
    for a in assessments:
        if a.author_id != manager.user_id:
            assert a.completed_at is not None
            on = a.completed_at.date()
            assert any(
                x.prisoner_id == a.prisoner_id
                and x.staff_user_id == a.author_id
                and x.start_date <= on
                and (x.end_date is None or on < x.end_date)
                for x in allocations
            )


def test_stored_ogrs3_and_tier_are_what_the_domain_calculates(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=300)

    with ctx.store.read() as s:
        assessments = list(s.scalars(select(LorAssessment)))
        needs: dict[str, dict[str, str]] = {}
        for n in s.scalars(select(LorNeed)):
            needs.setdefault(n.assessment_id, {})[n.section] = n.severity
    assert assessments
    for a in assessments:
        result = calculate(
            Ogrs3Input(
                a.gender,
                a.date_of_birth,
                a.conviction_date,
                a.follow_up_start,
                a.total_sanctions,
                a.age_at_first_sanction,
                a.offence_group,
            )
        )
        assert (a.ogrs3_one_year_pct, a.ogrs3_two_year_pct, a.ogrs3_band) == (
            result.one_year_pct,
            result.two_year_pct,
            result.band,
        )
        tier = calculate_tier(
            TierInput(
                gender=a.gender,
                rosh_level=a.rosh_level,
                rsr_pct=Decimal(a.rsr_pct) if a.rsr_pct else None,
                mappa_level=a.mappa_level,
                complexity_factors=frozenset(json.loads(a.complexity_factors)),
                has_mandate_for_change=a.has_mandate_for_change,
                needs=needs[a.id],
                ogrs3_two_year_pct=result.two_year_pct,
                iom=a.iom,
                parenting_responsibilities=a.parenting_responsibilities,
                impulsivity_or_temper_problems=a.impulsivity_or_temper_problems,
                previous_breach_or_recall=a.previous_breach_or_recall,
            )
        )
        assert (a.tier, a.tier_protect_points, a.tier_change_points, a.tier_provisional) == (
            tier.tier,
            tier.protect_points,
            tier.change_points,
            tier.provisional,
        )
        assert json.loads(a.tier_reasons) == list(tier.reasons)
        assert json.loads(a.tier_missing) == list(tier.missing)
        warnings = json.loads(a.completion_warnings)
        assert warnings == (
            [f"The tier {tier.tier} is provisional: {'; '.join(tier.missing)}."] if tier.provisional else []
        )


def test_a_demo_assessment_is_what_signing_the_same_form_stores(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=120)
    assessments = AssessmentService(ctx)
    with ctx.store.read() as s:
        demo_ids = list(s.scalars(select(LorAssessment.id).order_by(LorAssessment.id)))
    assert demo_ids

    for demo_id in demo_ids[:5]:
        shown = assessments.get(manager, demo_id)
        assert shown.status == "COMPLETED" and shown.read_only_reason is not None
        p = preview(shown.form)
        assert p.blocking == () and p.problems == ()  # complete() would accept every demo assessment
        assert p.ogrs3_two_year_pct == shown.ogrs3_two_year_pct and p.tier == shown.tier

        # Sign the same inputs through the service (a new draft starts as a copy of the latest).
        draft, _ = assessments.start_draft(manager, shown.prisoner_id)
        signed, _ = assessments.complete(manager, draft.assessment_id)
        with ctx.store.read() as s:
            ours = s.get(LorAssessment, demo_id)
            theirs = s.get(LorAssessment, signed.assessment_id)
            assert ours is not None and theirs is not None
            assert type(ours) is type(theirs) is CompletedLorAssessment
            assert _columns(ours) == _columns(theirs)

            def rows(model: Any, aid: str) -> list[dict[str, Any]]:
                found = s.scalars(select(model).where(model.assessment_id == aid).order_by(model.id))
                return sorted((_columns(r) for r in found), key=repr)

            for model in (LorNeed, ProtectiveFactor):
                assert rows(model, demo_id) == rows(model, signed.assessment_id)


def test_the_caseload_shows_the_tier_of_assessed_prisoners(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext
) -> None:
    service, manager = demo
    service.generate(manager, prisoners=300)

    rows = CaseloadService(ctx).rows(manager)
    with ctx.store.read() as s:
        signed = {a.prisoner_id: a for a in s.scalars(select(LorAssessment))}

    assert len(rows) == 300
    for r in rows:
        a = signed.get(r.prisoner_id)
        if a is None:
            assert (r.tier, r.ogrs3_band) == (None, None)
        else:
            assert (r.tier, r.tier_provisional, r.ogrs3_band) == (a.tier, a.tier_provisional, a.ogrs3_band)
    with_tier = [r for r in rows if r.tier is not None]
    assert 60 < len(with_tier) < 240
    assert {r.sentence_type for r in with_tier} <= {t for t in SentenceType if t.is_sentenced}


@pytest.mark.slow
def test_same_seed_gives_the_same_assessments(
    demo: tuple[DemoDataService, CurrentUser], ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    service, manager = demo
    other = DemoDataService(other_ctx)
    other_manager, _ = other.ensure_demo_users()

    service.generate(manager, prisoners=200, seed=7)
    other.generate(other_manager, prisoners=200, seed=7, chunk_size=64)

    mine, theirs = _assessment_content(ctx.store), _assessment_content(other_ctx.store)
    assert len(mine) > 40
    assert mine == theirs
