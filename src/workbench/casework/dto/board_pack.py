"""Frozen DTOs of the board pack (issue 10 point 6): everything the pack shows, gathered in one read.

Gathered by ``casework.board_pack`` from the records of issues 8–10 (reading the models of reviews and
boards directly, as other engineers write those rows); laid out into a ``reports.common.Document`` by
``casework.board_pack_layout``. Dates are the record's own; ``as_at`` is the day the pack was printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workbench.casework.dto.interventions import RequirementRow
from workbench.casework.dto.plan import PlanView

__all__ = [
    "BoardFacts",
    "ContributionFacts",
    "DocumentKind",
    "InviteeFacts",
    "LorFacts",
    "PackFacts",
    "QualityLine",
    "ReviewFacts",
    "RmpFacts",
    "RoshChange",
    "RoshFacts",
    "SecurityEntry",
]


class DocumentKind(StrEnum):
    """Which document to print for a board."""

    PACK = "PACK"
    PRISONER_COPY = "PRISONER_COPY"
    WING_BRIEFING = "WING_BRIEFING"
    BLANK_FORMS = "BLANK_FORMS"

    @property
    def label(self) -> str:
        """What the chooser shows."""
        return {
            DocumentKind.PACK: "Board pack",
            DocumentKind.PRISONER_COPY: "Prisoner's copy of the plan (one page)",
            DocumentKind.WING_BRIEFING: "Wing briefing (one page)",
            DocumentKind.BLANK_FORMS: "Blank department contribution forms",
        }[self]

    @property
    def file_words(self) -> str:
        """The words in the default file name ("A1234BC board pack 05-12-2026.pdf")."""
        return {
            DocumentKind.PACK: "board pack",
            DocumentKind.PRISONER_COPY: "prisoner copy",
            DocumentKind.WING_BRIEFING: "wing briefing",
            DocumentKind.BLANK_FORMS: "contribution forms",
        }[self]


@dataclass(frozen=True, slots=True)
class BoardFacts:
    """The board the pack is for (the next scheduled one, else the latest)."""

    board_id: str
    kind: str
    scheduled_on: date
    scheduled_time: str
    location: str
    chair_name: str
    status: str


@dataclass(frozen=True, slots=True)
class InviteeFacts:
    """One invitee: who (department or role, name), the contribution asked of them, how they attend."""

    who: str
    department: str
    name: str
    contribution: str
    attending: str


@dataclass(frozen=True, slots=True)
class QualityLine:
    """One of the plan's quality checks with its RAG state in words."""

    title: str
    state: str
    reason: str


@dataclass(frozen=True, slots=True)
class RoshChange:
    """A full analysis signed since the last board."""

    signed_on: date
    signed_by: str
    overall_level: str


@dataclass(frozen=True, slots=True)
class RoshFacts:
    """The current signed analysis of risk of serious harm: its summary and levels."""

    signed_on: date | None
    signed_by: str
    overall_level: str
    summary: tuple[tuple[str, str], ...]
    levels: tuple[tuple[str, str, str], ...]  # (group, custody, community)


@dataclass(frozen=True, slots=True)
class RmpFacts:
    """The current signed risk management plan (restricted)."""

    signed_on: date | None
    signed_by: str
    review_date: date | None
    measures: tuple[tuple[str, str, str, str, str], ...]  # category, measure, who, response, by when


@dataclass(frozen=True, slots=True)
class LorFacts:
    """The latest completed likelihood-of-reoffending assessment and its needs."""

    completed_on: date | None
    author: str
    scores: tuple[tuple[str, str], ...]
    needs: tuple[tuple[str, str, str], ...]  # section, severity, linked to


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    """A signed review since the last board."""

    review_date: date | None
    signed_by: str
    participants: str
    progress: tuple[tuple[str, str, str], ...]  # what, rating, evidence
    plan_changes: str
    next_review_on: date | None


@dataclass(frozen=True, slots=True)
class ContributionFacts:
    """One department's page: asked for when, what came back."""

    department: str
    requested_on: date | None
    status: str
    written_by: str
    written_on: date | None
    summary: str
    proposals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SecurityEntry:
    """A restricted contact entry of kind security (restricted)."""

    on: date
    author: str
    summary: str


@dataclass(frozen=True, slots=True)
class PackFacts:
    """Everything a prisoner's board pack shows, as at ``as_at``."""

    prisoner_id: str
    prisoner_name: str
    noms_number: str
    location: str
    establishment: str
    as_at: date
    printed_by: str
    board: BoardFacts | None
    invitees: tuple[InviteeFacts, ...]
    last_board_on: date | None
    key_dates: tuple[tuple[str, str], ...]
    quality: tuple[QualityLine, ...]
    rosh: RoshFacts | None
    rosh_changes: tuple[RoshChange, ...]
    rmp: RmpFacts | None
    lor: LorFacts | None
    plan: PlanView
    reviews: tuple[ReviewFacts, ...]
    contributions: tuple[ContributionFacts, ...]
    interventions: tuple[RequirementRow, ...]
    security: tuple[SecurityEntry, ...]
    prisoner_views: str
    decisions: tuple[str, ...]
    next_review_on: date | None
    distribution: tuple[str, ...]
