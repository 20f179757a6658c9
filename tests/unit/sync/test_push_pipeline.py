"""The push pipeline (issue 11 point 6): batch N+1 is prepared while N is at the central record.

Against a scripted central record in this process: one request at a time and batches in local order;
a refused change in batch N sends nothing of N+1 that was prepared before the refusal (changes behind
it wait, exactly as batch by batch); and every failure leaves the changes PENDING (or SENDING where
``recover()`` puts them back), none lost.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from in_flight import InFlight
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.protocol.messages import ChangeResult, ChangeStatus, Problem, PushRequest, PushResponse
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store
from workbench.store.models import Outbox
from workbench.sync.client import SyncClient, SyncConfig
from workbench.sync.transport import RawResponse, RetryPolicy, SyncApi, TransportFailure

DEVICE = str(uuid.uuid4())


class Central:
    """Answers pushes: APPLIED, or REJECTED (403) for the change ids in ``refuse``; fails on request."""

    def __init__(self, refuse: set[str] | None = None, fail_from: int | None = None) -> None:
        self.refuse = refuse or set()
        self.fail_from = fail_from  # this push and every later one fail (no answer)
        self.pushes: list[list[str]] = []  # change ids of each push, in the order received
        self.in_flight = InFlight()

    def request(
        self, method: str, path: str, *, params: Any = None, body: bytes | None = None
    ) -> RawResponse:
        assert path == "/sync/v1/push" and body is not None
        with self.in_flight.request():
            time.sleep(0.01)  # the terminal prepares the next batch meanwhile
            request = PushRequest.model_validate_json(body)
            self.pushes.append([str(c.change_id) for c in request.changes])
            if self.fail_from is not None and len(self.pushes) >= self.fail_from:
                raise TransportFailure("connection reset")
            results = [
                ChangeResult(
                    change_id=c.change_id,
                    status=ChangeStatus.REJECTED,
                    problem=Problem(title="Not allowed", status=403, detail="no"),
                )
                if str(c.change_id) in self.refuse
                else ChangeResult(change_id=c.change_id, status=ChangeStatus.APPLIED, server_seq=1, version=1)
                for c in request.changes
            ]
            answer = PushResponse(epoch="e1", results=results)
            return RawResponse(200, {}, answer.model_dump_json().encode())

    def close(self) -> None:
        pass


def client(store: Store, central: Central, batch_size: int) -> SyncClient:
    api = SyncApi(central, RetryPolicy(max_attempts=1), sleep=lambda _: None)
    return SyncClient(store, api, SyncConfig(device_id=DEVICE, batch_size=batch_size))


def outbox(store: Store) -> list[Outbox]:
    with store.read() as s:
        return list(s.scalars(select(Outbox).order_by(Outbox.seq)))


@pytest.fixture
def prisoners(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> list[str]:
    """Three prisoners received, each with several outbox changes, in this order."""
    service = ReceptionService(ctx)
    return [
        service.receive(supervisor, receive(noms_number=noms))[0]
        for noms in ("A1111AA", "B2222BB", "C3333CC")
    ]


def test_batches_go_one_at_a_time_in_local_order_and_all_are_acknowledged(
    ctx: ServiceContext, prisoners: list[str]
) -> None:
    central = Central()
    before = outbox(ctx.store)
    report = client(ctx.store, central, batch_size=2).sync(pull=False)
    assert report.ok and report.pushed == report.acked == len(before)
    assert central.in_flight.most == 1
    assert [cid for push in central.pushes for cid in push] == [o.change_id for o in before]
    assert all(len(push) <= 2 for push in central.pushes)
    assert {(o.status, o.attempts) for o in outbox(ctx.store)} == {("ACKED", 1)}


def test_a_refused_change_in_batch_n_sends_nothing_of_the_n_plus_1_prepared_behind_it(
    ctx: ServiceContext, prisoners: list[str]
) -> None:
    rows = outbox(ctx.store)
    first = [o for o in rows if o.prisoner_id == prisoners[0]]
    assert first[0].entity == "prisoner" and len(first) >= 2  # the reception, then the rest of the case
    central = Central(refuse={first[0].change_id})
    # Batches of one: the prisoner's second change is prepared while the first is at the central record.
    report = client(ctx.store, central, batch_size=1).sync(pull=False)
    assert report.ok and report.quarantined == 1
    sent = [cid for push in central.pushes for cid in push]
    assert sent == [first[0].change_id] + [o.change_id for o in rows if o.prisoner_id != prisoners[0]]
    after = {o.seq: o for o in outbox(ctx.store)}
    assert after[first[0].seq].status == "QUARANTINED"
    # Waiting behind it, never sent: PENDING and not even counted as an attempt.
    assert {(after[o.seq].status, after[o.seq].attempts) for o in first[1:]} == {("PENDING", 0)}
    assert {o.status for o in after.values() if o.prisoner_id != prisoners[0]} == {"ACKED"}


def test_a_failed_push_while_the_previous_answer_is_applied_leaves_the_rest_pending(
    ctx: ServiceContext, prisoners: list[str]
) -> None:
    central = Central(fail_from=2)  # batch 2, sent as soon as batch 1's answer is in, gets no answer
    report = client(ctx.store, central, batch_size=3).sync(pull=False)
    assert not report.ok and report.error is not None and "could not be reached" in report.error
    rows = outbox(ctx.store)
    sent_once = set(central.pushes[1])
    assert [o.status for o in rows[:3]] == ["ACKED"] * 3
    assert {o.status for o in rows[3:]} == {"PENDING"}  # nothing left SENDING, nothing lost
    assert {o.attempts for o in rows[3:] if o.change_id in sent_once} == {1}
    assert {o.attempts for o in rows[3:] if o.change_id not in sent_once} == {0}


def test_an_error_applying_batch_n_puts_the_batch_in_flight_back_once_it_is_answered(
    ctx: ServiceContext, prisoners: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    central = Central()
    sync = client(ctx.store, central, batch_size=3)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(sync, "_apply_results", broken)
    with pytest.raises(RuntimeError):
        sync.sync(pull=False)
    rows = outbox(ctx.store)
    assert len(central.pushes) == 2  # batch 2 was at the central record when applying batch 1 failed
    # Batch 1 is left SENDING, as a crash would leave it; batch 2 went back to PENDING after its answer.
    assert [o.status for o in rows[:3]] == ["SENDING"] * 3
    assert {o.status for o in rows[3:]} == {"PENDING"}
    monkeypatch.undo()
    assert sync.recover() == 3
    report = sync.sync(pull=False)  # sent again: the central record would answer DUPLICATE
    assert report.ok and {o.status for o in outbox(ctx.store)} == {"ACKED"}


def test_max_batches_sends_no_more_and_prepares_nothing_that_stays_marked(
    ctx: ServiceContext, prisoners: list[str]
) -> None:
    central = Central()
    report = client(ctx.store, central, batch_size=2).sync(pull=False, max_batches=2)
    assert report.ok and len(central.pushes) == 2 and report.acked == 4
    rows = outbox(ctx.store)
    assert {(o.status, o.attempts) for o in rows[4:]} == {("PENDING", 0)}
