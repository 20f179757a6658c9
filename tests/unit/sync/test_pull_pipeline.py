"""The pull pipeline (issue 11 point 6): page N+1 is fetched while page N is applied.

Against a scripted central record in this process: one request at a time and pages asked for in
cursor order; a page fetched ahead is applied only after the page before it committed and only if the
cursor is then where it was asked from; a failure while applying page N throws the page fetched ahead
away (the cursor stays at N's start and the next sync carries on from there); an epoch change mid-pull
restarts as it always did; and ``max_pages`` is never overrun, not even by a request.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from in_flight import InFlight
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.errors import SyncError
from workbench.protocol.messages import (
    ChangeResult,
    ChangesPage,
    ChangeStatus,
    Op,
    OwnChange,
    PushRequest,
    PushResponse,
    ServerChange,
)
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store
from workbench.store.models import AuditEvent, Outbox, Prisoner
from workbench.sync import own, state
from workbench.sync.apply import LocalApplier
from workbench.sync.client import SyncClient, SyncConfig
from workbench.sync.transport import RawResponse, RetryPolicy, SyncApi, TransportFailure

DEVICE = str(uuid.uuid4())
OTHER_DEVICE = uuid.uuid4()
OTHER_AUTHOR = uuid.uuid4()
PAGE = 2


class Central:
    """A scripted central record: pushes are APPLIED (DUPLICATE when seen before) and go into the feed,
    which sends them back to this terminal as acknowledgements by id, with other terminals' changes."""

    def __init__(self) -> None:
        self.epoch = "e1"
        self.feed: list[ServerChange | OwnChange] = []
        self.seq_of: dict[str, int] = {}
        self.requests: list[tuple[str, int]] = []  # ("push", changes) or ("changes", after), as received
        self.on_changes: Callable[[int], None] | None = None  # called as a page request arrives
        self.fail_after: set[int] = set()  # page requests from these cursors get no answer
        self.in_flight = InFlight()

    def request(
        self, method: str, path: str, *, params: Any = None, body: bytes | None = None
    ) -> RawResponse:
        with self.in_flight.request():
            time.sleep(0.005)  # the terminal applies the previous page meanwhile
            if path == "/sync/v1/push":
                assert body is not None
                return self._push(PushRequest.model_validate_json(body))
            assert path == "/sync/v1/changes", path
            after, limit = int(params["after"]), int(params["limit"])
            self.requests.append(("changes", after))
            if self.on_changes is not None:
                self.on_changes(after)
            if after in self.fail_after:
                raise TransportFailure("connection reset")
            return RawResponse(200, {}, self._page(after, limit).model_dump_json().encode())

    def _push(self, request: PushRequest) -> RawResponse:
        self.requests.append(("push", len(request.changes)))
        results = []
        for c in request.changes:
            status = ChangeStatus.DUPLICATE if str(c.change_id) in self.seq_of else ChangeStatus.APPLIED
            if status is ChangeStatus.APPLIED:
                seq = len(self.feed) + 1
                self.seq_of[str(c.change_id)] = seq
                self.feed.append(
                    OwnChange(
                        server_seq=seq,
                        change_id=c.change_id,
                        entity=c.entity,
                        entity_id=c.entity_id,
                        prisoner_id=c.prisoner_id,
                        version=1,
                    )
                )
            results.append(
                ChangeResult(
                    change_id=c.change_id, status=status, server_seq=self.seq_of[str(c.change_id)], version=1
                )
            )
        return RawResponse(
            200, {}, PushResponse(epoch=self.epoch, results=results).model_dump_json().encode()
        )

    def moved(self, prisoner_id: str, location: str) -> None:
        """Another terminal moved a prisoner to another cell (version 2 of the prisoner)."""
        self.feed.append(
            ServerChange(
                server_seq=len(self.feed) + 1,
                change_id=uuid.uuid4(),
                entity="prisoner",
                entity_id=uuid.UUID(prisoner_id),
                prisoner_id=uuid.UUID(prisoner_id),
                op=Op.UPDATE,
                version=2,
                patch={"location": location},
                author_id=OTHER_AUTHOR,
                device_id=OTHER_DEVICE,
                applied_at=datetime.now(UTC),
            )
        )

    def _page(self, after: int, limit: int) -> ChangesPage:
        visible = [item for item in self.feed if item.server_seq > after]
        page, has_more = visible[:limit], len(visible) > limit
        return ChangesPage(
            epoch=self.epoch,
            changes=[i for i in page if isinstance(i, ServerChange)],
            acks=[i for i in page if isinstance(i, OwnChange)],
            next_after=page[-1].server_seq if has_more else max(len(self.feed), after),
            has_more=has_more,
        )

    def pages_asked(self) -> list[int]:
        return [after for kind, after in self.requests if kind == "changes"]

    def close(self) -> None:
        pass


def client(store: Store, central: Central) -> SyncClient:
    api = SyncApi(central, RetryPolicy(max_attempts=1), sleep=lambda _: None)
    return SyncClient(store, api, SyncConfig(device_id=DEVICE, page_size=PAGE))


def cursor(store: Store) -> int:
    with store.read() as s:
        return state.get_cursor(s)


def confirmed(store: Store) -> list[tuple[int, int]]:
    """(from_seq, to_seq) of each page of acknowledgements applied, in order."""
    with store.read() as s:
        rows = s.scalars(
            select(AuditEvent.after_json)
            .where(AuditEvent.action == "sync.confirmed")
            .order_by(AuditEvent.seq)
        )
        return [(d["from_seq"], d["to_seq"]) for d in map(json.loads, rows)]


def locations(store: Store) -> dict[str, tuple[str, int | None]]:
    with store.read() as s:
        return {p.id: (p.location, p.server_version) for p in s.scalars(select(Prisoner))}


def starts(central: Central) -> list[int]:
    """The cursor each page of the whole feed starts from, when paged from 0."""
    return [0, *range(PAGE, len(central.feed), PAGE)]


@pytest.fixture
def central(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> Central:
    """Three prisoners received here and pushed, then each moved by another terminal: the feed holds
    this terminal's changes (acknowledged by id) and the other terminal's, several pages of them."""
    service = ReceptionService(ctx)
    pids = [service.receive(supervisor, receive(noms_number=n))[0] for n in ("A1111AA", "B2222BB", "C3333CC")]
    central = Central()
    assert client(ctx.store, central).sync(pull=False).ok
    for i, pid in enumerate(pids):
        central.moved(pid, f"B-2-0{i}")
    assert len(central.feed) > 3 * PAGE  # several pages
    central.requests.clear()
    return central


def test_pages_are_applied_in_order_each_once_with_the_next_fetched_meanwhile(
    ctx: ServiceContext, central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Applying a page waits (bounded) until the next page has been asked for: the pipeline at work.
    asked = {start: threading.Event() for start in starts(central)}
    central.on_changes = lambda after: asked[after].set()
    apply_page = SyncClient._apply_page
    overlapped: list[bool] = []

    def apply_and_wait(self: SyncClient, page: ChangesPage, *args: Any) -> None:
        if page.has_more:
            overlapped.append(asked[page.next_after].wait(10))
        apply_page(self, page, *args)

    monkeypatch.setattr(SyncClient, "_apply_page", apply_and_wait)
    report = client(ctx.store, central).sync(push=False)
    assert report.ok and report.pulled == len(central.feed)
    assert overlapped and all(overlapped)
    assert central.in_flight.most == 1
    assert central.pages_asked() == starts(central)  # each page asked for once, in cursor order
    assert report.pages == len(starts(central))
    assert cursor(ctx.store) == len(central.feed)
    acks = [i.server_seq for i in central.feed if isinstance(i, OwnChange)]
    assert [seq for page in confirmed(ctx.store) for seq in page] == [
        seq for start in starts(central) for seq in _ends([s for s in acks if start < s <= start + PAGE])
    ]
    assert {loc for loc, _ in locations(ctx.store).values()} == {"B-2-00", "B-2-01", "B-2-02"}
    assert {version for _, version in locations(ctx.store).values()} == {2}


def _ends(seqs: list[int]) -> list[int]:
    return [seqs[0], seqs[-1]] if seqs else []


def test_a_failure_applying_page_n_discards_the_page_fetched_ahead_and_keeps_the_cursor(
    ctx: ServiceContext, central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_own = own.apply_own
    calls = []

    def fails_on_the_second_page(applier: LocalApplier, acks: list[OwnChange]) -> set[str]:
        calls.append(acks[0].server_seq)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return apply_own(applier, acks)

    monkeypatch.setattr(own, "apply_own", fails_on_the_second_page)
    sync = client(ctx.store, central)
    with pytest.raises(RuntimeError, match="disk full"):
        sync.sync(push=False)
    # Page 3 was asked for while page 2 was applied, and never applied: the cursor is at page 2's start.
    assert central.pages_asked() == [0, PAGE, 2 * PAGE]
    assert cursor(ctx.store) == PAGE
    assert confirmed(ctx.store) == [(1, PAGE)]
    monkeypatch.undo()
    central.requests.clear()
    report = sync.sync(push=False)  # carries on from page 2
    assert report.ok and cursor(ctx.store) == len(central.feed)
    assert central.pages_asked() == starts(central)[1:]
    assert confirmed(ctx.store)[:2] == [(1, PAGE), (PAGE + 1, 2 * PAGE)]
    assert {version for _, version in locations(ctx.store).values()} == {2}


def test_a_sync_error_applying_page_n_is_reported_and_the_page_fetched_ahead_never_applied(
    ctx: ServiceContext, central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_page = SyncClient._apply_page

    def cursor_moved_on_page_2(self: SyncClient, page: ChangesPage, start: int, *args: Any) -> None:
        if start == PAGE:
            raise SyncError("The sync cursor moved during a pull; the page was not applied.")
        apply_page(self, page, start, *args)

    monkeypatch.setattr(SyncClient, "_apply_page", cursor_moved_on_page_2)
    report = client(ctx.store, central).sync(push=False)
    assert not report.ok and report.error is not None and "cursor moved" in report.error
    assert report.pages == 1 and central.pages_asked() == [0, PAGE, 2 * PAGE]
    assert cursor(ctx.store) == PAGE and confirmed(ctx.store) == [(1, PAGE)]


def test_a_failed_fetch_ahead_surfaces_after_page_n_is_applied(ctx: ServiceContext, central: Central) -> None:
    central.fail_after = {2 * PAGE}
    report = client(ctx.store, central).sync(push=False)
    assert not report.ok and report.error is not None and "could not be reached" in report.error
    assert report.pages == 2 and cursor(ctx.store) == 2 * PAGE
    assert confirmed(ctx.store) == [(1, PAGE), (PAGE + 1, 2 * PAGE)]


def test_a_page_fetched_ahead_from_another_cursor_is_not_used(
    ctx: ServiceContext, central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_page = SyncClient._apply_page

    def and_the_cursor_moves(self: SyncClient, page: ChangesPage, start: int, *args: Any) -> None:
        apply_page(self, page, start, *args)
        if start == 0:  # something else moved the cursor on after page 1 committed
            with self._write() as session:
                state.set_value(session, state.CURSOR, str(2 * PAGE))

    monkeypatch.setattr(SyncClient, "_apply_page", and_the_cursor_moves)
    report = client(ctx.store, central).sync(push=False)
    assert report.ok and cursor(ctx.store) == len(central.feed)
    # Page 2 was fetched ahead from PAGE, thrown away, and the feed asked again from where the cursor is.
    assert central.pages_asked()[:3] == [0, PAGE, 2 * PAGE]
    assert confirmed(ctx.store)[:2] == [(1, PAGE), (2 * PAGE + 1, 3 * PAGE)]


def test_an_epoch_change_mid_pull_restarts_from_the_start_as_before(
    ctx: ServiceContext, central: Central
) -> None:
    def restored(after: int) -> None:
        if after == 2 * PAGE and central.epoch == "e1":
            central.epoch = "e2"  # restored from a backup while page 2 was being applied

    central.on_changes = restored
    report = client(ctx.store, central).sync()
    assert report.ok and report.epoch_changed
    asked = central.pages_asked()
    # Pages 1 and 2 of epoch e1 applied; page 3 came from e2: everything pushed again, then pulled from 0.
    assert asked == [0, PAGE, 2 * PAGE, *starts(central)]
    pushes = [i for i, (kind, _) in enumerate(central.requests) if kind == "push"]
    assert pushes and central.requests[pushes[0] - 1] == ("changes", 2 * PAGE)
    assert central.requests[pushes[-1] + 1] == ("changes", 0)
    assert cursor(ctx.store) == len(central.feed)
    with ctx.store.read() as s:
        assert state.get_value(s, state.EPOCH) == "e2"
        assert set(s.scalars(select(Outbox.status))) == {"ACKED"}
    assert confirmed(ctx.store)[:2] == [(1, PAGE), (PAGE + 1, 2 * PAGE)]
    assert confirmed(ctx.store)[2] == (1, PAGE)  # the restart, not e2's page 3 over e1's pages
    assert {version for _, version in locations(ctx.store).values()} == {2}


@pytest.mark.parametrize("max_pages", [1, 2])
def test_max_pages_applies_and_asks_for_no_more(
    ctx: ServiceContext, central: Central, max_pages: int
) -> None:
    report = client(ctx.store, central).sync(push=False, max_pages=max_pages)
    assert report.ok and report.pages == max_pages
    assert central.pages_asked() == starts(central)[:max_pages]
    assert cursor(ctx.store) == max_pages * PAGE
