"""SyncApi: retries with bounded backoff, Retry-After, and the mapping of answers to errors."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

import pytest

from workbench.protocol.messages import ChangeIn, Op, PushRequest
from workbench.sync.transport import (
    BatchRefused,
    NotAuthorised,
    Offline,
    ProtocolUnsupported,
    RawResponse,
    RetryPolicy,
    SyncApi,
    TransportFailure,
)

INFO = json.dumps({"epoch": "e1", "protocol_versions": ["1"], "server_time": "2026-11-26T09:00:00"}).encode()


def problem(status: int, detail: str = "no") -> bytes:
    return json.dumps({"title": "t", "status": status, "detail": detail}).encode()


class Scripted:
    """A transport answering from a list (a TransportFailure instance is raised)."""

    def __init__(self, *answers: RawResponse | TransportFailure) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[str, str]] = []

    def request(
        self, method: str, path: str, *, params: object = None, body: bytes | None = None
    ) -> RawResponse:
        self.calls.append((method, path))
        answer = self.answers.pop(0)
        if isinstance(answer, TransportFailure):
            raise answer
        return answer

    def close(self) -> None:
        pass


def api(*answers: RawResponse | TransportFailure, attempts: int = 5) -> tuple[SyncApi, list[float], Scripted]:
    sleeps: list[float] = []
    transport = Scripted(*answers)
    return (
        SyncApi(
            transport,
            RetryPolicy(max_attempts=attempts, base_delay=1, max_delay=4),
            sleep=sleeps.append,
            rng=lambda: 1.0,
        ),
        sleeps,
        transport,
    )


def push_request() -> PushRequest:
    change = ChangeIn(
        change_id=uuid.uuid4(),
        entity="prisoner",
        entity_id=uuid.uuid4(),
        prisoner_id=None,
        op=Op.UPDATE,
        patch={"location": "A"},
        author_id=uuid.uuid4(),
        created_at=datetime(2026, 11, 26),
    )
    return PushRequest(device_id=uuid.uuid4(), changes=[change])


def test_backoff_grows_exponentially_and_is_bounded() -> None:
    failures = [TransportFailure("down")] * 4
    client, sleeps, _ = api(*failures, RawResponse(200, {}, INFO))
    assert client.info().epoch == "e1"
    assert sleeps == [1, 2, 4, 4]


def test_jitter_scales_each_delay_between_half_and_full() -> None:
    policy = RetryPolicy(base_delay=2, max_delay=100)
    assert policy.delay(3, lambda: 0.0) == 8
    assert policy.delay(3, lambda: 1.0) == 16


def test_503_waits_for_retry_after() -> None:
    client, sleeps, _ = api(RawResponse(503, {"retry-after": "7"}, problem(503)), RawResponse(200, {}, INFO))
    client.info()
    assert sleeps == [7]


@pytest.mark.parametrize("status", [429, 500, 502, 504])
def test_overload_and_server_errors_are_retried(status: int) -> None:
    client, sleeps, _ = api(RawResponse(status, {}, problem(status)), RawResponse(200, {}, INFO))
    client.info()
    assert len(sleeps) == 1


def test_an_answer_cut_short_is_retried() -> None:
    client, sleeps, _ = api(RawResponse(200, {}, INFO[:20]), RawResponse(200, {}, INFO))
    assert client.info().epoch == "e1" and len(sleeps) == 1


def test_giving_up_says_local_work_is_kept() -> None:
    client, sleeps, transport = api(*[TransportFailure("down")] * 3, attempts=3)
    with pytest.raises(Offline, match="work is kept"):
        client.info()
    assert len(transport.calls) == 3 and len(sleeps) == 2


def test_426_says_update_needed_and_is_not_retried() -> None:
    client, sleeps, _ = api(RawResponse(426, {}, problem(426, "speaks 2")))
    with pytest.raises(ProtocolUnsupported, match="updated"):
        client.info()
    assert sleeps == []


def test_426_from_an_older_central_record_says_the_central_record_needs_updating() -> None:
    old_server = {"upgrade": "X-Workbench-Protocol/1"}
    client, sleeps, _ = api(RawResponse(426, old_server, problem(426, "speaks 1")))
    with pytest.raises(ProtocolUnsupported, match="central record is older") as raised:
        client.changes(0, 10)
    assert "protocol 1" in raised.value.message and "kept" in raised.value.message
    newer = {"upgrade": "X-Workbench-Protocol/3"}
    client, _, _ = api(RawResponse(426, newer, problem(426, "speaks 3")))
    with pytest.raises(ProtocolUnsupported, match="too old"):
        client.changes(0, 10)
    assert sleeps == []


def test_401_is_not_authorised() -> None:
    client, _, _ = api(RawResponse(401, {}, problem(401)))
    with pytest.raises(NotAuthorised):
        client.changes(0, 10)


def test_a_refused_push_carries_the_problem() -> None:
    client, _, _ = api(RawResponse(422, {}, problem(422, "bad batch")))
    with pytest.raises(BatchRefused) as refused:
        client.push(push_request())
    assert refused.value.problem.detail == "bad batch"


def test_snapshot_of_a_prisoner_out_of_scope_is_none() -> None:
    client, _, _ = api(RawResponse(404, {}, problem(404)))
    assert client.snapshot(uuid.uuid4()) is None
