"""Needs attention: quarantined changes (retry / discard) and conflicts (keep mine / keep theirs / edit).

Thin widgets over ``casework.sync_conflicts.SyncConflictService``: they render frozen DTOs, call the
service, and publish the ``ChangeSet`` each call returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.changes import ChangeSet
from workbench.casework.sync_conflicts import (
    Attention,
    ConflictItem,
    QuarantinedItem,
    SyncConflictService,
    show,
)
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.theme import set_role
from workbench.security.principal import CurrentUser

ItemRole = Qt.ItemDataRole.UserRole + 1
"""The DTO of a row."""

_Index = QModelIndex | QPersistentModelIndex


class _DtoTable(QAbstractTableModel):
    """A read-only table over a list of DTOs, one column per (header, getter)."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[Any], str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_item(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](item)
        if role == ItemRole:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None


CONFLICT_COLUMNS: list[tuple[str, Callable[[ConflictItem], str]]] = [
    ("Prisoner", lambda c: c.prisoner_label),
    ("Record", lambda c: c.entity_label),
    ("Field", lambda c: c.field_label),
    ("What happened", lambda c: c.kind_label),
    ("Base", lambda c: show(c.base)),
    ("Mine", lambda c: show(c.mine)),
    ("Theirs (central record)", lambda c: show(c.theirs)),
]
QUARANTINE_COLUMNS: list[tuple[str, Callable[[QuarantinedItem], str]]] = [
    ("Prisoner", lambda q: q.prisoner_label),
    ("Record", lambda q: q.entity_label),
    (
        "Change",
        lambda q: (
            {"INSERT": "New record", "UPDATE": "Changed ", "DELETE": "Deleted"}.get(q.op, q.op)
            + (", ".join(q.fields) if q.op == "UPDATE" else "")
        ),
    ),
    ("Why it was refused", lambda q: q.reason),
    ("Waiting behind it", lambda q: str(q.waiting_behind) if q.waiting_behind else ""),
]


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ConflictDialog(QDialog):
    """One conflict: base, mine and theirs side by side, with keep mine / keep theirs / edit."""

    resolved = Signal(object)
    """The conflict was resolved; carries the ``ChangeSet``."""

    def __init__(
        self,
        service: SyncConflictService,
        user: CurrentUser,
        bus: EventBus,
        item: ConflictItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.user, self.bus, self.item = service, user, bus, item
        self.setWindowTitle(f"Conflict — {item.field_label}")
        self.setObjectName("conflictDialog")
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"<b>{item.prisoner_label}</b> — {item.entity_label}: <b>{item.field_label}</b>"
            f"<br>{item.kind_label}."
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        bold = QFont()
        bold.setBold(True)
        self.value_labels: dict[str, QLabel] = {}
        for col, (title, value, note) in enumerate(
            (
                ("Base", item.base, "before either change"),
                ("Mine", item.mine, "this terminal's change"),
                (
                    "Theirs",
                    item.theirs,
                    "kept on the central record" if not item.predicted else "received",
                ),
            )
        ):
            head = QLabel(title)
            head.setFont(bold)
            shown = QLabel(show(value))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            shown.setMinimumWidth(160)
            shown.setObjectName(f"{title.lower()}Value")
            shown.setProperty("kind", "valueBox")  # framed by the theme (workbench.qss)
            hint = QLabel(note)
            set_role(hint, "muted")
            grid.addWidget(head, 0, col)
            grid.addWidget(shown, 1, col)
            grid.addWidget(hint, 2, col)
            self.value_labels[title.lower()] = shown
        layout.addLayout(grid)
        edit_row = QHBoxLayout()
        self.edit = QLineEdit(show(item.theirs) if item.theirs is not None else "")
        self.edit.setObjectName("conflictEdit")
        self.edit.setAccessibleName("New value")
        self.edit.setEnabled(item.editable)
        edit_row.addWidget(QLabel("Or a new value:"))
        edit_row.addWidget(self.edit, 1)
        layout.addLayout(edit_row)
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.mine_button = buttons.addButton("Keep &mine", QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = buttons.addButton("Keep &theirs", QDialogButtonBox.ButtonRole.AcceptRole)
        self.edit_button = buttons.addButton("Save &edit", QDialogButtonBox.ButtonRole.AcceptRole)
        self.edit_button.setEnabled(item.editable)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for b, name in (
            (self.mine_button, "keepMineButton"),
            (self.theirs_button, "keepTheirsButton"),
            (self.edit_button, "saveEditButton"),
        ):
            b.setObjectName(name)
        self.mine_button.clicked.connect(lambda: self._resolve("MINE"))
        self.theirs_button.clicked.connect(lambda: self._resolve("THEIRS"))
        self.edit_button.clicked.connect(lambda: self._resolve("EDITED"))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        # Roles without the permission may look but not decide (issue 11 point 5).
        refusal = service.cannot_resolve_reason(user)
        if refusal is not None:
            self.error.setText(refusal)
            self.edit.setEnabled(False)
            for b in (self.mine_button, self.theirs_button, self.edit_button):
                b.setEnabled(False)

    def _resolve(self, choice: str) -> None:
        value = self.edit.text() if choice == "EDITED" else None
        try:
            changes = self.service.resolve(self.user, self.item.conflict_id, choice, value)
        except WorkbenchError as exc:
            self.error.setText(exc.message)
            return
        self.bus.publish(changes)
        self.resolved.emit(changes)
        self.accept()


class AttentionDialog(QDialog):
    """Everything sync needs a person for, in two tabs."""

    def __init__(
        self, service: SyncConflictService, user: CurrentUser, bus: EventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.user, self.bus = service, user, bus
        self.setWindowTitle("Needs attention — sync")
        self.setObjectName("attentionDialog")
        self.resize(1000, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Nothing is lost: each item below is kept until someone decides. A resolution is "
            "recorded and sent like any other change."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self.conflict_model = _DtoTable(CONFLICT_COLUMNS, self)
        self.conflict_view = _table(self.conflict_model, "conflictTable")
        self.conflict_view.doubleClicked.connect(lambda _i: self.open_conflict())
        self.resolve_button = QPushButton("&Resolve…")
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.open_conflict)
        self.tabs.addTab(
            self._page(self.conflict_view, [self.resolve_button], "No conflicts: every change merged."),
            "Conflicts",
        )

        self.quarantine_model = _DtoTable(QUARANTINE_COLUMNS, self)
        self.quarantine_view = _table(self.quarantine_model, "quarantineTable")
        self.retry_button = QPushButton("Re&try")
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip("Send the change again at the next sync (after the cause was put right)")
        self.discard_button = QPushButton("&Discard my change…")
        self.discard_button.setObjectName("discardButton")
        self.retry_button.clicked.connect(self._retry)
        self.discard_button.clicked.connect(self._discard)
        self.tabs.addTab(
            self._page(
                self.quarantine_view, [self.retry_button, self.discard_button], "No quarantined changes."
            ),
            "Quarantined changes",
        )
        self.permission_note = QLabel()
        self.permission_note.setObjectName("permissionNote")
        self.permission_note.setWordWrap(True)
        set_role(self.permission_note, "muted")
        self.cannot_resolve = service.cannot_resolve_reason(user)
        self.permission_note.setText(self.cannot_resolve or "")
        self.permission_note.setVisible(self.cannot_resolve is not None)
        layout.addWidget(self.permission_note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    @staticmethod
    def _page(view: QTableView, buttons: list[QPushButton], empty: str) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(view, 1)
        row = QHBoxLayout()
        note = QLabel(empty)
        note.setObjectName("emptyNote")
        row.addWidget(note)
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        box.addLayout(row)
        view.setProperty("emptyNote", note)
        return page

    def reload(self) -> None:
        """Read the lists again."""
        attention: Attention = self.service.attention(self.user)
        self.conflict_model.set_rows(attention.conflicts)
        self.quarantine_model.set_rows(attention.quarantined)
        self.tabs.setTabText(0, f"Conflicts ({len(attention.conflicts)})")
        self.tabs.setTabText(1, f"Quarantined changes ({len(attention.quarantined)})")
        for view, rows in (
            (self.conflict_view, attention.conflicts),
            (self.quarantine_view, attention.quarantined),
        ):
            view.property("emptyNote").setVisible(not rows)
            if rows:
                view.selectRow(0)
        may = self.cannot_resolve is None
        # "Resolve…" still opens the conflict to read it; the conflict screen disables the decisions.
        self.resolve_button.setText("&Resolve…" if may else "&View…")
        self.resolve_button.setEnabled(bool(attention.conflicts))
        self.retry_button.setEnabled(may and bool(attention.quarantined))
        self.discard_button.setEnabled(may and bool(attention.quarantined))
        if not attention.conflicts and attention.quarantined:
            self.tabs.setCurrentIndex(1)

    def _selected(self, view: QTableView, model: _DtoTable) -> Any:
        rows = view.selectionModel().selectedRows()
        return model.row_item(rows[0].row()) if rows else None

    def open_conflict(self) -> ConflictDialog | None:
        """Open the conflict screen for the selected conflict."""
        item = self._selected(self.conflict_view, self.conflict_model)
        if item is None:
            return None
        dialog = ConflictDialog(self.service, self.user, self.bus, item, self)
        dialog.resolved.connect(lambda _c: self.reload())
        dialog.open()
        return dialog

    def _retry(self) -> None:
        item = self._selected(self.quarantine_view, self.quarantine_model)
        if item is not None:
            self._call(lambda: self.service.retry(self.user, item.change_id))

    def _discard(self) -> None:
        item = self._selected(self.quarantine_view, self.quarantine_model)
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            "Discard this change?",
            "The change will not be sent. It stays in the audit trail, and this terminal will show the "
            "central record's version at the next sync. Discard it?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard_selected()

    def discard_selected(self) -> None:
        """Discard the selected quarantined change (after the question, or directly in tests)."""
        item = self._selected(self.quarantine_view, self.quarantine_model)
        if item is not None:
            self._call(lambda: self.service.discard(self.user, item.change_id))

    def _call(self, fn: Callable[[], ChangeSet]) -> None:
        try:
            changes = fn()
        except WorkbenchError as exc:
            QMessageBox.warning(self, "Could not finish", exc.message)
            return
        self.bus.publish(changes)
        self.reload()
