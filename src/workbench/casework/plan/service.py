"""The sentence plan's use cases (issue 9 point 1): read, seed, edit, version and agree THE plan.

Every write: ``ctx.write(user, Permission.PLAN)`` → ``editable_prisoner`` → ``ensure_plan``, one
transaction. Edits go through ``UnitOfWork.update``, which writes only the fields that really change,
so two terminals editing different objectives (or different fields) merge on the central record.
There is no create-plan call besides ``ensure_plan``: one plan per prisoner.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import workbench.casework.plan.seed as seed
import workbench.casework.plan.snapshot as snapshot
from workbench.casework.assessment import AssessmentService
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.plan import (
    ActionForm,
    ActionView,
    Comparison,
    ContactForm,
    InvolvementForm,
    ObjectiveForm,
    PlanView,
    SeedProposal,
    VersionSummary,
)
from workbench.casework.guards import editable_prisoner, live_prisoner
from workbench.casework.interview import InterviewService
from workbench.casework.plan.copy import prisoner_copy_of
from workbench.casework.plan.rows import ensure_plan, raise_objective_event
from workbench.casework.plan.rules import objective_problems, prerequisite_problems
from workbench.casework.plan.views import (
    action_view,
    dump_reasons,
    objective_rows,
    objective_view,
    read_only_reason,
    reasons_of,
    version_summary,
)
from workbench.casework.risk_people import people_required_items
from workbench.casework.rosh_records import current_signed
from workbench.casework.validation import (
    check_not_future,
    check_not_too_early,
    check_text,
    clean_line,
    clean_paragraphs,
)
from workbench.domain.enums import RoshLevel
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.plan import (
    ContactFrequency,
    Department,
    Involvement,
    ObjectiveStatus,
    PlanEvent,
    VersionReason,
    parse_link,
    plan_id_for,
)
from workbench.reports.prisoner_plan import render_prisoner_plan
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.plan_models import PlanAction, PlanObjective, PlanVersion, SentencePlan
from workbench.store.rosh_models import CompletedRoshAnalysis
from workbench.store.unit_of_work import utcnow

_PLAN = frozenset({"sentence_plan"})
_OBJECTIVES = frozenset({"sentence_plan", "plan_objective"})
_ACTIONS = frozenset({"sentence_plan", "plan_action"})
_VERSIONS = frozenset({"sentence_plan", "plan_version"})
_SHORT = 200  # single-line fields (owner role, name, timescale)

_EVENT_OF: Mapping[ObjectiveStatus, PlanEvent] = {
    ObjectiveStatus.FULLY_ACHIEVED: PlanEvent.OBJECTIVE_ACHIEVED,
    ObjectiveStatus.NOT_ACHIEVED: PlanEvent.OBJECTIVE_ABANDONED,
    ObjectiveStatus.NO_LONGER_APPLICABLE: PlanEvent.OBJECTIVE_ABANDONED,
}


class PlanService:
    """Start (seeded), edit, version and agree THE plan of a prisoner."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -------------------------------------------------------------------------------

    def plan(self, user: CurrentUser, prisoner_id: str) -> PlanView:
        """The plan as it stands: fields, objectives in order with actions and lint, versions.

        A plan not started yet reads as an empty plan (``started`` False); reading never writes.
        """
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            return self._view(s, user, prisoner_id)

    def proposals(self, user: CurrentUser, prisoner_id: str) -> tuple[SeedProposal, ...]:
        """Objectives proposed from the interview and the assessments, not yet accepted or dismissed."""
        require(user.role, Permission.VIEW_CASELOAD)
        interview = InterviewService(self._ctx).latest_signed(user, prisoner_id)
        assessment = AssessmentService(self._ctx).latest(user, prisoner_id)
        with self._ctx.store.read() as s:
            prisoner = live_prisoner(s, prisoner_id)
            analysis = current_signed(s, CompletedRoshAnalysis, prisoner_id)
            level_code = analysis.overall_level if analysis is not None else prisoner.rosh_level
            required = people_required_items(s, prisoner_id)
            view = self._view(s, user, prisoner_id)
        taken = {k.removeprefix(seed.SEED_PREFIX) for k in view.need_reasons}
        taken |= {code for o in view.objectives for code in o.links}
        return seed.proposals(
            interview=interview,
            assessment=assessment,
            rosh_level=RoshLevel(level_code) if level_code else None,
            required=required,
            taken=taken,
        )

    def versions(self, user: CurrentUser, prisoner_id: str) -> tuple[VersionSummary, ...]:
        """Issued versions, oldest first."""
        return self.plan(user, prisoner_id).versions

    def version(self, user: CurrentUser, version_id: str) -> PlanView:
        """The plan as an issued version held it (read-only)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = self._version_row(s, version_id)
            base = self._view(s, user, row.prisoner_id)
            return snapshot.from_snapshot(base, json.loads(row.snapshot))

    def compare(self, user: CurrentUser, version_id: str) -> Comparison:
        """An issued version beside the current plan, with every difference (the side-by-side view)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = self._version_row(s, version_id)
            current = self._view(s, user, row.prisoner_id)
        old = snapshot.from_snapshot(current, json.loads(row.snapshot))
        summary = next(v for v in current.versions if v.version_id == version_id)
        return Comparison(summary, old, current, snapshot.differences(old, current))

    def prisoner_copy(self, user: CurrentUser, prisoner_id: str) -> bytes:
        """The plain-language copy for the prisoner as PDF bytes (printing it is audited)."""
        view = self.plan(user, prisoner_id)
        with self._ctx.write(user, Permission.PLAN) as uow:
            uow.audit("sentence_plan.prisoner_copy_printed", "sentence_plan", view.plan_id)
        return render_prisoner_plan(prisoner_copy_of(view, self._ctx.today()))

    # -- seeding -------------------------------------------------------------------------------

    def accept_proposal(
        self, user: CurrentUser, prisoner_id: str, proposal: SeedProposal
    ) -> tuple[str, ChangeSet]:
        """Put a proposed objective into the plan as proposed (the supervisor then edits it)."""
        form = ObjectiveForm(
            outcome=proposal.outcome,
            links=proposal.links,
            measure=proposal.measure,
            phase=proposal.phase,
            roh_tag=proposal.roh_tag,
        )
        return self._save_objective(user, prisoner_id, None, form, mark_seed=proposal.key)

    def dismiss_proposal(self, user: CurrentUser, prisoner_id: str, key: str, reason: str) -> ChangeSet:
        """Set a proposal aside with the reason (for a need, the reason it has no objective)."""
        problem = check_text(reason, "reason", "reason for not planning this", required=True, limit=2000)
        if problem:
            raise problem
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            plan = ensure_plan(uow, prisoner_id)
            reasons = reasons_of(plan)
            stored = key if key.startswith("NEED:") else seed.SEED_PREFIX + key
            reasons[stored] = clean_paragraphs(reason)
            uow.update(plan, "sentence_plan.proposal_dismissed", need_reasons=dump_reasons(reasons))
        return ChangeSet(frozenset({prisoner_id}), _PLAN)

    def set_need_reason(self, user: CurrentUser, prisoner_id: str, link: str, reason: str) -> ChangeSet:
        """Record why a need linked to offending has no objective ("" removes the reason)."""
        if parse_link(link) is None:
            raise ValidationError(f"{link!r} is not a need or risk factor.", field="need")
        problem = check_text(reason, "reason", "reason", required=False, limit=2000)
        if problem:
            raise problem
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            plan = ensure_plan(uow, prisoner_id)
            reasons = reasons_of(plan)
            if clean_paragraphs(reason):
                reasons[link] = clean_paragraphs(reason)
            else:
                reasons.pop(link, None)
            uow.update(plan, "sentence_plan.need_reason", need_reasons=dump_reasons(reasons))
        return ChangeSet(frozenset({prisoner_id}), _PLAN)

    # -- objectives ----------------------------------------------------------------------------

    def save_objective(
        self, user: CurrentUser, prisoner_id: str, objective_id: str | None, form: ObjectiveForm
    ) -> tuple[str, ChangeSet]:
        """Add (``objective_id`` None) or edit an objective; returns its id. Only changed fields are
        written. Moving the status to achieved / not achieved / no longer applicable raises the
        ``PlanEvent`` for the review work."""
        return self._save_objective(user, prisoner_id, objective_id, form, mark_seed=None)

    def move_objective(self, user: CurrentUser, prisoner_id: str, objective_id: str, step: int) -> ChangeSet:
        """Move an objective ``step`` places in the order (-1 up, +1 down); only moved rows are written."""
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            ensure_plan(uow, prisoner_id)
            rows = objective_rows(uow.session, prisoner_id)
            index = next((i for i, r in enumerate(rows) if r.id == objective_id), None)
            if index is None:
                raise ValidationError("That objective is no longer in the plan.")
            target = max(0, min(len(rows) - 1, index + step))
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows):
                uow.update(row, "plan_objective.moved", position=position)
        return ChangeSet(frozenset({prisoner_id}), _OBJECTIVES)

    def _save_objective(
        self,
        user: CurrentUser,
        prisoner_id: str,
        objective_id: str | None,
        form: ObjectiveForm,
        *,
        mark_seed: str | None,
    ) -> tuple[str, ChangeSet]:
        errors = objective_problems(form)
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            plan = ensure_plan(uow, prisoner_id)
            rows = objective_rows(uow.session, prisoner_id)
            by_id = {r.id: r for r in rows}
            row = by_id.get(objective_id) if objective_id else None
            if objective_id and row is None:
                raise ValidationError("That objective is no longer in the plan: reopen the plan.")
            errors.extend(prerequisite_problems(objective_id, form.prerequisites, by_id))
            if errors:
                raise ValidationErrors(errors)
            values: dict[str, Any] = {
                "outcome": clean_paragraphs(form.outcome),
                "links": json.dumps(list(dict.fromkeys(form.links))),
                "measure": clean_paragraphs(form.measure),
                "phase": form.phase.value,
                "prerequisites": json.dumps(list(dict.fromkeys(form.prerequisites))),
                "roh_tag": form.roh_tag.value if form.roh_tag else "",
                "status": form.status.value,
                "status_reason": clean_paragraphs(form.status_reason),
            }
            old_status = ObjectiveStatus(row.status) if row is not None else None
            if row is None:
                position = max((r.position for r in rows), default=-1) + 1
                row = uow.add(
                    PlanObjective(
                        prisoner_id=prisoner_id,
                        plan_id=plan.id,
                        position=position,
                        created_by_name=user.display_name,
                        source_department=Department.OMU.value,
                        **values,
                    ),
                    "plan_objective.added",
                )
            else:
                uow.update(row, "plan_objective.edited", **values)
            if mark_seed is not None:
                reasons = reasons_of(plan)
                reasons[seed.SEED_PREFIX + mark_seed] = "Accepted into the plan."
                uow.update(plan, "sentence_plan.proposal_accepted", need_reasons=dump_reasons(reasons))
            event = _EVENT_OF.get(form.status)
            if event is not None and old_status is not form.status:
                raise_objective_event(uow, row, event, old_status)
            saved_id = row.id
        return saved_id, ChangeSet(frozenset({prisoner_id}), _OBJECTIVES)

    # -- actions -------------------------------------------------------------------------------

    def save_action(
        self,
        user: CurrentUser,
        prisoner_id: str,
        objective_id: str,
        action_id: str | None,
        form: ActionForm,
    ) -> tuple[str, ChangeSet]:
        """Add (``action_id`` None) or edit an action of an objective; returns its id."""
        errors = [
            e
            for e in (
                check_text(form.what, "what", "action (what will be done)", required=True, limit=2000),
                check_text(
                    form.owner_role,
                    "owner_role",
                    "owner's role",
                    required=False,
                    limit=_SHORT,
                    multiline=False,
                ),
                check_text(
                    form.owner_name,
                    "owner_name",
                    "owner's name",
                    required=False,
                    limit=_SHORT,
                    multiline=False,
                ),
                check_text(
                    form.timescale, "timescale", "timescale", required=False, limit=_SHORT, multiline=False
                ),
                check_not_too_early(form.due_on, "due_on", "due date"),
            )
            if e
        ]
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            plan = ensure_plan(uow, prisoner_id)
            objective = uow.session.get(PlanObjective, objective_id)
            if objective is None or objective.deleted_at is not None or objective.prisoner_id != prisoner_id:
                raise ValidationError("That objective is no longer in the plan: reopen the plan.")
            if errors:
                raise ValidationErrors(errors)
            values: dict[str, Any] = {
                "what": clean_paragraphs(form.what),
                "owner_role": clean_line(form.owner_role),
                "owner_name": clean_line(form.owner_name),
                "department": form.department.value,
                "due_on": form.due_on,
                "timescale": clean_line(form.timescale),
                "status": form.status.value,
            }
            row = uow.session.get(PlanAction, action_id) if action_id else None
            if action_id and (row is None or row.objective_id != objective_id):
                raise ValidationError("That action is no longer in the plan: reopen the plan.")
            if row is None:
                position = uow.session.scalar(
                    select(func.max(PlanAction.position)).where(PlanAction.objective_id == objective_id)
                )
                row = uow.add(
                    PlanAction(
                        prisoner_id=prisoner_id,
                        plan_id=plan.id,
                        objective_id=objective_id,
                        position=(position if position is not None else -1) + 1,
                        **values,
                    ),
                    "plan_action.added",
                )
            else:
                uow.update(row, "plan_action.edited", **values)
            saved_id = row.id
        return saved_id, ChangeSet(frozenset({prisoner_id}), _ACTIONS)

    # -- contact levels and involvement --------------------------------------------------------

    def save_contact(self, user: CurrentUser, prisoner_id: str, form: ContactForm) -> ChangeSet:
        """Planned levels of contact, responsivity and diversity adjustments."""
        errors = [
            e
            for e in (
                check_not_too_early(form.next_review_on, "next_review_on", "next review date"),
                check_text(form.responsivity, "responsivity", "responsivity", required=False, limit=4000),
                check_text(
                    form.diversity_adjustments,
                    "diversity_adjustments",
                    "diversity adjustments",
                    required=False,
                    limit=4000,
                ),
            )
            if e
        ]
        if form.next_review_on is not None and form.next_review_on < self._ctx.today():
            errors.append(
                ValidationError(
                    f"The next review ({form.next_review_on:%d/%m/%Y}) is in the past: give today or later.",
                    field="next_review_on",
                )
            )
        if errors:
            raise ValidationErrors(errors)
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            plan = ensure_plan(uow, prisoner_id)
            uow.update(
                plan,
                "sentence_plan.contact_levels",
                contact_frequency=form.contact_frequency.value if form.contact_frequency else "",
                com_liaison=form.com_liaison.value if form.com_liaison else "",
                next_review_on=form.next_review_on,
                responsivity=clean_paragraphs(form.responsivity),
                diversity_adjustments=clean_paragraphs(form.diversity_adjustments),
            )
        return ChangeSet(frozenset({prisoner_id}), _PLAN)

    def save_involvement(self, user: CurrentUser, prisoner_id: str, form: InvolvementForm) -> ChangeSet:
        """The prisoner's involvement (seed 3.29): agrees, or disagrees / could not take part and why."""
        errors = [
            e
            for e in (
                check_text(
                    form.involvement_reason, "involvement_reason", "reason", required=False, limit=4000
                ),
                check_text(
                    form.prisoner_comments,
                    "prisoner_comments",
                    "prisoner's comments",
                    required=False,
                    limit=4000,
                ),
                check_not_future(
                    form.copy_given_on, self._ctx.today(), "copy_given_on", "date the copy was given"
                ),
                check_not_too_early(form.copy_given_on, "copy_given_on", "date the copy was given"),
            )
            if e
        ]
        if form.involvement is None:
            errors.append(
                ValidationError(
                    "Choose whether the prisoner agrees, disagrees or could not take part.",
                    field="involvement",
                )
            )
        elif form.involvement is not Involvement.AGREES and not clean_paragraphs(form.involvement_reason):
            what = "disagrees" if form.involvement is Involvement.DISAGREES else "could not take part"
            errors.append(ValidationError(f"Say why the prisoner {what}.", field="involvement_reason"))
        if errors:
            raise ValidationErrors(errors)
        assert form.involvement is not None
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            plan = ensure_plan(uow, prisoner_id)
            uow.update(
                plan,
                "sentence_plan.involvement",
                involvement=form.involvement.value,
                involvement_reason=clean_paragraphs(form.involvement_reason),
                prisoner_comments=clean_paragraphs(form.prisoner_comments),
                copy_given_on=form.copy_given_on,
            )
        return ChangeSet(frozenset({prisoner_id}), _PLAN)

    # -- versions ------------------------------------------------------------------------------

    def issue_version(
        self, user: CurrentUser, prisoner_id: str, reason: VersionReason, note: str = ""
    ) -> tuple[VersionSummary, ChangeSet]:
        """Issue a version: a snapshot of the whole plan with its reason (never changed afterwards).

        The first version is the INITIAL plan and needs the prisoner's involvement recorded (issuing it
        is "agreeing the plan"); later versions give another reason.
        """
        problem = check_text(note, "note", "note", required=False, limit=2000)
        with self._ctx.write(user, Permission.PLAN) as uow:
            editable_prisoner(uow.session, prisoner_id)
            ensure_plan(uow, prisoner_id)
            uow.session.flush()
            view = self._view(uow.session, user, prisoner_id)
            errors = [problem] if problem else []
            count = len(view.versions)
            if count == 0 and reason is not VersionReason.INITIAL:
                errors.append(
                    ValidationError("The first version of the plan is the initial plan.", field="reason")
                )
            if count > 0 and reason is VersionReason.INITIAL:
                errors.append(
                    ValidationError(
                        "The initial plan was already issued: choose interim, review, transfer or board "
                        "decision.",
                        field="reason",
                    )
                )
            if not view.objectives:
                errors.append(
                    ValidationError("Add at least one objective before issuing the plan.", field="reason")
                )
            if reason is VersionReason.INITIAL and view.involvement is None:
                errors.append(
                    ValidationError(
                        "Record the prisoner's involvement (agrees, disagrees or could not take part) "
                        "before issuing the initial plan.",
                        field="involvement",
                    )
                )
            if errors:
                raise ValidationErrors(errors)
            now = utcnow()
            row = uow.add(
                PlanVersion(
                    prisoner_id=prisoner_id,
                    plan_id=view.plan_id,
                    version_no=count + 1,
                    reason=reason.value,
                    reason_note=clean_paragraphs(note),
                    snapshot=json.dumps(snapshot.to_snapshot(view), sort_keys=True),
                    issued_at=now,
                    issued_by_id=user.user_id,
                    issued_by_name=user.display_name,
                ),
                "plan_version.issued",
            )
            summary = version_summary(row)
        return summary, ChangeSet(frozenset({prisoner_id}), _VERSIONS)

    # -- helpers -------------------------------------------------------------------------------

    def _view(self, s: Session, user: CurrentUser, prisoner_id: str) -> PlanView:
        prisoner = live_prisoner(s, prisoner_id)
        plan = s.get(SentencePlan, plan_id_for(prisoner_id))
        rows = objective_rows(s, prisoner_id)
        actions: dict[str, list[ActionView]] = {}
        for a in s.scalars(
            select(PlanAction)
            .where(PlanAction.prisoner_id == prisoner_id, PlanAction.deleted_at.is_(None))
            .order_by(PlanAction.position, PlanAction.created_at, PlanAction.id)
        ):
            actions.setdefault(a.objective_id, []).append(action_view(a))
        catalogue = self._ctx.catalogue
        objectives = tuple(objective_view(r, tuple(actions.get(r.id, ())), catalogue) for r in rows)
        versions = tuple(
            version_summary(v)
            for v in s.scalars(
                select(PlanVersion)
                .where(PlanVersion.prisoner_id == prisoner_id, PlanVersion.deleted_at.is_(None))
                .order_by(PlanVersion.version_no, PlanVersion.issued_at)
            )
        )
        common: dict[str, Any] = {
            "plan_id": plan_id_for(prisoner_id),
            "prisoner_id": prisoner_id,
            "prisoner_name": f"{prisoner.given_name} {prisoner.family_name}",
            "noms_number": prisoner.noms_number,
            "objectives": objectives,
            "versions": versions,
            "read_only_reason": read_only_reason(user, prisoner),
        }
        if plan is None:
            return PlanView(started=False, **common)
        return PlanView(
            started=True,
            contact_frequency=ContactFrequency(plan.contact_frequency) if plan.contact_frequency else None,
            com_liaison=ContactFrequency(plan.com_liaison) if plan.com_liaison else None,
            next_review_on=plan.next_review_on,
            responsivity=plan.responsivity,
            diversity_adjustments=plan.diversity_adjustments,
            involvement=Involvement(plan.involvement) if plan.involvement else None,
            involvement_reason=plan.involvement_reason,
            prisoner_comments=plan.prisoner_comments,
            copy_given_on=plan.copy_given_on,
            need_reasons=MappingProxyType(reasons_of(plan)),
            **common,
        )

    @staticmethod
    def _version_row(s: Session, version_id: str) -> PlanVersion:
        row = s.get(PlanVersion, version_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That version of the plan is not on this terminal's record.")
        return row
