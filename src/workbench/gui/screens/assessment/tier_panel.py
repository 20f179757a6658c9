"""The tier and why (resources follow risk), and the completed assessments, as small panels of the tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.dto.assessment import AssessmentOverview, TierOutcome
from workbench.domain.ogrs3 import band_label
from workbench.gui.theme import set_role


def format_day(d: date | None) -> str:
    """A date as the tab writes it: ``20 Nov 2026`` (a dash when there is none)."""
    return d.strftime("%d %b %Y") if d else "—"


class TierPanel(QGroupBox):
    """The points breakdown behind the tier, and what is missing while it is provisional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Tier — why (resources follow risk)", parent)
        self.points_label = QLabel()
        self.points_label.setObjectName("tierPoints")
        self.reasons_list = QListWidget()
        self.reasons_list.setObjectName("tierReasons")
        self.reasons_list.setAccessibleName("Why this tier")
        self.missing_label = QLabel()
        self.missing_label.setObjectName("tierMissing")
        self.missing_label.setWordWrap(True)
        set_role(self.missing_label, "warning")
        layout = QVBoxLayout(self)
        layout.addWidget(self.points_label)
        layout.addWidget(self.reasons_list)
        layout.addWidget(self.missing_label)

    def show_tier(self, tier: TierOutcome | None) -> None:
        """Show why ``tier`` is what it is (clear everything for no tier)."""
        self.reasons_list.clear()
        if tier is None:
            self.points_label.clear()
            self.missing_label.clear()
            return
        self.points_label.setText(
            f"Protect {tier.tier[0]}: {tier.protect_points} points · change {tier.tier[1:]}: "
            f"{tier.change_points} points"
        )
        self.reasons_list.addItems(list(tier.reasons) or ["No points from any rule."])
        rows = self.reasons_list.count()
        self.reasons_list.setFixedHeight(min(160, rows * (self.reasons_list.sizeHintForRow(0) + 2) + 8))
        self.missing_label.setText("Provisional: " + "; ".join(tier.missing) + "." if tier.missing else "")
        self.missing_label.setVisible(bool(tier.missing))


class HistoryPanel(QGroupBox):
    """The completed (signed) assessments, newest first, with corrections and recalculations noted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Completed assessments", parent)
        table = QTableWidget(0, 5)
        table.setObjectName("assessmentHistory")
        table.setHorizontalHeaderLabels(["Completed", "Signed by", "OGRS3 2-yr", "Tier", "Note"])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMaximumHeight(140)
        self.table = table
        QVBoxLayout(self).addWidget(table)

    def show_history(self, ov: AssessmentOverview) -> None:
        """Fill the table from the overview (hidden when nothing has been completed)."""
        self.table.setRowCount(len(ov.history))
        for i, h in enumerate(ov.history):
            notes = []
            if h.superseded_by_id:
                notes.append("corrected")
            if h.supersedes_id:
                notes.append("correction")
            if h.recalculated:
                notes.append("recalculated")
            two = f"{h.ogrs3_two_year_pct}% {band_label(h.ogrs3_band)}" if h.ogrs3_two_year_pct else "—"
            tier = (h.tier or "—") + (" (provisional)" if h.tier and h.tier_provisional else "")
            texts = (format_day(h.completed_at.date()), h.signed_by_name, two, tier, ", ".join(notes))
            for j, text in enumerate(texts):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.setVisible(bool(ov.history))
