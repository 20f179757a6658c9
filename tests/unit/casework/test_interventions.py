"""Interventions needed versus available, the unmet-need ledger and transfers (issue 9 point 4)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.interventions import RequirementInput
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.interventions import CSV_HEADER, InterventionService
from workbench.casework.reception import ReceptionService
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection
from workbench.domain.plan import Availability, PlanEvent, TransferStatus, link_code, plan_id_for
from workbench.security.principal import CurrentUser
from workbench.store.models import AuditEvent, DomainEvent, Prisoner
from workbench.store.plan_models import InterventionRequirement

DRUGS = link_code(NeedSection.DRUG_MISUSE)
THINKING = link_code(NeedSection.THINKING_AND_BEHAVIOUR)


@pytest.fixture
def service(ctx: ServiceContext) -> InterventionService:
    return InterventionService(ctx)


@pytest.fixture
def receive_one(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> Callable[..., str]:
    def make(**overrides: object) -> str:
        pid, _ = ReceptionService(ctx).receive(supervisor, receive(**overrides))
        return pid

    return make


@pytest.fixture
def prisoner_id(receive_one: Callable[..., str]) -> str:
    return receive_one()


def _code(ctx: ServiceContext, need: NeedSection) -> str:
    """A catalogue intervention that addresses ``need`` (the catalogue is the real resources file)."""
    return next(i.code for i in ctx.interventions().items if need in i.needs)


def _events(ctx: ServiceContext) -> list[tuple[str, dict[str, object]]]:
    with ctx.store.read() as s:
        rows = s.scalars(select(DomainEvent).order_by(DomainEvent.occurred_at)).all()
        return [(e.kind, json.loads(e.payload)) for e in rows]


def test_a_requirement_is_recorded_whatever_its_availability(
    ctx: ServiceContext, service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    code = _code(ctx, NeedSection.DRUG_MISUSE)
    rid, changes = service.record(
        supervisor,
        prisoner_id,
        RequirementInput(code, "", DRUGS, Availability.NOT_RUN_HERE, reason="No drug programme at Moorland."),
    )
    assert "intervention_requirement" in changes.entities
    (row,) = service.for_prisoner(supervisor, prisoner_id)
    item = ctx.interventions().by_code(code)
    assert item is not None
    assert (row.requirement_id, row.intervention, row.need_label) == (rid, item.name, "Drug misuse")
    assert row.need_open and row.establishment_code == "MDI"


@pytest.mark.parametrize(
    ("availability", "reason", "planned_on", "substitute", "field", "message"),
    [
        (
            Availability.NOT_RUN_HERE,
            "",
            None,
            "",
            "reason",
            "Say why it is 'not run here' (the reason is required).",
        ),
        (
            Availability.VIA_ROTL,
            " ",
            None,
            "",
            "reason",
            "Say why it is 'via rotl' (the reason is required).",
        ),
        (Availability.PLANNED_HERE, "", None, "", "planned_on", "Enter the planned date ('planned here')."),
        (
            Availability.AFTER_TRANSFER,
            "Runs at HMP Lindholme",
            None,
            "",
            "planned_on",
            "Enter the planned date ('after transfer').",
        ),
        (
            Availability.SUBSTITUTE_OFFERED,
            "Waiting list",
            None,
            "",
            "substitute",
            "Say what substitute was offered.",
        ),
    ],
)
def test_reason_date_and_substitute_are_required_where_they_matter(
    service: InterventionService,
    supervisor: CurrentUser,
    prisoner_id: str,
    availability: Availability,
    reason: str,
    planned_on: date | None,
    substitute: str,
    field: str,
    message: str,
) -> None:
    data = RequirementInput(
        "", "Drug recovery wing", DRUGS, availability, reason, planned_on, None, substitute
    )
    with pytest.raises(ValidationErrors) as exc:
        service.record(supervisor, prisoner_id, data)
    assert exc.value.by_field()[field] == message


def test_delivered_and_planned_here_need_no_reason(
    service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service.record(
        supervisor, prisoner_id, RequirementInput("", "Gym induction", THINKING, Availability.DELIVERED)
    )
    service.record(
        supervisor,
        prisoner_id,
        RequirementInput("", "Literacy", THINKING, Availability.PLANNED_HERE, planned_on=date(2027, 1, 5)),
    )
    assert [r.need_open for r in service.for_prisoner(supervisor, prisoner_id)] == [False, False]


def test_an_unknown_code_a_missing_name_and_a_missing_need_are_refused(
    service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationErrors) as exc:
        service.record(supervisor, prisoner_id, RequirementInput("NOPE", "", "", Availability.DELIVERED))
    assert "not in the intervention catalogue" in (exc.value.by_field()["intervention"] or "")
    assert exc.value.by_field()["need"] == "Choose the need this intervention answers."
    with pytest.raises(ValidationErrors) as exc2:
        service.record(supervisor, prisoner_id, RequirementInput("", "  ", DRUGS, Availability.DELIVERED))
    assert "Enter the intervention needed" in (exc2.value.by_field()["intervention"] or "")


def test_a_substitute_keeps_the_need_open(
    service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service.record(
        supervisor,
        prisoner_id,
        RequirementInput(
            "",
            "Domestic abuse programme",
            THINKING,
            Availability.SUBSTITUTE_OFFERED,
            "Not run here",
            substitute="One-to-one sessions with the chaplain",
        ),
    )
    (row,) = service.for_prisoner(supervisor, prisoner_id)
    assert row.need_open


def test_contributors_cannot_record_requirements(
    service: InterventionService, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied, match="cannot record required interventions"):
        service.record(
            contributor, prisoner_id, RequirementInput("", "Literacy", THINKING, Availability.DELIVERED)
        )


def test_domain_events_follow_the_availability(
    ctx: ServiceContext, service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    base = RequirementInput("", "Thinking skills", THINKING, Availability.NOT_RUN_OFTEN_ENOUGH, "Once a year")
    rid, _ = service.record(supervisor, prisoner_id, base)
    # Moving within the not-available set raises nothing new.
    service.update(supervisor, rid, replace(base, availability=Availability.NOT_RUN_HERE, reason="Stopped"))
    planned = replace(base, availability=Availability.PLANNED_HERE, reason="", planned_on=date(2027, 2, 1))
    service.update(supervisor, rid, planned)
    service.update(supervisor, rid, replace(planned, availability=Availability.DELIVERED))
    with pytest.raises(ValidationError, match="in the future"):
        service.complete(supervisor, rid, date(2027, 1, 1))
    service.complete(supervisor, rid, date(2026, 11, 25))
    kinds = [k for k, _ in _events(ctx)]
    assert kinds == [
        PlanEvent.INTERVENTION_NOT_AVAILABLE.value,
        PlanEvent.INTERVENTION_STARTED.value,
        PlanEvent.INTERVENTION_COMPLETED.value,
    ]
    assert _events(ctx)[0][1]["requirement_id"] == rid
    (row,) = service.for_prisoner(supervisor, prisoner_id)
    assert row.reason.startswith("Completed on 25/11/2026.")


def test_only_a_delivered_intervention_can_be_completed(
    service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    rid, _ = service.record(
        supervisor,
        prisoner_id,
        RequirementInput("", "Literacy", THINKING, Availability.NOT_RUN_HERE, "None here"),
    )
    with pytest.raises(ValidationError, match="set it to Delivered first"):
        service.complete(supervisor, rid, date(2026, 11, 25))


def test_the_establishment_ledger_counts_by_intervention_and_availability(
    ctx: ServiceContext,
    service: InterventionService,
    supervisor: CurrentUser,
    receive_one: Callable[..., str],
) -> None:
    a = receive_one()
    b = receive_one(noms_number="B2222BB", family_name="Sampleton")
    elsewhere = receive_one(noms_number="C3333CC", family_name="Exampleby")
    for pid, name, av, reason in [
        (a, "Thinking skills", Availability.NOT_RUN_HERE, "Not run"),
        (b, "Thinking skills", Availability.NOT_RUN_HERE, "Not run"),
        (b, "Thinking skills", Availability.DELIVERED, ""),
        (a, "Literacy", Availability.SUBSTITUTE_OFFERED, "Waiting list"),
        (elsewhere, "Literacy", Availability.NOT_RUN_HERE, "Not run"),
    ]:
        sub = "Reading buddy" if av is Availability.SUBSTITUTE_OFFERED else ""
        service.record(supervisor, pid, RequirementInput("", name, THINKING, av, reason, substitute=sub))
    # The third prisoner moves to another establishment: out of this one's ledger.
    with ctx.store.write_sessions() as s, s.begin():
        p = s.get(Prisoner, elsewhere)
        assert p is not None
        p.establishment_code = "LHI"

    ledger = service.ledger(supervisor)
    assert [(c.intervention, c.availability, c.count) for c in ledger.counts] == [
        ("Literacy", Availability.SUBSTITUTE_OFFERED, 1),
        ("Thinking skills", Availability.DELIVERED, 1),
        ("Thinking skills", Availability.NOT_RUN_HERE, 2),
    ]
    assert len(ledger.rows) == 4 and ledger.open_count == 3
    assert len(service.ledger(supervisor, open_only=True).rows) == 3
    assert len(service.ledger(supervisor, availability=Availability.NOT_RUN_HERE).rows) == 2
    assert [r.noms_number for r in service.ledger(supervisor, text="b2222").rows] == ["B2222BB", "B2222BB"]


def test_csv_export_has_a_header_utf8_and_no_names(
    ctx: ServiceContext,
    service: InterventionService,
    supervisor: CurrentUser,
    prisoner_id: str,
    tmp_path: Path,
) -> None:
    service.record(
        supervisor,
        prisoner_id,
        RequirementInput(
            "", "Café literacy group", THINKING, Availability.NOT_RUN_OFTEN_ENOUGH, "Twice a year"
        ),
    )
    path = tmp_path / "ledger.csv"
    assert service.export_csv(supervisor, path, service.ledger(supervisor).rows) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(CSV_HEADER)
    assert rows[1] == [
        "A1234BC",
        "MDI",
        "Café literacy group",
        "",
        "Thinking and behaviour",
        "Not run often enough",
        "yes",
        "",
        "Twice a year",
        rows[1][9],
    ]
    assert date.fromisoformat(rows[1][9])  # the day it was recorded (the write's clock)
    assert "Testperson" not in raw.decode("utf-8-sig") and "TESTPERSON" not in raw.decode("utf-8-sig")
    with ctx.store.read() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "ledger.exported")).first() is not None


def test_csv_export_to_an_unwritable_place_says_so(
    service: InterventionService, supervisor: CurrentUser, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="could not be saved"):
        service.export_csv(supervisor, tmp_path / "missing" / "ledger.csv", [])


def test_transfer_requests_move_requested_planned_completed(
    service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    rid, _ = service.record(
        supervisor,
        prisoner_id,
        RequirementInput(
            "",
            "Sex offender programme",
            THINKING,
            Availability.AFTER_TRANSFER,
            "Runs at HMP Whatton",
            date(2027, 3, 1),
        ),
    )
    tid, _ = service.request_transfer(supervisor, prisoner_id, "HMP Whatton", rid)
    with pytest.raises(ValidationErrors, match="can move only to planned, not progressed"):
        service.move_transfer(supervisor, tid, TransferStatus.COMPLETED, date(2026, 11, 26))
    service.move_transfer(supervisor, tid, TransferStatus.PLANNED, date(2027, 1, 10))
    service.move_transfer(supervisor, tid, TransferStatus.COMPLETED, date(2026, 11, 26))
    (t,) = service.transfers(supervisor, prisoner_id)
    assert t.status is TransferStatus.COMPLETED and t.requirement_id == rid
    with pytest.raises(ValidationErrors, match="it is closed"):
        service.move_transfer(supervisor, tid, TransferStatus.NOT_PROGRESSED, date(2026, 11, 26), "x")


def test_a_transfer_not_progressed_needs_a_reason(
    service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    tid, _ = service.request_transfer(supervisor, prisoner_id, "HMP Whatton", None)
    with pytest.raises(ValidationErrors) as exc:
        service.move_transfer(supervisor, tid, TransferStatus.NOT_PROGRESSED, date(2026, 11, 26), " ")
    assert exc.value.by_field()["reason"] == "Say why the transfer was not progressed."
    service.move_transfer(supervisor, tid, TransferStatus.NOT_PROGRESSED, date(2026, 11, 26), "No places.")
    (t,) = service.transfers(supervisor, prisoner_id)
    assert (t.status, t.reason) == (TransferStatus.NOT_PROGRESSED, "No places.")


def test_requirements_are_stored_on_the_one_plan(
    ctx: ServiceContext, service: InterventionService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    service.record(
        supervisor, prisoner_id, RequirementInput("", "Literacy", THINKING, Availability.DELIVERED)
    )
    with ctx.store.read() as s:
        (row,) = s.scalars(select(InterventionRequirement)).all()
        assert row.plan_id == plan_id_for(prisoner_id) and row.recorded_by_name == "Sam Supervisor"
