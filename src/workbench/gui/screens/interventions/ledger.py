"""The establishment's unmet-need ledger (issue 9 point 4): counts by intervention and availability,
the list, a filter, and a CSV export. A window-level screen: View → Unmet-need ledger (Ctrl+Shift+U).

The seed foreword: plans masked "the true level of need". The ledger shows it — what prisoners here
need that the establishment does not deliver — for the people who plan resources.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.interventions import Ledger, LedgerCount, RequirementRow
from workbench.casework.interventions import InterventionService
from workbench.domain.errors import WorkbenchError
from workbench.domain.plan import Availability
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_intervention_ledger import Ui_InterventionLedgerDialog
from workbench.gui.screens.contributions.rows_model import RowsModel
from workbench.gui.screens.interventions.section import requirement_columns
from workbench.gui.widgets.forms import show_problem
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

COUNT_COLUMNS = [
    ("Intervention", lambda c: c.intervention),
    ("Availability", lambda c: c.availability.label),
    ("Prisoners", lambda c: str(c.count)),
    ("Need open", lambda c: "Yes — unmet" if c.availability.need_stays_open else "No"),
]


class LedgerDialog(QDialog):
    """Counts and list of every required intervention at the establishment, filtered; CSV export."""

    def __init__(
        self,
        service: InterventionService,
        user: CurrentUser,
        bus: EventBus,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._today = service, user, today
        self.ledger: Ledger | None = None
        self.file_dialog: QFileDialog | None = None
        self.ui = Ui_InterventionLedgerDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(f"Unmet-need ledger — {user.establishment_code}")
        ui.intro.setText(
            "Every intervention prisoners here need, whatever its availability. A substitute that is not "
            "equivalent leaves the need open. The export holds no names."
        )
        ui.availability.addItem("Any", None)
        for av in Availability:
            ui.availability.addItem(av.label, av.value)
        guard_wheel(self)
        self.count_model: RowsModel[LedgerCount] = RowsModel(COUNT_COLUMNS, self)
        self.row_model: RowsModel[RequirementRow] = RowsModel(requirement_columns(True), self)
        ui.counts.setModel(self.count_model)
        ui.rows.setModel(self.row_model)
        for table in (ui.counts, ui.rows):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        ui.availability.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.open_only.toggled.connect(lambda _on: self.refresh())
        ui.text.textChanged.connect(lambda _t: self.refresh())
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.buttons.rejected.connect(self.reject)
        bus.changed.connect(self._on_bus_changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the ledger again with the filters shown."""
        ui = self.ui
        value = ui.availability.currentData()
        try:
            ledger = self._service.ledger(
                self._user,
                availability=Availability(value) if value else None,
                open_only=ui.open_only.isChecked(),
                text=ui.text.text(),
            )
        except WorkbenchError as exc:
            show_problem(self, exc)
            return
        self.ledger = ledger
        self.count_model.set_rows(ledger.counts)
        self.row_model.set_rows(ledger.rows)
        total = sum(c.count for c in ledger.counts)
        unmet = sum(c.count for c in ledger.counts if c.availability.need_stays_open)
        ui.summary.setText(f"{total} required, {unmet} unmet; {len(ledger.rows)} listed.")
        ui.export_button.setEnabled(bool(ledger.rows))

    def export_to(self, path: Path) -> int | None:
        """Write the rows listed to ``path`` as CSV; the number written, or None after saying why not."""
        rows = self.ledger.rows if self.ledger is not None else ()
        try:
            written = self._service.export_csv(self._user, path, rows)
        except WorkbenchError as exc:
            show_problem(self, exc)
            return None
        self.ui.summary.setText(f"{written} row(s) exported to {path.name}.")
        return written

    def _on_export_button_clicked(self) -> None:
        dialog = QFileDialog(self, "Export the unmet-need ledger")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("CSV files (*.csv)")
        dialog.setDefaultSuffix("csv")
        # Qt's own dialog: the same on every terminal, and drivable in tests.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(f"unmet-need-ledger-{self._user.establishment_code}-{self._today:%Y-%m-%d}.csv")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if changes.touches("intervention_requirement"):
            self.refresh()
