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

import hashlib
import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from sqlalchemy import Table, bindparam, delete, select
from sqlalchemy.orm import Session

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
    TierOutcome,
)
from workbench.domain.enums import Gender, RoshLevel, SentenceType
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import MAX_TEXT_LENGTH, NeedAssessment, NeedSection, NeedSeverity
from workbench.domain.ogrs3 import (
    AGE_AT_CURRENT_CONVICTION_LESS_THAN_TEN,
    AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION,
    AGE_GENDER_PARAMETERS,
    COPAS_COEFFICIENT,
    COPAS_DENOMINATOR_NOT_POSITIVE,
    EXPONENT_OVERFLOW,
    FIRST_SANCTION_PARAMETER,
    FOLLOW_UP_BEFORE_CONVICTION,
    INVALID_GENDER,
    OFFENCE_GROUPS,
    ONE_YEAR_CONSTANT,
    REPEAT_SANCTION_PARAMETER,
    TOTAL_SANCTIONS_LESS_THAN_ONE,
    TWO_YEAR_CONSTANT,
    UNKNOWN_OFFENCE_GROUP,
    Ogrs3Error,
    Ogrs3Input,
    Ogrs3Result,
    age_gender_parameter,
    band_for,
    calculate,
    whole_years,
)
from workbench.domain.sentence import release_date
from workbench.domain.tier import (
    COMPLEXITY_FACTORS,
    NEED_WEIGHTS,
    TierInput,
    TierResult,
    calculate_tier,
    change_level_for,
)
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

__all__ = [
    "LIKELIHOOD_CHANGED",
    "MAX_PROTECTIVE_FACTORS",
    "MAX_PROTECTIVE_FACTOR_LENGTH",
    "RULES_VERSION",
    "RULE_VERSION",
    "AssessmentService",
    "preview",
]

log = logging.getLogger("workbench.casework.assessment")

LIKELIHOOD_CHANGED: Final = "LIKELIHOOD_CHANGED"
"""Domain event kind: a completed assessment's OGRS3 band or tier differs from the one before it."""

MAX_PROTECTIVE_FACTORS: Final = 30
MAX_PROTECTIVE_FACTOR_LENGTH: Final = 1_000
_MAX_SANCTIONS: Final = 999
_MAX_AGE: Final = 120
_RSR_RE: Final = re.compile(r"^\d{1,2}(\.\d{1,2})?$", re.ASCII)  # "９９" is not 99 (issue 7 point 20)

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
    """A completed assessment's current figures: as signed, or as derived again under the current rules."""

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
        require(user.role, Permission.RECALCULATE_TIERS)
        total = 0
        try:
            with self._ctx.write(user, Permission.RECALCULATE_TIERS) as uow:
                s = uow.session
                with _page_cache(s, _BULK_PAGE_CACHE_KIB):
                    inputs = _recalculation_inputs(s)
                    total = len(inputs)
                    if progress is not None:
                        progress(0, total)
                    try:
                        d = _derive(inputs, progress, cancelled, _FastCalculator())
                    except _Diverged as exc:  # a rules change the fast path does not follow: stay correct
                        log.error("tier recalculation: fast figures differ from the domain's (%s)", exc)
                        d = _derive(inputs, progress, cancelled, _Calculator())
                    run_id = new_id()
                    _write_derivations(s, d, utcnow(), run_id)
                if cancelled is not None and cancelled():
                    raise _Cancelled
                uow.audit("lor.tiers_recalculated", "tier_derivation_run", run_id, _run_details(user, d))
        except _Cancelled:
            return RecalculationResult(total, 0, 0, 0, True, ChangeSet())
        prisoners = frozenset(p for _, p, *_ in d.upserts) | frozenset(d.reverted.values())
        entities = frozenset({"tier_derivation", "domain_event"}) if prisoners else frozenset[str]()
        return RecalculationResult(
            total, d.changed, d.tiers_changed, d.bands_changed, False, ChangeSet(prisoners, entities)
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
        warnings = self._copy_forward_warnings(s, draft, completed)
        if p.tier is not None and p.tier.provisional:
            warnings.append(f"The tier {p.tier.tier} is provisional: {'; '.join(p.tier.missing)}.")
        return warnings


# -- bulk recalculation: one read, plain tuples, no ORM objects ---------------------------------------------

RULES_VERSION: Final = "ogrs3-v3/tier-v1"
"""The OGRS3 and tier rules of this release (DESIGN.md section 4). Change it with any change to
``domain/ogrs3.py`` or ``domain/tier.py`` that can change a figure; :data:`RULE_VERSION` adds a digest
of the domain's published tables so an edited table shows even if this is forgotten."""


def _rule_version() -> str:
    tables = (
        AGE_GENDER_PARAMETERS,
        sorted(OFFENCE_GROUPS.items()),
        (COPAS_COEFFICIENT, FIRST_SANCTION_PARAMETER, REPEAT_SANCTION_PARAMETER),
        (ONE_YEAR_CONSTANT, TWO_YEAR_CONSTANT),
        list(COMPLEXITY_FACTORS),
        sorted((s.value, w) for s, w in NEED_WEIGHTS.items()),
    )
    return f"{RULES_VERSION}+{hashlib.sha256(repr(tables).encode()).hexdigest()[:8]}"


RULE_VERSION: Final = _rule_version()
"""Stored with each derived figure and in each run's audit event (at most 40 characters)."""

_CHUNK: Final = 2_000
_VERIFY_EVERY: Final = 50  # rows of each chunk also worked out by the domain alone (2%)
_BULK_PAGE_CACHE_KIB: Final = 64 * 1024

# Every live prisoner's latest completed assessment: its inputs, its identified needs as
# "SECTION=SEVERITY,..." (a completed assessment records every section, so a section not listed has no
# need), its figures as signed and its derived figures (NULL where none). The latest assessment is
# ranked on narrow columns and joined back, so the sort does not carry whole rows. One statement, so
# 20,000 prisoners cost one pass over the tables rather than 20,000 look-ups.
_RECALCULATION_INPUTS_SQL: Final = """
WITH ranked AS (
    SELECT a.id, ROW_NUMBER() OVER (
        PARTITION BY a.prisoner_id ORDER BY a.completed_at DESC, a.id DESC) AS rn
    FROM lor_assessment AS a JOIN prisoner AS p ON p.id = a.prisoner_id
    WHERE a.status = 'COMPLETED' AND a.deleted_at IS NULL
      AND p.deleted_at IS NULL AND p.left_scope_at IS NULL
), identified AS (
    SELECT assessment_id, group_concat(section || '=' || severity, ',') AS needs
    FROM lor_need WHERE severity != 'NO_NEED' AND deleted_at IS NULL GROUP BY assessment_id
)
SELECT l.id, l.prisoner_id, l.gender, l.date_of_birth, l.conviction_date, l.follow_up_start,
       l.total_sanctions, l.age_at_first_sanction, l.offence_group, l.rsr_pct, l.rosh_level, l.mappa_level,
       l.complexity_factors, l.iom, l.parenting_responsibilities, l.impulsivity_or_temper_problems,
       l.previous_breach_or_recall, l.has_mandate_for_change, n.needs,
       l.ogrs3_one_year_pct, l.ogrs3_two_year_pct, l.ogrs3_band, l.tier, l.tier_protect_points,
       l.tier_change_points, l.tier_reasons, l.tier_missing, l.tier_provisional,
       d.ogrs3_one_year_pct, d.ogrs3_two_year_pct, d.ogrs3_band, d.tier, d.tier_protect_points,
       d.tier_change_points, d.tier_reasons, d.tier_missing, d.tier_provisional,
       d.assessment_id IS NOT NULL
FROM ranked AS k
JOIN lor_assessment AS l ON l.id = k.id
LEFT JOIN identified AS n ON n.assessment_id = l.id
LEFT JOIN tier_derivation AS d ON d.assessment_id = l.id
WHERE k.rn = 1
"""
# Column positions in a row of _RECALCULATION_INPUTS_SQL.
_NEEDS: Final = 18
_SIGNED: Final = slice(19, 28)
_DERIVED: Final = slice(28, 37)
_HAS_DERIVED: Final = 37

# The figures compared and stored: OGRS3 1-year %, 2-year %, band, tier, protect points, change points,
# reasons (JSON), missing (JSON), provisional — the column order of lor_assessment and tier_derivation.
_Figures = tuple[int | None, int | None, str | None, str, int, int, str, str, bool]
_ALL_NO_NEED: Final = {s.value: NeedSeverity.NO_NEED.value for s in NeedSection}
_DERIVED_COLUMNS: Final = (
    "assessment_id",
    "prisoner_id",
    "ogrs3_one_year_pct",
    "ogrs3_two_year_pct",
    "ogrs3_band",
    "tier",
    "tier_protect_points",
    "tier_change_points",
    "tier_reasons",
    "tier_missing",
    "tier_provisional",
)


class _Cancelled(Exception):
    """Raised inside the recalculation's transaction to roll it back."""


def _recalculation_inputs(s: Session) -> list[Any]:
    """Rows of :data:`_RECALCULATION_INPUTS_SQL`, as plain tuples."""
    return list(s.connection().exec_driver_sql(_RECALCULATION_INPUTS_SQL).fetchall())


class _Calculator:
    """The domain's OGRS3 and tier for stored rows, with what repeats across prisoners worked out once:
    dates, complexity-factor sets, RSR decimals, need mappings and the JSON of reason lists."""

    def __init__(self) -> None:
        self._dates: dict[str, date] = {}
        self._factors: dict[str, frozenset[str]] = {"[]": frozenset()}
        self._rsr: dict[str, Decimal | None] = {}
        self._needs: dict[str | None, Mapping[str, str]] = {None: _ALL_NO_NEED}
        self._json: dict[tuple[str, ...], str] = {(): "[]"}

    def _day(self, value: str | None) -> date | None:
        if value is None:
            return None
        d = self._dates.get(value)
        if d is None:
            d = self._dates[value] = date.fromisoformat(value[:10])
        return d

    def _need_map(self, text: str | None) -> Mapping[str, str]:
        needs = self._needs.get(text)
        if needs is None:
            assert text is not None
            built = dict(_ALL_NO_NEED)
            for item in text.split(","):
                section, _, severity = item.partition("=")
                built[section] = severity
            needs = self._needs[text] = built
        return needs

    def _as_json(self, items: tuple[str, ...]) -> str:
        text = self._json.get(items)
        if text is None:
            text = self._json[items] = json.dumps(list(items))
        return text

    def _figures(self, one: int | None, two: int | None, band: str | None, t: TierResult) -> _Figures:
        """The stored figures of one derivation, in column order."""
        return (
            one,
            two,
            band,
            t.tier,
            t.protect_points,
            t.change_points,
            self._as_json(t.reasons),
            self._as_json(t.missing),
            t.provisional,
        )

    def figures(self, r: Sequence[Any]) -> _Figures | None:
        """The current rules' figures for one row; None if its stored values are no longer valid input
        (nothing is then recorded for it)."""
        gender = r[2]
        try:
            o = calculate(
                Ogrs3Input(gender, self._day(r[3]), self._day(r[4]), self._day(r[5]), r[6], r[7], r[8])
            )
            one: int | None = o.one_year_pct
            two: int | None = o.two_year_pct
            band: str | None = o.band
        except Ogrs3Error:
            one = two = band = None
        rsr_text = r[9]
        try:
            if rsr_text in self._rsr:
                rsr = self._rsr[rsr_text]
            else:
                rsr = self._rsr[rsr_text] = Decimal(rsr_text) if rsr_text else None
            factors = self._factors.get(r[12])
            if factors is None:
                factors = self._factors[r[12]] = frozenset(json.loads(r[12]))
            t = calculate_tier(
                TierInput(
                    gender=gender,
                    rosh_level=r[10],
                    rsr_pct=rsr,
                    mappa_level=r[11],
                    complexity_factors=factors,
                    has_mandate_for_change=bool(r[17]),
                    has_assessment=True,
                    needs=self._need_map(r[_NEEDS]),
                    ogrs3_two_year_pct=two,
                    iom=bool(r[13]),
                    parenting_responsibilities=bool(r[14]),
                    impulsivity_or_temper_problems=bool(r[15]),
                    previous_breach_or_recall=bool(r[16]),
                )
            )
        except (ValidationError, InvalidOperation, ValueError, TypeError):
            return None
        return self._figures(one, two, band, t)


_NEED_SECTIONS: Final = frozenset(s.value for s in NeedSection)
_NEED_SEVERITIES: Final = frozenset(v.value for v in NeedSeverity)
_WEIGHTED_SECTIONS: Final = tuple(s.value for s in NeedSection if NEED_WEIGHTS[s])  # in section order
_MAX_FAST_SANCTIONS: Final = 1_000_000  # beyond this the domain reports the overflow itself


def _half_up(x: float, scale: int) -> int:
    """``floor(x·scale + ½)`` computed exactly on the binary value of ``x`` ≥ 0: what the domain gets from
    ``Decimal(x)`` quantized ROUND_HALF_UP (``ogrs3.round_half_up_5dp`` / ``percent_half_up``)."""
    n, d = x.as_integer_ratio()
    return (2 * n * scale + d) // (2 * d)


class _Piece:
    """A part of the tier worked out by the domain on its own: change points, reason lines (and their
    JSON) and what is missing."""

    __slots__ = ("json", "missing", "points", "reasons")

    def __init__(self, t: TierResult) -> None:
        self.points = t.change_points
        self.reasons = t.reasons
        self.json = tuple(json.dumps(r) for r in t.reasons)
        self.missing = t.missing


class _Protect:
    """The protect half of a tier, from the domain with no mandate for change (so nothing of the change
    half shows), less its closing "no mandate" line."""

    __slots__ = ("json", "level", "missing", "no_mandate", "points", "reasons")

    def __init__(self, t: TierResult) -> None:
        self.no_mandate = t  # the whole result, for rows with no mandate for change
        self.points = t.protect_points
        self.level = t.protect_level
        self.reasons = t.reasons[:-1]
        self.json = tuple(json.dumps(r) for r in self.reasons)
        self.missing = t.missing


class _FastCalculator(_Calculator):
    """The same figures as :class:`_Calculator`, several times faster, for the bulk run.

    Nothing of the rules is restated here: OGRS3 is the domain's arithmetic on per-prisoner constants
    (whole years, the age/gender and offence parameters, the domain's constants) with its half-up
    rounding done exactly in integers instead of ``Decimal``; the tier is put together from parts the
    domain works out once each — the protect half per distinct protect input, the reason line and
    points of each need section and severity, of each OGRS3 percentage and of IOM — in the order the
    domain gives them. Anything unusual (invalid or missing input) goes to the domain itself, and the
    run checks a sample of rows against :class:`_Calculator` (see :func:`_derive`).
    """

    def __init__(self) -> None:
        super().__init__()
        base = TierInput(
            gender="MALE",
            rosh_level="LOW",
            rsr_pct=Decimal(0),
            needs=_ALL_NO_NEED,
            ogrs3_two_year_pct=0,
        )
        self._base = base
        if calculate_tier(base).reasons or calculate_tier(base).missing:  # pragma: no cover - rules changed
            raise _Diverged("the neutral tier input is no longer neutral")
        self._protect: dict[tuple[Any, ...], _Protect] = {}
        self._needs_part: dict[str | None, tuple[int, tuple[str, ...], tuple[str, ...]] | None] = {}
        self._need_piece: dict[tuple[str, str], _Piece] = {}
        self._ogrs_piece: dict[int | None, _Piece] = {}
        self._iom = _Piece(calculate_tier(replace(base, iom=True)))

    def _ogrs3_fast(self, r: Sequence[Any]) -> tuple[int, int, str] | None:
        """OGRS3 for a row whose inputs are all present and valid, else None (the domain decides)."""
        gender, n, first, group = r[2], r[6], r[7], r[8]
        dob, convicted, follow_up = self._day(r[3]), self._day(r[4]), self._day(r[5])
        if (
            dob is None
            or convicted is None
            or follow_up is None
            or n is None
            or first is None
            or gender not in ("MALE", "FEMALE")
            or group not in OFFENCE_GROUPS
            or not 1 <= n <= _MAX_FAST_SANCTIONS
            or follow_up < convicted
        ):
            return None
        age_at_conviction = whole_years(dob, convicted)
        if age_at_conviction < 10 or first > age_at_conviction or 10 + age_at_conviction - first <= 0:
            return None
        score = (
            age_gender_parameter(gender, whole_years(dob, follow_up))
            + (FIRST_SANCTION_PARAMETER if n == 1 else REPEAT_SANCTION_PARAMETER)
            + COPAS_COEFFICIENT * math.log(n / (10 + age_at_conviction - first))
            + OFFENCE_GROUPS[group]
        )  # the domain's order of addition
        pcts = []
        for constant in (ONE_YEAR_CONSTANT, TWO_YEAR_CONSTANT):
            exponent = constant + score
            if not -745.0 < exponent < 709.0:
                return None
            e = math.exp(exponent)
            p = (
                _half_up(e / (1.0 + e), 100_000) / 100_000
            )  # int / int is correctly rounded, as float(Decimal)
            pcts.append(min(max(_half_up(p, 100), 1), 99))
        return pcts[0], pcts[1], band_for(pcts[1])

    def _needs_points(self, text: str | None) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
        """Change points, reason lines and their JSON from the identified needs; None if any is unknown."""
        if text in self._needs_part:
            return self._needs_part[text]
        needs = self._need_map(text)
        part: tuple[int, tuple[str, ...], tuple[str, ...]] | None = None
        if needs.keys() <= _NEED_SECTIONS and set(needs.values()) <= _NEED_SEVERITIES:
            points = 0
            reasons: list[str] = []
            as_json: list[str] = []
            for section in _WEIGHTED_SECTIONS:
                severity = needs[section]
                piece = self._need_piece.get((section, severity))
                if piece is None:
                    one_need = replace(self._base, needs={**_ALL_NO_NEED, section: severity})
                    piece = self._need_piece[section, severity] = _Piece(calculate_tier(one_need))
                points += piece.points
                reasons += piece.reasons
                as_json += piece.json
            part = (points, tuple(reasons), tuple(as_json))
        self._needs_part[text] = part
        return part

    def figures(self, r: Sequence[Any]) -> _Figures | None:
        ogrs3 = self._ogrs3_fast(r)
        needs = self._needs_points(r[_NEEDS])
        rsr_text, factors_text = r[9], r[12]
        if ogrs3 is None or needs is None or rsr_text not in self._rsr or factors_text not in self._factors:
            return super().figures(r)  # the domain itself (and the caches then know this RSR and factor list)
        key = (r[2], r[10], rsr_text, r[11], factors_text, bool(r[14]), bool(r[15]), bool(r[16]))
        protect = self._protect.get(key)
        if protect is None:
            try:
                t = calculate_tier(
                    TierInput(
                        gender=r[2],
                        rosh_level=r[10],
                        rsr_pct=self._rsr[rsr_text],
                        mappa_level=r[11],
                        complexity_factors=self._factors[factors_text],
                        has_mandate_for_change=False,
                        parenting_responsibilities=key[5],
                        impulsivity_or_temper_problems=key[6],
                        previous_breach_or_recall=key[7],
                    )
                )
            except (ValidationError, TypeError):
                return super().figures(r)
            protect = self._protect[key] = _Protect(t)
        one, two, band = ogrs3
        if not r[17]:  # no mandate for change: the protect half is the whole tier
            t = protect.no_mandate
            return self._figures(one, two, band, t)
        ogrs = self._ogrs_piece.get(two)
        if ogrs is None:
            ogrs = self._ogrs_piece[two] = _Piece(calculate_tier(replace(self._base, ogrs3_two_year_pct=two)))
        points, reasons_json = needs[0] + ogrs.points, protect.json + needs[2] + ogrs.json
        if r[13]:
            points += self._iom.points
            reasons_json += self._iom.json
        missing = protect.missing + ogrs.missing
        return (
            one,
            two,
            band,
            f"{protect.level}{change_level_for(points)}",
            protect.points,
            points,
            "[" + ", ".join(reasons_json) + "]",  # what json.dumps gives for the list of lines
            self._as_json(missing),
            bool(missing),
        )


class _Diverged(Exception):
    """The fast figures differ from the domain's for a sampled row: the run falls back to the domain."""


@dataclass
class _Derivation:
    """What one recalculation run found."""

    total: int
    recalculated: int = 0
    upserts: list[tuple[Any, ...]] = field(default_factory=list)  # _DERIVED_COLUMNS values
    reverted: dict[str, str] = field(default_factory=dict)  # assessment id → prisoner id: back to as signed
    # (prisoner id, assessment id, old tier, new tier, old band, new band, old 2-year %, new 2-year %)
    moves: list[tuple[Any, ...]] = field(default_factory=list)
    tiers_changed: int = 0
    bands_changed: int = 0

    @property
    def changed(self) -> int:
        return len(self.upserts) + len(self.reverted)


def _derive(
    rows: Sequence[Sequence[Any]],
    progress: Callable[[int, int], object] | None,
    cancelled: Callable[[], bool] | None,
    calc: _Calculator,
) -> _Derivation:
    """Compare every row's figures under the current rules with its current ones (derived, else signed).

    With the fast calculator, every ``_VERIFY_EVERY``-th row is also worked out by the domain itself;
    any difference raises :class:`_Diverged` (the caller then runs again with the domain alone).
    """
    reference = _Calculator() if isinstance(calc, _FastCalculator) else None
    d = _Derivation(len(rows))
    upserts, moves = d.upserts, d.moves
    for start in range(0, d.total, _CHUNK):
        if cancelled is not None and cancelled():
            raise _Cancelled
        for i, r in enumerate(rows[start : start + _CHUNK]):
            new = calc.figures(r)
            if reference is not None and i % _VERIFY_EVERY == 0 and new != reference.figures(r):
                raise _Diverged(f"assessment {r[0]}: {new} != {reference.figures(r)}")
            if new is None:
                continue
            d.recalculated += 1
            signed = r[_SIGNED]
            current = r[_DERIVED] if r[_HAS_DERIVED] else signed
            if new == current:
                continue
            if new == signed:  # only reachable with a derived row: the rules are back to the signed ones
                d.reverted[r[0]] = r[1]
            else:
                upserts.append((r[0], r[1], *new))
            tier_moved = new[3] != current[3]
            band_moved = new[2] != current[2]
            if tier_moved or band_moved:
                d.tiers_changed += tier_moved
                d.bands_changed += band_moved
                moves.append((r[1], r[0], current[3], new[3], current[2], new[2], current[1], new[1]))
        if progress is not None:
            progress(min(start + _CHUNK, d.total), d.total)
    return d


_UPSERT_COLUMNS: Final = (*_DERIVED_COLUMNS, "rule_version", "derived_at")
_UPSERT_SQL: Final = (
    f"INSERT INTO tier_derivation ({', '.join(_UPSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _UPSERT_COLUMNS)}) ON CONFLICT (assessment_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _UPSERT_COLUMNS[1:])
)
_EVENT_SQL: Final = (
    "INSERT INTO domain_event (id, prisoner_id, kind, payload, occurred_at, consumed_at) "
    "VALUES (?, ?, ?, ?, ?, NULL)"
)


def _as_stored(s: Session, column: Any, value: Any) -> Any:
    """``value`` as SQLAlchemy would store it in ``column`` (a DateTime as its SQLite text)."""
    dialect = s.get_bind().dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process is not None else value


def _write_derivations(s: Session, d: _Derivation, now: datetime, run_id: str) -> None:
    """Upsert the changed figures, drop those back to as signed, and raise LIKELIHOOD_CHANGED for each
    move: plain ``executemany`` of positional tuples (no ORM objects, no per-row audit or outbox)."""
    conn = s.connection()
    if d.upserts:
        derived_at = _as_stored(s, _table(TierDerivation).c.derived_at, now)
        conn.exec_driver_sql(_UPSERT_SQL, [(*u, RULE_VERSION, derived_at) for u in d.upserts])
    if d.reverted:
        table = _table(TierDerivation)
        s.execute(
            delete(table).where(table.c.assessment_id == bindparam("aid")),
            [{"aid": a} for a in d.reverted],
        )
    if d.moves:
        occurred_at = _as_stored(s, _table(DomainEvent).c.occurred_at, now)
        conn.exec_driver_sql(_EVENT_SQL, _likelihood_events(d.moves, run_id, occurred_at))


def _likelihood_events(
    moves: Sequence[tuple[Any, ...]], run_id: str, occurred_at: Any
) -> list[tuple[Any, ...]]:
    """LIKELIHOOD_CHANGED domain events (local; the review-trigger work consumes them), one per move,
    as :data:`_EVENT_SQL` parameters."""
    dumps = json.dumps
    return [
        (
            new_id(),
            pid,
            LIKELIHOOD_CHANGED,
            # Keys in sorted order (what sort_keys=True gives), without sort_keys' per-call encoder.
            dumps(
                {
                    "assessment_id": aid,
                    "new_band": new_band,
                    "new_tier": new_tier,
                    "new_two_year_pct": new_two,
                    "old_band": old_band,
                    "old_tier": old_tier,
                    "old_two_year_pct": old_two,
                    "run_id": run_id,
                    "source": "RECALCULATION",
                }
            ),
            occurred_at,
        )
        for pid, aid, old_tier, new_tier, old_band, new_band, old_two, new_two in moves
    ]


@contextmanager
def _page_cache(s: Session, kib: int) -> Iterator[None]:
    """A larger SQLite page cache on this connection while a bulk run reads the same pages twice (the
    latest assessments are ranked, then read); restored afterwards."""
    conn = s.connection()
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = {-kib}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


_MOVE_FIELDS: Final = ("prisoner_id", "old_tier", "new_tier", "old_band", "new_band")


def _run_details(user: CurrentUser, d: _Derivation) -> dict[str, Any]:
    """The run's one audit event: who, which rules, how many, and every tier or band move, compactly."""
    return {
        "run_by": user.display_name,
        "role": user.role.value,
        "rule_version": RULE_VERSION,
        "assessments": d.total,
        "recalculated": d.recalculated,
        "changed": d.changed,
        "tiers_changed": d.tiers_changed,
        "bands_changed": d.bands_changed,
        "likelihood_changed_events": len(d.moves),
        "move_fields": list(_MOVE_FIELDS),
        "moves": sorted([m[0], m[2], m[3], m[4], m[5]] for m in d.moves),  # ordered by prisoner id
    }
