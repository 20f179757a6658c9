"""The payload hash, written directly, is byte for byte the defined one.

Stored payload hashes decide DUPLICATE against "id reused": a hash written differently after an upgrade
would refuse every change a terminal pushes again. ``payload_hash`` must equal ``reference_hash`` (the
definition: SHA-256 of the canonical JSON of the model's dump) on every kind of change.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.central.canonical import dumps, dumps_patch, payload_hash, reference_hash
from workbench.protocol.messages import ChangeIn, Op

PATCHES: list[dict[str, object]] = [
    {},
    {"id": "0b9a4a0e-5b0e-4d6e-9c1a-2f3e4d5c6b7a", "note": "plain", "n": 3, "flag": True, "gone": None},
    {"note": 'café — “quoted” \u2028 and \\ back"slash', "emoji": "\U0001f600", "lone": "\ud800"},
    {"big": 10**30, "neg": -(2**63), "x": 1.5, "y": 1e-7, "z": 1e22, "w": 0.0},
    {"inf": float("inf")},  # what json.loads makes of 1e400
    {"ninf": float("-inf"), "nan": float("nan")},
    {"tab\tkey": "v", "Zed": 1, "alpha": 2},
]
TIMES = [
    datetime(2026, 12, 5, 11, 0),
    datetime(2026, 12, 5, 11, 0, 0, 1),
    datetime(1, 1, 1),
    datetime(2026, 12, 5, 11, 0, tzinfo=UTC),
    datetime(2026, 12, 5, 11, 0, 0, 123400, tzinfo=timezone(timedelta(hours=1))),
]


def test_payload_hash_is_the_reference_hash_for_every_kind_of_change() -> None:
    checked = 0
    for patch, created, pid, base, op, entity in itertools.product(
        PATCHES, TIMES, [None, uuid.uuid4()], [None, 0, 7, True], list(Op), ["contact_entry", "x_y"]
    ):
        change = ChangeIn.model_validate(
            {
                "change_id": str(uuid.uuid4()).upper(),
                "entity": entity,
                "entity_id": uuid.uuid4().hex,
                "prisoner_id": pid,
                "op": op,
                "base_version": base,
                "patch": patch,
                "author_id": str(uuid.uuid4()),
                "created_at": created,
            }
        )
        expected = reference_hash(change)
        assert payload_hash(change) == expected, (patch, created, pid, base, op)
        assert payload_hash(change, dumps(change.patch)) == expected
        ids = str(change.change_id), str(change.entity_id), str(change.author_id)
        assert payload_hash(change, dumps(change.patch), ids) == expected
        checked += 1
    assert checked == len(PATCHES) * len(TIMES) * 2 * 4 * len(Op) * 2


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet=st.characters(max_codepoint=0x7F)),
    st.sampled_from(["\x7f", "\x00", "\n\t\r\b\f", "\u2028", "\ud800", '"\\/']),
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=12), _SCALARS, max_size=20))
def test_dumps_patch_writes_exactly_what_dumps_writes(patch: dict[str, Any]) -> None:
    assert dumps_patch(patch) == dumps(patch)


def test_dumps_patch_on_the_values_that_orjson_writes_differently() -> None:
    patches: list[dict[str, Any]] = [
        {"del": "a\x7fb"},
        {"f": 1.0},
        {"f": 1e-7, "s": "x"},
        {"big": 2**64},
        {"neg": -(2**63) - 1},
        {"é": 1},
        {"s": "café"},
        {"b": True, "i": 1, "n": None, "ctl": "\x01\x1f"},
    ]
    for patch in patches:
        assert dumps_patch(patch) == dumps(patch), patch
