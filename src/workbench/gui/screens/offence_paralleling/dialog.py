"""The offence-paralleling dialog: flag an adjudication or security information (issue 10 point 1)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.offence_paralleling import (
    MAX_REFERENCE,
    FlaggedBehaviour,
    OffenceParallelingService,
    ParallelingSource,
)
from workbench.domain.dates import Prefer
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_offence_paralleling_dialog import Ui_OffenceParallelingDialog
from workbench.gui.widgets.date_field import read_dates
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser


class OffenceParallelingDialog(UnsavedDialog):
    """Source, date and a short reference; nothing is saved until the service accepts all three.

    Escape on typed work asks first (``HoldsUnsavedWork`` through ``UnsavedDialog``).
    """

    behaviour_flagged = Signal(object)
    """Emitted with the saved ``FlaggedBehaviour`` (after its ChangeSet has been published)."""

    def __init__(
        self,
        service: OffenceParallelingService,
        user: CurrentUser,
        bus: EventBus,
        prisoner_id: str,
        prisoner_label: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._user = user
        self._bus = bus
        self._prisoner_id = prisoner_id
        self._label = prisoner_label
        self.flagged: FlaggedBehaviour | None = None
        self.ui = Ui_OffenceParallelingDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(f"Flag offence-paralleling behaviour — {prisoner_label}")
        ui.prisoner.setText(prisoner_label)
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Flag and raise a review")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self._save_button)
        ui.source.addItem("Choose…", None)
        for source in ParallelingSource:
            ui.source.addItem(source.label, source.value)
        ui.seen_on.configure(today=today, prefer=Prefer.PAST, latest=today)
        ui.reference.setMaxLength(MAX_REFERENCE + 50)  # the service names the limit if it is passed
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "source": (ui.source, ui.source_error),
                "seen_on": (ui.seen_on, ui.seen_on_error),
                "reference": (ui.reference, ui.reference_error),
            },
        )
        guard_wheel(self)
        ui.source.setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the offence-paralleling flag for {self._label}"

    def save_form(self) -> None:
        """Save as the OK button does."""
        self._on_buttons_accepted()

    def _flag(self) -> tuple[FlaggedBehaviour, ChangeSet]:
        ui = self.ui
        value = ui.source.currentData()
        seen_on = read_dates({"seen_on": ui.seen_on})["seen_on"]
        return self._service.flag(
            self._user,
            self._prisoner_id,
            source=ParallelingSource(value) if value else None,
            seen_on=seen_on,
            reference=ui.reference.text(),
        )

    def _on_buttons_accepted(self) -> None:
        result = submit(self.errors, self, self._flag)
        if result is None:
            return
        flagged, changes = result
        self.flagged = flagged
        self._bus.publish(changes)
        self.behaviour_flagged.emit(flagged)
        self.accept()
