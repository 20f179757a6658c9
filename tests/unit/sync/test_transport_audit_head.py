"""A push refused because the terminal's audit trail went backwards is not a poison change (issue 7, 19)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

import pytest

from workbench.protocol.messages import AuditHead, ChangeIn, Op, PushRequest
from workbench.sync.transport import AuditTrailRefused, BatchRefused, RawResponse, RetryPolicy, SyncApi


class Scripted:
    """A transport answering with one prepared response, keeping the bodies it was sent."""

    def __init__(self, answer: RawResponse) -> None:
        self.answer = answer
        self.bodies: list[bytes | None] = []

    def request(
        self, method: str, path: str, *, params: object = None, body: bytes | None = None
    ) -> RawResponse:
        self.bodies.append(body)
        return self.answer

    def close(self) -> None:
        pass


def _request() -> PushRequest:
    pid = uuid.uuid4()
    change = ChangeIn(
        change_id=uuid.uuid4(),
        entity="prisoner",
        entity_id=pid,
        prisoner_id=pid,
        op=Op.UPDATE,
        base_version=1,
        patch={"location": "A-1-01"},
        author_id=uuid.uuid4(),
        created_at=datetime(2026, 11, 26, 9, 0),
    )
    return PushRequest(
        device_id=uuid.uuid4(), changes=[change], audit_head=AuditHead(count=12, hash="d" * 64)
    )


def _push(status: int, problem_type: str) -> tuple[SyncApi, Scripted]:
    body = json.dumps({"type": problem_type, "title": "t", "status": status, "detail": "trail shorter"})
    transport = Scripted(RawResponse(status, {}, body.encode()))
    return SyncApi(transport, RetryPolicy(max_attempts=3), sleep=lambda _s: None), transport


def test_the_audit_head_travels_in_the_push_body() -> None:
    client, transport = _push(409, "urn:workbench:problem:audit-head-backwards")
    with pytest.raises(AuditTrailRefused):
        client.push(_request())
    sent = json.loads(transport.bodies[0] or b"{}")
    assert sent["audit_head"] == {"count": 12, "hash": "d" * 64}


def test_an_audit_head_refusal_is_its_own_error_and_not_retried() -> None:
    client, transport = _push(409, "urn:workbench:problem:audit-head-backwards")
    with pytest.raises(AuditTrailRefused) as caught:
        client.push(_request())
    assert len(transport.bodies) == 1
    assert not isinstance(caught.value, BatchRefused)  # so no change is narrowed down and quarantined
    assert caught.value.message == (
        "The central record refused this terminal's changes: trail shorter "
        "Your work is kept on this terminal."
    )


def test_other_409_problems_still_refuse_the_batch() -> None:
    client, _ = _push(409, "urn:workbench:problem:something-else")
    with pytest.raises(BatchRefused):
        client.push(_request())
