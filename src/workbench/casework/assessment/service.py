"""Likelihood of reoffending: OGRS3, criminogenic needs, protective factors and the tier (issue 3).

Seed 3.13–3.14: inspectors found the likelihood-of-reoffending assessment sufficient in only 77% of
cases, offending-related factors not identified in 29%, the evidence unclear in 27%, protective
factors ignored in 19%, and assessments copied forward without updating. The Executive Summary's
"resources follow risk" gives every sentenced prisoner a tier from risk of harm and likelihood of
reoffending. So:

- an assessment starts as a *draft* owned by its author (sync class C; others read it only);
- completing it checks that OGRS3 can be calculated, every need section is assessed, each identified
  need has evidence *and* analysis, and protective factors are recorded (or their absence explained);
  warnings (text copied unchanged from the previous assessment, a provisional tier) never block;
- the completed record is signed and immutable (class A); a correction is a new draft that
  supersedes it. After a policy or formula change, ``recalculate_tiers`` derives the figures again
  into the local, unsynced ``tier_derivation`` table (derived data: every terminal derives the same
  figures from the signed inputs and the rules it ships with), with one audit event per run;
- a band or tier that differs from the previous completed assessment raises a ``LIKELIHOOD_CHANGED``
  domain event in the same transaction, for the review-trigger work (DESIGN.md section 4).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.assessment.form import (
    _COMPLETED_ENTITIES,
    _DRAFT_ENTITIES,
    _FORM_FIELD_NAMES,
    LIKELIHOOD_CHANGED,
    _columns,
    _completion_problems,
    _Current,
    _figures,
    _fmt,
    _form,
    _needs_from_json,
    _own_figures,
    _summary,
    _tidy,
    _tier_from,
    _validate_form,
    completed_rows,
    preview,
    signing_warnings,
)
from workbench.casework.assessment.recalculation import recalculate_tiers as run_recalculation
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.assessment import (
    AssessmentDetail,
    AssessmentForm,
    AssessmentOverview,
    AssessmentPreview,
    AssessmentSummary,
    CompletionCheck,
    NeedEntry,
    RecalculationResult,
)
from workbench.casework.guards import editable_prisoner, left_scope_message
from workbench.casework.plan_events import raise_new_needs_after_assessment  # -- issue 9 --
from workbench.casework.rosh_records import tier_risk_inputs
from workbench.domain.enums import Gender, RoshLevel, SentenceType
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.sentence import release_date
from workbench.domain.timescales import add_months
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import (
    CompletedLorAssessment,
    DomainEvent,
    LorAssessment,
    LorAssessmentDraft,
    LorNeed,
    Prisoner,
    ProtectiveFactor,
    Sentence,
    TierDerivation,
)
from workbench.store.unit_of_work import utcnow


class AssessmentService:
    """Likelihood-of-reoffending assessments: drafts, signing, corrections, history and bulk tiers.

    Every write is one transaction (rows + audit + outbox) through ``ServiceContext.write`` and
    returns a ``ChangeSet``. Seed 3.13–3.14; Executive Summary "resources follow risk".
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- pure ---------------------------------------------------------------------------------------

    @staticmethod
    def preview(form: AssessmentForm) -> AssessmentPreview:
        """OGRS3 and tier as the user types (see module function :func:`preview`)."""
        return preview(form)

    # -- reading ------------------------------------------------------------------------------------

    def overview(self, user: CurrentUser, prisoner_id: str) -> AssessmentOverview:
        """The open draft, the latest completed assessment, the history, and warnings: the age of the
        latest assessment (policy) and, for the draft, text copied forward unchanged (seed 3.14)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            prisoner = self._prisoner(s, prisoner_id)
            completed = self._completed(s, prisoner_id)
            draft_row = self._open_draft(s, prisoner_id)
            current = self._current_figures(s, [r.id for r in completed])
            latest = self._detail(s, user, completed[0], current, completed) if completed else None
            draft = self._detail(s, user, draft_row, None, completed) if draft_row else None
            warnings = self._age_warnings(completed)
            draft_warnings = self._copy_forward_warnings(s, draft_row, completed) if draft_row else []
        superseded_by = {r.supersedes_id: r.id for r in completed if r.supersedes_id}
        history = tuple(_summary(r, current[r.id], superseded_by.get(r.id)) for r in completed)
        reason = self._cannot_start_reason(user, prisoner, draft_row)
        return AssessmentOverview(
            prisoner_id=prisoner_id,
            draft=draft,
            latest=latest,
            history=history,
            warnings=tuple(warnings),
            can_start=reason is None,
            cannot_start_reason=reason,
            draft_warnings=tuple(draft_warnings),
        )

    def get(self, user: CurrentUser, assessment_id: str) -> AssessmentDetail:
        """One assessment, draft or completed."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = s.get(LorAssessment, assessment_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That assessment is no longer on this terminal's record.")
            completed = self._completed(s, row.prisoner_id)
            current = self._current_figures(s, [row.id]) if row.status == "COMPLETED" else None
            return self._detail(s, user, row, current, completed)

    def latest(self, user: CurrentUser, prisoner_id: str) -> AssessmentDetail | None:
        """The prisoner's latest completed assessment, with its current figures, or None."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            completed = self._completed(s, prisoner_id)
            if not completed:
                return None
            return self._detail(s, user, completed[0], self._current_figures(s, [completed[0].id]), completed)

    def history(self, user: CurrentUser, prisoner_id: str) -> tuple[AssessmentSummary, ...]:
        """The prisoner's completed assessments, newest first."""
        return self.overview(user, prisoner_id).history

    def check_completion(self, user: CurrentUser, assessment_id: str) -> CompletionCheck:
        """What would stop this draft being signed, and the warnings to show first (never blocking)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            draft = self._draft(s, user, assessment_id, for_writing=False)
            prisoner = self._prisoner(s, draft.prisoner_id)
            form = self._refresh_from_prisoner(s, _form(draft), prisoner)
            completed = self._completed(s, draft.prisoner_id)
            p = preview(form)
            problems = list(p.problems) + _completion_problems(form)
            warnings = self._signing_warnings(s, draft, completed, p)
        return CompletionCheck(tuple(dict.fromkeys(problems)), tuple(warnings))

    # -- writing ------------------------------------------------------------------------------------

    def start_draft(self, user: CurrentUser, prisoner_id: str) -> tuple[AssessmentDetail, ChangeSet]:
        """Open a new draft for the prisoner, owned by ``user``; pre-filled from the latest completed
        assessment (its text is then checked for being copied forward unchanged, seed 3.14)."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            prisoner = self._editable(s, prisoner_id)
            self._refuse_if_cannot_start(user, prisoner, self._open_draft(s, prisoner_id))
            completed = self._completed(s, prisoner_id)
            if completed:
                form = self._completed_form(s, completed[0])
            else:
                form = AssessmentForm(
                    gender=Gender(prisoner.gender),
                    date_of_birth=prisoner.date_of_birth,
                    rosh_level=RoshLevel(prisoner.rosh_level) if prisoner.rosh_level else None,
                    follow_up_start=self._release_date(s, prisoner_id),
                )
            row = self._new_draft(uow.session, user, prisoner, form, supersedes_id=None)
            uow.add(row, "lor_assessment.draft_started")
            detail = self._detail(s, user, row, None, completed)
        return detail, ChangeSet(frozenset({prisoner_id}), _DRAFT_ENTITIES)

    def supersede(self, user: CurrentUser, assessment_id: str) -> tuple[AssessmentDetail, ChangeSet]:
        """Correct a completed assessment: a new draft, pre-filled from it, that will supersede it."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            old = s.get(LorAssessment, assessment_id)
            if old is None or old.deleted_at is not None or old.status != "COMPLETED":
                raise ValidationError("Only a completed assessment can be corrected.")
            prisoner = self._editable(s, old.prisoner_id)
            self._refuse_if_cannot_start(user, prisoner, self._open_draft(s, old.prisoner_id))
            completed = self._completed(s, old.prisoner_id)
            if completed[0].id != old.id:
                raise ValidationError(
                    "Only the latest assessment "
                    f"(completed {_fmt(completed[0].completed_at or old.created_at)}) "
                    "can be corrected; start a new assessment instead."
                )
            row = self._new_draft(s, user, prisoner, self._completed_form(s, old), supersedes_id=old.id)
            uow.add(row, "lor_assessment.correction_started")
            detail = self._detail(s, user, row, None, completed)
        return detail, ChangeSet(frozenset({old.prisoner_id}), _DRAFT_ENTITIES)

    def save_draft(
        self, user: CurrentUser, assessment_id: str, patch: AssessmentForm | Mapping[str, Any]
    ) -> tuple[AssessmentDetail, ChangeSet]:
        """Save the author's draft: a whole form, or a mapping of form fields to change.

        Only fields whose value changes are recorded (audit and outbox carry the field patch). An
        incomplete draft is fine; values that cannot be stored are refused with what to fix.
        """
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            row = self._draft(s, user, assessment_id, for_writing=True)
            current = _form(row)
            if isinstance(patch, AssessmentForm):
                form = patch
            else:
                unknown = sorted(set(patch) - _FORM_FIELD_NAMES)
                if unknown:
                    raise ValidationError(f"An assessment has no field(s) {', '.join(unknown)}.")
                form = replace(current, **patch)
            form = self._refresh_from_prisoner(s, _tidy(form), self._editable(s, row.prisoner_id))
            _validate_form(form, self._ctx.today())
            values = {**_columns(form), **_figures(preview(form))}
            uow.update(row, "lor_assessment.draft_saved", **values)
            completed = self._completed(s, row.prisoner_id)
            detail = self._detail(s, user, row, None, completed)
        return detail, ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def discard_draft(self, user: CurrentUser, assessment_id: str, reason: str = "") -> ChangeSet:
        """Throw away the author's draft (kept as a tombstone: case data is never hard-deleted)."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            row = self._draft(uow.session, user, assessment_id, for_writing=True)
            self._editable(uow.session, row.prisoner_id)
            uow.tombstone(
                row, "lor_assessment.draft_discarded", reason.strip() or "Draft discarded by its author."
            )
        return ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def complete(self, user: CurrentUser, assessment_id: str) -> tuple[AssessmentDetail, ChangeSet]:
        """Sign the author's draft: a new immutable completed record (class A), the draft tombstoned.

        Refused (ValidationErrors, every problem at once) unless OGRS3 can be calculated, every need
        section is assessed, each identified need has evidence and analysis, and protective factors
        are recorded or their absence explained (seed 3.13). Warnings are kept with the record. A band
        or tier different from the previous completed assessment raises LIKELIHOOD_CHANGED.
        """
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            draft = self._draft(s, user, assessment_id, for_writing=True)
            prisoner = self._editable(s, draft.prisoner_id)
            form = self._refresh_from_prisoner(s, _tidy(_form(draft)), prisoner)
            _validate_form(form, self._ctx.today())
            p = preview(form)
            problems = list(dict.fromkeys(list(p.problems) + _completion_problems(form)))
            if problems:
                raise ValidationErrors([ValidationError(m, field=f) for f, m in problems])
            completed = self._completed(s, draft.prisoner_id)
            warnings = self._signing_warnings(s, draft, completed, p)
            now = utcnow()
            author = (draft.author_id, draft.author_name)
            record_row, need_rows, factor_rows = completed_rows(
                form,
                p,
                prisoner_id=draft.prisoner_id,
                author=author,
                signer=(user.user_id, user.display_name),
                supersedes_id=draft.supersedes_id,
                warnings=warnings,
                completed_at=now,
            )
            record = CompletedLorAssessment(**record_row)
            uow.add(record, "lor_assessment.completed")
            uow.add_many(LorNeed, need_rows, "lor_need.recorded")
            uow.add_many(ProtectiveFactor, factor_rows, "protective_factor.recorded")
            uow.tombstone(draft, "lor_assessment.draft_completed", f"Completed and signed as {record.id}.")
            entities = set(_COMPLETED_ENTITIES)
            # -- sentence plan (issue 9): a need newly linked to offending or harm is a review trigger --
            raise_new_needs_after_assessment(
                uow,
                prisoner_id=record.prisoner_id,
                assessment_id=record.id,
                previous_assessment_id=completed[0].id if completed else None,
                need_rows=need_rows,
                occurred_at=now,
            )
            if completed:
                prev = self._current_figures(s, [completed[0].id])[completed[0].id]
                new_tier = p.tier.tier if p.tier else None
                prev_tier = prev.tier.tier if prev.tier else None
                if prev.band != p.ogrs3_band or prev_tier != new_tier:
                    uow.add(
                        DomainEvent(
                            id=new_id(),
                            prisoner_id=record.prisoner_id,
                            kind=LIKELIHOOD_CHANGED,
                            occurred_at=now,
                            payload=json.dumps(
                                {
                                    "source": "ASSESSMENT_COMPLETED",
                                    "assessment_id": record.id,
                                    "previous_assessment_id": completed[0].id,
                                    "old_band": prev.band,
                                    "new_band": p.ogrs3_band,
                                    "old_tier": prev_tier,
                                    "new_tier": new_tier,
                                    "old_two_year_pct": prev.two_year,
                                    "new_two_year_pct": p.ogrs3_two_year_pct,
                                },
                                sort_keys=True,
                            ),
                        ),
                        "domain_event.raised",
                    )
            detail = self._detail(
                s, user, record, self._current_figures(s, [record.id]), [record, *completed]
            )
        return detail, ChangeSet(frozenset({record.prisoner_id}), frozenset(entities))

    # -- bulk ---------------------------------------------------------------------------------------

    def recalculate_tiers(
        self,
        user: CurrentUser,
        progress: Callable[[int, int], object] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RecalculationResult:
        """Derive OGRS3 and the tier again for every prisoner's latest completed assessment under the
        current rules (run after a policy or formula change). Managers only.

        The figures are derived data, not case records: they go to the local ``tier_derivation`` table
        (never synced; no audit event or outbox change per row), and only where they differ from the
        current ones. Each prisoner whose tier or band moves gets a LIKELIHOOD_CHANGED domain event;
        ONE audit event records the run: who ran it, the rule version, how many were recalculated and
        changed, and every tier or band move as old → new. Signed assessments are never altered.

        One transaction (so the figures compared against are the ones replaced): one read (plain
        tuples), the domain functions per prisoner in chunks of 2,000 with ``progress(done, total)``
        after each, ``cancelled()`` checked before each chunk and again just before commit — a
        cancelled run rolls back and writes nothing — then bulk writes (``executemany``). Speed for
        20,000 prisoners: benchmarks/bench_tiers.py.
        """
        return run_recalculation(self._ctx, user, progress, cancelled)

    # -- helpers ------------------------------------------------------------------------------------

    @staticmethod
    def _prisoner(s: Session, prisoner_id: str) -> Prisoner:
        prisoner = s.get(Prisoner, prisoner_id)
        if prisoner is None or prisoner.deleted_at is not None:
            raise ValidationError("That prisoner is no longer on this terminal's record.")
        return prisoner

    @staticmethod
    def _editable(s: Session, prisoner_id: str) -> Prisoner:
        return editable_prisoner(s, prisoner_id)

    @staticmethod
    def _completed(s: Session, prisoner_id: str) -> list[LorAssessment]:
        """Completed assessments of the prisoner, newest first (UUIDv7 ids break ties in time order)."""
        return list(
            s.scalars(
                select(CompletedLorAssessment)
                .where(
                    CompletedLorAssessment.prisoner_id == prisoner_id,
                    CompletedLorAssessment.deleted_at.is_(None),
                )
                .order_by(CompletedLorAssessment.completed_at.desc(), CompletedLorAssessment.id.desc())
            )
        )

    @staticmethod
    def _open_draft(s: Session, prisoner_id: str) -> LorAssessmentDraft | None:
        return s.scalars(
            select(LorAssessmentDraft).where(
                LorAssessmentDraft.prisoner_id == prisoner_id, LorAssessmentDraft.deleted_at.is_(None)
            )
        ).first()

    @staticmethod
    def _draft(s: Session, user: CurrentUser, assessment_id: str, *, for_writing: bool) -> LorAssessment:
        row = s.get(LorAssessment, assessment_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That draft is no longer open; it was completed or discarded.")
        if row.status != "DRAFT":
            raise ValidationError(
                "A completed assessment cannot be changed. To correct it, choose Correct… to start a "
                "new draft that supersedes it."
            )
        if for_writing and row.author_id != user.user_id:
            raise PermissionDenied(
                f"This draft belongs to {row.author_name}. You can read it, but only {row.author_name} can "
                "change, complete or discard it."
            )
        return row

    @staticmethod
    def _release_date(s: Session, prisoner_id: str) -> date | None:
        sentence = s.scalars(
            select(Sentence).where(
                Sentence.prisoner_id == prisoner_id, Sentence.is_current, Sentence.deleted_at.is_(None)
            )
        ).first()
        if sentence is None:
            return None
        rel, _ = release_date(
            SentenceType(sentence.sentence_type),
            sentence.conditional_release_date,
            sentence.parole_eligibility_date,
            sentence.tariff_date,
            sentence.sentence_expiry_date,
        )
        return rel

    @staticmethod
    def _refresh_from_prisoner(s: Session, form: AssessmentForm, prisoner: Prisoner) -> AssessmentForm:
        """Gender, date of birth and the mandate for change always come from the prisoner record."""
        sentence = s.scalars(
            select(Sentence.sentence_type).where(
                Sentence.prisoner_id == prisoner.id, Sentence.is_current, Sentence.deleted_at.is_(None)
            )
        ).first()
        mandate = sentence is None or SentenceType(sentence).is_sentenced
        # -- risk of harm (issue 8): RoSH from the current signed analysis, MAPPA from its status --
        rosh, mappa = tier_risk_inputs(s, prisoner.id)
        return replace(
            form,
            gender=Gender(prisoner.gender),
            date_of_birth=prisoner.date_of_birth,
            has_mandate_for_change=mandate,
            rosh_level=rosh if rosh is not None else form.rosh_level,
            mappa_level=mappa if mappa is not None else form.mappa_level,
        )

    def _cannot_start_reason(
        self, user: CurrentUser, prisoner: Prisoner, draft: LorAssessment | None
    ) -> str | None:
        if not allows(user.role, Permission.ASSESS):
            return f"Your role ({user.role.label}) cannot write likelihood of reoffending assessments."
        if prisoner.left_scope_at is not None:
            return left_scope_message(prisoner)
        if draft is not None:
            since = _fmt(draft.created_at)
            if draft.author_id == user.user_id:
                return f"You already have a draft open for this prisoner (started {since})."
            return (
                f"{draft.author_name} has a draft open for this prisoner (started {since}); "
                "only one draft at a time."
            )
        return None

    def _refuse_if_cannot_start(
        self, user: CurrentUser, prisoner: Prisoner, draft: LorAssessment | None
    ) -> None:
        reason = self._cannot_start_reason(user, prisoner, draft)
        if reason is not None:
            raise ValidationError(reason)

    def _new_draft(
        self,
        s: Session,
        user: CurrentUser,
        prisoner: Prisoner,
        form: AssessmentForm,
        *,
        supersedes_id: str | None,
    ) -> LorAssessmentDraft:
        form = self._refresh_from_prisoner(s, _tidy(form), prisoner)
        return LorAssessmentDraft(
            prisoner_id=prisoner.id,
            author_id=user.user_id,
            author_name=user.display_name,
            supersedes_id=supersedes_id,
            **_columns(form),
            **_figures(preview(form)),
        )

    @staticmethod
    def _completed_form(s: Session, row: LorAssessment) -> AssessmentForm:
        needs = {
            NeedSection(n.section): NeedEntry(
                NeedSection(n.section),
                NeedSeverity(n.severity),
                n.linked_to_reoffending,
                n.linked_to_harm,
                n.evidence,
                n.analysis,
            )
            for n in s.scalars(
                select(LorNeed).where(LorNeed.assessment_id == row.id, LorNeed.deleted_at.is_(None))
            )
        }
        factors = tuple(
            s.scalars(
                select(ProtectiveFactor.text)
                .where(ProtectiveFactor.assessment_id == row.id, ProtectiveFactor.deleted_at.is_(None))
                .order_by(ProtectiveFactor.position)
            )
        )
        return _form(row, tuple(needs.get(sec, NeedEntry(sec)) for sec in NeedSection), factors)

    @staticmethod
    def _current_figures(s: Session, assessment_ids: Sequence[str]) -> dict[str, _Current]:
        if not assessment_ids:
            return {}
        rows = {r.id: r for r in s.scalars(select(LorAssessment).where(LorAssessment.id.in_(assessment_ids)))}
        out = {i: _own_figures(r) for i, r in rows.items()}
        for d in s.scalars(select(TierDerivation).where(TierDerivation.assessment_id.in_(assessment_ids))):
            out[d.assessment_id] = _Current(
                d.ogrs3_one_year_pct,
                d.ogrs3_two_year_pct,
                d.ogrs3_band,
                _tier_from(
                    d.tier,
                    d.tier_protect_points,
                    d.tier_change_points,
                    d.tier_reasons,
                    d.tier_missing,
                    d.tier_provisional,
                ),
                d.derived_at,
            )
        return out

    def _detail(
        self,
        s: Session,
        user: CurrentUser,
        row: LorAssessment,
        current: Mapping[str, _Current] | None,
        completed: Sequence[LorAssessment],
    ) -> AssessmentDetail:
        is_draft = row.status == "DRAFT"
        form = _form(row) if is_draft else self._completed_form(s, row)
        figures = _own_figures(row) if current is None else current.get(row.id, _own_figures(row))
        read_only: str | None = None
        if not is_draft:
            read_only = (
                f"Completed and signed by {row.signed_by_name} on {_fmt(row.completed_at or row.created_at)}."
            )
        elif row.author_id != user.user_id:
            read_only = f"This draft belongs to {row.author_name}; you can read it but not change it."
        elif not allows(user.role, Permission.ASSESS):
            read_only = f"Your role ({user.role.label}) cannot write likelihood of reoffending assessments."
        superseded_by = next((c.id for c in completed if c.supersedes_id == row.id), None)
        return AssessmentDetail(
            assessment_id=row.id,
            prisoner_id=row.prisoner_id,
            status=row.status,
            author_id=row.author_id,
            author_name=row.author_name,
            form=form,
            ogrs3_one_year_pct=figures.one_year,
            ogrs3_two_year_pct=figures.two_year,
            ogrs3_band=figures.band,
            tier=figures.tier,
            created_at=row.created_at,
            updated_at=row.updated_at,
            completed_at=row.completed_at,
            signed_by_name=row.signed_by_name,
            supersedes_id=row.supersedes_id,
            superseded_by_id=superseded_by,
            recalculated_at=figures.recalculated_at,
            signed_tier=row.tier if not is_draft else None,
            signed_ogrs3_band=row.ogrs3_band if not is_draft else None,
            completion_warnings=tuple(json.loads(row.completion_warnings or "[]")),
            read_only_reason=read_only,
        )

    def _age_warnings(self, completed: Sequence[LorAssessment]) -> list[str]:
        """Seed 4.21 / policy: the last completed assessment is older than the policy allows."""
        months = self._ctx.policy.lor_assessment_max_age_months
        today = self._ctx.today()
        if not completed:
            return ["No likelihood of reoffending assessment has been completed for this prisoner."]
        done = completed[0].completed_at or completed[0].created_at
        if add_months(done.date(), months) < today:
            return [
                f"The last likelihood of reoffending assessment was completed on {_fmt(done)}, more than "
                f"{months} months ago (local policy). Start a new assessment."
            ]
        return []

    def _copy_forward_warnings(
        self, s: Session, draft: LorAssessment, completed: Sequence[LorAssessment]
    ) -> list[str]:
        """Seed 3.14: evidence or analysis copied unchanged from the previous completed assessment.

        A correction (``supersedes_id``) is meant to keep most of the text, so it is not checked.
        """
        if not completed or draft.supersedes_id is not None:
            return []
        previous = completed[0]
        before = {
            n.section: (n.evidence.strip(), n.analysis.strip())
            for n in s.scalars(
                select(LorNeed).where(LorNeed.assessment_id == previous.id, LorNeed.deleted_at.is_(None))
            )
        }
        unchanged: list[str] = []
        for n in _needs_from_json(draft.draft_needs):
            old = before.get(n.section.value)
            if old is None:
                continue
            same_evidence = bool(n.evidence.strip()) and n.evidence.strip() == old[0]
            same_analysis = bool(n.analysis.strip()) and n.analysis.strip() == old[1]
            if same_evidence or same_analysis:
                parts = [p for p, same in (("evidence", same_evidence), ("analysis", same_analysis)) if same]
                unchanged.append(f"{n.section.label} ({' and '.join(parts)})")
        if not unchanged:
            return []
        when = _fmt(previous.completed_at or previous.created_at)
        return [
            f"Text unchanged from the assessment completed on {when}: {'; '.join(unchanged)}. Inspectors "
            "found assessments copied forward without updating (seed 3.14): check each still describes "
            "the prisoner now."
        ]

    def _signing_warnings(
        self, s: Session, draft: LorAssessment, completed: Sequence[LorAssessment], p: AssessmentPreview
    ) -> list[str]:
        return self._copy_forward_warnings(s, draft, completed) + signing_warnings(p)
