"""Update a referral's status after the interview is signed (from the case page's Interview tab)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.dto.interview import ReferralDetail
from workbench.casework.interview import InterviewService
from workbench.domain.dates import Prefer
from workbench.domain.interview import ReferralStatus
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_referral_status_dialog import Ui_ReferralStatusDialog
from workbench.gui.widgets.date_field import read_required_date
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.security.principal import CurrentUser


class ReferralStatusDialog(UnsavedDialog):
    """Change a referral's status, with the date it changed and a note (class B: merges per field)."""

    def __init__(
        self,
        service: InterviewService,
        user: CurrentUser,
        bus: EventBus,
        referral: ReferralDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralStatusDialog")
        self._service, self._user, self._bus, self._referral = service, user, bus, referral
        self.ui = Ui_ReferralStatusDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        ui.referral.setText(
            f"{referral.area.label}: {referral.need} — {referral.owner_role.label}, {referral.owner_name} "
            f"(raised {referral.raised_on:%d %b %Y}, {referral.status.label.lower()})"
        )
        for status in ReferralStatus:
            ui.status.addItem(status.label, status.value)
        ui.status.setCurrentIndex(max(0, ui.status.findData(referral.status.value)))
        ui.status_changed_on.configure(
            today=today, prefer=Prefer.PAST, earliest=referral.raised_on, latest=today, blank_allowed=False
        )
        ui.status_changed_on.setValue(today)
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Update")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self._save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "status_changed_on": (ui.status_changed_on, ui.status_changed_on_error),
                "status_note": (ui.status_note, ui.status_note_error),
            },
        )
        ui.status.setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the {self._referral.area.label.lower()} referral's new status"

    def save_form(self) -> None:
        """Update as the Update button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        result = submit(
            self.errors,
            self,
            lambda: self._service.update_referral(
                self._user,
                self._referral.referral_id,
                ReferralStatus(ui.status.currentData()),
                on=read_required_date("status_changed_on", ui.status_changed_on),
                note=ui.status_note.toPlainText(),
            ),
        )
        if result is None:
            return
        self._bus.publish(result[1])
        self.accept()
