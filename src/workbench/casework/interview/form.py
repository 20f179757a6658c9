"""The interview's answers and referrals as stored (JSON text) and the checks on what can be stored.

``missing`` (domain.interview) says what a step still needs; this module refuses only what cannot be
stored at all — an unknown code, text too long or holding characters the record cannot keep, a date
in the future or before the prisoner arrived — with a message beside the field to fix.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Final

from workbench.casework.validation import (
    check_not_future,
    check_not_too_early,
    check_text,
    clean_line,
    clean_paragraphs,
)
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.interview import (
    ANSWER_FIELDS,
    CODE_FIELDS,
    DATE_FIELDS,
    TEXT_FIELDS,
    NeedArea,
    Referral,
    ReferralOwnerRole,
    ReferralStatus,
)
from workbench.domain.needs import MAX_TEXT_LENGTH

DRAFT_ENTITIES: Final = frozenset({"initial_interview_draft"})
SIGNED_ENTITIES: Final = frozenset({"initial_interview", "initial_interview_draft", "interview_referral"})
REFERRAL_ENTITIES: Final = frozenset({"interview_referral"})
MAX_OWNER_NAME: Final = 120
SINGLE_LINE: Final = frozenset({"first_language"})


def answers_to_json(answers: Mapping[str, object]) -> str:
    """Answers as stored: dates as ISO strings, keys sorted (so an unchanged draft stores the same text)."""
    out: dict[str, object] = {}
    for key, value in answers.items():
        out[key] = value.isoformat() if isinstance(value, date) else value
    return json.dumps(out, sort_keys=True)


def answers_from_json(text: str) -> dict[str, object]:
    """Stored answers back as values (dates as ``date``)."""
    raw: dict[str, Any] = json.loads(text or "{}")
    out: dict[str, object] = {}
    for key, value in raw.items():
        if key in DATE_FIELDS and isinstance(value, str):
            out[key] = date.fromisoformat(value)
        elif key == "no_need_areas" and isinstance(value, list):
            out[key] = tuple(value)
        else:
            out[key] = value
    return out


def referrals_to_json(referrals: Sequence[Referral]) -> str:
    """Referrals as stored in a draft (and as the signed record's snapshot)."""
    return json.dumps(
        [
            {
                "area": r.area.value,
                "need": r.need,
                "owner_role": r.owner_role.value if r.owner_role else None,
                "owner_name": r.owner_name,
                "status": r.status.value,
                "raised_on": r.raised_on.isoformat() if r.raised_on else None,
                "status_changed_on": r.status_changed_on.isoformat() if r.status_changed_on else None,
                "referral_id": r.referral_id,
            }
            for r in referrals
        ],
        sort_keys=True,
    )


def referrals_from_json(text: str) -> tuple[Referral, ...]:
    """Stored referrals back as values."""
    out: list[Referral] = []
    for item in json.loads(text or "[]"):
        out.append(
            Referral(
                area=NeedArea(item["area"]),
                need=item.get("need") or "",
                owner_role=ReferralOwnerRole(item["owner_role"]) if item.get("owner_role") else None,
                owner_name=item.get("owner_name") or "",
                status=ReferralStatus(item.get("status") or ReferralStatus.RAISED),
                raised_on=date.fromisoformat(item["raised_on"]) if item.get("raised_on") else None,
                status_changed_on=(
                    date.fromisoformat(item["status_changed_on"]) if item.get("status_changed_on") else None
                ),
                referral_id=item.get("referral_id"),
            )
        )
    return tuple(out)


def tidy_answers(answers: Mapping[str, object], *, today: date, arrived_on: date) -> dict[str, object]:
    """Cleaned answers, or ``ValidationError``s (a list) for what cannot be stored, field by field."""
    errors: list[ValidationError] = []
    unknown = sorted(set(answers) - ANSWER_FIELDS)
    if unknown:
        raise ValidationError(f"An interview has no field(s) {', '.join(unknown)}.")
    out: dict[str, object] = {}
    for key, value in answers.items():
        if key in TEXT_FIELDS:
            text = value if isinstance(value, str) else ""
            multiline = key not in SINGLE_LINE
            problem = check_text(
                text,
                key,
                TEXT_FIELDS[key][1],
                required=False,
                limit=MAX_OWNER_NAME if not multiline else MAX_TEXT_LENGTH,
                multiline=multiline,
            )
            if problem:
                errors.append(problem)
            out[key] = clean_paragraphs(text) if multiline else clean_line(text)
        elif key in CODE_FIELDS:
            codes = CODE_FIELDS[key][1]
            if value in (None, ""):
                out[key] = None
            elif str(value) not in codes.__members__:
                errors.append(ValidationError(f"{value!r} is not a choice for this question.", field=key))
            else:
                out[key] = str(value)
        elif key in DATE_FIELDS:
            if value is None:
                out[key] = None
                continue
            if not isinstance(value, date):
                errors.append(ValidationError("Type the date as dd/mm/yyyy.", field=key))
                continue
            problem = check_not_future(value, today, key, "first contact date") or check_not_too_early(
                value, key, "first contact date"
            )
            if problem is None and value < arrived_on:
                problem = ValidationError(
                    f"The first contact cannot be before the prisoner arrived ({arrived_on:%d %b %Y}).",
                    field=key,
                )
            if problem:
                errors.append(problem)
            out[key] = value
        else:  # no_need_areas
            areas = value if isinstance(value, list | tuple | set | frozenset) else ()
            bad = [a for a in areas if str(a) not in NeedArea.__members__]
            if bad:
                errors.append(
                    ValidationError(f"Unknown need area(s) {', '.join(map(str, bad))}.", field="needs")
                )
            out[key] = tuple(a.value for a in NeedArea if a.value in {str(x) for x in areas})
    if errors:
        raise_all(errors)
    return out


def tidy_referrals(referrals: Sequence[Referral], *, today: date) -> tuple[Referral, ...]:
    """Cleaned referrals (one per area), or ``ValidationError``s beside the area's row."""
    errors: list[ValidationError] = []
    seen: set[NeedArea] = set()
    out: list[Referral] = []
    for r in referrals:
        field = f"referral.{r.area.value}"
        label = f"{r.area.label.lower()} referral"
        if r.area in seen:
            errors.append(ValidationError(f"There is already a {label}; one per area.", field=field))
            continue
        seen.add(r.area)
        for problem in (
            check_text(r.need, field, f"need in the {label}", required=False, limit=MAX_TEXT_LENGTH),
            check_text(
                r.owner_name,
                field,
                f"owner of the {label}",
                required=False,
                limit=MAX_OWNER_NAME,
                multiline=False,
            ),
            check_not_future(r.raised_on, today, field, f"date the {label} was raised"),
            check_not_too_early(r.raised_on, field, f"date the {label} was raised"),
        ):
            if problem:
                errors.append(problem)
        out.append(
            Referral(
                area=r.area,
                need=clean_paragraphs(r.need),
                owner_role=r.owner_role,
                owner_name=clean_line(r.owner_name),
                status=r.status,
                raised_on=r.raised_on,
                status_changed_on=r.status_changed_on or r.raised_on,
                referral_id=r.referral_id,
            )
        )
    if errors:
        raise_all(errors)
    return tuple(out)


def raise_all(errors: list[ValidationError]) -> None:
    """Raise every problem at once (one message per field is shown beside it)."""
    raise ValidationErrors(errors)
