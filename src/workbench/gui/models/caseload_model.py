"""The caseload table: a model over frozen ``CaseloadRow`` DTOs and a filtering proxy.

Sorting happens in the source model on precomputed keys (a Python ``lessThan`` costs a second at
20,000 rows); the proxy filters with a precomputed lower-case search text per row, so a keystroke
costs one pass over plain strings (benchmarks/README.md has the figures).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from workbench.casework.dto.caseload import CaseloadRow
from workbench.domain.enums import RoshLevel
from workbench.domain.ogrs3 import band_label
from workbench.domain.scope import ScopeStatus
from workbench.domain.timescales import DueRule, DueStatus
from workbench.gui.theme import Colours

PrisonerIdRole = Qt.ItemDataRole.UserRole + 1
"""The prisoner id of a row (str)."""
RowRole = Qt.ItemDataRole.UserRole + 2
"""The whole ``CaseloadRow`` DTO."""

_Index = QModelIndex | QPersistentModelIndex

OVERDUE_BG = QColor("#fde2e1")
OVERDUE_FG = QColor(Colours.ERROR)
UNKNOWN_FG = QColor(Colours.WARNING)


class Column(IntEnum):
    NAME = 0
    NOMS = 1
    LOCATION = 2
    SCOPE = 3
    SENTENCE = 4
    RELEASE = 5
    SUPERVISOR = 6
    TIER = 7
    BAND = 8
    # -- risk of harm (issue 8) --
    ROSH = 9
    MAPPA = 10
    # -- sentence plan (issue 9) --
    PLAN = 11
    PLAN_DUE = 12
    # -- review triggers (issue 10 point 3) --
    NEXT_REVIEW = 13
    NEXT_DUE = 14  # last, so it takes the width that is left


HEADERS = {
    Column.NAME: "Name",
    Column.NOMS: "NOMS no.",
    Column.LOCATION: "Cell",
    Column.SCOPE: "Scope",
    Column.SENTENCE: "Sentence",
    Column.RELEASE: "Release / tariff",
    Column.SUPERVISOR: "Supervisor (OS)",
    Column.NEXT_DUE: "Next due",
    Column.TIER: "Tier",
    Column.BAND: "OGRS3",
    # -- risk of harm (issue 8) --
    Column.ROSH: "RoSH",
    Column.MAPPA: "MAPPA",
    # -- sentence plan (issue 9) --
    Column.PLAN: "Plan",
    Column.PLAN_DUE: "Plan due",
    # -- review triggers (issue 10 point 3) --
    Column.NEXT_REVIEW: "Next review",
}

_BAND_ORDER = {"LOW": 0, "MEDIUM": 1, "HIGH": 2, "VERY_HIGH": 3}
_TIER_PROVISIONAL_MARK = "*"

# -- sentence plan (issue 9): casework.plan_caseload.PlanState values, most urgent first --
_PLAN_ORDER = {"OVERDUE": 0, "REVIEW_DUE": 1, "NO_PLAN": 2, "DRAFT": 3, "AGREED": 4}

_SCOPE_TEXT = {
    ScopeStatus.IN_SCOPE: "In scope",
    ScopeStatus.OUT_OF_SCOPE: "Out of scope",
    ScopeStatus.UNKNOWN: "Unknown",
}


def _fmt(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _fmt_short(d: date) -> str:
    return d.strftime("%d/%m/%y")


_SHORT_DUE = {
    DueRule.OS_ALLOCATION: "OS allocation",
    DueRule.FIRST_CONTACT: "First contact",
    DueRule.OM_ALLOCATION: "OM allocation",
    DueRule.SENTENCE_PLAN: "Sentence plan",
    DueRule.ANNUAL_REVIEW: "Annual review",
    # -- risk of harm (issue 8) --
    DueRule.ROSH_SCREENING: "Screening",
    DueRule.ROSH_ANALYSIS: "Analysis",
    DueRule.RMP: "RMP",
    DueRule.ROSH_REVIEW: "RoSH review",
    DueRule.RMP_REVIEW: "RMP review",
}


def _due_text(row: CaseloadRow) -> str:
    item = row.next_due
    if item is None:
        return ""
    label = _SHORT_DUE.get(item.rule, item.label)
    if item.status is DueStatus.OVERDUE:
        extra = f" +{row.overdue_count - 1}" if row.overdue_count > 1 else ""
        return f"⚠ {label} {_fmt_short(item.due_date)}{extra}"
    return f"{label} {_fmt_short(item.due_date)}"


def due_text_samples() -> list[str]:
    """The widest "next due" texts the column can show, so the view can size it to never cut a date."""
    return [f"⚠ {label} 30/12/29 +9" for label in _SHORT_DUE.values()]


def _sort_key(column: Column) -> Callable[[CaseloadRow], Any]:
    far = date.max
    keys: dict[Column, Callable[[CaseloadRow], Any]] = {
        Column.NAME: lambda r: (r.family_name.lower(), r.given_name.lower()),
        Column.NOMS: lambda r: r.noms_number,
        Column.LOCATION: lambda r: r.location,
        Column.SCOPE: lambda r: r.scope.status.value,
        Column.SENTENCE: lambda r: r.sentence_type.label if r.sentence_type else "",
        Column.RELEASE: lambda r: r.release_date or far,
        Column.SUPERVISOR: lambda r: (r.offender_supervisor_name is None, r.offender_supervisor_name or ""),
        Column.NEXT_DUE: lambda r: (
            not r.is_overdue,
            r.next_due.due_date if r.next_due else far,
        ),
        # By protect letter then change digit (A0 … D3); prisoners with no tier last.
        Column.TIER: lambda r: (r.tier is None, r.tier or "~"),
        Column.BAND: lambda r: (r.ogrs3_band is None, -_BAND_ORDER.get(r.ogrs3_band or "", -1)),
        # -- risk of harm (issue 8): highest first, none last --
        Column.ROSH: lambda r: (r.overall_rosh is None, -_BAND_ORDER.get(r.overall_rosh or "", -1)),
        Column.MAPPA: lambda r: (r.mappa_level is None, -(r.mappa_level or 0)),
        # -- sentence plan (issue 9): the most urgent state first, then by due date --
        Column.PLAN: lambda r: (_PLAN_ORDER.get(r.plan_state, 9), r.plan_due_on or far),
        Column.PLAN_DUE: lambda r: r.plan_due_on or far,
        # -- review triggers (issue 10 point 3) --
        Column.NEXT_REVIEW: lambda r: r.next_review_on or far,
    }
    return keys[column]


class CaseloadModel(QAbstractTableModel):
    """Rows of the caseload, sortable in place, replaceable row by row after a write."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._search: list[str] = []
        self._sort: tuple[Column, Qt.SortOrder] = (Column.NAME, Qt.SortOrder.AscendingOrder)
        self._totals: tuple[int, int] | None = None  # (in scope, overdue), worked out when first asked
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        """Replace every row (initial load, or a refresh after a broad change)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._totals = None
        self._sort_rows()
        self.endResetModel()

    def upsert(self, row: CaseloadRow) -> None:
        """Replace the row for ``row.prisoner_id`` in place, or add it."""
        self._totals = None
        for i, existing in enumerate(self._rows):
            if existing.prisoner_id == row.prisoner_id:
                self._rows[i] = row
                self._search[i] = self._search_text(row)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(Column) - 1))
                return
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(row)
        self._search.append(self._search_text(row))
        self.endInsertRows()

    def remove(self, prisoner_id: str) -> None:
        self._totals = None
        for i, existing in enumerate(self._rows):
            if existing.prisoner_id == prisoner_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                del self._search[i]
                self.endRemoveRows()
                return

    def row_at(self, source_row: int) -> CaseloadRow:
        return self._rows[source_row]

    def search_text(self, source_row: int) -> str:
        return self._search[source_row]

    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def totals(self) -> tuple[int, int]:
        """(in scope, with overdue items) over every row; cached until the rows change, so the status
        bar can be refreshed on every keystroke of the filter without a pass over 20,000 rows."""
        if self._totals is None:
            in_scope = sum(1 for r in self._rows if r.scope.status is ScopeStatus.IN_SCOPE)
            overdue = sum(1 for r in self._rows if r.overdue_count)
            self._totals = (in_scope, overdue)
        return self._totals

    @staticmethod
    def _search_text(r: CaseloadRow) -> str:
        supervisor = r.offender_supervisor_name or ""
        return f"{r.family_name} {r.given_name} {r.noms_number} {r.location} {supervisor}".lower()

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is Column.SCOPE:
                return r.scope.reason
            if col is Column.NEXT_DUE and r.next_due is not None:
                more = f"\n{r.overdue_count} items overdue on this case." if r.overdue_count > 1 else ""
                return r.next_due.explanation + more
            if col is Column.RELEASE and r.release_date_kind:
                return f"{r.release_date_kind} {_fmt(r.release_date)}"
            if col is Column.ROSH and r.overall_rosh is None:  # -- risk of harm (issue 8) --
                return "No signed full analysis of risk of harm."
            if col is Column.MAPPA and r.mappa_level is not None:
                return f"MAPPA category {r.mappa_category or '?'}, level {r.mappa_level}"
            if col is Column.PLAN_DUE and r.plan_due_on is not None:  # -- sentence plan (issue 9) --
                word = "Review" if r.plan_state in ("AGREED", "REVIEW_DUE") else "Plan"
                return f"{word} due by the National Standards timescale on {_fmt(r.plan_due_on)}"
            if col is Column.NEXT_REVIEW:  # -- review triggers (issue 10 point 3) --
                return (
                    f"The open review is due on {_fmt(r.next_review_on)}: see My work (Ctrl+Shift+W)"
                    if r.next_review_on
                    else "No review is due yet"
                )
            if col is Column.TIER:
                if r.tier is None:
                    return "No completed likelihood of reoffending assessment."
                if r.tier_provisional:
                    return f"Tier {r.tier} is provisional: some inputs were unknown when it was worked out."
            return None
        if role == PrisonerIdRole:
            return r.prisoner_id
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.BackgroundRole and r.is_overdue and col is Column.NEXT_DUE:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is Column.PLAN and r.plan_state == "OVERDUE":  # -- sentence plan (issue 9) --
                return QBrush(OVERDUE_FG)
            if col is Column.NEXT_DUE and r.is_overdue:
                return QBrush(OVERDUE_FG)
            if col is Column.SCOPE and r.scope.status is ScopeStatus.UNKNOWN:
                return QBrush(UNKNOWN_FG)
        if role == Qt.ItemDataRole.FontRole and col is Column.NEXT_DUE and r.is_overdue:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(r, col)
            if col is Column.SCOPE:
                return f"{text}. {r.scope.reason}"
            return text
        return None

    @staticmethod
    def _display(r: CaseloadRow, col: Column) -> str:
        if col is Column.NAME:
            return r.display_name
        if col is Column.NOMS:
            return r.noms_number
        if col is Column.LOCATION:
            return r.location
        if col is Column.SCOPE:
            return _SCOPE_TEXT[r.scope.status]
        if col is Column.SENTENCE:
            return r.sentence_type.label if r.sentence_type else "Not recorded"
        if col is Column.RELEASE:
            return f"{_fmt(r.release_date)} {r.release_date_kind}".strip()
        if col is Column.SUPERVISOR:
            return r.offender_supervisor_name or "Not allocated"
        if col is Column.TIER:
            return (r.tier + (_TIER_PROVISIONAL_MARK if r.tier_provisional else "")) if r.tier else ""
        if col is Column.BAND:
            return band_label(r.ogrs3_band)
        if col is Column.ROSH:  # -- risk of harm (issue 8) --
            return RoshLevel(r.overall_rosh).label if r.overall_rosh else ""
        if col is Column.MAPPA:
            return f"Level {r.mappa_level}" if r.mappa_level else ""
        if col is Column.PLAN:  # -- sentence plan (issue 9) --
            return r.plan_status
        if col is Column.PLAN_DUE:
            return _fmt(r.plan_due_on)
        if col is Column.NEXT_REVIEW:  # -- review triggers (issue 10 point 3) --
            return _fmt(r.next_review_on)
        return _due_text(r)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = [r.prisoner_id for r in self._rows]
        self._sort = (Column(column), order)
        self._sort_rows()
        new_pos = {r.prisoner_id: i for i, r in enumerate(self._rows)}
        from_list, to_list = [], []
        for idx in self.persistentIndexList():
            from_list.append(idx)
            pos = new_pos[old[idx.row()]]
            to_list.append(self.index(pos, idx.column()))
        self.changePersistentIndexList(from_list, to_list)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        key = _sort_key(column)
        secondary = _sort_key(Column.NAME)
        self._rows.sort(key=secondary)
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._search = [self._search_text(r) for r in self._rows]


class CaseloadFilterProxy(QSortFilterProxyModel):
    """Filter-as-you-type plus the quick filters; sorting is delegated to the source model."""

    def __init__(self, current_user_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user_id = current_user_id
        self._text = ""
        self._terms: list[str] = []
        self.mine_only = False
        self.in_scope_only = False
        self.overdue_only = False
        self.awaiting_only = False  # -- issue 8: awaiting countersignature --
        self.handover_only = False  # -- issue 10: handover within 3 months --
        self.plan_states: frozenset[str] = frozenset()  # -- issue 9: PlanState values shown (empty: all)
        self.setDynamicSortFilter(False)

    def source(self) -> CaseloadModel:
        model = self.sourceModel()
        assert isinstance(model, CaseloadModel)
        return model

    def set_text(self, text: str) -> None:
        """Every word typed must appear in the name, NOMS number, location or supervisor."""
        terms = text.lower().split()
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_quick_filters(
        self, *, mine: bool, in_scope: bool, overdue: bool, awaiting: bool = False, handover: bool = False
    ) -> None:
        self.beginFilterChange()
        self.mine_only, self.in_scope_only, self.overdue_only = mine, in_scope, overdue
        self.awaiting_only = awaiting
        self.handover_only = handover  # -- issue 10: handover within 3 months --
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_plan_states(self, states: frozenset[str]) -> None:
        """Show only prisoners whose plan is in one of ``states`` (issue 9; empty: every plan state)."""
        self.beginFilterChange()
        self.plan_states = states
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.source()
        if self._terms:
            text = model.search_text(source_row)
            for term in self._terms:
                if term not in text:
                    return False
        if self.plan_states and model.row_at(source_row).plan_state not in self.plan_states:
            return False  # -- sentence plan (issue 9) --
        if self.handover_only and not model.row_at(source_row).handover_soon:
            return False  # -- handover (issue 10 point 2) --
        if self.mine_only or self.in_scope_only or self.overdue_only or self.awaiting_only:
            r = model.row_at(source_row)
            if self.awaiting_only and not r.awaiting_countersignature:
                return False
            if self.mine_only and r.offender_supervisor_id != self._user_id:
                return False
            if self.in_scope_only and r.scope.status is not ScopeStatus.IN_SCOPE:
                return False
            if self.overdue_only and not r.is_overdue:
                return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
