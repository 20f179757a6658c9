"""The registry of syncable entities: sync class and typed fields (DESIGN.md section 3).

An entity added later registers here once; the server validates every pushed field against this,
and a store test checks the terminal's ORM columns agree with it.

Classes: A append-only (never conflicts), B field-merged (three-way per field), C single-writer draft
(only its owner may write), D reference data (read-only for terminals).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class SyncClass(StrEnum):
    APPEND_ONLY = "A"
    MERGED = "B"
    DRAFT = "C"
    REFERENCE = "D"


class FieldType(StrEnum):
    STR = "str"
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    INT = "int"
    BOOL = "bool"
    UUID = "uuid"


@dataclass(frozen=True)
class FieldSpec:
    """One field: its type, whether it may be null, its maximum length (strings) and allowed values."""

    type: FieldType
    nullable: bool = False
    max_length: int | None = None
    choices: frozenset[str] | None = None


@dataclass(frozen=True)
class EntitySpec:
    """A syncable entity: name, sync class, fields a change may carry, and the owner field for drafts."""

    name: str
    sync_class: SyncClass
    fields: dict[str, FieldSpec]
    owner_field: str | None = None

    def field(self, name: str) -> FieldSpec | None:
        return self.fields.get(name)


def _s(n: int, *, nullable: bool = False, choices: set[str] | None = None) -> FieldSpec:
    return FieldSpec(FieldType.STR, nullable, n, frozenset(choices) if choices else None)


_TEXT = FieldSpec(FieldType.TEXT, False, 20_000)
_TEXT_N = FieldSpec(FieldType.TEXT, True, 20_000)
_DATE = FieldSpec(FieldType.DATE)
_DATE_N = FieldSpec(FieldType.DATE, True)
_DT = FieldSpec(FieldType.DATETIME)
_DT_N = FieldSpec(FieldType.DATETIME, True)
_UUID = FieldSpec(FieldType.UUID)
_UUID_N = FieldSpec(FieldType.UUID, True)
_INT_N = FieldSpec(FieldType.INT, True)
_BOOL = FieldSpec(FieldType.BOOL)
_BOOL_N = FieldSpec(FieldType.BOOL, True)

# Columns every syncable row carries (DESIGN.md section 3).
_COMMON: Final[dict[str, FieldSpec]] = {
    "id": _UUID,
    "prisoner_id": _UUID,
    "created_at": _DT,
    "updated_at": _DT,
    "deleted_at": _DT_N,
    "deleted_by": _UUID_N,
    "delete_reason": _TEXT_N,
}

_SENTENCE_TYPES = {"DETERMINATE", "IPP", "LIFE", "RECALL", "REMAND", "UNSENTENCED"}
_ROSH = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"}

ENTITIES: Final[dict[str, EntitySpec]] = {
    spec.name: spec
    for spec in (
        EntitySpec("prisoner", SyncClass.MERGED, {
            **_COMMON,
            "noms_number": _s(7),
            "family_name": _s(80),
            "given_name": _s(80),
            "date_of_birth": _DATE,
            "gender": _s(8, choices={"MALE", "FEMALE"}),
            "establishment_code": _s(8),
            "location": _s(40),
            "arrived_on": _DATE,
            "is_ppo": _BOOL_N,
            "rosh_level": _s(12, nullable=True, choices=_ROSH),
            "left_scope_at": _DT_N,
        }),
        EntitySpec("sentence", SyncClass.MERGED, {
            **_COMMON,
            "is_current": _BOOL,
            "sentence_type": _s(16, choices=_SENTENCE_TYPES),
            "sentence_date": _DATE_N,
            "length_days": _INT_N,
            "parole_eligibility_date": _DATE_N,
            "conditional_release_date": _DATE_N,
            "home_detention_curfew_eligibility_date": _DATE_N,
            "tariff_date": _DATE_N,
            "sentence_expiry_date": _DATE_N,
            "licence_expiry_date": _DATE_N,
        }),
        EntitySpec("custody_event", SyncClass.APPEND_ONLY, {
            **_COMMON,
            "event_type": _s(16, choices={"RECEPTION", "TRANSFER_IN", "TRANSFER_OUT", "RELEASE"}),
            "event_date": _DATE,
            "establishment_code": _s(8),
            "other_establishment": _s(8),
            "note": _TEXT,
            "supersedes_id": _UUID_N,
        }),
        EntitySpec("allocation", SyncClass.MERGED, {
            **_COMMON,
            "role": _s(24, choices={"OFFENDER_SUPERVISOR", "OFFENDER_MANAGER", "PERSONAL_OFFICER"}),
            "staff_user_id": _UUID_N,
            "staff_name": _s(120),
            "start_date": _DATE,
            "end_date": _DATE_N,
            "reason": _TEXT,
            "recorded_by": _s(120),
        }),
        EntitySpec("contact_entry", SyncClass.APPEND_ONLY, {
            **_COMMON,
            "contact_date": _DATE,
            "kind": _s(24),
            "summary": _TEXT,
            "author_id": _UUID,
            "author_name": _s(120),
            "supersedes_id": _UUID_N,
        }),
    )
}


def entity(name: str) -> EntitySpec | None:
    """The registered entity called ``name``, or None."""
    return ENTITIES.get(name)
