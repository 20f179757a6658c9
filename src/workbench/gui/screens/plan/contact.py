"""The plan's "Contact and involvement" section: planned levels of contact, responsivity and diversity
adjustments (seed 3.26), and the prisoner's involvement in their own words (seed 3.29)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.plan import ContactForm, InvolvementForm, PlanView
from workbench.casework.plan import PlanService
from workbench.domain.errors import ValidationError, WorkbenchError
from workbench.domain.plan import ContactFrequency, Involvement
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_plan_contact import Ui_PlanContactWidget
from workbench.gui.screens.plan.common import (
    PLAN_ENTITIES,
    clear_errors,
    code_of,
    fill_combo,
    run_call,
    select_code,
    show_errors,
    state_of,
)
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser


class ContactSection(QWidget):
    """Contact levels and the prisoner's involvement, each saved with its own button (or Ctrl+S)."""

    def __init__(
        self, service: PlanService, user: CurrentUser, bus: EventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planContactSection")
        self._service, self._user, self._bus = service, user, bus
        self._prisoner_id: str | None = None
        self._plan: PlanView | None = None
        self._contact_state: tuple[object, ...] = ()
        self._involvement_state: tuple[object, ...] = ()
        self.ui = ui = Ui_PlanContactWidget()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        frequencies = [(f.label, f.value) for f in ContactFrequency]
        fill_combo(ui.contact_frequency, frequencies, blank="Not set")
        fill_combo(ui.com_liaison, frequencies, blank="Not set")
        fill_combo(ui.involvement, ((i.label, i.value) for i in Involvement), blank="Not recorded")
        ui.next_review_on.set_blank_allowed(True)
        ui.copy_given_on.set_blank_allowed(True)
        clear_errors(ui.error_label)
        guard_wheel(self)
        ui.save_contact_button.clicked.connect(self.save_contact)
        ui.save_involvement_button.clicked.connect(self.save_involvement)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_unsaved_work)
        bus.changed.connect(self._on_bus_changed)

    def _contact_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.contact_frequency,
            ui.com_liaison,
            ui.next_review_on,
            ui.responsivity,
            ui.diversity_adjustments,
        ]

    def _involvement_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [ui.involvement, ui.involvement_reason, ui.prisoner_comments, ui.copy_given_on]

    def _contact_dirty(self) -> bool:
        return state_of(self._contact_widgets()) != self._contact_state

    def _involvement_dirty(self) -> bool:
        return state_of(self._involvement_widgets()) != self._involvement_state

    # -- the case shown --------------------------------------------------------------------------

    def show_case(self, case: CaseDetail) -> None:
        """Show this prisoner's contact levels and involvement."""
        self._prisoner_id = case.prisoner_id
        self.reload(force=True)

    def clear(self) -> None:
        """No case shown."""
        self._prisoner_id = None
        self._plan = None

    def reload(self, *, force: bool = False) -> None:
        """Read the plan again; a part with typed work is left as typed unless ``force``."""
        if self._prisoner_id is None:
            return
        try:
            plan = self._service.plan(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            show_errors(self.ui.error_label, ValidationError(exc.message))
            return
        self._plan = plan
        ui = self.ui
        ui.read_only_label.setText(plan.read_only_reason or "")
        ui.read_only_label.setVisible(plan.read_only_reason is not None)
        editable = plan.read_only_reason is None
        for w in [*self._contact_widgets(), *self._involvement_widgets()]:
            w.setEnabled(editable)
        ui.save_contact_button.setEnabled(editable)
        ui.save_involvement_button.setEnabled(editable)
        if force or not self._contact_dirty():
            select_code(ui.contact_frequency, plan.contact_frequency.value if plan.contact_frequency else "")
            select_code(ui.com_liaison, plan.com_liaison.value if plan.com_liaison else "")
            ui.next_review_on.setValue(plan.next_review_on)
            ui.responsivity.setPlainText(plan.responsivity)
            ui.diversity_adjustments.setPlainText(plan.diversity_adjustments)
            self._contact_state = state_of(self._contact_widgets())
        if force or not self._involvement_dirty():
            select_code(ui.involvement, plan.involvement.value if plan.involvement else "")
            ui.involvement_reason.setPlainText(plan.involvement_reason)
            ui.prisoner_comments.setPlainText(plan.prisoner_comments)
            ui.copy_given_on.setValue(plan.copy_given_on)
            self._involvement_state = state_of(self._involvement_widgets())

    # -- saving ----------------------------------------------------------------------------------

    def save_contact(self) -> bool:
        """Save the planned levels of contact."""
        ui = self.ui
        if self._prisoner_id is None:
            return False
        if ui.next_review_on.problem():
            show_errors(ui.error_label, ValidationError(ui.next_review_on.problem(), field="next_review_on"))
            return False
        frequency, liaison = code_of(ui.contact_frequency), code_of(ui.com_liaison)
        form = ContactForm(
            contact_frequency=ContactFrequency(frequency) if frequency else None,
            com_liaison=ContactFrequency(liaison) if liaison else None,
            next_review_on=ui.next_review_on.value(),
            responsivity=ui.responsivity.toPlainText(),
            diversity_adjustments=ui.diversity_adjustments.toPlainText(),
        )
        pid = self._prisoner_id
        changes = run_call(self, ui.error_label, lambda: self._service.save_contact(self._user, pid, form))
        if changes is None:
            return False
        self._contact_state = state_of(self._contact_widgets())
        self._bus.publish(changes)
        return True

    def save_involvement(self) -> bool:
        """Save the prisoner's involvement."""
        ui = self.ui
        if self._prisoner_id is None:
            return False
        if ui.copy_given_on.problem():
            show_errors(ui.error_label, ValidationError(ui.copy_given_on.problem(), field="copy_given_on"))
            return False
        code = code_of(ui.involvement)
        form = InvolvementForm(
            involvement=Involvement(code) if code else None,
            involvement_reason=ui.involvement_reason.toPlainText(),
            prisoner_comments=ui.prisoner_comments.toPlainText(),
            copy_given_on=ui.copy_given_on.value(),
        )
        pid = self._prisoner_id
        changes = run_call(
            self, ui.error_label, lambda: self._service.save_involvement(self._user, pid, form)
        )
        if changes is None:
            return False
        self._involvement_state = state_of(self._involvement_widgets())
        self._bus.publish(changes)
        return True

    # -- unsaved work (HoldsUnsavedWork) ---------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        """Contact levels or involvement typed but not saved."""
        return self._prisoner_id is not None and (self._contact_dirty() or self._involvement_dirty())

    def unsaved_work_description(self) -> str:
        """What would be lost."""
        name = self._plan.prisoner_name if self._plan else "this prisoner"
        return f"the contact levels or involvement in the sentence plan for {name}"

    def save_unsaved_work(self) -> bool:
        """Save whichever part was typed."""
        if self._contact_dirty() and not self.save_contact():
            return False
        return not self._involvement_dirty() or self.save_involvement()

    def discard_unsaved_work(self) -> None:
        """Put back what is saved."""
        self.reload(force=True)

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._prisoner_id in changes.prisoner_ids and changes.entities & PLAN_ENTITIES:
            self.reload()
