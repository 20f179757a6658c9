"""The risk management plan: draft → sign (password asked again by the screen) → immutable → superseded.

Issue 8 point 4; seed 3.11 (plans sufficient in 56%: roles unclear in 27%, planned responses unclear in
37%, not shared with all parties in 40%). The plan is required when the current signed full analysis'
overall level is at or above policy ``rmp_required_from``. It follows the likelihood assessment's
pattern: a draft (class C) owned by its author, signed into an immutable record (class A); a new version
is a new draft superseding the current plan. Who it was shared with, and when they acknowledged it, is a
class B ``RmpDistribution`` row that stays editable after signing.

Restricted measures (public-protection detail) are left out of every DTO for a role without
``VIEW_PUBLIC_PROTECTION``: the rule lives here, not in the screen (issue 8 point 9).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.rmp import DistributionRecord, PlanDetail, RmpForm, RmpOverview
from workbench.casework.dto.rosh import CountersignStatus
from workbench.casework.guards import editable_prisoner, left_scope_message, live_prisoner
from workbench.casework.risk_people import people_required_items
from workbench.casework.rosh.countersign import countersign_state
from workbench.casework.rosh_records import current_signed
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.dates import too_early
from workbench.domain.enums import RoshLevel
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.rmp import (
    MAX_MEASURE_TEXT,
    Measure,
    MeasureCategory,
    Party,
    RequiredItem,
    signing_problems,
)
from workbench.domain.rosh import countersign_required, rmp_required
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.child_victim_models import ChildConcern
from workbench.store.models import Prisoner
from workbench.store.rosh_models import (
    CompletedRiskManagementPlan,
    CompletedRoshAnalysis,
    RiskManagementPlan,
    RiskManagementPlanDraft,
    RmpDistribution,
)
from workbench.store.unit_of_work import utcnow

_DRAFT_ENTITIES = frozenset({"risk_management_plan_draft"})
_SIGNED_ENTITIES = frozenset({"risk_management_plan_draft", "risk_management_plan", "rmp_distribution"})
_DISTRIBUTION = frozenset({"rmp_distribution"})
PLAN_ENTITY = "risk_management_plan"


def _fmt(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


# -- measures as stored (JSON on the plan row) ---------------------------------------------------------


def measures_from_json(text: str) -> tuple[Measure, ...]:
    """The plan's measures from its stored JSON (unknown categories are kept out, never guessed)."""
    out: list[Measure] = []
    for item in json.loads(text or "[]"):
        try:
            category = MeasureCategory(item.get("category", ""))
        except ValueError:
            continue
        by_when = item.get("by_when") or None
        out.append(
            Measure(
                category=category,
                measure=str(item.get("measure", "")),
                role=str(item.get("role", "")),
                named_person=str(item.get("named_person", "")),
                response=str(item.get("response", "")),
                by_when=date.fromisoformat(by_when) if by_when else None,
                restricted=bool(item.get("restricted", False)),
            )
        )
    return tuple(out)


def measures_to_json(measures: Sequence[Measure]) -> str:
    """The measures as stored, in the order given."""
    return json.dumps(
        [
            {
                "category": m.category.value,
                "measure": m.measure,
                "role": m.role,
                "named_person": m.named_person,
                "response": m.response,
                "by_when": m.by_when.isoformat() if m.by_when else "",
                "restricted": m.restricted,
            }
            for m in measures
        ]
    )


def plan_countersign_state(session: Session, plan: RiskManagementPlan) -> str | None:
    """The plan's countersignature state as the plan tab words it (None: a draft, or not required).

    The state itself is the countersigning queue's (``casework.rosh.countersign.countersign_state``),
    so the plan, the Risk of harm tab and the manager's queue always agree.
    """
    if plan.status != "COMPLETED":
        return None
    state = countersign_state(session, PLAN_ENTITY, plan.id)
    if state.status is CountersignStatus.NOT_REQUIRED:
        return None
    if state.status is CountersignStatus.AWAITING or state.manager_name is None or state.decided_at is None:
        return state.status.label.capitalize()
    text = f"{state.status.label.capitalize()} by {state.manager_name} on {_fmt(state.decided_at.date())}"
    if state.status is CountersignStatus.RETURNED and state.comments.strip():
        text += f": {state.comments}"
    return text


class RmpService:
    """Risk management plans: overview, drafts, signing, new versions and the distribution list."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ------------------------------------------------------------------------------------

    def overview(self, user: CurrentUser, prisoner_id: str) -> RmpOverview:
        """Everything the plan screen shows for one prisoner, restricted measures filtered by role."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            prisoner = self._prisoner(s, prisoner_id)
            level = self._level(s, prisoner_id)
            draft_row = self._open_draft(s, prisoner_id)
            signed = self._signed(s, prisoner_id)
            current_row = current_signed(s, CompletedRiskManagementPlan, prisoner_id)
            draft = self._detail(s, user, draft_row) if draft_row else None
            history = tuple(self._detail(s, user, r) for r in signed)
            current = next((h for h in history if current_row and h.plan_id == current_row.id), None)
            distribution = self._distribution(s, current_row.id) if current_row else ()
            items = people_required_items(s, prisoner_id)
            reason = self._cannot_start_reason(user, prisoner, draft_row)
        required = rmp_required(level, self._ctx.policy.rmp_required_from)
        return RmpOverview(
            prisoner_id=prisoner_id,
            overall_level=level,
            required=required,
            required_reason=self._required_reason(level, required),
            draft=draft,
            current=current,
            history=history,
            distribution=distribution,
            can_start=reason is None,
            cannot_start_reason=reason,
            required_items=items,
            can_write=allows(user.role, Permission.PLAN_RISK),
        )

    def get(self, user: CurrentUser, plan_id: str) -> PlanDetail:
        """One plan, draft or signed, as the user may see it."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            return self._detail(s, user, self._row(s, plan_id))

    def check(self, user: CurrentUser, plan_id: str) -> list[tuple[str, str]]:
        """What would stop this draft being signed, as ``(field, message)`` pairs (empty: it can be)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            draft = self._draft(s, user, plan_id)
            return self._problems(s, draft)

    # -- writing ------------------------------------------------------------------------------------

    def start_draft(self, user: CurrentUser, prisoner_id: str) -> tuple[PlanDetail, ChangeSet]:
        """Open a draft owned by ``user``; a new version of the current plan starts from it and will
        supersede it when signed."""
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            s = uow.session
            prisoner = editable_prisoner(s, prisoner_id)
            reason = self._cannot_start_reason(user, prisoner, self._open_draft(s, prisoner_id))
            if reason is not None:
                raise ValidationError(reason)
            current = current_signed(s, CompletedRiskManagementPlan, prisoner_id)
            analysis = current_signed(s, CompletedRoshAnalysis, prisoner_id)
            row = RiskManagementPlanDraft(
                prisoner_id=prisoner_id,
                author_id=user.user_id,
                author_name=user.display_name,
                supersedes_id=current.id if current else None,
                analysis_id=analysis.id if analysis else None,
                overall_level=analysis.overall_level if analysis else None,
                measures=current.measures if current else "[]",
                category_notes=current.category_notes if current else "{}",
                review_date=None,
            )
            uow.add(row, "risk_management_plan.draft_started")
            detail = self._detail(s, user, row)
        return detail, ChangeSet(frozenset({prisoner_id}), _DRAFT_ENTITIES)

    def save_draft(self, user: CurrentUser, plan_id: str, form: RmpForm) -> tuple[PlanDetail, ChangeSet]:
        """Save the author's draft. Incomplete is fine; text too long or dates that cannot be right are
        refused, every problem at once. Restricted measures the user cannot see are kept as they were."""
        measures, notes = self._validated(form)
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            s = uow.session
            row = self._draft(s, user, plan_id)
            if not allows(user.role, Permission.VIEW_PUBLIC_PROTECTION):
                measures += tuple(m for m in measures_from_json(row.measures) if m.restricted)
            uow.update(
                row,
                "risk_management_plan.draft_saved",
                measures=measures_to_json(measures),
                category_notes=json.dumps(notes, sort_keys=True),
                review_date=form.review_date,
            )
            detail = self._detail(s, user, row)
        return detail, ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def discard_draft(self, user: CurrentUser, plan_id: str) -> ChangeSet:
        """Throw away the author's draft (kept as a tombstone)."""
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            row = self._draft(uow.session, user, plan_id)
            uow.tombstone(row, "risk_management_plan.draft_discarded", "Draft discarded by its author.")
        return ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def sign(self, user: CurrentUser, plan_id: str) -> tuple[PlanDetail, ChangeSet]:
        """Sign the author's draft into an immutable plan (class A); the draft is tombstoned.

        Refused, with every problem at once, unless each category has a complete measure or a reason
        for having none and a review date is set (seed 3.11). ``countersign_required`` is fixed now from
        the current analysis' level and any child-protection concern (seed 4.9). The parties of the
        superseded plan are carried to the new one, to be shared again.
        """
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            s = uow.session
            draft = self._draft(s, user, plan_id)
            problems = self._problems(s, draft)
            if problems:
                raise ValidationErrors([ValidationError(m, field=f) for f, m in problems])
            analysis = current_signed(s, CompletedRoshAnalysis, draft.prisoner_id)
            level = analysis.overall_level if analysis else draft.overall_level
            concerns = bool(analysis and analysis.child_protection_concerns) or self._child_protection(
                s, draft.prisoner_id
            )
            record = CompletedRiskManagementPlan(
                prisoner_id=draft.prisoner_id,
                author_id=draft.author_id,
                author_name=draft.author_name,
                supersedes_id=draft.supersedes_id,
                analysis_id=analysis.id if analysis else draft.analysis_id,
                overall_level=level,
                measures=draft.measures,
                category_notes=draft.category_notes,
                review_date=draft.review_date,
                countersign_required=countersign_required(level, concerns),
                completion_warnings="[]",
                completed_at=utcnow(),
                signed_by_id=user.user_id,
                signed_by_name=user.display_name,
            )
            uow.add(record, "risk_management_plan.signed")
            if draft.supersedes_id:
                for party in self._distribution_rows(s, draft.supersedes_id):
                    uow.add(
                        RmpDistribution(
                            prisoner_id=draft.prisoner_id,
                            plan_id=record.id,
                            party=party.party,
                            party_name=party.party_name,
                        ),
                        "rmp_distribution.carried_to_new_version",
                    )
            uow.tombstone(draft, "risk_management_plan.draft_signed", f"Signed as {record.id}.")
            detail = self._detail(s, user, record)
        return detail, ChangeSet(frozenset({draft.prisoner_id}), _SIGNED_ENTITIES)

    # -- distribution (class B, editable after signing) ----------------------------------------------

    def add_party(
        self,
        user: CurrentUser,
        plan_id: str,
        party: Party,
        party_name: str = "",
        shared_on: date | None = None,
    ) -> tuple[DistributionRecord, ChangeSet]:
        """Add a party to a signed plan's distribution list, shared on ``shared_on`` (None: not yet)."""
        name = clean_line(party_name)
        errors = [
            e
            for e in (
                check_text(name, "party_name", "party's name", required=party is Party.OTHER, limit=120),
                self._shared_date_error(shared_on, "shared_on", "date shared"),
            )
            if e
        ]
        if errors:
            raise ValidationErrors(errors)
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            s = uow.session
            plan = self._row(s, plan_id)
            editable_prisoner(s, plan.prisoner_id)  # issue 11 point 5: not after the prisoner left
            if plan.status != "COMPLETED":
                raise ValidationError("Sign the plan before sharing it: a draft is not shared.")
            for existing in self._distribution_rows(s, plan_id):
                if existing.party == party.value and existing.party_name == name:
                    raise ValidationError(
                        f"{party.label} is already on the distribution list.", field="party"
                    )
            row = RmpDistribution(
                prisoner_id=plan.prisoner_id,
                plan_id=plan_id,
                party=party.value,
                party_name=name,
                shared_on=shared_on,
            )
            uow.add(row, "rmp_distribution.added")
            record = _distribution_record(row)
        return record, ChangeSet(frozenset({plan.prisoner_id}), _DISTRIBUTION)

    def mark_shared(self, user: CurrentUser, distribution_id: str, shared_on: date) -> ChangeSet:
        """Record the date the plan was shared with this party."""
        error = self._shared_date_error(shared_on, "shared_on", "date shared")
        if error:
            raise error
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            row = self._distribution_row(uow.session, distribution_id)
            uow.update(row, "rmp_distribution.shared", shared_on=shared_on)
        return ChangeSet(frozenset({row.prisoner_id}), _DISTRIBUTION)

    def mark_acknowledged(
        self, user: CurrentUser, distribution_id: str, acknowledged_on: date, acknowledged_by: str = ""
    ) -> ChangeSet:
        """Record the party's acknowledgement. The share date is left as it is: another terminal may be
        recording it at the same time, and a guessed date would then conflict with the real one."""
        error = self._shared_date_error(acknowledged_on, "acknowledged_on", "date acknowledged")
        if error:
            raise error
        by = clean_line(acknowledged_by)
        if len(by) > 120:
            raise ValidationError("Who acknowledged it: at most 120 characters.", field="acknowledged_by")
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            row = self._distribution_row(uow.session, distribution_id)
            shared = row.shared_on
            if shared is not None and acknowledged_on < shared:
                raise ValidationError(
                    f"It cannot be acknowledged before it was shared ({_fmt(shared)}).",
                    field="acknowledged_on",
                )
            uow.update(
                row,
                "rmp_distribution.acknowledged",
                acknowledged_on=acknowledged_on,
                acknowledged_by=by or None,
            )
        return ChangeSet(frozenset({row.prisoner_id}), _DISTRIBUTION)

    # -- helpers ------------------------------------------------------------------------------------

    def _shared_date_error(self, value: date | None, field: str, label: str) -> ValidationError | None:
        if value is None:
            return None
        if value > self._ctx.today():
            return ValidationError(f"The {label} ({_fmt(value)}) is in the future.", field=field)
        return check_not_too_early(value, field, label)

    @staticmethod
    def _validated(form: RmpForm) -> tuple[tuple[Measure, ...], dict[str, str]]:
        errors: list[ValidationError] = []
        measures: list[Measure] = []
        for n, m in enumerate(form.measures, start=1):
            texts: dict[str, str] = {}
            for name, label in (
                ("measure", "measure"),
                ("role", "role"),
                ("named_person", "named person"),
                ("response", "planned response"),
            ):
                value = clean_paragraphs(getattr(m, name))
                error = check_text(
                    value, f"measure.{n}", f"{label} of measure {n}", required=False, limit=MAX_MEASURE_TEXT
                )
                if error:
                    errors.append(error)
                texts[name] = value
            early = too_early(m.by_when, f"by-when date of measure {n}")
            if early:
                errors.append(ValidationError(early, field=f"measure.{n}"))
            measures.append(Measure(m.category, by_when=m.by_when, restricted=m.restricted, **texts))
        notes: dict[str, str] = {}
        for key, text in form.category_notes.items():
            try:
                category = MeasureCategory(key)
            except ValueError:
                errors.append(ValidationError(f"A plan has no category {key!r}."))
                continue
            value = clean_paragraphs(text)
            error = check_text(
                value, key, f"reason {category.label} has no measure", required=False, limit=MAX_MEASURE_TEXT
            )
            if error:
                errors.append(error)
            if value:
                notes[key] = value
        if form.review_date is not None:
            early = too_early(form.review_date, "review date")
            if early:
                errors.append(ValidationError(early, field="review_date"))
        if errors:
            raise ValidationErrors(errors)
        return tuple(measures), notes

    def _problems(self, s: Session, draft: RiskManagementPlan) -> list[tuple[str, str]]:
        required = [item for item, _ in people_required_items(s, draft.prisoner_id)]
        return signing_problems(
            measures_from_json(draft.measures),
            json.loads(draft.category_notes or "{}"),
            draft.review_date,
            self._ctx.today(),
            [r for r in required if r is RequiredItem.VICTIM_SAFETY_PLANNING],
        )

    @staticmethod
    def _prisoner(s: Session, prisoner_id: str) -> Prisoner:
        return live_prisoner(s, prisoner_id)

    @staticmethod
    def _level(s: Session, prisoner_id: str) -> RoshLevel | None:
        analysis = current_signed(s, CompletedRoshAnalysis, prisoner_id)
        return RoshLevel(analysis.overall_level) if analysis and analysis.overall_level else None

    def _required_reason(self, level: RoshLevel | None, required: bool) -> str:
        threshold = RoshLevel(self._ctx.policy.rmp_required_from).label.lower()
        if level is None:
            return (
                "No full analysis has been signed yet: the plan is required if it finds "
                f"{threshold} risk or above."
            )
        if required:
            return f"Required: the current full analysis gives {level.label.lower()} risk of serious harm."
        return f"Not required at {level.label.lower()} risk (local policy: from {threshold})."

    @staticmethod
    def _child_protection(s: Session, prisoner_id: str) -> bool:
        return (
            s.scalars(
                select(ChildConcern.id).where(
                    ChildConcern.prisoner_id == prisoner_id,
                    ChildConcern.deleted_at.is_(None),
                    ChildConcern.child_protection_status != "NONE",
                )
            ).first()
            is not None
        )

    @staticmethod
    def _open_draft(s: Session, prisoner_id: str) -> RiskManagementPlanDraft | None:
        return s.scalars(
            select(RiskManagementPlanDraft).where(
                RiskManagementPlanDraft.prisoner_id == prisoner_id,
                RiskManagementPlanDraft.deleted_at.is_(None),
            )
        ).first()

    @staticmethod
    def _signed(s: Session, prisoner_id: str) -> list[CompletedRiskManagementPlan]:
        return list(
            s.scalars(
                select(CompletedRiskManagementPlan)
                .where(
                    CompletedRiskManagementPlan.prisoner_id == prisoner_id,
                    CompletedRiskManagementPlan.deleted_at.is_(None),
                )
                .order_by(
                    CompletedRiskManagementPlan.completed_at.desc(), CompletedRiskManagementPlan.id.desc()
                )
            )
        )

    @staticmethod
    def _row(s: Session, plan_id: str) -> RiskManagementPlan:
        row = s.get(RiskManagementPlan, plan_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That risk management plan is no longer on this terminal's record.")
        return row

    def _draft(self, s: Session, user: CurrentUser, plan_id: str) -> RiskManagementPlan:
        row = self._row(s, plan_id)
        editable_prisoner(s, row.prisoner_id)  # issue 11 point 5: not after the prisoner left
        if row.status != "DRAFT":
            raise ValidationError("A signed plan cannot be changed: start a new version instead.")
        if row.author_id != user.user_id:
            raise ValidationError(
                f"This draft belongs to {row.author_name}; only they can change or sign it."
            )
        return row

    @staticmethod
    def _distribution_rows(s: Session, plan_id: str) -> list[RmpDistribution]:
        return list(
            s.scalars(
                select(RmpDistribution)
                .where(RmpDistribution.plan_id == plan_id, RmpDistribution.deleted_at.is_(None))
                .order_by(RmpDistribution.created_at, RmpDistribution.id)
            )
        )

    def _distribution(self, s: Session, plan_id: str) -> tuple[DistributionRecord, ...]:
        rows = self._distribution_rows(s, plan_id)
        order = {p.value: i for i, p in enumerate(Party)}
        rows.sort(key=lambda r: (order.get(r.party, len(order)), r.party_name))
        return tuple(_distribution_record(r) for r in rows)

    @staticmethod
    def _distribution_row(s: Session, distribution_id: str) -> RmpDistribution:
        row = s.get(RmpDistribution, distribution_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That party is no longer on the distribution list.")
        editable_prisoner(s, row.prisoner_id)  # issue 11 point 5: not after the prisoner left
        return row

    @staticmethod
    def _cannot_start_reason(
        user: CurrentUser, prisoner: Prisoner, draft: RiskManagementPlan | None
    ) -> str | None:
        if not allows(user.role, Permission.PLAN_RISK):
            return f"Your role ({user.role.label}) cannot write risk management plans."
        if prisoner.left_scope_at is not None:
            return left_scope_message(prisoner)
        if draft is not None:
            since = _fmt(draft.created_at.date())
            if draft.author_id == user.user_id:
                return f"You already have a draft plan open for this prisoner (started {since})."
            return (
                f"{draft.author_name} has a draft plan open for this prisoner (started {since}); "
                "only one at a time."
            )
        return None

    def _detail(self, s: Session, user: CurrentUser, row: RiskManagementPlan) -> PlanDetail:
        measures = measures_from_json(row.measures)
        visible = measures
        if not allows(user.role, Permission.VIEW_PUBLIC_PROTECTION):
            visible = tuple(m for m in measures if not m.restricted)
        read_only: str | None = None
        if row.status == "COMPLETED":
            when = _fmt((row.completed_at or row.created_at).date())
            read_only = (
                f"Signed by {row.signed_by_name} on {when}; a signed plan is changed by a new version."
            )
        elif row.author_id != user.user_id:
            read_only = f"This draft belongs to {row.author_name}; you can read it but not change it."
        elif not allows(user.role, Permission.PLAN_RISK):
            read_only = f"Your role ({user.role.label}) cannot write risk management plans."
        notes: dict[str, Any] = json.loads(row.category_notes or "{}")
        return PlanDetail(
            plan_id=row.id,
            prisoner_id=row.prisoner_id,
            status=row.status,
            author_id=row.author_id,
            author_name=row.author_name,
            overall_level=RoshLevel(row.overall_level) if row.overall_level else None,
            form=RmpForm(visible, {k: str(v) for k, v in notes.items()}, row.review_date),
            hidden_restricted=len(measures) - len(visible),
            created_at=row.created_at,
            completed_at=row.completed_at,
            signed_by_name=row.signed_by_name,
            supersedes_id=row.supersedes_id,
            countersign_required=row.countersign_required,
            countersign_state=plan_countersign_state(s, row),
            completion_warnings=tuple(json.loads(row.completion_warnings or "[]")),
            read_only_reason=read_only,
        )


def _distribution_record(row: RmpDistribution) -> DistributionRecord:
    return DistributionRecord(
        distribution_id=row.id,
        plan_id=row.plan_id,
        party=Party(row.party),
        party_name=row.party_name,
        shared_on=row.shared_on,
        acknowledged_on=row.acknowledged_on,
        acknowledged_by=row.acknowledged_by,
    )
