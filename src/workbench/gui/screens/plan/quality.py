"""The live quality panel beside the plan (issue 9 point 5): each check green, amber or red — shown by
a word and a symbol as well as colour — with its reason and a link to where it is fixed.

Thin: lists ``PlanQualityService.checks``; the rules live in the domain. Refreshed on every ChangeSet
for the prisoner shown (an assessment or a risk record can change a check as much as the plan can).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.plan_quality import PlanQualityService
from workbench.domain.errors import WorkbenchError
from workbench.domain.plan import FixTarget, QualityCheck, Rag
from workbench.gui.events import EventBus
from workbench.gui.theme import set_role
from workbench.gui.widgets.layouts import clear_layout
from workbench.security.principal import CurrentUser

MARKERS: dict[Rag, tuple[str, str]] = {
    Rag.GREEN: ("✓ Green", "good"),
    Rag.AMBER: ("▲ Amber", "warning"),
    Rag.RED: ("✖ Red", "error"),
}
"""Each state's word and symbol (never colour alone) and its theme role."""

FIX_WORDS: dict[FixTarget, str] = {
    FixTarget.OBJECTIVES: "Go to the objectives",
    FixTarget.ACTIONS: "Go to the actions",
    FixTarget.NEEDS: "Go to the needs",
    FixTarget.CONTACT_LEVELS: "Go to contact levels",
    FixTarget.INVOLVEMENT: "Go to involvement",
    FixTarget.INTERVENTIONS: "Go to interventions",
    FixTarget.CONTRIBUTIONS: "Go to contributions",
    FixTarget.VERSIONS: "Go to versions",
}


class QualityPanel(QWidget):
    """The plan's checks for the case shown, worst first as the service orders them."""

    fix_requested = Signal(object, object)
    """A check's link was followed: (``FixTarget``, target id or None)."""

    def __init__(
        self, service: PlanQualityService, user: CurrentUser, bus: EventBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planQualityPanel")
        self._service, self._user = service, user
        self._prisoner_id: str | None = None
        self.checks: tuple[QualityCheck, ...] = ()
        title = QLabel("<b>Plan quality</b>")
        self.summary = QLabel("No case")
        self.summary.setWordWrap(True)
        self._rows = QWidget()
        self._rows_layout = QVBoxLayout(self._rows)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.setMinimumWidth(180)
        bus.changed.connect(self._on_bus_changed)

    def show_case(self, case: CaseDetail) -> None:
        """Check this prisoner's plan."""
        self._prisoner_id = case.prisoner_id
        self.refresh()

    def clear(self) -> None:
        """No case shown."""
        self._prisoner_id = None
        self._show(())
        self.summary.setText("No case")

    def refresh(self) -> None:
        """Run the checks again."""
        if self._prisoner_id is None:
            return
        try:
            checks = self._service.checks(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            self.summary.setText(exc.message)
            return
        self._show(checks)

    def _show(self, checks: tuple[QualityCheck, ...]) -> None:
        self.checks = checks
        clear_layout(self._rows_layout, keep=1)  # the trailing stretch stays
        if not checks:
            self.summary.setText("No checks")
            return
        counts = {rag: sum(1 for c in checks if c.rag is rag) for rag in Rag}
        self.summary.setText(f"{counts[Rag.RED]} red, {counts[Rag.AMBER]} amber, {counts[Rag.GREEN]} green")
        for index, check in enumerate(checks):
            self._rows_layout.insertWidget(index, self._row(check))

    def _row(self, check: QualityCheck) -> QWidget:
        frame = QFrame()
        frame.setObjectName(f"qualityCheck_{check.key}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(4, 2, 4, 2)
        word, role = MARKERS[check.rag]
        marker = QLabel(f"<b>{word}</b> — {check.title}")
        marker.setWordWrap(True)
        set_role(marker, role)
        reason = QLabel(check.reason)
        reason.setWordWrap(True)
        link = QLabel(f'<a href="{check.fix.value}">{FIX_WORDS.get(check.fix, "Fix it")}</a>')
        link.setObjectName(f"qualityFix_{check.key}")
        link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        link.linkActivated.connect(lambda _href, c=check: self.fix_requested.emit(c.fix, c.target_id))
        for w in (marker, reason, link):
            layout.addWidget(w)
        return frame

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._prisoner_id is not None and self._prisoner_id in changes.prisoner_ids:
            self.refresh()
