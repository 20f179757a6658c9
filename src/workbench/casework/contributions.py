"""Department contributions to the one plan (issue 9 point 3; seed 3.22–3.23).

Departments wrote parallel plans "without any reference to information held by the OMU". Here the
supervisor requests a department's contribution with a due date; a department contributor writes it
(a summary in their words and proposed objectives and actions) — class A, never changed, a correction
supersedes it; the supervisor merges what they accept into THE plan (``ensure_plan``: there is no way
to make a second one), each merged row keeping its source department and contribution.

A request's "received" state is read from the contributions that answer it, so contributors (who may
push only class A and C rows) never write the request row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.contributions import (
    ACTION,
    OBJECTIVE,
    CaseForContributor,
    ContributionDetail,
    ContributionsOverview,
    MergedItem,
    Proposal,
    RequestRow,
)
from workbench.casework.guards import editable_prisoner, live_prisoner
from workbench.casework.plan.rows import ensure_plan
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.objectives import LintResult, lint
from workbench.domain.plan import ContributionStatus, Department, Phase, parse_link, plan_id_for
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner, User
from workbench.store.plan_models import Contribution, ContributionRequest, PlanAction, PlanObjective
from workbench.store.unit_of_work import utcnow

PLAN_TEXT_LIMIT = 4_000
"""A plan paragraph's most characters (protocol/entities.py ``_PLAN_TEXT``)."""
ROLE_LIMIT = 120


def _name(p: Prisoner) -> str:
    return f"{p.family_name.upper()}, {p.given_name}"


def proposal_to_json(p: Proposal) -> dict[str, Any]:
    """A proposal as stored in ``Contribution.proposals``."""
    if p.kind == OBJECTIVE:
        return {
            "kind": OBJECTIVE,
            "outcome": p.outcome,
            "links": list(p.links),
            "measure": p.measure,
            "phase": p.phase.value,
        }
    return {
        "kind": ACTION,
        "what": p.what,
        "owner_role": p.owner_role,
        "owner_name": p.owner_name,
        "department": p.department.value,
        "due_on": p.due_on.isoformat() if p.due_on else None,
        "objective_ref": p.objective_ref,
        "objective_id": p.objective_id,
    }


def proposal_from_json(d: dict[str, Any]) -> Proposal:
    """A stored proposal; unknown code values fall back to defaults rather than lose the proposal."""
    if d.get("kind") == OBJECTIVE:
        phase = d.get("phase", "NOW")
        return Proposal(
            OBJECTIVE,
            outcome=str(d.get("outcome", "")),
            links=tuple(str(x) for x in d.get("links", [])),
            measure=str(d.get("measure", "")),
            phase=Phase(phase) if phase in Phase.__members__ else Phase.NOW,
        )
    dept = d.get("department", "OMU")
    due = d.get("due_on")
    ref = d.get("objective_ref")
    return Proposal(
        ACTION,
        what=str(d.get("what", "")),
        owner_role=str(d.get("owner_role", "")),
        owner_name=str(d.get("owner_name", "")),
        department=Department(dept) if dept in Department.__members__ else Department.OMU,
        due_on=date.fromisoformat(due) if due else None,
        objective_ref=int(ref) if isinstance(ref, int) else None,
        objective_id=d.get("objective_id") or None,
    )


def proposal_problems(p: Proposal, index: int, count: int) -> list[ValidationError]:
    """What is wrong with one proposal (``index`` of ``count``), every problem at once.

    Fields are named ``proposal.<index>.<field>`` so a form can show the message beside the field.
    """
    f = f"proposal.{index}."
    n = index + 1
    errors: list[ValidationError] = []
    if p.kind == OBJECTIVE:
        for err in (
            check_text(
                p.outcome, f + "outcome", f"outcome of proposal {n}", required=True, limit=PLAN_TEXT_LIMIT
            ),
            check_text(
                p.measure, f + "measure", f"measure of proposal {n}", required=False, limit=PLAN_TEXT_LIMIT
            ),
        ):
            if err:
                errors.append(err)
        if not p.links:
            errors.append(
                ValidationError(
                    f"Proposal {n}: link the objective to at least one need or risk factor.",
                    field=f + "links",
                )
            )
        for code in p.links:
            if parse_link(code) is None:
                errors.append(
                    ValidationError(f"Proposal {n}: '{code}' is not a known need.", field=f + "links")
                )
        return errors
    if p.kind != ACTION:
        return [ValidationError(f"Proposal {n} is neither an objective nor an action.", field=f + "kind")]
    for err in (
        check_text(p.what, f + "what", f"action of proposal {n}", required=True, limit=PLAN_TEXT_LIMIT),
        check_text(
            p.owner_role,
            f + "owner_role",
            f"owner's role in proposal {n}",
            required=True,
            limit=ROLE_LIMIT,
            multiline=False,
        ),
        check_text(
            p.owner_name,
            f + "owner_name",
            f"owner's name in proposal {n}",
            required=False,
            limit=ROLE_LIMIT,
            multiline=False,
        ),
        check_not_too_early(p.due_on, f + "due_on", f"due date of proposal {n}"),
    ):
        if err:
            errors.append(err)
    if p.objective_id is None and (p.objective_ref is None or not 0 <= p.objective_ref < count):
        errors.append(
            ValidationError(
                f"Proposal {n}: say which objective the action serves (a proposed one or one in the plan).",
                field=f + "objective",
            )
        )
    return errors


class ContributionService:
    """Request a department's contribution, write it (contributors), merge its proposals into THE plan."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- the supervisor ------------------------------------------------------------------------

    def request(
        self, user: CurrentUser, prisoner_id: str, department: Department, due_on: date | None, note: str
    ) -> tuple[str, ChangeSet]:
        """Ask a department for its contribution to the prisoner's plan by ``due_on``."""
        today = self._ctx.today()
        errors: list[ValidationError] = []
        if due_on is None:
            errors.append(ValidationError("Enter the date the contribution is due.", field="due_on"))
        elif due_on < today:
            errors.append(
                ValidationError(f"The due date ({due_on:%d %b %Y}) has already passed.", field="due_on")
            )
        if department is Department.OMU:
            errors.append(
                ValidationError(
                    "The OMU writes the plan itself: choose another department.", field="department"
                )
            )
        err = check_text(note, "note", "note to the department", required=False, limit=PLAN_TEXT_LIMIT)
        if err:
            errors.append(err)
        with self._ctx.write(user, Permission.REQUEST_CONTRIBUTIONS) as uow:
            editable_prisoner(uow.session, prisoner_id)
            if errors:
                raise ValidationErrors(errors)
            assert due_on is not None
            plan = ensure_plan(uow, prisoner_id)
            row = uow.add(
                ContributionRequest(
                    prisoner_id=prisoner_id,
                    plan_id=plan.id,
                    department=department.value,
                    due_on=due_on,
                    note=clean_paragraphs(note),
                    status=ContributionStatus.REQUESTED.value,
                    requested_on=today,
                    requested_by_id=user.user_id,
                    requested_by_name=user.display_name,
                ),
                "contribution.requested",
            )
            request_id: str = row.id
        return request_id, ChangeSet(
            frozenset({prisoner_id}), frozenset({"contribution_request", "sentence_plan"})
        )

    def withdraw(self, user: CurrentUser, request_id: str, reason: str) -> ChangeSet:
        """Withdraw a request not yet merged (the reason is kept)."""
        err = check_text(reason, "reason", "reason for withdrawing", required=True, limit=PLAN_TEXT_LIMIT)
        with self._ctx.write(user, Permission.REQUEST_CONTRIBUTIONS) as uow:
            row = self._request_row(uow.session, request_id)
            editable_prisoner(uow.session, row.prisoner_id)
            if row.status == ContributionStatus.MERGED.value:
                raise ValidationError("This contribution is already merged into the plan.")
            if err:
                raise err
            uow.update(
                row,
                "contribution.withdrawn",
                status=ContributionStatus.WITHDRAWN.value,
                status_note=clean_paragraphs(reason),
            )
        return ChangeSet(frozenset({row.prisoner_id}), frozenset({"contribution_request"}))

    def overview(self, user: CurrentUser, prisoner_id: str) -> ContributionsOverview:
        """The prisoner's requests, written contributions (with lint results) and merged items."""
        require(user.role, Permission.VIEW_CASELOAD)
        catalogue = self._ctx.interventions()
        with self._ctx.store.read() as s:
            prisoner = live_prisoner(s, prisoner_id)
            reqs = s.scalars(
                select(ContributionRequest)
                .where(
                    ContributionRequest.prisoner_id == prisoner_id, ContributionRequest.deleted_at.is_(None)
                )
                .order_by(ContributionRequest.requested_on, ContributionRequest.created_at)
            ).all()
            contribs = s.scalars(
                select(Contribution)
                .where(Contribution.prisoner_id == prisoner_id, Contribution.deleted_at.is_(None))
                .order_by(Contribution.written_at)
            ).all()
            answers = self._answers(contribs)
            merged_requests = {r.id for r in reqs if r.status == ContributionStatus.MERGED.value}
            requests = tuple(self._row(r, prisoner, answers) for r in reqs)
            superseded = {c.supersedes_id for c in contribs if c.supersedes_id}
            details = []
            for c in contribs:
                if c.id in superseded:
                    continue
                d = _detail(c, merged=c.request_id in merged_requests)
                lints = tuple(
                    lint(p.outcome, catalogue) if p.kind == OBJECTIVE else None for p in d.proposals
                )
                details.append(_with_lint(d, lints))
            merged: list[MergedItem] = []
            for obj in s.scalars(
                select(PlanObjective)
                .where(
                    PlanObjective.prisoner_id == prisoner_id,
                    PlanObjective.contribution_id.is_not(None),
                    PlanObjective.deleted_at.is_(None),
                )
                .order_by(PlanObjective.position)
            ):
                merged.append(
                    MergedItem(
                        OBJECTIVE,
                        obj.id,
                        obj.outcome,
                        _dept(obj.source_department),
                        obj.contribution_id or "",
                    )
                )
            for act in s.scalars(
                select(PlanAction)
                .where(
                    PlanAction.prisoner_id == prisoner_id,
                    PlanAction.contribution_id.is_not(None),
                    PlanAction.deleted_at.is_(None),
                )
                .order_by(PlanAction.position)
            ):
                merged.append(
                    MergedItem(
                        ACTION, act.id, act.what, _dept(act.source_department), act.contribution_id or ""
                    )
                )
        return ContributionsOverview(
            requests,
            tuple(details),
            tuple(merged),
            can_request=allows(user.role, Permission.REQUEST_CONTRIBUTIONS),
            can_merge=allows(user.role, Permission.PLAN),
        )

    def merge(
        self, user: CurrentUser, contribution_id: str, accepted: Sequence[tuple[int, Proposal]]
    ) -> ChangeSet:
        """Write the accepted proposals (index in the contribution, the proposal as accepted or edited)
        into THE plan, each with its source department and contribution, and mark the request MERGED.

        Proposals not listed are left. An accepted action must serve an accepted proposed objective or
        an objective already in the plan.
        """
        accepted = list(accepted)
        with self._ctx.write(user, Permission.PLAN) as uow:
            s = uow.session
            contribution = s.get(Contribution, contribution_id)
            if contribution is None or contribution.deleted_at is not None:
                raise ValidationError("That contribution is no longer on this terminal's record.")
            prisoner_id = contribution.prisoner_id
            editable_prisoner(s, prisoner_id)
            request = s.get(ContributionRequest, contribution.request_id) if contribution.request_id else None
            if request is not None and request.status == ContributionStatus.MERGED.value:
                raise ValidationError("This contribution is already merged into the plan.")
            count = len(json.loads(contribution.proposals or "[]"))
            errors: list[ValidationError] = []
            indexes = {i for i, _ in accepted}
            for index, p in accepted:
                if not 0 <= index < count:
                    errors.append(ValidationError(f"There is no proposal {index + 1} in this contribution."))
                    continue
                errors.extend(proposal_problems(p, index, count))
                if p.kind == ACTION and p.objective_id is None and p.objective_ref not in indexes:
                    errors.append(
                        ValidationError(
                            f"Proposal {index + 1} is an action for a proposed objective you left out: "
                            "accept that objective too, or leave the action.",
                            field=f"proposal.{index}.objective",
                        )
                    )
                if p.kind == ACTION and p.objective_id is not None:
                    target = s.get(PlanObjective, p.objective_id)
                    if target is None or target.prisoner_id != prisoner_id or target.deleted_at is not None:
                        errors.append(
                            ValidationError(
                                f"Proposal {index + 1}: the objective it serves is no longer in the plan.",
                                field=f"proposal.{index}.objective",
                            )
                        )
            if errors:
                raise ValidationErrors(errors)
            plan = ensure_plan(uow, prisoner_id)
            source = contribution.department
            position = s.scalar(
                select(func.coalesce(func.max(PlanObjective.position), -1)).where(
                    PlanObjective.prisoner_id == prisoner_id
                )
            )
            next_pos = int(position if position is not None else -1) + 1
            objective_ids: dict[int, str] = {}
            for index, p in sorted(accepted, key=lambda t: t[0]):
                if p.kind != OBJECTIVE:
                    continue
                row = uow.add(
                    PlanObjective(
                        prisoner_id=prisoner_id,
                        plan_id=plan.id,
                        outcome=clean_paragraphs(p.outcome),
                        links=json.dumps(list(p.links)),
                        measure=clean_paragraphs(p.measure),
                        phase=p.phase.value,
                        position=next_pos,
                        source_department=source,
                        contribution_id=contribution.id,
                        created_by_name=user.display_name,
                    ),
                    "plan_objective.merged",
                )
                objective_ids[index] = row.id
                next_pos += 1
            action_pos = 0
            for _index, p in sorted(accepted, key=lambda t: t[0]):
                if p.kind != ACTION:
                    continue
                target_id = p.objective_id or objective_ids[p.objective_ref or 0]
                uow.add(
                    PlanAction(
                        prisoner_id=prisoner_id,
                        plan_id=plan.id,
                        objective_id=target_id,
                        what=clean_paragraphs(p.what),
                        owner_role=clean_line(p.owner_role),
                        owner_name=clean_line(p.owner_name),
                        department=p.department.value,
                        due_on=p.due_on,
                        position=action_pos,
                        source_department=source,
                        contribution_id=contribution.id,
                    ),
                    "plan_action.merged",
                )
                action_pos += 1
            if request is not None:
                uow.update(request, "contribution.merged", status=ContributionStatus.MERGED.value)
        return ChangeSet(
            frozenset({prisoner_id}),
            frozenset({"plan_objective", "plan_action", "contribution_request", "sentence_plan"}),
        )

    # -- the department contributor ------------------------------------------------------------

    def queue(self, user: CurrentUser, *, include_done: bool = False) -> tuple[RequestRow, ...]:
        """ "Contribution requests": those of the user's department (all, if none is set) at their
        establishment, most urgent first; merged and withdrawn ones only with ``include_done``."""
        require(user.role, Permission.CONTRIBUTE)
        with self._ctx.store.read() as s:
            department = _user_department(s, user.user_id)
            q = (
                select(ContributionRequest, Prisoner)
                .join(Prisoner, Prisoner.id == ContributionRequest.prisoner_id)
                .where(
                    ContributionRequest.deleted_at.is_(None),
                    Prisoner.deleted_at.is_(None),
                    Prisoner.establishment_code == user.establishment_code,
                )
                .order_by(ContributionRequest.due_on, Prisoner.family_name)
            )
            if department is not None:
                q = q.where(ContributionRequest.department == department.value)
            pairs = s.execute(q).all()
            ids = [r.id for r, _ in pairs]
            contribs = (
                s.scalars(
                    select(Contribution).where(
                        Contribution.request_id.in_(ids), Contribution.deleted_at.is_(None)
                    )
                ).all()
                if ids
                else []
            )
            answers = self._answers(contribs)
            rows = [self._row(r, p, answers) for r, p in pairs]
        if not include_done:
            rows = [
                r for r in rows if r.status in (ContributionStatus.REQUESTED, ContributionStatus.RECEIVED)
            ]
        return tuple(rows)

    def case_for_contributor(self, user: CurrentUser, prisoner_id: str) -> CaseForContributor:
        """The case summary and the plan's objectives, read-only: all a contributor needs to write."""
        require(user.role, Permission.CONTRIBUTE)
        with self._ctx.store.read() as s:
            p = live_prisoner(s, prisoner_id)
            objectives = s.execute(
                select(PlanObjective.id, PlanObjective.outcome)
                .where(PlanObjective.plan_id == plan_id_for(prisoner_id), PlanObjective.deleted_at.is_(None))
                .order_by(PlanObjective.position)
            ).all()
            return CaseForContributor(
                p.id,
                _name(p),
                p.noms_number,
                p.location,
                p.establishment_code,
                tuple((i, o) for i, o in objectives),
            )

    def write(
        self,
        user: CurrentUser,
        request_id: str,
        summary: str,
        proposals: Sequence[Proposal],
        *,
        supersedes_id: str | None = None,
    ) -> tuple[str, ChangeSet]:
        """Write the department's contribution answering a request (class A: never changed afterwards).

        ``supersedes_id`` corrects an earlier contribution of the same request (the original is kept).
        """
        proposals = list(proposals)
        errors: list[ValidationError] = []
        err = check_text(summary, "summary", "summary of the contribution", required=True)
        if err:
            errors.append(err)
        for i, p in enumerate(proposals):
            errors.extend(proposal_problems(p, i, len(proposals)))
            ref = p.objective_ref if p.kind == ACTION and p.objective_id is None else None
            if ref is not None and 0 <= ref < len(proposals) and proposals[ref].kind != OBJECTIVE:
                errors.append(
                    ValidationError(
                        f"Proposal {i + 1}: an action serves an objective, not another action.",
                        field=f"proposal.{i}.objective",
                    )
                )
        with self._ctx.write(user, Permission.CONTRIBUTE) as uow:
            s = uow.session
            request = self._request_row(s, request_id)
            editable_prisoner(s, request.prisoner_id)
            if request.status in (ContributionStatus.MERGED.value, ContributionStatus.WITHDRAWN.value):
                state = ContributionStatus(request.status).label.lower()
                raise ValidationError(f"This request is {state}: nothing was saved. Ask the supervisor.")
            department = _user_department(s, user.user_id)
            if department is not None and department.value != request.department:
                raise ValidationError(
                    f"This request is for {Department(request.department).label}, not your department "
                    f"({department.label}).",
                )
            if supersedes_id is not None:
                old = s.get(Contribution, supersedes_id)
                if old is None or old.request_id != request_id:
                    errors.append(
                        ValidationError("The contribution being corrected is not one of this request.")
                    )
            for p in proposals:
                if p.kind == ACTION and p.objective_id is not None:
                    target = s.get(PlanObjective, p.objective_id)
                    if target is None or target.prisoner_id != request.prisoner_id:
                        errors.append(
                            ValidationError("An action serves an objective that is not in this plan.")
                        )
            if errors:
                raise ValidationErrors(errors)
            stored = [proposal_to_json(_cleaned(p)) for p in proposals]
            row = uow.add(
                Contribution(
                    prisoner_id=request.prisoner_id,
                    request_id=request.id,
                    department=request.department,
                    summary=clean_paragraphs(summary),
                    proposals=json.dumps(stored),
                    author_id=user.user_id,
                    author_name=user.display_name,
                    written_at=utcnow(),
                    supersedes_id=supersedes_id,
                ),
                "contribution.written",
            )
            new_id: str = row.id
            prisoner_id = request.prisoner_id
        return new_id, ChangeSet(frozenset({prisoner_id}), frozenset({"contribution"}))

    def latest_for_request(self, user: CurrentUser, request_id: str) -> ContributionDetail | None:
        """The contribution currently answering a request (the last correction), or None if none yet.

        Writing again for a request corrects this one (``write(..., supersedes_id=...)``).
        """
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            rows = s.scalars(
                select(Contribution)
                .where(Contribution.request_id == request_id, Contribution.deleted_at.is_(None))
                .order_by(Contribution.written_at, Contribution.created_at)
            ).all()
            superseded = {c.supersedes_id for c in rows if c.supersedes_id}
            current = [c for c in rows if c.id not in superseded]
            if not current:
                return None
            return _detail(current[-1], merged=False)

    def contribution(self, user: CurrentUser, contribution_id: str) -> ContributionDetail:
        """One contribution with its proposals' lint results."""
        require(user.role, Permission.VIEW_CASELOAD)
        catalogue = self._ctx.interventions()
        with self._ctx.store.read() as s:
            row = s.get(Contribution, contribution_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That contribution is no longer on this terminal's record.")
            request = s.get(ContributionRequest, row.request_id) if row.request_id else None
            d = _detail(row, merged=request is not None and request.status == ContributionStatus.MERGED.value)
        return _with_lint(
            d, tuple(lint(p.outcome, catalogue) if p.kind == OBJECTIVE else None for p in d.proposals)
        )

    # -- helpers --------------------------------------------------------------------------------

    def _request_row(self, s: Session, request_id: str) -> ContributionRequest:
        row = s.get(ContributionRequest, request_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That contribution request is no longer on this terminal's record.")
        return row

    @staticmethod
    def _answers(contribs: Sequence[Contribution]) -> dict[str, list[str]]:
        answers: dict[str, list[str]] = {}
        for c in contribs:
            if c.request_id:
                answers.setdefault(c.request_id, []).append(c.id)
        return answers

    def _row(self, r: ContributionRequest, p: Prisoner, answers: dict[str, list[str]]) -> RequestRow:
        ids = tuple(answers.get(r.id, ()))
        status = ContributionStatus(r.status)
        if status is ContributionStatus.REQUESTED and ids:
            status = ContributionStatus.RECEIVED
        overdue = status is ContributionStatus.REQUESTED and r.due_on < self._ctx.today()
        return RequestRow(
            r.id,
            p.id,
            _name(p),
            p.noms_number,
            p.location,
            _dept(r.department),
            r.due_on,
            r.note,
            status,
            overdue,
            r.requested_on,
            r.requested_by_name,
            ids,
        )


def _dept(value: str) -> Department:
    return Department(value) if value in Department.__members__ else Department.OMU


def _user_department(s: Session, user_id: str) -> Department | None:
    value = s.scalar(select(User.department).where(User.id == user_id))
    return Department(value) if value is not None and value in Department.__members__ else None


def _detail(c: Contribution, *, merged: bool) -> ContributionDetail:
    proposals = tuple(proposal_from_json(d) for d in json.loads(c.proposals or "[]"))
    return ContributionDetail(
        c.id,
        c.prisoner_id,
        c.request_id,
        _dept(c.department),
        c.summary,
        proposals,
        c.author_name,
        c.written_at,
        c.supersedes_id,
        merged=merged,
    )


def _with_lint(d: ContributionDetail, lints: tuple[LintResult | None, ...]) -> ContributionDetail:
    return replace(d, lint=lints)


def _cleaned(p: Proposal) -> Proposal:
    """The proposal's text as it will be stored."""
    if p.kind == OBJECTIVE:
        return replace(p, outcome=clean_paragraphs(p.outcome), measure=clean_paragraphs(p.measure))
    return replace(
        p,
        what=clean_paragraphs(p.what),
        owner_role=clean_line(p.owner_role),
        owner_name=clean_line(p.owner_name),
    )
