"""Need sections 3–13 and the rules for saving one section's assessment."""

from __future__ import annotations

import pytest

from workbench.domain.needs import MAX_TEXT_LENGTH, NeedAssessment, NeedSection, NeedSeverity

SECTIONS = [
    (NeedSection.ACCOMMODATION, 3, "Accommodation"),
    (NeedSection.EDUCATION_TRAINING_AND_EMPLOYABILITY, 4, "Education, training and employability"),
    (NeedSection.FINANCIAL_MANAGEMENT_AND_INCOME, 5, "Financial management and income"),
    (NeedSection.RELATIONSHIPS, 6, "Relationships"),
    (NeedSection.LIFESTYLE_AND_ASSOCIATES, 7, "Lifestyle and associates"),
    (NeedSection.DRUG_MISUSE, 8, "Drug misuse"),
    (NeedSection.ALCOHOL_MISUSE, 9, "Alcohol misuse"),
    (NeedSection.EMOTIONAL_WELL_BEING, 10, "Emotional well-being"),
    (NeedSection.THINKING_AND_BEHAVIOUR, 11, "Thinking and behaviour"),
    (NeedSection.ATTITUDES, 12, "Attitudes"),
    (NeedSection.HEALTH_AND_OTHER, 13, "Health and other considerations"),
]


@pytest.mark.parametrize(("section", "number", "label"), SECTIONS)
def test_section_numbers_and_labels(section: NeedSection, number: int, label: str) -> None:
    assert section.number == number
    assert section.label == label
    assert NeedSection(section.name) is section  # stored value is the name


def test_eleven_sections_in_oasys_order() -> None:
    assert [s.number for s in NeedSection] == list(range(3, 14))


def test_severities() -> None:
    assert [s.value for s in NeedSeverity] == ["NO_NEED", "STANDARD", "SEVERE"]
    assert NeedSeverity.NO_NEED.label == "No need"


def assessment(severity: NeedSeverity, evidence: str = "", analysis: str = "") -> NeedAssessment:
    return NeedAssessment(NeedSection.ACCOMMODATION, severity, True, False, evidence, analysis)


def test_no_need_may_be_blank() -> None:
    assert assessment(NeedSeverity.NO_NEED).problems() == []


@pytest.mark.parametrize("severity", [NeedSeverity.STANDARD, NeedSeverity.SEVERE])
def test_a_need_requires_evidence_and_analysis(severity: NeedSeverity) -> None:
    problems = assessment(severity, evidence="  ", analysis="").problems()
    assert [(p.field, p.code) for p in problems] == [
        ("evidence", "EVIDENCE_REQUIRED"),
        ("analysis", "ANALYSIS_REQUIRED"),
    ]
    assert problems[0].message.startswith("Accommodation: evidence is required when the need is ")
    assert assessment(severity, evidence="NFA on release", analysis="Linked to offending").problems() == []


@pytest.mark.parametrize(
    ("length", "ok"), [(MAX_TEXT_LENGTH - 1, True), (MAX_TEXT_LENGTH, True), (MAX_TEXT_LENGTH + 1, False)]
)
def test_max_length_boundary(length: int, ok: bool) -> None:
    problems = assessment(NeedSeverity.SEVERE, evidence="e" * length, analysis="a").problems()
    assert (problems == []) is ok


def test_too_long_message_is_specific() -> None:
    problems = assessment(NeedSeverity.NO_NEED, evidence="", analysis="x" * 4123).problems()
    assert len(problems) == 1
    assert problems[0].field == "analysis"
    assert problems[0].code == "ANALYSIS_TOO_LONG"
    assert problems[0].message == (
        "Accommodation: analysis is 4,123 characters; the limit is 4,000. Shorten it by 123."
    )


def test_frozen() -> None:
    a = assessment(NeedSeverity.NO_NEED)
    with pytest.raises(AttributeError):
        a.evidence = "changed"  # type: ignore[misc]
