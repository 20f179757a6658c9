"""The "Interventions" section of the plan tab: the prisoner's unmet-need ledger and transfer requests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.interventions import RequirementRow, TransferRow
from workbench.casework.interventions import InterventionService
from workbench.domain.errors import WorkbenchError
from workbench.domain.plan import Availability, TransferStatus
from workbench.gui.events import EventBus
from workbench.gui.screens.contributions.rows_model import RowsModel
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser

_TOUCHES = ("intervention_requirement", "transfer_request", "plan_objective")


def requirement_columns(with_prisoner: bool) -> list[tuple[str, Callable[[RequirementRow], str]]]:
    """Columns of a list of required interventions (the establishment ledger shows the prisoner)."""
    cols: list[tuple[str, Callable[[RequirementRow], str]]] = []
    if with_prisoner:
        cols.append(("Prisoner", lambda r: f"{r.prisoner_name} ({r.noms_number})"))
    cols += [
        ("Intervention", lambda r: r.intervention),
        ("Need", lambda r: r.need_label),
        ("Availability", lambda r: r.availability.label),
        ("Planned", lambda r: f"{r.planned_on:%d %b %Y}" if r.planned_on else ""),
        ("Need open", lambda r: "Yes — unmet" if r.need_open else "No"),
        ("Reason", lambda r: r.reason),
    ]
    return cols


TRANSFER_COLUMNS: list[tuple[str, Callable[[TransferRow], str]]] = [
    ("Destination", lambda t: t.destination),
    ("Status", lambda t: t.status.label),
    ("Since", lambda t: f"{t.status_on:%d %b %Y}"),
    ("Reason or note", lambda t: t.reason),
]


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class InterventionsSection(QWidget):
    """Every intervention the prisoner needs, whatever its availability, and transfers for resources."""

    record_requested = Signal()
    """Record a new required intervention for the case shown."""
    change_requested = Signal(object)
    """Change a requirement (``RequirementRow``)."""
    complete_requested = Signal(object)
    """A delivered requirement has finished (``RequirementRow``)."""
    transfer_requested = Signal(object)
    """Request a transfer (None) or move one on (``TransferRow``)."""

    def __init__(self, service: InterventionService, user: CurrentUser, bus: EventBus) -> None:
        super().__init__()
        self.setObjectName("interventionsSection")
        self._service, self._user = service, user
        self._case: CaseDetail | None = None
        can = allows(user.role, Permission.RECORD_INTERVENTIONS)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = _table("Required interventions")
        self.model: RowsModel[RequirementRow] = RowsModel(requirement_columns(False), self)
        self.table.setModel(self.model)
        self.transfers = _table("Transfers for resources")
        self.transfer_model: RowsModel[TransferRow] = RowsModel(TRANSFER_COLUMNS, self)
        self.transfers.setModel(self.transfer_model)
        # No mnemonics: the window and the plan tab's other sections hold the letters.
        self.record_button = QPushButton("Record required intervention…")
        self.change_button = QPushButton("Change…")
        self.complete_button = QPushButton("Completed…")
        self.transfer_button = QPushButton("Request transfer…")
        self.move_button = QPushButton("Next step of transfer…")
        for b in (
            self.record_button,
            self.change_button,
            self.complete_button,
            self.transfer_button,
            self.move_button,
        ):
            b.setVisible(can)
        row1 = QHBoxLayout()
        for b in (self.record_button, self.change_button, self.complete_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel("Transfers for resources:"))
        row2.addStretch(1)
        row2.addWidget(self.transfer_button)
        row2.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.transfers, 1)
        self.record_button.clicked.connect(self.record_requested)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.transfer_button.clicked.connect(lambda: self.transfer_requested.emit(None))
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.table.doubleClicked.connect(lambda _i: self._on_change_button_clicked())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.transfers.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        bus.changed.connect(self._on_bus_changed)
        self.clear()

    @property
    def case(self) -> CaseDetail | None:
        """The case shown."""
        return self._case

    def show_case(self, case: CaseDetail) -> None:
        """Show the ledger of ``case``."""
        self._case = case
        self.refresh()

    def clear(self) -> None:
        """No case shown."""
        self._case = None
        self.model.set_rows([])
        self.transfer_model.set_rows([])
        self.status.setText("Select a prisoner to see the interventions they need.")
        self._enable()

    def refresh(self) -> None:
        """Read the case's requirements and transfers again."""
        if self._case is None:
            return
        try:
            rows = self._service.for_prisoner(self._user, self._case.prisoner_id)
            transfers = self._service.transfers(self._user, self._case.prisoner_id)
        except WorkbenchError as exc:
            self.status.setText(exc.message)
            return
        self.model.set_rows(rows)
        self.transfer_model.set_rows(transfers)
        unmet = sum(1 for r in rows if r.need_open)
        self.status.setText(
            f"{len(rows)} required intervention(s); {unmet} need(s) unmet here."
            if rows
            else "No required interventions recorded. Record every one needed, whatever is available."
        )
        if rows:
            self.table.selectRow(0)
        if transfers:
            self.transfers.selectRow(len(transfers) - 1)
        self._enable()

    def selected(self) -> RequirementRow | None:
        """The chosen requirement."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_transfer(self) -> TransferRow | None:
        """The chosen transfer."""
        index = self.transfers.currentIndex()
        return self.transfer_model.row_at(index.row()) if index.isValid() else None

    def showEvent(self, event: QShowEvent) -> None:
        # Changes made elsewhere (another terminal, through sync) show when the section is shown.
        super().showEvent(event)
        self.refresh()

    def _enable(self) -> None:
        has_case = self._case is not None
        chosen = self.selected()
        transfer = self.selected_transfer()
        self.record_button.setEnabled(has_case)
        self.transfer_button.setEnabled(has_case)
        self.change_button.setEnabled(chosen is not None)
        self.complete_button.setEnabled(chosen is not None and chosen.availability is Availability.DELIVERED)
        closed = (TransferStatus.COMPLETED, TransferStatus.NOT_PROGRESSED)
        self.move_button.setEnabled(transfer is not None and transfer.status not in closed)

    def _on_change_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None and allows(self._user.role, Permission.RECORD_INTERVENTIONS):
            self.change_requested.emit(chosen)

    def _on_complete_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.complete_requested.emit(chosen)

    def _on_move_button_clicked(self) -> None:
        transfer = self.selected_transfer()
        if transfer is not None:
            self.transfer_requested.emit(transfer)

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._case is None or self._case.prisoner_id not in changes.prisoner_ids:
            return
        if any(changes.touches(e) for e in _TOUCHES):
            self.refresh()
