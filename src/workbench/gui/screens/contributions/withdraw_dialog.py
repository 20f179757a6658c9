"""Withdraw a contribution request that is no longer needed (the reason is kept; issue 9 point 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.contributions import RequestRow
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_contribution_withdraw_dialog import Ui_ContributionWithdrawDialog
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.security.principal import CurrentUser


class ContributionWithdrawDialog(UnsavedDialog):
    """The reason a request is withdrawn; saving closes it (nothing the department wrote is lost)."""

    def __init__(
        self,
        service: ContributionService,
        user: CurrentUser,
        bus: EventBus,
        request: RequestRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._request = service, user, bus, request
        self.ui = Ui_ContributionWithdrawDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        due = f"{request.due_on:%d %b %Y}"
        ui.request.setText(f"{request.department.label} contribution for {request.prisoner_name}, due {due}")
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Withdraw request")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(self, ui.general_error, {"reason": (ui.reason, ui.reason_error)})
        ui.reason.setFocus()
        self.mark_clean()

    def save_form(self) -> None:
        """Withdraw as the button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        def call() -> ChangeSet:
            return self._service.withdraw(self._user, self._request.request_id, self.ui.reason.toPlainText())

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
