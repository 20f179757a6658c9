"""The full analysis of risk of serious harm (issue 8 point 3; seed 3.10; DESIGN.md section 4).

Inspectors found full analyses sufficient in 75% of cases. The analysis covers only the sections the
current signed screening requires (a section not required is neither shown nor asked for); the RoSH
summary and a level with its evidence for every group are always needed — a level without evidence
cannot be signed. Text copied unchanged from the previous analysis, or stock phrases, are warned
about (as the likelihood tab does), never refused.

Signing fixes the overall level (``domain.rosh.overall_level``), whether a manager must countersign,
and then, in the same transaction: the prisoner's ``rosh_level`` follows the analysis, a change of
overall level raises a ``RISK_OF_HARM_CHANGED`` domain event (payload old → new) for the review-trigger
work, and the tier of the latest likelihood assessment is derived again (derived local data).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.assessment.recalculation import recalculate_prisoner
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.rosh import ANALYSIS, AnalysisDetail, AnalysisForm, CompletionCheck
from workbench.casework.rosh import common
from workbench.casework.rosh.countersign import countersign_state
from workbench.casework.rosh_records import current_signed
from workbench.casework.validation import check_text, clean_paragraphs
from workbench.domain.enums import RoshLevel
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.rosh import (
    COMMUNITY_GROUPS,
    CUSTODY_GROUPS,
    Section,
    boilerplate_problem,
    countersign_required,
    overall_level,
)
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import DomainEvent
from workbench.store.rosh_models import (
    CompletedRoshAnalysis,
    CompletedRoshScreening,
    RoshAnalysis,
    RoshAnalysisDraft,
)
from workbench.store.unit_of_work import utcnow

RISK_OF_HARM_CHANGED: Final = "RISK_OF_HARM_CHANGED"
"""Domain event kind: a signed analysis changed the overall level (payload ``old``, ``new``)."""

LEVEL_KEYS: Final[tuple[str, ...]] = tuple(f"custody.{g.value}" for g in CUSTODY_GROUPS) + tuple(
    f"community.{g.value}" for g in COMMUNITY_GROUPS
)
"""Every level the analysis gives, custody then community, in the order of the form."""

_DRAFT_ENTITIES = frozenset({"rosh_analysis_draft"})

# Field → (label, section it belongs to; None = always asked: the RoSH summary).
TEXT_FIELDS: Final[dict[str, tuple[str, Section | None]]] = {
    "previous_offending": ("previous offending", Section.OFFENDING),
    "current_offending": ("current offending", Section.OFFENDING),
    "who_is_at_risk": ("who is at risk", None),
    "nature_of_risk": ("nature of the risk", None),
    "when_risk_greatest": ("when the risk is greatest", None),
    "increases_risk": ("what increases the risk", None),
    "decreases_risk": ("what decreases the risk", None),
    "protective_factors": ("protective factors", None),
    "risk_to_children": ("risk to children", Section.CHILDREN),
    "risk_to_self": ("risk to self", Section.SELF),
    "custody_risks": ("other custody risks", Section.CUSTODY),
}


def _key_column(key: str) -> str:
    return key.replace(".", "_")


def form_of(row: RoshAnalysis) -> AnalysisForm:
    """The form an analysis row holds."""
    levels = {k: v for k in LEVEL_KEYS if (v := getattr(row, _key_column(k)))}
    return AnalysisForm(
        **{f: getattr(row, f) for f in TEXT_FIELDS},
        levels=levels,
        evidence=dict(common.loads(row.level_evidence, {})),
        child_protection_concerns=row.child_protection_concerns,
    )


def sections_of(row: RoshAnalysis) -> tuple[Section, ...]:
    """The sections the analysis covers, as fixed when it was started."""
    return tuple(Section(x) for x in common.loads(row.sections, []))


def level_of(form: AnalysisForm) -> RoshLevel | None:
    """The overall level of the form's levels (None: none set)."""
    custody = {k: v for k, v in form.levels.items() if k.startswith("custody.")}
    community = {k: v for k, v in form.levels.items() if k.startswith("community.")}
    return overall_level(custody, community)


def _columns(form: AnalysisForm, sections: tuple[Section, ...]) -> dict[str, Any]:
    """Columns for the form; text of sections not required is not kept."""
    out: dict[str, Any] = {}
    for name, (_, section) in TEXT_FIELDS.items():
        keep = section is None or section in sections
        out[name] = clean_paragraphs(getattr(form, name)) if keep else ""
    for key in LEVEL_KEYS:
        value = form.levels.get(key) or None
        out[_key_column(key)] = RoshLevel(value).value if value else None
    evidence = {k: clean_paragraphs(v) for k, v in form.evidence.items() if k in LEVEL_KEYS and v.strip()}
    out["level_evidence"] = json.dumps(evidence, sort_keys=True)
    out["child_protection_concerns"] = bool(form.child_protection_concerns) and Section.CHILDREN in sections
    level = level_of(form)
    out["overall_level"] = level.value if level else None
    return out


def _validate(form: AnalysisForm) -> None:
    errors: list[ValidationError] = []
    for name, (label, _) in TEXT_FIELDS.items():
        e = check_text(getattr(form, name), name, label, required=False)
        if e:
            errors.append(e)
    for key, value in form.levels.items():
        if key not in LEVEL_KEYS:
            errors.append(ValidationError(f"An analysis has no level {key!r}.", field="levels"))
        elif value and value not in {lv.value for lv in RoshLevel}:
            errors.append(
                ValidationError(f"{value!r} is not a level (LOW, MEDIUM, HIGH or VERY_HIGH).", field=key)
            )
    for key, text in form.evidence.items():
        e = check_text(text, f"evidence.{key}", "evidence for the level", required=False)
        if e:
            errors.append(e)
    if errors:
        raise ValidationErrors(errors)


def completion_problems(form: AnalysisForm, sections: tuple[Section, ...]) -> list[tuple[str, str]]:
    """What stops signing: the required sections' text, and every level set with its evidence."""
    problems: list[tuple[str, str]] = []
    for name, (label, section) in TEXT_FIELDS.items():
        if (section is None or section in sections) and not clean_paragraphs(getattr(form, name)):
            problems.append((name, f"Enter {label}."))
    unset = [k for k in LEVEL_KEYS if not form.levels.get(k)]
    if unset:
        problems.append((unset[0], f"Set a level for every group ({len(unset)} not set)."))
    bare = [k for k in LEVEL_KEYS if form.levels.get(k) and not form.evidence.get(k, "").strip()]
    if bare:
        names = ", ".join(_key_label(k) for k in bare)
        problems.append((f"evidence.{bare[0]}", f"A level needs its evidence: {names}."))
    return problems


def _key_label(key: str) -> str:
    where, group = key.split(".")
    return f"{where} {group.replace('_', ' ')}"


class AnalysisService:
    """Full analyses of risk of serious harm: draft, save, sign, correct, discard (issue 8 point 3)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @staticmethod
    def overall(form: AnalysisForm) -> RoshLevel | None:
        """The overall level as the user sets levels (shown live)."""
        return level_of(form)

    def get(self, user: CurrentUser, analysis_id: str) -> AnalysisDetail:
        """One analysis, draft or signed."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = s.get(RoshAnalysis, analysis_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That analysis is no longer on this terminal's record.")
            return detail(s, user, row)

    def check_completion(self, user: CurrentUser, analysis_id: str) -> CompletionCheck:
        """What would stop the draft being signed, and the warnings to show first (never blocking)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = s.get(RoshAnalysis, analysis_id)
            common.own_draft(row, user, "analysis", for_writing=False)
            assert row is not None
            form = form_of(row)
            return CompletionCheck(
                tuple(completion_problems(form, sections_of(row))), tuple(warnings_for(s, row))
            )

    def start_draft(self, user: CurrentUser, prisoner_id: str) -> tuple[AnalysisDetail, ChangeSet]:
        """Open a new analysis for the sections the current signed screening requires, pre-filled
        from the previous signed analysis (its text is then checked for being copied forward)."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            p = common.prisoner(s, prisoner_id)
            reason = common.cannot_start(user, p, open_draft(s, prisoner_id), "analysis")
            if reason:
                raise ValidationError(reason)
            screening = current_signed(s, CompletedRoshScreening, prisoner_id)
            if screening is None:
                raise ValidationError(
                    "Sign a RoSH screening first: it says which sections the analysis needs."
                )
            if not screening.analysis_required:
                raise ValidationError(
                    "The current screening does not require a full analysis (every indicator No). "
                    "Correct the screening if that is no longer right."
                )
            sections = tuple(Section(x) for x in common.loads(screening.sections, []))
            previous = current_signed(s, CompletedRoshAnalysis, prisoner_id)
            form = form_of(previous) if previous is not None else AnalysisForm()
            row = RoshAnalysisDraft(
                prisoner_id=prisoner_id,
                author_id=user.user_id,
                author_name=user.display_name,
                screening_id=screening.id,
                sections=json.dumps([x.value for x in sections]),
                **_columns(form, sections),
            )
            uow.add(row, "rosh_analysis.draft_started")
            out = detail(s, user, row)
        return out, ChangeSet(frozenset({prisoner_id}), _DRAFT_ENTITIES)

    def supersede(self, user: CurrentUser, analysis_id: str) -> tuple[AnalysisDetail, ChangeSet]:
        """Correct (or rework) a signed analysis: a new draft copied from it that supersedes it when
        signed. Its sections follow the current screening (a corrected screening may need more)."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            old = s.get(CompletedRoshAnalysis, analysis_id)
            if old is None or old.deleted_at is not None:
                raise ValidationError("Only a signed analysis can be corrected.")
            p = common.prisoner(s, old.prisoner_id)
            reason = common.cannot_start(user, p, open_draft(s, old.prisoner_id), "analysis")
            if reason:
                raise ValidationError(reason)
            if current_signed(s, CompletedRoshAnalysis, old.prisoner_id) is not old:
                raise ValidationError("That analysis has already been superseded; correct the current one.")
            screening = current_signed(s, CompletedRoshScreening, old.prisoner_id)
            wanted = set(sections_of(old))
            if screening is not None:
                wanted |= {Section(x) for x in common.loads(screening.sections, [])}
            sections = tuple(x for x in Section if x in wanted)
            row = RoshAnalysisDraft(
                prisoner_id=old.prisoner_id,
                author_id=user.user_id,
                author_name=user.display_name,
                screening_id=screening.id if screening is not None else old.screening_id,
                supersedes_id=old.id,
                sections=json.dumps([x.value for x in sections]),
                **_columns(form_of(old), sections),
            )
            uow.add(row, "rosh_analysis.correction_started")
            out = detail(s, user, row)
        return out, ChangeSet(frozenset({old.prisoner_id}), _DRAFT_ENTITIES)

    def save_draft(
        self, user: CurrentUser, analysis_id: str, patch: AnalysisForm | Mapping[str, Any]
    ) -> tuple[AnalysisDetail, ChangeSet]:
        """Save the author's draft: a whole form or a mapping of fields to change."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            row = s.get(RoshAnalysis, analysis_id)
            common.own_draft(row, user, "analysis", for_writing=True)
            assert row is not None
            if isinstance(patch, AnalysisForm):
                form = patch
            else:
                unknown = sorted(set(patch) - {f.name for f in fields(AnalysisForm)})
                if unknown:
                    raise ValidationError(f"An analysis has no field(s) {', '.join(unknown)}.")
                form = replace(form_of(row), **patch)
            _validate(form)
            uow.update(row, "rosh_analysis.draft_saved", **_columns(form, sections_of(row)))
            out = detail(s, user, row)
        return out, ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def discard_draft(self, user: CurrentUser, analysis_id: str, reason: str = "") -> ChangeSet:
        """Throw away the author's draft (a tombstone)."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            row = uow.session.get(RoshAnalysis, analysis_id)
            common.own_draft(row, user, "analysis", for_writing=True)
            assert row is not None
            uow.tombstone(
                row, "rosh_analysis.draft_discarded", reason.strip() or "Draft discarded by its author."
            )
        return ChangeSet(frozenset({row.prisoner_id}), _DRAFT_ENTITIES)

    def sign(self, user: CurrentUser, analysis_id: str) -> tuple[AnalysisDetail, ChangeSet]:
        """Sign the author's draft into an immutable analysis (class A), then keep the prisoner's level,
        the tier and the RISK_OF_HARM_CHANGED event in step (see the module docstring)."""
        with self._ctx.write(user, Permission.ASSESS) as uow:
            s = uow.session
            draft = s.get(RoshAnalysis, analysis_id)
            common.own_draft(draft, user, "analysis", for_writing=True)
            assert draft is not None
            form, sections = form_of(draft), sections_of(draft)
            _validate(form)
            problems = completion_problems(form, sections)
            if problems:
                raise ValidationErrors([ValidationError(m, field=f) for f, m in problems])
            warnings = warnings_for(s, draft)
            previous = current_signed(s, CompletedRoshAnalysis, draft.prisoner_id)
            p = common.prisoner(s, draft.prisoner_id)
            old_level = previous.overall_level if previous is not None else p.rosh_level
            columns = _columns(form, sections)
            new_level: str | None = columns["overall_level"]
            record = CompletedRoshAnalysis(
                prisoner_id=draft.prisoner_id,
                author_id=draft.author_id,
                author_name=draft.author_name,
                supersedes_id=draft.supersedes_id,
                screening_id=draft.screening_id,
                sections=draft.sections,
                countersign_required=countersign_required(new_level, columns["child_protection_concerns"]),
                completion_warnings=json.dumps(warnings),
                completed_at=utcnow(),
                signed_by_id=user.user_id,
                signed_by_name=user.display_name,
                **columns,
            )
            uow.add(record, "rosh_analysis.signed")
            uow.tombstone(draft, "rosh_analysis.draft_signed", f"Signed as {record.id}.")
            entities = {"rosh_analysis", "rosh_analysis_draft"}
            if old_level != new_level:
                uow.add(
                    DomainEvent(
                        id=new_id(),
                        prisoner_id=record.prisoner_id,
                        kind=RISK_OF_HARM_CHANGED,
                        occurred_at=record.completed_at,
                        payload=json.dumps(
                            {
                                "source": "ANALYSIS_SIGNED",
                                "analysis_id": record.id,
                                "previous_analysis_id": previous.id if previous is not None else None,
                                "old": old_level,
                                "new": new_level,
                            },
                            sort_keys=True,
                        ),
                    ),
                    "domain_event.raised",
                )
                entities.add("domain_event")
            if p.rosh_level != new_level and new_level is not None:
                uow.update(p, "prisoner.rosh_level_from_analysis", rosh_level=new_level)
                entities.add("prisoner")
            s.flush()
            if recalculate_prisoner(s, record.prisoner_id):
                entities |= {"tier_derivation", "domain_event"}
            out = detail(s, user, record)
        return out, ChangeSet(frozenset({record.prisoner_id}), frozenset(entities))


def open_draft(s: Session, prisoner_id: str) -> RoshAnalysisDraft | None:
    """The prisoner's open analysis draft (one at a time), or None."""
    return s.scalars(
        select(RoshAnalysisDraft).where(
            RoshAnalysisDraft.prisoner_id == prisoner_id, RoshAnalysisDraft.deleted_at.is_(None)
        )
    ).first()


def warnings_for(s: Session, row: RoshAnalysis) -> list[str]:
    """Boiler-plate text, and text copied unchanged from the previous signed analysis (a correction
    or rework is meant to keep most of its text, so it is not checked for copying)."""
    form = form_of(row)
    sections = sections_of(row)
    out: list[str] = []
    asked = [n for n, (_, sec) in TEXT_FIELDS.items() if sec is None or sec in sections]
    stock = [f"{TEXT_FIELDS[n][0]}: {msg}" for n in asked if (msg := boilerplate_problem(getattr(form, n)))]
    stock += [
        f"evidence for {_key_label(k)}: {msg}"
        for k in LEVEL_KEYS
        if (msg := boilerplate_problem(form.evidence.get(k, "")))
    ]
    if stock:
        out.append(
            "Boiler-plate instead of analysis (seed 3.10): "
            + "; ".join(stock)
            + ". Say what applies to this prisoner."
        )
    if row.supersedes_id is None:
        previous = current_signed(s, CompletedRoshAnalysis, row.prisoner_id)
        if previous is not None and previous.id != row.id:
            before = form_of(previous)
            same = [
                TEXT_FIELDS[n][0]
                for n in asked
                if getattr(form, n).strip() and getattr(form, n).strip() == getattr(before, n).strip()
            ]
            if same:
                when = common.fmt(previous.completed_at or previous.created_at)
                out.append(
                    f"Text unchanged from the analysis signed on {when}: {', '.join(same)}. Check each still "
                    "describes the prisoner now (copied forward without updating)."
                )
    return out


def detail(s: Session, user: CurrentUser, row: RoshAnalysis) -> AnalysisDetail:
    """An analysis row as the screens see it."""
    form = form_of(row)
    signed = row.status != "DRAFT"
    superseded_by = None
    if signed:
        superseded_by = s.scalars(
            select(CompletedRoshAnalysis.id).where(
                CompletedRoshAnalysis.supersedes_id == row.id, CompletedRoshAnalysis.deleted_at.is_(None)
            )
        ).first()
    level = level_of(form)
    cp = form.child_protection_concerns
    return AnalysisDetail(
        analysis_id=row.id,
        prisoner_id=row.prisoner_id,
        status=row.status,
        author_id=row.author_id,
        author_name=row.author_name,
        form=form,
        sections=sections_of(row),
        overall_level=level,
        countersign_required=row.countersign_required if signed else countersign_required(level, cp),
        created_at=row.created_at,
        completed_at=row.completed_at,
        signed_by_name=row.signed_by_name,
        supersedes_id=row.supersedes_id,
        superseded_by_id=superseded_by,
        countersign=countersign_state(s, ANALYSIS, row.id) if signed else None,
        completion_warnings=tuple(common.loads(row.completion_warnings, [])),
        read_only_reason=common.read_only_reason(row, user, "analysis"),
    )
