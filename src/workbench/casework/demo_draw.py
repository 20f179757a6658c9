"""Drawing the synthetic demo caseload: people, sentences, key dates, allocations, first contacts and
signed likelihood-of-reoffending assessments, from seeded random streams (no I/O, no ids, no rows).

Everything is drawn from one ``random.Random(seed)`` (assessments from a second stream derived from the
same seed), so the same seed on the same day gives the same cases. ``casework.demo`` turns the drawn
cases into rows with the services' own row builders and writes them.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Final

from workbench.casework.demo_names import (
    COMMUNITY_OFFENDER_MANAGERS,
    FAMILY_NAMES,
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)
from workbench.casework.dto.assessment import NeedEntry
from workbench.domain.enums import Gender, RoshLevel, SentenceType
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.ogrs3 import OFFENCE_GROUPS, whole_years
from workbench.domain.policy import Policy
from workbench.domain.scope import ScopeInput, ScopeStatus, assess_scope
from workbench.domain.sentence import release_date
from workbench.domain.tier import COMPLEXITY_FACTORS
from workbench.domain.timescales import add_months
from workbench.domain.working_days import add_working_days

NOMS_PREFIX: Final = "Z"

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
class OsSpell:
    """A spell of one offender supervisor on the case, from ``start`` to ``end`` (None: still allocated)."""

    staff: int  # index into the offender supervisor pool
    start: date
    end: date | None
    reason: str


@dataclass(frozen=True, slots=True)
class DrawnAssessment:
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
    needs: tuple[NeedEntry, ...]
    protective_factors: tuple[str, ...]


@dataclass(slots=True)
class DrawnCase:
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
    os_spells: list[OsSpell] = field(default_factory=list)
    om: tuple[str, date] | None = None
    personal_officer: tuple[int, date] | None = None
    first_contact: tuple[int | None, date, str] | None = None  # (OS pool index or None, date, summary)
    scope: ScopeStatus | None = None
    assessment: DrawnAssessment | None = None


class CaseGenerator:
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

    def case(self) -> DrawnCase:
        """The next synthetic prisoner: identity, sentence, risk, allocations and maybe an assessment."""
        rng, today = self.rng, self.today
        noms = self._noms()
        family = rng.choice(FAMILY_NAMES)
        given = rng.choice(self.given_names)
        stype = rng.choices(_SENTENCE_TYPES, _SENTENCE_WEIGHTS)[0]
        age = self._age()
        location = f"{rng.choice(_WINGS)}-{rng.randrange(1, 5)}-{rng.randrange(1, 41):02d}"
        case = DrawnCase(noms, family, given, today, location, today, "", "", stype)
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

    def _sentence(self, case: DrawnCase) -> bool:
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

    def _reception_around(self, case: DrawnCase, sd: date) -> bool:
        """Remanded here before sentence (then sentenced), or transferred in after it."""
        rng, today = self.rng, self.today
        earliest = today - timedelta(days=_RECEPTION_WINDOW_DAYS)
        remand = rng.randrange(0, 150)
        if rng.random() < 0.55 and sd - timedelta(days=remand) >= earliest:
            case.received_on = sd - timedelta(days=remand)
            return False
        case.received_on = today - timedelta(days=self._days_ago((today - max(sd, earliest)).days))
        return True

    def _allocations(self, case: DrawnCase) -> None:
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
            spell = OsSpell(staff, start, None, "")
            span = (today - start).days
            if realloc_u < 0.12 and span > 30 and self.n_os > 1:
                change = start + timedelta(days=14 + int(realloc_day * (span - 14)))
                new_staff = (staff + 1 + int(realloc_staff * (self.n_os - 1))) % self.n_os
                case.os_spells = [
                    OsSpell(staff, start, change, ""),
                    OsSpell(new_staff, change, None, reason),
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

    def _assessment(self, case: DrawnCase) -> DrawnAssessment | None:
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

        needs: list[NeedEntry] = []
        harm_rate = 0.5 if case.rosh in (RoshLevel.HIGH, RoshLevel.VERY_HIGH) else 0.2
        for section in NeedSection:
            need_u, severe_u, reoff_u, harm_u = rng.random(), rng.random(), rng.random(), rng.random()
            text_u = rng.random()
            if need_u >= _NEED_RATES[section]:
                needs.append(NeedEntry(section, NeedSeverity.NO_NEED, False, False, "", ""))
                continue
            needs.append(
                NeedEntry(
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

        return DrawnAssessment(
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


_UPPER: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
