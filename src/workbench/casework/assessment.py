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
  supersedes it; a policy or formula change is recorded as a recalculation, never as an edit;
- a band or tier that differs from the previous completed assessment raises a ``LIKELIHOOD_CHANGED``
  domain event in the same transaction, for the review-trigger work (DESIGN.md section 4).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from workbench.casework.caseload import release_date
from workbench.casework.context import ServiceContext
from workbench.casework.dto import (
    AssessmentDetail,
    AssessmentForm,
    AssessmentOverview,
    AssessmentPreview,
    AssessmentSummary,
    ChangeSet,
    CompletionCheck,
    CurrentUser,
    NeedEntry,
    RecalculationResult,
    TierOutcome,
)
from workbench.domain.enums import Gender, RoshLevel, SentenceType
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import MAX_TEXT_LENGTH, NeedAssessment, NeedSection, NeedSeverity
from workbench.domain.ogrs3 import (
    AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN,
    AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION,
    COPAS_DENOMINATOR_NOT_POSITIVE,
    EXPONENT_OVERFLOW,
    FOLLOW_UP_BEFORE_CONVICTION,
    INVALID_GENDER,
    OFFENCE_GROUPS,
    TOTAL_SANCTIONS_LESS_THAN_ONE,
    UNKNOWN_OFFENCE_GROUP,
    Ogrs3Error,
    Ogrs3Input,
    Ogrs3Result,
    calculate,
)
from workbench.domain.tier import COMPLEXITY_FACTORS, TierInput, TierResult, calculate_tier
from workbench.domain.timescales import add_months
from workbench.security.permissions import Permission, allows, require
from workbench.store.ids import new_id
from workbench.store.models import (
    CompletedLorAssessment,
    DomainEvent,
    LorAssessment,
    LorAssessmentDraft,
    LorNeed,
    LorRecalculation,
    Prisoner,
    ProtectiveFactor,
    Sentence,
)
from workbench.store.unit_of_work import utcnow

__all__ = [
    "LIKELIHOOD_CHANGED",
    "MAX_PROTECTIVE_FACTORS",
    "MAX_PROTECTIVE_FACTOR_LENGTH",
    "AssessmentService",
    "preview",
]

LIKELIHOOD_CHANGED: Final = "LIKELIHOOD_CHANGED"
"""Domain event kind: a completed assessment's OGRS3 band or tier differs from the one before it."""

MAX_PROTECTIVE_FACTORS: Final = 30
MAX_PROTECTIVE_FACTOR_LENGTH: Final = 1_000
_MAX_SANCTIONS: Final = 999
_MAX_AGE: Final = 120
_RSR_RE: Final = re.compile(r"^\d{1,2}(\.\d{1,2})?$")

_DRAFT_ENTITIES: Final = frozenset({"lor_assessment_draft"})
_COMPLETED_ENTITIES: Final = frozenset(
    {"lor_assessment", "lor_assessment_draft", "lor_need", "protective_factor", "domain_event"}
)

# Where each OGRS3 problem is shown (DESIGN.md section 4: all problems reported at once).
_OGRS3_FIELDS: Final[Mapping[str, str]] = {
    AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN: "conviction_date",
    AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION: "age_at_first_sanction",
    COPAS_DENOMINATOR_NOT_POSITIVE: "age_at_first_sanction",
    EXPONENT_OVERFLOW: "total_sanctions",
    FOLLOW_UP_BEFORE_CONVICTION: "follow_up_start",
    INVALID_GENDER: "gender",
    TOTAL_SANCTIONS_LESS_THAN_ONE: "total_sanctions",
    UNKNOWN_OFFENCE_GROUP: "offence_group",
}
_OGRS3_INPUTS: Final = (
    ("date_of_birth", "the date of birth (on the prisoner record)"),
    ("conviction_date", "the date of the current conviction"),
    ("follow_up_start", "the follow-up start (normally the release date)"),
    ("total_sanctions", "the total number of sanctions, including this one"),
    ("age_at_first_sanction", "the age at first sanction"),
    ("offence_group", "the offence group of the current offence"),
)

_FORM_FIELD_NAMES: Final = frozenset(f.name for f in fields(AssessmentForm))


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _fmt(d: date | datetime) -> str:
    return d.strftime("%d %b %Y")


# -- the pure part: a form's figures --------------------------------------------------------------------


def _rsr(text: str) -> Decimal | None:
    """RSR typed as a percentage with at most 2 decimal places ("" → unknown); ValidationError if not."""
    t = text.strip().rstrip("%").strip()
    if not t:
        return None
    if not _RSR_RE.match(t):
        raise ValidationError(
            "RSR must be a percentage from 0 to 99.99 with at most two decimal places, like 6.45; "
            f"not {text!r}.",
            field="rsr_pct",
        )
    try:
        return Decimal(t)
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        raise ValidationError("RSR must be a number, like 6.45.", field="rsr_pct") from None


def _ogrs3_input(form: AssessmentForm) -> Ogrs3Input:
    return Ogrs3Input(
        gender=form.gender.value,
        date_of_birth=form.date_of_birth,
        conviction_date=form.conviction_date,
        follow_up_start=form.follow_up_start,
        total_sanctions=form.total_sanctions,
        age_at_first_sanction=form.age_at_first_sanction,
        offence_group=form.offence_group,
    )


def _ogrs3(form: AssessmentForm) -> tuple[Ogrs3Result | None, tuple[str, ...], list[tuple[str, str]]]:
    """OGRS3 for the form, or None with the error codes and a message for each field concerned."""
    try:
        return calculate(_ogrs3_input(form)), (), []
    except Ogrs3Error as exc:
        problems: list[tuple[str, str]] = []
        for code, message in zip(exc.codes, exc.messages, strict=True):
            if code in _OGRS3_FIELDS:
                problems.append((_OGRS3_FIELDS[code], message[0].upper() + message[1:] + "."))
        for name, label in _OGRS3_INPUTS:
            if getattr(form, name) is None:
                problems.append((name, f"Enter {label}."))
        return None, exc.codes, problems


def _tier_input(form: AssessmentForm, rsr: Decimal | None, two_year_pct: int | None) -> TierInput:
    return TierInput(
        gender=form.gender.value,
        rosh_level=form.rosh_level.value if form.rosh_level else None,
        rsr_pct=rsr,
        mappa_level=form.mappa_level,
        complexity_factors=form.complexity_factors,
        has_mandate_for_change=form.has_mandate_for_change,
        has_assessment=True,
        needs={n.section.value: n.severity.value for n in form.needs if n.severity is not None},
        ogrs3_two_year_pct=two_year_pct,
        iom=form.iom,
        parenting_responsibilities=form.parenting_responsibilities,
        impulsivity_or_temper_problems=form.impulsivity_or_temper_problems,
        previous_breach_or_recall=form.previous_breach_or_recall,
    )


def _outcome(t: TierResult) -> TierOutcome:
    return TierOutcome(t.tier, t.protect_points, t.change_points, t.reasons, t.missing, t.provisional)


def _completion_problems(form: AssessmentForm) -> list[tuple[str, str]]:
    """What stops signing, beyond OGRS3: unassessed sections, needs without evidence and analysis
    (seed 3.13: evidence unclear in 27%), no protective factors and no reason given (19%)."""
    problems: list[tuple[str, str]] = []
    for section in NeedSection:
        entry = form.need(section)
        key = f"needs.{section.value}"
        if entry.severity is None:
            problems.append((key, f"{section.label}: choose a severity (No need if there is none)."))
            continue
        need = NeedAssessment(
            section,
            entry.severity,
            entry.linked_to_reoffending,
            entry.linked_to_harm,
            entry.evidence,
            entry.analysis,
        )
        problems.extend((f"{key}.{p.field}", p.message) for p in need.problems())
    if not form.protective_factors and not form.no_protective_factors_note.strip():
        problems.append(
            (
                "protective_factors",
                "Record at least one protective factor or strength, or say why none were identified.",
            )
        )
    return problems


def preview(form: AssessmentForm) -> AssessmentPreview:
    """OGRS3 and the tier for a form as it stands (pure, microseconds: called as the user types).

    Never raises for incomplete input: OGRS3 problems come back as codes and per-field messages and
    the tier is then provisional ("OGRS3 unknown"). ``blocking`` says what completion would refuse.
    """
    result, codes, problems = _ogrs3(form)
    tier: TierOutcome | None = None
    try:
        rsr = _rsr(form.rsr_pct)
    except ValidationError as exc:
        problems.append(("rsr_pct", exc.message))
        rsr = None
    try:
        tier = _outcome(calculate_tier(_tier_input(form, rsr, result.two_year_pct if result else None)))
    except ValidationErrors as exc:
        problems.extend((e.field or "tier", e.message) for e in exc.errors)
    except ValidationError as exc:
        problems.append((exc.field or "tier", exc.message))
    blocking = [m for _, m in problems] + [m for _, m in _completion_problems(form)]
    return AssessmentPreview(
        ogrs3_one_year_pct=result.one_year_pct if result else None,
        ogrs3_two_year_pct=result.two_year_pct if result else None,
        ogrs3_band=result.band if result else None,
        ogrs3_codes=codes,
        tier=tier,
        problems=tuple(problems),
        blocking=tuple(dict.fromkeys(blocking)),
    )


def _validate_form(form: AssessmentForm, today: date) -> None:
    """Refuse values that cannot be stored (out of range, unknown codes, over-long text); a draft may be
    incomplete, so nothing here is required."""
    errors: list[ValidationError] = []
    if form.conviction_date is not None and form.conviction_date > today:
        errors.append(
            ValidationError(
                f"The conviction date ({_fmt(form.conviction_date)}) is in the future.",
                field="conviction_date",
            )
        )
    if form.total_sanctions is not None and not 0 <= form.total_sanctions <= _MAX_SANCTIONS:
        errors.append(
            ValidationError(
                f"Total sanctions must be between 1 and {_MAX_SANCTIONS}.", field="total_sanctions"
            )
        )
    if form.age_at_first_sanction is not None and not 0 <= form.age_at_first_sanction <= _MAX_AGE:
        errors.append(
            ValidationError(
                f"The age at first sanction must be between 10 and {_MAX_AGE}.", field="age_at_first_sanction"
            )
        )
    if form.offence_group is not None and form.offence_group not in OFFENCE_GROUPS:
        errors.append(
            ValidationError(
                f"{form.offence_group!r} is not one of the 20 OGRS3 offence groups; pick one from the list.",
                field="offence_group",
            )
        )
    try:
        _rsr(form.rsr_pct)
    except ValidationError as exc:
        errors.append(exc)
    if form.mappa_level not in (None, 1, 2, 3):
        errors.append(ValidationError("The MAPPA level must be 1, 2 or 3, or none.", field="mappa_level"))
    unknown = sorted(set(form.complexity_factors) - COMPLEXITY_FACTORS.keys())
    if unknown:
        errors.append(
            ValidationError("Unknown complexity factor(s): " + ", ".join(unknown), field="complexity_factors")
        )
    seen: set[NeedSection] = set()
    for entry in form.needs:
        if entry.section in seen:
            errors.append(ValidationError(f"{entry.section.label} appears twice.", field="needs"))
        seen.add(entry.section)
        for name, text in (("evidence", entry.evidence), ("analysis", entry.analysis)):
            if len(text) > MAX_TEXT_LENGTH:
                errors.append(
                    ValidationError(
                        f"{entry.section.label}: {name} is {len(text):,} characters; the limit is "
                        f"{MAX_TEXT_LENGTH:,}. Shorten it by {len(text) - MAX_TEXT_LENGTH:,}.",
                        field=f"needs.{entry.section.value}.{name}",
                    )
                )
    if len(form.protective_factors) > MAX_PROTECTIVE_FACTORS:
        errors.append(
            ValidationError(
                f"Record at most {MAX_PROTECTIVE_FACTORS} protective factors; combine some.",
                field="protective_factors",
            )
        )
    for text in form.protective_factors:
        if len(text) > MAX_PROTECTIVE_FACTOR_LENGTH:
            errors.append(
                ValidationError(
                    f"A protective factor is {len(text):,} characters; the limit is "
                    f"{MAX_PROTECTIVE_FACTOR_LENGTH:,}.",
                    field="protective_factors",
                )
            )
    if len(form.no_protective_factors_note) > MAX_TEXT_LENGTH:
        errors.append(
            ValidationError(
                f"The note is longer than {MAX_TEXT_LENGTH:,} characters.", field="no_protective_factors_note"
            )
        )
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)


def _tidy(form: AssessmentForm) -> AssessmentForm:
    """Blank protective factors dropped, text trimmed, every need section present once, in order."""
    by_section = {n.section: n for n in form.needs}
    needs = tuple(
        replace(n, evidence=n.evidence.strip(), analysis=n.analysis.strip())
        for n in (by_section.get(s, NeedEntry(s)) for s in NeedSection)
    )
    factors = tuple(t.strip() for t in form.protective_factors if t.strip())
    return replace(
        form,
        needs=needs,
        protective_factors=factors,
        no_protective_factors_note=form.no_protective_factors_note.strip(),
        rsr_pct=form.rsr_pct.strip().rstrip("%").strip(),
    )


# -- rows <-> forms -------------------------------------------------------------------------------------


def _needs_json(needs: Iterable[NeedEntry]) -> str:
    return json.dumps(
        [
            {
                "section": n.section.value,
                "severity": n.severity.value if n.severity else None,
                "linked_to_reoffending": n.linked_to_reoffending,
                "linked_to_harm": n.linked_to_harm,
                "evidence": n.evidence,
                "analysis": n.analysis,
            }
            for n in needs
        ]
    )


def _needs_from_json(text: str) -> tuple[NeedEntry, ...]:
    by_section: dict[NeedSection, NeedEntry] = {}
    for item in json.loads(text or "[]"):
        section = NeedSection(item["section"])
        by_section[section] = NeedEntry(
            section=section,
            severity=NeedSeverity(item["severity"]) if item.get("severity") else None,
            linked_to_reoffending=bool(item.get("linked_to_reoffending")),
            linked_to_harm=bool(item.get("linked_to_harm")),
            evidence=str(item.get("evidence", "")),
            analysis=str(item.get("analysis", "")),
        )
    return tuple(by_section.get(s, NeedEntry(s)) for s in NeedSection)


def _columns(form: AssessmentForm) -> dict[str, Any]:
    """The stored columns for a form (a draft's needs and protective factors as JSON)."""
    return {
        "gender": form.gender.value,
        "date_of_birth": form.date_of_birth,
        "has_mandate_for_change": form.has_mandate_for_change,
        "conviction_date": form.conviction_date,
        "follow_up_start": form.follow_up_start,
        "total_sanctions": form.total_sanctions,
        "age_at_first_sanction": form.age_at_first_sanction,
        "offence_group": form.offence_group,
        "rsr_pct": form.rsr_pct or None,
        "rosh_level": form.rosh_level.value if form.rosh_level else None,
        "mappa_level": form.mappa_level,
        "complexity_factors": json.dumps(sorted(form.complexity_factors)),
        "iom": form.iom,
        "parenting_responsibilities": form.parenting_responsibilities,
        "impulsivity_or_temper_problems": form.impulsivity_or_temper_problems,
        "previous_breach_or_recall": form.previous_breach_or_recall,
        "draft_needs": _needs_json(form.needs),
        "draft_protective_factors": json.dumps(list(form.protective_factors)),
        "no_protective_factors_note": form.no_protective_factors_note,
    }


def _figures(p: AssessmentPreview) -> dict[str, Any]:
    """The computed columns for a preview."""
    t = p.tier
    return {
        "ogrs3_one_year_pct": p.ogrs3_one_year_pct,
        "ogrs3_two_year_pct": p.ogrs3_two_year_pct,
        "ogrs3_band": p.ogrs3_band,
        "tier": t.tier if t else None,
        "tier_protect_points": t.protect_points if t else None,
        "tier_change_points": t.change_points if t else None,
        "tier_reasons": json.dumps(list(t.reasons) if t else []),
        "tier_missing": json.dumps(list(t.missing) if t else []),
        "tier_provisional": t.provisional if t else True,
    }


def _form(
    row: LorAssessment, needs: tuple[NeedEntry, ...] | None = None, factors: tuple[str, ...] | None = None
) -> AssessmentForm:
    return AssessmentForm(
        gender=Gender(row.gender),
        date_of_birth=row.date_of_birth,
        has_mandate_for_change=row.has_mandate_for_change,
        conviction_date=row.conviction_date,
        follow_up_start=row.follow_up_start,
        total_sanctions=row.total_sanctions,
        age_at_first_sanction=row.age_at_first_sanction,
        offence_group=row.offence_group,
        rsr_pct=row.rsr_pct or "",
        rosh_level=RoshLevel(row.rosh_level) if row.rosh_level else None,
        mappa_level=row.mappa_level,
        complexity_factors=frozenset(json.loads(row.complexity_factors or "[]")),
        iom=row.iom,
        parenting_responsibilities=row.parenting_responsibilities,
        impulsivity_or_temper_problems=row.impulsivity_or_temper_problems,
        previous_breach_or_recall=row.previous_breach_or_recall,
        needs=needs if needs is not None else _needs_from_json(row.draft_needs),
        protective_factors=factors
        if factors is not None
        else tuple(json.loads(row.draft_protective_factors or "[]")),
        no_protective_factors_note=row.no_protective_factors_note,
    )


@dataclass(frozen=True, slots=True)
class _Current:
    """A completed assessment's current figures: its own, or its latest recalculation's."""

    one_year: int | None
    two_year: int | None
    band: str | None
    tier: TierOutcome | None
    recalculated_at: datetime | None


def _tier_from(
    tier: str | None, protect: int | None, change: int | None, reasons: str, missing: str, provisional: bool
) -> TierOutcome | None:
    if tier is None:
        return None
    return TierOutcome(
        tier,
        protect or 0,
        change or 0,
        tuple(json.loads(reasons or "[]")),
        tuple(json.loads(missing or "[]")),
        provisional,
    )


def _own_figures(row: LorAssessment) -> _Current:
    return _Current(
        row.ogrs3_one_year_pct,
        row.ogrs3_two_year_pct,
        row.ogrs3_band,
        _tier_from(
            row.tier,
            row.tier_protect_points,
            row.tier_change_points,
            row.tier_reasons,
            row.tier_missing,
            row.tier_provisional,
        ),
        None,
    )


def _summary(row: LorAssessment, figures: _Current, superseded_by_id: str | None) -> AssessmentSummary:
    return AssessmentSummary(
        assessment_id=row.id,
        completed_at=row.completed_at or row.created_at,
        signed_by_name=row.signed_by_name or row.author_name,
        ogrs3_two_year_pct=figures.two_year,
        ogrs3_band=figures.band,
        tier=figures.tier.tier if figures.tier else None,
        tier_provisional=figures.tier.provisional if figures.tier else True,
        supersedes_id=row.supersedes_id,
        superseded_by_id=superseded_by_id,
        recalculated=figures.recalculated_at is not None,
    )


# -- the service ----------------------------------------------------------------------------------------


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
            prisoner = self._prisoner(s, prisoner_id)
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
            prisoner = self._prisoner(s, old.prisoner_id)
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
            form = self._refresh_from_prisoner(s, _tidy(form), self._prisoner(s, row.prisoner_id))
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
            prisoner = self._prisoner(s, draft.prisoner_id)
            form = self._refresh_from_prisoner(s, _tidy(_form(draft)), prisoner)
            _validate_form(form, self._ctx.today())
            p = preview(form)
            problems = list(dict.fromkeys(list(p.problems) + _completion_problems(form)))
            if problems:
                raise ValidationErrors([ValidationError(m, field=f) for f, m in problems])
            completed = self._completed(s, draft.prisoner_id)
            warnings = self._signing_warnings(s, draft, completed, p)
            now = utcnow()
            record = CompletedLorAssessment(
                id=new_id(),
                prisoner_id=draft.prisoner_id,
                author_id=draft.author_id,
                author_name=draft.author_name,
                supersedes_id=draft.supersedes_id,
                **{**_columns(form), "draft_needs": "[]", "draft_protective_factors": "[]"},
                **_figures(p),
                completion_warnings=json.dumps(warnings),
                completed_at=now,
                signed_by_id=user.user_id,
                signed_by_name=user.display_name,
            )
            uow.add(record, "lor_assessment.completed")
            uow.add_many(
                LorNeed,
                [
                    {
                        "prisoner_id": record.prisoner_id,
                        "assessment_id": record.id,
                        "section": n.section.value,
                        "severity": n.severity.value if n.severity else NeedSeverity.NO_NEED.value,
                        "linked_to_reoffending": n.linked_to_reoffending,
                        "linked_to_harm": n.linked_to_harm,
                        "evidence": n.evidence,
                        "analysis": n.analysis,
                    }
                    for n in form.needs
                ],
                "lor_need.recorded",
            )
            uow.add_many(
                ProtectiveFactor,
                [
                    {
                        "prisoner_id": record.prisoner_id,
                        "assessment_id": record.id,
                        "position": i,
                        "text": text,
                    }
                    for i, text in enumerate(form.protective_factors)
                ],
                "protective_factor.recorded",
            )
            uow.tombstone(draft, "lor_assessment.draft_completed", f"Completed and signed as {record.id}.")
            entities = set(_COMPLETED_ENTITIES)
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
        """Work out OGRS3 and the tier again for every prisoner's latest completed assessment (after a
        policy or formula change) and record, in one transaction, a recalculation for each one whose
        figures change — plus LIKELIHOOD_CHANGED where the band or tier moves. Managers only.

        Bulk: one read (plain tuples), the domain functions per prisoner, and ``UnitOfWork.add_many``
        for the writes (figures for 20,000 prisoners: benchmarks/bench_tiers.py). ``cancelled()`` is
        checked between chunks; a cancelled run writes nothing.
        """
        require(user.role, Permission.RECALCULATE_TIERS)
        with self._ctx.store.read() as s:
            latest = _recalculation_inputs(s)
        total = len(latest)
        if progress is not None:
            progress(0, total)
        now = utcnow()
        rows: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        tiers_changed = bands_changed = 0
        as_json: dict[tuple[str, ...], str] = {(): "[]"}  # reasons repeat a lot across prisoners
        chunk = 2_000
        for start in range(0, total, chunk):
            if cancelled is not None and cancelled():
                return RecalculationResult(total, 0, 0, 0, True, ChangeSet())
            for r in latest[start : start + chunk]:
                computed = _recompute(r)
                if computed is None:
                    continue
                one, two, band, t = computed
                reasons = as_json.get(t.reasons) or as_json.setdefault(t.reasons, json.dumps(list(t.reasons)))
                missing = as_json.get(t.missing) or as_json.setdefault(t.missing, json.dumps(list(t.missing)))
                before: _Figures = r[18:27]
                if before == (
                    one,
                    two,
                    band,
                    t.tier,
                    t.protect_points,
                    t.change_points,
                    reasons,
                    missing,
                    t.provisional,
                ):
                    continue
                old_two, old_band, old_tier = before[1], before[2], before[3]
                rows.append(
                    {
                        "prisoner_id": r[1],
                        "assessment_id": r[0],
                        "calculated_at": now,
                        "ogrs3_one_year_pct": one,
                        "ogrs3_two_year_pct": two,
                        "ogrs3_band": band,
                        "tier": t.tier,
                        "tier_protect_points": t.protect_points,
                        "tier_change_points": t.change_points,
                        "tier_reasons": reasons,
                        "tier_missing": missing,
                        "tier_provisional": t.provisional,
                        "previous_tier": old_tier,
                        "previous_ogrs3_band": old_band,
                    }
                )
                tier_moved = t.tier != old_tier
                band_moved = band != old_band
                tiers_changed += tier_moved
                bands_changed += band_moved
                if tier_moved or band_moved:
                    events.append(
                        {
                            "id": new_id(),
                            "prisoner_id": r[1],
                            "kind": LIKELIHOOD_CHANGED,
                            "occurred_at": now,
                            "consumed_at": None,
                            "payload": json.dumps(
                                {
                                    "source": "RECALCULATION",
                                    "assessment_id": r[0],
                                    "old_band": old_band,
                                    "new_band": band,
                                    "old_tier": old_tier,
                                    "new_tier": t.tier,
                                    "old_two_year_pct": old_two,
                                    "new_two_year_pct": two,
                                },
                                sort_keys=True,
                            ),
                        }
                    )
            if progress is not None:
                progress(min(start + chunk, total), total)
        if cancelled is not None and cancelled():
            return RecalculationResult(total, 0, 0, 0, True, ChangeSet())
        with self._ctx.write(user, Permission.RECALCULATE_TIERS) as uow:
            uow.add_many(LorRecalculation, rows, "lor_recalculation.recorded")
            if events:
                uow.session.execute(insert(_table(DomainEvent)), events)
            uow.audit(
                "lor.tiers_recalculated",
                "lor_recalculation_run",
                new_id(),
                {
                    "assessments": total,
                    "changed": len(rows),
                    "tiers_changed": tiers_changed,
                    "bands_changed": bands_changed,
                    "likelihood_changed_events": len(events),
                },
            )
        prisoners = frozenset(r["prisoner_id"] for r in rows)
        entities = frozenset({"lor_recalculation", "domain_event"}) if rows else frozenset[str]()
        return RecalculationResult(
            total, len(rows), tiers_changed, bands_changed, False, ChangeSet(prisoners, entities)
        )

    # -- helpers ------------------------------------------------------------------------------------

    @staticmethod
    def _prisoner(s: Session, prisoner_id: str) -> Prisoner:
        prisoner = s.get(Prisoner, prisoner_id)
        if prisoner is None or prisoner.deleted_at is not None:
            raise ValidationError("That prisoner is no longer on this terminal's record.")
        return prisoner

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
        return replace(
            form,
            gender=Gender(prisoner.gender),
            date_of_birth=prisoner.date_of_birth,
            has_mandate_for_change=mandate,
        )

    def _cannot_start_reason(
        self, user: CurrentUser, prisoner: Prisoner, draft: LorAssessment | None
    ) -> str | None:
        if not allows(user.role, Permission.ASSESS):
            return f"Your role ({user.role.label}) cannot write likelihood of reoffending assessments."
        if prisoner.left_scope_at is not None:
            return "This prisoner has left this establishment; their record is read-only here."
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
        for rc in s.scalars(
            select(LorRecalculation)
            .where(LorRecalculation.assessment_id.in_(assessment_ids), LorRecalculation.deleted_at.is_(None))
            .order_by(LorRecalculation.id)
        ):  # ascending, so the latest recalculation of each assessment is applied last
            out[rc.assessment_id] = _Current(
                rc.ogrs3_one_year_pct,
                rc.ogrs3_two_year_pct,
                rc.ogrs3_band,
                _tier_from(
                    rc.tier,
                    rc.tier_protect_points,
                    rc.tier_change_points,
                    rc.tier_reasons,
                    rc.tier_missing,
                    rc.tier_provisional,
                ),
                rc.calculated_at,
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
        warnings = self._copy_forward_warnings(s, draft, completed)
        if p.tier is not None and p.tier.provisional:
            warnings.append(f"The tier {p.tier.tier} is provisional: {'; '.join(p.tier.missing)}.")
        return warnings


# -- bulk recalculation: one read, plain tuples, no ORM objects ---------------------------------------------

# Every live prisoner's latest completed assessment: its inputs, its current figures (those of its latest
# recalculation, else as signed) and its identified needs as "SECTION=SEVERITY,..." (a completed
# assessment records every section, so a section not listed has no need). One statement, so 20,000
# prisoners cost one pass over the tables rather than 20,000 look-ups.
_RECALCULATION_INPUTS_SQL: Final = """
WITH latest AS (
    SELECT a.*, ROW_NUMBER() OVER (
        PARTITION BY a.prisoner_id ORDER BY a.completed_at DESC, a.id DESC) AS rn
    FROM lor_assessment AS a JOIN prisoner AS p ON p.id = a.prisoner_id
    WHERE a.status = 'COMPLETED' AND a.deleted_at IS NULL
      AND p.deleted_at IS NULL AND p.left_scope_at IS NULL
), recalculated AS (
    SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.assessment_id ORDER BY r.id DESC) AS rn
    FROM lor_recalculation AS r WHERE r.deleted_at IS NULL
), identified AS (
    SELECT assessment_id, group_concat(section || '=' || severity, ',') AS needs
    FROM lor_need WHERE severity != 'NO_NEED' AND deleted_at IS NULL GROUP BY assessment_id
)
SELECT l.id, l.prisoner_id, l.gender, l.date_of_birth, l.conviction_date, l.follow_up_start,
       l.total_sanctions, l.age_at_first_sanction, l.offence_group, l.rsr_pct, l.rosh_level, l.mappa_level,
       l.complexity_factors, l.iom, l.parenting_responsibilities, l.impulsivity_or_temper_problems,
       l.previous_breach_or_recall, l.has_mandate_for_change,
       CASE WHEN r.id IS NULL THEN l.ogrs3_one_year_pct ELSE r.ogrs3_one_year_pct END,
       CASE WHEN r.id IS NULL THEN l.ogrs3_two_year_pct ELSE r.ogrs3_two_year_pct END,
       CASE WHEN r.id IS NULL THEN l.ogrs3_band ELSE r.ogrs3_band END,
       CASE WHEN r.id IS NULL THEN l.tier ELSE r.tier END,
       CASE WHEN r.id IS NULL THEN l.tier_protect_points ELSE r.tier_protect_points END,
       CASE WHEN r.id IS NULL THEN l.tier_change_points ELSE r.tier_change_points END,
       CASE WHEN r.id IS NULL THEN l.tier_reasons ELSE r.tier_reasons END,
       CASE WHEN r.id IS NULL THEN l.tier_missing ELSE r.tier_missing END,
       CASE WHEN r.id IS NULL THEN l.tier_provisional ELSE r.tier_provisional END,
       n.needs
FROM latest AS l
LEFT JOIN recalculated AS r ON r.assessment_id = l.id AND r.rn = 1
LEFT JOIN identified AS n ON n.assessment_id = l.id
WHERE l.rn = 1
"""

_Figures = tuple[int | None, int | None, str | None, str | None, int | None, int | None, str, str, bool]
_ALL_NO_NEED: Final = {s.value: NeedSeverity.NO_NEED.value for s in NeedSection}
_NO_FACTORS: Final[frozenset[str]] = frozenset()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _recalculation_inputs(s: Session) -> list[tuple[Any, ...]]:
    """Rows of :data:`_RECALCULATION_INPUTS_SQL`, as plain tuples."""
    return list(s.connection().exec_driver_sql(_RECALCULATION_INPUTS_SQL).fetchall())


def _recompute(r: Sequence[Any]) -> tuple[int | None, int | None, str | None, TierResult] | None:
    """OGRS3 and tier for one row of :data:`_RECALCULATION_INPUTS_SQL`; None if its stored values are no
    longer valid input (nothing is then recorded for it)."""
    (
        _,
        _,
        gender,
        dob,
        convicted,
        follow_up,
        sanctions,
        first,
        group,
        rsr,
        rosh,
        mappa,
        factors,
        iom,
        parenting,
        impulsivity,
        breach,
        mandate,
    ) = r[:18]
    try:
        o = calculate(
            Ogrs3Input(gender, _day(dob), _day(convicted), _day(follow_up), sanctions, first, group)
        )
        one: int | None = o.one_year_pct
        two: int | None = o.two_year_pct
        band: str | None = o.band
    except Ogrs3Error:
        one = two = band = None
    needs = dict(_ALL_NO_NEED)
    if r[27]:
        for item in r[27].split(","):
            section, _, severity = item.partition("=")
            needs[section] = severity
    try:
        t = calculate_tier(
            TierInput(
                gender=gender,
                rosh_level=rosh,
                rsr_pct=Decimal(rsr) if rsr else None,
                mappa_level=mappa,
                complexity_factors=frozenset(json.loads(factors)) if factors != "[]" else _NO_FACTORS,
                has_mandate_for_change=bool(mandate),
                has_assessment=True,
                needs=needs,
                ogrs3_two_year_pct=two,
                iom=bool(iom),
                parenting_responsibilities=bool(parenting),
                impulsivity_or_temper_problems=bool(impulsivity),
                previous_breach_or_recall=bool(breach),
            )
        )
    except (ValidationError, InvalidOperation):
        return None
    return one, two, band, t
