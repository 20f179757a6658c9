"""The likelihood-of-reoffending form: its figures (OGRS3 and the tier, from the domain), what stops it
being signed, what cannot be stored, and its mapping to and from the stored rows.

Pure apart from the row types: no session, no I/O. ``preview`` runs as the user types; the row builders
(``completed_rows``) are used by ``AssessmentService.complete`` and by the demo data generator alike.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from sqlalchemy import Table

from workbench.casework.dto.assessment import (
    AssessmentForm,
    AssessmentPreview,
    AssessmentSummary,
    NeedEntry,
    TierOutcome,
)
from workbench.casework.validation import clean_line, clean_paragraphs
from workbench.domain.enums import Gender, RoshLevel
from workbench.domain.errors import ValidationError, ValidationErrors
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
from workbench.domain.tier import (
    COMPLEXITY_FACTORS,
    TierInput,
    TierResult,
    calculate_tier,
)
from workbench.protocol.rules import text_problem
from workbench.store.ids import new_id
from workbench.store.models import (
    LorAssessment,
)

LIKELIHOOD_CHANGED: Final = "LIKELIHOOD_CHANGED"
"""Domain event kind: a completed assessment's OGRS3 band or tier differs from the one before it."""

MAX_PROTECTIVE_FACTORS: Final = 30
MAX_PROTECTIVE_FACTOR_LENGTH: Final = 1_000
_MAX_SANCTIONS: Final = 999
_MAX_AGE: Final = 120
# Total sanctions include the current one (1 or more); no sanction comes before the age of criminal
# responsibility (10 in England and Wales). The checks and their messages read these same constants.
_MIN_AGE_AT_FIRST_SANCTION: Final = 10
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
    if form.total_sanctions is not None and not 1 <= form.total_sanctions <= _MAX_SANCTIONS:
        errors.append(
            ValidationError(
                f"Total sanctions must be between 1 and {_MAX_SANCTIONS} (they include the current one).",
                field="total_sanctions",
            )
        )
    first = form.age_at_first_sanction
    if first is not None and not _MIN_AGE_AT_FIRST_SANCTION <= first <= _MAX_AGE:
        errors.append(
            ValidationError(
                f"The age at first sanction must be between {_MIN_AGE_AT_FIRST_SANCTION} and {_MAX_AGE}.",
                field="age_at_first_sanction",
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
            problem = text_problem(clean_paragraphs(text), multiline=True)
            if problem is not None:
                errors.append(
                    ValidationError(
                        f"{entry.section.label}: the {name} {problem}.",
                        field=f"needs.{entry.section.value}.{name}",
                    )
                )
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
        problem = text_problem(clean_line(text), multiline=False)
        if problem is not None:
            errors.append(ValidationError(f"A protective factor {problem}.", field="protective_factors"))
        if len(text) > MAX_PROTECTIVE_FACTOR_LENGTH:
            errors.append(
                ValidationError(
                    f"A protective factor is {len(text):,} characters; the limit is "
                    f"{MAX_PROTECTIVE_FACTOR_LENGTH:,}.",
                    field="protective_factors",
                )
            )
    problem = text_problem(clean_paragraphs(form.no_protective_factors_note), multiline=True)
    if problem is not None:
        errors.append(ValidationError(f"The note {problem}.", field="no_protective_factors_note"))
    if len(form.no_protective_factors_note) > MAX_TEXT_LENGTH:
        errors.append(
            ValidationError(
                f"The note is longer than {MAX_TEXT_LENGTH:,} characters.", field="no_protective_factors_note"
            )
        )
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)


def _tidy(form: AssessmentForm) -> AssessmentForm:
    """Blank protective factors dropped, text cleaned by the shared rule (NFC, pasted line breaks and
    tabs, as the central record stores it) and trimmed, every need section present once, in order."""
    by_section = {n.section: n for n in form.needs}
    needs = tuple(
        replace(
            n, evidence=clean_paragraphs(n.evidence).strip(), analysis=clean_paragraphs(n.analysis).strip()
        )
        for n in (by_section.get(s, NeedEntry(s)) for s in NeedSection)
    )
    factors = tuple(clean_line(t) for t in form.protective_factors if clean_line(t))
    return replace(
        form,
        needs=needs,
        protective_factors=factors,
        no_protective_factors_note=clean_paragraphs(form.no_protective_factors_note).strip(),
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


def signing_warnings(p: AssessmentPreview) -> list[str]:
    """The warnings a signer sees from the figures alone (a provisional tier); never blocking."""
    if p.tier is not None and p.tier.provisional:
        return [f"The tier {p.tier.tier} is provisional: {'; '.join(p.tier.missing)}."]
    return []


def completed_rows(
    form: AssessmentForm,
    p: AssessmentPreview,
    *,
    prisoner_id: str,
    author: tuple[str, str],
    signer: tuple[str, str],
    supersedes_id: str | None,
    warnings: Sequence[str],
    completed_at: datetime,
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of a signed assessment: the ``CompletedLorAssessment`` (with a new id), its eleven
    ``LorNeed`` rows and its ``ProtectiveFactor`` rows, as column mappings.

    The one builder of these rows: ``AssessmentService.complete`` writes them, and the demo data
    generator writes what it returns, so demo assessments are exactly what signing writes. ``form`` is
    tidied (every section present) and ``p`` is ``preview(form)``; ``author`` and ``signer`` are
    (user id, display name).
    """
    record_id = new_id()
    record: dict[str, Any] = {
        "id": record_id,
        "prisoner_id": prisoner_id,
        "status": "COMPLETED",
        "author_id": author[0],
        "author_name": author[1],
        "supersedes_id": supersedes_id,
        **_columns(form),
        "draft_needs": "[]",
        "draft_protective_factors": "[]",
        **_figures(p),
        "completion_warnings": json.dumps(list(warnings)),
        "completed_at": completed_at,
        "signed_by_id": signer[0],
        "signed_by_name": signer[1],
    }
    needs = [
        {
            "prisoner_id": prisoner_id,
            "assessment_id": record_id,
            "section": n.section.value,
            "severity": n.severity.value if n.severity else NeedSeverity.NO_NEED.value,
            "linked_to_reoffending": n.linked_to_reoffending,
            "linked_to_harm": n.linked_to_harm,
            "evidence": n.evidence,
            "analysis": n.analysis,
        }
        for n in form.needs
    ]
    factors = [
        {"prisoner_id": prisoner_id, "assessment_id": record_id, "position": i, "text": text}
        for i, text in enumerate(form.protective_factors)
    ]
    return record, needs, factors


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
