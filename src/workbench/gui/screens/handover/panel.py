"""The case page's handover panel: who is responsible today, the dates and why (issue 10 point 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from workbench.casework.dto.handover import HandoverView
from workbench.domain.timescales import format_date
from workbench.gui.theme import set_role


class HandoverPanel(QGroupBox):
    """A compact read-only panel; ``show_view`` fills it from the handover service's view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Handover to the community", parent)
        self.setObjectName("handoverPanel")
        self.responsible = QLabel()
        self.responsible.setObjectName("handoverResponsible")
        self.responsible.setStyleSheet("font-weight: bold;")
        self.dates = QLabel()
        self.dates.setObjectName("handoverDates")
        self.summary = QLabel()
        self.summary.setObjectName("handoverSummary")
        self.assumptions = QLabel()
        self.assumptions.setObjectName("handoverAssumptions")
        set_role(self.assumptions, "muted")
        layout = QVBoxLayout(self)
        for label in (self.responsible, self.dates, self.summary, self.assumptions):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.clear()

    def show_view(self, view: HandoverView) -> None:
        """Show one prisoner's handover."""
        self.responsible.setText(view.responsibility_label)
        self.responsible.setAccessibleName(f"Responsible: {view.responsibility_label}")
        parts = []
        if view.earliest_release is not None:
            parts.append(f"Earliest release: {view.earliest_release.describe()}")
        if view.handover_start_on is not None and view.handover_start_on != view.handover_on:
            parts.append(f"Handover starts {format_date(view.handover_start_on)}")
        if view.handover_on is not None:
            parts.append(f"Handover {format_date(view.handover_on)}")
        self.dates.setText(" · ".join(parts))
        self.dates.setVisible(bool(parts))
        self.summary.setText(view.why or view.summary)
        self.assumptions.setText(" ".join(view.assumptions))
        self.assumptions.setVisible(bool(view.assumptions))

    def clear(self) -> None:
        """No case shown."""
        for label in (self.responsible, self.dates, self.summary, self.assumptions):
            label.clear()
