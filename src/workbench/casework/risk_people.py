"""Children at risk, identifiable victims and MAPPA status (issue 8 point 5; seed 3.12, 4.8).

Each is a class B row kept up to date as the case goes on (merged per field when terminals sync). What
they require of the plan — a child-protection objective, in-prison measures, victim safety planning, a
victim liaison contact, a MAPPA review date — is listed by :func:`people_required_items`, the one
Qt-free function the risk management plan and the next issue's quality rules read.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.assessment.recalculation import recalculate_prisoner
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.rmp import (
    ChildConcernForm,
    ChildConcernRecord,
    MappaForm,
    PeopleOverview,
    VictimForm,
    VictimRecord,
)
from workbench.casework.guards import editable_prisoner
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.rmp import PeopleFacts, RequiredItem, required_items
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.child_victim_models import (
    CHILD_PROTECTION_STATUSES,
    VICTIM_AWARENESS,
    ChildConcern,
    Victim,
)
from workbench.store.models import Prisoner
from workbench.store.rosh_models import MappaStatus

_Row = TypeVar("_Row", ChildConcern, Victim)
_CHILD = frozenset({"child_concern"})
_VICTIM = frozenset({"victim"})
_MAPPA = frozenset({"mappa_status"})


def _children(s: Session, prisoner_id: str) -> list[ChildConcern]:
    return list(
        s.scalars(
            select(ChildConcern)
            .where(ChildConcern.prisoner_id == prisoner_id, ChildConcern.deleted_at.is_(None))
            .order_by(ChildConcern.created_at, ChildConcern.id)
        )
    )


def _victims(s: Session, prisoner_id: str) -> list[Victim]:
    return list(
        s.scalars(
            select(Victim)
            .where(Victim.prisoner_id == prisoner_id, Victim.deleted_at.is_(None))
            .order_by(Victim.created_at, Victim.id)
        )
    )


def _mappa(s: Session, prisoner_id: str) -> MappaStatus | None:
    return s.scalars(
        select(MappaStatus)
        .where(MappaStatus.prisoner_id == prisoner_id, MappaStatus.deleted_at.is_(None))
        .order_by(MappaStatus.updated_at.desc(), MappaStatus.id.desc())
        .limit(1)
    ).first()


def people_required_items(s: Session, prisoner_id: str) -> tuple[tuple[RequiredItem, str], ...]:
    """What the prisoner's children at risk, victims and MAPPA status require, each with its reason.

    E.g. a child-protection concern → a child-protection objective; an identifiable victim → victim
    safety planning in the risk management plan (``domain.rmp.required_items``).
    """
    children = _children(s, prisoner_id)
    protection = [c for c in children if c.child_protection_status != "NONE"]
    victims = _victims(s, prisoner_id)
    mappa = _mappa(s, prisoner_id)
    return required_items(
        PeopleFacts(
            children_at_risk=len(children),
            child_protection_concerns=len(protection),
            children_without_measures=sum(
                1
                for c in protection
                if not any(v.strip() for v in (c.visits_measure, c.phone_measure, c.mail_measure))
            ),
            identifiable_victims=len(victims),
            victims_without_liaison=sum(1 for v in victims if not v.liaison_contact.strip()),
            mappa_level=mappa.level if mappa else None,
            mappa_next_review=mappa.next_review_date if mappa else None,
        )
    )


class RiskPeopleService:
    """Record and read the children at risk, the victims and the MAPPA status of a prisoner."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def overview(self, user: CurrentUser, prisoner_id: str) -> PeopleOverview:
        """Children, victims, MAPPA and the items they require of the plan."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            children = tuple(_child_record(c) for c in _children(s, prisoner_id))
            victims = tuple(_victim_record(v) for v in _victims(s, prisoner_id))
            mappa = _mappa(s, prisoner_id)
            items = people_required_items(s, prisoner_id)
        return PeopleOverview(
            prisoner_id=prisoner_id,
            children=children,
            victims=victims,
            mappa=_mappa_form(mappa) if mappa else None,
            mappa_recorded_by=mappa.recorded_by if mappa else "",
            can_edit=allows(user.role, Permission.PLAN_RISK),
            required_items=items,
        )

    # -- children ---------------------------------------------------------------------------------------

    def save_child(
        self, user: CurrentUser, prisoner_id: str, form: ChildConcernForm, child_id: str | None = None
    ) -> tuple[ChildConcernRecord, ChangeSet]:
        """Add a child at risk (``child_id`` None) or change one; only changed fields are recorded."""
        values = _child_values(form)
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            s = uow.session
            _prisoner(s, prisoner_id)
            if child_id is None:
                row = ChildConcern(prisoner_id=prisoner_id, recorded_by=user.display_name, **values)
                uow.add(row, "child_concern.recorded")
            else:
                row = _live(s, ChildConcern, child_id, prisoner_id, "child")
                uow.update(row, "child_concern.changed", recorded_by=user.display_name, **values)
            record = _child_record(row)
        return record, ChangeSet(frozenset({prisoner_id}), _CHILD)

    def remove_child(self, user: CurrentUser, prisoner_id: str, child_id: str, reason: str) -> ChangeSet:
        """Take a child off the list (kept as a tombstone with the reason)."""
        return self._remove(user, ChildConcern, prisoner_id, child_id, reason, "child", _CHILD)

    # -- victims ----------------------------------------------------------------------------------------

    def save_victim(
        self, user: CurrentUser, prisoner_id: str, form: VictimForm, victim_id: str | None = None
    ) -> tuple[VictimRecord, ChangeSet]:
        """Add an identifiable victim (``victim_id`` None) or change one."""
        values = _victim_values(form)
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            s = uow.session
            _prisoner(s, prisoner_id)
            if victim_id is None:
                row = Victim(prisoner_id=prisoner_id, recorded_by=user.display_name, **values)
                uow.add(row, "victim.recorded")
            else:
                row = _live(s, Victim, victim_id, prisoner_id, "victim")
                uow.update(row, "victim.changed", recorded_by=user.display_name, **values)
            record = _victim_record(row)
        return record, ChangeSet(frozenset({prisoner_id}), _VICTIM)

    def remove_victim(self, user: CurrentUser, prisoner_id: str, victim_id: str, reason: str) -> ChangeSet:
        """Take a victim off the list (kept as a tombstone with the reason)."""
        return self._remove(user, Victim, prisoner_id, victim_id, reason, "victim", _VICTIM)

    # -- MAPPA ------------------------------------------------------------------------------------------

    def save_mappa(self, user: CurrentUser, prisoner_id: str, form: MappaForm) -> tuple[MappaForm, ChangeSet]:
        """Record the MAPPA category, level and review dates (one current row per prisoner)."""
        errors: list[ValidationError] = []
        for value, field, label in (
            (form.category, "category", "MAPPA category"),
            (form.level, "level", "MAPPA level"),
        ):
            if value is not None and value not in (1, 2, 3):
                errors.append(ValidationError(f"The {label} is 1, 2 or 3 (or not set).", field=field))
        if (form.category is None) != (form.level is None):
            errors.append(
                ValidationError("Give both the MAPPA category and level, or neither.", field="level")
            )
        for d, field, label in (
            (form.last_review_date, "last_review_date", "last review date"),
            (form.next_review_date, "next_review_date", "next review date"),
        ):
            error = check_not_too_early(d, field, label)
            if error:
                errors.append(error)
        if form.last_review_date and form.last_review_date > self._ctx.today():
            errors.append(ValidationError("The last review date is in the future.", field="last_review_date"))
        if form.last_review_date and form.next_review_date and form.next_review_date < form.last_review_date:
            errors.append(
                ValidationError("The next review cannot be before the last review.", field="next_review_date")
            )
        error = check_text(form.notes, "notes", "MAPPA notes", required=False)
        if error:
            errors.append(error)
        if errors:
            raise ValidationErrors(errors)
        values = {
            "category": form.category,
            "level": form.level,
            "last_review_date": form.last_review_date,
            "next_review_date": form.next_review_date,
            "notes": clean_paragraphs(form.notes),
            "recorded_by": user.display_name,
        }
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            s = uow.session
            _prisoner(s, prisoner_id)
            row = _mappa(s, prisoner_id)
            if row is None:
                row = MappaStatus(prisoner_id=prisoner_id, **values)
                uow.add(row, "mappa_status.recorded")
            else:
                uow.update(row, "mappa_status.changed", **values)
            saved = _mappa_form(row)
            # The tier's MAPPA input is this row (issue 8): derive the prisoner's tier again at once.
            s.flush()
            entities = (
                _MAPPA | {"tier_derivation", "domain_event"}
                if recalculate_prisoner(s, prisoner_id)
                else _MAPPA
            )
        return saved, ChangeSet(frozenset({prisoner_id}), entities)

    def _remove(
        self,
        user: CurrentUser,
        model: type[ChildConcern] | type[Victim],
        prisoner_id: str,
        row_id: str,
        reason: str,
        noun: str,
        entities: frozenset[str],
    ) -> ChangeSet:
        error = check_text(reason, "reason", f"reason for removing this {noun}", required=True)
        if error:
            raise error
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            _prisoner(uow.session, prisoner_id)
            row: ChildConcern | Victim = (
                _live(uow.session, ChildConcern, row_id, prisoner_id, noun)
                if model is ChildConcern
                else _live(uow.session, Victim, row_id, prisoner_id, noun)
            )
            uow.tombstone(row, f"{model.__entity__}.removed", clean_paragraphs(reason))
        return ChangeSet(frozenset({prisoner_id}), entities)


def _prisoner(s: Session, prisoner_id: str) -> Prisoner:
    """The prisoner, if their case may be changed here (issue 11 point 5: the one guard says why not)."""
    return editable_prisoner(s, prisoner_id)


def _live(s: Session, model: type[_Row], row_id: str, prisoner_id: str, noun: str) -> _Row:
    row = s.get(model, row_id)
    if row is None or row.deleted_at is not None or row.prisoner_id != prisoner_id:
        raise ValidationError(f"That {noun} is no longer on this prisoner's record.")
    return row


def _child_values(form: ChildConcernForm) -> dict[str, object]:
    errors = [
        e
        for e in (
            check_text(
                form.child, "child", "child's name or description", required=True, limit=120, multiline=False
            ),
            check_text(
                form.relationship, "relationship", "relationship", required=False, limit=120, multiline=False
            ),
            check_text(form.contact, "contact", "contact", required=False),
            check_text(form.visits_measure, "visits_measure", "visits measure", required=False),
            check_text(form.phone_measure, "phone_measure", "phone measure", required=False),
            check_text(form.mail_measure, "mail_measure", "mail measure", required=False),
            check_text(form.notes, "notes", "notes", required=False),
        )
        if e
    ]
    if form.child_protection_status not in CHILD_PROTECTION_STATUSES:
        errors.append(ValidationError("Choose the child-protection status.", field="child_protection_status"))
    if errors:
        raise ValidationErrors(errors)
    return {
        "child": clean_line(form.child),
        "relationship": clean_line(form.relationship),
        "contact": clean_paragraphs(form.contact),
        "known_to_childrens_services": form.known_to_childrens_services,
        "child_protection_status": form.child_protection_status,
        "visits_measure": clean_paragraphs(form.visits_measure),
        "phone_measure": clean_paragraphs(form.phone_measure),
        "mail_measure": clean_paragraphs(form.mail_measure),
        "notes": clean_paragraphs(form.notes),
    }


def _victim_values(form: VictimForm) -> dict[str, object]:
    errors = [
        e
        for e in (
            check_text(
                form.victim,
                "victim",
                "victim's name or description",
                required=True,
                limit=120,
                multiline=False,
            ),
            check_text(
                form.relationship, "relationship", "relationship", required=False, limit=120, multiline=False
            ),
            check_text(
                form.liaison_contact,
                "liaison_contact",
                "victim liaison contact",
                required=False,
                limit=200,
                multiline=False,
            ),
            check_text(
                form.victim_awareness_notes,
                "victim_awareness_notes",
                "victim-awareness notes",
                required=False,
            ),
            check_text(form.notes, "notes", "notes", required=False),
        )
        if e
    ]
    if form.victim_awareness not in VICTIM_AWARENESS:
        errors.append(ValidationError("Choose the victim-awareness work.", field="victim_awareness"))
    if errors:
        raise ValidationErrors(errors)
    return {
        "victim": clean_line(form.victim),
        "relationship": clean_line(form.relationship),
        "liaison_contact": clean_line(form.liaison_contact),
        "victim_awareness": form.victim_awareness,
        "victim_awareness_notes": clean_paragraphs(form.victim_awareness_notes),
        "notes": clean_paragraphs(form.notes),
    }


def _child_record(row: ChildConcern) -> ChildConcernRecord:
    return ChildConcernRecord(
        child_id=row.id,
        form=ChildConcernForm(
            child=row.child,
            relationship=row.relationship,
            contact=row.contact,
            known_to_childrens_services=row.known_to_childrens_services,
            child_protection_status=row.child_protection_status,
            visits_measure=row.visits_measure,
            phone_measure=row.phone_measure,
            mail_measure=row.mail_measure,
            notes=row.notes,
        ),
        recorded_by=row.recorded_by,
        updated_at=row.updated_at,
    )


def _victim_record(row: Victim) -> VictimRecord:
    return VictimRecord(
        victim_id=row.id,
        form=VictimForm(
            victim=row.victim,
            relationship=row.relationship,
            liaison_contact=row.liaison_contact,
            victim_awareness=row.victim_awareness,
            victim_awareness_notes=row.victim_awareness_notes,
            notes=row.notes,
        ),
        recorded_by=row.recorded_by,
        updated_at=row.updated_at,
    )


def _mappa_form(row: MappaStatus) -> MappaForm:
    return MappaForm(
        category=row.category,
        level=row.level,
        last_review_date=row.last_review_date,
        next_review_date=row.next_review_date,
        notes=row.notes,
    )


def mappa_review_due(form: MappaForm | None, today: date) -> bool:
    """Whether a MAPPA review date has passed (for the case page's warning)."""
    return bool(form and form.next_review_date and form.next_review_date < today)
