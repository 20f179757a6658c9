"""Synthetic demo data: the demo profile's staff and a realistic, obviously made-up caseload.

Everything is drawn from one ``random.Random(seed)``, so the same seed on the same day gives the same
people, sentences, dates and allocations (row ids differ). Family names are invented (demo_names.py)
and every NOMS number starts with Z, so a demo record is easy to recognise.

Demo data is written like any other case data — each row with its hash-chained audit event and its
outbox change — but through ``UnitOfWork.add_many`` in one transaction per chunk of prisoners, so a
region-sized caseload (20,000 prisoners) is generated in seconds rather than the minutes one
reception at a time would take. A cancelled run keeps only the chunks already committed.

About 70% of in-scope and 35% of other sentenced prisoners (none on remand or unsentenced) have a
signed likelihood-of-reoffending assessment, written in the prisoner's chunk exactly as
``AssessmentService.complete`` writes one: a ``CompletedLorAssessment`` with its eleven ``LorNeed``
rows and one or two ``ProtectiveFactor`` rows. Its OGRS3 inputs, needs and protect factors are drawn
(from a second stream derived from the same seed, so the people drawn do not change); its OGRS3
figures and tier are always calculated by the domain (``ogrs3.calculate``, ``tier.calculate_tier``).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import select

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.demo_names import (
    COMMUNITY_OFFENDER_MANAGERS,
    FAMILY_NAMES,
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)
from workbench.casework.users import SYSTEM_ACTOR, UserService
from workbench.domain.enums import AllocationRole, CustodyEventType, Gender, RoshLevel, SentenceType, UserRole
from workbench.domain.errors import ValidationError
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.ogrs3 import OFFENCE_GROUPS, Ogrs3Input, calculate, whole_years
from workbench.domain.policy import Policy
from workbench.domain.scope import ScopeInput, ScopeStatus, assess_scope
from workbench.domain.sentence import FIRST_CONTACT, release_date
from workbench.domain.text import search_key
from workbench.domain.tier import COMPLEXITY_FACTORS, TierInput, calculate_tier
from workbench.domain.timescales import add_months
from workbench.domain.working_days import add_working_days
from workbench.security.passwords import hash_password
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import (
    Allocation,
    CompletedLorAssessment,
    ContactEntry,
    CustodyEvent,
    LorNeed,
    Prisoner,
    ProtectiveFactor,
    Sentence,
    User,
)
from workbench.store.unit_of_work import UnitOfWork, utcnow

DEMO_ESTABLISHMENT_CODE: Final = "DMO"
DEMO_ESTABLISHMENT_NAME: Final = "HMP Demoshire (DEMO)"

DEMO_CREDENTIALS: Final[tuple[tuple[str, str, str], ...]] = (
    ("demo.supervisor", "demo-supervisor-1", UserRole.SUPERVISOR.label),
    ("demo.manager", "demo-manager-1", UserRole.MANAGER.label),
)
"""(user name, password, role) of the demo accounts shown on the demo sign-in screen.

Synthetic profile only: these accounts exist only in a profile set up by ``ensure_demo_users``.
"""

DEFAULT_SEED: Final = 2012
CHUNK_SIZE: Final = 500  # prisoners per transaction: progress and cancel happen between chunks
NOMS_PREFIX: Final = "Z"

# Staff of the demo establishment: (user name, display name, role). The two in DEMO_CREDENTIALS can
# sign in; the others exist to be allocated work and have no usable password.
_DEMO_MANAGER: Final = ("demo.manager", "Morgan Demoworth", UserRole.MANAGER)
_DEMO_STAFF: Final = (
    ("demo.supervisor", "Alex Testworth", UserRole.SUPERVISOR),
    ("os.sampleton", "Priya Sampleton", UserRole.SUPERVISOR),
    ("os.fakerley", "Tom Fakerley", UserRole.SUPERVISOR),
    ("os.mockridge", "Kemi Mockridge", UserRole.SUPERVISOR),
    ("os.examplewood", "Gareth Examplewood", UserRole.SUPERVISOR),
    ("os.pretendle", "Ruth Pretendle", UserRole.SUPERVISOR),
    ("po.fictionby", "Aled Fictionby", UserRole.CONTRIBUTOR),
    ("po.syntheson", "Nadia Syntheson", UserRole.CONTRIBUTOR),
    ("po.madeupton", "Viktor Madeupton", UserRole.CONTRIBUTOR),
    ("po.notrealby", "Frankie Notrealby", UserRole.CONTRIBUTOR),
)
# argon2 never produces this, so verify_password() is always False: the account cannot sign in.
_NO_SIGN_IN: Final = "!demo-staff-no-sign-in"

# Sentence mix of a local prison (percentages).
_SENTENCE_MIX: Final = (
    (SentenceType.DETERMINATE, 70),
    (SentenceType.IPP, 6),
    (SentenceType.LIFE, 6),
    (SentenceType.RECALL, 8),
    (SentenceType.REMAND, 6),
    (SentenceType.UNSENTENCED, 4),
)
_SENTENCE_TYPES: Final = tuple(t for t, _ in _SENTENCE_MIX)
_SENTENCE_WEIGHTS: Final = tuple(w for _, w in _SENTENCE_MIX)
_ROSH_CHOICES: Final = (RoshLevel.LOW, RoshLevel.MEDIUM, RoshLevel.HIGH, RoshLevel.VERY_HIGH, None)
_ROSH_WEIGHTS_DETERMINATE: Final = (35, 38, 13, 2, 12)
_ROSH_WEIGHTS_INDETERMINATE: Final = (4, 38, 42, 8, 8)
_IPP_FIRST: Final = date(2005, 11, 1)  # IPP sentences: 4 April 2005 to 3 December 2012
_IPP_LAST: Final = date(2012, 11, 30)
_RECEPTION_WINDOW_DAYS: Final = 3 * 365  # receptions spread over the last three years
_HDC_MAX_DAYS: Final = 4 * 365  # HDC: sentences under four years
_HDC_QUARTER_BELOW_DAYS: Final = 548  # under 18 months: HDCED at a quarter of the sentence
_HDC_BEFORE_CRD_DAYS: Final = 135
_WINGS: Final = "ABCDEFGH"
_OTHER_ESTABLISHMENTS: Final = ("DMN", "DMS", "DME", "DMW", "SPL", "TST")

_REALLOCATION_REASONS: Final = (
    "Caseload balancing across the OMU.",
    "Previous offender supervisor moved to another post.",
    "Conflict of interest declared by the previous offender supervisor.",
    "Prisoner moved wing; allocated to the wing's offender supervisor.",
    "Previous offender supervisor on long-term leave.",
)
_FIRST_CONTACT_SUMMARIES: Final = (
    "Initial interview on the wing. Explained the offender supervisor's role and the sentence plan.",
    "Met in the OMU interview room. Went through key dates and what happens next.",
    "First contact on the induction wing. Prisoner asked about family visits and work.",
    "Introductory meeting. Discussed the risk assessment and agreed to meet again next week.",
    "Seen on the wing after reception. Noted concerns about accommodation on release.",
)

_ENTITIES: Final = frozenset(
    {
        "prisoner",
        "sentence",
        "custody_event",
        "allocation",
        "contact_entry",
        "lor_assessment",
        "lor_need",
        "protective_factor",
    }
)

# -- likelihood-of-reoffending assessments ---------------------------------------------------------------

_LOR_SEED_PREFIX: Final = "demo-lor-assessments-"  # the assessments' stream: random.Random(prefix + seed)
# Share of sentenced prisoners with a signed assessment: in scope, and the rest (each assessment adds
# 12-14 rows, each with its audit event and outbox change: about half the generation time).
_LOR_SHARE_IN_SCOPE: Final = 0.70
_LOR_SHARE_OTHER: Final = 0.35
_LOR_WITHIN_DAYS: Final = 365  # completed within the last year...
_LOR_AFTER_RECEPTION_DAYS: Final = 5  # ...and not in the first days after reception
_LOR_MAX_SANCTIONS: Final = 30
_LOR_FIRST_SANCTION_AGES: Final = (12, 40)
_LOR_WORKDAY_MINUTES: Final = (8 * 60 + 30, 17 * 60)  # signed between 08:30 and 17:00

# OGRS3 offence group of the current offence (weights, a local prison's mix); any group not listed: 1.
_OFFENCE_GROUP_WEIGHTS: Final[dict[str, int]] = {
    "Violence": 26,
    "Robbery": 7,
    "Public order": 4,
    "Sexual (not against child)": 5,
    "Sexual (against child)": 5,
    "Burglary (domestic)": 7,
    "Burglary (other)": 3,
    "Theft (non-motor)": 10,
    "Handling stolen goods": 2,
    "Fraud and forgery": 4,
    "Absconding or bail offences": 2,
    "Drug import/export/production": 3,
    "Drug possession/supply": 12,
    "Criminal damage": 3,
    "Other motoring": 2,
    "Drink driving and related offences": 2,
    "Other offence": 3,
}
_OFFENCE_GROUP_NAMES: Final = tuple(OFFENCE_GROUPS)
_OFFENCE_GROUP_CUM: Final = tuple(
    sum(_OFFENCE_GROUP_WEIGHTS.get(g, 1) for g in _OFFENCE_GROUP_NAMES[: i + 1])
    for i in range(len(_OFFENCE_GROUP_NAMES))
)
_SEXUAL_GROUPS: Final = frozenset({"Sexual (not against child)", "Sexual (against child)"})

# Share of assessments finding each section a need (standard or severe).
_NEED_RATES: Final[dict[NeedSection, float]] = {
    NeedSection.ACCOMMODATION: 0.35,
    NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY: 0.50,
    NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME: 0.35,
    NeedSection.RELATIONSHIPS: 0.40,
    NeedSection.LIFESTYLE_AND_ASSOCIATES: 0.55,
    NeedSection.DRUG_MISUSE: 0.45,
    NeedSection.ALCOHOL_MISUSE: 0.30,
    NeedSection.EMOTIONAL_WELL_BEING: 0.35,
    NeedSection.THINKING_AND_BEHAVIOUR: 0.60,
    NeedSection.ATTITUDES: 0.45,
    NeedSection.HEALTH_AND_OTHER: 0.15,
}
_NEED_SEVERE: Final = 0.30  # of identified needs
_NEED_EVIDENCE: Final = (
    "Synthetic demo evidence: prisoner's own account at interview; no real record was consulted.",
    "Synthetic demo evidence: summary of made-up pre-sentence report and custody notes.",
    "Synthetic demo evidence: invented wing observations and self-report questionnaire.",
    "Synthetic demo evidence: fictional previous convictions and licence history.",
)
_NEED_ANALYSIS: Final = (
    "Synthetic demo analysis: this need is linked to the pattern of offending and should be addressed "
    "in the sentence plan.",
    "Synthetic demo analysis: made-up example of how the need contributed to the current offence.",
    "Synthetic demo analysis: generic text for demonstration; the need affects resettlement plans.",
)
_PROTECTIVE_FACTORS: Final = (
    "Synthetic demo strength: supportive family contact and regular visits.",
    "Synthetic demo strength: motivated to engage with education on the wing.",
    "Synthetic demo strength: stable accommodation offered on release.",
    "Synthetic demo strength: previous periods of employment.",
    "Synthetic demo strength: engaging well with the offender supervisor.",
    "Synthetic demo strength: abstinent from drugs in custody (negative tests).",
    "Synthetic demo strength: positive relationship with a mentor or faith leader.",
)
# (complexity factor, share of assessments): each drawn independently.
_COMPLEXITY_RATES: Final = (
    ("MENTAL_HEALTH", 0.12),
    ("SELF_HARM", 0.06),
    ("VULNERABILITY", 0.05),
    ("CHILD_CONCERNS", 0.03),
    ("CHILD_PROTECTION", 0.02),
    ("RISK_TO_CHILDREN", 0.02),
    ("PUBLIC_INTEREST", 0.01),
    ("ADULT_AT_RISK", 0.02),
    ("STREET_GANGS", 0.04),
    ("TERRORISM", 0.002),
)
assert {k for k, _ in _COMPLEXITY_RATES} <= COMPLEXITY_FACTORS.keys()
assert set(_OFFENCE_GROUP_WEIGHTS) <= set(OFFENCE_GROUPS)


@dataclass(frozen=True, slots=True)
class _OsSpell:
    staff: int  # index into the offender supervisor pool
    start: date
    end: date | None
    reason: str


@dataclass(frozen=True, slots=True)
class _Need:
    section: NeedSection
    severity: NeedSeverity
    linked_to_reoffending: bool
    linked_to_harm: bool
    evidence: str
    analysis: str


@dataclass(frozen=True, slots=True)
class _Assessment:
    """A signed assessment as drawn: inputs only (the figures are calculated when rows are built)."""

    completed_at: datetime
    author: int | None  # OS pool index, or None for the demo manager
    conviction_date: date
    follow_up_start: date
    total_sanctions: int
    age_at_first_sanction: int
    offence_group: str
    rsr_pct: str | None
    mappa_level: int | None
    complexity_factors: frozenset[str]
    iom: bool
    parenting_responsibilities: bool
    impulsivity_or_temper_problems: bool
    previous_breach_or_recall: bool
    needs: tuple[_Need, ...]
    protective_factors: tuple[str, ...]


@dataclass(slots=True)
class _Case:
    """One synthetic prisoner as drawn, before ids are given and rows built."""

    noms: str
    family_name: str
    given_name: str
    date_of_birth: date
    location: str
    received_on: date
    arrived_from: str
    custody_note: str
    sentence_type: SentenceType
    sentence_date: date | None = None
    length_days: int | None = None
    ped: date | None = None
    crd: date | None = None
    hdced: date | None = None
    tariff: date | None = None
    sed: date | None = None
    led: date | None = None
    rosh: RoshLevel | None = None
    is_ppo: bool | None = None
    os_spells: list[_OsSpell] = field(default_factory=list)
    om: tuple[str, date] | None = None
    personal_officer: tuple[int, date] | None = None
    first_contact: tuple[int | None, date, str] | None = None  # (OS pool index or None, date, summary)
    scope: ScopeStatus | None = None
    assessment: _Assessment | None = None


class _Generator:
    """Draws cases from one random stream; the number of draws never depends on the staff pools."""

    def __init__(
        self,
        seed: int,
        today: date,
        gender: Gender,
        policy: Policy,
        n_os: int,
        n_po: int,
        taken_noms: set[str],
    ) -> None:
        self.rng = random.Random(seed)
        # Assessments draw from their own stream, so adding them left the people of a seed unchanged.
        self.lor_rng = random.Random(f"{_LOR_SEED_PREFIX}{seed}")
        self.today = today
        self.gender = gender
        self.policy = policy
        self.n_os = n_os
        self.n_po = n_po
        self.taken = taken_noms
        self.given_names = MALE_GIVEN_NAMES if gender is Gender.MALE else FEMALE_GIVEN_NAMES

    # -- small draws --------------------------------------------------------------------------

    def _noms(self) -> str:
        rng = self.rng
        while True:
            noms = f"{NOMS_PREFIX}{rng.randrange(10_000):04d}{rng.choice(_UPPER)}{rng.choice(_UPPER)}"
            if noms not in self.taken:
                self.taken.add(noms)
                return noms

    def _days_ago(self, most: int) -> int:
        """Days before today, 0..most: one in twenty within the last two weeks, the rest spread evenly."""
        rng = self.rng
        most = max(0, most)
        recent, spread = rng.random(), rng.random()
        if recent < 0.05 or most < 14:
            return int(spread * (min(13, most) + 1))
        return 14 + int(spread * (most - 13))

    def _age(self) -> int:
        """Age today: 18–80, most in their twenties and thirties, about one in ten a young adult (18–20)."""
        rng = self.rng
        if rng.random() < 0.10:
            return rng.randrange(18, 21)
        return min(80, 21 + int(rng.lognormvariate(math.log(10), 0.65)))

    def _sentence_months(self) -> int:
        """A determinate sentence length: 6 months to 15 years, skewed short (median about 17 months)."""
        return round(6 * math.pow(30, math.pow(self.rng.random(), 1.7)))

    def _staff(self, pool_size: int) -> int | None:
        u = self.rng.random()
        return int(u * pool_size) if pool_size else None

    # -- one case -----------------------------------------------------------------------------

    def case(self) -> _Case:
        rng, today = self.rng, self.today
        noms = self._noms()
        family = rng.choice(FAMILY_NAMES)
        given = rng.choice(self.given_names)
        stype = rng.choices(_SENTENCE_TYPES, _SENTENCE_WEIGHTS)[0]
        age = self._age()
        location = f"{rng.choice(_WINGS)}-{rng.randrange(1, 5)}-{rng.randrange(1, 41):02d}"
        case = _Case(noms, family, given, today, location, today, "", "", stype)
        transfer = self._sentence(case)
        if transfer:
            case.arrived_from = rng.choice(_OTHER_ESTABLISHMENTS)
        # Old enough to have been an adult when sentenced (or received), and at least 18 today.
        earliest = min(d for d in (case.sentence_date, case.received_on) if d is not None)
        age = max(age, 18 + math.ceil((today - earliest).days / 365.25))
        case.date_of_birth = add_months(today, -12 * age) - timedelta(days=rng.randrange(1, 365))

        recent = (today - case.received_on).days < 14
        weights = _ROSH_WEIGHTS_INDETERMINATE if stype.is_indeterminate else _ROSH_WEIGHTS_DETERMINATE
        case.rosh = rng.choices(_ROSH_CHOICES, weights)[0]
        if recent and rng.random() < 0.4:
            case.rosh = None  # RoSH screening not yet done for some new arrivals
        ppo = rng.random()
        case.is_ppo = True if ppo < 0.07 else (None if ppo > 0.87 else False)
        self._allocations(case)
        case.assessment = self._assessment(case)
        return case

    def _sentence(self, case: _Case) -> bool:
        """Sentence type's key dates and the reception date; True when the prisoner came by transfer."""
        rng, today = self.rng, self.today
        stype = case.sentence_type
        window = _RECEPTION_WINDOW_DAYS
        if stype is SentenceType.REMAND or stype is SentenceType.UNSENTENCED:
            longest = 365 if stype is SentenceType.REMAND else 270
            case.received_on = today - timedelta(days=self._days_ago(longest))
            return False
        if stype is SentenceType.DETERMINATE or stype is SentenceType.RECALL:
            months = self._sentence_months()
            # Roughly the sentence in days (the exact length depends on the sentence date, fixed below).
            sed_offset = (add_months(today, months) - today).days
            half = (sed_offset + 1) // 2
            if stype is SentenceType.DETERMINATE:
                # Still inside: sentenced less than half the sentence ago (a few days' margin to the CRD).
                sd = today - timedelta(days=self._days_ago(min(half - 5, window + 365)))
            else:
                # Released at the CRD and recalled before the sentence expired (a few days' margin
                # each side, as the exact length depends on the sentence date).
                past_crd = 3 + rng.randrange(max(1, sed_offset - half - 8))
                sd = today - timedelta(days=half + past_crd)
            sed = add_months(sd, months) - timedelta(days=1)
            length = (sed - sd).days + 1
            case.sentence_date, case.length_days, case.sed, case.led = sd, length, sed, sed
            crd = sd + timedelta(days=(length + 1) // 2)
            if stype is SentenceType.RECALL:
                # Recalled between the CRD and today; held to the sentence expiry date.
                since_crd = max(0, (today - crd).days)
                case.received_on = min(
                    today,
                    max(crd + timedelta(days=rng.randrange(since_crd + 1)), today - timedelta(days=window)),
                )
                case.custody_note = "Recalled to custody from licence."
                return False
            case.crd = crd
            hdc_eligible = rng.random() < 0.85  # some offences exclude HDC
            if hdc_eligible and length < _HDC_MAX_DAYS:
                if length < _HDC_QUARTER_BELOW_DAYS:
                    case.hdced = sd + timedelta(days=max(28, length // 4))
                else:
                    case.hdced = crd - timedelta(days=_HDC_BEFORE_CRD_DAYS)
            return self._reception_around(case, sd)
        if stype is SentenceType.IPP:
            sd = _IPP_FIRST + timedelta(days=rng.randrange((_IPP_LAST - _IPP_FIRST).days))
            tariff_months = 24 + int(72 * rng.random() ** 2)
            case.sentence_date = sd
            case.tariff = case.ped = add_months(sd, tariff_months)
            case.received_on = today - timedelta(days=self._days_ago(window))
            return True
        # Life: minimum term 8–30 years, sentenced up to 25 years ago.
        tariff_years = 8 + int(22 * rng.random() ** 1.5)
        sd = today - timedelta(days=int(rng.random() * min(tariff_years + 3, 25) * 365.25))
        case.sentence_date = sd
        case.tariff = case.ped = add_months(sd, 12 * tariff_years)
        return self._reception_around(case, sd)

    def _reception_around(self, case: _Case, sd: date) -> bool:
        """Remanded here before sentence (then sentenced), or transferred in after it."""
        rng, today = self.rng, self.today
        earliest = today - timedelta(days=_RECEPTION_WINDOW_DAYS)
        remand = rng.randrange(0, 150)
        if rng.random() < 0.55 and sd - timedelta(days=remand) >= earliest:
            case.received_on = sd - timedelta(days=remand)
            return False
        case.received_on = today - timedelta(days=self._days_ago((today - max(sd, earliest)).days))
        return True

    def _allocations(self, case: _Case) -> None:
        rng, today, policy = self.rng, self.today, self.policy
        received = case.received_on
        # Offender supervisor: most within two working days, some late, some not yet (seed 3.1).
        u, staff = rng.random(), self._staff(self.n_os)
        start: date | None
        if u < 0.80:
            start = add_working_days(received, rng.randrange(policy.os_allocation_working_days + 1))
        elif u < 0.92:
            start = add_working_days(received, rng.randrange(policy.os_allocation_working_days + 1, 25))
        else:
            start = None
        realloc_u, realloc_staff, realloc_day, reason = (
            rng.random(),
            rng.random(),
            rng.random(),
            rng.choice(_REALLOCATION_REASONS),
        )
        if staff is not None and start is not None and start <= today:
            spell = _OsSpell(staff, start, None, "")
            span = (today - start).days
            if realloc_u < 0.12 and span > 30 and self.n_os > 1:
                change = start + timedelta(days=14 + int(realloc_day * (span - 14)))
                new_staff = (staff + 1 + int(realloc_staff * (self.n_os - 1))) % self.n_os
                case.os_spells = [
                    _OsSpell(staff, start, change, ""),
                    _OsSpell(new_staff, change, None, reason),
                ]
            else:
                case.os_spells = [spell]

        # The clocks for first contact and OM allocation start at the later of sentence and arrival.
        sd = case.sentence_date
        clock = sd if sd is not None and sd >= received else received

        # First contact within ten working days (seed 3.2): most on time, some late, some missing.
        u, late_by, summary = rng.random(), rng.random(), rng.choice(_FIRST_CONTACT_SUMMARIES)
        n = policy.first_contact_working_days
        contact_on: date | None = None
        if u < 0.72:
            contact_on = add_working_days(clock, int(late_by * (n + 1)))
        elif u < 0.88:
            contact_on = add_working_days(clock, n + 1 + int(late_by * 30))
        if contact_on is not None and contact_on <= today:
            author = next((s.staff for s in reversed(case.os_spells) if s.start <= contact_on), None)
            case.first_contact = (author if author is not None else staff, contact_on, summary)

        # Community offender manager: most in-scope cases, fewer others (seed 3.6).
        scope = assess_scope(
            ScopeInput(
                case.date_of_birth, case.sentence_type, case.length_days, case.rosh, case.is_ppo, today
            )
        )
        case.scope = scope.status
        rel, _ = release_date(case.sentence_type, case.crd, case.ped, case.tariff, case.sed)
        short = rel is not None and rel < add_months(clock, 12 * policy.short_sentence_threshold_years)
        window = 7 * (policy.om_allocation_weeks_short if short else policy.om_allocation_weeks_long)
        chance = {ScopeStatus.IN_SCOPE: 0.75, ScopeStatus.UNKNOWN: 0.35}.get(scope.status, 0.10)
        u, on_time, when = rng.random(), rng.random(), rng.random()
        om = rng.choice(COMMUNITY_OFFENDER_MANAGERS)
        if u < chance:
            days = int(when * window) if on_time < 0.8 else window + 1 + int(when * 120)
            om_on = clock + timedelta(days=days)
            if om_on <= today:
                case.om = (om, om_on)

        # Personal officer on the wing, usually within days of arrival.
        u, staff_po, days = rng.random(), self._staff(self.n_po), rng.randrange(10)
        po_on = received + timedelta(days=days)
        if u < 0.70 and staff_po is not None and po_on <= today:
            case.personal_officer = (staff_po, po_on)

    def _assessment(self, case: _Case) -> _Assessment | None:
        """A signed assessment for some sentenced prisoners (none on remand or unsentenced)."""
        sd = case.sentence_date
        if not case.sentence_type.is_sentenced or sd is None:
            return None
        rng, today = self.lor_rng, self.today
        share = _LOR_SHARE_IN_SCOPE if case.scope is ScopeStatus.IN_SCOPE else _LOR_SHARE_OTHER
        assessed, when, minute = rng.random(), rng.random(), rng.random()
        earliest = max(
            today - timedelta(days=_LOR_WITHIN_DAYS),
            case.received_on + timedelta(days=_LOR_AFTER_RECEPTION_DAYS),
            sd,
        )
        latest = today - timedelta(days=1)
        if assessed >= share or earliest > latest:
            return None
        on = earliest + timedelta(days=int(when * ((latest - earliest).days + 1)))
        first_minute, last_minute = _LOR_WORKDAY_MINUTES
        signed = first_minute + int(minute * (last_minute - first_minute))
        completed_at = datetime.combine(on, time(signed // 60, signed % 60))
        author = next(
            (s.staff for s in case.os_spells if s.start <= on and (s.end is None or on < s.end)), None
        )

        # OGRS3 inputs: convicted when sentenced; followed up from the release (CRD) where there is one.
        age = whole_years(case.date_of_birth, sd)
        sanctions = 1 + int((_LOR_MAX_SANCTIONS - 1) * rng.random() ** 2.2)
        youngest, oldest = _LOR_FIRST_SANCTION_AGES
        top = min(oldest, age)
        first = youngest + int((top - youngest + 1) * rng.random() ** 1.6)
        if sanctions == 1:  # the current conviction is the first sanction
            if age <= oldest:
                first = age
            else:
                sanctions = 2
        pick = rng.random() * _OFFENCE_GROUP_CUM[-1]
        group = _OFFENCE_GROUP_NAMES[next(i for i, c in enumerate(_OFFENCE_GROUP_CUM) if pick < c)]

        # Protect factors: RSR where known, MAPPA for some high-risk and sexual offences, complexity.
        has_rsr, rsr = rng.random(), rng.random()
        rsr_pct = f"{0.2 + 14.8 * rsr**2.5:.2f}" if has_rsr < 0.7 else None
        mappa_u, mappa_level_u = rng.random(), rng.random()
        mappa_chance = (
            {RoshLevel.VERY_HIGH: 0.7, RoshLevel.HIGH: 0.3}.get(case.rosh, 0.02) if case.rosh else 0.02
        )
        if group in _SEXUAL_GROUPS:
            mappa_chance = max(mappa_chance, 0.9)
        mappa = (
            (1 if mappa_level_u < 0.75 else 2 if mappa_level_u < 0.95 else 3)
            if mappa_u < mappa_chance
            else None
        )
        factors = frozenset(name for name, rate in _COMPLEXITY_RATES if rng.random() < rate)
        iom_u, parent_u, temper_u = rng.random(), rng.random(), rng.random()
        iom = iom_u < (0.8 if case.is_ppo else 0.04)
        female = self.gender is Gender.FEMALE

        needs: list[_Need] = []
        harm_rate = 0.5 if case.rosh in (RoshLevel.HIGH, RoshLevel.VERY_HIGH) else 0.2
        for section in NeedSection:
            need_u, severe_u, reoff_u, harm_u = rng.random(), rng.random(), rng.random(), rng.random()
            text_u = rng.random()
            if need_u >= _NEED_RATES[section]:
                needs.append(_Need(section, NeedSeverity.NO_NEED, False, False, "", ""))
                continue
            needs.append(
                _Need(
                    section,
                    NeedSeverity.SEVERE if severe_u < _NEED_SEVERE else NeedSeverity.STANDARD,
                    reoff_u < 0.8,
                    harm_u < harm_rate,
                    _NEED_EVIDENCE[int(text_u * len(_NEED_EVIDENCE))],
                    _NEED_ANALYSIS[int(text_u * len(_NEED_ANALYSIS))],
                )
            )
        two_factors, first_factor, second_factor = rng.random(), rng.random(), rng.random()
        n = len(_PROTECTIVE_FACTORS)
        one = int(first_factor * n)
        protective = [_PROTECTIVE_FACTORS[one]]
        if two_factors < 0.45:
            protective.append(_PROTECTIVE_FACTORS[(one + 1 + int(second_factor * (n - 1))) % n])

        return _Assessment(
            completed_at=completed_at,
            author=author,
            conviction_date=sd,
            follow_up_start=case.crd if case.crd is not None else sd,
            total_sanctions=sanctions,
            age_at_first_sanction=first,
            offence_group=group,
            rsr_pct=rsr_pct,
            mappa_level=mappa,
            complexity_factors=factors,
            iom=iom,
            parenting_responsibilities=female and parent_u < 0.5,
            impulsivity_or_temper_problems=female and temper_u < 0.3,
            previous_breach_or_recall=female and case.sentence_type is SentenceType.RECALL,
            needs=tuple(needs),
            protective_factors=tuple(protective),
        )


def _assessment_rows(
    a: _Assessment,
    prisoner_id: str,
    gender: Gender,
    date_of_birth: date,
    rosh: RoshLevel | None,
    author: tuple[str, str],
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows ``AssessmentService.complete`` writes for a signed assessment, the figures calculated by
    the domain exactly as the service calculates them (``ogrs3.calculate``, ``tier.calculate_tier``)."""
    ogrs3 = calculate(
        Ogrs3Input(
            gender=gender.value,
            date_of_birth=date_of_birth,
            conviction_date=a.conviction_date,
            follow_up_start=a.follow_up_start,
            total_sanctions=a.total_sanctions,
            age_at_first_sanction=a.age_at_first_sanction,
            offence_group=a.offence_group,
        )
    )
    tier = calculate_tier(
        TierInput(
            gender=gender.value,
            rosh_level=rosh.value if rosh else None,
            rsr_pct=Decimal(a.rsr_pct) if a.rsr_pct else None,
            mappa_level=a.mappa_level,
            complexity_factors=a.complexity_factors,
            has_mandate_for_change=True,  # sentenced
            has_assessment=True,
            needs={n.section.value: n.severity.value for n in a.needs},
            ogrs3_two_year_pct=ogrs3.two_year_pct,
            iom=a.iom,
            parenting_responsibilities=a.parenting_responsibilities,
            impulsivity_or_temper_problems=a.impulsivity_or_temper_problems,
            previous_breach_or_recall=a.previous_breach_or_recall,
        )
    )
    # As complete(): the signer saw a warning for a provisional tier (no earlier assessment to copy).
    warnings = (
        [f"The tier {tier.tier} is provisional: {'; '.join(tier.missing)}."] if tier.provisional else []
    )
    aid = new_id()
    record: dict[str, Any] = {
        "id": aid,
        "prisoner_id": prisoner_id,
        "status": "COMPLETED",
        "author_id": author[0],
        "author_name": author[1],
        "supersedes_id": None,
        "gender": gender.value,
        "date_of_birth": date_of_birth,
        "has_mandate_for_change": True,
        "conviction_date": a.conviction_date,
        "follow_up_start": a.follow_up_start,
        "total_sanctions": a.total_sanctions,
        "age_at_first_sanction": a.age_at_first_sanction,
        "offence_group": a.offence_group,
        "rsr_pct": a.rsr_pct,
        "rosh_level": rosh.value if rosh else None,
        "mappa_level": a.mappa_level,
        "complexity_factors": json.dumps(sorted(a.complexity_factors)),
        "iom": a.iom,
        "parenting_responsibilities": a.parenting_responsibilities,
        "impulsivity_or_temper_problems": a.impulsivity_or_temper_problems,
        "previous_breach_or_recall": a.previous_breach_or_recall,
        "draft_needs": "[]",
        "draft_protective_factors": "[]",
        "no_protective_factors_note": "",
        "ogrs3_one_year_pct": ogrs3.one_year_pct,
        "ogrs3_two_year_pct": ogrs3.two_year_pct,
        "ogrs3_band": ogrs3.band,
        "tier": tier.tier,
        "tier_protect_points": tier.protect_points,
        "tier_change_points": tier.change_points,
        "tier_reasons": json.dumps(list(tier.reasons)),
        "tier_missing": json.dumps(list(tier.missing)),
        "tier_provisional": tier.provisional,
        "completion_warnings": json.dumps(warnings),
        "completed_at": a.completed_at,
        "signed_by_id": author[0],
        "signed_by_name": author[1],
    }
    needs = [
        {
            "prisoner_id": prisoner_id,
            "assessment_id": aid,
            "section": n.section.value,
            "severity": n.severity.value,
            "linked_to_reoffending": n.linked_to_reoffending,
            "linked_to_harm": n.linked_to_harm,
            "evidence": n.evidence,
            "analysis": n.analysis,
        }
        for n in a.needs
    ]
    factors = [
        {"prisoner_id": prisoner_id, "assessment_id": aid, "position": i, "text": text}
        for i, text in enumerate(a.protective_factors)
    ]
    return record, needs, factors


_UPPER: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True, slots=True)
class _Staff:
    user_id: str
    display_name: str


class DemoDataService:
    """Set up the demo profile's staff and generate a synthetic caseload (managers and administrators)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def ensure_demo_users(self) -> tuple[CurrentUser, ChangeSet]:
        """First run of the demo profile: the establishment and its synthetic staff; returns the demo manager.

        Sets the profile up as ``DMO — HMP Demoshire (DEMO)`` if it is not set up, and adds whichever
        demo accounts are missing, so calling it again changes nothing. Refuses a profile set up for
        a real establishment, so demo accounts with published passwords never appear there.
        """
        users = UserService(self._ctx)
        username, display_name, role = _DEMO_MANAGER
        passwords = {name: password for name, password, _ in DEMO_CREDENTIALS}
        if not users.is_set_up():
            users.set_up(
                establishment_code=DEMO_ESTABLISHMENT_CODE,
                establishment_name=DEMO_ESTABLISHMENT_NAME,
                username=username,
                display_name=display_name,
                password=passwords[username],
                role=role,
            )
        establishment = users.establishment()
        if establishment is None or establishment.code != DEMO_ESTABLISHMENT_CODE:
            raise ValidationError(
                "This profile holds a real establishment's records, so demo accounts cannot be added to it. "
                "Start the demo with its own profile (a separate data directory)."
            )
        with self._ctx.store.read() as s:
            existing = {u.username: u for u in s.scalars(select(User))}
        manager = existing.get(username)
        if manager is None:
            raise ValidationError(f"The demo profile has no {username} account; start a new demo profile.")
        missing = [entry for entry in _DEMO_STAFF if entry[0] not in existing]
        if missing:
            with UnitOfWork(self._ctx.store, SYSTEM_ACTOR) as uow:
                for name, shown, staff_role in missing:
                    verifier = hash_password(passwords[name]) if name in passwords else _NO_SIGN_IN
                    uow.add(
                        User(
                            id=new_id(),
                            username=name,
                            display_name=shown,
                            role=staff_role.value,
                            password_verifier=verifier,
                            establishment_code=DEMO_ESTABLISHMENT_CODE,
                            active=True,
                            created_at=utcnow(),
                            failed_logins=0,
                        ),
                        "user.created",
                    )
        me = CurrentUser(
            manager.id,
            manager.username,
            manager.display_name,
            UserRole(manager.role),
            manager.establishment_code,
        )
        return me, ChangeSet(entities=frozenset({"user"}) if missing else frozenset())

    def set_up_demo_profile(self) -> CurrentUser:
        """``ensure_demo_users`` for the composition root: the demo manager, who generates the caseload."""
        manager, _ = self.ensure_demo_users()
        return manager

    def generate(
        self,
        user: CurrentUser,
        *,
        prisoners: int = 300,
        seed: int = DEFAULT_SEED,
        gender: Gender = Gender.MALE,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> ChangeSet:
        """Receive ``prisoners`` synthetic prisoners at the demo establishment, with staff, contacts and
        (for some sentenced prisoners) a signed likelihood-of-reoffending assessment.

        One transaction per ``chunk_size`` prisoners; ``progress(done, total)`` after each and
        ``cancelled()`` checked before each, so a cancelled run keeps whole chunks only. The same
        seed, day and starting store give the same content. Returns what was written.
        """
        require(user.role, Permission.GENERATE_DEMO_DATA)
        if user.establishment_code != DEMO_ESTABLISHMENT_CODE:
            # Synthetic prisoners in a real profile would be pushed to the central record as real cases.
            raise ValidationError(
                f"Demo data can be generated only in the demo profile ({DEMO_ESTABLISHMENT_NAME}), never "
                f"in a real establishment's records ({user.establishment_code}). Start the demo profile."
            )
        if prisoners < 0:
            raise ValidationError("The number of prisoners cannot be negative.", field="prisoners")
        if chunk_size < 1:
            raise ValidationError("The chunk size must be at least 1.", field="chunk_size")
        today = self._ctx.today()
        with self._ctx.store.read() as s:
            taken = set(s.scalars(select(Prisoner.noms_number)))
            staff = list(
                s.execute(
                    select(User.id, User.display_name, User.role)
                    .where(
                        User.active,
                        User.establishment_code == user.establishment_code,
                        User.role.in_([UserRole.SUPERVISOR.value, UserRole.CONTRIBUTOR.value]),
                    )
                    .order_by(User.username)
                )
            )
        supervisors = [_Staff(r.id, r.display_name) for r in staff if r.role == UserRole.SUPERVISOR.value]
        officers = [_Staff(r.id, r.display_name) for r in staff if r.role == UserRole.CONTRIBUTOR.value]
        gen = _Generator(seed, today, gender, self._ctx.policy, len(supervisors), len(officers), taken)

        run_id = new_id()
        written: set[str] = set()
        done = 0
        if progress is not None:
            progress(0, prisoners)
        while done < prisoners:
            if cancelled is not None and cancelled():
                break
            cases = [gen.case() for _ in range(min(chunk_size, prisoners - done))]
            written.update(
                self._write_chunk(
                    user,
                    cases,
                    supervisors,
                    officers,
                    gender,
                    {
                        "run": run_id,
                        "seed": seed,
                        "gender": gender.value,
                        "first": done,
                        "prisoners": len(cases),
                    },
                )
            )
            done += len(cases)
            if progress is not None:
                progress(done, prisoners)
        return ChangeSet(frozenset(written), _ENTITIES if written else frozenset())

    def _write_chunk(
        self,
        user: CurrentUser,
        cases: Sequence[_Case],
        supervisors: Sequence[_Staff],
        officers: Sequence[_Staff],
        gender: Gender,
        details: dict[str, Any],
    ) -> list[str]:
        """One transaction: the chunk's rows, an audit event and outbox change each, and a run marker."""
        establishment = user.establishment_code
        prisoner_rows: list[dict[str, Any]] = []
        sentence_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        started: list[dict[str, Any]] = []
        reallocated: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        assessments: list[dict[str, Any]] = []
        needs: list[dict[str, Any]] = []
        factors: list[dict[str, Any]] = []
        manager = (user.user_id, user.display_name)
        for c in cases:
            pid = new_id()
            prisoner_rows.append(
                {
                    "id": pid,
                    "prisoner_id": pid,
                    "noms_number": c.noms,
                    "family_name": c.family_name,
                    "given_name": c.given_name,
                    "date_of_birth": c.date_of_birth,
                    "gender": gender.value,
                    "establishment_code": establishment,
                    "location": c.location,
                    "arrived_on": c.received_on,
                    "is_ppo": c.is_ppo,
                    "rosh_level": c.rosh.value if c.rosh else None,
                    "search_key": search_key(c.family_name, c.given_name, c.noms),
                }
            )
            sentence_rows.append(
                {
                    "prisoner_id": pid,
                    "is_current": True,
                    "sentence_type": c.sentence_type.value,
                    "sentence_date": c.sentence_date,
                    "length_days": c.length_days,
                    "parole_eligibility_date": c.ped,
                    "conditional_release_date": c.crd,
                    "home_detention_curfew_eligibility_date": c.hdced,
                    "tariff_date": c.tariff,
                    "sentence_expiry_date": c.sed,
                    "licence_expiry_date": c.led,
                }
            )
            event_rows.append(
                {
                    "prisoner_id": pid,
                    "event_type": (
                        CustodyEventType.TRANSFER_IN if c.arrived_from else CustodyEventType.RECEPTION
                    ).value,
                    "event_date": c.received_on,
                    "establishment_code": establishment,
                    "other_establishment": c.arrived_from,
                    "note": c.custody_note,
                }
            )
            for i, spell in enumerate(c.os_spells):
                os_staff = supervisors[spell.staff]
                (reallocated if i else started).append(
                    {
                        "prisoner_id": pid,
                        "role": AllocationRole.OFFENDER_SUPERVISOR.value,
                        "staff_user_id": os_staff.user_id,
                        "staff_name": os_staff.display_name,
                        "start_date": spell.start,
                        "end_date": spell.end,
                        "reason": spell.reason,
                        "recorded_by": user.display_name,
                    }
                )
            if c.om is not None:
                started.append(
                    {
                        "prisoner_id": pid,
                        "role": AllocationRole.OFFENDER_MANAGER.value,
                        "staff_user_id": None,
                        "staff_name": c.om[0],
                        "start_date": c.om[1],
                        "reason": "",
                        "recorded_by": user.display_name,
                    }
                )
            if c.personal_officer is not None:
                officer = officers[c.personal_officer[0]]
                started.append(
                    {
                        "prisoner_id": pid,
                        "role": AllocationRole.PERSONAL_OFFICER.value,
                        "staff_user_id": officer.user_id,
                        "staff_name": officer.display_name,
                        "start_date": c.personal_officer[1],
                        "reason": "",
                        "recorded_by": user.display_name,
                    }
                )
            if c.first_contact is not None:
                who, on, summary = c.first_contact
                author = (
                    (supervisors[who].user_id, supervisors[who].display_name)
                    if who is not None
                    else (user.user_id, user.display_name)
                )
                contacts.append(
                    {
                        "prisoner_id": pid,
                        "contact_date": on,
                        "kind": FIRST_CONTACT,
                        "summary": summary,
                        "author_id": author[0],
                        "author_name": author[1],
                    }
                )
            if c.assessment is not None:
                who = c.assessment.author
                signer = (
                    (supervisors[who].user_id, supervisors[who].display_name) if who is not None else manager
                )
                record, need_rows, factor_rows = _assessment_rows(
                    c.assessment, pid, gender, c.date_of_birth, c.rosh, signer
                )
                assessments.append(record)
                needs.extend(need_rows)
                factors.extend(factor_rows)
        with self._ctx.write(user, Permission.GENERATE_DEMO_DATA) as uow:
            ids = uow.add_many(Prisoner, prisoner_rows, "prisoner.received")
            uow.add_many(Sentence, sentence_rows, "sentence.recorded")
            uow.add_many(CustodyEvent, event_rows, "custody_event.recorded")
            uow.add_many(Allocation, started, "allocation.started")
            uow.add_many(Allocation, reallocated, "allocation.reallocated")
            uow.add_many(ContactEntry, contacts, "contact.first_contact")
            # As AssessmentService.complete: the signed record, then its needs, then its protective factors.
            uow.add_many(CompletedLorAssessment, assessments, "lor_assessment.completed")
            uow.add_many(LorNeed, needs, "lor_need.recorded")
            uow.add_many(ProtectiveFactor, factors, "protective_factor.recorded")
            uow.audit("demo.generated", "demo_run", str(details["run"]), details)
        return ids
