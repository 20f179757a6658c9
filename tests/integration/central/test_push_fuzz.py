"""Property test of the push endpoint: malformed payloads never cause a 500 and nothing is applied."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from central_harness import Central, change, prisoner_row
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.protocol.entities import ENTITIES

pytestmark = pytest.mark.integration

_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.integers(min_value=81, max_value=300_000).map(lambda n: "x" * n),
)
_json = st.recursive(
    _json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
_field_names = st.sampled_from(
    [
        "family_name",
        "gender",
        "date_of_birth",
        "is_ppo",
        "id",
        "prisoner_id",
        "establishment_code",
        "noms_number",
        "shoe_size",
        "",
        "x" * 65,
        "rosh_level",
    ]
)


@st.composite
def _bad_change(draw: st.DrawFn, device_id: str, author: str) -> Any:
    """A change that is almost right, with one or more parts replaced by something wrong."""
    row = prisoner_row()
    c: dict[str, Any] = change("prisoner", row["id"], row["id"], "INSERT", row, author)
    # Always one field the entity does not have, so no valid INSERT can slip through; then more damage.
    unknown = draw(st.text(min_size=1, max_size=70).filter(lambda n: n not in ENTITIES["prisoner"].fields))
    c["patch"][unknown] = draw(_json)
    for _ in range(draw(st.integers(0, 3))):
        c["patch"][draw(_field_names)] = draw(_json)
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from([*c.keys(), "unexpected"]))
        c[key] = draw(_json)
    return c


@st.composite
def _bad_body(draw: st.DrawFn, device_id: str, author: str) -> bytes:
    kind = draw(st.sampled_from(["json", "change", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "json":
        return json.dumps(draw(_json)).encode()
    changes = draw(st.lists(_bad_change(device_id, author), min_size=1, max_size=4))
    return json.dumps({"device_id": device_id, "changes": changes}).encode()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_malformed_pushes_never_500_and_never_apply(central: Central, data: st.DataObject) -> None:
    body = data.draw(_bad_body(central.mdi.device_id, central.users["os_mdi"]))
    before = central.count("raw_push")
    response = central.mdi.client.post("/sync/v1/push", content=body, headers=central.mdi.headers())
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        assert all(
            r["status"] == "REJECTED" and r["problem"]["status"] >= 400 for r in response.json()["results"]
        )
    else:
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["detail"]
    assert central.count("change_log") == 0
    assert central.count("entity_state") == 0
    assert central.count("raw_push") == before + 1


def test_a_valid_change_after_the_fuzzing_still_applies(central: Central) -> None:
    row = prisoner_row()
    result = central.mdi.push_one(
        change("prisoner", row["id"], row["id"], "INSERT", row, central.users["os_mdi"])
    )
    assert result["status"] == "APPLIED"
    assert uuid.UUID(result["change_id"])
