"""Checking every pushed field against the entity registry (``workbench.protocol.entities``).

Values are normalised to the one form the central record keeps and compares: dates ``YYYY-MM-DD``,
times naive UTC ``datetime.isoformat()`` (what the terminal sends), UUIDs lower-case with hyphens.
Every problem is reported at once, each with the path of the field it concerns.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Final, NamedTuple

from workbench.central.canonical import dumps_patch
from workbench.domain.noms import noms_problem
from workbench.protocol.entities import ENTITIES, EntitySpec, FieldSpec, FieldType
from workbench.protocol.messages import ChangeIn, Op, Scalar
from workbench.protocol.rules import CANONICAL_UUID, TOMBSTONE_FIELDS, canonical_uuid, text_problem

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# What ``datetime.isoformat()`` writes for a naive time: parsed by ``fromisoformat`` for sure.
_NAIVE_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?")

INT_LIMIT = 2**31 - 1
VERSION_LIMIT = 2**53


@dataclass(frozen=True)
class FieldError:
    """One problem with a pushed change: where it is and what is wrong."""

    path: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """The error as it appears in a problem document's ``errors`` list."""
        return {"path": self.path, "message": self.message}


def printable(value: object, limit: int = 60) -> str:
    """A short, safely encodable rendering of user input for an error message."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + f"… ({len(text)} characters)"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def normalise_value(name: str, spec: FieldSpec, value: Scalar) -> tuple[Scalar, str | None]:
    """``value`` in the stored form for ``spec``, or an error message saying what is wrong."""
    if value is None:
        return (None, None) if spec.nullable else (None, "must not be null")
    kind = spec.type
    if kind in (FieldType.STR, FieldType.TEXT):
        if not isinstance(value, str):
            return None, f"must be a string, not {type(value).__name__}"
        if spec.max_length is not None and len(value) > spec.max_length:
            return None, f"is {len(value)} characters long; at most {spec.max_length} are allowed"
        problem = text_problem(value, multiline=kind is FieldType.TEXT)
        if problem is not None:
            return None, problem
        if spec.choices is not None and value not in spec.choices:
            return None, f"{printable(value)!r} is not one of {', '.join(sorted(spec.choices))}"
        if name == "noms_number":
            problem = noms_problem(value)
            if problem:
                return None, problem
            if value != value.strip().upper():
                return None, "must be written in capitals with no spaces, like A1234BC"
        return value, None
    if kind is FieldType.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return None, f"must be a whole number, not {type(value).__name__}"
        if not -INT_LIMIT <= value <= INT_LIMIT:
            return None, f"must be between {-INT_LIMIT} and {INT_LIMIT}"
        return value, None
    if kind is FieldType.BOOL:
        if not isinstance(value, bool):
            return None, f"must be true or false, not {type(value).__name__}"
        return value, None
    if not isinstance(value, str) or len(value) > 64:
        return None, f"must be a {kind.value} written as a string"
    if kind is FieldType.UUID:
        try:
            return canonical_uuid(value), None
        except ValueError:
            return None, f"{printable(value)!r} is not a UUID"
    if kind is FieldType.DATE:
        if not _ISO_DATE.fullmatch(value):
            return None, f"{printable(value)!r} is not a date (YYYY-MM-DD)"
        try:
            return date.fromisoformat(value).isoformat(), None
        except ValueError:
            return None, f"{printable(value)!r} is not a real date"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None, f"{printable(value)!r} is not a date and time (ISO 8601)"
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.isoformat(), None


@dataclass(frozen=True, slots=True)
class CheckedChange:
    """A change that passed validation: its entity's spec, the normalised patch and its ids as text."""

    change: ChangeIn
    spec: EntitySpec
    patch: dict[str, Scalar]
    patch_json: str
    """The canonical JSON of ``patch`` (the patch as sent, when checking changed nothing)."""
    change_id: str
    author_id: str
    key: tuple[str, str]
    """(entity, entity_id): the row this change is about."""
    pid: str | None

    @property
    def prisoner_id(self) -> str:
        """The prisoner (aggregate root) the change belongs to."""
        assert self.pid is not None
        return self.pid


# -- the checks compiled per field ----------------------------------------------------------------
#
# A push carries tens of thousands of fields on a first sync. Each field gets a small function made
# for its spec that accepts the values terminals write (already in stored form) and answers ``_ASK``
# for anything else, which ``normalise_value`` then normalises or explains: so the messages, and
# what is accepted, are exactly ``normalise_value``'s (a test compares the two on every kind of value).


class _Answer(Enum):
    ASK = "ask"
    """A compiled check's answer when ``normalise_value`` must decide."""


_ASK: Final = _Answer.ASK
_Check = Callable[[Scalar], Scalar | _Answer]


def _compile(name: str, spec: FieldSpec) -> _Check:
    check = _compile_value(name, spec)
    if not spec.nullable:
        return check  # None is for normalise_value to refuse
    return lambda value: None if value is None else check(value)


def _compile_value(name: str, spec: FieldSpec) -> _Check:
    """The check of a value that is not None."""
    kind = spec.type
    if name == "noms_number":
        return lambda value: _ASK
    if kind in (FieldType.STR, FieldType.TEXT):
        limit = spec.max_length if spec.max_length is not None else math.inf
        multiline = kind is FieldType.TEXT
        choices = spec.choices

        def text(value: Scalar) -> Scalar | _Answer:
            if (
                type(value) is str
                and len(value) <= limit
                and (choices is None or value in choices)
                and text_problem(value, multiline=multiline) is None
            ):
                return value
            return _ASK

        return text
    if kind is FieldType.INT:
        return lambda value: value if type(value) is int and -INT_LIMIT <= value <= INT_LIMIT else _ASK
    if kind is FieldType.BOOL:
        return lambda value: value if type(value) is bool else _ASK
    if kind is FieldType.UUID:
        return lambda value: value if type(value) is str and CANONICAL_UUID.fullmatch(value) else _ASK
    day = kind is FieldType.DATE
    pattern = _ISO_DATE if day else _NAIVE_DATETIME
    parse: Callable[[str], date] = date.fromisoformat if day else datetime.fromisoformat

    def when(value: Scalar) -> Scalar | _Answer:
        if type(value) is str and pattern.fullmatch(value):
            try:
                text = parse(value).isoformat()
            except ValueError:
                return _ASK
            return value if text == value else text  # the very object when unchanged
        return _ASK

    return when


class _Compiled(NamedTuple):
    checkers: dict[str, _Check]
    required: tuple[str, ...]
    nullable: tuple[str, ...]


_COMPILED: dict[str, tuple[EntitySpec, _Compiled]] = {}


def _compiled(spec: EntitySpec) -> _Compiled:
    """The entity's compiled checks, made on first use (and again for a different spec of that name)."""
    hit = _COMPILED.get(spec.name)
    if hit is None or hit[0] is not spec:
        fields = spec.fields.items()
        hit = (
            spec,
            _Compiled(
                {name: _compile(name, field) for name, field in fields},
                tuple(n for n, f in fields if not f.nullable),
                tuple(n for n, f in fields if f.nullable),
            ),
        )
        _COMPILED[spec.name] = hit
    return hit[1]


def check_change(change: ChangeIn, sent_json: str | None = None) -> CheckedChange | list[FieldError]:
    """Validate one change against the registry; return it normalised, or every problem found.

    ``sent_json``, if given, is ``dumps(change.patch)``: it is the checked patch's JSON when checking
    kept every value as sent (the same objects, so the same JSON) and added none.
    """
    spec = ENTITIES.get(change.entity)
    if spec is None:
        return [
            FieldError("entity", f"unknown entity {change.entity!r}; known: {', '.join(sorted(ENTITIES))}")
        ]
    errors: list[FieldError] = []
    patch: dict[str, Scalar] = {}
    same = True  # every value kept as sent (the very object), so the patch as sent is its JSON
    compiled = _compiled(spec)
    checkers = compiled.checkers
    for name, value in change.patch.items():
        check = checkers.get(name)
        if check is None:
            errors.append(
                FieldError(f"patch.{printable(name)}", f"{spec.name} has no field {printable(name)!r}")
            )
            continue
        normal = check(value)
        if normal is not value:
            if normal is _ASK:
                normal, message = normalise_value(name, spec.fields[name], value)
                if message is not None:
                    errors.append(FieldError(f"patch.{name}", message))
                    continue
            same = False
        patch[name] = normal
    if change.base_version is not None and change.base_version > VERSION_LIMIT:
        errors.append(FieldError("base_version", "is larger than any version the central record issues"))
    change_id, entity_id, author_id, pid = change_ids(change)
    if spec.name == "prisoner":
        if change.prisoner_id is not None and str(change.prisoner_id) != entity_id:
            errors.append(FieldError("prisoner_id", "a prisoner row's prisoner_id must be its own id"))
    elif "prisoner_id" in spec.fields and change.prisoner_id is None:
        errors.append(FieldError("prisoner_id", f"is required for {spec.name}"))
    if change.op is Op.INSERT:
        missing = [n for n in compiled.required if n not in change.patch]
        if missing:
            errors.append(
                FieldError("patch", f"an INSERT carries the whole row; missing: {', '.join(missing)}")
            )
        if "id" in patch and patch["id"] != entity_id:
            errors.append(FieldError("patch.id", "must equal entity_id"))
        if "prisoner_id" in patch and patch["prisoner_id"] != pid:
            errors.append(FieldError("patch.prisoner_id", "must equal the change's prisoner_id"))
        for name in compiled.nullable:
            if name not in patch:
                patch[name] = None
                same = False
    elif change.op is Op.DELETE:
        extra = sorted(set(change.patch) - TOMBSTONE_FIELDS)
        if extra:
            errors.append(
                FieldError("patch", f"a DELETE carries only the tombstone; not: {', '.join(extra)}")
            )
        if not change.patch.get("deleted_at"):
            errors.append(FieldError("patch.deleted_at", "a DELETE must say when (deleted_at)"))
    elif not change.patch:
        errors.append(FieldError("patch", "an UPDATE must change at least one field"))
    if errors:
        return errors
    return CheckedChange(
        change=change,
        spec=spec,
        patch=patch,
        patch_json=sent_json if same and sent_json is not None else dumps_patch(patch),
        change_id=change_id,
        author_id=author_id,
        key=(change.entity, entity_id),
        pid=pid,
    )


ChangeIds = tuple[str, str, str, str | None]
"""A change's (change id, entity id, author id, prisoner id) as text."""


def change_ids(change: ChangeIn) -> ChangeIds:
    """The change's ids as text, turned from UUIDs once; a prisoner row's prisoner is itself."""
    entity_id = str(change.entity_id)
    if change.entity == "prisoner":
        pid: str | None = entity_id
    else:
        pid = None if change.prisoner_id is None else str(change.prisoner_id)
    return str(change.change_id), entity_id, str(change.author_id), pid


def scalar_of(value: Any) -> Scalar:
    """``value`` if it is a wire scalar (for values read back from stored JSON)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
