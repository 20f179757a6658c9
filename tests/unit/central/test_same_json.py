"""The apply path writes an INSERT's JSON once when patch, applied fields and state are the same."""

from __future__ import annotations

from workbench.central.canonical import dumps, same_json


def test_same_json_only_when_the_canonical_json_is_the_same() -> None:
    row = {"id": "a", "n": 1, "flag": True, "x": 1.5, "note": None}
    assert same_json(row, dict(row)) and dumps(row) == dumps(dict(row))
    for a, b in (
        ({"x": True}, {"x": 1}),  # equal in Python, "true" and "1" in JSON
        ({"x": 1.0}, {"x": 1}),  # "1.0" and "1"
        ({"x": True, "y": 1}, {"y": True, "x": 1}),  # same types in order, different per key
        ({"x": 1}, {"x": 1, "y": None}),
    ):
        assert not same_json(a, b)
        assert a != b or dumps(a) != dumps(b)
