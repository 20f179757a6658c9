"""Frozen DTOs of the likelihood-of-reoffending assessment (issue 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from workbench.casework.changes import ChangeSet
from workbench.domain.enums import Gender, RoshLevel
from workbench.domain.needs import NeedSection, NeedSeverity


@dataclass(frozen=True, slots=True)
class NeedEntry:
    """One need section (OASys 3–13) as a form holds it; ``severity`` None means not assessed yet."""

    section: NeedSection
    severity: NeedSeverity | None = None
    linked_to_reoffending: bool = False
    linked_to_harm: bool = False
    evidence: str = ""
    analysis: str = ""


@dataclass(frozen=True, slots=True)
class AssessmentForm:
    """What a person enters in a likelihood-of-reoffending assessment; the service validates it.

    ``gender``, ``date_of_birth`` and ``has_mandate_for_change`` come from the prisoner record and are
    shown, not edited. ``rsr_pct`` is the text typed ("" when RSR is not known).
    """

    gender: Gender
    date_of_birth: date | None
    has_mandate_for_change: bool = True
    conviction_date: date | None = None
    follow_up_start: date | None = None
    total_sanctions: int | None = None
    age_at_first_sanction: int | None = None
    offence_group: str | None = None
    rsr_pct: str = ""
    rosh_level: RoshLevel | None = None
    mappa_level: int | None = None
    complexity_factors: frozenset[str] = frozenset()
    iom: bool = False
    parenting_responsibilities: bool = False
    impulsivity_or_temper_problems: bool = False
    previous_breach_or_recall: bool = False
    needs: tuple[NeedEntry, ...] = tuple(NeedEntry(s) for s in NeedSection)
    protective_factors: tuple[str, ...] = ()
    no_protective_factors_note: str = ""

    def need(self, section: NeedSection) -> NeedEntry:
        """The entry for ``section`` (an empty one if the form has none)."""
        for n in self.needs:
            if n.section is section:
                return n
        return NeedEntry(section)


@dataclass(frozen=True, slots=True)
class TierOutcome:
    """A tier with its explanation (DESIGN.md section 4: show *why*)."""

    tier: str
    protect_points: int
    change_points: int
    reasons: tuple[str, ...]
    missing: tuple[str, ...]
    provisional: bool


@dataclass(frozen=True, slots=True)
class AssessmentPreview:
    """OGRS3 and the tier worked out from a form as it stands, never refused for being incomplete.

    ``problems`` are (field, message) pairs to show beside the form's fields; ``blocking`` lists what
    must be fixed before the assessment can be completed and signed.
    """

    ogrs3_one_year_pct: int | None
    ogrs3_two_year_pct: int | None
    ogrs3_band: str | None
    ogrs3_codes: tuple[str, ...]
    tier: TierOutcome | None
    problems: tuple[tuple[str, str], ...]
    blocking: tuple[str, ...]

    def problems_by_field(self) -> dict[str, str]:
        """The first message for each field."""
        out: dict[str, str] = {}
        for fld, message in self.problems:
            out.setdefault(fld, message)
        return out


@dataclass(frozen=True, slots=True)
class AssessmentDetail:
    """One assessment, draft or completed, with its current figures.

    For a completed assessment recalculated after a policy change the figures are the recalculated
    ones; ``signed_tier`` and ``signed_ogrs3_band`` keep what was signed. ``read_only_reason`` is None
    when the user may edit it (their own draft).
    """

    assessment_id: str
    prisoner_id: str
    status: str  # DRAFT or COMPLETED
    author_id: str
    author_name: str
    form: AssessmentForm
    ogrs3_one_year_pct: int | None
    ogrs3_two_year_pct: int | None
    ogrs3_band: str | None
    tier: TierOutcome | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    signed_by_name: str | None = None
    supersedes_id: str | None = None
    superseded_by_id: str | None = None
    recalculated_at: datetime | None = None
    signed_tier: str | None = None
    signed_ogrs3_band: str | None = None
    completion_warnings: tuple[str, ...] = ()
    read_only_reason: str | None = None

    @property
    def is_draft(self) -> bool:
        return self.status == "DRAFT"


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One completed assessment in a prisoner's history (newest first)."""

    assessment_id: str
    completed_at: datetime
    signed_by_name: str
    ogrs3_two_year_pct: int | None
    ogrs3_band: str | None
    tier: str | None
    tier_provisional: bool
    supersedes_id: str | None
    superseded_by_id: str | None
    recalculated: bool


@dataclass(frozen=True, slots=True)
class AssessmentOverview:
    """What the likelihood-of-reoffending tab shows for one prisoner."""

    prisoner_id: str
    draft: AssessmentDetail | None
    latest: AssessmentDetail | None
    history: tuple[AssessmentSummary, ...]
    warnings: tuple[str, ...]
    can_start: bool
    cannot_start_reason: str | None = None
    draft_warnings: tuple[str, ...] = ()  # about the open draft (seed 3.14 copy-forward)


@dataclass(frozen=True, slots=True)
class CompletionCheck:
    """Before signing: what blocks completion (field, message) and warnings that never block."""

    problems: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class RecalculationResult:
    """What a bulk tier recalculation found and recorded."""

    assessments: int
    changed: int
    tiers_changed: int
    bands_changed: int
    cancelled: bool
    changes: ChangeSet
