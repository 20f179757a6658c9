"""Receiving a prisoner into the establishment: a new reception or a transfer in (seed 3.1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.key_dates import KEY_FACT_FIELDS, key_date_problems
from workbench.casework.validation import (
    check_name,
    check_not_future,
    check_not_too_early,
    check_text,
    clean_line,
    clean_name,
)
from workbench.domain.dates import EARLIEST_DATE, age_in_years
from workbench.domain.enums import AllocationRole, CustodyEventType, SentenceType
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.noms import normalise_noms_number
from workbench.domain.text import search_key
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import Allocation, CustodyEvent, Prisoner, Sentence

MIN_AGE_AT_RECEPTION = 15
MAX_AGE_AT_RECEPTION = 110
MAX_SENTENCE_DAYS = 100 * 365

_KEY_DATES = (
    ("parole_eligibility_date", "parole eligibility date (PED)"),
    ("conditional_release_date", "conditional release date (CRD)"),
    ("home_detention_curfew_eligibility_date", "HDC eligibility date (HDCED)"),
    ("tariff_date", "tariff expiry date"),
    ("sentence_expiry_date", "sentence expiry date (TED/SLED)"),
    ("licence_expiry_date", "licence expiry date (LED)"),
)


def clean_request(req: ReceptionRequest) -> ReceptionRequest:
    """The request's text as it will be stored (names NFC, pasted tabs and line breaks made spaces)."""
    return replace(
        req,
        family_name=clean_name(req.family_name),
        given_name=clean_name(req.given_name),
        location=clean_line(req.location),
        arrived_from=clean_line(req.arrived_from),
    )


def prisoner_row(
    *,
    prisoner_id: str,
    noms_number: str,
    family_name: str,
    given_name: str,
    date_of_birth: date,
    gender: str,
    establishment_code: str,
    location: str,
    arrived_on: date,
    is_ppo: bool | None,
    rosh_level: str | None,
) -> dict[str, Any]:
    """The columns of a newly received prisoner (the one builder: reception and the demo generator)."""
    return {
        "id": prisoner_id,
        "prisoner_id": prisoner_id,
        "noms_number": noms_number,
        "family_name": family_name,
        "given_name": given_name,
        "date_of_birth": date_of_birth,
        "gender": gender,
        "establishment_code": establishment_code,
        "location": location,
        "arrived_on": arrived_on,
        "is_ppo": is_ppo,
        "rosh_level": rosh_level,
        "search_key": search_key(family_name, given_name, noms_number),
    }


def sentence_row(
    prisoner_id: str,
    sentence_type: SentenceType,
    *,
    sentence_date: date | None,
    length_days: int | None,
    parole_eligibility_date: date | None,
    conditional_release_date: date | None,
    home_detention_curfew_eligibility_date: date | None,
    tariff_date: date | None,
    sentence_expiry_date: date | None,
    licence_expiry_date: date | None,
    key_facts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The columns of a prisoner's new current sentence (reception and the demo generator).

    ``key_facts``: the key dates and early allocation (casework/key_dates.py) by column name; absent
    ones are not recorded."""
    return {
        **dict.fromkeys(KEY_FACT_FIELDS),
        **(key_facts or {}),
        "prisoner_id": prisoner_id,
        "is_current": True,
        "sentence_type": sentence_type.value,
        "sentence_date": sentence_date,
        "length_days": length_days,
        "parole_eligibility_date": parole_eligibility_date,
        "conditional_release_date": conditional_release_date,
        "home_detention_curfew_eligibility_date": home_detention_curfew_eligibility_date,
        "tariff_date": tariff_date,
        "sentence_expiry_date": sentence_expiry_date,
        "licence_expiry_date": licence_expiry_date,
    }


def arrival_row(
    prisoner_id: str,
    *,
    transfer: bool,
    event_date: date,
    establishment_code: str,
    other_establishment: str,
    note: str = "",
) -> dict[str, Any]:
    """The custody event of an arrival: a reception, or a transfer in (reception and the demo generator)."""
    return {
        "prisoner_id": prisoner_id,
        "event_type": (CustodyEventType.TRANSFER_IN if transfer else CustodyEventType.RECEPTION).value,
        "event_date": event_date,
        "establishment_code": establishment_code,
        "other_establishment": other_establishment,
        "note": note,
    }


def validate_reception(req: ReceptionRequest, today: date) -> tuple[str, list[ValidationError]]:
    """Every problem with a reception request (as ``clean_request`` leaves it) at once, and the
    normalised NOMS number."""
    errors: list[ValidationError] = []
    noms = ""
    try:
        noms = normalise_noms_number(req.noms_number)
    except ValidationError as exc:
        errors.append(exc)
    for err in (
        check_name(req.family_name, "family_name", "family name"),
        check_name(req.given_name, "given_name", "given name"),
        check_text(req.location, "location", "location", required=False, limit=40, multiline=False),
        check_text(
            req.arrived_from,
            "arrived_from",
            "prison arrived from",
            required=False,
            limit=8,
            multiline=False,
        ),
        check_not_future(req.received_on, today, "received_on", "reception date"),
        check_not_too_early(req.received_on, "received_on", "reception date"),
        check_not_too_early(req.date_of_birth, "date_of_birth", "date of birth", earliest=EARLIEST_DATE),
    ):
        if err:
            errors.append(err)
    if req.gender is None:
        errors.append(ValidationError("Choose the prisoner's gender.", field="gender"))
    if req.received_on is None:
        errors.append(ValidationError("Enter the date the prisoner arrived.", field="received_on"))
    if req.date_of_birth is None:
        errors.append(ValidationError("Enter the date of birth.", field="date_of_birth"))
    elif req.received_on is not None:
        if req.date_of_birth >= req.received_on:
            errors.append(
                ValidationError("The date of birth must be before the reception date.", field="date_of_birth")
            )
        else:
            age = age_in_years(req.date_of_birth, req.received_on)
            if age < MIN_AGE_AT_RECEPTION:
                errors.append(
                    ValidationError(
                        f"The date of birth makes the prisoner {age} at reception; check it "
                        f"(the youngest the workbench accepts is {MIN_AGE_AT_RECEPTION}).",
                        field="date_of_birth",
                    )
                )
            elif age > MAX_AGE_AT_RECEPTION:
                errors.append(
                    ValidationError(
                        f"The date of birth makes the prisoner {age} at reception; check the year.",
                        field="date_of_birth",
                    )
                )
    errors.extend(_sentence_problems(req, today))
    return noms, errors


def _sentence_problems(req: ReceptionRequest, today: date) -> list[ValidationError]:
    errors: list[ValidationError] = []
    stype = req.sentence_type
    if stype is None:
        return [
            ValidationError(
                "Choose the sentence type (remand and unsentenced are choices too).", field="sentence_type"
            )
        ]
    if not stype.is_sentenced:
        # Remand and unsentenced: any dates given are still stored, so they still have to be sane.
        dates = (("sentence_date", "sentence date"), *_KEY_DATES)
        return [
            *(e for attr, label in dates if (e := check_not_too_early(getattr(req, attr), attr, label))),
            *key_date_problems(req, stype, today),
        ]
    if req.sentence_date is None:
        errors.append(ValidationError("Enter the date of sentence.", field="sentence_date"))
    else:
        for err in (
            check_not_future(req.sentence_date, today, "sentence_date", "sentence date"),
            check_not_too_early(req.sentence_date, "sentence_date", "sentence date"),
        ):
            if err:
                errors.append(err)
        if req.date_of_birth and req.sentence_date <= req.date_of_birth:
            errors.append(
                ValidationError("The sentence date must be after the date of birth.", field="sentence_date")
            )
    if stype.is_indeterminate:
        if req.length_days is not None:
            errors.append(
                ValidationError(
                    f"{stype.label} sentences are indeterminate; "
                    "leave the length empty and record the tariff date.",
                    field="length_days",
                )
            )
    elif req.length_days is None or req.length_days <= 0:
        errors.append(
            ValidationError("Enter the sentence length (years, months and days).", field="length_days")
        )
    elif req.length_days > MAX_SENTENCE_DAYS:
        errors.append(
            ValidationError("The sentence length is over 100 years; check it.", field="length_days")
        )
    for attr, label in _KEY_DATES:
        value: date | None = getattr(req, attr)
        if req.sentence_date is not None and value is not None and value <= req.sentence_date:
            errors.append(ValidationError(f"The {label} must be after the sentence date.", field=attr))
        elif (early := check_not_too_early(value, attr, label)) is not None:
            errors.append(early)
    crd, sed, ped = req.conditional_release_date, req.sentence_expiry_date, req.parole_eligibility_date
    hdc, led = req.home_detention_curfew_eligibility_date, req.licence_expiry_date
    if crd and sed and crd > sed:
        errors.append(
            ValidationError(
                "The CRD cannot be after the sentence expiry date.", field="conditional_release_date"
            )
        )
    if ped and crd and ped > crd:
        errors.append(ValidationError("The PED cannot be after the CRD.", field="parole_eligibility_date"))
    if hdc and crd and hdc > crd:
        errors.append(
            ValidationError(
                "The HDCED cannot be after the CRD.", field="home_detention_curfew_eligibility_date"
            )
        )
    if led and crd and led < crd:
        errors.append(
            ValidationError("The licence expiry date cannot be before the CRD.", field="licence_expiry_date")
        )
    if stype is SentenceType.DETERMINATE and req.sentence_date and req.length_days and sed:
        latest = req.sentence_date + timedelta(days=req.length_days + 1)
        if sed > latest:
            errors.append(
                ValidationError(
                    "The sentence expiry date is later than the sentence date plus its length; check both.",
                    field="sentence_expiry_date",
                )
            )
    errors.extend(key_date_problems(req, stype, today))
    return errors


class ReceptionService:
    """Receive a prisoner (new reception or transfer in) with their sentence."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def receive(self, user: CurrentUser, req: ReceptionRequest) -> tuple[str, ChangeSet]:
        """Record the prisoner, sentence and custody event. Returns the prisoner id and what changed.

        A NOMS number already on this terminal is refused with the name it belongs to, unless that
        prisoner has left (a transfer back in), which is recorded against the existing record.
        """
        require(user.role, Permission.RECEIVE_PRISONER)
        req = clean_request(req)
        noms, errors = validate_reception(req, self._ctx.today())
        if errors:
            raise ValidationErrors(errors)
        assert req.received_on is not None and req.date_of_birth is not None and req.gender is not None
        assert req.sentence_type is not None
        with self._ctx.write(user, Permission.RECEIVE_PRISONER) as uow:
            s = uow.session
            existing = s.scalars(select(Prisoner).where(Prisoner.noms_number == noms)).first()
            transfer = bool(req.arrived_from.strip())
            if existing is not None:
                here = existing.establishment_code == user.establishment_code and existing.deleted_at is None
                if here:
                    raise ValidationErrors(
                        [
                            ValidationError(
                                f"{noms} is already on the caseload here ({existing.family_name.upper()}, "
                                f"{existing.given_name}). Open that case instead.",
                                field="noms_number",
                            )
                        ]
                    )
                prisoner = existing
                # Identity stays as recorded (it is the same person); what is known afresh is updated.
                refreshed: dict[str, object] = {}
                if req.rosh_level is not None:
                    refreshed["rosh_level"] = req.rosh_level.value
                if req.is_ppo is not None:
                    refreshed["is_ppo"] = req.is_ppo
                uow.update(
                    prisoner,
                    "prisoner.transfer_in",
                    establishment_code=user.establishment_code,
                    location=req.location.strip(),
                    arrived_on=req.received_on,
                    deleted_at=None,
                    deleted_by=None,
                    delete_reason=None,
                    left_scope_at=None,
                    **refreshed,
                )
                transfer = True
                for old in s.scalars(
                    select(Sentence).where(Sentence.prisoner_id == prisoner.id, Sentence.is_current)
                ):
                    uow.update(old, "sentence.superseded", is_current=False)
                for alloc in s.scalars(
                    select(Allocation).where(
                        Allocation.prisoner_id == prisoner.id,
                        Allocation.end_date.is_(None),
                        Allocation.role != AllocationRole.OFFENDER_MANAGER,
                    )
                ):
                    uow.update(
                        alloc,
                        "allocation.ended_by_transfer",
                        end_date=req.received_on,
                        reason=(alloc.reason + " | " if alloc.reason else "") + "Ended on transfer",
                    )
            else:
                prisoner = Prisoner(
                    **prisoner_row(
                        prisoner_id=new_id(),
                        noms_number=noms,
                        family_name=req.family_name.strip(),
                        given_name=req.given_name.strip(),
                        date_of_birth=req.date_of_birth,
                        gender=req.gender.value,
                        establishment_code=user.establishment_code,
                        location=req.location.strip(),
                        arrived_on=req.received_on,
                        is_ppo=req.is_ppo,
                        rosh_level=req.rosh_level.value if req.rosh_level else None,
                    )
                )
                uow.add(prisoner, "prisoner.received")
            uow.add(
                Sentence(
                    **sentence_row(
                        prisoner.id,
                        req.sentence_type,
                        sentence_date=req.sentence_date,
                        length_days=req.length_days,
                        parole_eligibility_date=req.parole_eligibility_date,
                        conditional_release_date=req.conditional_release_date,
                        home_detention_curfew_eligibility_date=req.home_detention_curfew_eligibility_date,
                        tariff_date=req.tariff_date,
                        sentence_expiry_date=req.sentence_expiry_date,
                        licence_expiry_date=req.licence_expiry_date,
                        key_facts={name: getattr(req, name) for name in KEY_FACT_FIELDS},
                    )
                ),
                "sentence.recorded",
            )
            uow.add(
                CustodyEvent(
                    **arrival_row(
                        prisoner.id,
                        transfer=transfer,
                        event_date=req.received_on,
                        establishment_code=user.establishment_code,
                        other_establishment=req.arrived_from.strip().upper(),
                    )
                ),
                "custody_event.recorded",
            )
            prisoner_id = prisoner.id
        return prisoner_id, ChangeSet(
            frozenset({prisoner_id}), frozenset({"prisoner", "sentence", "custody_event"})
        )
