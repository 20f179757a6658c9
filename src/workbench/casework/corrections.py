"""Correcting a prisoner's details after reception: PPO status, RoSH level, location, sentence, key dates.

Reception records what is known on the day; what is learnt later (PPO status confirmed by the police, a
recalculated release date, a cell move) is corrected here, with a reason. One call is one transaction:
the changed fields of the prisoner and sentence rows (class B, merged per field on the central record),
a ``prisoner_correction`` history row (class A) naming the fields, their old and new values, who and why,
and the audit events and outbox changes the unit of work writes for each. Scope, release date and due
items are not stored: the caseload and case page derive them from the rows, so they follow at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.caseload import CorrectionRecord
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.guards import editable_prisoner
from workbench.casework.key_dates import KEY_FACT_FIELDS
from workbench.casework.reception import validate_reception
from workbench.casework.validation import check_text
from workbench.domain.enums import Gender, RoshLevel, SentenceType
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner, PrisonerCorrection, Sentence


class Keep(Enum):
    """Marks a field the correction leaves as it is (None means "clear it", so it cannot)."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP
_Kept = Literal[Keep.KEEP]

MIN_REASON_WORDS = 3
MAX_REASON = 2_000

# Fields of the prisoner row and of the current sentence row a correction may change, with the label
# a person reads in messages and in the history. Identity (NOMS number, names, date of birth, gender)
# is not corrected here: a wrong identity is a different person's record.
PRISONER_FIELDS: Final[dict[str, str]] = {
    "is_ppo": "PPO status",
    "rosh_level": "RoSH level",
    "location": "location",
}
SENTENCE_FIELDS: Final[dict[str, str]] = {
    "sentence_type": "sentence type",
    "sentence_date": "sentence date",
    "length_days": "sentence length",
    "parole_eligibility_date": "PED",
    "home_detention_curfew_eligibility_date": "HDCED",
    "conditional_release_date": "CRD",
    "tariff_date": "tariff date",
    "sentence_expiry_date": "SED/TED",
    "licence_expiry_date": "LED",
    **KEY_FACT_FIELDS,  # -- key dates (issue 10) --
}
FIELD_LABELS: Final[dict[str, str]] = {**PRISONER_FIELDS, **SENTENCE_FIELDS}


@dataclass(frozen=True, slots=True)
class DetailsCorrection:
    """What to correct: each field given a value changes; fields left at ``KEEP`` stay as they are.

    ``None`` clears a field that may be empty (PPO status "not known", a key date that does not apply).
    """

    is_ppo: bool | _Kept | None = KEEP
    rosh_level: RoshLevel | _Kept | None = KEEP
    location: str | _Kept = KEEP
    sentence_type: SentenceType | _Kept = KEEP
    sentence_date: date | _Kept | None = KEEP
    length_days: int | _Kept | None = KEEP
    parole_eligibility_date: date | _Kept | None = KEEP
    home_detention_curfew_eligibility_date: date | _Kept | None = KEEP
    conditional_release_date: date | _Kept | None = KEEP
    tariff_date: date | _Kept | None = KEEP
    sentence_expiry_date: date | _Kept | None = KEEP
    licence_expiry_date: date | _Kept | None = KEEP
    # -- key dates (issue 10, casework/key_dates.py) --
    automatic_release_date: date | _Kept | None = KEEP
    target_hearing_date: date | _Kept | None = KEEP
    categorisation_review_date: date | _Kept | None = KEEP
    open_conditions_date: date | _Kept | None = KEEP
    open_conditions_since: date | _Kept | None = KEEP
    open_prison_arrival_date: date | _Kept | None = KEEP
    early_allocation: bool | _Kept | None = KEEP

    def given(self) -> dict[str, Any]:
        """The fields given a value (not ``KEEP``), by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not KEEP}


def _stored(name: str, value: Any) -> Any:
    """A correction value as the row column holds it (enums as their value, text stripped)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return value.strip()
    return value


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def check_reason(reason: str) -> ValidationError | None:
    """A correction's reason: required, a few words at least, at most ``MAX_REASON`` characters."""
    err = check_text(reason, "reason", "reason for the correction", required=True, limit=MAX_REASON)
    if err is not None:
        return err
    if len(reason.split()) < MIN_REASON_WORDS:
        return ValidationError(
            f"Say why in a few words (at least {MIN_REASON_WORDS}), e.g. “PPO status confirmed by police”.",
            field="reason",
        )
    return None


def _as_reception(prisoner: Prisoner, sentence: Sentence | None, values: dict[str, Any]) -> ReceptionRequest:
    """The prisoner as a reception request with the corrected values, so reception's rules check it."""
    current: dict[str, Any] = {
        name: getattr(sentence, name) if sentence is not None else None for name in SENTENCE_FIELDS
    }
    current.update(is_ppo=prisoner.is_ppo, rosh_level=prisoner.rosh_level, location=prisoner.location)
    current.update(values)
    stype = current.pop("sentence_type")
    rosh = current.pop("rosh_level")
    return ReceptionRequest(
        noms_number=prisoner.noms_number,
        family_name=prisoner.family_name,
        given_name=prisoner.given_name,
        date_of_birth=prisoner.date_of_birth,
        gender=Gender(prisoner.gender),
        received_on=prisoner.arrived_on,
        sentence_type=SentenceType(stype) if stype else None,
        rosh_level=RoshLevel(rosh) if rosh else None,
        **current,
    )


def validate_correction(
    prisoner: Prisoner, sentence: Sentence | None, changed: dict[str, Any], today: date
) -> list[ValidationError]:
    """Every problem with the corrected details, by the same rules as reception.

    Only problems with correctable fields are reported: identity is not changed here, so a problem
    there (a rule tightened since reception) must not block a correction. The sentence is checked as
    a whole (its dates in order) only when a sentence field is corrected.
    """
    req = _as_reception(prisoner, sentence, changed)
    _, problems = validate_reception(req, today)
    wanted = set(PRISONER_FIELDS) & set(changed)
    if set(SENTENCE_FIELDS) & set(changed):
        wanted |= set(SENTENCE_FIELDS)
    return [e for e in problems if e.field in wanted]


class CorrectionService:
    """Correct a prisoner's details after reception, with a reason; read the correction history."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def correct(
        self, user: CurrentUser, prisoner_id: str, correction: DetailsCorrection, reason: str
    ) -> tuple[CorrectionRecord, ChangeSet]:
        """Write the fields that really change, the history row, audit events and outbox changes.

        Raises ``ValidationErrors`` naming every problem at once (fields by name, "reason" for the
        reason), including when nothing would change.
        """
        require(user.role, Permission.RECEIVE_PRISONER)
        given = {name: _stored(name, value) for name, value in correction.given().items()}
        errors: list[ValidationError] = []
        reason_error = check_reason(reason)
        with self._ctx.write(user, Permission.RECEIVE_PRISONER) as uow:
            s = uow.session
            prisoner = editable_prisoner(s, prisoner_id)
            sentence = s.scalars(
                select(Sentence).where(
                    Sentence.prisoner_id == prisoner_id, Sentence.is_current, Sentence.deleted_at.is_(None)
                )
            ).first()
            changed = {
                name: value
                for name, value in given.items()
                if value
                != (getattr(prisoner, name) if name in PRISONER_FIELDS else getattr(sentence, name, None))
            }
            if not changed:
                errors.append(
                    ValidationError(
                        "Nothing has been changed: change at least one detail, or cancel.", code="unchanged"
                    )
                )
            else:
                sentenced = changed.get("sentence_type", sentence.sentence_type if sentence else None)
                if set(SENTENCE_FIELDS) & set(changed) and sentenced is None:
                    errors.append(ValidationError("Choose the sentence type first.", field="sentence_type"))
                errors.extend(validate_correction(prisoner, sentence, changed, self._ctx.today()))
            if reason_error is not None:
                errors.append(reason_error)
            if errors:
                raise ValidationErrors(errors)

            before = {
                name: _json_value(
                    getattr(prisoner, name) if name in PRISONER_FIELDS else getattr(sentence, name, None)
                )
                for name in changed
            }
            entities = {"prisoner_correction"}
            on_prisoner = {k: v for k, v in changed.items() if k in PRISONER_FIELDS}
            on_sentence = {k: v for k, v in changed.items() if k in SENTENCE_FIELDS}
            if on_prisoner:
                uow.update(prisoner, "prisoner.corrected", **on_prisoner)
                entities.add("prisoner")
            if on_sentence:
                if sentence is None:
                    uow.add(
                        Sentence(prisoner_id=prisoner_id, is_current=True, **on_sentence), "sentence.recorded"
                    )
                else:
                    uow.update(sentence, "sentence.corrected", **on_sentence)
                entities.add("sentence")
            names = tuple(name for name in FIELD_LABELS if name in changed)
            row = uow.add(
                PrisonerCorrection(
                    prisoner_id=prisoner_id,
                    corrected_on=self._ctx.today(),
                    changes=json.dumps(
                        {name: [before[name], _json_value(changed[name])] for name in names}, sort_keys=True
                    ),
                    reason=" ".join(reason.split()),
                    author_id=user.user_id,
                    author_name=user.display_name,
                ),
                "prisoner.details_corrected",
            )
            record = _record(row)
        return record, ChangeSet(frozenset({prisoner_id}), frozenset(entities))

    def history(self, user: CurrentUser, prisoner_id: str) -> tuple[CorrectionRecord, ...]:
        """The prisoner's corrections, newest first (from every terminal, once synced)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            return correction_history(s, prisoner_id)


def correction_history(session: Session, prisoner_id: str) -> tuple[CorrectionRecord, ...]:
    """The prisoner's corrections, newest first (the case page shows them with the key dates)."""
    rows = session.scalars(
        select(PrisonerCorrection)
        .where(PrisonerCorrection.prisoner_id == prisoner_id, PrisonerCorrection.deleted_at.is_(None))
        .order_by(PrisonerCorrection.corrected_on.desc(), PrisonerCorrection.created_at.desc())
    ).all()
    return tuple(_record(r) for r in rows)


def _record(row: PrisonerCorrection) -> CorrectionRecord:
    raw = json.loads(row.changes or "{}")
    changes = {name: (pair[0], pair[1]) for name, pair in raw.items()} if isinstance(raw, dict) else {}
    order = list(FIELD_LABELS)
    names = tuple(sorted(changes, key=lambda n: order.index(n) if n in order else len(order)))
    return CorrectionRecord(
        correction_id=row.id,
        prisoner_id=row.prisoner_id,
        corrected_on=row.corrected_on,
        author_name=row.author_name,
        fields=names,
        field_labels=tuple(FIELD_LABELS.get(n, n) for n in names),
        reason=row.reason,
        changes=changes,
    )


__all__ = [
    "FIELD_LABELS",
    "KEEP",
    "CorrectionService",
    "DetailsCorrection",
    "Keep",
    "check_reason",
    "correction_history",
    "validate_correction",
]
