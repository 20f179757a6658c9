""" "My work": one window-level list of everything due for the signed-in user (issue 10 point 3).

Due and overdue reviews, National Standards items, records returned for rework, contribution requests
and boards within 14 days (``casework/my_work.py``); sortable by any column, filtered by kind and by
overdue, counted ("12 items, 3 overdue"). Enter or a double-click asks for the prisoner's case at the
tab that answers the item (``open_requested``). Opened from View → My work (Ctrl+Shift+W).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.reviews import WorkItem, WorkKind
from workbench.casework.my_work import MyWorkService
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_my_work_dialog import Ui_MyWorkDialog
from workbench.gui.screens.my_work.model import ItemRole, WorkFilter, WorkModel
from workbench.gui.widgets.forms import show_problem
from workbench.security.principal import CurrentUser

# What a change must touch for the list to be read again.
_WATCHED = frozenset(
    {
        "review_task",
        "board",
        "contribution",
        "contribution_request",
        "countersignature",
        "allocation",
        "contact_entry",
        "rosh_screening",
        "rosh_analysis",
        "risk_management_plan",
        "sentence_plan",
    }
)


class MyWorkDialog(QDialog):
    """The signed-in user's list of work due."""

    open_requested = Signal(object)
    """The user asked to open the case an item is about (``WorkItem``)."""

    def __init__(
        self, service: MyWorkService, user: CurrentUser, bus: EventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._user = service, user
        self.ui = Ui_MyWorkDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        ui.kind_filter.addItem("Everything", "")
        for kind in WorkKind:
            ui.kind_filter.addItem(kind.label, kind.value)  # Qt keeps a StrEnum as a plain str
        self.model = WorkModel(self)
        self.proxy = WorkFilter(self)
        self.proxy.setSourceModel(self.model)
        ui.table.setModel(self.proxy)
        ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.table.verticalHeader().hide()
        ui.table.doubleClicked.connect(lambda _index: self.open_selected())
        ui.table.installEventFilter(self)
        ui.open_button.clicked.connect(lambda _checked=False: self.open_selected())
        ui.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        ui.kind_filter.currentIndexChanged.connect(self._on_kind_filter_changed)
        ui.overdue_only.toggled.connect(self._on_overdue_only_toggled)
        ui.buttons.rejected.connect(self.reject)
        bus.changed.connect(self._on_bus_changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (it keeps the sort and the filters)."""
        try:
            items: tuple[WorkItem, ...] = self._service.items(self._user).items
        except WorkbenchError as exc:
            show_problem(self, exc)
            items = ()
        self.model.set_items(items)
        self._update_counts()
        if self.proxy.rowCount() and not self.ui.table.currentIndex().isValid():
            self.ui.table.selectRow(0)

    def shown_items(self) -> list[WorkItem]:
        """The items on screen, in the order shown."""
        out = []
        for row in range(self.proxy.rowCount()):
            item = self.proxy.data(self.proxy.index(row, 0), ItemRole)
            if isinstance(item, WorkItem):
                out.append(item)
        return out

    def selected(self) -> WorkItem | None:
        """The chosen item."""
        index = self.ui.table.currentIndex()
        item = self.proxy.data(index, ItemRole) if index.isValid() else None
        return item if isinstance(item, WorkItem) else None

    def open_selected(self) -> None:
        """Ask for the chosen item's case."""
        item = self.selected()
        if item is not None:
            self.open_requested.emit(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # Enter on the table opens the case (a QDialog would otherwise take it as "default button").
        if watched is self.ui.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def _update_counts(self) -> None:
        shown = self.shown_items()
        overdue = sum(1 for i in shown if i.overdue)
        total = self.model.rowCount()
        text = f"{len(shown)} item{'s' if len(shown) != 1 else ''}, {overdue} overdue"
        if len(shown) != total:
            text += f" (of {total})"
        self.ui.count.setText(text)
        self.ui.empty.setText("" if shown else "Nothing is due.")
        self.ui.empty.setVisible(not shown)
        self.ui.open_button.setEnabled(bool(shown))

    def _on_kind_filter_changed(self, _index: int) -> None:
        value: Any = self.ui.kind_filter.currentData()
        self.proxy.set_kind(WorkKind(value) if value else None)
        self._update_counts()

    def _on_overdue_only_toggled(self, on: bool) -> None:
        self.proxy.set_overdue_only(on)
        self._update_counts()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self.isVisible() and changes.entities & _WATCHED:
            self.refresh()
