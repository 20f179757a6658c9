"""The compiled per-field checks accept exactly what ``normalise_value`` accepts, in the same form.

``check_change`` runs a small function made for each field's spec and asks ``normalise_value`` only
when that function cannot accept the value itself: so for every field of every entity and every kind
of value, the pair must answer as ``normalise_value`` alone does (same value, or the same message).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from workbench.central.canonical import dumps
from workbench.central.validation import _ASK, _compiled, check_change, normalise_value
from workbench.protocol.entities import ENTITIES, EntitySpec
from workbench.protocol.messages import ChangeIn, Op, Scalar

_ID = "0b9a4a0e-5b0e-4d6e-9c1a-2f3e4d5c6b7a"

SAMPLES: list[Scalar] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2**31 - 1,
    2**31,
    -(2**31),
    10**30,
    1.0,
    1.5,
    float("inf"),
    "",
    " ",
    "plain text",
    "Line one\nline two",
    "tab\there",
    "nul\x00inside",
    "bell\x07",
    "broken \ud800 pair",
    "café",
    "A1234BC",
    "a1234bc",
    " A1234BC",
    _ID,
    _ID.upper(),
    "{" + _ID + "}",
    _ID.replace("-", ""),
    "2026-12-05",
    "2026-02-30",
    "2026-2-5",
    "٢٠٢٦-١٢-٠٥",  # Arabic-Indic digits match \d
    "2026-12-05T11:00:00",
    "2026-12-05T11:00:00.123456",
    "2026-12-05T11:00:00.000000",
    "2026-12-05T25:00:00",
    "2026-12-05T11:00:00+01:00",
    "2026-12-05T11:00:00Z",
    "2026-12-05 11:00",
    "x" * 65,
    "y" * 20_001,
]


def _choices(spec: EntitySpec) -> list[Scalar]:
    return [c for f in spec.fields.values() if f.choices for c in sorted(f.choices)]


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_compiled_checks_answer_as_normalise_value_for_every_field(entity: str) -> None:
    spec = ENTITIES[entity]
    checkers = _compiled(spec).checkers
    assert set(checkers) == set(spec.fields)
    values = [*SAMPLES, *_choices(spec)]
    for name, field in spec.fields.items():
        if field.max_length:
            values += ["z" * field.max_length, "z" * (field.max_length + 1)]
        for value in values:
            expected = normalise_value(name, field, value)
            fast = checkers[name](value)
            got = normalise_value(name, field, value) if fast is _ASK else (fast, None)
            assert got == expected, (entity, name, value)
            assert type(got[0]) is type(expected[0]), (entity, name, value)


def test_check_change_fills_an_inserts_nullable_fields_and_names_the_missing_ones() -> None:
    spec = ENTITIES["contact_entry"]
    required = [n for n, f in spec.fields.items() if not f.nullable]
    change = ChangeIn(
        change_id=uuid.uuid4(),
        entity="contact_entry",
        entity_id=uuid.UUID(_ID),
        prisoner_id=uuid.uuid4(),
        op=Op.INSERT,
        patch={"id": _ID},
        author_id=uuid.uuid4(),
        created_at=datetime.now(UTC).replace(tzinfo=None),
    )
    errors = check_change(change)
    assert isinstance(errors, list)
    missing = next(e for e in errors if e.path == "patch")
    assert missing.message.endswith(", ".join(n for n in required if n != "id"))


def _contact_row() -> dict[str, Scalar]:
    return {
        "id": _ID,
        "prisoner_id": _ID,
        "created_at": "2026-12-05T10:00:00",
        "updated_at": "2026-12-05T10:00:00",
        "deleted_at": None,
        "deleted_by": None,
        "delete_reason": None,
        "contact_date": "2026-11-21",
        "kind": "FIRST_CONTACT",
        "summary": "Met in the wing office.",
        "author_id": _ID,
        "author_name": "Sam Supervisor",
        "supersedes_id": None,
    }


@pytest.mark.parametrize(
    ("patch", "as_sent"),
    [
        ({}, True),
        ({"summary": "Seen again — all well"}, True),
        ({"deleted_at": None, "supersedes_id": None}, True),
        ("no nullable fields", False),  # every nullable field added
        ({"created_at": "2026-12-05T11:00:00.000000"}, False),  # written again as 2026-12-05T11:00:00
        ({"created_at": "2026-12-05T11:00:00+01:00"}, False),  # moved to UTC
        ({"author_id": _ID.upper()}, False),  # lower-cased
    ],
)
def test_a_checked_patch_json_is_always_its_canonical_json(patch: object, as_sent: bool) -> None:
    """The patch as sent is reused as the checked patch's JSON only when checking changed nothing."""
    spec = ENTITIES["contact_entry"]
    row: dict[str, Scalar] = {n: None for n, f in spec.fields.items() if f.nullable}
    row.update(_contact_row())
    if isinstance(patch, dict):
        row.update(patch)
    else:
        row = {n: v for n, v in row.items() if not spec.fields[n].nullable}
    change = ChangeIn(
        change_id=uuid.uuid4(),
        entity="contact_entry",
        entity_id=uuid.UUID(_ID),
        prisoner_id=uuid.UUID(_ID),
        op=Op.INSERT,
        patch=row,
        author_id=uuid.UUID(_ID),
        created_at=datetime.now(UTC).replace(tzinfo=None),
    )
    checked = check_change(change, dumps(change.patch))
    assert not isinstance(checked, list), checked
    assert checked.patch_json == dumps(checked.patch)
    assert (checked.patch_json == dumps(change.patch)) is as_sent
