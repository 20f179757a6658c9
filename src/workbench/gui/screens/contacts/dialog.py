"""The first-contact dialog: record the offender supervisor's first contact with a prisoner (seed 3.2)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from workbench.casework.contacts import ContactService
from workbench.casework.dto import CaseDetail, CurrentUser
from workbench.domain.dates import Prefer
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_first_contact_dialog import Ui_FirstContactDialog
from workbench.gui.widgets.date_field import read_required_date
from workbench.gui.widgets.forms import (
    FieldErrors,
    install_save_shortcuts,
    submit,
)


class FirstContactDialog(QDialog):
    """Record the first contact; it stops the 10-working-day first-contact clock (seed 3.2)."""

    first_contact_recorded = Signal(str)
    """Emitted with the prisoner's id once the contact is saved (and the ChangeSet published)."""

    def __init__(
        self,
        contacts: ContactService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = contacts
        self._user = user
        self._bus = bus
        self._case = case
        self.ui = Ui_FirstContactDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui

        name = f"{case.family_name.upper()}, {case.given_name}"
        self.setWindowTitle(f"Record first contact — {name}")
        ui.prisoner.setText(f"{name} ({case.noms_number}), arrived {case.arrived_on:%d %b %Y}")
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Record contact")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self._save_button)
        ui.contact_date.configure(today=today, prefer=Prefer.PAST, latest=today, blank_allowed=False)
        ui.contact_date.setValue(today)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "contact_date": (ui.contact_date, ui.contact_date_error),
                "summary": (ui.summary, ui.summary_error),
            },
        )
        ui.summary.setFocus()

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        changes = submit(
            self.errors,
            self,
            lambda: self._service.record_first_contact(
                self._user,
                self._case.prisoner_id,
                read_required_date("contact_date", ui.contact_date),
                ui.summary.toPlainText(),
            ),
        )
        if changes is None:
            return
        self._bus.publish(changes)
        self.first_contact_recorded.emit(self._case.prisoner_id)
        self.accept()
