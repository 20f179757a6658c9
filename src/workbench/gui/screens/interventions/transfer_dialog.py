"""Request a transfer for resources, or move one on: requested → planned → completed, or why not."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.interventions import RequirementRow, TransferRow
from workbench.casework.interventions import InterventionService
from workbench.domain.dates import Prefer
from workbench.domain.plan import TransferStatus
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_intervention_transfer_dialog import Ui_InterventionTransferDialog
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser


class TransferDialog(UnsavedDialog):
    """A new transfer request (``transfer`` None), or the next step of ``transfer``."""

    def __init__(
        self,
        service: InterventionService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        requirements: tuple[RequirementRow, ...],
        today: date,
        transfer: TransferRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._case, self._transfer = service, user, bus, case, transfer
        self.ui = Ui_InterventionTransferDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        name = f"{case.family_name.upper()}, {case.given_name}"
        ui.prisoner.setText(f"{name} ({case.noms_number})")
        ui.requirement.addItem("(None in particular)", None)
        for r in requirements:
            ui.requirement.addItem(f"{r.intervention} — {r.availability.label}", r.requirement_id)
        ui.status_on.configure(today=today, prefer=Prefer.NEAR, blank_allowed=False)
        ui.status_on.setValue(today)
        if transfer is None:
            self.setWindowTitle(f"Request a transfer for resources — {name}")
            ui.status.addItem(TransferStatus.REQUESTED.label, TransferStatus.REQUESTED.value)
            ui.status.setEnabled(False)
        else:
            self.setWindowTitle(f"Transfer to {transfer.destination} — {name}")
            ui.destination.setText(transfer.destination)
            ui.destination.setEnabled(False)
            ui.requirement.setCurrentIndex(max(ui.requirement.findData(transfer.requirement_id), 0))
            ui.requirement.setEnabled(False)
            for s in TransferStatus:
                if s is not TransferStatus.REQUESTED and s is not transfer.status:
                    ui.status.addItem(s.label, s.value)
        guard_wheel(self)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Save")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "destination": (ui.destination, ui.destination_error),
                "requirement": (ui.requirement, ui.requirement_error),
                "status": (ui.status, ui.status_error),
                "status_on": (ui.status_on, ui.status_on_error),
                "reason": (ui.reason, ui.reason_error),
            },
        )
        (ui.destination if transfer is None else ui.status).setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the transfer for {self._case.family_name.upper()}"

    def save_form(self) -> None:
        """Save as the button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        ui = self.ui

        def call() -> ChangeSet:
            if self._transfer is None:
                _id, changes = self._service.request_transfer(
                    self._user,
                    self._case.prisoner_id,
                    ui.destination.text(),
                    ui.requirement.currentData() or None,
                    ui.reason.toPlainText(),
                )
                return changes
            return self._service.move_transfer(
                self._user,
                self._transfer.transfer_id,
                TransferStatus(ui.status.currentData()),
                ui.status_on.checked_value("status_on"),
                ui.reason.toPlainText(),
            )

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
