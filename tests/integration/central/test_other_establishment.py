"""What an authenticated device of ANOTHER establishment can learn, endpoint by endpoint (issue 11 point 3).

Pushes are ``central/apply.py``'s (tested with it); here: the changes feed, snapshots, grants, token
refusals, the device check on push, and the public info. The rule each test holds the service to: a
Leeds terminal asking about Moorland's prisoner gets exactly the answer it gets for an id never seen,
and Leeds' feed carries nothing of Moorland's (prisoners, notes, conflicts, scope events).
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from central_harness import Central, change, contact_row, stamp
from sqlalchemy import update

from workbench.central import enrol
from workbench.central.db import utcnow
from workbench.central.models import Device, Token
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

pytestmark = pytest.mark.integration


def _moorland_case(central: Central) -> str:
    """A Moorland prisoner with a note and a field conflict between Moorland's two terminals."""
    a, b = central.users["os_mdi"], central.users["os2_mdi"]
    pid, _ = central.mdi.receive(a, family_name="Moorlandonly")
    note = contact_row(pid, a, summary="Disclosed a family matter in confidence.")
    assert (
        central.mdi.push_one(change("contact_entry", note["id"], pid, "INSERT", note, a))["status"]
        == "APPLIED"
    )
    mine = change(
        "prisoner", pid, pid, "UPDATE", {"location": "B-1-01", "updated_at": stamp(2)}, a, base_version=1
    )
    theirs = change(
        "prisoner", pid, pid, "UPDATE", {"location": "C-2-02", "updated_at": stamp(3)}, b, base_version=1
    )
    assert central.mdi.push_one(mine)["status"] == "APPLIED"
    assert central.mdi2.push_one(theirs)["status"] == "CONFLICT"
    return pid


def _same(one: httpx.Response, other: httpx.Response) -> None:
    """Byte-identical answers (status, type, body) apart from per-request headers."""
    assert (one.status_code, one.headers["content-type"], one.content) == (
        other.status_code,
        other.headers["content-type"],
        other.content,
    )


def test_the_feed_of_another_establishment_carries_nothing_of_ours(central: Central) -> None:
    leeds = central.users["os_lei"]
    theirs, _ = central.lei.receive(leeds)
    _, _, cursor = central.lei.pull_all()
    pid = _moorland_case(central)
    changes, events, after = central.lei.pull_all(cursor)
    assert (changes, events) == ([], [])
    whole = central.lei.client.get("/sync/v1/changes", params={"after": 0}, headers=central.lei.headers())
    assert pid not in whole.text and "Moorlandonly" not in whole.text and "in confidence" not in whole.text
    assert central.mdi.device_id not in whole.text and central.users["os_mdi"] not in whole.text
    # Protocol 2: Leeds' own change comes back as an acknowledgement by id; nothing else is in the feed.
    assert whole.json()["changes"] == []
    assert [a["entity_id"] for a in whole.json()["acks"]] == [theirs]
    # The cursor does move past Moorland's changes (so they are never scanned again): it tells how many
    # changes the estate made in all, never whose or what. Documented, and accepted for a gap-free feed.
    assert after == central.max_seq()


def test_a_snapshot_of_a_prisoner_held_elsewhere_is_answered_as_for_an_unknown_id(central: Central) -> None:
    pid = _moorland_case(central)
    held_elsewhere = central.lei.client.get(f"/sync/v1/snapshot/{pid}", headers=central.lei.headers())
    never_seen = central.lei.client.get(f"/sync/v1/snapshot/{uuid.uuid4()}", headers=central.lei.headers())
    assert held_elsewhere.status_code == 404
    _same(held_elsewhere, never_seen)


def test_after_a_transfer_the_old_establishment_learns_nothing_new(central: Central) -> None:
    a, leeds = central.users["os_mdi"], central.users["os_lei"]
    pid = _moorland_case(central)
    moved = change("prisoner", pid, pid, "UPDATE", {"establishment_code": "LEI", "updated_at": stamp(6)}, a)
    moved["base_version"] = 2
    assert central.mdi.push_one(moved)["status"] in ("APPLIED", "CONFLICT")
    _, _, cursor = central.mdi.pull_all()
    note = contact_row(pid, leeds, summary="Settled on the Leeds wing.")
    assert central.lei.push_one(change("contact_entry", note["id"], pid, "INSERT", note, leeds))[
        "status"
    ] == ("APPLIED")
    changes, events, _ = central.mdi.pull_all(cursor)
    assert (changes, events) == ([], [])
    gone = central.mdi.client.get(f"/sync/v1/snapshot/{pid}", headers=central.mdi.headers())
    _same(gone, central.mdi.client.get(f"/sync/v1/snapshot/{uuid.uuid4()}", headers=central.mdi.headers()))


def _grant(central: Central, pid: str, granted_by: str) -> httpx.Response:
    body: dict[str, Any] = {
        "prisoner_id": pid,
        "establishment_code": "LEI",
        "expires_on": str(utcnow().date() + timedelta(days=7)),
        "reason": "Parole hearing preparation",
        "granted_by": granted_by,
    }
    return central.lei.client.post("/sync/v1/grants", json=body, headers=central.lei.headers())


def test_a_grant_asked_for_by_another_establishment_says_neither_where_nor_who(central: Central) -> None:
    pid = _moorland_case(central)
    leeds_manager = enrol.add_user(central.db, "mgr.lei", "MANAGER", "LEI")
    # Leeds cannot grant itself Moorland's prisoner; the answer is the one for an id never seen.
    held_elsewhere = _grant(central, pid, leeds_manager)
    assert held_elsewhere.status_code == 404
    _same(held_elsewhere, _grant(central, str(uuid.uuid4()), leeds_manager))
    # Naming Moorland's manager as the granter is answered as for a user id that does not exist.
    other_manager = _grant(central, pid, central.users["mgr_mdi"])
    assert other_manager.status_code == 403
    _same(other_manager, _grant(central, pid, str(uuid.uuid4())))
    _same(other_manager, _grant(central, pid, central.users["os_lei"]))  # and as for a non-manager
    assert central.count("scope_grant") == 0


def test_every_refused_token_gets_the_same_answer(central: Central) -> None:
    revoked = central.terminal("MDI", "Revoked terminal")
    retired = central.terminal("LEI", "Retired terminal")
    with central.db.write() as conn:
        conn.execute(update(Token).where(Token.device_id == revoked.device_id).values(revoked_at=utcnow()))
        conn.execute(update(Device).where(Device.id == retired.device_id).values(active=False))
    answers = [
        central.mdi.client.get("/sync/v1/changes", headers={**central.mdi.headers(), "Authorization": auth})
        for auth in (f"Bearer {revoked.token}", f"Bearer {retired.token}", "Bearer never-issued", "")
    ]
    assert answers[0].status_code == 401
    for other in answers[1:]:
        _same(answers[0], other)
        assert other.headers["WWW-Authenticate"] == "Bearer"


def test_pushing_as_another_establishments_device_is_refused_alike(central: Central) -> None:
    row_change = change(
        "contact_entry", str(uuid.uuid4()), str(uuid.uuid4()), "INSERT", {}, central.users["os_lei"]
    )

    def push_as(device_id: str) -> httpx.Response:
        return central.lei.client.post(
            "/sync/v1/push",
            json={"device_id": device_id, "changes": [row_change]},
            headers=central.lei.headers(),
        )

    as_moorland = push_as(central.mdi.device_id)
    assert as_moorland.status_code == 403
    _same(as_moorland, push_as(str(uuid.uuid4())))


def test_the_public_info_says_nothing_about_any_establishment(central: Central) -> None:
    _moorland_case(central)
    info = central.lei.client.get("/sync/v1/info", headers={PROTOCOL_HEADER: PROTOCOL_VERSION}).json()
    assert set(info) == {"epoch", "protocol_versions", "server_time", "maintenance"}
