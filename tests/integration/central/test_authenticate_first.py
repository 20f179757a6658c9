"""The central record authenticates before it reads or stores a body (issue 11 point 1, DESIGN.md 6).

Over real HTTP on loopback, on SQLite and PostgreSQL. A second client address is 127.0.0.2 (all of
127/8 is loopback on Linux), so the per-address limit is exercised through real sockets.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest
from central_harness import Central, change, prisoner_row

from workbench.central.app import MAX_BODY
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

pytestmark = pytest.mark.integration

PROTO = {PROTOCOL_HEADER: PROTOCOL_VERSION}
TWENTY_MIB = b"x" * (20 * 1024 * 1024)


@pytest.fixture
def other_address(central: Central) -> Iterator[httpx.Client]:
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=central.running.url, transport=transport, timeout=30) as client:
        yield client


def _bad(client: httpx.Client, path: str = "/sync/v1/changes") -> httpx.Response:
    return client.get(path, headers={**PROTO, "Authorization": "Bearer not-a-real-token"})


def test_unauthenticated_20_mib_pushes_store_nothing(central: Central) -> None:
    before = central.count("raw_push")
    answers = [
        central.mdi.client.post("/sync/v1/push", content=TWENTY_MIB, headers=headers)
        for headers in (
            {**PROTO, "Authorization": "Bearer stolen-or-guessed"},
            PROTO,
            {**PROTO, "Authorization": "Basic dXNlcjpwYXNz"},
        )
    ]
    assert [a.status_code for a in answers] == [401, 401, 401]
    assert all(a.headers["content-type"] == "application/problem+json" for a in answers)
    assert answers[0].headers["WWW-Authenticate"] == "Bearer"
    assert central.count("raw_push") == before
    # Nor does an outdated terminal without a valid token get its body kept.
    outdated = central.mdi.client.post(
        "/sync/v1/push", content=TWENTY_MIB, headers={"Authorization": "Bearer nope"}
    )
    assert outdated.status_code == 426
    assert central.count("raw_push") == before


def test_an_authenticated_push_is_archived_with_its_device(central: Central) -> None:
    row = prisoner_row()
    result = central.mdi.push_one(
        change("prisoner", row["id"], row["id"], "INSERT", row, central.users["os_mdi"])
    )
    assert result["status"] == "APPLIED"
    assert (
        central.count("raw_push", f"WHERE status = 'PROCESSED' AND device_id = '{central.mdi.device_id}'")
        == 1
    )


def test_an_oversize_push_is_refused_by_its_declared_length_without_being_read(central: Central) -> None:
    # A raw socket: it declares MAX_BODY + 1 bytes, sends one, and the answer comes without the rest.
    url = httpx.URL(central.running.url)
    head = (
        f"POST /sync/v1/push HTTP/1.1\r\nHost: {url.host}\r\nContent-Type: application/json\r\n"
        f"{PROTOCOL_HEADER}: {PROTOCOL_VERSION}\r\nAuthorization: Bearer {central.mdi.token}\r\n"
        f"Content-Length: {MAX_BODY + 1}\r\n\r\n{{"
    )
    with socket.create_connection((url.host, url.port), timeout=30) as sock:
        sock.sendall(head.encode("ascii"))
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.split()[1] == b"413"
    assert json.loads(rest.partition(b"\r\n\r\n")[2])["type"] == "urn:workbench:problem:too-large"
    assert central.count("raw_push", "WHERE status = 'TOO_LARGE' AND size = " + str(MAX_BODY + 1)) == 1
    assert central.count("raw_push", "WHERE length(body) > 0") == 0


def test_an_oversize_push_without_a_length_is_cut_off_while_streaming(central: Central) -> None:
    chunk = b" " * (1024 * 1024)

    def stream() -> Iterator[bytes]:
        for _ in range(MAX_BODY // len(chunk) + 2):
            yield chunk

    response = central.mdi.client.post("/sync/v1/push", content=stream(), headers=central.mdi.headers())
    assert response.status_code == 413
    with central.db.read() as conn:
        from sqlalchemy import text

        kept = conn.execute(text("SELECT size, length(body) AS n, truncated FROM raw_push")).one()
    assert kept.size > MAX_BODY and kept.truncated
    assert kept.n <= 64 * 1024  # only a prefix is archived as evidence


def test_the_eleventh_bad_token_in_a_minute_gets_429_and_other_addresses_are_unaffected(
    central: Central, other_address: httpx.Client
) -> None:
    answers = [_bad(central.mdi.client).status_code for _ in range(10)]
    assert answers == [401] * 10
    limited = _bad(central.mdi.client, "/sync/v1/snapshot/7f0c2a52-3c44-4a8e-9a0b-1e2f3a4b5c6d")
    assert limited.status_code == 429
    assert limited.headers["content-type"] == "application/problem+json"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.json()["type"] == "urn:workbench:problem:too-many-failures"
    assert "wait" in limited.json()["detail"]
    # The push path is limited the same way, and still stores nothing.
    push = central.mdi.client.post(
        "/sync/v1/push", content=b"{}", headers={**PROTO, "Authorization": "Bearer x"}
    )
    assert push.status_code == 429
    assert central.count("raw_push") == 0
    # Another address is unaffected.
    assert _bad(other_address).status_code == 401
    # A good token still works from the limited address (terminals of one prison share an address).
    assert central.mdi.pull()["epoch"]
    row = prisoner_row()
    ok = central.mdi.push_one(
        change("prisoner", row["id"], row["id"], "INSERT", row, central.users["os_mdi"])
    )
    assert ok["status"] == "APPLIED"
    assert _bad(central.mdi.client).status_code == 429


def test_a_grant_is_authenticated_before_its_body_is_read(central: Central) -> None:
    # Without a token, even a body that is not JSON gets 401 (it is never read), not 422.
    for body in (b"{not json", TWENTY_MIB):
        refused = central.mdi.client.post("/sync/v1/grants", content=body, headers=PROTO)
        assert refused.status_code == 401, refused.text
    too_big = central.mdi.client.post("/sync/v1/grants", content=TWENTY_MIB, headers=central.mdi.headers())
    assert too_big.status_code == 413 and too_big.json()["title"] == "Grant too large"
    not_json = central.mdi.client.post("/sync/v1/grants", content=b"{not json", headers=central.mdi.headers())
    assert not_json.status_code == 422 and not_json.json()["errors"][0]["path"] == "body"
