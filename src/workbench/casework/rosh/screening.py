"""The Risk of Harm screening at reception (issue 8 point 2; seed 3.9; DESIGN.md section 4).

Inspectors found screenings sufficient in 83% of cases, and 12% of completed screenings inaccurate or
based on too little information. So: each indicator is answered yes, no or don't know (an unanswered
one counts as don't know: missing information is a reason to analyse, never to skip); the sources of
information are required to sign; the decision (``domain.rosh.full_analysis_required``) is worked out
live and stored as it was when signed. A draft is owned by its author (class C); the signed screening
is immutable (class A) and a correction, or rework after a manager returns it, supersedes it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.rosh import SCREENING, CompletionCheck, ScreeningDetail, ScreeningForm
from workbench.casework.rosh import common
from workbench.casework.rosh.countersign import countersign_state
from workbench.casework.validation import check_text, clean_paragraphs
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.rosh import (
    INDICATOR_CODES,
    Answer,
    ScreeningDecision,
    full_analysis_required,
    screening_countersign_reasons,
    unknown_codes,
)
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.rosh_models import CompletedRoshScreening, RoshScreening, RoshScreeningDraft
from workbench.store.unit_of_work import utcnow

_DRAFT_ENTITIES = frozenset({"rosh_screening_draft"})
_SIGNED_ENTITIES = frozenset({"rosh_screening", "rosh_screening_draft"})
_FIELDS = frozenset({"answers", "sources", "notes", "assessor_requests"})


def form_of(row: RoshScreening) -> ScreeningForm:
    """The form a screening row holds."""
    return ScreeningForm(dict(common.loads(row.answers, {})), row.sources, row.notes, row.assessor_requests)


def _columns(form: ScreeningForm) -> dict[str, Any]:
    answers = {c: Answer(form.answers[c]).value for c in INDICATOR_CODES if form.answers.get(c)}
    decision = full_analysis_required(answers, form.assessor_requests)
    return {
        "answers": json.dumps(answers, sort_keys=True),
        "sources": clean_paragraphs(form.sources),
        "notes": clean_paragraphs(form.notes),
        "assessor_requests": bool(form.assessor_requests),
        "analysis_required": decision.required,
        "reasons": json.dumps(list(decision.reasons)),
        "sections": json.dumps([s.value for s in decision.sections]),
    }


def _validate(form: ScreeningForm) -> None:
    """Values that cannot be stored are refused (every problem at once); incomplete is fine."""
    errors: list[ValidationError] = []
    bad = unknown_codes(form.answers)
    if bad:
        errors.append(
            ValidationError(f"A screening has no indicator(s) {', '.join(sorted(bad))}.", field="answers")
        )
    for code, value in form.answers.items():
        if value and value not in {a.value for a in Answer}:
            errors.append(ValidationError(f"{value!r} is not an answer; use yes, no or unknown.", field=code))
    for field, label in (("sources", "sources of information"), ("notes", "notes")):
        e = check_text(getattr(form, field), field, label, required=False)
        if e:
            errors.append(e)
    if errors:
        raise ValidationErrors(errors)


def completion_problems(form: ScreeningForm) -> list[tuple[str, str]]:
    """What stops signing: every indicator answered (don't know is an answer), sources given."""
    problems: list[tuple[str, str]] = []
    missing = [c for c in INDICATOR_CODES if not form.answers.get(c)]
    if missing:
        problems.append(
            (
                missing[0],
                f"Answer every indicator ({len(missing)} not answered). "
                "If you do not know, choose Don't know.",
            )
        )
    if not clean_paragraphs(form.sources):
        problems.append(
            (
                "sources",
                "Enter the sources of information used (seed 3.9: 12% of screenings were based on too "
                "little information).",
            )
        )
    return problems


class ScreeningService:
    """RoSH screenings: draft, save, sign, correct, discard (issue 8 point 2)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ------------------------------------------------------------------------------------

    @staticmethod
    def decide(form: ScreeningForm) -> tuple[ScreeningDecision, tuple[str, ...]]:
        """The live decision and the reasons a countersignature would be needed, as the user types."""
        return (
            full_analysis_required(form.answers, form.assessor_requests),
            screening_countersign_reasons(form.answers),
        )

    def get(self, user: CurrentUser, screening_id: str) -> ScreeningDetail:
        """One screening, draft or signed."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = s.get(RoshScreening, screening_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That screening is no longer on this terminal's record.")
            return detail(s, user, row)

    def check_completion(self, user: CurrentUser, screening_id: str) -> CompletionCheck:
        """What would stop the draft being signed (nothing is only warned for a screening)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = s.get(RoshScreening, screening_id)
            common.own_draft(row, user, "screening", for_writing=False)
            assert row is not None
            return CompletionCheck(tuple(completion_problems(form_of(row))), ())

    # -- writing ------------------------------------------------------------------------------------

    def start_draft(self, user: CurrentUser, prisoner_id: str) -> tuple[ScreeningDetail, ChangeSet]:
        """Open a new screening for the prisoner, owned by ``user``, with nothing answered."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            p = common.prisoner(s, prisoner_id)
            reason = common.cannot_start(user, p, open_draft(s, prisoner_id), "screening")
            if reason:
                raise ValidationError(reason)
            row = self._new(user, prisoner_id, ScreeningForm(), None)
            uow.add(row, "rosh_screening.draft_started")
            out = detail(s, user, row)
        return out, ChangeSet(frozenset({prisoner_id}), _DRAFT_ENTITIES)

    def supersede(self, user: CurrentUser, screening_id: str) -> tuple[ScreeningDetail, ChangeSet]:
        """Correct (or rework) the current signed screening: a new draft copied from it that, when
        signed, supersedes it."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            old = s.get(CompletedRoshScreening, screening_id)
            if old is None or old.deleted_at is not None:
                raise ValidationError("Only a signed screening can be corrected.")
            p = common.prisoner(s, old.prisoner_id)
            reason = common.cannot_start(user, p, open_draft(s, old.prisoner_id), "screening")
            if reason:
                raise ValidationError(reason)
            if s.scalars(
                select(CompletedRoshScreening.id).where(CompletedRoshScreening.supersedes_id == old.id)
            ).first():
                raise ValidationError("That screening has already been superseded; correct the current one.")
            row = self._new(user, old.prisoner_id, form_of(old), old.id)
            uow.add(row, "rosh_screening.correction_started")
            out = detail(s, user, row)
        return out, ChangeSet(frozenset({old.prisoner_id}), _DRAFT_ENTITIES)

    def save_draft(
        self, user: CurrentUser, screening_id: str, patch: ScreeningForm | Mapping[str, Any]
    ) -> tuple[ScreeningDetail, ChangeSet]:
        """Save the author's draft: a whole form or a mapping of fields to change."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            row = s.get(RoshScreening, screening_id)
            common.own_draft(row, user, "screening", for_writing=True)
            assert row is not None
            if isinstance(patch, ScreeningForm):
                form = patch
            else:
                unknown = sorted(set(patch) - _FIELDS)
                if unknown:
                    raise ValidationError(f"A screening has no field(s) {', '.join(unknown)}.")
                form = replace(form_of(row), **patch)
            _validate(form)
            uow.update(row, "rosh_screening.draft_saved", **_columns(form))
            out = detail(s, user, row)
        return out, ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def discard_draft(self, user: CurrentUser, screening_id: str, reason: str = "") -> ChangeSet:
        """Throw away the author's draft (a tombstone: case data is never hard-deleted)."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            row = uow.session.get(RoshScreening, screening_id)
            common.own_draft(row, user, "screening", for_writing=True)
            assert row is not None
            uow.tombstone(
                row, "rosh_screening.draft_discarded", reason.strip() or "Draft discarded by its author."
            )
        return ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def sign(self, user: CurrentUser, screening_id: str) -> tuple[ScreeningDetail, ChangeSet]:
        """Sign the author's draft into an immutable screening (class A); the draft is tombstoned.

        Refused (every problem at once) unless every indicator is answered and the sources are given.
        Whether a manager must countersign is fixed now (child-protection concerns, or High or Very
        High before).
        """
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            draft = s.get(RoshScreening, screening_id)
            common.own_draft(draft, user, "screening", for_writing=True)
            assert draft is not None
            form = form_of(draft)
            _validate(form)
            problems = completion_problems(form)
            if problems:
                raise ValidationErrors([ValidationError(m, field=f) for f, m in problems])
            record = CompletedRoshScreening(
                prisoner_id=draft.prisoner_id,
                author_id=draft.author_id,
                author_name=draft.author_name,
                supersedes_id=draft.supersedes_id,
                countersign_required=bool(screening_countersign_reasons(form.answers)),
                completion_warnings="[]",
                completed_at=utcnow(),
                signed_by_id=user.user_id,
                signed_by_name=user.display_name,
                **_columns(form),
            )
            uow.add(record, "rosh_screening.signed")
            uow.tombstone(draft, "rosh_screening.draft_signed", f"Signed as {record.id}.")
            out = detail(s, user, record)
        return out, ChangeSet(frozenset({record.prisoner_id}), _SIGNED_ENTITIES)

    @staticmethod
    def _new(
        user: CurrentUser, prisoner_id: str, form: ScreeningForm, supersedes_id: str | None
    ) -> RoshScreeningDraft:
        return RoshScreeningDraft(
            prisoner_id=prisoner_id,
            author_id=user.user_id,
            author_name=user.display_name,
            supersedes_id=supersedes_id,
            **_columns(form),
        )


def open_draft(s: Session, prisoner_id: str) -> RoshScreeningDraft | None:
    """The prisoner's open screening draft (one at a time), or None."""
    return s.scalars(
        select(RoshScreeningDraft).where(
            RoshScreeningDraft.prisoner_id == prisoner_id, RoshScreeningDraft.deleted_at.is_(None)
        )
    ).first()


def detail(s: Session, user: CurrentUser, row: RoshScreening) -> ScreeningDetail:
    """A screening row as the screens see it."""
    form = form_of(row)
    signed = row.status != "DRAFT"
    superseded_by = None
    if signed:
        superseded_by = s.scalars(
            select(CompletedRoshScreening.id).where(
                CompletedRoshScreening.supersedes_id == row.id, CompletedRoshScreening.deleted_at.is_(None)
            )
        ).first()
    return ScreeningDetail(
        screening_id=row.id,
        prisoner_id=row.prisoner_id,
        status=row.status,
        author_id=row.author_id,
        author_name=row.author_name,
        form=form,
        decision=full_analysis_required(form.answers, form.assessor_requests),
        countersign_reasons=screening_countersign_reasons(form.answers),
        created_at=row.created_at,
        completed_at=row.completed_at,
        signed_by_name=row.signed_by_name,
        supersedes_id=row.supersedes_id,
        superseded_by_id=superseded_by,
        countersign=countersign_state(s, SCREENING, row.id) if signed else None,
        read_only_reason=common.read_only_reason(row, user, "screening"),
    )
