"""The OMU manager's countersigning queue (issue 8 point 6; seed 4.9: oversight of High and Very High
RoSH work insufficient in 59% of cases).

Every signed screening, full analysis and risk management plan awaiting a decision, oldest first;
the selected record readable in full; countersign it, or return it to its author for rework with
comments (required). Thin: renders ``QueueItem``/``RecordView`` DTOs and calls ``CountersignService``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from workbench.casework.dto.rosh import QueueItem
from workbench.casework.rosh.countersign import CountersignService
from workbench.domain.errors import ValidationError, WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_countersign_dialog import Ui_CountersignDialog
from workbench.gui.screens.rosh.editor import show_error
from workbench.security.principal import CurrentUser

_HEADERS = ("Signed", "Record", "Prisoner", "Signed by", "Why")


class CountersignDialog(QDialog):
    """Read each record awaiting countersignature and decide: countersign or return for rework."""

    decided = Signal(str, str)
    """A decision was recorded (record entity, record id)."""

    def __init__(
        self, service: CountersignService, user: CurrentUser, bus: EventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countersignDialog")
        self._service = service
        self._user = user
        self._bus = bus
        self._items: tuple[QueueItem, ...] = ()
        self.ui = Ui_CountersignDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.queue_table, self.record_view, self.comments_edit = (
            ui.queue_table,
            ui.record_view,
            ui.comments_edit,
        )
        self.countersign_button, self.return_button = ui.countersign_button, ui.return_button
        self.queue_table.setColumnCount(len(_HEADERS))
        self.queue_table.setHorizontalHeaderLabels(list(_HEADERS))
        self.queue_table.verticalHeader().setVisible(False)
        self.queue_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.queue_table.horizontalHeader().setStretchLastSection(True)
        self.queue_table.itemSelectionChanged.connect(self._on_queue_table_selection_changed)
        self.countersign_button.clicked.connect(self._on_countersign_button_clicked)
        self.return_button.clicked.connect(self._on_return_button_clicked)
        ui.close_button.clicked.connect(self.reject)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.main_layout.setStretch(1, 1)  # the queue and the record take the height, not the intro
        for b in (self.countersign_button, self.return_button, ui.close_button):
            b.setAutoDefault(False)  # Return in the comments or the table must never decide anything
        show_error(ui.error_comments, "")
        self.resize(1000, 640)
        self.reload()

    @property
    def items(self) -> tuple[QueueItem, ...]:
        """The queue as shown."""
        return self._items

    def reload(self, select: int = 0) -> None:
        """Fetch the queue again and select row ``select`` (the oldest by default)."""
        try:
            self._items = self._service.queue(self._user)
        except WorkbenchError as exc:
            self._items = ()
            self.ui.queue_label.setText(exc.message)
            return
        n = len(self._items)
        self.ui.queue_label.setText(
            f"{n} record{'s' if n != 1 else ''} awaiting countersignature, oldest first."
            if n
            else "Nothing is awaiting countersignature."
        )
        self.queue_table.setRowCount(n)
        for row, item in enumerate(self._items):
            kind = item.kind + (" (rework)" if item.supersedes_id else "")
            cells = (
                f"{item.signed_at:%d %b %Y}",
                kind,
                f"{item.prisoner_name} ({item.noms_number})",
                item.signed_by_name,
                item.why,
            )
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.queue_table.setItem(row, col, cell)
        if n:
            self.queue_table.selectRow(min(select, n - 1))
        else:
            self.record_view.clear()
            self.ui.record_title.setText("")
        for b in (self.countersign_button, self.return_button):
            b.setEnabled(bool(n))

    def selected(self) -> QueueItem | None:
        """The queue item selected."""
        rows = self.queue_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._items):
            return None
        return self._items[rows[0].row()]

    def _on_queue_table_selection_changed(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            view = self._service.view(self._user, item.entity, item.record_id)
        except WorkbenchError as exc:
            self.record_view.setPlainText(exc.message)
            return
        self.ui.record_title.setText(f"{item.prisoner_name} ({item.noms_number}) — {view.title}")
        self.record_view.setHtml(
            "".join(
                f"<h4>{escape(heading)}</h4><p>{escape(text or '—').replace(chr(10), '<br>')}</p>"
                for heading, text in view.parts
            )
        )
        show_error(self.ui.error_comments, "")

    def _on_countersign_button_clicked(self) -> None:
        self._decide(return_it=False)

    def _on_return_button_clicked(self) -> None:
        self._decide(return_it=True)

    def _decide(self, *, return_it: bool) -> None:
        item = self.selected()
        if item is None:
            return
        row = self.queue_table.currentRow()
        comments = self.comments_edit.toPlainText()
        try:
            if return_it:
                changes = self._service.return_for_rework(self._user, item.entity, item.record_id, comments)
            else:
                changes = self._service.countersign(self._user, item.entity, item.record_id, comments)
        except ValidationError as exc:
            show_error(self.ui.error_comments, exc.message)
            self.comments_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except WorkbenchError as exc:
            QMessageBox.warning(self, "Could not record the decision", exc.message)
            return
        self.comments_edit.clear()
        show_error(self.ui.error_comments, "")
        self._bus.publish(changes)
        self.decided.emit(item.entity, item.record_id)
        self.reload(max(0, row))

    def has_unsaved_work(self) -> bool:
        """Comments typed but neither sent with a countersignature nor with a return."""
        return bool(self.comments_edit.toPlainText().strip())

    def reject(self) -> None:
        # Escape and Close come here: comments not yet sent are not thrown away without asking.
        if self.has_unsaved_work() and not self._confirm(
            "Comments not sent", "Your comments have not been sent with a decision. Close and lose them?"
        ):
            return
        super().reject()

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes


__all__ = ["CountersignDialog"]
