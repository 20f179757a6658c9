"""The plan's "Versions" section: issue a version with its reason, list the versions, and show one
beside the current plan with every difference highlighted (issue 9 point 1: "an old version is never
lost and can be viewed side by side with the current one")."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.plan import Comparison, PlanView
from workbench.casework.plan import PlanService
from workbench.domain.errors import ValidationError, WorkbenchError
from workbench.domain.plan import VersionReason, link_label
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_plan_versions import Ui_PlanVersionsWidget
from workbench.gui.screens.plan.common import (
    PLAN_ENTITIES,
    clear_errors,
    code_of,
    fill_combo,
    run_call,
    show_errors,
)
from workbench.gui.theme import set_role
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

_HIGHLIGHT = "#fff2b3"  # changed rows and objectives; the word "Changed" says it too (not colour alone)


def plan_html(plan: PlanView, changed: frozenset[str] = frozenset()) -> str:
    """The plan as simple HTML for the side-by-side view; ``changed`` objectives are highlighted."""
    parts = []
    for o in plan.objectives:
        mark = f' style="background:{_HIGHLIGHT}"' if o.objective_id in changed else ""
        flag = " <b>[Changed]</b>" if o.objective_id in changed else ""
        links = ", ".join(link_label(c) for c in o.links)
        actions = "".join(
            f"<li>{escape(a.what)} — {escape(a.owner or 'no owner')} — {escape(a.when or 'no date')} "
            f"({a.status.label})</li>"
            for a in o.actions
        )
        parts.append(
            f"<div{mark}><p><b>{o.position + 1}. {escape(o.outcome)}</b>{flag}<br/>"
            f"{o.phase.label} · {o.status.label} · {escape(links)}<br/>"
            f"Measured by: {escape(o.measure or '—')}</p><ul>{actions}</ul></div>"
        )
    contact = plan.contact_frequency.label if plan.contact_frequency else "not set"
    involvement = plan.involvement.label if plan.involvement else "not recorded"
    parts.append(f"<p>Contact: {contact}. Involvement: {involvement}.</p>")
    return "".join(parts) or "<p>No objectives.</p>"


class VersionsSection(QWidget):
    """Issue versions; compare one with the current plan."""

    def __init__(
        self, service: PlanService, user: CurrentUser, bus: EventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planVersionsSection")
        self._service, self._user, self._bus = service, user, bus
        self._prisoner_id: str | None = None
        self._plan: PlanView | None = None
        self.comparison: Comparison | None = None
        self.ui = ui = Ui_PlanVersionsWidget()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        fill_combo(ui.reason, ((r.label, r.value) for r in VersionReason))
        ui.differences.setColumnCount(4)
        ui.differences.setHorizontalHeaderLabels(["Objective or plan", "Field", "In the version", "Now"])
        ui.differences.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.differences.verticalHeader().hide()
        clear_errors(ui.error_label)
        guard_wheel(self)
        ui.issue_button.clicked.connect(self.issue_version)
        ui.versions.currentRowChanged.connect(self._on_versions_current_row_changed)
        bus.changed.connect(self._on_bus_changed)

    def show_case(self, case: CaseDetail) -> None:
        """Show this prisoner's versions."""
        self._prisoner_id = case.prisoner_id
        self.reload()

    def clear(self) -> None:
        """No case shown."""
        self._prisoner_id = None
        self._plan = None
        self.comparison = None
        self.ui.versions.clear()

    def reload(self) -> None:
        """Read the plan and its versions again (the comparison follows the current plan)."""
        if self._prisoner_id is None:
            return
        try:
            plan = self._service.plan(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            show_errors(self.ui.error_label, ValidationError(exc.message))
            return
        self._plan = plan
        ui = self.ui
        editable = plan.read_only_reason is None
        for w in (ui.reason, ui.note, ui.issue_button):
            w.setEnabled(editable)
        select = VersionReason.REVIEW if plan.versions else VersionReason.INITIAL
        ui.reason.setCurrentIndex(max(ui.reason.findData(select.value), 0))
        if plan.agreed:
            ui.agreed_label.setText(
                f"Agreed: {plan.involvement.label.lower() if plan.involvement else ''}; "
                f"{plan.versions[-1].title} is the latest version."
            )
            set_role(ui.agreed_label, "good")
        else:
            missing = []
            if plan.involvement is None:
                missing.append("record the prisoner's involvement (Contact and involvement)")
            if not plan.versions:
                missing.append("issue the initial plan here")
            ui.agreed_label.setText("Not agreed yet: " + " and ".join(missing) + ".")
            set_role(ui.agreed_label, "warning")
        chosen = self.comparison.version.version_id if self.comparison else None
        ui.versions.blockSignals(True)
        ui.versions.clear()
        row = -1
        for i, v in enumerate(plan.versions):
            note = f" — {v.reason_note}" if v.reason_note else ""
            ui.versions.addItem(f"{v.title}, by {v.issued_by_name}{note}")
            if v.version_id == chosen:
                row = i
        ui.versions.blockSignals(False)
        if row >= 0:
            ui.versions.setCurrentRow(row)
            self._compare(chosen or "")
        else:
            self._show_comparison(None)

    def issue_version(self) -> bool:
        """Issue a version of the plan as it stands, with the reason chosen."""
        ui = self.ui
        if self._prisoner_id is None:
            return False
        reason, note, pid = VersionReason(code_of(ui.reason)), ui.note.text(), self._prisoner_id
        result = run_call(
            self, ui.error_label, lambda: self._service.issue_version(self._user, pid, reason, note)
        )
        if result is None:
            return False
        summary, changes = result
        ui.note.clear()
        self._bus.publish(changes)
        ui.versions.setCurrentRow(summary.version_no - 1)
        return True

    def _compare(self, version_id: str) -> None:
        try:
            comparison = self._service.compare(self._user, version_id)
        except WorkbenchError as exc:
            show_errors(self.ui.error_label, ValidationError(exc.message))
            return
        self._show_comparison(comparison)

    def _show_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        ui = self.ui
        diffs = comparison.differences if comparison else ()
        ui.differences.setRowCount(len(diffs))
        brush = QBrush(QColor(_HIGHLIGHT))
        for row, d in enumerate(diffs):
            for col, value in enumerate((d.subject, d.field, d.before, d.after)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setBackground(brush)
                ui.differences.setItem(row, col, item)
        if comparison is None:
            ui.old_title.setText("Choose a version to compare")
            ui.old_view.clear()
            ui.current_view.setHtml(plan_html(self._plan) if self._plan else "")
            return
        changed = comparison.changed_objectives()
        ui.old_title.setText(f"{comparison.version.title} ({len(diffs)} differences)")
        ui.old_view.setHtml(plan_html(comparison.old, changed))
        ui.current_view.setHtml(plan_html(comparison.current, changed))

    def _on_versions_current_row_changed(self, row: int) -> None:
        plan = self._plan
        if plan is None or not 0 <= row < len(plan.versions):
            return
        self._compare(plan.versions[row].version_id)

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._prisoner_id in changes.prisoner_ids and changes.entities & PLAN_ENTITIES:
            self.reload()
