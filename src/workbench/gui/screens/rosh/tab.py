"""The "Risk of harm" tab of the case page (issue 8): a container of sections on an overview page,
and the screening and analysis editors as pages that open over it.

Its own first section shows the current screening and full analysis, their states (draft, signed,
awaiting countersignature, returned for rework) and the buttons to start, continue, read, correct or
rework them. Other work on the same tab (the risk management plan, MAPPA, children and victims) adds
its own section with :meth:`RiskOfHarmTab.add_section`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.rosh import (
    AnalysisDetail,
    CountersignState,
    CountersignStatus,
    RoshOverview,
    ScreeningDetail,
)
from workbench.casework.rosh.analysis import AnalysisService
from workbench.casework.rosh.overview import RoshOverviewService
from workbench.casework.rosh.screening import ScreeningService
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.screens.rosh.analysis import AnalysisEditor
from workbench.gui.screens.rosh.screening import ScreeningEditor
from workbench.gui.theme import Colours, set_role
from workbench.gui.widgets.unsaved import settle_unsaved_work
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

ROSH_ENTITIES = frozenset(
    {
        "rosh_screening",
        "rosh_screening_draft",
        "rosh_analysis",
        "rosh_analysis_draft",
        "countersignature",
        "prisoner",
    }
)
"""What this tab shows: a ChangeSet touching any of these for the prisoner shown refreshes it."""

_STATE_COLOUR = {
    CountersignStatus.AWAITING: Colours.WARNING,
    CountersignStatus.RETURNED: Colours.ERROR,
    CountersignStatus.COUNTERSIGNED: Colours.GOOD,
    CountersignStatus.NOT_REQUIRED: Colours.MUTED,
}


def _state_html(state: CountersignState | None) -> str:
    if state is None:
        return ""
    return f" · <span style='color:{_STATE_COLOUR[state.status]}; font-weight:600'>{state.describe()}</span>"


class RiskOfHarmTab(QWidget):
    """The case page's "Risk of harm" tab: overview sections and the screening / analysis editors."""

    sign_in_required = Signal()
    """Too many wrong passwords while signing (from an editor)."""

    def __init__(
        self,
        overview: RoshOverviewService,
        screenings: ScreeningService,
        analyses: AnalysisService,
        user: CurrentUser,
        bus: EventBus,
        auth: AuthService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("riskOfHarmTab")
        self._overview_service = overview
        self._screenings = screenings
        self._analyses = analyses
        self._user = user
        self._bus = bus
        self._case: CaseDetail | None = None
        self._overview: RoshOverview | None = None

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.overview_page = QScrollArea()
        self.overview_page.setWidgetResizable(True)
        self.overview_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._sections = QVBoxLayout(body)
        self._sections.addStretch(1)
        self.overview_page.setWidget(body)
        self.stack.addWidget(self.overview_page)

        self.notice_label = QLabel()
        self.notice_label.setObjectName("roshNotices")
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName("Risk of harm notices")
        set_role(self.notice_label, "warning")
        self.screening_label = QLabel()
        self.screening_label.setObjectName("roshScreeningState")
        self.screening_label.setWordWrap(True)
        self.analysis_label = QLabel()
        self.analysis_label.setObjectName("roshAnalysisState")
        self.analysis_label.setWordWrap(True)
        for label in (self.screening_label, self.analysis_label, self.notice_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.screening_button = QPushButton("Start &screening…")
        self.correct_screening_button = QPushButton("Co&rrect screening…")
        self.analysis_button = QPushButton("Start full &analysis…")
        self.correct_analysis_button = QPushButton("Correct ana&lysis…")
        self.new_analysis_button = QPushButton("Ne&w full analysis…")
        self.screening_button.clicked.connect(self._on_screening_button_clicked)
        self.correct_screening_button.clicked.connect(self._on_correct_screening_button_clicked)
        self.analysis_button.clicked.connect(self._on_analysis_button_clicked)
        self.correct_analysis_button.clicked.connect(self._on_correct_analysis_button_clicked)
        self.new_analysis_button.clicked.connect(self._on_new_analysis_button_clicked)
        own = QWidget()
        own_layout = QVBoxLayout(own)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_layout.addWidget(self.notice_label)
        own_layout.addWidget(self.screening_label)
        row = QHBoxLayout()
        row.addWidget(self.screening_button)
        row.addWidget(self.correct_screening_button)
        row.addStretch(1)
        own_layout.addLayout(row)
        own_layout.addWidget(self.analysis_label)
        row = QHBoxLayout()
        row.addWidget(self.analysis_button)
        row.addWidget(self.correct_analysis_button)
        row.addWidget(self.new_analysis_button)
        row.addStretch(1)
        own_layout.addLayout(row)
        self.add_section("Screening and full analysis", own)

        self.screening_editor = ScreeningEditor(screenings, user, bus, auth)
        self.analysis_editor = AnalysisEditor(analyses, user, bus, auth)
        for editor in (self.screening_editor, self.analysis_editor):
            editor.back_requested.connect(self._on_editor_back_requested)
            editor.signed.connect(self._on_editor_signed)
            editor.sign_in_required.connect(self.sign_in_required)
            self.stack.addWidget(editor)
        bus.changed.connect(self._on_bus_changed)

    # -- the container ------------------------------------------------------------------------------

    def add_section(self, title: str, widget: QWidget) -> QGroupBox:
        """Add a section (a titled box holding ``widget``) at the end of the overview page.

        For other work shown on this tab (the risk management plan, MAPPA, children and victims): the
        widget refreshes itself (e.g. from the ``EventBus``); it is told the case through
        ``show_case(case)`` and ``clear()`` if it has them. Returns the box, e.g. to hide it.
        """
        box = QGroupBox(title)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(widget)
        self._sections.insertWidget(self._sections.count() - 1, box)
        if self._case is not None and hasattr(widget, "show_case"):
            widget.show_case(self._case)
        return box

    def _section_widgets(self) -> list[QWidget]:
        out: list[QWidget] = []
        for i in range(1, self._sections.count() - 1):  # after its own section, before the stretch
            item = self._sections.itemAt(i)
            box = item.widget() if item is not None else None
            box_layout = box.layout() if isinstance(box, QGroupBox) else None
            inner = box_layout.itemAt(0) if box_layout is not None else None
            widget = inner.widget() if inner is not None else None
            if widget is not None:
                out.append(widget)
        return out

    # -- the case -----------------------------------------------------------------------------------

    @property
    def overview(self) -> RoshOverview | None:
        """What the overview shows."""
        return self._overview

    def show_case(self, case: CaseDetail) -> None:
        """Show the prisoner's risk of harm work; keeps an editor open on the same case."""
        same = self._case is not None and self._case.prisoner_id == case.prisoner_id
        self._case = case
        if not same:
            self.stack.setCurrentWidget(self.overview_page)
        self.reload()
        for w in self._section_widgets():
            if hasattr(w, "show_case"):
                w.show_case(case)

    def clear(self) -> None:
        """No case selected."""
        self._case = None
        self._overview = None
        self.stack.setCurrentWidget(self.overview_page)
        for w in self._section_widgets():
            if hasattr(w, "clear"):
                w.clear()

    def show_overview(self) -> None:
        """Back to the overview (asks about unsaved typing first)."""
        editor = self.stack.currentWidget()
        if isinstance(editor, ScreeningEditor | AnalysisEditor) and not settle_unsaved_work(
            self, editor, doing="go back"
        ):
            return
        self.stack.setCurrentWidget(self.overview_page)
        self.reload()

    def reload(self) -> None:
        """Fetch the overview again and render it."""
        if self._case is None:
            return
        try:
            ov = self._overview_service.overview(self._user, self._case.prisoner_id)
        except WorkbenchError as exc:
            self._overview = None
            self.notice_label.setText(exc.message)
            return
        self._overview = ov
        self.notice_label.setText("\n".join(ov.notices))
        self.notice_label.setVisible(bool(ov.notices))
        self._render_screening(ov)
        self._render_analysis(ov)

    def _render_screening(self, ov: RoshOverview) -> None:
        s, d = ov.screening, ov.screening_draft
        parts = ["<b>RoSH screening</b>: "]
        if s is None:
            parts.append("none signed yet.")
        else:
            decision = (
                "full analysis required (" + ", ".join(x.label.lower() for x in s.decision.sections) + ")"
                if s.decision.required
                else "no full analysis needed"
            )
            parts.append(f"signed by {s.signed_by_name} on {s.completed_at:%d %b %Y} — {decision}")
            parts.append(_state_html(s.countersign))
        if d is not None:
            whose = "yours" if d.author_id == self._user.user_id else f"by {d.author_name}"
            kind = "rework/correction" if d.supersedes_id else "draft"
            parts.append(f"<br>A {kind} is open ({whose}, started {d.created_at:%d %b %Y}).")
        self.screening_label.setText("".join(parts))
        self._primary(
            self.screening_button, "screening", "s", d, s, ov.can_start_screening, ov.cannot_start_screening
        )
        returned = (
            s is not None and s.countersign is not None and s.countersign.status is CountersignStatus.RETURNED
        )
        self.correct_screening_button.setText("&Rework screening…" if returned else "Co&rrect screening…")
        self.correct_screening_button.setVisible(s is not None and d is None)
        self.correct_screening_button.setEnabled(ov.can_start_screening)
        self.correct_screening_button.setToolTip(
            ov.cannot_start_screening or "A new draft that supersedes it"
        )

    def _render_analysis(self, ov: RoshOverview) -> None:
        a, d = ov.analysis, ov.analysis_draft
        parts = ["<b>Full analysis</b>: "]
        if a is None:
            parts.append("none signed yet.")
        else:
            level = a.overall_level.label if a.overall_level else "no level"
            parts.append(f"overall <b>{level}</b>, signed by {a.signed_by_name} on {a.completed_at:%d %b %Y}")
            parts.append(_state_html(a.countersign))
        if d is not None:
            whose = "yours" if d.author_id == self._user.user_id else f"by {d.author_name}"
            kind = "rework/correction" if d.supersedes_id else "draft"
            parts.append(f"<br>A {kind} is open ({whose}, started {d.created_at:%d %b %Y}).")
        self.analysis_label.setText("".join(parts))
        can_new = ov.can_start_analysis
        self._primary(self.analysis_button, "full analysis", "a", d, a, can_new, ov.cannot_start_analysis)
        returned = (
            a is not None and a.countersign is not None and a.countersign.status is CountersignStatus.RETURNED
        )
        self.correct_analysis_button.setText("Rework ana&lysis…" if returned else "Correct ana&lysis…")
        for b in (self.correct_analysis_button, self.new_analysis_button):
            b.setVisible(a is not None and d is None)
        self.correct_analysis_button.setEnabled(a is not None and d is None)
        self.new_analysis_button.setEnabled(can_new)
        self.new_analysis_button.setToolTip(
            ov.cannot_start_analysis or "A new analysis, pre-filled from this one"
        )

    def _primary(
        self,
        button: QPushButton,
        what: str,
        letter: str,
        draft: ScreeningDetail | AnalysisDetail | None,
        signed: ScreeningDetail | AnalysisDetail | None,
        can_start: bool,
        reason: str | None,
    ) -> None:
        word = what.replace(letter, f"&{letter}", 1) if f"&{letter}" not in what else what
        if draft is not None:
            mine = draft.author_id == self._user.user_id and draft.read_only_reason is None
            button.setText(f"Continue {word}…" if mine else f"Read {word} draft…")
            button.setEnabled(True)
            button.setToolTip("")
        elif signed is not None:
            button.setText(f"Read {word}")
            button.setEnabled(True)
            button.setToolTip("")
        else:
            button.setText(f"Start {word}…")
            button.setEnabled(can_start)
            button.setToolTip(reason or "")

    # -- opening editors ----------------------------------------------------------------------------

    def _case_name(self) -> str:
        return f"{self._case.family_name.upper()}, {self._case.given_name}" if self._case else ""

    def open_screening(self, detail: ScreeningDetail) -> None:
        """Show a screening in the editor."""
        self.screening_editor.open_record(detail, self._case_name())
        self.stack.setCurrentWidget(self.screening_editor)

    def open_analysis(self, detail: AnalysisDetail) -> None:
        """Show an analysis in the editor."""
        self.analysis_editor.open_record(detail, self._case_name())
        self.stack.setCurrentWidget(self.analysis_editor)

    def _on_screening_button_clicked(self) -> None:
        ov = self._overview
        if ov is None or self._case is None:
            return
        if ov.screening_draft is not None:
            self.open_screening(ov.screening_draft)
        elif ov.screening is not None:
            self.open_screening(ov.screening)
        else:
            self._start(lambda: self._screenings.start_draft(self._user, self._case_pid()), "screening")

    def _on_correct_screening_button_clicked(self) -> None:
        ov = self._overview
        if ov is not None and ov.screening is not None:
            sid = ov.screening.screening_id
            self._start(lambda: self._screenings.supersede(self._user, sid), "screening")

    def _on_analysis_button_clicked(self) -> None:
        ov = self._overview
        if ov is None or self._case is None:
            return
        if ov.analysis_draft is not None:
            self.open_analysis(ov.analysis_draft)
        elif ov.analysis is not None:
            self.open_analysis(ov.analysis)
        else:
            self._start(lambda: self._analyses.start_draft(self._user, self._case_pid()), "analysis")

    def _on_correct_analysis_button_clicked(self) -> None:
        ov = self._overview
        if ov is not None and ov.analysis is not None:
            aid = ov.analysis.analysis_id
            self._start(lambda: self._analyses.supersede(self._user, aid), "analysis")

    def _on_new_analysis_button_clicked(self) -> None:
        if self._case is not None:
            self._start(lambda: self._analyses.start_draft(self._user, self._case_pid()), "analysis")

    def _case_pid(self) -> str:
        assert self._case is not None
        return self._case.prisoner_id

    def _start(
        self, call: Callable[[], tuple[ScreeningDetail | AnalysisDetail, ChangeSet]], kind: str
    ) -> None:
        try:
            detail, changes = call()
        except WorkbenchError as exc:
            self._inform(f"Cannot start the {kind}", exc.message)
            return
        self._bus.publish(changes)
        if isinstance(detail, ScreeningDetail):
            self.open_screening(detail)
        else:
            self.open_analysis(detail)

    # -- slots --------------------------------------------------------------------------------------

    def _on_editor_back_requested(self) -> None:
        self.show_overview()

    def _on_editor_signed(self, _record_id: str) -> None:
        self.stack.setCurrentWidget(self.overview_page)
        self.reload()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._case is None or self._case.prisoner_id not in changes.prisoner_ids:
            return
        if changes.entities & ROSH_ENTITIES and self.stack.currentWidget() is self.overview_page:
            self.reload()

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


__all__ = ["ROSH_ENTITIES", "RiskOfHarmTab"]
