"""Request a department's contribution to the one plan (issue 9 point 3)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.caseload import CaseDetail
from workbench.domain.dates import Prefer
from workbench.domain.plan import Department
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_contribution_request_dialog import Ui_ContributionRequestDialog
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

DEFAULT_DAYS = 14
"""A request is due in two weeks unless the supervisor types another date."""


class ContributionRequestDialog(UnsavedDialog):
    """Department, due date and a note; saving records the request on the prisoner's plan."""

    def __init__(
        self,
        service: ContributionService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._case = service, user, bus, case
        self.ui = Ui_ContributionRequestDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        name = f"{case.family_name.upper()}, {case.given_name}"
        self.setWindowTitle(f"Request a contribution — {name}")
        ui.prisoner.setText(f"{name} ({case.noms_number})")
        for d in Department:
            if d is not Department.OMU:
                ui.department.addItem(d.label, d)
        guard_wheel(self)
        ui.due_on.configure(today=today, prefer=Prefer.FUTURE, earliest=today, blank_allowed=False)
        ui.due_on.setValue(today + timedelta(days=DEFAULT_DAYS))
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Send request")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "department": (ui.department, ui.department_error),
                "due_on": (ui.due_on, ui.due_on_error),
                "note": (ui.note, ui.note_error),
            },
        )
        ui.department.setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the contribution request for {self._case.family_name.upper()}"

    def save_form(self) -> None:
        """Send the request as the button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        department = Department(ui.department.currentData())

        def call() -> ChangeSet:
            due = ui.due_on.checked_value("due_on")
            _id, changes = self._service.request(
                self._user, self._case.prisoner_id, department, due, ui.note.toPlainText()
            )
            return changes

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
