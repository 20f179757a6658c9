"""The sync indicator in the status bar and the controller that runs sync in the background.

``SyncStatusWidget`` always shows the last successful sync ("never" before the first), how many
changes wait to be sent, how many were quarantined and how many conflicts wait for a person, with
"Sync now" and a "needs attention" button. ``SyncController`` runs ``SyncClient.sync`` through the
``TaskRunner`` (never on the GUI thread, so typing is never blocked), every few minutes while the
central record answers and less often while it does not, and broadcasts what a pull changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from workbench.casework.changes import ChangeSet
from workbench.domain.errors import SyncError
from workbench.gui.events import EventBus
from workbench.gui.tasks import Progress, TaskRunner
from workbench.gui.theme import set_role
from workbench.sync.state import SyncBusy, SyncReport, SyncStatus

log = logging.getLogger("workbench.gui.sync")

MAX_BACKOFF_MINUTES = 30.0


class SyncRunner(Protocol):
    """What the controller needs of the sync client (``workbench.sync.client.SyncClient``)."""

    def sync(self) -> SyncReport: ...

    def status(self) -> SyncStatus: ...


def describe_when(when: datetime | None, now: datetime | None = None) -> str:
    """ "never", "just now", "5 min ago", "14:02" (today) or "26/11 14:02" — in local time."""
    if when is None:
        return "never"
    now = now or datetime.now(UTC).replace(tzinfo=None)
    seconds = (now - when).total_seconds()
    if 0 <= seconds < 60:
        return "just now"
    if 0 <= seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    local = when.replace(tzinfo=UTC).astimezone()
    today = datetime.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d/%m %H:%M")


class SyncStatusWidget(QWidget):
    """The status bar's sync indicator (thin: it only renders a ``SyncStatus``)."""

    sync_requested = Signal()
    """The user asked to sync now."""
    attention_requested = Signal()
    """The user asked to see quarantined changes and conflicts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.setSpacing(6)
        self.label = QLabel("Sync: not configured")
        self.label.setObjectName("syncLabel")
        self.label.setAccessibleName("Sync status")
        self.attention_button = QToolButton()
        self.attention_button.setObjectName("syncAttentionButton")
        self.attention_button.setAutoRaise(True)
        self.attention_button.setAccessibleName("Needs attention")
        self.attention_button.clicked.connect(self.attention_requested)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setText("Sync now")
        self.sync_button.setToolTip("Send and receive changes now (F9)")
        self.sync_button.setAutoRaise(False)
        self.sync_button.clicked.connect(self.sync_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.attention_button)
        layout.addWidget(self.sync_button)
        self.attention_button.hide()
        self._configured = False

    def set_unconfigured(self, reason: str = "not configured") -> None:
        """No central record is set up for this profile."""
        self._configured = False
        self.label.setText(f"Sync: {reason}")
        self.label.setToolTip(
            "This terminal works offline. To sync, an administrator enrols it on the central record "
            "and writes sync.toml in the data folder."
        )
        self.sync_button.setEnabled(False)

    def set_status(self, status: SyncStatus, *, running: bool = False) -> None:
        """Show ``status``; ``running`` while a sync is in progress."""
        self._configured = True
        parts = [f"Last sync: {describe_when(status.last_success_at)}"]
        parts.append(f"{status.pending:,} to send" if status.pending else "all sent")
        if running:
            parts.append("syncing…")
        elif status.last_error:
            parts.append("offline" if "reached" in status.last_error else "not syncing")
        self.label.setText(" · ".join(parts))
        tip = [
            f"Waiting to be sent: {status.pending:,}",
            f"Quarantined: {status.quarantined:,}",
            f"Conflicts to resolve: {status.conflicts:,}",
        ]
        if status.last_attempt_at is not None:
            tip.append(f"Last attempt: {describe_when(status.last_attempt_at)}")
        if status.last_error:
            tip.append(f"Last problem: {status.last_error}")
        self.label.setToolTip("\n".join(tip))
        attention = []
        if status.quarantined:
            attention.append(f"{status.quarantined} quarantined")
        if status.conflicts:
            attention.append(f"{status.conflicts} conflict{'s' if status.conflicts != 1 else ''}")
        if attention:
            self.attention_button.setText("⚠ " + ", ".join(attention))
            self.attention_button.setToolTip("Show the changes and conflicts that need you")
            set_role(self.attention_button, "error")  # colour from the theme; bold on top of it
            self.attention_button.setStyleSheet("font-weight: 600;")
            self.attention_button.show()
        else:
            self.attention_button.hide()
        self.sync_button.setEnabled(not running)


class SyncController(QObject):
    """Runs sync in the background: on request, on a timer while online, with back-off while offline."""

    sync_started = Signal()
    """A sync run started in the background."""
    sync_finished = Signal(object)
    """A sync run ended, with its ``SyncReport``."""
    status_changed = Signal(object)
    """The ``SyncStatus`` was read again."""

    def __init__(
        self,
        client: SyncRunner,
        tasks: TaskRunner,
        bus: EventBus,
        widget: SyncStatusWidget,
        *,
        interval_minutes: float = 5.0,
        on_problem: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.tasks = tasks
        self.bus = bus
        self.widget = widget
        self.interval_minutes = interval_minutes
        self._current_minutes = interval_minutes
        self._running = False
        self._on_problem = on_problem
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        widget.sync_requested.connect(self.sync_now)
        bus.changed.connect(self._on_bus_changed)

    @property
    def running(self) -> bool:
        """Whether a sync run is in progress."""
        return self._running

    def start(self, *, first_delay_ms: int = 1500) -> None:
        """Show the status and schedule the first automatic sync shortly after start-up."""
        self.refresh()
        self.timer.start(first_delay_ms)

    def stop(self) -> None:
        """Stop automatic syncing (on close)."""
        self.timer.stop()

    def refresh(self) -> None:
        """Read the status (a quick query) and show it."""
        try:
            status = self.client.status()
        except Exception:  # the store is closing; keep the last shown status
            log.debug("sync status could not be read", exc_info=True)
            return
        self.widget.set_status(status, running=self._running)
        self.status_changed.emit(status)

    def sync_now(self) -> None:
        """Start a sync in the background unless one is running."""
        if self._running:
            return
        self._running = True
        self.timer.stop()
        self.refresh()
        self.sync_started.emit()
        client = self.client

        def work(_progress: Progress) -> SyncReport:
            try:
                return client.sync()
            except SyncBusy as exc:
                return SyncReport(error=exc.message)

        self.tasks.run("sync", work, on_done=self._on_sync_done, on_error=self._on_sync_failed)

    def _on_sync_done(self, report: SyncReport) -> None:
        self._running = False
        if report.error is None:
            self._current_minutes = self.interval_minutes
        else:
            self._current_minutes = min(MAX_BACKOFF_MINUTES, self._current_minutes * 2)
        if report.prisoner_ids or report.entities:
            self.bus.publish(ChangeSet(frozenset(report.prisoner_ids), frozenset(report.entities | {"sync"})))
        self.refresh()
        self.timer.start(int(self._current_minutes * 60_000))
        self.sync_finished.emit(report)

    def _on_sync_failed(self, exc: BaseException, details: str) -> None:
        self._running = False
        self._current_minutes = min(MAX_BACKOFF_MINUTES, self._current_minutes * 2)
        message = exc.message if isinstance(exc, SyncError) else "Sync failed unexpectedly; see the log."
        if not isinstance(exc, SyncError):
            log.error("sync failed: %s", details)
        if self._on_problem is not None and not isinstance(exc, SyncError):
            self._on_problem(message)
        self.refresh()
        self.timer.start(int(self._current_minutes * 60_000))
        self.sync_finished.emit(SyncReport(error=message))

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if "sync" not in changes.entities:
            self.refresh()  # a local write: the pending count moved


__all__ = ["Qt", "SyncController", "SyncStatusWidget", "describe_when"]
