""" "Contribution requests": a department contributor's queue (issue 9 point 3).

Their department's requests (every department's if none is set on their account) at the establishment,
most urgent first, with the state of each. "Write contribution…" opens the write dialog for the chosen
request. A window-level screen: opened from View → Contribution requests (Ctrl+Shift+R).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.contributions import RequestRow
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_contribution_queue import Ui_ContributionQueueDialog
from workbench.gui.screens.contributions.rows_model import RowsModel
from workbench.gui.widgets.forms import show_problem
from workbench.security.principal import CurrentUser


def request_columns(with_prisoner: bool) -> list[tuple[str, Callable[[RequestRow], str]]]:
    """The columns of a list of requests (the queue shows who the prisoner is; the case does not)."""
    cols: list[tuple[str, Callable[[RequestRow], str]]] = []
    if with_prisoner:
        cols += [
            ("Prisoner", lambda r: f"{r.prisoner_name} ({r.noms_number})"),
            ("Location", lambda r: r.location),
        ]
    cols += [
        ("Department", lambda r: r.department.label),
        ("Due", lambda r: f"{r.due_on:%d %b %Y}"),
        ("State", lambda r: r.status_label),
        ("Requested by", lambda r: r.requested_by_name),
        ("Note", lambda r: r.note),
    ]
    return cols


class ContributionQueueDialog(QDialog):
    """The contributor's list of contribution requests."""

    write_requested = Signal(object)
    """The user asked to write the contribution answering a request (``RequestRow``)."""

    def __init__(
        self, service: ContributionService, user: CurrentUser, bus: EventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._user = service, user
        self.ui = Ui_ContributionQueueDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.model: RowsModel[RequestRow] = RowsModel(request_columns(True), self)
        ui.table.setModel(self.model)
        ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.table.horizontalHeader().setStretchLastSection(True)
        ui.table.doubleClicked.connect(lambda _index: self._on_write_button_clicked())
        ui.write_button.clicked.connect(self._on_write_button_clicked)
        ui.show_done.toggled.connect(lambda _on: self.refresh())
        ui.buttons.rejected.connect(self.reject)
        bus.changed.connect(self._on_bus_changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the queue again."""
        try:
            rows = self._service.queue(self._user, include_done=self.ui.show_done.isChecked())
        except WorkbenchError as exc:
            show_problem(self, exc)
            rows = ()
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.ui.intro.setText(
            f"{len(rows)} request(s) for your department's contribution to sentence plans"
            + (f", {overdue} overdue." if overdue else ".")
        )
        self.ui.empty.setText("" if rows else "No contribution requests are waiting.")
        self.ui.empty.setVisible(not rows)
        if rows:
            self.ui.table.selectRow(0)
        self.ui.write_button.setEnabled(bool(rows))

    def selected(self) -> RequestRow | None:
        """The chosen request."""
        index = self.ui.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_write_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.write_requested.emit(row)

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if changes.touches("contribution") or changes.touches("contribution_request"):
            self.refresh()
