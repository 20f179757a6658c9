"""Schedule, reschedule, invite and cancel dialogs of sentence planning boards (issue 10 point 5)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.boards import BoardService
from workbench.casework.changes import ChangeSet
from workbench.casework.dto.boards import BoardForm, BoardView, Invitation
from workbench.domain.dates import Prefer
from workbench.domain.plan import Department
from workbench.domain.reviews import BoardKind, ParticipantRole
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_board_cancel_dialog import Ui_BoardCancelDialog
from workbench.gui.forms.ui_board_invite_dialog import Ui_BoardInviteDialog
from workbench.gui.forms.ui_board_schedule_dialog import Ui_BoardScheduleDialog
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

DEFAULT_LEAD_DAYS = 14
"""A new board is offered two weeks ahead: time for departments to send their contributions."""


class BoardScheduleDialog(UnsavedDialog):
    """Which board, when, where and who chairs; schedules a new board or moves ``board``."""

    def __init__(
        self,
        service: BoardService,
        user: CurrentUser,
        bus: EventBus,
        prisoner_id: str,
        prisoner_label: str,
        default_kind: BoardKind,
        today: date,
        board: BoardView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus = service, user, bus
        self._prisoner_id, self._board = prisoner_id, board
        self.board_id: str | None = board.id if board is not None else None
        self.ui = Ui_BoardScheduleDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(("Reschedule the board — " if board else "Schedule a board — ") + prisoner_label)
        ui.prisoner.setText(prisoner_label)
        for kind in BoardKind:
            ui.kind.addItem(kind.label, kind)
        ui.on.configure(today=today, prefer=Prefer.FUTURE, earliest=today, blank_allowed=False)
        if board is None:
            ui.kind.setCurrentIndex(ui.kind.findData(default_kind))
            ui.on.setValue(today + timedelta(days=DEFAULT_LEAD_DAYS))
        else:
            ui.kind.setCurrentIndex(ui.kind.findData(board.kind))
            ui.on.setValue(board.on)
            ui.time.setText(board.time)
            ui.location.setText(board.location)
            ui.chair.setText(board.chair)
        guard_wheel(self)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Reschedule" if board else "Schedule")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "kind": (ui.kind, ui.kind_error),
                "on": (ui.on, ui.on_error),
                "time": (ui.time, ui.time_error),
                "location": (ui.location, ui.location_error),
                "chair": (ui.chair, ui.chair_error),
            },
        )
        ui.kind.setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return "the board being scheduled"

    def save_form(self) -> None:
        """Schedule as the button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        ui = self.ui

        def call() -> ChangeSet:
            form = BoardForm(
                BoardKind(ui.kind.currentData()),
                ui.on.checked_value("on"),
                ui.time.text(),
                ui.location.text(),
                ui.chair.text(),
            )
            if self._board is not None:
                return self._service.reschedule(self._user, self._board.id, form)
            self.board_id, changes = self._service.schedule(self._user, self._prisoner_id, form)
            return changes

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()


OFFENDER_MANAGER = "OFFENDER_MANAGER"
OTHER = "OTHER"


class BoardInviteDialog(UnsavedDialog):
    """Invite a department (perhaps sending a contribution request), the offender manager or another."""

    def __init__(
        self,
        service: BoardService,
        user: CurrentUser,
        bus: EventBus,
        board: BoardView,
        prisoner_label: str,
        offender_manager: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._board = service, user, bus, board
        self._offender_manager = offender_manager
        self.ui = Ui_BoardInviteDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(f"Invite to the {board.kind.label.lower()} — {prisoner_label}")
        ui.prisoner.setText(f"{prisoner_label}: {board.title}")
        invited = {i.department for i in board.invitees if i.department is not None}
        for d in Department:
            if d is not Department.OMU and d not in invited:
                ui.who.addItem(d.label, d.value)
        if not any(i.role is ParticipantRole.OFFENDER_MANAGER for i in board.invitees):
            om = f" ({offender_manager})" if offender_manager else ""
            ui.who.addItem(f"Offender manager{om}", OFFENDER_MANAGER)
        ui.who.addItem("Someone else", OTHER)
        ui.who.currentIndexChanged.connect(self._on_who_current_index_changed)
        guard_wheel(self)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Invite")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "department": (ui.who, ui.who_error),
                "role": (ui.who, ui.who_error),
                "name": (ui.name, ui.name_error),
                "request_contribution": (ui.request_contribution, ui.request_contribution_error),
                "note": (ui.note, ui.note_error),
            },
        )
        self._on_who_current_index_changed()
        ui.who.setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return "the invitation"

    def save_form(self) -> None:
        """Invite as the button does."""
        self._on_buttons_accepted()

    def _on_who_current_index_changed(self, _index: int = 0) -> None:
        is_department = self.ui.who.currentData() not in (OFFENDER_MANAGER, OTHER)
        self.ui.request_contribution.setEnabled(is_department)
        self.ui.note.setEnabled(is_department)
        self.ui.name.setPlaceholderText(
            "Leave blank to use the allocated offender manager"
            if self.ui.who.currentData() == OFFENDER_MANAGER
            else "Their name, if known"
        )

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        value = ui.who.currentData()
        if value == OFFENDER_MANAGER:
            invitation = Invitation(ParticipantRole.OFFENDER_MANAGER, name=ui.name.text())
        elif value == OTHER:
            invitation = Invitation(ParticipantRole.OTHER, name=ui.name.text())
        else:
            invitation = Invitation(
                ParticipantRole.DEPARTMENT,
                Department(value),
                name=ui.name.text(),
                request_contribution=ui.request_contribution.isChecked(),
                note=ui.note.toPlainText(),
            )

        def call() -> ChangeSet:
            _id, changes = self._service.invite(self._user, self._board.id, invitation)
            return changes

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()


class BoardCancelDialog(UnsavedDialog):
    """Cancel a scheduled board with the reason."""

    def __init__(
        self,
        service: BoardService,
        user: CurrentUser,
        bus: EventBus,
        board: BoardView,
        prisoner_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._board = service, user, bus, board
        self.ui = Ui_BoardCancelDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(f"Cancel the board — {prisoner_label}")
        ui.prisoner.setText(f"{prisoner_label}: {board.title}")
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Cancel the board")
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Keep it")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(self, ui.general_error, {"reason": (ui.reason, ui.reason_error)})
        ui.reason.setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return "the reason for cancelling the board"

    def save_form(self) -> None:
        """Cancel the board as the button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        changes = submit(
            self.errors,
            self,
            lambda: self._service.cancel(self._user, self._board.id, self.ui.reason.toPlainText()),
        )
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
