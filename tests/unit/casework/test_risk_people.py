"""Children at risk, victims and MAPPA (issue 8 point 5): recorded as class B rows, and the items they
require of the plan."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rmp import ChildConcernForm, MappaForm, VictimForm
from workbench.casework.reception import ReceptionService
from workbench.casework.risk_people import RiskPeopleService
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.rmp import RequiredItem
from workbench.protocol.entities import ENTITIES, SyncClass
from workbench.security.principal import CurrentUser
from workbench.store.models import Outbox


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


@pytest.fixture
def service(ctx: ServiceContext) -> RiskPeopleService:
    return RiskPeopleService(ctx)


def required(service: RiskPeopleService, user: CurrentUser, prisoner_id: str) -> list[RequiredItem]:
    return [item for item, _ in service.overview(user, prisoner_id).required_items]


def test_a_child_protection_concern_requires_an_objective_and_measures(
    service: RiskPeopleService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert required(service, supervisor, prisoner_id) == []
    child, _ = service.save_child(
        supervisor,
        prisoner_id,
        ChildConcernForm(
            child="Daughter, 7", relationship="Daughter", child_protection_status="CHILD_PROTECTION_PLAN"
        ),
    )
    assert required(service, supervisor, prisoner_id) == [
        RequiredItem.CHILD_PROTECTION_OBJECTIVE,
        RequiredItem.CHILD_CONTACT_MEASURES,
    ]
    form = ChildConcernForm(
        child="Daughter, 7",
        relationship="Daughter",
        child_protection_status="CHILD_PROTECTION_PLAN",
        visits_measure="Visits supervised in the family visits hall only",
    )
    service.save_child(supervisor, prisoner_id, form, child.child_id)
    assert required(service, supervisor, prisoner_id) == [RequiredItem.CHILD_PROTECTION_OBJECTIVE]
    assert service.overview(supervisor, prisoner_id).children[0].has_measures


def test_a_victim_requires_safety_planning_and_liaison(
    service: RiskPeopleService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    victim, _ = service.save_victim(supervisor, prisoner_id, VictimForm(victim="Former partner"))
    assert required(service, supervisor, prisoner_id) == [
        RequiredItem.VICTIM_SAFETY_PLANNING,
        RequiredItem.VICTIM_LIAISON,
    ]
    service.remove_victim(supervisor, prisoner_id, victim.victim_id, "Recorded on the wrong prisoner.")
    assert required(service, supervisor, prisoner_id) == []


def test_changes_are_field_patches_of_class_b_rows(
    ctx: ServiceContext, service: RiskPeopleService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert ENTITIES["child_concern"].sync_class is SyncClass.MERGED
    assert ENTITIES["victim"].sync_class is SyncClass.MERGED
    victim, _ = service.save_victim(supervisor, prisoner_id, VictimForm(victim="Shop worker"))
    service.save_victim(
        supervisor,
        prisoner_id,
        VictimForm(victim="Shop worker", liaison_contact="VLO Jo Bloggs"),
        victim.victim_id,
    )
    with ctx.store.read() as s:
        patch = json.loads(
            s.scalars(select(Outbox.patch_json).where(Outbox.entity == "victim", Outbox.op == "UPDATE")).one()
        )
    assert patch["liaison_contact"] == "VLO Jo Bloggs" and "victim" not in patch


def test_mappa_is_one_current_row_with_review_dates(
    service: RiskPeopleService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service.save_mappa(supervisor, prisoner_id, MappaForm(category=1, level=2))
    assert required(service, supervisor, prisoner_id) == [RequiredItem.MAPPA_REVIEW]
    service.save_mappa(
        supervisor,
        prisoner_id,
        MappaForm(category=1, level=2, last_review_date=date(2026, 11, 2), next_review_date=date(2027, 2, 2)),
    )
    overview = service.overview(supervisor, prisoner_id)
    assert overview.mappa == MappaForm(1, 2, date(2026, 11, 2), date(2027, 2, 2), "")
    assert required(service, supervisor, prisoner_id) == []


def test_bad_input_is_refused_with_every_problem(
    service: RiskPeopleService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        service.save_mappa(
            supervisor,
            prisoner_id,
            MappaForm(
                category=4, level=None, last_review_date=date(2026, 12, 1), next_review_date=date(2026, 11, 1)
            ),
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"category", "level", "last_review_date", "next_review_date"}
    with pytest.raises(ValidationErrors):
        service.save_child(
            supervisor, prisoner_id, ChildConcernForm(child=" ", child_protection_status="MAYBE")
        )
    with pytest.raises(ValidationError, match="reason"):
        service.remove_child(supervisor, prisoner_id, "nope", "")


def test_a_contributor_reads_but_cannot_record(
    service: RiskPeopleService, contributor: CurrentUser, prisoner_id: str
) -> None:
    assert service.overview(contributor, prisoner_id).can_edit is False
    with pytest.raises(PermissionDenied):
        service.save_victim(contributor, prisoner_id, VictimForm(victim="Neighbour"))
