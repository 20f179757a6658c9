"""Code lists shared by every layer. Values are stable: they are stored and sent over the wire."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    MALE = "MALE"
    FEMALE = "FEMALE"

    @property
    def label(self) -> str:
        """What screens show: "Male" or "Female"."""
        return {"MALE": "Male", "FEMALE": "Female"}[self.value]


class SentenceType(StrEnum):
    DETERMINATE = "DETERMINATE"
    IPP = "IPP"
    LIFE = "LIFE"
    RECALL = "RECALL"
    REMAND = "REMAND"
    UNSENTENCED = "UNSENTENCED"

    @property
    def label(self) -> str:
        return _SENTENCE_LABELS[self]

    @property
    def is_sentenced(self) -> bool:
        return self not in (SentenceType.REMAND, SentenceType.UNSENTENCED)

    @property
    def is_indeterminate(self) -> bool:
        return self in (SentenceType.IPP, SentenceType.LIFE)


_SENTENCE_LABELS = {
    SentenceType.DETERMINATE: "Determinate",
    SentenceType.IPP: "IPP",
    SentenceType.LIFE: "Life",
    SentenceType.RECALL: "Recall",
    SentenceType.REMAND: "Remand",
    SentenceType.UNSENTENCED: "Unsentenced (convicted)",
}


class RoshLevel(StrEnum):
    """Risk of serious harm, lowest first (DESIGN.md section 4 "Overall RoSH")."""

    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"
    VERY_HIGH = "VERY_HIGH"

    @property
    def label(self) -> str:
        """The one user-facing name of the level (screens, and the tier's reason lines: stored text)."""
        return _ROSH_LABELS[self]

    @property
    def rank(self) -> int:
        """0 for LOW up to 3 for VERY_HIGH, for ordering and "the highest level"."""
        return _ROSH_RANKS[self]


# Title case as the tier's reason lines have always shown it ("RoSH Very High: 150 points"); those lines
# are stored with signed assessments, so this text must not change without a rules version change.
_ROSH_LABELS = {
    RoshLevel.LOW: "Low",
    RoshLevel.MEDIUM: "Medium",
    RoshLevel.HIGH: "High",
    RoshLevel.VERY_HIGH: "Very High",
}
_ROSH_RANKS = {level: i for i, level in enumerate(RoshLevel)}


class AllocationRole(StrEnum):
    OFFENDER_SUPERVISOR = "OFFENDER_SUPERVISOR"
    OFFENDER_MANAGER = "OFFENDER_MANAGER"
    PERSONAL_OFFICER = "PERSONAL_OFFICER"

    @property
    def label(self) -> str:
        return {
            AllocationRole.OFFENDER_SUPERVISOR: "Offender supervisor",
            AllocationRole.OFFENDER_MANAGER: "Community offender manager",
            AllocationRole.PERSONAL_OFFICER: "Personal officer",
        }[self]


class CustodyEventType(StrEnum):
    RECEPTION = "RECEPTION"
    TRANSFER_IN = "TRANSFER_IN"
    TRANSFER_OUT = "TRANSFER_OUT"
    RELEASE = "RELEASE"


class UserRole(StrEnum):
    """Roles of DESIGN.md section 1; every casework call checks one."""

    SUPERVISOR = "SUPERVISOR"
    MANAGER = "MANAGER"
    CONTRIBUTOR = "CONTRIBUTOR"
    ADMIN = "ADMIN"

    @property
    def label(self) -> str:
        return {
            UserRole.SUPERVISOR: "Offender supervisor",
            UserRole.MANAGER: "OMU manager",
            UserRole.CONTRIBUTOR: "Department contributor",
            UserRole.ADMIN: "Administrator",
        }[self]
