"""LocalApplier on a real encrypted store: pulls, pending work, predicted conflicts, rebase, acks, purge."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.protocol.entities import ENTITIES
from workbench.protocol.messages import ChangeResult, ChangeStatus, FieldConflict, Op, Problem, ServerChange
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store
from workbench.store.models import Outbox, Prisoner, SyncConflict
from workbench.store.unit_of_work import Actor, UnitOfWork
from workbench.sync.apply import LocalApplier
from workbench.sync.client import SYNC_ACTOR
from workbench.sync.conflicts import to_local, wire
from workbench.sync.effects import Effects

DEVICE = str(uuid.uuid4())
OTHER = uuid.uuid4()


def change(
    pid: str,
    patch: dict[str, object],
    *,
    version: int,
    seq: int = 10,
    op: Op = Op.UPDATE,
    device: uuid.UUID = OTHER,
    change_id: str | None = None,
    conflicts: list[FieldConflict] | None = None,
) -> ServerChange:
    return ServerChange(
        server_seq=seq,
        change_id=uuid.UUID(change_id) if change_id else uuid.uuid4(),
        entity="prisoner",
        entity_id=uuid.UUID(pid),
        prisoner_id=uuid.UUID(pid),
        op=op,
        version=version,
        patch=patch,
        author_id=uuid.uuid4(),
        device_id=device,
        applied_at=datetime(2026, 11, 26, 9),
        conflicts=conflicts or [],
    )  # type: ignore[arg-type]


def pull(store: Store, *changes: ServerChange) -> Effects:
    effects = Effects()
    with UnitOfWork(store, SYNC_ACTOR) as uow:
        applier = LocalApplier(uow, DEVICE, effects)
        for c in changes:
            applier.apply_change(c)
    return effects


def acknowledge_all(store: Store, version: int = 1) -> None:
    with store.write_sessions() as s, s.begin():
        for o in s.scalars(select(Outbox)):
            o.status = "ACKED"
        for p in s.scalars(select(Prisoner)):
            p.server_version = version


def received(ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    acknowledge_all(ctx.store)
    return pid


def edit(store: Store, user: CurrentUser, pid: str, **values: object) -> None:
    with UnitOfWork(store, Actor(user.user_id, user.username)) as uow:
        row = uow.session.get(Prisoner, pid)
        uow.update(row, "prisoner.edited", **values)


def test_values_convert_by_field_type() -> None:
    spec = ENTITIES["prisoner"].fields
    assert to_local(spec["date_of_birth"], "1990-01-02") == date(1990, 1, 2)
    assert to_local(spec["deleted_at"], "2026-11-26T09:00:00+01:00") == datetime(2026, 11, 26, 8)
    assert to_local(spec["is_ppo"], None) is None
    assert wire(date(1990, 1, 2)) == "1990-01-02"


def test_a_pulled_insert_creates_the_row_without_outbox(store: Store) -> None:
    pid = str(uuid.uuid4())
    row = {
        "id": pid,
        "prisoner_id": pid,
        "created_at": "2026-11-20T09:00:00",
        "updated_at": "2026-11-20T09:00:00",
        "deleted_at": None,
        "deleted_by": None,
        "delete_reason": None,
        "noms_number": "A9999ZZ",
        "family_name": "Pulled",
        "given_name": "Pat",
        "date_of_birth": "1980-05-17",
        "gender": "MALE",
        "establishment_code": "MDI",
        "location": "A-1",
        "arrived_on": "2026-11-20",
        "is_ppo": None,
        "rosh_level": "HIGH",
        "left_scope_at": None,
    }
    effects = pull(store, change(pid, row, version=1, op=Op.INSERT))
    with store.read() as s:
        p = s.get(Prisoner, pid)
        assert p is not None and p.date_of_birth == date(1980, 5, 17) and p.server_version == 1
        assert p.search_key.startswith("pulled pat a9999zz")
        assert s.scalars(select(Outbox)).all() == []
    assert effects.prisoner_ids == {pid}


def test_pending_local_work_is_never_overwritten_and_a_conflict_is_predicted(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> None:
    pid = received(ctx, supervisor, receive)
    edit(ctx.store, supervisor, pid, location="MINE")
    edit(ctx.store, supervisor, pid, given_name="Alexander")
    pull(
        ctx.store,
        change(
            pid, {"location": "THEIRS", "rosh_level": "LOW", "updated_at": "2026-11-26T10:00:00"}, version=2
        ),
    )
    with ctx.store.read() as s:
        p = s.get(Prisoner, pid)
        assert p is not None and (p.location, p.rosh_level, p.server_version) == ("MINE", "LOW", 2)
        [c] = s.scalars(select(SyncConflict)).all()
        assert (c.kind, c.field) == ("PREDICTED", "location")
        assert [json.loads(v) for v in (c.base_value, c.mine_value, c.theirs_value)] == [
            "A-1-01",
            "MINE",
            "THEIRS",
        ]
        pending = s.scalars(select(Outbox).where(Outbox.status == "PENDING").order_by(Outbox.seq)).all()
        assert [o.base_version for o in pending] == [1, 2]


def test_an_own_change_coming_back_acknowledges_the_outbox(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> None:
    pid = received(ctx, supervisor, receive)
    edit(ctx.store, supervisor, pid, location="MINE")
    with ctx.store.read() as s:
        mine = s.scalars(select(Outbox).where(Outbox.status == "PENDING")).one()
    pull(
        ctx.store,
        change(
            pid, json.loads(mine.patch_json), version=2, device=uuid.UUID(DEVICE), change_id=mine.change_id
        ),
    )
    with ctx.store.read() as s:
        assert s.get(Outbox, mine.seq).status == "ACKED"  # type: ignore[union-attr]
        assert s.scalars(select(SyncConflict)).all() == []
        assert s.get(Prisoner, pid).server_version == 2  # type: ignore[union-attr]


def test_acks_record_conflicts_and_take_the_central_value_and_rejections_quarantine(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> None:
    pid = received(ctx, supervisor, receive)
    edit(ctx.store, supervisor, pid, location="MINE")
    edit(ctx.store, supervisor, pid, rosh_level="LOW")
    with UnitOfWork(ctx.store, SYNC_ACTOR) as uow:
        first, second = uow.session.scalars(
            select(Outbox).where(Outbox.status == "PENDING").order_by(Outbox.seq)
        )
        applier = LocalApplier(uow, DEVICE)
        conflict = FieldConflict(
            conflict_id=uuid.uuid4(), field="location", base="A-1-01", mine="MINE", theirs="THEIRS"
        )
        applier.apply_result(
            first,
            ChangeResult(
                change_id=uuid.UUID(first.change_id),
                status=ChangeStatus.CONFLICT,
                server_seq=5,
                version=3,
                conflicts=[conflict],
            ),
        )
        applier.apply_result(
            second,
            ChangeResult(
                change_id=uuid.UUID(second.change_id),
                status=ChangeStatus.REJECTED,
                problem=Problem(title="Invalid", status=422, detail="rosh"),
            ),
        )
    with ctx.store.read() as s:
        p = s.get(Prisoner, pid)
        assert (
            p is not None and p.location == "THEIRS" and p.server_version == 1
        )  # v3 skipped v2: left to pull
        assert [o.status for o in s.scalars(select(Outbox).order_by(Outbox.seq))][-2:] == [
            "ACKED",
            "QUARANTINED",
        ]
        [c] = s.scalars(select(SyncConflict)).all()
        assert c.server_conflict_id == str(conflict.conflict_id)


def test_a_prisoner_who_left_is_purged_only_once_the_outbox_is_empty(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
) -> None:
    pid = received(ctx, supervisor, receive)
    edit(ctx.store, supervisor, pid, location="LATE")
    with UnitOfWork(ctx.store, SYNC_ACTOR) as uow:
        applier = LocalApplier(uow, DEVICE)
        applier.exit_scope(pid)
        assert not applier.purge_if_clear(pid)
    with ctx.store.read() as s:
        assert s.get(Prisoner, pid).left_scope_at is not None  # type: ignore[union-attr]
    acknowledge_all(ctx.store)
    with UnitOfWork(ctx.store, SYNC_ACTOR) as uow:
        assert LocalApplier(uow, DEVICE).purge_if_clear(pid)
    with ctx.store.read() as s:
        assert s.get(Prisoner, pid) is None
        assert s.scalars(select(Outbox).where(Outbox.prisoner_id == pid)).all() == []
