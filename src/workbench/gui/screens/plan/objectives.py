"""The plan's "Objectives" section (issue 9 point 1): seeded proposals, the objectives in sequence, the
editor with the linter shown as you type, and each objective's actions.

Thin: renders ``PlanView`` / ``SeedProposal`` and calls ``PlanService``. The linter
(``domain.objectives.lint``) assists and never blocks saving.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.plan import (
    ActionForm,
    ActionView,
    ObjectiveForm,
    ObjectiveView,
    PlanView,
    SeedProposal,
)
from workbench.casework.plan import PlanService
from workbench.domain.catalogue import Catalogue
from workbench.domain.errors import ValidationError, WorkbenchError
from workbench.domain.needs import NeedSection
from workbench.domain.objectives import lint
from workbench.domain.plan import (
    ActionStatus,
    Department,
    ObjectiveStatus,
    Phase,
    RiskFactor,
    RohTag,
    link_code,
)
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_plan_objectives import Ui_PlanObjectivesWidget
from workbench.gui.screens.plan.common import (
    checked_codes,
    clear_errors,
    code_of,
    fill_checks,
    fill_combo,
    run_call,
    select_code,
    show_errors,
    state_of,
)
from workbench.gui.theme import set_role
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

LINK_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (f"Need: {s.label}", link_code(s)) for s in NeedSection
) + tuple((f"Risk: {r.label}", link_code(r)) for r in RiskFactor)

_ACTION_COLUMNS = ("What", "Owner", "Department", "When", "Status")


def objective_line(o: ObjectiveView) -> str:
    """How an objective shows in the sequence: order, phase, outcome, status, source department."""
    source = "" if o.source_department is Department.OMU else f" — from {o.source_department.label}"
    check = "" if o.lint.outcome_focused else " ⚠ not outcome-focused"
    return f"{o.position + 1}. [{o.phase.label}] {o.outcome} — {o.status.label}{source}{check}"


class ObjectivesSection(QWidget):
    """Proposals, the objectives in order, the objective editor and its actions."""

    objective_saved = Signal(str)
    """An objective was saved (its id)."""

    def __init__(
        self,
        service: PlanService,
        user: CurrentUser,
        bus: EventBus,
        catalogue: Catalogue | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planObjectivesSection")
        self._service, self._user, self._bus, self._catalogue = service, user, bus, catalogue
        self._prisoner_id: str | None = None
        self._plan: PlanView | None = None
        self._proposals: tuple[SeedProposal, ...] = ()
        self._objective_id: str | None = None  # None: the editor holds a new objective
        self._action_id: str | None = None
        self._editor_state: tuple[object, ...] = ()
        self._action_state: tuple[object, ...] = ()
        self._suggestion: str | None = None
        self.ui = ui = Ui_PlanObjectivesWidget()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        fill_combo(ui.phase, ((p.label, p.value) for p in Phase))
        fill_combo(ui.roh_tag, ((t.label, t.value) for t in RohTag), blank="Does not manage harm")
        fill_combo(ui.status, ((s.label, s.value) for s in ObjectiveStatus))
        fill_combo(ui.department, ((d.label, d.value) for d in Department))
        fill_combo(ui.action_status, ((s.label, s.value) for s in ActionStatus))
        ui.due_on.set_blank_allowed(True)
        ui.actions.setColumnCount(len(_ACTION_COLUMNS))
        ui.actions.setHorizontalHeaderLabels(list(_ACTION_COLUMNS))
        ui.actions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.actions.horizontalHeader().setStretchLastSection(True)
        ui.actions.verticalHeader().hide()
        # Long outcomes wrap instead of scrolling sideways (readable at 1024x768).
        for lst in (ui.proposals, ui.objectives, ui.links, ui.prerequisites):
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.outcome.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for label in (ui.error_label, ui.action_error_label):
            clear_errors(label)
        guard_wheel(self)
        ui.outcome.textChanged.connect(self._on_outcome_text_changed)
        ui.use_suggestion_button.clicked.connect(self._on_use_suggestion_button_clicked)
        ui.save_button.clicked.connect(self.save_objective)
        ui.new_button.clicked.connect(self.new_objective)
        ui.up_button.clicked.connect(lambda: self._move(-1))
        ui.down_button.clicked.connect(lambda: self._move(1))
        ui.objectives.currentRowChanged.connect(self._on_objectives_current_row_changed)
        ui.proposals.currentRowChanged.connect(self._on_proposals_current_row_changed)
        ui.accept_button.clicked.connect(self.accept_proposal)
        ui.dismiss_button.clicked.connect(self.dismiss_proposal)
        ui.actions.itemSelectionChanged.connect(self._on_actions_selection_changed)
        ui.new_action_button.clicked.connect(self.new_action)
        ui.save_action_button.clicked.connect(self.save_action)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_shortcut)
        bus.changed.connect(self._on_bus_changed)
        self._fill_editor(None)
        self._fill_action(None)
        self._show_lint()

    # -- the case shown --------------------------------------------------------------------------

    @property
    def plan(self) -> PlanView | None:
        """The plan shown (None: no case)."""
        return self._plan

    @property
    def proposals(self) -> tuple[SeedProposal, ...]:
        """The proposals listed."""
        return self._proposals

    def show_case(self, case: CaseDetail) -> None:
        """Show this prisoner's plan (a new objective in the editor)."""
        if case.prisoner_id != self._prisoner_id:
            self._prisoner_id = case.prisoner_id
            self._objective_id = None
            self._action_id = None
        self.reload()

    def clear(self) -> None:
        """No case shown."""
        self._prisoner_id = None
        self._plan = None
        self._proposals = ()
        self.ui.objectives.clear()
        self.ui.proposals.clear()
        self._fill_editor(None)

    def reload(self) -> None:
        """Read the plan again; typed work in the editor is kept."""
        if self._prisoner_id is None:
            return
        try:
            self._plan = self._service.plan(self._user, self._prisoner_id)
            self._proposals = (
                self._service.proposals(self._user, self._prisoner_id)
                if self._plan.read_only_reason is None
                else ()
            )
        except WorkbenchError as exc:
            self.ui.read_only_label.setText(exc.message)
            return
        self._render()

    def select_objective(self, objective_id: str | None) -> None:
        """Show one objective in the editor (the quality panel's "fix it" link comes here)."""
        if self._plan is None:
            return
        for row, o in enumerate(self._plan.objectives):
            if o.objective_id == objective_id:
                self.ui.objectives.setCurrentRow(row)
                return

    # -- unsaved work (HoldsUnsavedWork) ---------------------------------------------------------

    def _editor_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.outcome,
            ui.links,
            ui.measure,
            ui.phase,
            ui.prerequisites,
            ui.roh_tag,
            ui.status,
            ui.status_reason,
        ]

    def _action_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.what,
            ui.owner_role,
            ui.owner_name,
            ui.department,
            ui.due_on,
            ui.timescale,
            ui.action_status,
        ]

    def _editor_dirty(self) -> bool:
        return state_of(self._editor_widgets()) != self._editor_state

    def _action_dirty(self) -> bool:
        return state_of(self._action_widgets()) != self._action_state

    def has_unsaved_work(self) -> bool:
        """An objective or an action typed but not saved."""
        return self._prisoner_id is not None and (self._editor_dirty() or self._action_dirty())

    def unsaved_work_description(self) -> str:
        """What would be lost."""
        name = self._plan.prisoner_name if self._plan else "this prisoner"
        return f"an objective or action of the sentence plan for {name}"

    def save_unsaved_work(self) -> bool:
        """Save the objective, then the action, that were typed."""
        if self._editor_dirty() and not self.save_objective():
            return False
        return not self._action_dirty() or self.save_action()

    def discard_unsaved_work(self) -> None:
        """Put back what is saved."""
        current = self._plan.objective(self._objective_id) if self._plan and self._objective_id else None
        self._fill_editor(current)
        self._fill_action(self._current_action(current))

    # -- objectives ------------------------------------------------------------------------------

    def new_objective(self) -> None:
        """An empty editor for a new objective."""
        self.ui.objectives.clearSelection()
        self.ui.objectives.setCurrentRow(-1)
        self._objective_id = None
        self._fill_editor(None)
        self._fill_action(None)
        self._render_actions(None)
        self.ui.outcome.setFocus()

    def save_objective(self) -> bool:
        """Save the editor's objective (new or changed); False with the messages shown if refused."""
        if self._prisoner_id is None:
            return False
        ui = self.ui
        form = ObjectiveForm(
            outcome=ui.outcome.toPlainText(),
            links=checked_codes(ui.links),
            measure=ui.measure.text(),
            phase=Phase(code_of(ui.phase)),
            prerequisites=checked_codes(ui.prerequisites),
            roh_tag=RohTag(code_of(ui.roh_tag)) if code_of(ui.roh_tag) else None,
            status=ObjectiveStatus(code_of(ui.status)),
            status_reason=ui.status_reason.text(),
        )
        result = run_call(
            self,
            ui.error_label,
            lambda: self._service.save_objective(
                self._user, self._prisoner_id or "", self._objective_id, form
            ),
        )
        if result is None:
            return False
        objective_id, changes = result
        self._objective_id = objective_id
        self._editor_state = state_of(self._editor_widgets())  # saved: what is typed is what is stored
        self._bus.publish(changes)
        self.objective_saved.emit(objective_id)
        return True

    def _move(self, step: int) -> None:
        if self._prisoner_id is None or self._objective_id is None:
            return
        objective_id = self._objective_id
        result = run_call(
            self,
            self.ui.error_label,
            lambda: self._service.move_objective(self._user, self._prisoner_id or "", objective_id, step),
        )
        if result is not None:
            self._bus.publish(result)

    # -- proposals -------------------------------------------------------------------------------

    def accept_proposal(self) -> None:
        """Put the chosen proposal into the plan and open it in the editor."""
        row = self.ui.proposals.currentRow()
        if self._prisoner_id is None or not 0 <= row < len(self._proposals):
            return
        proposal = self._proposals[row]
        result = run_call(
            self,
            self.ui.error_label,
            lambda: self._service.accept_proposal(self._user, self._prisoner_id or "", proposal),
        )
        if result is None:
            return
        objective_id, changes = result
        self._objective_id = objective_id
        self._bus.publish(changes)
        # The editor shows the accepted objective, to be edited from there (accept, then edit).
        accepted = self._plan.objective(objective_id) if self._plan else None
        self._fill_editor(accepted)
        self._render_actions(accepted)

    def dismiss_proposal(self) -> None:
        """Set the chosen proposal aside with the reason typed."""
        row = self.ui.proposals.currentRow()
        if self._prisoner_id is None or not 0 <= row < len(self._proposals):
            return
        key = self._proposals[row].key
        reason = self.ui.dismiss_reason.text()
        result = run_call(
            self,
            self.ui.error_label,
            lambda: self._service.dismiss_proposal(self._user, self._prisoner_id or "", key, reason),
        )
        if result is not None:
            self.ui.dismiss_reason.clear()
            self._bus.publish(result)

    # -- actions ---------------------------------------------------------------------------------

    def new_action(self) -> None:
        """An empty action form."""
        self.ui.actions.clearSelection()
        self._action_id = None
        self._fill_action(None)
        self.ui.what.setFocus()

    def save_action(self) -> bool:
        """Save the action form for the objective in the editor."""
        ui = self.ui
        if self._prisoner_id is None:
            return False
        if self._objective_id is None:
            show_errors(
                ui.action_error_label, ValidationError("Save the objective first, then add its actions.")
            )
            return False
        due = ui.due_on.value() if not ui.due_on.problem() else None
        if ui.due_on.problem():
            show_errors(ui.action_error_label, ValidationError(ui.due_on.problem(), field="due_on"))
            return False
        form = ActionForm(
            what=ui.what.text(),
            owner_role=ui.owner_role.text(),
            owner_name=ui.owner_name.text(),
            department=Department(code_of(ui.department)),
            due_on=due,
            timescale=ui.timescale.text(),
            status=ActionStatus(code_of(ui.action_status)),
        )
        objective_id, action_id = self._objective_id, self._action_id
        result = run_call(
            self,
            ui.action_error_label,
            lambda: self._service.save_action(
                self._user, self._prisoner_id or "", objective_id, action_id, form
            ),
        )
        if result is None:
            return False
        self._action_id, changes = result
        self._action_state = state_of(self._action_widgets())
        self._bus.publish(changes)
        return True

    # -- rendering -------------------------------------------------------------------------------

    def _render(self) -> None:
        plan, ui = self._plan, self.ui
        if plan is None:
            return
        editable = plan.read_only_reason is None
        ui.read_only_label.setText(plan.read_only_reason or "")
        ui.read_only_label.setVisible(not editable)
        for w in (
            ui.accept_button,
            ui.dismiss_button,
            ui.dismiss_reason,
            ui.new_button,
            ui.up_button,
            ui.down_button,
            ui.save_button,
            ui.use_suggestion_button,
            ui.new_action_button,
            ui.save_action_button,
        ):
            w.setEnabled(editable)
        for field in [*self._editor_widgets(), *self._action_widgets()]:
            field.setEnabled(editable)
        ui.proposals.blockSignals(True)
        ui.proposals.clear()
        for p in self._proposals:
            item = QListWidgetItem(p.outcome)
            item.setToolTip(p.source)
            ui.proposals.addItem(item)
        ui.proposals.blockSignals(False)
        has_proposals = bool(self._proposals) and editable
        part: QWidget
        for part in (
            ui.proposals_label,
            ui.proposals,
            ui.proposal_source,
            ui.accept_button,
            ui.dismiss_button,
            ui.dismiss_reason,
        ):
            part.setVisible(has_proposals)
        if self._proposals:
            ui.proposals.setCurrentRow(0)
        ui.objectives.blockSignals(True)
        ui.objectives.clear()
        selected = -1
        for row, o in enumerate(plan.objectives):
            item = QListWidgetItem(objective_line(o))
            item.setToolTip(o.outcome)
            ui.objectives.addItem(item)
            if o.objective_id == self._objective_id:
                selected = row
        ui.objectives.setCurrentRow(selected)
        ui.objectives.blockSignals(False)
        current = plan.objective(self._objective_id) if self._objective_id else None
        if not self._editor_dirty() or current is None:
            if self._objective_id is not None and current is None:
                self._objective_id = None
            self._fill_editor(current)
        else:
            self._fill_prerequisites(current)
        self._render_actions(current)

    def _render_actions(self, objective: ObjectiveView | None) -> None:
        table = self.ui.actions
        actions = objective.actions if objective else ()
        table.blockSignals(True)
        table.setRowCount(len(actions))
        for row, a in enumerate(actions):
            values = (a.what, a.owner or "No owner named", a.department.label, a.when or "—", a.status.label)
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.blockSignals(False)
        action = self._current_action(objective)
        if action is None:
            self._action_id = None
        else:
            table.selectRow(actions.index(action))
        if not self._action_dirty():
            self._fill_action(action)

    def _current_action(self, objective: ObjectiveView | None) -> ActionView | None:
        if objective is None or self._action_id is None:
            return None
        return next((a for a in objective.actions if a.action_id == self._action_id), None)

    def _fill_prerequisites(self, current: ObjectiveView | None) -> None:
        plan = self._plan
        others = [
            (f"{o.position + 1}. {o.outcome}", o.objective_id)
            for o in (plan.objectives if plan else ())
            if current is None or o.objective_id != current.objective_id
        ]
        ticked = current.prerequisites if current else checked_codes(self.ui.prerequisites)
        fill_checks(self.ui.prerequisites, others, ticked)

    def _fill_editor(self, o: ObjectiveView | None) -> None:
        ui = self.ui
        ui.outcome.setPlainText(o.outcome if o else "")
        fill_checks(ui.links, LINK_CHOICES, o.links if o else ())
        ui.measure.setText(o.measure if o else "")
        select_code(ui.phase, o.phase.value if o else Phase.NOW.value)
        self._fill_prerequisites(o)
        select_code(ui.roh_tag, o.roh_tag.value if o and o.roh_tag else "")
        select_code(ui.status, o.status.value if o else ObjectiveStatus.NOT_STARTED.value)
        ui.status_reason.setText(o.status_reason if o else "")
        if o is None:
            ui.source_label.setText("New objective")
        else:
            source = o.source_department.label
            ui.source_label.setText(
                f"Objective {o.position + 1}, added by {o.created_by_name or source} ({source})"
            )
        clear_errors(ui.error_label)
        self._editor_state = state_of(self._editor_widgets())
        self._show_lint()

    def _fill_action(self, a: ActionView | None) -> None:
        ui = self.ui
        ui.what.setText(a.what if a else "")
        ui.owner_role.setText(a.owner_role if a else "")
        ui.owner_name.setText(a.owner_name if a else "")
        select_code(ui.department, a.department.value if a else Department.OMU.value)
        ui.due_on.setValue(a.due_on if a else None)
        ui.timescale.setText(a.timescale if a else "")
        select_code(ui.action_status, a.status.value if a else ActionStatus.NOT_STARTED.value)
        clear_errors(ui.action_error_label)
        self._action_state = state_of(self._action_widgets())

    def _show_lint(self) -> None:
        ui = self.ui
        text = ui.outcome.toPlainText()
        if not text.strip():
            ui.lint_label.setText("Say what will change: behaviour, attitude or lifestyle.")
            set_role(ui.lint_label, "muted")
            ui.suggestion_label.clear()
            ui.use_suggestion_button.setVisible(False)
            return
        result = lint(text, self._catalogue)
        if result.outcome_focused and not result.problems:
            ui.lint_label.setText("✓ Outcome-focused: it says what will change.")
            set_role(ui.lint_label, "good")
        else:
            ui.lint_label.setText("⚠ " + " ".join(result.problems or ("Say what will change.",)))
            set_role(ui.lint_label, "warning")
        ui.suggestion_label.setText(f"Suggestion: {result.suggestion}" if result.suggestion else "")
        ui.use_suggestion_button.setVisible(result.suggestion is not None)
        self._suggestion = result.suggestion

    # -- slots -----------------------------------------------------------------------------------

    def _on_outcome_text_changed(self) -> None:
        self._show_lint()

    def _on_use_suggestion_button_clicked(self) -> None:
        if self._suggestion:
            self.ui.outcome.setPlainText(self._suggestion)

    def _on_objectives_current_row_changed(self, row: int) -> None:
        plan = self._plan
        if plan is None or not 0 <= row < len(plan.objectives):
            return
        chosen = plan.objectives[row]
        if chosen.objective_id == self._objective_id:
            return
        self._objective_id = chosen.objective_id
        self._action_id = None
        self._fill_editor(chosen)
        self._render_actions(chosen)

    def _on_proposals_current_row_changed(self, row: int) -> None:
        text = self._proposals[row].source if 0 <= row < len(self._proposals) else ""
        self.ui.proposal_source.setText(text)

    def _on_actions_selection_changed(self) -> None:
        plan = self._plan
        objective = plan.objective(self._objective_id) if plan and self._objective_id else None
        rows = self.ui.actions.selectionModel().selectedRows()
        if objective is None or not rows:
            return
        action = objective.actions[rows[0].row()]
        if action.action_id != self._action_id:
            self._action_id = action.action_id
            self._fill_action(action)

    def _on_save_shortcut(self) -> None:
        if self._action_dirty() and not self._editor_dirty():
            self.save_action()
        else:
            self.save_objective()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        # Any change to this prisoner's case can change the plan or the proposals (a new assessment,
        # interview or risk record); the plan's own rows always do.
        if self._prisoner_id is not None and self._prisoner_id in changes.prisoner_ids:
            self.reload()
