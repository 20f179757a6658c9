"""The caseload pane: the filter bar, the quick filters and the caseload table.

Names are elided when space is short; a column that carries a date never is (its width is fixed to the
widest date text it can hold). When a filter finds nobody the table area says so and how to clear it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.models.caseload_model import (
    CaseloadFilterProxy,
    CaseloadModel,
    Column,
    PrisonerIdRole,
    due_text_samples,
)
from workbench.gui.theme import set_role

# The widest text each column normally holds. Date columns are Fixed at that width, so a date is never
# cut; the others are Interactive (the user may narrow them, and names elide with "…").
_SAMPLES: dict[Column, str] = {
    Column.NAME: "COUNTERFELD, Jordan",
    Column.NOMS: "Z0000WW",
    Column.LOCATION: "H-4-40",
    Column.SCOPE: "Out of scope",
    Column.SENTENCE: "Determinate",
    Column.RELEASE: "30/12/2029 Tariff",
    Column.SUPERVISOR: "Gareth Examplewo",
    Column.TIER: "B2*",
    Column.BAND: "Very high",
    # -- risk of harm (issue 8) --
    Column.ROSH: "Very High",
    Column.MAPPA: "Level 3",
    # -- sentence plan (issue 9) --
    Column.PLAN: "Review overdue",
    Column.PLAN_DUE: "30/12/2029",
    Column.NEXT_REVIEW: "30/12/2029",  # -- review triggers (issue 10 point 3) --
}
_DATE_COLUMNS = (Column.RELEASE, Column.NEXT_DUE, Column.PLAN_DUE, Column.NEXT_REVIEW)
_OPTIONAL_COLUMNS = (
    Column.NEXT_REVIEW,  # -- review triggers (issue 10 point 3): also in My work and on the case --
    Column.PLAN_DUE,  # -- sentence plan (issue 9): its date is also in the plan column's order --
    Column.MAPPA,
    Column.BAND,
    Column.SENTENCE,
    Column.SCOPE,
    Column.ROSH,
    Column.PLAN,  # -- sentence plan (issue 9) --
)
"""Hidden, in this order, when the table is too narrow for every column (a 1024x768 wing screen): each
is on the case page too. Supervisor, tier and the dates always stay. (MAPPA and RoSH: issue 8.)"""
NAME_MIN_WIDTH = 150
# -- sentence plan (issue 9): the plan filter's choices (casework.plan_caseload.PlanState values) --
_PLAN_FILTERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("All plans", frozenset()),
    ("Overdue", frozenset({"OVERDUE"})),
    ("Review due", frozenset({"REVIEW_DUE"})),
    ("No plan", frozenset({"NO_PLAN"})),
    ("Draft", frozenset({"DRAFT"})),
    ("Agreed", frozenset({"AGREED", "REVIEW_DUE"})),
)
"""The narrowest the name column gets before an optional column is hidden to make room."""


class CaseloadPane(QWidget):
    """Filter bar and caseload table over ``CaseloadModel`` through ``CaseloadFilterProxy``."""

    selection_changed = Signal()
    """The selected prisoner changed (or the selection was cleared)."""
    filters_changed = Signal()
    """The filter text or a quick filter changed, so the rows shown changed."""
    open_requested = Signal()
    """Return was pressed in the filter: the user wants to go to the table."""

    def __init__(self, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilterProxy(user_id, self)
        self.proxy.setSourceModel(self.model)
        self.filtering = False
        """True while a filter change is moving the selection (not the user choosing a prisoner)."""
        self.table = self._build_table()

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("caseloadFilter")
        self.filter_edit.setAccessibleName("Filter caseload")
        self.filter_edit.setPlaceholderText("Filter: name, NOMS no., cell, supervisor (Ctrl+F, Esc clears)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self.focus_table)
        # Escape clears the filter; it is a widget shortcut so Escape elsewhere keeps its own meaning.
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.filter_edit.clear)

        # Mnemonics are unique in the whole window (tests/gui/test_keyboard.py walks them).
        self.mine_check = QCheckBox("M&y cases")
        self.scope_check = QCheckBox("&In scope")
        self.overdue_check = QCheckBox("Overd&ue")
        # -- issue 8: records awaiting a manager's countersignature --
        # Not on the bar (a 1024-pixel screen has no room): View → "Only awaiting countersignature" ticks it.
        self.countersign_check = QCheckBox("Awaiting countersignature")
        self.countersign_check.setToolTip(
            "A signed screening, analysis or plan awaits a manager's countersignature"
        )
        # -- handover (issue 10 point 2): View → "Only cases with handover within 3 months" ticks it. --
        self.handover_check = QCheckBox("Handover within 3 months")
        self.handover_check.setToolTip("The handover to the community starts or happens within 3 months")
        for box in self._quick_boxes():
            box.toggled.connect(self._on_quick_filter_toggled)
        # -- sentence plan (issue 9): filter by plan status. Not on the bar either (no room at 1024
        # pixels): View → "Plan status" chooses it (gui/caseload_plan_filter.py). --
        self.plan_filter = QComboBox()
        self.plan_filter.setObjectName("caseloadPlanFilter")
        self.plan_filter.setAccessibleName("Plan status filter")
        self.plan_filter.setToolTip("Show only prisoners whose sentence plan is in this state")
        for words, states in _PLAN_FILTERS:
            self.plan_filter.addItem(words, states)
        self.plan_filter.currentIndexChanged.connect(self._on_plan_filter_current_index_changed)
        self.new_button = QPushButton("&New reception…")
        self.new_button.setAccessibleName("New reception")

        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("caseloadEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "muted")
        self.empty_label.hide()
        self.table.viewport().installEventFilter(self)
        self.proxy.modelReset.connect(self._update_empty_message)
        self.proxy.rowsInserted.connect(self._update_empty_message)
        self.proxy.rowsRemoved.connect(self._update_empty_message)
        self.proxy.layoutChanged.connect(self._update_empty_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.mine_check)
        bar.addWidget(self.scope_check)
        bar.addWidget(self.overdue_check)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("caseloadTable")
        table.setAccessibleName("Caseload")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        samples = dict(_SAMPLES)
        samples[Column.NEXT_DUE] = max(due_text_samples(), key=metrics.horizontalAdvance)
        for col, sample in samples.items():
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 22)
        for col in _DATE_COLUMNS:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        # The name takes the width that is left (and elides); the others keep their measured width.
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self._widths = {col: header.sectionSize(col) for col in Column}
        table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        return table

    # -- selection ------------------------------------------------------------------------------------

    def selected_prisoner_id(self) -> str | None:
        """The prisoner selected in the table, if any."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        value = indexes[0].data(PrisonerIdRole)
        return str(value) if value else None

    def select_prisoner(self, prisoner_id: str) -> bool:
        """Select and scroll to ``prisoner_id``; False when the filters hide it (or it is not loaded)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(PrisonerIdRole) == prisoner_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def reveal_prisoner(self, prisoner_id: str) -> str:
        """Select ``prisoner_id`` even if a filter hid it: the filters are cleared when they must be.

        Returns what was done to the filters, for the status bar ("" when nothing was changed).
        """
        if self.select_prisoner(prisoner_id):
            return ""
        if not self.is_filtered():
            return ""
        self.clear_filters()
        self.select_prisoner(prisoner_id)
        return "The filter was cleared so that the new prisoner is shown."

    def _quick_boxes(self) -> tuple[QCheckBox, ...]:
        return (
            self.mine_check,
            self.scope_check,
            self.overdue_check,
            self.countersign_check,
            self.handover_check,  # -- handover (issue 10 point 2) --
        )

    def is_filtered(self) -> bool:
        """Whether the filter text or a quick filter hides any rows."""
        return (
            bool(self.filter_edit.text().strip())
            or any(box.isChecked() for box in self._quick_boxes())
            or self.plan_filter.currentIndex() > 0  # -- sentence plan (issue 9) --
        )

    def clear_filters(self) -> None:
        """Show everyone: empty the filter and untick the quick filters."""
        for box in self._quick_boxes():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.filtering = True
        try:
            self.proxy.set_quick_filters(mine=False, in_scope=False, overdue=False)
            self.plan_filter.blockSignals(True)  # -- sentence plan (issue 9) --
            self.plan_filter.setCurrentIndex(0)
            self.plan_filter.blockSignals(False)
            self.proxy.set_plan_states(frozenset())
        finally:
            self.filtering = False
        self.filter_edit.clear()  # emits filters_changed through textChanged
        self._update_empty_message()
        self.filters_changed.emit()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)

    # -- slots -----------------------------------------------------------------------------------------

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.filtering = True
        try:
            self.proxy.set_text(text)
        finally:
            self.filtering = False
        self._update_empty_message()
        self.filters_changed.emit()

    def _on_quick_filter_toggled(self, _checked: bool) -> None:
        self.filtering = True
        try:
            self.proxy.set_quick_filters(
                mine=self.mine_check.isChecked(),
                in_scope=self.scope_check.isChecked(),
                overdue=self.overdue_check.isChecked(),
                awaiting=self.countersign_check.isChecked(),
                handover=self.handover_check.isChecked(),  # -- handover (issue 10 point 2) --
            )
        finally:
            self.filtering = False
        self._update_empty_message()
        self.filters_changed.emit()

    def _on_plan_filter_current_index_changed(self, index: int) -> None:  # -- sentence plan (issue 9) --
        self.filtering = True
        try:
            self.proxy.set_plan_states(self.plan_filter.itemData(index) or frozenset())
        finally:
            self.filtering = False
        self._update_empty_message()
        self.filters_changed.emit()

    def _update_empty_message(self, *_args: object) -> None:
        if self.proxy.rowCount() or not self.model.rowCount():
            self.empty_label.hide()
            return
        text = self.filter_edit.text().strip()
        ticked = [box.text().replace("&", "") for box in self._quick_boxes() if box.isChecked()]
        if self.plan_filter.currentIndex() > 0:  # -- sentence plan (issue 9) --
            ticked.append(f"plan {self.plan_filter.currentText().lower()}")
        if text:
            what = f"No prisoner matches '{text}'"
            if ticked:
                what += f" with {', '.join(ticked)} ticked"
            message = f"{what} — Esc in the filter clears it."
        else:
            message = (
                f"No prisoner matches the ticked filters ({', '.join(ticked)}) — untick one to see more."
            )
        self.empty_label.setText(message)
        self.empty_label.setGeometry(self.table.viewport().rect().adjusted(12, 12, -12, -12))
        self.empty_label.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.table.viewport().rect().adjusted(12, 12, -12, -12))
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Hide optional columns, least useful first, while the rest would leave the name too narrow."""
        room = self.table.viewport().width()
        needed = NAME_MIN_WIDTH + sum(w for col, w in self._widths.items() if col is not Column.NAME)
        for col in _OPTIONAL_COLUMNS:
            hide = needed > room
            if self.table.isColumnHidden(col) != hide:
                self.table.setColumnHidden(col, hide)
            if hide:
                needed -= self._widths[col]

    def hidden_columns(self) -> list[Column]:
        """The optional columns hidden for want of width."""
        return [col for col in Column if self.table.isColumnHidden(col)]


__all__ = ["CaseloadPane"]
