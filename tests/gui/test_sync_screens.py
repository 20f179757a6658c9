"""The sync indicator, "Sync now" against an embedded central record, and the conflict screen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.casework.sync_conflicts import SyncConflictService
from workbench.central import enrol
from workbench.central.embedded import EmbeddedServer, start_embedded
from workbench.gui.events import EventBus
from workbench.gui.screens.attention.dialog import AttentionDialog, ConflictDialog
from workbench.gui.tasks import TaskRunner
from workbench.gui.widgets.sync_status import SyncController, SyncStatusWidget, describe_when
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import Prisoner, SyncConflict
from workbench.store.unit_of_work import utcnow
from workbench.sync.client import SyncClient
from workbench.sync.settings import SyncSettings, build_client


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screens are rendered to PNG (the test's tmp_path: tests never write into the repository)."""
    folder = tmp_path / "screenshots"
    folder.mkdir()
    return folder


def _rendered(path: Path) -> bool:
    """The PNG was written and is not empty (the widget rendered)."""
    return path.is_file() and path.stat().st_size > 0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EmbeddedServer]:
    running = start_embedded(tmp_path / "central.db")
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def client(
    ctx: ServiceContext, server: EmbeddedServer, supervisor: CurrentUser, admin: CurrentUser
) -> Iterator[SyncClient]:
    for u in (supervisor, admin):
        enrol.add_user(server.database, u.username, u.role, "MDI", user_id=u.user_id)
    device = enrol.add_device(server.database, "MDI", "GUI test terminal")
    made = build_client(ctx.store, SyncSettings(server.url, device.device_id), device.token, timeout=10)
    try:
        yield made
    finally:
        made.close()


def test_status_shows_pending_after_a_write_and_last_sync_after_sync_now(
    qtbot: QtBot,
    shots: Path,
    ctx: ServiceContext,
    supervisor: CurrentUser,
    client: SyncClient,
    receive: ReceptionRequest,
    bus: EventBus,
) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    tasks = TaskRunner()
    controller = SyncController(client, tasks, bus, widget, interval_minutes=5)
    controller.refresh()
    assert "Last sync: never" in widget.label.text()
    _pid, changes = ReceptionService(ctx).receive(supervisor, receive())  # type: ignore[operator]
    bus.publish(changes)
    assert "3 to send" in widget.label.text()
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000) as finished:
        qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].error is None
    assert "Last sync: just now" in widget.label.text() and "all sent" in widget.label.text()
    assert not widget.attention_button.isVisible()
    assert controller.timer.isActive()  # the next automatic sync is scheduled
    widget.resize(520, 28)
    assert widget.grab().save(str(shots / "sync_status.png")) and _rendered(shots / "sync_status.png")
    tasks.wait_all()


def test_unconfigured_sync_says_so(qtbot: QtBot) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.set_unconfigured()
    assert widget.label.text() == "Sync: not configured" and not widget.sync_button.isEnabled()


def test_resolving_a_conflict_with_keep_theirs(
    qtbot: QtBot,
    shots: Path,
    ctx: ServiceContext,
    supervisor: CurrentUser,
    receive: ReceptionRequest,
    bus: EventBus,
) -> None:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())  # type: ignore[operator]
    with ctx.store.write_sessions() as s, s.begin():  # as the central record reported it for our change
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
    service = SyncConflictService(ctx)
    dialog = AttentionDialog(service, supervisor, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.conflict_model.rowCount() == 1
    assert dialog.tabs.tabText(0) == "Conflicts (1)"
    dialog.resize(1100, 360)
    assert dialog.grab().save(str(shots / "attention.png")) and _rendered(shots / "attention.png")
    conflict = dialog.open_conflict()
    assert isinstance(conflict, ConflictDialog)
    assert [conflict.value_labels[k].text() for k in ("base", "mine", "theirs")] == [
        "A-0-00",
        "A-1-01",
        "H-2-22",
    ]
    assert conflict.grab().save(str(shots / "conflict.png")) and _rendered(shots / "conflict.png")
    published: list[ChangeSet] = []
    bus.changed.connect(published.append)
    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert published and pid in published[0].prisoner_ids
    with ctx.store.read() as s:
        assert s.get(Prisoner, pid).location == "H-2-22"  # type: ignore[union-attr]
        assert s.get(SyncConflict, conflict.item.conflict_id).resolution == "THEIRS"  # type: ignore[union-attr]
    assert dialog.conflict_model.rowCount() == 0 and dialog.tabs.tabText(0) == "Conflicts (0)"
    pending = service.attention(supervisor)
    assert pending.count == 0


def test_describe_when() -> None:
    now = utcnow()
    assert describe_when(None) == "never"
    assert describe_when(now, now) == "just now"
