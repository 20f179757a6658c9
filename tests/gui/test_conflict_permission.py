"""The conflict screens for a role without the permission to resolve (issue 11 point 5): look, not decide."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.sync_conflicts import SyncConflictService
from workbench.gui.events import EventBus
from workbench.gui.screens.attention.dialog import AttentionDialog, ConflictDialog
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import Outbox, Prisoner, SyncConflict
from workbench.store.unit_of_work import utcnow
from workbench.sync.state import OutboxStatus


def _conflict_and_quarantine(ctx: ServiceContext, supervisor: CurrentUser, request: ReceptionRequest) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, request)
    with ctx.store.write_sessions() as s, s.begin():
        s.add(
            SyncConflict(
                id=new_id(),
                server_conflict_id=new_id(),
                entity="prisoner",
                entity_id=pid,
                prisoner_id=pid,
                field="location",
                base_value=json.dumps("A-0-00"),
                mine_value=json.dumps("A-1-01"),
                theirs_value=json.dumps("H-2-22"),
                kind="FIELD",
                detected_at=utcnow(),
            )
        )
        first = s.scalars(select(Outbox.seq).order_by(Outbox.seq)).first()
        s.execute(
            update(Outbox)
            .where(Outbox.seq == first)
            .values(status=OutboxStatus.QUARANTINED.value, error="Refused by the central record")
        )
    return pid


def test_a_contributor_sees_conflicts_but_cannot_resolve_them(
    qtbot: QtBot,
    tmp_path: Path,
    ctx: ServiceContext,
    supervisor: CurrentUser,
    contributor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
    bus: EventBus,
) -> None:
    pid = _conflict_and_quarantine(ctx, supervisor, receive())
    dialog = AttentionDialog(SyncConflictService(ctx), contributor, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.permission_note.isVisible()
    dialog.resize(1000, 420)
    assert dialog.grab().save(str(tmp_path / "attention-contributor.png"))
    assert "cannot resolve them" in dialog.permission_note.text()
    assert dialog.conflict_model.rowCount() == 1 and dialog.quarantine_model.rowCount() == 1
    assert dialog.resolve_button.isEnabled() and dialog.resolve_button.text() == "&View…"
    assert not dialog.retry_button.isEnabled() and not dialog.discard_button.isEnabled()
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    conflict = dialog.findChild(ConflictDialog)
    assert isinstance(conflict, ConflictDialog)
    assert [conflict.value_labels[k].text() for k in ("base", "mine", "theirs")] == [
        "A-0-00",
        "A-1-01",
        "H-2-22",
    ]
    assert not any(
        b.isEnabled() for b in (conflict.mine_button, conflict.theirs_button, conflict.edit_button)
    )
    assert conflict.grab().save(str(tmp_path / "conflict-contributor.png"))
    assert conflict.error.text().endswith("Ask: Offender supervisor, OMU manager.")
    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    with ctx.store.read() as s:
        assert s.get(Prisoner, pid).location != "H-2-22"  # type: ignore[union-attr]
        assert s.scalars(select(SyncConflict.resolved_at)).one() is None


def test_a_supervisor_gets_no_permission_note(
    qtbot: QtBot,
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: Callable[..., ReceptionRequest],
    bus: EventBus,
) -> None:
    _conflict_and_quarantine(ctx, supervisor, receive())
    dialog = AttentionDialog(SyncConflictService(ctx), supervisor, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.permission_note.isVisible()
    assert dialog.resolve_button.text() == "&Resolve…"
    assert dialog.retry_button.isEnabled() and dialog.discard_button.isEnabled()
