"""The building blocks of the entity registry: sync classes, field types and the common columns.

Kept apart from ``protocol/entities.py`` so each capability's entities can live in a module of readable
size (``protocol/workflow_entities.py``) without an import cycle.
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
