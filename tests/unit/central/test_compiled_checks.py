"""The compiled per-field checks accept exactly what ``normalise_value`` accepts, in the same form.

``check_change`` runs a small function made for each field's spec and asks ``normalise_value`` only
when that function cannot accept the value itself: so for every field of every entity and every kind
of value, the pair must answer as ``normalise_value`` alone does (same value, or the same message).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

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
