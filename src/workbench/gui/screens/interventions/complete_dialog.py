"""Record that a delivered intervention has finished (raises INTERVENTION_COMPLETED for the review)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.interventions import RequirementRow
from workbench.casework.interventions import InterventionService
from workbench.domain.dates import Prefer
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_intervention_complete_dialog import Ui_InterventionCompleteDialog
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.security.principal import CurrentUser


class CompleteDialog(UnsavedDialog):
    """The date a delivered intervention was completed."""

    def __init__(
        self,
        service: InterventionService,
        user: CurrentUser,
        bus: EventBus,
        requirement: RequirementRow,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._requirement = service, user, bus, requirement
        self.ui = Ui_InterventionCompleteDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(f"{requirement.intervention} completed — {requirement.prisoner_name}")
        ui.intervention.setText(f"{requirement.intervention} ({requirement.need_label})")
        ui.completed_on.configure(today=today, prefer=Prefer.PAST, latest=today, blank_allowed=False)
        ui.completed_on.setValue(today)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Record completion")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self, ui.general_error, {"completed_on": (ui.completed_on, ui.completed_on_error)}
        )
        ui.completed_on.setFocus()
        self.mark_clean()

    def save_form(self) -> None:
        """Save as the button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        def call() -> ChangeSet:
            on = self.ui.completed_on.checked_value("completed_on")
            return self._service.complete(self._user, self._requirement.requirement_id, on)

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
