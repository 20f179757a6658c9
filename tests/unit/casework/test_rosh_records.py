"""``current_signed``: the newest signed record that no later signed record supersedes (issue 8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.rosh_records import current_signed
from workbench.security.principal import CurrentUser
from workbench.store.rosh_models import CompletedRoshScreening, RoshScreeningDraft
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow


def _signed(
    uow: UnitOfWork, pid: str, user: CurrentUser, days_ago: int, supersedes: str | None = None
) -> str:
    row = CompletedRoshScreening(
        prisoner_id=pid,
        author_id=user.user_id,
        author_name=user.display_name,
        supersedes_id=supersedes,
        completed_at=utcnow() - timedelta(days=days_ago),
    )
    return str(uow.add(row, "rosh_screening.signed").id)


def test_newest_not_superseded_not_deleted(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> None:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    with ctx.store.read() as s:
        assert current_signed(s, CompletedRoshScreening, pid) is None
    with UnitOfWork(ctx.store, Actor(supervisor.user_id, supervisor.username)) as uow:
        old = _signed(uow, pid, supervisor, 10)
        newer = _signed(uow, pid, supervisor, 5)
        # An open correction (a draft) does not supersede anything yet.
        uow.add(
            RoshScreeningDraft(
                prisoner_id=pid, author_id=supervisor.user_id, author_name="x", supersedes_id=newer
            ),
            "rosh_screening.correction_started",
        )
    with ctx.store.read() as s:
        current = current_signed(s, CompletedRoshScreening, pid)
        assert current is not None and current.id == newer
    with UnitOfWork(ctx.store, Actor(supervisor.user_id, supervisor.username)) as uow:
        # A correction of the OLDER record, signed later, supersedes only that one; the newest stays.
        fix = _signed(uow, pid, supervisor, 1, supersedes=newer)
    with ctx.store.read() as s:
        current = current_signed(s, CompletedRoshScreening, pid)
        assert current is not None and current.id == fix
    with UnitOfWork(ctx.store, Actor(supervisor.user_id, supervisor.username)) as uow:
        row = uow.session.get(CompletedRoshScreening, fix)
        assert row is not None
        uow.tombstone(row, "rosh_screening.withdrawn", "test")
    with ctx.store.read() as s:
        current = current_signed(s, CompletedRoshScreening, pid)
        # The tombstoned correction no longer supersedes: the record it corrected is current again.
        assert current is not None and current.id == newer and old != newer
