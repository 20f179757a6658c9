"""Pushing changes to the central record: idempotency, class rules, merge, authorisation, bad input."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from central_harness import Central, change, contact_row, prisoner_row, stamp

from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from workbench.protocol.entities import ENTITIES, EntitySpec, FieldSpec, FieldType, SyncClass
from workbench.protocol.messages import MAX_BATCH

pytestmark = pytest.mark.integration


def test_replaying_a_change_returns_the_stored_result_as_duplicate(central: Central) -> None:
    author = central.users["os_mdi"]
    row = prisoner_row()
    c = change("prisoner", row["id"], row["id"], "INSERT", row, author)
    first = central.mdi.push_one(c)
    again = central.mdi.push_one(c)
    assert first["status"] == "APPLIED" and first["server_seq"] == 1 and first["version"] == 1
    assert again["status"] == "DUPLICATE"
    assert (again["server_seq"], again["version"]) == (first["server_seq"], first["version"])
    assert central.count("change_log") == 1


def test_same_change_id_with_different_content_is_refused_409_and_quarantined(central: Central) -> None:
    author = central.users["os_mdi"]
    row = prisoner_row()
    c = change("prisoner", row["id"], row["id"], "INSERT", row, author)
    assert central.mdi.push_one(c)["status"] == "APPLIED"
    tampered = {**c, "patch": {**row, "family_name": "Jones"}}
    result = central.mdi.push_one(tampered)
    assert result["status"] == "REJECTED"
    assert result["problem"]["status"] == 409
    assert "different content" in result["problem"]["detail"]
    assert central.count("quarantine", "WHERE status = 409") == 1
    assert central.count("change_log") == 1


def test_class_a_inserts_never_conflict_and_cannot_be_changed(central: Central) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    first = contact_row(pid, a)
    second = contact_row(pid, b, summary="Second note, same day")
    r1 = central.mdi.push_one(change("contact_entry", first["id"], pid, "INSERT", first, a))
    r2 = central.mdi2.push_one(change("contact_entry", second["id"], pid, "INSERT", second, b))
    assert r1["status"] == r2["status"] == "APPLIED"
    edit = central.mdi.push_one(
        change(
            "contact_entry",
            first["id"],
            pid,
            "UPDATE",
            {"summary": "rewritten", "updated_at": stamp(2)},
            a,
            base_version=1,
        )
    )
    assert edit["status"] == "REJECTED" and "supersedes_id" in edit["problem"]["detail"]
    gone = central.mdi.push_one(
        change(
            "contact_entry",
            first["id"],
            pid,
            "DELETE",
            {"deleted_at": stamp(2), "deleted_by": a, "delete_reason": "x"},
            a,
            base_version=1,
        )
    )
    assert gone["status"] == "REJECTED"
    correction = contact_row(pid, a, summary="Corrected note", supersedes_id=first["id"])
    fixed = central.mdi.push_one(change("contact_entry", correction["id"], pid, "INSERT", correction, a))
    assert fixed["status"] == "APPLIED" and fixed["conflicts"] == []
    assert central.count("conflict") == 0


def _edit(central: Central, pid: str, author: str, base: int, **fields: object) -> dict[str, object]:
    return change(
        "prisoner", pid, pid, "UPDATE", {**fields, "updated_at": stamp(3)}, author, base_version=base
    )


def test_disjoint_field_edits_from_two_terminals_merge(central: Central) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    r1 = central.mdi.push_one(_edit(central, pid, a, 1, location="B-2-02"))
    r2 = central.mdi2.push_one(_edit(central, pid, b, 1, rosh_level="VERY_HIGH"))
    assert r1["status"] == r2["status"] == "APPLIED"
    assert r2["version"] == 3
    snap = central.mdi.client.get(f"/sync/v1/snapshot/{pid}", headers=central.mdi.headers()).json()
    fields = snap["entities"][0]["fields"]
    assert (fields["location"], fields["rosh_level"]) == ("B-2-02", "VERY_HIGH")


def test_same_field_edited_differently_gives_exactly_one_conflict_with_all_three_values(
    central: Central,
) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    first = central.mdi.push_one(_edit(central, pid, a, 1, location="B-2-02"))
    second = central.mdi2.push_one(_edit(central, pid, b, 1, location="C-3-03", rosh_level="MEDIUM"))
    assert first["status"] == "APPLIED"
    assert second["status"] == "CONFLICT"
    assert len(second["conflicts"]) == 1
    conflict = second["conflicts"][0]
    assert (conflict["field"], conflict["base"], conflict["mine"], conflict["theirs"], conflict["kind"]) == (
        "location",
        "A-1-01",
        "C-3-03",
        "B-2-02",
        "FIELD",
    )
    snap = central.mdi.client.get(f"/sync/v1/snapshot/{pid}", headers=central.mdi.headers()).json()
    fields = snap["entities"][0]["fields"]
    assert fields["location"] == "B-2-02"  # the server kept its value
    assert fields["rosh_level"] == "MEDIUM"  # the disjoint field merged
    assert central.count("conflict") == 1
    # The other author sees the conflict too, on the pulled change.
    pulled, _, _ = central.mdi.pull_all()
    assert [len(c["conflicts"]) for c in pulled] == [1]  # its own two changes are acknowledged by id
    assert len(central.mdi.pull()["acks"]) == 2


def test_identical_edits_are_not_a_conflict(central: Central) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    assert central.mdi.push_one(_edit(central, pid, a, 1, location="B-2-02"))["status"] == "APPLIED"
    second = central.mdi2.push_one(_edit(central, pid, b, 1, location="B-2-02"))
    assert second["status"] == "APPLIED" and second["conflicts"] == []
    assert central.count("conflict") == 0


def test_a_terminals_own_consecutive_edits_do_not_conflict_with_each_other(central: Central) -> None:
    a = central.users["os_mdi"]
    pid, _ = central.mdi.receive(a)
    # Both edits made offline on top of version 1 (server_version not yet updated by an ack).
    r = central.mdi.push(
        _edit(central, pid, a, 1, location="B-2-02"), _edit(central, pid, a, 1, location="C-1-01")
    )
    assert [x["status"] for x in r] == ["APPLIED", "APPLIED"]


def test_delete_against_a_concurrent_edit_is_a_delete_edit_conflict(central: Central) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    assert central.mdi.push_one(_edit(central, pid, a, 1, location="B-2-02"))["status"] == "APPLIED"
    tomb = {
        "deleted_at": stamp(4),
        "deleted_by": b,
        "delete_reason": "entered in error",
        "updated_at": stamp(4),
    }
    result = central.mdi2.push_one(change("prisoner", pid, pid, "DELETE", tomb, b, base_version=1))
    assert result["status"] == "CONFLICT"
    assert [c["kind"] for c in result["conflicts"]] == ["DELETE_EDIT"]
    snap = central.mdi.client.get(f"/sync/v1/snapshot/{pid}", headers=central.mdi.headers()).json()
    assert snap["entities"][0]["deleted"] is False  # the edit was not silently thrown away


def test_an_edit_to_a_row_deleted_meanwhile_is_a_delete_edit_conflict(central: Central) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    tomb = {
        "deleted_at": stamp(4),
        "deleted_by": a,
        "delete_reason": "duplicate record",
        "updated_at": stamp(4),
    }
    assert (
        central.mdi.push_one(change("prisoner", pid, pid, "DELETE", tomb, a, base_version=1))["status"]
        == "APPLIED"
    )
    result = central.mdi2.push_one(_edit(central, pid, b, 1, location="D-4-04"))
    assert result["status"] == "CONFLICT"
    assert [c["kind"] for c in result["conflicts"]] == ["DELETE_EDIT"]
    with central.db.read() as conn:
        from sqlalchemy import text

        fields = json.loads(conn.execute(text("SELECT fields_json FROM entity_state")).scalar_one())
    assert fields["location"] == "D-4-04" and fields["deleted_at"] is not None  # kept, still deleted


@pytest.fixture
def reference_entity() -> Iterator[str]:
    """A class D entity registered for the test (establishments are reference data)."""
    spec = EntitySpec(
        "test_reference_code",
        SyncClass.REFERENCE,
        {
            "id": FieldSpec(FieldType.UUID),
            "prisoner_id": FieldSpec(FieldType.UUID),
            "label": FieldSpec(FieldType.STR, max_length=40),
        },
    )
    ENTITIES[spec.name] = spec
    yield spec.name
    del ENTITIES[spec.name]


def test_terminals_cannot_write_reference_data(central: Central, reference_entity: str) -> None:
    a = central.users["os_mdi"]
    pid, _ = central.mdi.receive(a)
    rid = str(uuid.uuid4())
    result = central.mdi.push_one(
        change(reference_entity, rid, pid, "INSERT", {"id": rid, "prisoner_id": pid, "label": "x"}, a)
    )
    assert result["status"] == "REJECTED" and result["problem"]["status"] == 403
    assert "read-only" in result["problem"]["title"]


def test_drafts_accept_only_their_owner(central: Central) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a)
    spec = ENTITIES["lor_assessment_draft"]
    did = str(uuid.uuid4())
    mandatory = {n for n, f in spec.fields.items() if not f.nullable}
    samples = {
        "str": "LOW",
        "text": "",
        "date": "2026-11-21",
        "datetime": stamp(),
        "int": 1,
        "bool": False,
        "uuid": str(uuid.uuid4()),
    }
    row: dict[str, object] = {}
    for name in mandatory:
        f = spec.fields[name]
        row[name] = sorted(f.choices)[0] if f.choices else samples[f.type.value]
    row.update(id=did, prisoner_id=pid, author_id=a)
    first = central.mdi.push_one(change("lor_assessment_draft", did, pid, "INSERT", row, a))
    assert first["status"] == "APPLIED", first
    other = central.mdi2.push_one(
        change("lor_assessment_draft", did, pid, "UPDATE", {"updated_at": stamp(5)}, b, base_version=1)
    )
    assert other["status"] == "REJECTED" and other["problem"]["status"] == 403
    mine = central.mdi.push_one(
        change("lor_assessment_draft", did, pid, "UPDATE", {"updated_at": stamp(5)}, a, base_version=1)
    )
    assert mine["status"] == "APPLIED"


def test_an_author_from_another_establishment_is_refused(central: Central) -> None:
    pid, _ = central.mdi.receive(central.users["os_mdi"])
    leeds_author = central.users["os_lei"]
    via_mdi = central.mdi.push_one(_edit(central, pid, leeds_author, 1, location="X-1"))
    via_lei = central.lei.push_one(_edit(central, pid, leeds_author, 1, location="X-1"))
    unknown = central.mdi.push_one(_edit(central, pid, str(uuid.uuid4()), 1, location="X-1"))
    for result in (via_mdi, via_lei, unknown):
        assert result["status"] == "REJECTED" and result["problem"]["status"] == 403
    assert "establishment LEI" in via_mdi["problem"]["detail"]
    assert "scope" in via_lei["problem"]["detail"]
    assert central.count("change_log") == 1


def test_a_contributor_cannot_edit_the_prisoner_profile(central: Central) -> None:
    pid, _ = central.mdi.receive(central.users["os_mdi"])
    result = central.mdi.push_one(_edit(central, pid, central.users["contrib_mdi"], 1, location="X-1"))
    assert result["status"] == "REJECTED" and "role" in result["problem"]["detail"]


def test_a_refused_change_holds_back_later_changes_to_the_same_record_only(central: Central) -> None:
    a = central.users["os_mdi"]
    pid, _ = central.mdi.receive(a)
    other, _ = central.mdi.receive(a)
    bad = _edit(central, pid, a, 1, rosh_level="EXTREME")
    later = _edit(central, pid, a, 1, location="B-1")
    elsewhere = _edit(central, other, a, 1, location="C-1")
    results = central.mdi.push(bad, later, elsewhere)
    assert [r["status"] for r in results] == ["REJECTED", "REJECTED", "APPLIED"]
    assert results[1]["problem"]["status"] == 424 and bad["change_id"] in results[1]["problem"]["detail"]


def test_unsupported_or_missing_protocol_version_gets_426_with_a_problem(central: Central) -> None:
    for headers in ({}, {"X-Workbench-Protocol": "99"}):
        response = central.mdi.client.get("/sync/v1/info", headers=headers)
        assert response.status_code == 426
        assert response.headers["content-type"] == "application/problem+json"
        assert f"speaks {PROTOCOL_VERSION}" in response.json()["detail"]
    push = central.mdi.client.post(
        "/sync/v1/push", content=b'{"x": 1}', headers={"Authorization": f"Bearer {central.mdi.token}"}
    )
    assert push.status_code == 426
    assert central.count("raw_push", "WHERE status = 'UNSUPPORTED_PROTOCOL'") == 1


def test_maintenance_answers_503_with_retry_after(central: Central) -> None:
    central.maintenance[0] = True
    response = central.mdi.client.get("/sync/v1/changes", headers=central.mdi.headers())
    assert response.status_code == 503 and int(response.headers["Retry-After"]) > 0
    assert response.json()["title"] == "Maintenance"
    central.maintenance[0] = False
    assert central.mdi.client.get("/sync/v1/changes", headers=central.mdi.headers()).status_code == 200


def test_raw_push_is_archived_when_authenticated_even_when_malformed(central: Central) -> None:
    proto = {PROTOCOL_HEADER: PROTOCOL_VERSION}
    bad_token = central.mdi.client.post(
        "/sync/v1/push", content=b'{"device_id": 1}', headers={**proto, "Authorization": "Bearer nope"}
    )
    no_token = central.mdi.client.post("/sync/v1/push", content=b"garbage", headers=proto)
    malformed = central.mdi.client.post("/sync/v1/push", content=b"{not json", headers=central.mdi.headers())
    assert (bad_token.status_code, no_token.status_code, malformed.status_code) == (401, 401, 400)
    with central.db.read() as conn:
        from sqlalchemy import text

        rows = conn.execute(text("SELECT body, status, size FROM raw_push ORDER BY id")).all()
    # Unauthenticated bodies are never read, let alone kept (issue 11 point 1).
    assert [(bytes(r.body), r.status) for r in rows] == [(b"{not json", "MALFORMED")]
    assert central.count("change_log") == 0


def test_an_existing_id_inserted_again_is_a_no_op_or_a_conflict(central: Central) -> None:
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    row = prisoner_row()
    assert (
        central.mdi.push_one(change("prisoner", row["id"], row["id"], "INSERT", row, a))["status"]
        == "APPLIED"
    )
    same = central.mdi2.push_one(change("prisoner", row["id"], row["id"], "INSERT", row, b))
    assert same["status"] == "APPLIED" and same["conflicts"] == []
    different = central.mdi2.push_one(
        change("prisoner", row["id"], row["id"], "INSERT", {**row, "given_name": "Jon"}, b)
    )
    assert different["status"] == "CONFLICT"
    assert [(c["field"], c["mine"], c["theirs"]) for c in different["conflicts"]] == [
        ("given_name", "Jon", "John")
    ]


BAD_CHANGES = [
    ("unknown entity", {"entity": "spaceship"}, "entity"),
    ("unknown field", {"patch_extra": {"shoe_size": 9}}, "patch.shoe_size"),
    ("too long", {"patch_extra": {"family_name": "x" * 81}}, "patch.family_name"),
    ("bad enum", {"patch_extra": {"gender": "ROBOT"}}, "patch.gender"),
    ("invalid date", {"patch_extra": {"date_of_birth": "1980-02-30"}}, "patch.date_of_birth"),
    ("wrong type", {"patch_extra": {"is_ppo": "yes"}}, "patch.is_ppo"),
    ("bad noms", {"patch_extra": {"noms_number": "1234ABC"}}, "patch.noms_number"),
    ("nul byte", {"patch_extra": {"location": "A\x00"}}, "patch.location"),
]


@pytest.mark.parametrize(("label", "mutation", "path"), BAD_CHANGES, ids=[b[0] for b in BAD_CHANGES])
def test_invalid_fields_are_refused_with_a_problem_naming_the_field(
    central: Central, label: str, mutation: dict[str, object], path: str
) -> None:
    a = central.users["os_mdi"]
    row = prisoner_row()
    row.update(mutation.get("patch_extra", {}))  # type: ignore[arg-type]
    c = change("prisoner", row["id"], row["id"], "INSERT", row, a)
    if "entity" in mutation:
        c["entity"] = mutation["entity"]
    result = central.mdi.push_one(c)
    assert result["status"] == "REJECTED", label
    assert result["problem"]["status"] == 422
    assert path in [e["path"] for e in result["problem"]["errors"]], result["problem"]
    assert central.count("change_log") == 0
    assert central.count("quarantine") == 1


@pytest.mark.parametrize(
    ("body", "status", "path"),
    [
        (b"[1, 2", 400, None),
        (b'{"device_id": "nope", "changes": []}', 422, "device_id"),
        (b'{"device_id": "%s", "changes": [{"change_id": 5}]}', 422, "changes.0.change_id"),
        (b'{"device_id": "%s", "changes": [], "extra": 1}', 422, "extra"),
        (b'{"device_id": "%s", "changes": [{"change_id": "%s", "entity": 7}]}', 200, "changes.0.entity"),
        (b"NaN", 400, None),
    ],
)
def test_malformed_push_bodies_get_4xx_problems_with_paths(
    central: Central, body: bytes, status: int, path: str | None
) -> None:
    if body.count(b"%s") == 2:
        body = body % (central.mdi.device_id.encode(), str(uuid.uuid4()).encode())
    elif b"%s" in body:
        body = body % central.mdi.device_id.encode()
    response = central.mdi.client.post("/sync/v1/push", content=body, headers=central.mdi.headers())
    assert response.status_code == status, response.text
    data = response.json()
    if status == 200:  # one change could be identified: it alone is refused, with its path
        problem = data["results"][0]["problem"]
        assert data["results"][0]["status"] == "REJECTED"
    else:
        problem = data
        assert response.headers["content-type"] == "application/problem+json"
    if path:
        assert path in [e["path"] for e in problem["errors"]], problem
    assert central.count("change_log") == 0


def test_an_oversize_batch_is_refused(central: Central) -> None:
    a = central.users["os_mdi"]
    rows = [prisoner_row() for _ in range(MAX_BATCH + 1)]
    response = central.mdi.push_raw([change("prisoner", r["id"], r["id"], "INSERT", r, a) for r in rows])
    assert response.status_code == 422
    assert any(e["path"] == "changes" for e in response.json()["errors"])
    assert central.count("change_log") == 0
