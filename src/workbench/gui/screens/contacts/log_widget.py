"""The case page's "Contact log" tab: one chronological list per prisoner (issue 8 point 8).

Newest first, filtered by kind (the service filters, so it can also count the restricted entries this
role may not read); corrected entries stay in the list, greyed and marked "Corrected", beside the entry
that corrects them. "Add contact…" and "Correct…" open ``ContactEntryDialog``; the list refreshes from
the ChangeSet broadcast.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.changes import ChangeSet
from workbench.casework.contact_log import ContactLogService
from workbench.casework.dto.contacts import ContactLog, ContactLogEntry
from workbench.domain.contacts import ContactKind
from workbench.domain.enums import UserRole
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.screens.contacts.entry_dialog import ContactEntryDialog, ReferralChoices
from workbench.gui.theme import Colours, set_role
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser

EntryRole = Qt.ItemDataRole.UserRole + 1
"""The whole ``ContactLogEntry`` DTO of a row."""

_Index = QModelIndex | QPersistentModelIndex
_CORRECT_TIP = "Correct the selected entry: a new entry supersedes it; the original is kept"


class LogColumn(IntEnum):
    # When and kind share a column, as do name and role: the summary needs the width at 1024x768.
    WHEN = 0
    BY = 1
    STATUS = 2
    SUMMARY = 3  # last, so it takes the width that is left


STATUS_WIDTH = 170
"""The status column's width (its text wraps), so the summary keeps the rest at 1024x768."""

_HEADERS = {
    LogColumn.WHEN: "When / kind",
    LogColumn.BY: "By",
    LogColumn.STATUS: "Status",
    LogColumn.SUMMARY: "Summary",
}


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def status_text(entry: ContactLogEntry) -> str:
    """What the Status column says: corrected, a correction, restricted (several on separate lines)."""
    parts: list[str] = []
    if entry.is_corrected:
        on = f" {_day(entry.corrected_on)}" if entry.corrected_on else ""
        parts.append(f"Corrected{on} by {entry.corrected_by_name or 'someone'}")
    if entry.supersedes_id:
        parts.append(f"Correction: {entry.correction_reason or 'no reason given'}")
    if entry.restricted is not None:
        parts.append(f"Restricted: {entry.restricted.label}")
    return "\n".join(parts)


class ContactLogModel(QAbstractTableModel):
    """A table over ``ContactLogEntry`` DTOs, in the order the service gives (newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ContactLogEntry] = []

    def set_entries(self, entries: Sequence[ContactLogEntry]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ContactLogEntry:
        """The DTO of ``row``."""
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[LogColumn(section)] if 0 <= section < len(LogColumn) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        column = LogColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(e, column)
        if role == EntryRole:
            return e
        if role == Qt.ItemDataRole.ForegroundRole:
            if e.is_corrected:
                return QBrush(QColor(Colours.MUTED))
            if column is LogColumn.STATUS and e.restricted is not None:
                return QBrush(QColor(Colours.ERROR))
        if role == Qt.ItemDataRole.FontRole and e.is_corrected:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _text(e: ContactLogEntry, column: LogColumn) -> str:
        if column is LogColumn.WHEN:
            return f"{e.when}\n{e.kind_label}"
        if column is LogColumn.BY:
            return f"{e.author_name}\n{e.author_role_label}" if e.author_role_label else e.author_name
        if column is LogColumn.STATUS:
            return status_text(e)
        return e.summary


class ContactLogWidget(QWidget):
    """The "Contact log" tab: filter by kind, add, correct; shows what this role may read."""

    log_shown = Signal(int)
    """The list was (re)filled, with the number of entries shown."""

    def __init__(
        self,
        service: ContactLogService,
        user: CurrentUser,
        bus: EventBus,
        today: date,
        *,
        referrals: ReferralChoices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactLog")
        self._service = service
        self._user = user
        self._today = today
        self._bus = bus
        self.referrals: ReferralChoices | None = referrals
        """The referrals an entry may link to (set by the window once the interview's referrals exist)."""
        self._prisoner_id: str | None = None
        self._prisoner_name = ""
        self._read_only = False
        self.dialog: ContactEntryDialog | None = None
        """The add/correct dialog while it is open (tests drive it)."""

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Show entries of kind")
        self.kind_filter.addItem("All kinds", None)
        for kind in ContactKind:
            self.kind_filter.addItem(kind.label, kind.value)
        filter_label = QLabel("&Kind:")
        filter_label.setBuddy(self.kind_filter)
        self.add_button = QPushButton("&Add contact…")
        self.add_button.setObjectName("addContactButton")
        self.add_button.setToolTip("Add a contact or observation to the log (Ctrl+Shift+N)")
        self.correct_button = QPushButton("Co&rrect…")
        self.correct_button.setObjectName("correctContactButton")
        self.correct_button.setToolTip(_CORRECT_TIP)
        can_add = allows(user.role, Permission.ADD_CONTACT_NOTE)
        self.add_button.setEnabled(can_add)
        self.correct_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.kind_filter)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.correct_button)
        self.button_bar = bar  # other parts add their buttons here (offence-paralleling flag, issue 10)

        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("restrictedHiddenNote")
        self.hidden_note.setWordWrap(True)
        set_role(self.hidden_note, "warning")
        self.hidden_note.hide()
        self.empty_note = QLabel()
        self.empty_note.setObjectName("contactLogEmpty")
        set_role(self.empty_note, "muted")

        self.model = ContactLogModel(self)
        self.table = QTableView()
        self.table.setObjectName("contactLogTable")
        self.table.setAccessibleName("Contact log")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Rows follow their wrapped text as the columns change width (a log is tens of rows, not thousands).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LogColumn.STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(LogColumn.STATUS, STATUS_WIDTH)
        header.setSectionResizeMode(LogColumn.SUMMARY, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)

        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter_changed)
        self.add_button.clicked.connect(self.open_add)
        self.correct_button.clicked.connect(self.open_correct)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_correct())
        bus.changed.connect(self._on_bus_changed)
        guard_wheel(self)

    # -- showing ------------------------------------------------------------------------------------

    def show_prisoner(self, prisoner_id: str, name: str, *, read_only: bool = False) -> None:
        """Show ``prisoner_id``'s log (keeps the kind filter)."""
        self._prisoner_id, self._prisoner_name, self._read_only = prisoner_id, name, read_only
        self.add_button.setEnabled(allows(self._user.role, Permission.ADD_CONTACT_NOTE) and not read_only)
        self.refresh()

    def clear(self) -> None:
        """Show nobody's log."""
        self._prisoner_id = None
        self.model.set_entries(())
        self.hidden_note.hide()
        self.correct_button.setEnabled(False)

    def refresh(self) -> None:
        """Read the log again from the service."""
        if self._prisoner_id is None:
            return
        kind = self.kind_filter.currentData()
        try:
            log = self._service.log(self._user, self._prisoner_id, kind=kind)
        except WorkbenchError as exc:
            log = ContactLog(self._prisoner_id, ())
            self.empty_note.setText(exc.message)
        else:
            self.empty_note.setText(self._empty_text(log))
        self.model.set_entries(log.entries)
        self.hidden_note.setText(log.hidden_note)
        self.hidden_note.setVisible(bool(log.hidden_note))
        self.empty_note.setVisible(not log.entries)
        self._on_table_selection_changed()
        self.log_shown.emit(len(log.entries))

    def _empty_text(self, log: ContactLog) -> str:
        if log.entries:
            return ""
        if log.kind is not None:
            return f"No entries of the kind “{self.kind_filter.currentText()}”."
        return "No contacts recorded yet. Add one with “Add contact…” (Ctrl+Shift+N)."

    def selected_entry(self) -> ContactLogEntry | None:
        """The entry selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _may_correct(self, entry: ContactLogEntry | None) -> bool:
        if entry is None or entry.is_corrected or self._read_only:
            return False
        if not allows(self._user.role, Permission.ADD_CONTACT_NOTE):
            return False
        return entry.author_id == self._user.user_id or self._user.role is UserRole.MANAGER

    def _on_table_selection_changed(self, *_args: object) -> None:
        entry = self.selected_entry()
        self.correct_button.setEnabled(self._may_correct(entry))
        if entry is not None and entry.is_corrected:
            self.correct_button.setToolTip("This entry was already corrected: correct the newer entry")
        elif entry is not None and not self._may_correct(entry):
            self.correct_button.setToolTip("Only the author of an entry or an OMU manager can correct it")
        else:
            self.correct_button.setToolTip(
                "Correct the selected entry: a new entry supersedes it; it is kept"
            )

    def _on_kind_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        mine = self._prisoner_id is not None and self._prisoner_id in changes.prisoner_ids
        if mine and (changes.touches("contact_entry") or changes.touches("prisoner")):
            self.refresh()

    # -- writing ------------------------------------------------------------------------------------

    def open_add(self) -> ContactEntryDialog | None:
        """Open "Add contact" for the prisoner shown."""
        if self._prisoner_id is None:
            return None
        return self._open(None)

    def open_correct(self) -> ContactEntryDialog | None:
        """Open the correction of the selected entry (when this user may correct it)."""
        entry = self.selected_entry()
        if self._prisoner_id is None or not self._may_correct(entry):
            return None
        return self._open(entry)

    def _open(self, entry: ContactLogEntry | None) -> ContactEntryDialog:
        assert self._prisoner_id is not None
        # Parented to the window, not to this tab: the case page asks its own children about unsaved
        # work, and the window asks every open dialog; a child dialog would be asked twice.
        dialog = open_contact_dialog(
            self.window(),
            self._service,
            self._user,
            self._bus,
            self._prisoner_id,
            self._prisoner_name,
            self._today,
            correcting=entry,
            referrals=self.referrals,
        )
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        return dialog


def open_contact_dialog(
    parent: QWidget,
    service: ContactLogService,
    user: CurrentUser,
    bus: EventBus,
    prisoner_id: str,
    prisoner_name: str,
    today: date,
    *,
    correcting: ContactLogEntry | None = None,
    referrals: ReferralChoices | None = None,
) -> ContactEntryDialog:
    """Open the add (or correct) dialog window-modal with ``open()`` (the lock screen can hide it)."""
    dialog = ContactEntryDialog(
        service,
        user,
        bus,
        prisoner_id,
        prisoner_name,
        today,
        correcting=correcting,
        referrals=referrals,
        parent=parent,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


__all__ = [
    "ContactLogModel",
    "ContactLogWidget",
    "EntryRole",
    "LogColumn",
    "open_contact_dialog",
    "status_text",
]
