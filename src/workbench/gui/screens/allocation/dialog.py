"""The allocation dialog: allocate or reallocate an offender supervisor, community OM or personal officer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.allocation import AllocationService, StaffCaseload
from workbench.casework.dto.allocation import AllocationRequest
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.users import UserService
from workbench.domain.dates import Prefer
from workbench.domain.enums import AllocationRole, UserRole
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_allocation_dialog import Ui_AllocationDialog
from workbench.gui.widgets.date_field import read_required_date
from workbench.gui.widgets.forms import (
    FieldErrors,
    UnsavedDialog,
    install_save_shortcuts,
    submit,
)
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

# Who may be chosen for each role from the local staff list (None = every active member of staff).
# Community offender managers are not local users: their name is typed (seed 3.6).
_STAFF_ROLES: dict[AllocationRole, tuple[UserRole, ...] | None] = {
    AllocationRole.OFFENDER_SUPERVISOR: (UserRole.SUPERVISOR, UserRole.MANAGER),
    AllocationRole.PERSONAL_OFFICER: None,
}
_LIST_PAGE, _NAME_PAGE = 0, 1


class AllocationDialog(UnsavedDialog):
    """Allocate a member of staff to one prisoner's case; a reallocation ends the current one (seed 2.7, 3.1).

    The role chooses what the staff field offers: a list of local staff, or a typed name for a
    community offender manager. The line under the role says who holds it now.
    """

    staff_allocated = Signal(str)
    """Emitted with the prisoner's id once the allocation is saved (and the ChangeSet published)."""

    def __init__(
        self,
        allocation: AllocationService,
        users: UserService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        today: date,
        initial_role: AllocationRole = AllocationRole.OFFENDER_SUPERVISOR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = allocation
        self._user = user
        self._bus = bus
        self._case = case
        # Each person with the cases they hold now in that role, so work is shared fairly (point 8).
        self._staff: dict[AllocationRole, list[StaffCaseload]] = {
            role: allocation.staff_with_caseload(user, role, roles) for role, roles in _STAFF_ROLES.items()
        }
        self.ui = Ui_AllocationDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui

        name = f"{case.family_name.upper()}, {case.given_name}"
        self.setWindowTitle(f"Allocate staff — {name}")
        where = f" — {case.location}" if case.location else ""
        ui.prisoner.setText(f"{name} ({case.noms_number}){where}")
        self._save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Allocate")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self._save_button)

        for role in AllocationRole:
            ui.role.addItem(role.label, role.value)
        ui.start_date.configure(today=today, prefer=Prefer.PAST, latest=today, blank_allowed=False)
        ui.start_date.setValue(today)

        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "staff": (ui.staff, ui.staff_error),
                "start_date": (ui.start_date, ui.start_date_error),
                "reason": (ui.reason, ui.reason_error),
            },
        )
        ui.role.setCurrentIndex(ui.role.findData(initial_role.value))
        ui.role.currentIndexChanged.connect(self._on_role_changed)
        self._on_role_changed()
        guard_wheel(self)
        (ui.staff_name if self.role() is AllocationRole.OFFENDER_MANAGER else ui.staff).setFocus()
        self.mark_clean()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the allocation for {self._case.family_name.upper()}, {self._case.given_name}"

    def save_form(self) -> None:
        """Allocate as the Allocate button does."""
        self._on_buttons_accepted()

    def role(self) -> AllocationRole:
        """The role being allocated."""
        return AllocationRole(self.ui.role.currentData())

    def request(self) -> AllocationRequest:
        """What the form says now, as the service's request (ValidationErrors if the date is unreadable)."""
        ui = self.ui
        start_date = read_required_date("start_date", ui.start_date)
        role = self.role()
        by_name = role is AllocationRole.OFFENDER_MANAGER
        return AllocationRequest(
            prisoner_id=self._case.prisoner_id,
            role=role,
            staff_user_id=None if by_name else ui.staff.currentData(),
            staff_name=ui.staff_name.text() if by_name else "",
            start_date=start_date,
            reason=ui.reason.toPlainText(),
        )

    def _on_role_changed(self) -> None:
        ui = self.ui
        role = self.role()
        self.errors.clear()
        if role is AllocationRole.OFFENDER_MANAGER:
            ui.staff_stack.setCurrentIndex(_NAME_PAGE)
            ui.staff_label.setText("&Name:")
            ui.staff_label.setBuddy(ui.staff_name)
            self.errors.retarget("staff", ui.staff_name)
        else:
            ui.staff_stack.setCurrentIndex(_LIST_PAGE)
            ui.staff_label.setText("&Staff member:")
            ui.staff_label.setBuddy(ui.staff)
            self.errors.retarget("staff", ui.staff)
            ui.staff.clear()
            for entry in self._staff[role]:
                ui.staff.addItem(entry.label, entry.member.user_id)
            ui.staff.setCurrentIndex(-1)
            ui.staff.setPlaceholderText(
                "Choose…" if ui.staff.count() else "Nobody to choose: ask an administrator to add staff"
            )
        current = self._case.current_allocation(role)
        if current is None:
            ui.current.setText(f"Nobody is allocated as {role.label.lower()} yet.")
        else:
            ui.current.setText(
                f"{current.staff_name}, since {current.start_date:%d %b %Y}. "
                f"Allocating someone else ends this allocation."
            )

    def _on_buttons_accepted(self) -> None:
        changes = submit(self.errors, self, lambda: self._service.allocate(self._user, self.request()))
        if changes is None:
            return
        self._bus.publish(changes)
        self.staff_allocated.emit(self._case.prisoner_id)
        self.accept()
