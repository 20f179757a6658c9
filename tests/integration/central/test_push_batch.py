"""Issue 11 points 2, 3 and 6: never a 500, nothing of another establishment revealed, one transaction
per batch with a savepoint per change, and the feed's acknowledgements of a terminal's own changes."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from central_harness import Central, change, contact_row, prisoner_row
from sqlalchemy import text

from workbench.protocol import PROTOCOL_HEADER

pytestmark = pytest.mark.integration


def _raw_statuses(central: Central) -> list[str]:
    with central.db.read() as conn:
        return [r[0] for r in conn.execute(text("SELECT status FROM raw_push ORDER BY id"))]


def _push_text(central: Central, changes: list[dict[str, Any]]) -> Any:
    """Push JSON text written with Python's ASCII escapes, so lone surrogates and NUL arrive as sent."""
    body = json.dumps({"device_id": central.mdi.device_id, "changes": changes}).encode()
    return central.mdi.client.post(
        "/sync/v1/push", content=body, headers={**central.mdi.headers(), "Content-Type": "application/json"}
    )


def test_lone_surrogates_and_nul_are_refused_per_change_and_the_rest_of_the_batch_applies(
    central: Central,
) -> None:
    author = central.users["os_mdi"]
    pid, _ = central.mdi.receive(author)
    good = [change("contact_entry", r["id"], pid, "INSERT", r, author) for r in (contact_row(pid, author),)]
    poison: list[dict[str, Any]] = []
    for entity in ("\ud800", "contact\x00entry", "\udfff\x00"):
        row = contact_row(pid, author)
        poison.append(change(entity, row["id"], pid, "INSERT", row, author))
    for bad in ("\ud800", "line\x00break"):
        row = contact_row(pid, author, summary=f"Seen {bad} today")
        poison.append(change("contact_entry", row["id"], pid, "INSERT", row, author))
    row = contact_row(pid, author)
    row["no\x00such\ud800field"] = "x"
    poison.append(change("contact_entry", row["id"], pid, "INSERT", row, author))
    last = contact_row(pid, author)
    batch = [good[0], *poison, change("contact_entry", last["id"], pid, "INSERT", last, author)]

    response = _push_text(central, batch)

    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["APPLIED", *["REJECTED"] * len(poison), "APPLIED"]
    assert all(400 <= r["problem"]["status"] < 500 for r in results[1:-1])
    assert results[-1]["server_seq"] == results[0]["server_seq"] + 1  # refusals leave no gap
    assert central.count("quarantine") == len(poison)
    assert central.count("change_log") == 3  # the reception and the two good contact entries
    assert _raw_statuses(central)[-1] == "PROCESSED"
    # The quarantine keeps a readable trace of what arrived, escaped so any backend can store it.
    with central.db.read() as conn:
        entities = {r[0] for r in conn.execute(text("SELECT entity FROM quarantine"))}
    assert "\\ud800" in entities and "contact\\x00entry" in entities


def test_a_refused_change_in_a_batch_leaves_no_gap_and_its_writes_are_undone(central: Central) -> None:
    """A transfer to an unknown establishment is refused after its sequence number was taken: the
    savepoint and the writer undo it, and the next change gets the very next number."""
    author = central.users["os_mdi"]
    pid, first = central.mdi.receive(author)
    transfer = change("prisoner", pid, pid, "UPDATE", {"establishment_code": "XXX"}, author, base_version=1)
    note = contact_row(pid, author)
    edit = change("prisoner", pid, pid, "UPDATE", {"location": "B-2-02"}, author, base_version=1)
    results = central.mdi.push(
        transfer, change("contact_entry", note["id"], pid, "INSERT", note, author), edit
    )
    assert [r["status"] for r in results] == ["REJECTED", "APPLIED", "REJECTED"]
    assert results[0]["problem"]["status"] == 422 and results[2]["problem"]["status"] == 424
    assert results[1]["server_seq"] == first["server_seq"] + 1
    assert central.max_seq() == results[1]["server_seq"]
    assert central.count("entity_state", "WHERE entity = 'prisoner' AND version = 1") == 1
    assert central.count("prisoner_location", "WHERE establishment_code = 'MDI'") == 1


def test_a_record_inserted_and_edited_in_one_batch_is_merged_against_its_history(central: Central) -> None:
    author = central.users["os_mdi"]
    row = prisoner_row()
    pid = row["id"]
    results = central.mdi.push(
        change("prisoner", pid, pid, "INSERT", row, author),
        change("prisoner", pid, pid, "UPDATE", {"location": "B-1-01"}, author, base_version=1),
        change("prisoner", pid, pid, "UPDATE", {"location": "C-1-01"}, author, base_version=1),
    )
    assert [r["status"] for r in results] == ["APPLIED", "APPLIED", "APPLIED"]
    assert [r["version"] for r in results] == [1, 2, 3]
    with central.db.read() as conn:
        fields = json.loads(
            conn.execute(
                text("SELECT fields_json FROM entity_state WHERE entity_id = :i"), {"i": pid}
            ).scalar_one()
        )
    assert fields["location"] == "C-1-01"
    assert central.count("entity_version", f"WHERE entity_id = '{pid}'") == 3


def test_another_establishment_replaying_a_change_id_learns_nothing(central: Central) -> None:
    mdi_author, lei_author = central.users["os_mdi"], central.users["os_lei"]
    pid, _ = central.mdi.receive(mdi_author)
    note = contact_row(pid, mdi_author)
    original = change("contact_entry", note["id"], pid, "INSERT", note, mdi_author)
    assert central.mdi.push_one(original)["status"] == "APPLIED"

    replayed = central.lei.push_one(original)
    never_seen = central.lei.push_one({**original, "change_id": str(uuid.uuid4())})
    altered = central.lei.push_one({**original, "patch": {**note, "summary": "changed"}})

    for answer in (replayed, altered):
        assert answer["status"] == never_seen["status"] == "REJECTED"
        assert answer["server_seq"] is None and answer["version"] is None
        assert answer["problem"] == never_seen["problem"]
    # Also with an author of its own establishment: refused for scope, exactly like an unseen id.
    own_author = {**original, "author_id": lei_author, "patch": {**note, "author_id": lei_author}}
    fresh = central.lei.push_one({**own_author, "change_id": str(uuid.uuid4())})
    assert central.lei.push_one(own_author)["problem"] == fresh["problem"]
    assert fresh["problem"]["status"] == 403
    # A device of the same establishment still gets the stored result.
    again = central.mdi2.push_one(original)
    assert again["status"] == "DUPLICATE" and again["server_seq"] is not None


def test_the_feed_acknowledges_a_terminals_own_changes_by_id(central: Central) -> None:
    author = central.users["os_mdi"]
    pid, reception = central.mdi.receive(author)
    note = contact_row(pid, author)
    central.mdi.push_one(change("contact_entry", note["id"], pid, "INSERT", note, author))

    own = central.mdi.pull()
    assert own["changes"] == []
    assert [(a["entity"], a["version"]) for a in own["acks"]] == [("prisoner", 1), ("contact_entry", 1)]
    assert own["acks"][0]["server_seq"] == reception["server_seq"]
    assert own["acks"][1]["change_id"] != own["acks"][0]["change_id"]
    other = central.mdi2.pull()  # another terminal of the establishment gets them in full
    assert other["acks"] == [] and [c["entity"] for c in other["changes"]] == ["prisoner", "contact_entry"]
    assert other["changes"][1]["patch"]["summary"] == note["summary"]


def test_a_version_1_terminal_is_told_to_update(central: Central) -> None:
    headers = {**central.mdi.headers(), PROTOCOL_HEADER: "1"}
    response = central.mdi.client.get("/sync/v1/changes", headers=headers)
    assert response.status_code == 426
    assert response.headers["content-type"] == "application/problem+json"
    detail = response.json()["detail"]
    assert "too old" in detail and "Update the workbench" in detail and "kept" in detail


def test_a_prisoner_held_elsewhere_is_refused_exactly_like_an_unknown_one(central: Central) -> None:
    lei_author = central.users["os_lei"]
    pid, _ = central.mdi.receive(central.users["os_mdi"])
    unknown = str(uuid.uuid4())
    answers = []
    for target in (pid, unknown):
        note = contact_row(target, lei_author)
        answers.append(
            central.lei.push_one(change("contact_entry", note["id"], target, "INSERT", note, lei_author))
        )
    assert answers[0]["status"] == answers[1]["status"] == "REJECTED"
    assert answers[0]["problem"] == answers[1]["problem"] and answers[0]["problem"]["status"] == 403


def test_a_large_batch_is_stored_whole_and_in_order(central: Central) -> None:
    """Enough rows for the bulk path (COPY on PostgreSQL): every row, version and feed entry is there."""
    author = central.users["os_mdi"]
    pid, reception = central.mdi.receive(author)
    rows = [contact_row(pid, author, summary=f"Seen on the wing, visit {i} — «ok»") for i in range(60)]
    results = central.mdi.push(*[change("contact_entry", r["id"], pid, "INSERT", r, author) for r in rows])
    seqs = [r["server_seq"] for r in results]
    assert seqs == list(range(reception["server_seq"] + 1, reception["server_seq"] + 61))
    assert central.count("entity_version", "WHERE entity = 'contact_entry'") == 60
    assert central.count("entity_state", "WHERE entity = 'contact_entry' AND version = 1") == 60
    pulled, _, _ = central.mdi2.pull_all()
    assert [c["patch"]["summary"] for c in pulled[1:]] == [r["summary"] for r in rows]


def _refuse_locations_of(central: Central, prisoner_id: str) -> None:
    """A trigger that makes the database refuse to record where this one prisoner is."""
    with central.db.write() as conn:
        if central.backend == "postgresql":
            conn.execute(
                text(
                    "CREATE FUNCTION refuse_location() RETURNS trigger AS $$ BEGIN "
                    f"IF NEW.prisoner_id = '{prisoner_id}' THEN RAISE EXCEPTION 'refused by the test'; "
                    "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_location BEFORE INSERT ON prisoner_location "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_location()"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_location BEFORE INSERT ON prisoner_location "
                    f"WHEN NEW.prisoner_id = '{prisoner_id}' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )


def test_a_reception_the_database_refuses_is_quarantined_alone_and_the_rest_applies(central: Central) -> None:
    """A reception runs without a savepoint (it writes where the prisoner is as its last step): a write
    the database refuses makes the batch run again carefully, which quarantines that reception alone."""
    author = central.users["os_mdi"]
    bad, good = prisoner_row(), prisoner_row()
    _refuse_locations_of(central, bad["id"])
    note = contact_row(good["id"], author)
    results = central.mdi.push(
        change("prisoner", bad["id"], bad["id"], "INSERT", bad, author),
        change("prisoner", good["id"], good["id"], "INSERT", good, author),
        change("contact_entry", note["id"], good["id"], "INSERT", note, author),
    )
    assert [r["status"] for r in results] == ["REJECTED", "APPLIED", "APPLIED"]
    assert results[0]["problem"]["status"] == 422
    assert results[2]["server_seq"] == results[1]["server_seq"] + 1 == central.max_seq()
    assert central.count("prisoner_location", f"WHERE prisoner_id = '{bad['id']}'") == 0
    assert central.count("entity_state", f"WHERE entity_id = '{bad['id']}'") == 0
    assert central.count("scope_interval", f"WHERE prisoner_id = '{bad['id']}'") == 0
    assert central.count("prisoner_location", f"WHERE prisoner_id = '{good['id']}'") == 1
    assert central.count("quarantine") == 1
    assert _raw_statuses(central)[-1] == "PROCESSED"
