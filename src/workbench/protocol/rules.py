"""Field rules the terminal and the central record share, written once (issue 7 point 12).

Both sides import these: the sync client (``sync/apply.py``), the casework services (which clean text
before anything is stored) and the central record (``central/validation.py``, ``central/apply.py``).
A rule written on each side drifts; when it did, the terminal accepted pasted text the central record
refused, and the change sat in quarantine for ever.

Text rule (one rule, two steps):

1. ``clean_text`` — what the terminal does to typed or pasted text before storing it: NFC
   normalisation (a decomposed "José" is the same name as a composed one); Windows and old Mac line
   ends (CR LF, CR) and the vertical tab, form feed, NEL and Unicode line/paragraph separators that
   Word puts in pasted text become a newline in multi-line text; tabs become a space; in single-line
   text every line break becomes a space.
2. ``text_problem`` — what neither side accepts after that: any other control character (NUL, the
   rest of C0, DEL) and lone surrogates (half of a UTF-16 pair, which cannot be encoded). The
   message names the character and where it is, so a person can find it. Multi-line text may hold
   tab, newline and carriage return (the central record has always accepted them from older
   terminals); single-line text none.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from typing import Final
from uuid import UUID

Scalar = str | int | bool | float | None
"""Field values on the wire: dates and times travel as ISO 8601 strings."""


class Op(StrEnum):
    """What a change does to its record."""

    INSERT = "INSERT"
    UPDATE = "UPDATE"
    DELETE = "DELETE"


META_FIELDS: Final = frozenset({"updated_at"})
"""Bookkeeping fields that never conflict: the applying change's value goes with its other fields."""

IMMUTABLE_FIELDS: Final = frozenset({"id", "prisoner_id", "created_at"})
"""Fields fixed when a record is created: no later change may rewrite them."""

DELETE_FIELDS: Final = ("deleted_at", "deleted_by", "delete_reason")
"""The tombstone a DELETE writes (case data is never hard-deleted, DESIGN.md section 3)."""

TOMBSTONE_FIELDS: Final = frozenset({*DELETE_FIELDS, "updated_at"})
"""Everything a DELETE change may carry."""


class ConflictKind(StrEnum):
    """Kinds of conflict. The central record issues FIELD and DELETE_EDIT; the terminal adds the others."""

    FIELD = "FIELD"  # the same field changed to different values: the central record kept its value
    DELETE_EDIT = "DELETE_EDIT"  # a delete met an edit
    PREDICTED = "PREDICTED"  # a pulled change met local pending work; expected when it is pushed
    NOT_APPLIED = "NOT_APPLIED"  # a pulled change could not be stored on the terminal


WIRE_CONFLICT_KINDS: Final = frozenset({ConflictKind.FIELD, ConflictKind.DELETE_EDIT})
"""The kinds that travel in a ``FieldConflict``."""


# -- text -------------------------------------------------------------------------------------------

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")
_SINGLE_LINE_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")
_MULTI_LINE_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

_CONTROL_NAMES: Final = {
    0x00: "NUL",
    0x07: "bell",
    0x08: "backspace",
    0x09: "tab",
    0x0A: "line break",
    0x0B: "vertical tab",
    0x0C: "form feed",
    0x0D: "carriage return",
    0x1B: "escape",
    0x7F: "delete",
}


def canonical_uuid(value: str) -> str:
    """``value`` as ``str(UUID(value))`` writes it (``ValueError`` if it is not a UUID).

    The ids terminals write already are, so those are matched, not parsed: a push carries several
    per change, and both sides check them.
    """
    return value if CANONICAL_UUID.fullmatch(value) else str(UUID(value))


def clean_text(value: str, *, multiline: bool) -> str:
    """``value`` as the terminal stores it: NFC, with pasted line breaks and tabs made plain.

    It never removes anything a person could see; characters that remain unacceptable are for
    ``text_problem`` to name.
    """
    text = unicodedata.normalize("NFC", value)  # lone surrogates pass through for text_problem to name
    text = _LINE_BREAKS.sub("\n" if multiline else " ", text)
    return text.replace("\t", " ")


def text_problem(value: str, *, multiline: bool) -> str | None:
    """Why ``value`` cannot be stored, as the end of a sentence ("contains ..."), or None if it can."""
    forbidden = _MULTI_LINE_FORBIDDEN if multiline else _SINGLE_LINE_FORBIDDEN
    found = forbidden.search(value)
    if found is not None:
        code = ord(found.group())
        name = _CONTROL_NAMES.get(code, "control character")
        article = "an" if name[0] in "aeiou" else "a"
        return (
            f"contains {article} {name} (U+{code:04X}) at character {found.start() + 1}, "
            "which cannot be stored; delete it and type the text again"
        )
    found = None if value.isascii() else _SURROGATE.search(value)
    if found is not None:
        return (
            f"contains a broken character (U+{ord(found.group()):04X}, half of a pair) at character "
            f"{found.start() + 1}, usually from a damaged paste; delete it and type the text again"
        )
    return None
