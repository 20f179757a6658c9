"""THE sentence plan (issue 9 point 1): seeding, objectives, actions, contact, involvement, versions,
events, permissions. Real encrypted store, real services, fixed clock (Thu 26 Nov 2026)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from plan_helpers import GOALS, seeded_prisoner
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.plan import ActionForm, ContactForm, InvolvementForm, ObjectiveForm
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.plan import PlanService
from workbench.casework.reception import ReceptionService
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection
from workbench.domain.plan import (
    ContactFrequency,
    Department,
    Involvement,
    ObjectiveStatus,
    Phase,
    PlanEvent,
    RiskFactor,
    VersionReason,
    link_code,
    plan_id_for,
)
from workbench.security.principal import CurrentUser
from workbench.store.models import DomainEvent, Outbox, Prisoner
from workbench.store.plan_models import PlanObjective, SentencePlan
from workbench.store.unit_of_work import utcnow

DRUGS = link_code(NeedSection.DRUG_MISUSE)
ROH = link_code(RiskFactor.RISK_OF_HARM)


@pytest.fixture
def plans(ctx: ServiceContext) -> PlanService:
    return PlanService(ctx)


@pytest.fixture
def pid(ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]) -> str:
    """A received prisoner with nothing else recorded."""
    prisoner_id, _ = ReceptionService(ctx).receive(supervisor, receive())
    return prisoner_id


def objective(outcome: str = "To stay free of heroin and manage cravings.", **kw: object) -> ObjectiveForm:
    return ObjectiveForm(outcome=outcome, links=kw.pop("links", (DRUGS,)), **kw)  # type: ignore[arg-type]


def test_seeding_proposes_from_interview_assessment_rosh_children_and_victims(
    ctx: ServiceContext,
    plans: PlanService,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> None:
    pid = seeded_prisoner(ctx, supervisor, receive)
    before = plans.plan(supervisor, pid)
    assert not before.started and before.objectives == ()
    keys = [p.key for p in plans.proposals(supervisor, pid)]
    assert keys[:3] == [ROH, link_code(RiskFactor.CHILD_PROTECTION), link_code(RiskFactor.VICTIM_SAFETY)]
    assert DRUGS in keys
    assert link_code(NeedSection.ALCOHOL_MISUSE) not in keys  # a need not linked to offending or harm
    assert link_code(RiskFactor.LEARNING) in keys  # basic skills at Entry 3
    assert "GOALS" in keys and any(k.startswith("REFERRAL:") for k in keys)
    goals = next(p for p in plans.proposals(supervisor, pid) if p.key == "GOALS")
    assert goals.outcome == GOALS  # the prisoner's own words
    # Proposals are not written silently: reading them started no plan.
    assert not plans.plan(supervisor, pid).started


def test_accepting_and_dismissing_proposals(
    ctx: ServiceContext,
    plans: PlanService,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> None:
    pid = seeded_prisoner(ctx, supervisor, receive)
    proposals = {p.key: p for p in plans.proposals(supervisor, pid)}
    oid, changes = plans.accept_proposal(supervisor, pid, proposals[DRUGS])
    assert changes.touches("plan_objective")
    plans.accept_proposal(supervisor, pid, proposals["GOALS"])
    with pytest.raises(ValidationError, match="reason"):
        plans.dismiss_proposal(supervisor, pid, link_code(RiskFactor.VICTIM_SAFETY), "  ")
    plans.dismiss_proposal(
        supervisor, pid, link_code(RiskFactor.VICTIM_SAFETY), "Victim work done by probation."
    )
    left = {p.key for p in plans.proposals(supervisor, pid)}
    assert DRUGS not in left and "GOALS" not in left and link_code(RiskFactor.VICTIM_SAFETY) not in left
    assert ROH in left
    view = plans.plan(supervisor, pid)
    assert view.started and view.objectives[0].objective_id == oid
    assert view.objectives[1].outcome == GOALS


def test_an_objective_needs_an_outcome_and_a_link_with_clear_messages(
    plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        plans.save_objective(supervisor, pid, None, ObjectiveForm(outcome=" ", links=()))
    by_field = caught.value.by_field()
    assert by_field["outcome"] == "Enter the outcome (what will change)."
    assert "at least one assessed need or risk factor" in by_field["links"]
    with pytest.raises(ValidationErrors, match="Say why the objective was not achieved"):
        plans.save_objective(supervisor, pid, None, objective(status=ObjectiveStatus.NOT_ACHIEVED))
    assert not plans.plan(supervisor, pid).started  # nothing saved, not even the plan row


def test_the_linter_result_comes_with_each_objective(
    plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    plans.save_objective(supervisor, pid, None, objective())
    o = plans.plan(supervisor, pid).objectives[0]
    assert o.lint.outcome_focused is True


def test_prerequisites_cannot_make_a_cycle(plans: PlanService, supervisor: CurrentUser, pid: str) -> None:
    a, _ = plans.save_objective(supervisor, pid, None, objective("To be drug free."))
    b, _ = plans.save_objective(supervisor, pid, None, objective("To hold a job.", prerequisites=(a,)))
    with pytest.raises(ValidationErrors, match="goes round in a circle"):
        plans.save_objective(supervisor, pid, a, objective("To be drug free.", prerequisites=(b,)))
    with pytest.raises(ValidationErrors, match="cannot come after itself"):
        plans.save_objective(supervisor, pid, a, objective("To be drug free.", prerequisites=(a,)))


def test_reordering_writes_only_the_moved_objectives(
    ctx: ServiceContext, plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    ids = [plans.save_objective(supervisor, pid, None, objective(f"To change {n}."))[0] for n in range(3)]
    with ctx.store.read() as s:
        before = s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1))
    plans.move_objective(supervisor, pid, ids[2], -1)
    assert [o.objective_id for o in plans.plan(supervisor, pid).objectives] == [ids[0], ids[2], ids[1]]
    with ctx.store.read() as s:
        moved = s.scalars(select(Outbox).where(Outbox.seq > before, Outbox.entity == "plan_objective")).all()
    assert sorted(o.entity_id for o in moved) == sorted([ids[1], ids[2]])
    assert all(set(json.loads(o.patch_json)) == {"position", "updated_at"} for o in moved)


def test_an_edit_writes_only_the_changed_fields(
    ctx: ServiceContext, plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    oid, _ = plans.save_objective(supervisor, pid, None, objective())
    plans.save_objective(supervisor, pid, oid, objective(measure="Clean tests every month."))
    with ctx.store.read() as s:
        last = s.scalars(select(Outbox).where(Outbox.entity_id == oid).order_by(Outbox.seq.desc())).first()
    assert last is not None and last.op == "UPDATE"
    assert set(json.loads(last.patch_json)) == {"measure", "updated_at"}


def test_status_changes_raise_achieved_and_abandoned_events(
    ctx: ServiceContext, plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    a, _ = plans.save_objective(supervisor, pid, None, objective("To be drug free."))
    b, _ = plans.save_objective(supervisor, pid, None, objective("To hold a job."))
    plans.save_objective(supervisor, pid, a, objective("To be drug free.", status=ObjectiveStatus.ONGOING))
    plans.save_objective(
        supervisor, pid, a, objective("To be drug free.", status=ObjectiveStatus.FULLY_ACHIEVED)
    )
    plans.save_objective(
        supervisor,
        pid,
        b,
        objective(
            "To hold a job.", status=ObjectiveStatus.NOT_ACHIEVED, status_reason="Moved to another prison."
        ),
    )
    # Saving again with the same status raises nothing new.
    plans.save_objective(
        supervisor,
        pid,
        b,
        objective(
            "To hold a job.",
            status=ObjectiveStatus.NOT_ACHIEVED,
            status_reason="Moved to another prison.",
            measure="-",
        ),
    )
    with ctx.store.read() as s:
        events = s.scalars(select(DomainEvent).where(DomainEvent.prisoner_id == pid)).all()
    kinds = sorted(
        (e.kind, json.loads(e.payload)["objective_id"]) for e in events if e.kind.startswith("OBJECTIVE")
    )
    assert kinds == sorted(
        [(PlanEvent.OBJECTIVE_ACHIEVED.value, a), (PlanEvent.OBJECTIVE_ABANDONED.value, b)]
    )


def test_actions_with_owner_department_and_due_date(
    plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    oid, _ = plans.save_objective(supervisor, pid, None, objective())
    with pytest.raises(ValidationErrors, match="Enter the action"):
        plans.save_action(supervisor, pid, oid, None, ActionForm(what=""))
    aid, changes = plans.save_action(
        supervisor,
        pid,
        oid,
        None,
        ActionForm(
            what="Attend the CARAT assessment.",
            owner_role="CARAT worker",
            owner_name="Jo Bloggs",
            department=Department.SUBSTANCE_MISUSE,
            due_on=date(2026, 12, 18),
        ),
    )
    assert changes.touches("plan_action")
    action = plans.plan(supervisor, pid).objectives[0].actions[0]
    assert (action.action_id, action.owner, action.when) == (aid, "CARAT worker (Jo Bloggs)", "18/12/2026")


def test_contact_levels_and_involvement(
    plans: PlanService, supervisor: CurrentUser, pid: str, today: date
) -> None:
    with pytest.raises(ValidationErrors, match="in the past"):
        plans.save_contact(supervisor, pid, ContactForm(ContactFrequency.MONTHLY, None, date(2026, 1, 1)))
    plans.save_contact(
        supervisor,
        pid,
        ContactForm(ContactFrequency.MONTHLY, ContactFrequency.QUARTERLY, date(2027, 5, 26), "Reads slowly."),
    )
    with pytest.raises(ValidationErrors) as caught:
        plans.save_involvement(supervisor, pid, InvolvementForm(Involvement.DISAGREES))
    assert caught.value.by_field()["involvement_reason"] == "Say why the prisoner disagrees."
    with pytest.raises(ValidationErrors, match="Choose whether the prisoner agrees"):
        plans.save_involvement(supervisor, pid, InvolvementForm(None))
    plans.save_involvement(
        supervisor, pid, InvolvementForm(Involvement.AGREES, "", "I want to get clean.", today)
    )
    view = plans.plan(supervisor, pid)
    assert (
        view.contact_frequency is ContactFrequency.MONTHLY and view.com_liaison is ContactFrequency.QUARTERLY
    )
    assert view.involvement is Involvement.AGREES and view.copy_given_on == today


def test_versions_initial_first_snapshot_and_compare(
    plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        plans.issue_version(supervisor, pid, VersionReason.INITIAL)
    messages = caught.value.message
    assert "at least one objective" in messages and "involvement" in messages
    oid, _ = plans.save_objective(supervisor, pid, None, objective())
    plans.save_involvement(supervisor, pid, InvolvementForm(Involvement.AGREES))
    with pytest.raises(ValidationErrors, match="first version of the plan is the initial plan"):
        plans.issue_version(supervisor, pid, VersionReason.REVIEW)
    v1, changes = plans.issue_version(supervisor, pid, VersionReason.INITIAL, "Agreed at the first meeting.")
    assert changes.touches("plan_version") and v1.version_no == 1
    assert plans.plan(supervisor, pid).agreed
    with pytest.raises(ValidationErrors, match="already issued"):
        plans.issue_version(supervisor, pid, VersionReason.INITIAL)
    # Change the plan: the old version keeps what it held; compare shows what moved.
    plans.save_objective(supervisor, pid, oid, objective(phase=Phase.NEXT))
    new_id, _ = plans.save_objective(supervisor, pid, None, objective("To hold a job.", links=(ROH,)))
    cmp = plans.compare(supervisor, v1.version_id)
    assert cmp.old.objectives[0].phase is Phase.NOW and cmp.current.objectives[0].phase is Phase.NEXT
    fields = {(d.objective_id, d.field, d.before, d.after) for d in cmp.differences}
    assert (oid, "Phase", "Now", "Next") in fields
    assert (new_id, "Objective", "—", "Added") in fields
    assert cmp.changed_objectives() == {oid, new_id}
    v2, _ = plans.issue_version(supervisor, pid, VersionReason.REVIEW)
    assert v2.version_no == 2
    assert [v.reason for v in plans.versions(supervisor, pid)] == [
        VersionReason.INITIAL,
        VersionReason.REVIEW,
    ]
    assert plans.version(supervisor, v1.version_id).objectives[0].phase is Phase.NOW


def test_there_is_one_plan_row_whatever_is_written(
    ctx: ServiceContext, plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    plans.save_objective(supervisor, pid, None, objective())
    plans.save_contact(supervisor, pid, ContactForm(ContactFrequency.WEEKLY, None, None))
    with ctx.store.read() as s:
        rows = s.scalars(select(SentencePlan).where(SentencePlan.prisoner_id == pid)).all()
        assert [r.id for r in rows] == [plan_id_for(pid)]
        assert all(o.plan_id == plan_id_for(pid) for o in s.scalars(select(PlanObjective)))


def test_a_contributor_reads_the_plan_but_cannot_change_it(
    plans: PlanService, supervisor: CurrentUser, contributor: CurrentUser, pid: str
) -> None:
    plans.save_objective(supervisor, pid, None, objective())
    view = plans.plan(contributor, pid)
    assert view.read_only_reason is not None and len(view.objectives) == 1
    assert plans.plan(supervisor, pid).read_only_reason is None
    with pytest.raises(PermissionDenied):
        plans.save_objective(contributor, pid, None, objective())
    with pytest.raises(PermissionDenied):
        plans.issue_version(contributor, pid, VersionReason.INITIAL)


def test_a_prisoner_who_left_scope_is_refused(
    ctx: ServiceContext, plans: PlanService, supervisor: CurrentUser, pid: str
) -> None:
    with ctx.store.write_sessions() as s, s.begin():
        prisoner = s.get(Prisoner, pid)
        assert prisoner is not None
        prisoner.left_scope_at = utcnow()
    with pytest.raises(ValidationError, match="left this establishment"):
        plans.save_objective(supervisor, pid, None, objective())
    assert plans.plan(supervisor, pid).read_only_reason is not None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_prisoners_copy_holds_the_live_objectives_actions_and_contact(
    plans: PlanService, supervisor: CurrentUser, pid: str, tmp_path: Path
) -> None:
    oid, _ = plans.save_objective(supervisor, pid, None, objective())
    plans.save_action(
        supervisor, pid, oid, None, ActionForm("Meet the CARAT worker", "CARAT worker", "Jo Bloggs")
    )
    gone, _ = plans.save_objective(supervisor, pid, None, objective("To keep a job in the kitchens."))
    plans.save_objective(
        supervisor,
        pid,
        gone,
        objective("To keep a job in the kitchens.", status=ObjectiveStatus.NO_LONGER_APPLICABLE),
    )
    plans.save_contact(supervisor, pid, ContactForm(ContactFrequency.FORTNIGHTLY, None, None))
    plans.save_involvement(
        supervisor, pid, InvolvementForm(Involvement.AGREES, prisoner_comments="Fair enough.")
    )
    path = tmp_path / "copy.pdf"
    path.write_bytes(plans.prisoner_copy(supervisor, pid))
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "To stay free of heroin and manage cravings." in text
    assert "Meet the CARAT worker — CARAT worker (Jo Bloggs)" in text
    assert "To keep a job in the kitchens." not in text  # no longer applicable: not being worked on
    assert "My offender supervisor will see me: fortnightly." in text
    assert "I agree with this plan." in text and "Fair enough." in text
    assert "OFFICIAL-SENSITIVE" in text and "Page 1 of 1" in text
