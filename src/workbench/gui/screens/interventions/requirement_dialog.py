"""Record (or change) a required intervention whatever its availability (issue 9 point 4).

Seed foreword: plans were "based on the interventions that were available rather than on what were
required". The need is recorded first; availability, the reason (required unless delivered or planned
here) and the planned date (planned here, after transfer) follow. A substitute keeps the need open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.interventions import RequirementInput, RequirementRow
from workbench.casework.interventions import DATE_NEEDED, REASON_NOT_NEEDED, InterventionService
from workbench.domain.catalogue import Catalogue
from workbench.domain.dates import Prefer
from workbench.domain.needs import NeedSection
from workbench.domain.plan import Availability, RiskFactor, link_code
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_intervention_requirement_dialog import Ui_InterventionRequirementDialog
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

OTHER = ""
"""The intervention list's "not in the catalogue" entry (the name is typed)."""


class RequirementDialog(UnsavedDialog):
    """One required intervention: what, the need it answers, and how (or whether) it will be delivered."""

    def __init__(
        self,
        service: InterventionService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        catalogue: Catalogue,
        objectives: tuple[tuple[str, str], ...],
        today: date,
        existing: RequirementRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._case = service, user, bus, case
        self._existing = existing
        self.ui = Ui_InterventionRequirementDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        name = f"{case.family_name.upper()}, {case.given_name}"
        self.setWindowTitle(f"Required intervention — {name}")
        ui.prisoner.setText(f"{name} ({case.noms_number})")
        ui.intervention.addItem("Other (type its name below)", OTHER)
        for item in catalogue.items:
            ui.intervention.addItem(item.name, item.code)
        for section in NeedSection:
            ui.need.addItem(section.label, link_code(section))
        for factor in RiskFactor:
            ui.need.addItem(factor.label, link_code(factor))
        ui.objective.addItem("(No particular objective)", None)
        for objective_id, outcome in objectives:
            ui.objective.addItem(outcome[:80], objective_id)
        for av in Availability:
            ui.availability.addItem(av.label, av.value)
        ui.planned_on.configure(today=today, prefer=Prefer.FUTURE, blank_allowed=True)
        guard_wheel(self)
        if existing is not None:
            self._fill(existing)
        else:
            ui.availability.setCurrentIndex(ui.availability.findData(Availability.NOT_RUN_HERE.value))
        ui.intervention.currentIndexChanged.connect(self._on_choice_changed)
        ui.availability.currentIndexChanged.connect(self._on_choice_changed)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("Save")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "intervention": (ui.intervention, ui.intervention_error),
                "need": (ui.need, ui.need_error),
                "objective": (ui.objective, ui.objective_error),
                "availability": (ui.availability, ui.availability_error),
                "planned_on": (ui.planned_on, ui.planned_on_error),
                "reason": (ui.reason, ui.reason_error),
                "substitute": (ui.substitute, ui.substitute_error),
            },
        )
        self._on_choice_changed()
        ui.intervention.setFocus()
        self.mark_clean()

    def _fill(self, r: RequirementRow) -> None:
        ui = self.ui
        index = ui.intervention.findData(r.intervention_code) if r.intervention_code else 0
        ui.intervention.setCurrentIndex(max(index, 0))
        if not r.intervention_code:
            ui.other_name.setText(r.intervention)
        ui.need.setCurrentIndex(max(ui.need.findData(r.need), 0))
        ui.objective.setCurrentIndex(max(ui.objective.findData(r.objective_id), 0) if r.objective_id else 0)
        ui.availability.setCurrentIndex(ui.availability.findData(r.availability.value))
        ui.planned_on.setValue(r.planned_on)
        ui.reason.setPlainText(r.reason)
        ui.substitute.setText(r.substitute)

    def availability(self) -> Availability:
        """The availability chosen."""
        return Availability(self.ui.availability.currentData())

    def _on_choice_changed(self) -> None:
        ui = self.ui
        ui.other_name.setEnabled(ui.intervention.currentData() == OTHER)
        av = self.availability()
        ui.reason_label.setText("&Reason:" if av in REASON_NOT_NEEDED else "&Reason (required):")
        ui.planned_on_label.setText("&Planned date (required):" if av in DATE_NEEDED else "&Planned date:")
        ui.substitute.setEnabled(av is Availability.SUBSTITUTE_OFFERED)

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the required intervention for {self._case.family_name.upper()}"

    def save_form(self) -> None:
        """Save as the button does."""
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        ui = self.ui

        def call() -> ChangeSet:
            data = RequirementInput(
                intervention_code=str(ui.intervention.currentData() or ""),
                intervention_name=ui.other_name.text(),
                need=str(ui.need.currentData() or ""),
                availability=self.availability(),
                reason=ui.reason.toPlainText(),
                planned_on=ui.planned_on.checked_value("planned_on"),
                objective_id=ui.objective.currentData() or None,
                substitute=ui.substitute.text()
                if self.availability() is Availability.SUBSTITUTE_OFFERED
                else "",
            )
            if self._existing is not None:
                return self._service.update(self._user, self._existing.requirement_id, data)
            _id, changes = self._service.record(self._user, self._case.prisoner_id, data)
            return changes

        changes = submit(self.errors, self, call)
        if changes is None:
            return
        self._bus.publish(changes)
        self.accept()
