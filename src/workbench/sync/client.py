"""The terminal's sync client: push the outbox, pull the feed, keep local work safe (DESIGN.md section 5).

One ``SyncClient.sync()`` run, holding the database's sync lock:

1. orphaned ``SENDING`` rows (a crash during a push) go back to ``PENDING``;
2. push: ``PENDING`` rows in local order, in capped batches, one at a time at the central record;
   each batch is marked ``SENDING`` in one transaction, sent, and its acknowledgements are applied in
   ONE transaction (the next batch is taken and serialised while one is at the server, and sent
   before the previous answer is applied, unless that answer refused a change). Changes that wait
   behind a quarantined change to the same record (or a quarantined reception of the same prisoner)
   are not sent. A whole batch refused with a problem is narrowed by halving until the change
   responsible is alone, which is then quarantined; everything else carries on;
3. pull: pages of the feed after the cursor, each applied with the new cursor in ONE transaction
   (``apply.LocalApplier``) while the next page is fetched (used only if that commit left the cursor
   where it was asked from); a prisoner entering scope is fetched as a snapshot;
4. prisoners who left scope are purged once none of their changes is unsent; retained acknowledged
   changes older than the policy's retention are deleted.

When the server epoch changes (restored from a backup) the cursor is reset and retained acknowledged
changes are pushed again with the same change ids: the server answers DUPLICATE for those it holds
and applies those it lost. Transport failures are retried with backoff (``transport.SyncApi``); when
the server stays unreachable the run ends with ``Offline`` and nothing local is lost.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import IO, Any
from uuid import UUID

from sqlalchemy import select, update

from workbench.domain.errors import SyncError
from workbench.protocol.messages import (
    MAX_BATCH,
    MAX_PAGE,
    AuditHead,
    ChangeResult,
    ChangesPage,
    ChangeStatus,
    Problem,
    PushResponse,
    ScopeEvent,
    ScopeEventKind,
    ServerChange,
    Snapshot,
)
from workbench.store.audit import trail_head
from workbench.store.engine import Store
from workbench.store.models import Outbox, Prisoner
from workbench.store.registry import SYNCED_MODELS
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow
from workbench.sync import acks, outbound, own, state
from workbench.sync.apply import LocalApplier
from workbench.sync.effects import Effects
from workbench.sync.outbound import OutgoingChange
from workbench.sync.state import OutboxStatus, SyncBusy, SyncReport, SyncStatus
from workbench.sync.transport import AuditHeadNotAccepted, BatchRefused, SyncApi

log = logging.getLogger("workbench.sync")

SYNC_ACTOR = Actor(user_id="00000000-0000-0000-0000-000000000000", username="sync")
"""Who audit events written by the sync client itself are attributed to."""
MAX_EPOCH_RESTARTS = 2


class _EpochChanged(Exception):
    def __init__(self, epoch: str) -> None:
        super().__init__(epoch)
        self.epoch = epoch


@dataclass(frozen=True)
class _Prepared:
    batch: list[OutgoingChange]
    body: bytes


@dataclass(frozen=True)
class _InFlight:
    batch: list[OutgoingChange]
    future: Future[PushResponse]


@dataclass(frozen=True)
class _Ahead:
    """The next page of the feed, being fetched while the previous one is applied."""

    after: int
    future: Future[ChangesPage]


@dataclass(frozen=True)
class SyncConfig:
    """How this terminal syncs: its device id (from enrolment) and the batch/page sizes."""

    device_id: str
    batch_size: int = MAX_BATCH  # a backlog (a first sync) goes in few, full batches (issue 11)
    page_size: int = MAX_PAGE  # and comes back in few, full pages: each is one local transaction
    retention_days: int = 90


# -- one sync at a time per database ------------------------------------------------------------------

_PROCESS_LOCKS: dict[str, threading.Lock] = {}
_PROCESS_LOCKS_GUARD = threading.Lock()


def _process_lock(key: str) -> threading.Lock:
    with _PROCESS_LOCKS_GUARD:
        return _PROCESS_LOCKS.setdefault(key, threading.Lock())


class _FileLock:
    """An OS lock on a file beside the database; released by the OS if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open while locked
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        finally:
            handle.close()


class SyncClient:
    """Push and pull for one local store. Thread-safe: runs are serialised by the sync lock."""

    def __init__(self, store: Store, api: SyncApi, config: SyncConfig) -> None:
        self.store = store
        self.api = api
        self.config = config
        self._lock_path = Path(f"{store.path}.sync-lock")
        self._batch_limit = config.batch_size
        # A central record older than the audit anchor refuses the unknown field; then push without it
        # (never let it look like a poison change to be quarantined).
        self._send_audit_head = True

    # -- the lock -----------------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        plock = _process_lock(str(self._lock_path.resolve()))
        if not plock.acquire(blocking=False):
            raise SyncBusy("A sync is already running on this terminal.")
        try:
            flock = _FileLock(self._lock_path)
            if not flock.acquire():
                raise SyncBusy("A sync of this database is already running in another window or process.")
            try:
                yield
            finally:
                flock.release()
        finally:
            plock.release()

    # -- entry points ---------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        """Last successful sync, pending, quarantined and conflict counts."""
        return state.read_status(self.store)

    def recover(self) -> int:
        """Put changes left ``SENDING`` by an interrupted push back to ``PENDING`` (start-up)."""
        with self._write() as session:
            result = session.execute(
                update(Outbox)
                .where(Outbox.status == OutboxStatus.SENDING.value)
                .values(status=OutboxStatus.PENDING.value)
                .execution_options(synchronize_session=False)
            )
            count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            log.info("%d changes interrupted while sending were put back in the queue", count)
        return count

    def sync(
        self,
        *,
        push: bool = True,
        pull: bool = True,
        max_batches: int | None = None,
        max_pages: int | None = None,
    ) -> SyncReport:
        """One sync run (see the module docstring). Problems end the run and are reported, not raised.

        ``SyncBusy`` is raised when another run holds the lock. ``max_batches``/``max_pages`` stop
        early (tests and partial syncs).
        """
        report = SyncReport()
        with self._locked():
            self.recover()
            self._note(state.LAST_ATTEMPT, _stamp())
            restarts = 0
            while True:
                try:
                    if push:
                        self._push_all(report, max_batches)
                    if pull:
                        self._pull_all(report, max_pages)
                        self._after_pull(report)
                    break
                except _EpochChanged as change:
                    restarts += 1
                    report.epoch_changed = True
                    self._reset_for_epoch(change.epoch)
                    if restarts > MAX_EPOCH_RESTARTS:
                        report.error = "The central record's epoch keeps changing; try again later."
                        break
                except SyncError as exc:
                    report.error = exc.message
                    break
            if report.error is None:
                self._note(state.LAST_SUCCESS, _stamp())
                self._note(state.LAST_ERROR, "")
            else:
                log.info("sync stopped: %s", report.error)
                self._note(state.LAST_ERROR, report.error)
        return report

    # -- push ------------------------------------------------------------------------------------------

    def _push_all(self, report: SyncReport, max_batches: int | None) -> None:
        """Push every sendable change, one batch at a time at the central record, in local order.

        The terminal's work overlaps the central record's (issue 11 point 6): while batch N is at the
        server, batch N+1 is taken (marked SENDING) and serialised; it is sent as soon as N's answer
        is in, and N's answer is applied while N+1 is at the server, with N+2 taken in the same local
        transaction. If N's answer refused any change, the prepared N+1 goes back to PENDING, as if
        never taken, before N's answer is applied, and is taken again after (in the same transaction):
        changes behind a quarantined one wait, exactly as batch by batch.
        """
        sent = 0
        ready: _Prepared | None = None  # taken and serialised, not sent
        inflight: _InFlight | None = None
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-push")
        try:
            while True:
                if inflight is None:
                    if max_batches is not None and sent >= max_batches:
                        return
                    prepared, ready = ready or self._prepare(), None
                    if prepared is None:
                        return
                    inflight, sent = self._send(pool, prepared), sent + 1
                if ready is None and (max_batches is None or sent < max_batches):
                    ready = self._prepare()  # while the central record works on the batch in flight
                batch, future, inflight = inflight.batch, inflight.future, None
                try:
                    response = future.result()
                except AuditHeadNotAccepted:
                    log.info(
                        "the central record does not take the audit head (an older version); sending none"
                    )
                    self._send_audit_head = False
                    self._untake(ready)  # its body holds the head
                    ready = None
                    self._release(batch)
                    continue
                except BatchRefused as refused:
                    self._untake(ready)
                    ready = None
                    self._narrow(batch, refused.problem, report)
                    continue
                except BaseException:
                    self._release(batch)
                    raise
                self._batch_limit = self.config.batch_size
                report.pushed += len(batch)
                stored_epoch = self._read(state.EPOCH)
                epoch_changed = bool(stored_epoch) and response.epoch != stored_epoch
                if epoch_changed or any(r.status is ChangeStatus.REJECTED for r in response.results):
                    self._untake(ready)  # later changes to a refused record must wait behind it
                    ready = None
                if ready is not None:  # N+1 goes before N's answer is applied
                    inflight, ready, sent = self._send(pool, ready), None, sent + 1
                more = not epoch_changed and (max_batches is None or sent < max_batches)
                taken = self._apply_results(
                    batch, response.results, report, response.epoch, take=self._batch_limit if more else 0
                )
                ready = self._serialise(taken) if taken else None  # the next batch, taken in the same commit
                if epoch_changed:
                    raise _EpochChanged(response.epoch)
        finally:
            if inflight is not None:
                # Stopped by an error while a batch was at the central record: wait for its answer and
                # put its changes back in the queue (sent again, they are answered DUPLICATE).
                with suppress(BaseException):
                    inflight.future.result()
                self._release(inflight.batch)
            self._untake(ready)
            pool.shutdown(wait=True)

    def _prepare(self) -> _Prepared | None:
        """The next batch taken (marked SENDING) and serialised, or None when nothing is sendable."""
        with self._write() as session:
            batch = outbound.take_batch(session, self._batch_limit)
        return self._serialise(batch) if batch else None

    def _serialise(self, batch: list[OutgoingChange]) -> _Prepared:
        """A taken batch with its push body (and the audit trail's head as it is now)."""
        head = self._audit_head() if self._send_audit_head else None
        return _Prepared(batch, outbound.push_body(self.config.device_id, batch, head))

    def _send(self, pool: ThreadPoolExecutor, prepared: _Prepared) -> _InFlight:
        """Send a prepared batch from the pool's thread; its answer is awaited with the returned future."""
        return _InFlight(prepared.batch, pool.submit(self.api.push_body, prepared.body))

    def _untake(self, prepared: _Prepared | None) -> None:
        """A prepared batch that is not to be sent goes back to PENDING as if never taken."""
        if prepared is not None:
            with self._write() as session:
                outbound.untake(session, [c.seq for c in prepared.batch])

    def _audit_head(self) -> AuditHead:
        """The local audit trail's head, sent with each push so the central record can tell if it
        ever goes backwards (issue 7 point 19)."""
        with self.store.read() as session:
            head = trail_head(session)
        return AuditHead(count=head.count, hash=head.hash)

    def _release(self, batch: list[OutgoingChange]) -> None:
        """A push that got no answer: its changes go back to PENDING, unchanged."""
        with self._write() as session:
            outbound.release(session, [o.seq for o in batch])

    def _narrow(self, batch: list[OutgoingChange], problem: Problem, report: SyncReport) -> None:
        """A whole batch was refused: halve until the change responsible is alone, then quarantine it."""
        if len(batch) > 1:
            self._release(batch)
            self._batch_limit = max(1, len(batch) // 2)
            return
        only = batch[0]
        if only.attempts < 2:  # one more try: a body damaged in transit is refused as "not JSON"
            self._release(batch)
            self._batch_limit = 1
            return
        result = ChangeResult(change_id=UUID(only.change_id), status=ChangeStatus.REJECTED, problem=problem)
        self._apply_results(batch, [result], report, None)
        self._batch_limit = self.config.batch_size

    def _apply_results(
        self,
        batch: list[OutgoingChange],
        results: list[ChangeResult],
        report: SyncReport,
        epoch: str | None,
        *,
        take: int = 0,
    ) -> list[OutgoingChange]:
        """Apply a push's acknowledgements in ONE local transaction; with ``take``, also take the next
        batch of up to ``take`` changes in it (one commit instead of two) and return it.

        Records whose changes all got through plainly (APPLIED or DUPLICATE, no conflicts: a first
        sync's every change) take the fast path, ``acks.apply_plain``, a few statements for the lot;
        the changes of a record with any other answer go row by row through
        ``LocalApplier.apply_result``, which quarantines and records conflicts. Records are independent
        here, so the split leaves the state that applying every row one by one would.
        """
        by_id = {str(r.change_id): r for r in results}
        careful = acks.needing_care(batch, by_id)
        if not careful:
            with self._write() as session:
                report.acked += acks.apply_plain(session, batch, by_id)
                if epoch is not None and state.get_value(session, state.EPOCH) is None:
                    state.set_value(session, state.EPOCH, epoch)
                return outbound.take_batch(session, take) if take else []
        plain = [c for c in batch if (c.entity, c.entity_id) not in careful]
        rest = [c for c in batch if (c.entity, c.entity_id) in careful]
        return self._apply_each(rest, by_id, report, epoch, plain=plain, take=take)

    def _apply_each(
        self,
        batch: list[OutgoingChange],
        by_id: dict[str, ChangeResult],
        report: SyncReport,
        epoch: str | None,
        *,
        plain: list[OutgoingChange] | None = None,
        take: int = 0,
    ) -> list[OutgoingChange]:
        """Each change's result through ``LocalApplier.apply_result`` (and ``plain`` ones in bulk), in ONE
        local transaction; with ``take``, the next batch is taken in it (see ``_apply_results``)."""
        effects = Effects()
        with UnitOfWork(self.store, SYNC_ACTOR) as uow:
            if plain:
                report.acked += acks.apply_plain(uow.session, plain, by_id)
            applier = LocalApplier(uow, self.config.device_id, effects)
            # The batch's rows in one query (a batch is at most MAX_BATCH, well inside SQLite's limits).
            rows = {
                o.seq: o
                for o in uow.session.scalars(select(Outbox).where(Outbox.seq.in_([s.seq for s in batch])))
            }
            applier.prefetch((o.entity, o.entity_id) for o in batch)
            for sent in batch:
                row = rows.get(sent.seq)
                if row is None or row.status != OutboxStatus.SENDING.value:
                    continue  # acknowledged meanwhile (its own change came back in a pull)
                result = by_id.get(row.change_id)
                if result is None:
                    row.status = OutboxStatus.PENDING.value
                    continue
                if applier.apply_result(row, result) == OutboxStatus.ACKED.value:
                    report.acked += 1
            if epoch is not None and state.get_value(uow.session, state.EPOCH) is None:
                state.set_value(uow.session, state.EPOCH, epoch)
            uow.session.flush()  # a quarantine just made keeps what waits behind it out of the next batch
            taken = outbound.take_batch(uow.session, take) if take else []
        report.absorb(effects)
        return taken

    # -- pull -------------------------------------------------------------------------------------------

    def _pull_all(self, report: SyncReport, max_pages: int | None) -> None:
        """Pull pages of the feed until it is exhausted (or ``max_pages`` have been applied).

        Pipelined (issue 11 point 6): while page N is applied locally, page N+1 (after N's
        ``next_after``) is already being fetched on a one-thread pool. One request is in flight at a
        time: N's snapshots are fetched before N+1 is asked for. The page fetched ahead is used only if
        N was applied and committed and the cursor is then exactly what it was asked for; on any failure
        it is waited for and thrown away unseen, and the error surfaces as without the pipeline.
        """
        pages = 0
        ahead: _Ahead | None = None
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull")
        try:
            while max_pages is None or pages < max_pages:
                cursor = int(self._read(state.CURSOR) or 0)
                if ahead is not None and ahead.after == cursor:
                    future, ahead = ahead.future, None
                    page = future.result()
                else:
                    self._discard(ahead)
                    ahead = None
                    page = self.api.changes(cursor, self.config.page_size)
                stored_epoch = self._read(state.EPOCH)
                if stored_epoch and page.epoch != stored_epoch:
                    raise _EpochChanged(page.epoch)
                snapshots: dict[str, Snapshot | None] = {}
                for event in page.scope_events:
                    if event.kind is ScopeEventKind.ENTER:
                        snapshots[str(event.prisoner_id)] = self.api.snapshot(event.prisoner_id)
                if page.has_more and (max_pages is None or pages + 1 < max_pages):
                    after = max(page.next_after, cursor)  # the cursor once this page is committed
                    ahead = _Ahead(after, pool.submit(self.api.changes, after, self.config.page_size))
                self._apply_page(page, cursor, snapshots, report)
                pages += 1
                if not page.has_more:
                    return
        finally:
            self._discard(ahead)
            pool.shutdown(wait=True)

    @staticmethod
    def _discard(ahead: _Ahead | None) -> None:
        """A page fetched ahead that is not to be applied: wait for its request to end, ignore it."""
        if ahead is not None:
            with suppress(BaseException):
                ahead.future.result()

    def _apply_page(
        self, page: ChangesPage, cursor: int, snapshots: dict[str, Snapshot | None], report: SyncReport
    ) -> None:
        """Apply one page of the feed with its new cursor in ONE local transaction."""
        effects = Effects()
        with UnitOfWork(self.store, SYNC_ACTOR) as uow:
            if state.get_cursor(uow.session) != cursor:
                raise SyncError("The sync cursor moved during a pull; the page was not applied.")
            applier = LocalApplier(uow, self.config.device_id, effects)
            applier.prefetch((c.entity, str(c.entity_id)) for c in page.changes)
            items: list[ServerChange | ScopeEvent] = [*page.changes, *page.scope_events]
            items.sort(key=lambda item: item.server_seq)
            for item in items:
                if isinstance(item, ServerChange):
                    applier.apply_change(item)
                    report.pulled += 1
                elif item.kind is ScopeEventKind.ENTER:
                    self._apply_snapshot(applier, str(item.prisoner_id), snapshots.get(str(item.prisoner_id)))
                else:
                    applier.exit_scope(str(item.prisoner_id))
            # Protocol 2: our own changes, confirmed by id (their order among the page's changes does
            # not matter: only acknowledgements and the newest version). One this store does not
            # hold is fetched whole, with its prisoner's snapshot.
            refetch = own.apply_own(applier, page.acks) if page.acks else set()
            report.pulled += len(page.acks)
            if page.acks:
                own.audit_acks(uow, page.acks)
            if refetch:
                wanted = state.get_refetch(uow.session)
                state.set_value(
                    uow.session, state.REFETCH, json.dumps(wanted + sorted(refetch - set(wanted)))
                )
            state.set_value(uow.session, state.CURSOR, str(max(page.next_after, cursor)))
            state.set_value(uow.session, state.EPOCH, page.epoch)
        report.absorb(effects)
        report.pages += 1

    @staticmethod
    def _apply_snapshot(applier: LocalApplier, prisoner_id: str, snap: Snapshot | None) -> None:
        if snap is None:
            return  # out of scope again already; a later EXIT or ENTER follows in the feed
        for entity_state in LocalApplier.snapshot_order(snap.entities):
            applier.apply_snapshot_entity(entity_state, prisoner_id)
        applier.enter_scope(prisoner_id)
        applier.uow.audit(
            "sync.snapshot",
            "prisoner",
            prisoner_id,
            {"prisoner_id": prisoner_id, "as_of_seq": snap.as_of_seq, "rows": len(snap.entities)},
        )

    def _after_pull(self, report: SyncReport) -> None:
        """Purge prisoners who left scope once their outbox is empty; refetch; trim retained changes."""
        with self.store.read() as session:
            left = list(session.scalars(select(Prisoner.id).where(Prisoner.left_scope_at.is_not(None))))
            refetch = state.get_refetch(session)
        if left:
            effects = Effects()
            with UnitOfWork(self.store, SYNC_ACTOR) as uow:
                applier = LocalApplier(uow, self.config.device_id, effects)
                for pid in left:
                    applier.purge_if_clear(pid)
            report.absorb(effects)
        for pid in refetch:
            snap = self.api.snapshot(pid)
            effects = Effects()
            with UnitOfWork(self.store, SYNC_ACTOR) as uow:
                if snap is not None:
                    self._apply_snapshot(LocalApplier(uow, self.config.device_id, effects), pid, snap)
                remaining = [p for p in state.get_refetch(uow.session) if p != pid]
                state.set_value(uow.session, state.REFETCH, json.dumps(remaining))
            report.absorb(effects)
        self._trim_retained()

    def _trim_retained(self) -> None:
        cutoff = (utcnow() - timedelta(days=self.config.retention_days)).isoformat(
            timespec="microseconds"
        ) + "Z"
        with self._write() as session:
            session.execute(outbound.trim_retained(cutoff))

    # -- epoch change -------------------------------------------------------------------------------------

    def _reset_for_epoch(self, epoch: str) -> None:
        """The central record was restored from a backup: pull from the start and re-push what we kept."""
        with UnitOfWork(self.store, SYNC_ACTOR) as uow:
            session = uow.session
            previous = state.get_value(session, state.EPOCH)
            result = session.execute(
                update(Outbox)
                .where(Outbox.status == OutboxStatus.ACKED.value)
                .values(status=OutboxStatus.PENDING.value)
                .execution_options(synchronize_session=False)
            )
            for model in SYNCED_MODELS:
                session.execute(
                    update(model).values(server_version=None).execution_options(synchronize_session=False)
                )
            state.set_value(session, state.CURSOR, "0")
            state.set_value(session, state.EPOCH, epoch)
            uow.audit(
                "sync.epoch_changed",
                "sync_state",
                state.EPOCH,
                {"previous": previous, "epoch": epoch, "repush": int(getattr(result, "rowcount", 0) or 0)},
            )
        log.warning("the central record's epoch changed (restored from backup): re-pushing retained changes")

    # -- small helpers --------------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Any]:
        session = self.store.write_sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def _read(self, key: str) -> str | None:
        with self.store.read() as session:
            return state.get_value(session, key)

    def _note(self, key: str, value: str) -> None:
        with self._write() as session:
            state.set_value(session, key, value)

    def close(self) -> None:
        """Close the transport."""
        self.api.close()


def _stamp() -> str:
    return utcnow().isoformat(timespec="seconds")
