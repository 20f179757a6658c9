"""The first-sync fast paths of a push (issue 11 point 6) give what the slow, validating paths give.

- the push body built around the stored ``patch_json`` parses to the same ``PushRequest`` (and so the
  same payload hash on the central record) as building ``ChangeIn`` models;
- applying a plain answer (every change APPLIED or DUPLICATE) with a few statements leaves the store
  exactly as applying it row by row through ``LocalApplier.apply_result`` does.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.central.canonical import payload_hash
from workbench.protocol.messages import (
    AuditHead,
    ChangeResult,
    ChangeStatus,
    FieldConflict,
    Problem,
    PushRequest,
)
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store, open_store
from workbench.store.ids import new_id
from workbench.store.models import Outbox, Prisoner, SyncConflict, SyncState
from workbench.store.registry import SYNCED_MODELS
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow
from workbench.sync import acks, outbound
from workbench.sync.client import SyncClient, SyncConfig
from workbench.sync.outbound import OutgoingChange
from workbench.sync.state import SyncReport
from workbench.sync.transport import RawResponse, SyncApi

KEY = os.urandom(32)
DEVICE = str(uuid.uuid4())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """The shared ``store`` fixture with a key this module knows, so a copy of the file can be opened."""
    opened = open_store(tmp_path / "workbench.db", KEY)
    try:
        yield opened
    finally:
        opened.close()


def outgoing(**over: Any) -> OutgoingChange:
    values: dict[str, Any] = {
        "seq": 1,
        "change_id": str(uuid.uuid4()),
        "entity": "prisoner",
        "entity_id": str(uuid.uuid4()),
        "prisoner_id": str(uuid.uuid4()),
        "op": "UPDATE",
        "author_id": str(uuid.uuid4()),
        "base_version": 3,
        "patch_json": json.dumps({"location": "A-1-01"}, sort_keys=True, default=str),
        "created_at": "2026-11-26T09:00:00.123456Z",
        "attempts": 1,
    }
    values.update(over)
    return OutgoingChange(**values)


ODD_PATCHES: list[dict[str, Any]] = [
    {"family_name": 'O\'Brien "Zoë" \\ back\nslash \u2603 \U0001f600', "given_name": ""},
    {"length_days": 1095, "score": 1.5, "big": 1e20, "tiny": -2.5e-7, "is_ppo": False, "flag": True},
    {"deleted_at": None, "deleted_by": None, "delete_reason": None},
    {},
    {"nan": float("nan"), "inf": float("inf"), "ninf": float("-inf")},  # not JSON: re-encoded
]


@pytest.mark.parametrize("patch", ODD_PATCHES)
@pytest.mark.parametrize("head", [None, AuditHead(count=12, hash="ab" * 32)])
def test_the_push_body_parses_to_the_same_request_as_the_models(patch: dict[str, Any], head: Any) -> None:
    changes = [
        outgoing(seq=1, patch_json=json.dumps(patch, sort_keys=True, default=str)),
        outgoing(seq=2, op="INSERT", base_version=None, prisoner_id=None, created_at="2026-11-26T09:00:00Z"),
        outgoing(seq=3, op="DELETE", base_version=0, created_at="2026-11-26T09:00:00.5+00:00"),
        outgoing(seq=4, entity="contact_entry", change_id=str(uuid.uuid4()).upper()),
    ]
    body = outbound.push_body(DEVICE, changes, head)
    fast = PushRequest.model_validate_json(body)
    slow = PushRequest(
        device_id=uuid.UUID(DEVICE), changes=[outbound.change_model(c) for c in changes], audit_head=head
    )
    assert fast.model_dump_json() == slow.model_dump_json()  # NaN == NaN only once serialised
    # What the central record received before (the pydantic dump, no audit_head key when none) parses
    # to the same request, with the same payload hashes: a change pushed before is still a DUPLICATE.
    before = PushRequest.model_validate_json(
        slow.model_dump_json(exclude={"audit_head"} if head is None else None)
    )
    assert before.model_dump_json() == fast.model_dump_json()
    assert [payload_hash(c) for c in fast.changes] == [payload_hash(c) for c in before.changes]
    assert ("audit_head" in json.loads(body)) is (head is not None)


def test_taking_a_batch_marks_it_sending_and_skips_what_waits_behind_a_quarantined_change(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    first, _ = ReceptionService(ctx).receive(supervisor, receive())
    second, _ = ReceptionService(ctx).receive(supervisor, receive(noms_number="B2345CD"))
    with ctx.store.write_sessions() as s, s.begin():
        rows = s.scalars(select(Outbox).order_by(Outbox.seq)).all()
        quarantined = next(o for o in rows if o.entity == "prisoner" and o.entity_id == first)
        quarantined.status = "QUARANTINED"
    with ctx.store.write_sessions() as s, s.begin():
        batch = outbound.take_batch(s, 1000)
    assert batch and all(c.prisoner_id == second for c in batch)  # the first prisoner's changes wait
    assert all(c.attempts == 1 for c in batch)
    with ctx.store.read() as s:
        status = {o.seq: (o.status, o.attempts) for o in s.scalars(select(Outbox))}
    assert {status[c.seq] for c in batch} == {("SENDING", 1)}
    assert {v for k, v in status.items() if k not in {c.seq for c in batch}} == {
        ("PENDING", 0),
        ("QUARANTINED", 0),
    }
    with ctx.store.write_sessions() as s, s.begin():
        outbound.release(s, [c.seq for c in batch])
    with ctx.store.read() as s:
        assert {s.get(Outbox, c.seq).status for c in batch} == {"PENDING"}  # type: ignore[union-attr]


class _NoServer:
    def request(
        self, method: str, path: str, *, params: Any = None, body: bytes | None = None
    ) -> RawResponse:
        raise AssertionError("no request expected")

    def close(self) -> None:
        pass


def _state(store: Store) -> dict[str, Any]:
    """Everything applying acknowledgements may change, comparable between two copies of a store."""
    with store.read() as s:
        outbox = [
            (o.seq, o.status, o.attempts, o.error, o.acked_at is not None, o.base_version)
            for o in s.scalars(select(Outbox).order_by(Outbox.seq))
        ]
        versions = {
            m.__entity__: sorted((r.id, r.server_version) for r in s.scalars(select(m)))
            for m in SYNCED_MODELS
        }
        conflicts = sorted(
            (
                (c.change_id, c.field, c.resolution, c.kind, c.resolved_at is not None, c.server_conflict_id)
                for c in s.scalars(select(SyncConflict))
            ),
            key=repr,
        )
        audit = s.scalar(text("SELECT count(*) FROM audit_event"))
        epoch = s.scalar(select(SyncState.value).where(SyncState.key == "epoch"))
    return {"outbox": outbox, "versions": versions, "conflicts": conflicts, "audit": audit, "epoch": epoch}


def _copy(store: Store, path: Path) -> Store:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()
    shutil.copy(store.path, path)
    return open_store(path, KEY)


@pytest.mark.parametrize("mixed", [False, True], ids=["plain", "mixed"])
def test_an_answer_applied_in_bulk_leaves_the_store_as_applying_it_row_by_row(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
    tmp_path: Path,
    mixed: bool,
) -> None:
    """Plain (every change APPLIED or DUPLICATE) and mixed with REJECTED and CONFLICT results."""
    store = ctx.store
    first, _ = ReceptionService(ctx).receive(supervisor, receive())
    second, _ = ReceptionService(ctx).receive(supervisor, receive(noms_number="B2345CD"))
    third, _ = ReceptionService(ctx).receive(supervisor, receive(noms_number="C3456DE"))
    actor = Actor(supervisor.user_id, supervisor.username)
    for location in ("B-1", "B-2"):  # two more changes to the first prisoner's row in the same batch
        with UnitOfWork(store, actor) as uow:
            uow.update(uow.session.get(Prisoner, first), "prisoner.edited", location=location)
    with store.write_sessions() as s, s.begin():
        s.get(Prisoner, second).server_version = 7  # type: ignore[union-attr]  # moved on meanwhile
        batch = outbound.take_batch(s, 1000)
        edits = [c for c in batch if c.entity_id == first and c.op == "UPDATE"]
        for c in edits:  # a predicted conflict of each edit, and one of a change not in the batch
            s.add(_predicted(first, c.change_id))
        s.add(_predicted(first, str(uuid.uuid4())))
        meanwhile = next(c for c in batch if c.prisoner_id == first and c.entity != "prisoner")
        s.get(Outbox, meanwhile.seq).status = "ACKED"  # type: ignore[union-attr]  # acked by a pull
    unanswered = next(c for c in batch if c.prisoner_id == second and c.entity != "prisoner")
    version = {c.seq: i + 1 for i, c in enumerate(c for c in batch if c.entity_id == first)}
    results = {
        c.seq: ChangeResult(
            change_id=uuid.UUID(c.change_id),
            status=ChangeStatus.DUPLICATE if i % 3 == 0 else ChangeStatus.APPLIED,
            server_seq=100 + i,
            version=version.get(c.seq, 1 if c.prisoner_id != second else 8),  # 8 skips for all but one
        )
        for i, c in enumerate(batch)
        if c is not unanswered
    }
    if mixed:
        edit = edits[-1]
        field = FieldConflict(conflict_id=uuid.uuid4(), field="location", base="B-1", mine="B-2", theirs="X")
        results[edit.seq] = results[edit.seq].model_copy(
            update={"status": ChangeStatus.CONFLICT, "conflicts": [field]}
        )
        refused, waiting = [c for c in batch if c.prisoner_id == third and c.entity != "prisoner"][:2]
        for c, status in ((refused, 403), (waiting, 424)):
            problem = Problem(title="Refused", status=status, detail="no")
            results[c.seq] = ChangeResult(
                change_id=uuid.UUID(c.change_id), status=ChangeStatus.REJECTED, problem=problem
            )
    answer = list(results.values())
    assert acks.is_plain(answer) is not mixed and len(batch) > 10
    other = _copy(store, tmp_path / "copy.db")
    try:
        slow_report, fast_report = SyncReport(), SyncReport()
        by_id = {str(r.change_id): r for r in answer}
        client = SyncClient(store, SyncApi(_NoServer()), SyncConfig(device_id=DEVICE))
        client._apply_each(batch, by_id, slow_report, "epoch-1")  # every row one by one
        client = SyncClient(other, SyncApi(_NoServer()), SyncConfig(device_id=DEVICE))
        client._apply_results(batch, answer, fast_report, "epoch-1")
        slow, fast = _state(store), _state(other)
        assert fast == slow
        assert (fast_report.acked, fast_report.quarantined, fast_report.conflicts) == (
            slow_report.acked,
            slow_report.quarantined,
            slow_report.conflicts,
        )
    finally:
        other.close()
    # and the state is what it should be, not merely the same
    by_seq = {o[0]: o for o in slow["outbox"]}
    assert by_seq[unanswered.seq][1] == "PENDING" and by_seq[meanwhile.seq][1] == "ACKED"
    assert slow["epoch"] == "epoch-1"
    if not mixed:
        assert slow_report.acked == len(batch) - 2
        assert {by_seq[c.seq][1] for c in batch if c not in (unanswered, meanwhile)} == {"ACKED"}
        assert dict(slow["versions"]["prisoner"]) == {first: len(version), second: 8, third: 1}
        assert sorted(str(c[2]) for c in slow["conflicts"]) == ["None", "SUPERSEDED", "SUPERSEDED"]
    else:
        assert (by_seq[refused.seq][1], by_seq[waiting.seq][1]) == ("QUARANTINED", "PENDING")
        assert slow_report.quarantined == 1 and slow_report.conflicts == 1
        assert [c[:2] for c in slow["conflicts"] if c[2] is None and c[0] == edit.change_id] == [
            (edit.change_id, "location")
        ]


def test_an_answer_that_is_not_plain_takes_the_slow_path() -> None:
    change_id = uuid.uuid4()
    rejected = ChangeResult(
        change_id=change_id, status=ChangeStatus.REJECTED, problem=Problem(title="x", status=422, detail="y")
    )
    assert not acks.is_plain([ChangeResult(change_id=change_id, status=ChangeStatus.APPLIED), rejected])
    assert not acks.is_plain([ChangeResult(change_id=change_id, status=ChangeStatus.CONFLICT, version=2)])
    assert acks.is_plain([ChangeResult(change_id=change_id, status=ChangeStatus.DUPLICATE, version=2)])


def _predicted(pid: str, change_id: str) -> SyncConflict:
    return SyncConflict(
        id=new_id(),
        entity="prisoner",
        entity_id=pid,
        prisoner_id=pid,
        field="location",
        base_value='"A-1-01"',
        mine_value='"B-1"',
        theirs_value='"C-1"',
        kind="PREDICTED",
        change_id=change_id,
        detected_at=utcnow(),
    )
