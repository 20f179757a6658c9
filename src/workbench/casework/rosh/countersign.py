"""Countersigning and oversight of risk-of-harm work (issue 8 point 6; seed 4.9).

Inspectors found manager oversight of High and Very High RoSH work insufficient in 59% of cases. A
signed screening, analysis or plan that needs it (``countersign_required``, fixed when signed) waits in
the OMU manager's queue, oldest first, until a manager countersigns it or returns it for rework with
comments. The decision is its own class A ``Countersignature`` row: the signed record never changes. A
returned record stays current until its author's rework — a new record superseding it — is signed.

:func:`countersign_state` is the one answer to "where does this record stand?"; the plan's service
(helper "rmp") calls it too.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.rosh import (
    ANALYSIS,
    PLAN,
    RECORD_KINDS,
    SCREENING,
    CountersignState,
    CountersignStatus,
    QueueItem,
    RecordView,
)
from workbench.casework.guards import editable_prisoner
from workbench.casework.rosh.common import fmt, loads
from workbench.casework.validation import check_text, clean_paragraphs
from workbench.domain.enums import RoshLevel
from workbench.domain.errors import PermissionDenied, ValidationError
from workbench.domain.rmp import MeasureCategory
from workbench.domain.rosh import Answer, Group, Section, indicator, screening_countersign_reasons
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner
from workbench.store.rosh_models import (
    CompletedRiskManagementPlan,
    CompletedRoshAnalysis,
    CompletedRoshScreening,
    Countersignature,
)
from workbench.store.unit_of_work import utcnow

COUNTERSIGNED = "COUNTERSIGNED"
RETURNED = "RETURNED"

_MODELS: dict[str, Any] = {
    SCREENING: CompletedRoshScreening,
    ANALYSIS: CompletedRoshAnalysis,
    PLAN: CompletedRiskManagementPlan,
}


def _latest_decision(session: Session, entity: str, record_id: str) -> Countersignature | None:
    return session.scalars(
        select(Countersignature)
        .where(
            Countersignature.record_entity == entity,
            Countersignature.record_id == record_id,
            Countersignature.deleted_at.is_(None),
        )
        .order_by(Countersignature.decided_at.desc(), Countersignature.id.desc())
        .limit(1)
    ).first()


def countersign_state(session: Session, entity: str, record_id: str) -> CountersignState:
    """Whether the signed record ``entity``/``record_id`` needs no countersignature, awaits one, was
    countersigned or was returned for rework (with the manager and comments).

    ``entity`` is ``rosh_screening``, ``rosh_analysis`` or ``risk_management_plan``; an unknown entity or
    record raises ``ValidationError``.
    """
    model = _MODELS.get(entity)
    if model is None:
        raise ValidationError(f"{entity!r} is not a record a manager countersigns.")
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("That signed record is no longer on this terminal's record.")
    return _state(session, entity, row)


def _state(session: Session, entity: str, row: Any) -> CountersignState:
    decision = _latest_decision(session, entity, row.id)
    if decision is not None:
        status = (
            CountersignStatus.COUNTERSIGNED
            if decision.decision == COUNTERSIGNED
            else CountersignStatus.RETURNED
        )
        return CountersignState(status, decision.manager_name, decision.decided_at, decision.comments)
    if not row.countersign_required:
        return CountersignState(CountersignStatus.NOT_REQUIRED)
    return CountersignState(CountersignStatus.AWAITING)


def _awaiting(entity: str) -> Any:
    """The condition on ``entity``'s model for "awaiting a decision": countersignature required, no
    decision recorded, not superseded by a later signed record, not deleted."""
    model = _MODELS[entity]
    later = aliased(model)
    # Uncorrelated IN (…): SQLite works each list out once. A correlated EXISTS on supersedes_id (not
    # indexed) scanned the table once per record: minutes for the caseload of 20,000 prisoners.
    superseded = model.id.in_(
        select(later.supersedes_id).where(later.supersedes_id.is_not(None), later.deleted_at.is_(None))
    )
    decided = model.id.in_(
        select(Countersignature.record_id).where(
            Countersignature.record_entity == entity, Countersignature.deleted_at.is_(None)
        )
    )
    return and_(model.countersign_required, model.deleted_at.is_(None), ~superseded, ~decided)


def _awaiting_rows(session: Session, entity: str) -> list[Any]:
    """Signed records of one kind awaiting a decision."""
    return list(session.scalars(select(_MODELS[entity]).where(_awaiting(entity))))


def awaiting_prisoner_ids(session: Session) -> frozenset[str]:
    """Every prisoner with at least one signed record awaiting countersignature (the caseload filter)."""
    ids: set[str] = set()
    for entity, model in _MODELS.items():
        ids.update(session.scalars(select(model.prisoner_id).where(_awaiting(entity))))
    return frozenset(ids)


def _why(entity: str, row: Any) -> str:
    """Why the record needs a countersignature, in a few words for the queue."""
    if entity == SCREENING:
        return "; ".join(screening_countersign_reasons(loads(row.answers, {}))) or "countersignature required"
    level = RoshLevel(row.overall_level).label if row.overall_level else "no level"
    if entity == ANALYSIS and row.child_protection_concerns:
        return f"{level}; child-protection concerns"
    return level


class CountersignService:
    """The OMU manager's countersigning queue and decisions (seed 4.9)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def queue(self, user: CurrentUser) -> tuple[QueueItem, ...]:
        """Every signed screening, analysis and plan awaiting a decision, oldest first."""
        require(user.role, Permission.COUNTERSIGN)
        with self._ctx.store.read() as s:
            rows = [(e, r) for e in _MODELS for r in _awaiting_rows(s, e)]
            people = {
                p.id: p
                for p in s.scalars(select(Prisoner).where(Prisoner.id.in_({r.prisoner_id for _, r in rows})))
            }
            items = [
                QueueItem(
                    entity=e,
                    record_id=r.id,
                    prisoner_id=r.prisoner_id,
                    prisoner_name=f"{people[r.prisoner_id].family_name}, {people[r.prisoner_id].given_name}",
                    noms_number=people[r.prisoner_id].noms_number,
                    signed_by_name=r.signed_by_name or r.author_name,
                    signed_at=r.completed_at or r.created_at,
                    why=_why(e, r),
                    supersedes_id=r.supersedes_id,
                )
                for e, r in rows
                if r.prisoner_id in people and people[r.prisoner_id].deleted_at is None
            ]
        return tuple(sorted(items, key=lambda i: (i.signed_at, i.record_id)))

    def count(self, user: CurrentUser) -> int:
        """How many records await a decision (the menu entry's count)."""
        return len(self.queue(user))

    def state(self, user: CurrentUser, entity: str, record_id: str) -> CountersignState:
        """:func:`countersign_state` for a screen."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            return countersign_state(s, entity, record_id)

    def view(self, user: CurrentUser, entity: str, record_id: str) -> RecordView:
        """The signed record in full, for reading before deciding (managers only: a plan may hold
        restricted public-protection detail that other roles must not read)."""
        require(user.role, Permission.COUNTERSIGN)
        with self._ctx.store.read() as s:
            state = countersign_state(s, entity, record_id)
            row = s.get(_MODELS[entity], record_id)
            assert row is not None  # countersign_state checked it
            when = fmt(row.completed_at or row.created_at)
            title = f"{RECORD_KINDS[entity]} signed by {row.signed_by_name} on {when}"
            return RecordView(entity, record_id, title, tuple(_parts(entity, row)), state)

    def countersign(self, user: CurrentUser, entity: str, record_id: str, comments: str = "") -> ChangeSet:
        """Countersign a record awaiting a decision (comments optional)."""
        return self._decide(user, entity, record_id, COUNTERSIGNED, comments)

    def return_for_rework(self, user: CurrentUser, entity: str, record_id: str, comments: str) -> ChangeSet:
        """Return a record to its author for rework; the comments (required) say what to change."""
        return self._decide(user, entity, record_id, RETURNED, comments)

    def _decide(
        self, user: CurrentUser, entity: str, record_id: str, decision: str, comments: str
    ) -> ChangeSet:
        problem = check_text(comments, "comments", "comments for the author", required=decision == RETURNED)
        if problem is not None:
            if decision == RETURNED and not clean_paragraphs(comments):
                problem = ValidationError(
                    "Say what needs reworking: returning a record needs comments for its author.",
                    field="comments",
                )
            raise problem
        with self._ctx.write(user, Permission.COUNTERSIGN) as uow:
            s = uow.session
            state = countersign_state(s, entity, record_id)
            row = s.get(_MODELS[entity], record_id)
            assert row is not None
            # The decision is case data of that prisoner: not for one who has left this caseload.
            editable_prisoner(s, row.prisoner_id)
            if state.status is not CountersignStatus.AWAITING:
                raise ValidationError(
                    f"This {RECORD_KINDS[entity].lower()} is not awaiting countersignature "
                    f"({state.describe()})."
                )
            if row.signed_by_id == user.user_id:
                raise PermissionDenied(
                    "You signed this record yourself; another manager must countersign it "
                    "(seed 4.9: oversight)."
                )
            uow.add(
                Countersignature(
                    prisoner_id=row.prisoner_id,
                    record_entity=entity,
                    record_id=record_id,
                    decision=decision,
                    comments=clean_paragraphs(comments),
                    manager_id=user.user_id,
                    manager_name=user.display_name,
                    decided_at=utcnow(),
                ),
                "countersignature.countersigned"
                if decision == COUNTERSIGNED
                else "countersignature.returned",
            )
        return ChangeSet(frozenset({row.prisoner_id}), frozenset({"countersignature", entity}))


def _level_word(value: str | None) -> str:
    return RoshLevel(value).label if value else "not set"


def _parts(entity: str, row: Any) -> list[tuple[str, str]]:
    """The record as (heading, text), in the order of its form."""
    if entity == SCREENING:
        answers = loads(row.answers, {})
        lines = [f"{indicator(c).question}: {Answer(a).label}" for c, a in answers.items() if a != Answer.NO]
        sections = ", ".join(Section(x).label for x in loads(row.sections, []))
        return [
            ("Indicators answered Yes or Don't know", "\n".join(lines) or "Every indicator answered No."),
            ("Full analysis required", ("Yes: " + sections) if row.analysis_required else "No"),
            ("Assessor asked for a full analysis", "Yes" if row.assessor_requests else "No"),
            ("Sources of information", row.sources),
            ("Notes", row.notes),
        ]
    if entity == ANALYSIS:
        evidence = loads(row.level_evidence, {})
        levels = []
        for where, groups in (
            ("custody", list(Group)),
            ("community", [g for g in Group if g is not Group.PRISONERS]),
        ):
            for g in groups:
                key = f"{where}.{g.value}"
                value = getattr(row, f"{where}_{g.value}")
                if value:
                    levels.append(
                        f"{where.title()} — {g.label}: {_level_word(value)}. {evidence.get(key, '')}"
                    )
        return [
            ("Overall level", _level_word(row.overall_level)),
            ("Previous offending", row.previous_offending),
            ("Current offending", row.current_offending),
            ("Who is at risk", row.who_is_at_risk),
            ("Nature of the risk", row.nature_of_risk),
            ("When the risk is greatest", row.when_risk_greatest),
            ("What increases the risk", row.increases_risk),
            ("What decreases the risk", row.decreases_risk),
            ("Protective factors", row.protective_factors),
            ("Levels and evidence", "\n".join(levels)),
            (
                "Risk to children",
                row.risk_to_children
                + ("\nChild-protection concerns." if row.child_protection_concerns else ""),
            ),
            ("Risk to self", row.risk_to_self),
            ("Other custody risks", row.custody_risks),
        ]
    measures = loads(row.measures, [])
    text = "\n\n".join(_measure_text(m) for m in measures if isinstance(m, dict))
    review = fmt(row.review_date) if row.review_date else "not set"
    return [("Overall level", _level_word(row.overall_level)), ("Measures", text), ("Review date", review)]


def _measure_text(m: dict[str, Any]) -> str:
    """One plan measure as the manager reads it: the heading, what, who and by when, the response."""
    raw = str(m.get("category", ""))
    heading = MeasureCategory(raw).label if raw in set(MeasureCategory) else raw
    by_when = str(m.get("by_when") or "") or "no date"
    with contextlib.suppress(ValueError):  # a date stored as typed is shown as it is
        by_when = fmt(date.fromisoformat(by_when))
    who = (
        ", ".join(x for x in (str(m.get("role") or ""), str(m.get("named_person") or "")) if x)
        or "no one named"
    )
    restricted = " (restricted)" if m.get("restricted") else ""
    return (
        f"{heading}{restricted}: {m.get('measure', '')}\n"
        f"    Who: {who} · by {by_when}\n    Planned response: {m.get('response') or 'none given'}"
    )


__all__ = ["CountersignService", "awaiting_prisoner_ids", "countersign_state"]
