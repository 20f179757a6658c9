"""The central record keeps each terminal's audit head and refuses one that goes backwards (issue 7, 19).

Run on SQLite and PostgreSQL like every central test (the ``central`` fixture is parametrised).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from central_harness import Central, Terminal, change, prisoner_row
from sqlalchemy import select

from workbench.central.models import DeviceAuditHead

pytestmark = pytest.mark.integration

H1, H2, H3 = "a" * 64, "b" * 64, "c" * 64
PROBLEM_TYPE = "urn:workbench:problem:audit-head-backwards"


def _push(central: Central, terminal: Terminal, head: dict[str, Any] | None) -> httpx.Response:
    row = prisoner_row(terminal.establishment)
    body: dict[str, Any] = {
        "device_id": terminal.device_id,
        "changes": [change("prisoner", row["id"], row["id"], "INSERT", row, central.users["os_mdi"])],
    }
    if head is not None:
        body["audit_head"] = head
    return terminal.client.post("/sync/v1/push", json=body, headers=terminal.headers())


def _kept(central: Central, terminal: Terminal) -> tuple[int, str] | None:
    with central.db.read() as conn:
        row = conn.execute(
            select(DeviceAuditHead.event_count, DeviceAuditHead.head_hash).where(
                DeviceAuditHead.device_id == terminal.device_id
            )
        ).first()
    return None if row is None else (int(row.event_count), str(row.head_hash))


def test_heads_that_move_forward_or_repeat_are_kept(central: Central) -> None:
    assert _push(central, central.mdi, {"count": 5, "hash": H1}).status_code == 200
    assert _kept(central, central.mdi) == (5, H1)
    assert _push(central, central.mdi, {"count": 5, "hash": H1}).status_code == 200  # nothing new written
    assert _push(central, central.mdi, {"count": 9, "hash": H2}).status_code == 200
    assert _kept(central, central.mdi) == (9, H2)
    assert central.count("change_log") == 3


def test_a_shorter_trail_is_refused_with_a_problem_and_nothing_applied(central: Central) -> None:
    assert _push(central, central.mdi, {"count": 9, "hash": H1}).status_code == 200
    before = central.count("change_log")
    refused = _push(central, central.mdi, {"count": 7, "hash": H2})
    assert refused.status_code == 409
    assert refused.headers["content-type"] == "application/problem+json"
    p = refused.json()
    assert p["type"] == PROBLEM_TYPE and p["title"] == "Audit trail went backwards"
    assert "now ends at event 7, but it reported 9 events before" in p["detail"]
    assert central.count("change_log") == before  # the batch's change was not applied
    assert _kept(central, central.mdi) == (9, H1)  # the evidence stays
    assert central.count("raw_push", "WHERE status = 'REFUSED'") == 1


def test_the_same_count_with_another_hash_is_refused_as_rewritten(central: Central) -> None:
    assert _push(central, central.mdi, {"count": 4, "hash": H1}).status_code == 200
    refused = _push(central, central.mdi, {"count": 4, "hash": H3})
    assert refused.status_code == 409
    assert refused.json()["title"] == "Audit trail rewritten"
    assert _kept(central, central.mdi) == (4, H1)


def test_heads_are_kept_per_device(central: Central) -> None:
    assert _push(central, central.mdi, {"count": 50, "hash": H1}).status_code == 200
    assert _push(central, central.mdi2, {"count": 2, "hash": H2}).status_code == 200
    assert (_kept(central, central.mdi), _kept(central, central.mdi2)) == ((50, H1), (2, H2))


def test_a_push_without_a_head_is_still_accepted(central: Central) -> None:
    # Terminals older than the anchor send none; they are not refused, and nothing is kept for them.
    assert _push(central, central.mdi, None).status_code == 200
    assert _kept(central, central.mdi) is None


@pytest.mark.parametrize(
    "head",
    [
        {"count": -1, "hash": H1},
        {"count": 3, "hash": "A" * 64},
        {"count": 3, "hash": "a" * 63},
        {"count": "3", "hash": H1},
        {"count": 3},
        {"count": 3, "hash": H1, "extra": 1},
        {"count": 2**70, "hash": H1},
        "not an object",
    ],
)
def test_a_malformed_head_is_a_422_problem_never_a_500(central: Central, head: Any) -> None:
    response = _push(central, central.mdi, head)
    assert response.status_code == 422, response.text
    assert response.json()["type"] == "urn:workbench:problem:invalid-push"
    assert _kept(central, central.mdi) is None


def test_after_an_authorised_restore_the_kept_head_can_be_forgotten(
    central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    assert _push(central, central.mdi, {"count": 40, "hash": H1}).status_code == 200
    assert _push(central, central.mdi, {"count": 12, "hash": H2}).status_code == 409  # the restored store
    args = ["central", "forget-audit-head", "--database", central.url, "--device-id", central.mdi.device_id]
    assert main(args) == 0
    assert capsys.readouterr().out == (
        f"Forgot the audit head of device {central.mdi.device_id} (40 events, {H1}). "
        "Its next push starts a new one.\n"
    )
    assert _push(central, central.mdi, {"count": 12, "hash": H2}).status_code == 200
    assert _kept(central, central.mdi) == (12, H2)
    assert main([*args[:-1], central.mdi2.device_id]) == 0
    assert capsys.readouterr().out == f"No audit head was kept for device {central.mdi2.device_id}.\n"


# -- issue 11 point 5: a head that goes backwards is flagged for an administrator ----------------------


def test_a_head_that_goes_backwards_is_flagged_once_per_report_and_listed(
    central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.central.audit_heads import flags
    from workbench.cli import main

    args = ["central", "audit-flags", "--database", central.url]
    assert main(args) == 0
    assert capsys.readouterr().out == "No terminal has reported an audit trail that went backwards.\n"
    assert _push(central, central.mdi, {"count": 30, "hash": H1}).status_code == 200
    for _ in range(3):  # the terminal retries at each sync: one flag, counted three times
        assert _push(central, central.mdi, {"count": 25, "hash": H2}).status_code == 409
    assert _push(central, central.mdi, {"count": 30, "hash": H3}).status_code == 409
    assert _push(central, central.mdi2, {"count": 1, "hash": H1}).status_code == 200  # not flagged
    found = flags(central.db)
    assert [(f.device_id, f.kind, f.kept_count, f.reported_count, f.times) for f in found] == [
        (central.mdi.device_id, "REWRITTEN", 30, 30, 1),
        (central.mdi.device_id, "SHORTER", 30, 25, 3),
    ]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert (
        f"MDI 'Wing A terminal' ({central.mdi.device_id}): trail rewritten, 30 events reported after 30"
        in (lines[0])
    )
    assert "trail shorter, 25 events reported after 30; refused 3 time(s)" in lines[1]
    # Forgetting the head after an authorised restore keeps the flags: they are the record of it.
    assert (
        main(
            ["central", "forget-audit-head", "--database", central.url, "--device-id", central.mdi.device_id]
        )
        == 0
    )
    assert len(flags(central.db)) == 2
