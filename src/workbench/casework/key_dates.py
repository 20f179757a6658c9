"""The sentence's key dates beyond the release dates (issue 10): what reception and corrections accept.

ARD, THD, categorisation review, open conditions (eligibility and since), open-prison arrival and the
early-allocation decision feed the review triggers ("categorisation / open conditions approaching") and
the handover rules (DESIGN.md section 4). They are optional: NULL is "not recorded", and the handover
page says what it then assumed. Impossible orders are refused with a message naming the field, by the
same rules at reception and in a correction (``reception._sentence_problems`` calls ``key_date_problems``).
"""

from __future__ import annotations

from datetime import date
from typing import Final, Protocol

from workbench.casework.validation import check_not_future, check_not_too_early
from workbench.domain.enums import SentenceType
from workbench.domain.errors import ValidationError

__all__ = [
    "KEY_DATE_FIELDS",
    "KEY_FACT_FIELDS",
    "KeyDates",
    "key_date_problems",
]

KEY_DATE_FIELDS: Final[dict[str, str]] = {
    "automatic_release_date": "ARD",
    "target_hearing_date": "THD",
    "categorisation_review_date": "categorisation review date",
    "open_conditions_date": "open conditions / ROTL eligibility date",
    "open_conditions_since": "in open conditions since",
    "open_prison_arrival_date": "open prison arrival date",
}
"""The key-date columns of ``sentence`` (migration 0011), with the label a person reads."""

KEY_FACT_FIELDS: Final[dict[str, str]] = {**KEY_DATE_FIELDS, "early_allocation": "early allocation"}
"""Every key fact a correction may change: the dates and the early-allocation decision."""


class KeyDates(Protocol):
    """What the rules read: a reception request, or a sentence as corrected."""

    @property
    def sentence_date(self) -> date | None: ...
    @property
    def sentence_expiry_date(self) -> date | None: ...
    @property
    def automatic_release_date(self) -> date | None: ...
    @property
    def target_hearing_date(self) -> date | None: ...
    @property
    def categorisation_review_date(self) -> date | None: ...
    @property
    def open_conditions_date(self) -> date | None: ...
    @property
    def open_conditions_since(self) -> date | None: ...
    @property
    def open_prison_arrival_date(self) -> date | None: ...
    @property
    def early_allocation(self) -> bool | None: ...


def key_date_problems(req: KeyDates, stype: SentenceType, today: date) -> list[ValidationError]:
    """Every problem with the key dates of a sentence of type ``stype``, each naming its field.

    Refused: a date before 1950; a date on or before the sentence date (open-prison arrival and "in open
    conditions since" may be the sentence date itself, e.g. a recall straight to open conditions);
    an ARD on an indeterminate sentence and a THD on a determinate one; an ARD after the sentence
    expiry date; "since" and arrival dates in the future (they record what has happened); arrival at an
    open prison before the category became open; any of them (and early allocation) on remand.
    """
    errors: list[ValidationError] = []
    for attr, label in KEY_DATE_FIELDS.items():
        if (early := check_not_too_early(getattr(req, attr), attr, label)) is not None:
            errors.append(early)
    if errors:
        return errors
    if not stype.is_sentenced:
        for attr, label in KEY_FACT_FIELDS.items():
            if getattr(req, attr) is not None:
                errors.append(
                    ValidationError(
                        f"The {label} applies only to a sentenced prisoner ({stype.label.lower()}): "
                        "leave it empty.",
                        field=attr,
                    )
                )
        return errors
    ard, thd = req.automatic_release_date, req.target_hearing_date
    if ard is not None and stype.is_indeterminate:
        errors.append(
            ValidationError(
                f"An ARD applies only to determinate sentences; a {stype.label} sentence has a tariff "
                "and a target hearing date (THD) instead.",
                field="automatic_release_date",
            )
        )
    if thd is not None and not stype.is_indeterminate:
        errors.append(
            ValidationError(
                "A THD (Parole Board target hearing) applies only to indeterminate sentences (IPP, life); "
                "leave it empty for this sentence.",
                field="target_hearing_date",
            )
        )
    sentenced = req.sentence_date
    if sentenced is not None:
        for attr in (
            "automatic_release_date",
            "target_hearing_date",
            "categorisation_review_date",
            "open_conditions_date",
        ):
            value: date | None = getattr(req, attr)
            if value is not None and value <= sentenced:
                errors.append(
                    ValidationError(
                        f"The {KEY_DATE_FIELDS[attr]} ({value:%d/%m/%Y}) must be after the sentence date "
                        f"({sentenced:%d/%m/%Y}).",
                        field=attr,
                    )
                )
        for attr in ("open_conditions_since", "open_prison_arrival_date"):
            value = getattr(req, attr)
            if value is not None and value < sentenced:
                errors.append(
                    ValidationError(
                        f"The {KEY_DATE_FIELDS[attr]} ({value:%d/%m/%Y}) cannot be before the sentence "
                        f"date ({sentenced:%d/%m/%Y}).",
                        field=attr,
                    )
                )
    for attr in ("open_conditions_since", "open_prison_arrival_date"):
        if (err := check_not_future(getattr(req, attr), today, attr, KEY_DATE_FIELDS[attr])) is not None:
            errors.append(err)
    sed = req.sentence_expiry_date
    if ard is not None and sed is not None and ard > sed and not stype.is_indeterminate:
        errors.append(
            ValidationError(
                "The ARD cannot be after the sentence expiry date.", field="automatic_release_date"
            )
        )
    since, arrival = req.open_conditions_since, req.open_prison_arrival_date
    if since is not None and arrival is not None and arrival < since:
        errors.append(
            ValidationError(
                f"The open prison arrival date ({arrival:%d/%m/%Y}) cannot be before the date the "
                f"prisoner was categorised open ({since:%d/%m/%Y}).",
                field="open_prison_arrival_date",
            )
        )
    return errors
