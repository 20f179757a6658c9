"""The My work table: a model over ``WorkItem`` DTOs and a proxy that sorts by value and filters by kind
and by overdue (STYLE.md point 3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.casework.dto.reviews import WorkItem, WorkKind

Index = QModelIndex | QPersistentModelIndex

ItemRole: Final = Qt.ItemDataRole.UserRole + 1
"""The row's ``WorkItem`` (any column)."""
SortRole: Final = Qt.ItemDataRole.UserRole + 2
"""What a column sorts by (dates as dates, not as text)."""

_OVERDUE_TEXT: Final = QColor("#9b1c1c")


def _due(item: WorkItem) -> str:
    return f"{item.due_on:%d %b %Y}" if item.due_on else ""


COLUMNS: Final[tuple[tuple[str, Callable[[WorkItem], str], Callable[[WorkItem], Any]], ...]] = (
    ("Due", _due, lambda i: (i.due_on or date.max).toordinal()),
    ("State", lambda i: "Overdue" if i.overdue else "Due", lambda i: 0 if i.overdue else 1),
    ("Kind", lambda i: i.kind.label, lambda i: i.kind.label),
    ("Prisoner", lambda i: f"{i.prisoner_name} ({i.noms_number})", lambda i: i.prisoner_name),
    ("What", lambda i: i.title, lambda i: i.title),
)


class WorkModel(QAbstractTableModel):
    """Rows of My work, one per item."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[WorkItem] = []

    def set_items(self, items: Sequence[WorkItem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> WorkItem | None:
        """The item of ``row`` (None outside the table)."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        _header, text, key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.detail or item.title
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and index.column() <= 1:
            return QBrush(_OVERDUE_TEXT)
        if role == SortRole:
            return key(item)
        if role == ItemRole:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0] if 0 <= section < len(COLUMNS) else None
        return None


class WorkFilter(QSortFilterProxyModel):
    """Sorts by ``SortRole``; shows one kind (None: every kind) and, optionally, only overdue items."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._kind: WorkKind | None = None
        self._overdue_only = False

    def set_kind(self, kind: WorkKind | None) -> None:
        """Show only items of ``kind`` (None: all)."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_overdue_only(self, on: bool) -> None:
        """Show only overdue items."""
        self.beginFilterChange()
        self._overdue_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # Qt override
        model = self.sourceModel()
        item = model.data(model.index(source_row, 0, source_parent), ItemRole)
        if not isinstance(item, WorkItem):
            return False
        if self._kind is not None and item.kind is not self._kind:
            return False
        return not (self._overdue_only and not item.overdue)
