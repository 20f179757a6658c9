"""OASys-style criminogenic need sections 3–13 and one section's assessment (DESIGN.md 3, LorAssessment).

Pure: no I/O, no Qt. ``NeedAssessment.problems()`` reports everything a user must fix before saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.domain.errors import ValidationError

__all__ = ["MAX_TEXT_LENGTH", "NeedAssessment", "NeedSection", "NeedSeverity"]

MAX_TEXT_LENGTH = 4000
"""Longest evidence or analysis text kept per section (characters)."""


class NeedSection(StrEnum):
    """OASys need sections 3–13 (DESIGN.md section 3); ``.number`` is the OASys section number."""

    ACCOMMODATION = "ACCOMMODATION"
    EDUCATION_TRAINING_AND_EMPLOYABILITY = "EDUCATION_TRAINING_AND_EMPLOYABILITY"
    FINANCIAL_MANAGEMENT_AND_INCOME = "FINANCIAL_MANAGEMENT_AND_INCOME"
    RELATIONSHIPS = "RELATIONSHIPS"
    LIFESTYLE_AND_ASSOCIATES = "LIFESTYLE_AND_ASSOCIATES"
    DRUG_MISUSE = "DRUG_MISUSE"
    ALCOHOL_MISUSE = "ALCOHOL_MISUSE"
    EMOTIONAL_WELL_BEING = "EMOTIONAL_WELL_BEING"
    THINKING_AND_BEHAVIOUR = "THINKING_AND_BEHAVIOUR"
    ATTITUDES = "ATTITUDES"
    HEALTH_AND_OTHER = "HEALTH_AND_OTHER"

    @property
    def number(self) -> int:
        """The OASys section number, 3..13."""
        return _SECTION_NUMBERS[self]

    @property
    def label(self) -> str:
        """Sentence-case name for screens and board packs."""
        return _SECTION_LABELS[self]


_SECTION_NUMBERS: dict[NeedSection, int] = {section: i for i, section in enumerate(NeedSection, start=3)}

_SECTION_LABELS: dict[NeedSection, str] = {
    NeedSection.ACCOMMODATION: "Accommodation",
    NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY: "Education, training and employability",
    NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME: "Financial management and income",
    NeedSection.RELATIONSHIPS: "Relationships",
    NeedSection.LIFESTYLE_AND_ASSOCIATES: "Lifestyle and associates",
    NeedSection.DRUG_MISUSE: "Drug misuse",
    NeedSection.ALCOHOL_MISUSE: "Alcohol misuse",
    NeedSection.EMOTIONAL_WELL_BEING: "Emotional well-being",
    NeedSection.THINKING_AND_BEHAVIOUR: "Thinking and behaviour",
    NeedSection.ATTITUDES: "Attitudes",
    NeedSection.HEALTH_AND_OTHER: "Health and other considerations",
}


class NeedSeverity(StrEnum):
    """How far a section is a need: none, standard or severe (OASys scoring; tier weights in DESIGN.md 4)."""

    NO_NEED = "NO_NEED"
    STANDARD = "STANDARD"
    SEVERE = "SEVERE"

    @property
    def label(self) -> str:
        """The one user-facing name of the severity ("No need"); the tier's reasons use it lower-cased."""
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS: dict[NeedSeverity, str] = {
    NeedSeverity.NO_NEED: "No need",
    NeedSeverity.STANDARD: "Standard",
    NeedSeverity.SEVERE: "Severe",
}


@dataclass(frozen=True, slots=True)
class NeedAssessment:
    """One need section's judgement: severity, links to reoffending and harm, evidence and analysis."""

    section: NeedSection
    severity: NeedSeverity
    linked_to_reoffending: bool
    linked_to_harm: bool
    evidence: str
    analysis: str

    def problems(self) -> list[ValidationError]:
        """What must be fixed before saving: evidence and analysis for any need; each ≤ 4,000 characters."""
        found: list[ValidationError] = []
        label = self.section.label
        for field, text in (("evidence", self.evidence), ("analysis", self.analysis)):
            if self.severity is not NeedSeverity.NO_NEED and not text.strip():
                found.append(
                    ValidationError(
                        f"{label}: {field} is required when the need is "
                        f"{self.severity.label.lower()}. Say what it is based on.",
                        field=field,
                        code=f"{field.upper()}_REQUIRED",
                    )
                )
            if len(text) > MAX_TEXT_LENGTH:
                found.append(
                    ValidationError(
                        f"{label}: {field} is {len(text):,} characters; the limit is "
                        f"{MAX_TEXT_LENGTH:,}. Shorten it by {len(text) - MAX_TEXT_LENGTH:,}.",
                        field=field,
                        code=f"{field.upper()}_TOO_LONG",
                    )
                )
        return found
