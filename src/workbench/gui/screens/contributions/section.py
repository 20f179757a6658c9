"""The "Contributions" section of the plan tab (issue 9 point 3): requests, what came back, what merged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.changes import ChangeSet
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.contributions import (
    OBJECTIVE,
    ContributionDetail,
    ContributionsOverview,
    RequestRow,
)
from workbench.domain.errors import WorkbenchError
from workbench.domain.plan import ContributionStatus
from workbench.gui.events import EventBus
from workbench.gui.screens.contributions.queue import request_columns
from workbench.gui.screens.contributions.rows_model import RowsModel
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser

ContributionRole = 0x0101
"""``QListWidgetItem`` data role holding a ``ContributionDetail``."""

_TOUCHES = ("contribution", "contribution_request", "plan_objective", "plan_action")


class ContributionsSection(QWidget):
    """Lists the case's contribution requests, the contributions written and the items merged."""

    request_requested = Signal()
    """The supervisor asked to request a contribution for the case shown."""
    write_requested = Signal(object)
    """A contributor asked to write the contribution answering a request (``RequestRow``)."""
    merge_requested = Signal(object)
    """The supervisor asked to merge a contribution (``ContributionDetail``)."""
    withdraw_requested = Signal(object)
    """The supervisor asked to withdraw a request (``RequestRow``)."""

    def __init__(self, service: ContributionService, user: CurrentUser, bus: EventBus) -> None:
        super().__init__()
        self.setObjectName("contributionsSection")
        self._service, self._user = service, user
        self._case: CaseDetail | None = None
        self.overview: ContributionsOverview | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.requests = QTableView()
        self.requests.setAccessibleName("Contribution requests")
        self.requests.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.requests.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.model: RowsModel[RequestRow] = RowsModel(request_columns(False), self)
        self.requests.setModel(self.model)
        self.requests.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.requests.horizontalHeader().setStretchLastSection(True)
        # No mnemonics here: the plan tab's other sections and the window hold the letters.
        self.request_button = QPushButton("Request contribution…")
        self.request_button.setEnabled(allows(user.role, Permission.REQUEST_CONTRIBUTIONS))
        self.withdraw_button = QPushButton("Withdraw request…")
        self.withdraw_button.setVisible(allows(user.role, Permission.REQUEST_CONTRIBUTIONS))
        self.write_button = QPushButton("Write contribution…")
        self.write_button.setVisible(allows(user.role, Permission.CONTRIBUTE))
        self.contributions = QListWidget()
        self.contributions.setAccessibleName("Contributions received")
        self.contributions.setWordWrap(True)
        self.merge_button = QPushButton("Merge into the plan…")
        self.merge_button.setVisible(allows(user.role, Permission.PLAN))
        self.merged = QListWidget()
        self.merged.setAccessibleName("Plan items that came from departments")
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel("Contributions received:"))
        merge_row.addStretch(1)
        merge_row.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.requests, 2)
        layout.addLayout(buttons)
        layout.addLayout(merge_row)
        layout.addWidget(self.contributions, 2)
        layout.addWidget(QLabel("In the plan from departments:"))
        layout.addWidget(self.merged, 1)
        self.request_button.clicked.connect(self.request_requested)
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.requests.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.contributions.itemDoubleClicked.connect(lambda _item: self._on_merge_button_clicked())
        bus.changed.connect(self._on_bus_changed)
        self.clear()

    # -- CaseTab -------------------------------------------------------------------------------

    def show_case(self, case: CaseDetail) -> None:
        """Show the contributions of ``case``."""
        self._case = case
        self.refresh()

    def clear(self) -> None:
        """No case shown."""
        self._case = None
        self.overview = None
        self.model.set_rows([])
        self.contributions.clear()
        self.merged.clear()
        self.status.setText("Select a prisoner to see the contributions to their plan.")
        self._enable()

    @property
    def case(self) -> CaseDetail | None:
        """The case shown."""
        return self._case

    def refresh(self) -> None:
        """Read the case's contributions again."""
        if self._case is None:
            return
        try:
            ov = self._service.overview(self._user, self._case.prisoner_id)
        except WorkbenchError as exc:
            self.status.setText(exc.message)
            return
        self.overview = ov
        self.model.set_rows(ov.requests)
        self.contributions.clear()
        for c in ov.contributions:
            state = "merged into the plan" if c.merged else f"{len(c.proposals)} proposal(s) to consider"
            text = f"{c.department.label} — {c.author_name}, {c.written_at:%d %b %Y} ({state})\n{c.summary}"
            item = QListWidgetItem(text)
            item.setData(ContributionRole, c)
            self.contributions.addItem(item)
        if self.contributions.count():
            self.contributions.setCurrentRow(0)
        self.merged.clear()
        for m in ov.merged:
            kind = "Objective" if m.kind == OBJECTIVE else "Action"
            self.merged.addItem(f"{kind}: {m.text} — source: {m.source_department.label}")
        waiting = sum(1 for r in ov.requests if r.status is ContributionStatus.REQUESTED)
        overdue = sum(1 for r in ov.requests if r.overdue)
        self.status.setText(
            f"{len(ov.requests)} request(s), {waiting} awaited"
            + (f" ({overdue} overdue)" if overdue else "")
            + f"; {len(ov.contributions)} contribution(s) received."
        )
        if ov.requests:
            self.requests.selectRow(len(ov.requests) - 1)
        self._enable()

    def selected_request(self) -> RequestRow | None:
        """The chosen request."""
        index = self.requests.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_contribution(self) -> ContributionDetail | None:
        """The chosen contribution."""
        item = self.contributions.currentItem()
        value = item.data(ContributionRole) if item is not None else None
        return value if isinstance(value, ContributionDetail) else None

    def showEvent(self, event: QShowEvent) -> None:
        # Another terminal's (or user's) contribution arrives through sync: read again when shown.
        super().showEvent(event)
        self.refresh()

    def _enable(self) -> None:
        has_case = self._case is not None
        self.request_button.setEnabled(has_case and allows(self._user.role, Permission.REQUEST_CONTRIBUTIONS))
        self.write_button.setEnabled(has_case and self.model.rowCount() > 0)
        self.merge_button.setEnabled(has_case and self.contributions.count() > 0)
        chosen = self.selected_request()
        open_states = (ContributionStatus.REQUESTED, ContributionStatus.RECEIVED)
        self.withdraw_button.setEnabled(
            chosen is not None
            and chosen.status in open_states
            and allows(self._user.role, Permission.REQUEST_CONTRIBUTIONS)
        )

    def _on_write_button_clicked(self) -> None:
        row = self.selected_request()
        if row is not None:
            self.write_requested.emit(row)

    def _on_withdraw_button_clicked(self) -> None:
        row = self.selected_request()
        if row is not None:
            self.withdraw_requested.emit(row)

    def _on_merge_button_clicked(self) -> None:
        c = self.selected_contribution()
        if c is not None and allows(self._user.role, Permission.PLAN):
            self.merge_requested.emit(c)

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._case is None or self._case.prisoner_id not in changes.prisoner_ids:
            return
        if any(changes.touches(e) for e in _TOUCHES):
            self.refresh()
