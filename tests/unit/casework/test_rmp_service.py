"""The risk management plan service (issue 8 point 4, point 9): required by level, measures complete,
signed and immutable, superseded by a new version, restricted measures hidden from contributors,
distribution acknowledged as class B."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from rmp_helpers import full_form, measure, sign_analysis
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rmp import ChildConcernForm, RmpForm, VictimForm
from workbench.casework.reception import ReceptionService
from workbench.casework.risk_people import RiskPeopleService
from workbench.casework.rmp import RmpService
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.rmp import Measure, MeasureCategory, Party
from workbench.protocol.entities import ENTITIES, SyncClass
from workbench.security.principal import CurrentUser
from workbench.store.models import Outbox
from workbench.store.rosh_models import Countersignature, RiskManagementPlan
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow

C = MeasureCategory


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


@pytest.fixture
def service(ctx: ServiceContext) -> RmpService:
    return RmpService(ctx)


def signed_plan(service: RmpService, user: CurrentUser, prisoner_id: str, form: RmpForm | None = None) -> str:
    draft, _ = service.start_draft(user, prisoner_id)
    service.save_draft(user, draft.plan_id, form or full_form())
    plan, _ = service.sign(user, draft.plan_id)
    return plan.plan_id


@pytest.mark.parametrize(
    ("level", "required"),
    [(None, False), ("LOW", False), ("MEDIUM", False), ("HIGH", True), ("VERY_HIGH", True)],
)
def test_a_plan_is_required_from_the_current_analysis_level(
    ctx: ServiceContext,
    service: RmpService,
    supervisor: CurrentUser,
    prisoner_id: str,
    level: str | None,
    required: bool,
) -> None:
    if level:
        sign_analysis(ctx, supervisor, prisoner_id, level)
    overview = service.overview(supervisor, prisoner_id)
    assert overview.required is required
    assert overview.overall_level == level
    assert overview.required_reason


def test_signing_needs_every_measure_complete_and_every_category_answered(
    ctx: ServiceContext, service: RmpService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    sign_analysis(ctx, supervisor, prisoner_id, "HIGH")
    draft, changes = service.start_draft(supervisor, prisoner_id)
    assert changes.touches("risk_management_plan_draft")
    gappy = Measure(C.SUPERVISION, "Weekly one-to-one", role="Offender supervisor")
    service.save_draft(
        supervisor, draft.plan_id, RmpForm((gappy,), {"contingency": "Covered by supervision."})
    )
    with pytest.raises(ValidationErrors) as caught:
        service.sign(supervisor, draft.plan_id)
    messages = [e.message for e in caught.value.errors]
    assert "Measure 1 (Supervision) is missing named person, planned response, by when." in messages
    assert "Monitoring and control: add a measure, or say why this plan has none." in messages
    assert not any(m.startswith("Contingency") for m in messages)  # a reason stands in for a measure
    assert "Set the date the plan will be reviewed." in messages
    assert service.check(supervisor, draft.plan_id) == [(e.field, e.message) for e in caught.value.errors]


def test_a_signed_plan_is_immutable_and_a_new_version_supersedes_it(
    ctx: ServiceContext, service: RmpService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    sign_analysis(ctx, supervisor, prisoner_id, "HIGH")
    first = signed_plan(service, supervisor, prisoner_id)
    with pytest.raises(ValidationError, match="A signed plan cannot be changed"):
        service.save_draft(supervisor, first, full_form())
    with pytest.raises(ValidationError, match="A signed plan cannot be changed"):
        service.sign(supervisor, first)

    draft, _ = service.start_draft(supervisor, prisoner_id)
    assert draft.supersedes_id == first
    assert draft.form.measures == full_form().measures  # the new version starts from the current plan
    changed = RmpForm(
        (*full_form().measures, measure(C.CONTINGENCY, text="Recall if contact")), {}, date(2027, 6, 1)
    )
    service.save_draft(supervisor, draft.plan_id, changed)
    second, _ = service.sign(supervisor, draft.plan_id)

    overview = service.overview(supervisor, prisoner_id)
    assert overview.current is not None and overview.current.plan_id == second.plan_id
    assert [h.plan_id for h in overview.history] == [second.plan_id, first]
    assert overview.draft is None
    old = service.get(supervisor, first)
    assert old.form.measures == full_form().measures  # unchanged on file
    assert old.read_only_reason is not None and old.read_only_reason.startswith("Signed by Sam Supervisor")


def test_a_contributor_cannot_see_restricted_measures(
    ctx: ServiceContext,
    service: RmpService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    contributor: CurrentUser,
    prisoner_id: str,
) -> None:
    sign_analysis(ctx, supervisor, prisoner_id, "VERY_HIGH")
    plan_id = signed_plan(service, supervisor, prisoner_id, full_form(restricted=True))

    seen = service.get(contributor, plan_id)
    assert len(seen.form.measures) == 4
    assert all(not m.restricted for m in seen.form.measures)
    assert C.MONITORING not in {m.category for m in seen.form.measures}
    assert seen.hidden_note == "1 restricted measure not shown (public-protection detail)."
    current = service.overview(contributor, prisoner_id).current
    assert current is not None and current.hidden_restricted == 1

    for user in (supervisor, manager):
        full = service.get(user, plan_id)
        assert len(full.form.measures) == 5 and full.hidden_restricted == 0 and full.hidden_note == ""


def test_a_contributor_cannot_write_a_plan(
    ctx: ServiceContext, service: RmpService, contributor: CurrentUser, prisoner_id: str
) -> None:
    overview = service.overview(contributor, prisoner_id)
    assert not overview.can_start
    assert (
        overview.cannot_start_reason
        == "Your role (Department contributor) cannot write risk management plans."
    )
    with pytest.raises(PermissionDenied):
        service.start_draft(contributor, prisoner_id)


def test_only_the_author_changes_a_draft_and_only_one_draft_at_a_time(
    ctx: ServiceContext,
    service: RmpService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    with pytest.raises(ValidationError, match="belongs to Sam Supervisor"):
        service.save_draft(manager, draft.plan_id, full_form())
    with pytest.raises(ValidationError, match="Sam Supervisor has a draft plan open"):
        service.start_draft(manager, prisoner_id)
    assert service.get(manager, draft.plan_id).read_only_reason is not None
    service.discard_draft(supervisor, draft.plan_id)
    assert service.overview(supervisor, prisoner_id).draft is None


def test_countersignature_is_required_at_high_or_with_child_protection_concerns(
    ctx: ServiceContext, service: RmpService, supervisor: CurrentUser, manager: CurrentUser, prisoner_id: str
) -> None:
    sign_analysis(ctx, supervisor, prisoner_id, "MEDIUM")
    medium = service.get(supervisor, signed_plan(service, supervisor, prisoner_id))
    assert (medium.countersign_required, medium.countersign_state) == (False, None)

    RiskPeopleService(ctx).save_child(
        supervisor,
        prisoner_id,
        ChildConcernForm(child="Daughter, 7", child_protection_status="CHILD_PROTECTION_PLAN"),
    )
    plan_id = signed_plan(service, supervisor, prisoner_id)
    plan = service.get(supervisor, plan_id)
    assert (plan.countersign_required, plan.countersign_state) == (True, "Awaiting countersignature")

    with UnitOfWork(ctx.store, Actor(manager.user_id, manager.username)) as uow:  # helper "rosh"'s queue
        uow.add(
            Countersignature(
                prisoner_id=prisoner_id,
                record_entity="risk_management_plan",
                record_id=plan_id,
                decision="COUNTERSIGNED",
                manager_id=manager.user_id,
                manager_name=manager.display_name,
                decided_at=utcnow(),
            ),
            "countersignature.recorded",
        )
    state = service.get(supervisor, plan_id).countersign_state
    assert state is not None and state.startswith("Countersigned by Morgan Manager on ")


def test_an_identifiable_victim_needs_victim_safety_planning(
    ctx: ServiceContext, service: RmpService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    RiskPeopleService(ctx).save_victim(supervisor, prisoner_id, VictimForm(victim="Former partner"))
    draft, _ = service.start_draft(supervisor, prisoner_id)
    no_victim_measure = tuple(m for m in full_form().measures if m.category is not C.VICTIM_SAFETY)
    service.save_draft(
        supervisor,
        draft.plan_id,
        RmpForm(no_victim_measure, {"victim_safety": "No contact."}, date(2027, 5, 1)),
    )
    assert [f for f, _ in service.check(supervisor, draft.plan_id)] == ["victim_safety"]


def test_distribution_is_shared_and_acknowledged_as_class_b(
    ctx: ServiceContext, service: RmpService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert ENTITIES["rmp_distribution"].sync_class is SyncClass.MERGED
    plan_id = signed_plan(service, supervisor, prisoner_id)
    security, _ = service.add_party(supervisor, plan_id, Party.SECURITY, shared_on=date(2026, 11, 24))
    wing, _ = service.add_party(supervisor, plan_id, Party.WING)
    with pytest.raises(ValidationError, match="Security is already on the distribution list"):
        service.add_party(supervisor, plan_id, Party.SECURITY)
    with pytest.raises(ValidationErrors):
        service.add_party(supervisor, plan_id, Party.OTHER)  # "other" needs a name

    with pytest.raises(ValidationError, match="before it was shared"):
        service.mark_acknowledged(supervisor, security.distribution_id, date(2026, 11, 23))
    changes = service.mark_acknowledged(
        supervisor, security.distribution_id, date(2026, 11, 25), "J. Officer"
    )
    assert changes.touches("rmp_distribution")
    with pytest.raises(ValidationError, match="in the future"):
        service.mark_shared(supervisor, wing.distribution_id, date(2026, 11, 27))

    rows = {d.party: d for d in service.overview(supervisor, prisoner_id).distribution}
    assert [d.party for d in service.overview(supervisor, prisoner_id).distribution] == [
        Party.WING,
        Party.SECURITY,
    ]
    assert rows[Party.SECURITY].state == "Acknowledged 25 Nov 2026 by J. Officer"
    assert rows[Party.WING].state == "Not shared yet"

    with ctx.store.read() as s:
        patches = [
            json.loads(p)
            for p in s.scalars(
                select(Outbox.patch_json).where(Outbox.entity == "rmp_distribution", Outbox.op == "UPDATE")
            )
        ]
    # a field patch (class B merges per field), not the whole row
    assert patches and set(patches[-1]) <= {"shared_on", "acknowledged_on", "acknowledged_by", "updated_at"}
    assert patches[-1]["acknowledged_on"] == "2026-11-25"


def test_a_new_version_carries_the_parties_to_share_again(
    ctx: ServiceContext, service: RmpService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    first = signed_plan(service, supervisor, prisoner_id)
    service.add_party(supervisor, first, Party.HEALTHCARE, shared_on=date(2026, 11, 24))
    second = signed_plan(service, supervisor, prisoner_id)
    parties = service.overview(supervisor, prisoner_id).distribution
    assert [(d.plan_id, d.party, d.shared_on) for d in parties] == [(second, Party.HEALTHCARE, None)]


def test_a_draft_cannot_be_shared_and_bad_input_is_refused_whole(
    ctx: ServiceContext, service: RmpService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    with pytest.raises(ValidationError, match="Sign the plan before sharing it"):
        service.add_party(supervisor, draft.plan_id, Party.WING)
    bad = RmpForm((Measure(C.SUPERVISION, "x" * 2_001, by_when=date(1900, 1, 1)),), {"nonsense": "?"})
    with pytest.raises(ValidationErrors) as caught:
        service.save_draft(supervisor, draft.plan_id, bad)
    assert len(caught.value.errors) == 3
    with ctx.store.read() as s:
        row = s.get(RiskManagementPlan, draft.plan_id)
        assert row is not None and row.measures == "[]"  # nothing saved
