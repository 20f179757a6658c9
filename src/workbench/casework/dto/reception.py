"""Frozen DTO of what the reception dialog collects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbench.domain.enums import Gender, RoshLevel, SentenceType


@dataclass(frozen=True, slots=True)
class ReceptionRequest:
    """What the reception dialog collects. Validated by the service, never trusted."""

    noms_number: str
    family_name: str
    given_name: str
    date_of_birth: date | None
    gender: Gender | None
    location: str
    received_on: date | None
    sentence_type: SentenceType | None
    sentence_date: date | None = None
    length_days: int | None = None
    parole_eligibility_date: date | None = None
    conditional_release_date: date | None = None
    home_detention_curfew_eligibility_date: date | None = None
    tariff_date: date | None = None
    sentence_expiry_date: date | None = None
    licence_expiry_date: date | None = None
    # -- key dates (issue 10, casework/key_dates.py) --
    automatic_release_date: date | None = None
    target_hearing_date: date | None = None
    categorisation_review_date: date | None = None
    open_conditions_date: date | None = None
    open_conditions_since: date | None = None
    open_prison_arrival_date: date | None = None
    early_allocation: bool | None = None
    is_ppo: bool | None = None
    rosh_level: RoshLevel | None = None
    arrived_from: str = ""  # establishment code for a transfer in; empty for a new reception
