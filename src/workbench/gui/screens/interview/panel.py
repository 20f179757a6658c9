"""The case page's Interview tab: the signed interview (or the draft in progress) and its referrals.

The referrals are tracked after signing: their status is updated here (class B, merged per field).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.interview import InterviewOverview, ReferralDetail
from workbench.casework.interview import InterviewService
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.screens.interview.wizard import _summary_html
from workbench.gui.theme import set_role
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser

INTERVIEW_ENTITIES = frozenset(
    {"initial_interview", "initial_interview_draft", "interview_referral", "contact_entry"}
)


class InterviewPanel(QWidget):
    """What the case shows of the initial interview; asks the window to open the wizard."""

    open_requested = Signal(str)
    """Open (start, resume or read) the interview (prisoner id)."""
    correct_requested = Signal(str)
    """Correct the signed interview (interview id)."""
    referral_update_requested = Signal(object)
    """Update a referral's status (``ReferralDetail``)."""
    discarded = Signal(str)
    """The user's own draft was discarded (interview id)."""

    def __init__(self, service: InterviewService, user: CurrentUser, bus: EventBus) -> None:
        super().__init__()
        self.setObjectName("interviewPanel")
        self._service, self._user = service, user
        self._prisoner_id: str | None = None
        self.overview: InterviewOverview | None = None
        self.status_label = QLabel()
        self.status_label.setObjectName("interviewStatus")
        self.status_label.setWordWrap(True)
        self.open_button = QPushButton("Open interview…")
        self.open_button.setObjectName("openInterview")
        self.correct_button = QPushButton("Correct interview…")
        self.correct_button.setObjectName("correctInterview")
        self.discard_button = QPushButton("Discard draft…")
        self.discard_button.setObjectName("discardInterviewDraft")
        self.discard_button.setToolTip("Throw away your interview draft (a first contact it recorded stays)")
        self.update_button = QPushButton("Update referral &status…")
        self.update_button.setObjectName("updateReferral")
        self.update_button.setToolTip("Change the status of the selected referral")
        row = QHBoxLayout()
        for b in (self.open_button, self.correct_button, self.discard_button, self.update_button):
            row.addWidget(b)
        row.addStretch(1)
        self.referrals = QTableWidget(0, 6)
        self.referrals.setObjectName("interviewReferrals")
        self.referrals.setHorizontalHeaderLabels(
            ["Area", "What is needed", "Owner", "Status", "Raised", "Changed"]
        )
        self.referrals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals.verticalHeader().setVisible(False)
        self.referrals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.referrals.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.referrals.setAccessibleName("Referrals raised at the initial interview")
        self.summary = QTextBrowser()
        self.summary.setObjectName("interviewSummary")
        self.summary.setAccessibleName("The signed initial interview")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addWidget(QLabel("Referrals"))
        layout.addWidget(self.referrals, 1)
        layout.addWidget(self.summary, 2)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self._bus = bus
        self.referrals.itemSelectionChanged.connect(self._update_buttons)
        bus.changed.connect(self._on_bus_changed)
        self.clear()

    def show_case(self, case: CaseDetail) -> None:
        """Show the prisoner's interview and referrals."""
        self._prisoner_id = case.prisoner_id
        self.reload()

    def clear(self) -> None:
        self._prisoner_id = None
        self.overview = None
        self.status_label.setText("")
        self.referrals.setRowCount(0)
        self.summary.clear()
        self._update_buttons()

    def reload(self) -> None:
        """Fetch the overview again."""
        if self._prisoner_id is None:
            return
        try:
            ov = self._service.overview(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            self.clear()
            self.status_label.setText(exc.message)
            return
        self.overview = ov
        self._render(ov)

    def selected_referral(self) -> ReferralDetail | None:
        """The referral selected in the table."""
        if self.overview is None:
            return None
        rows = self.referrals.selectionModel().selectedRows()
        return self.overview.referrals[rows[0].row()] if rows else None

    def _render(self, ov: InterviewOverview) -> None:
        parts: list[str] = []
        if ov.latest is not None:
            parts.append(
                f"<b>Signed</b> by {escape(ov.latest.signed_by_name or '')} on "
                f"{(ov.latest.signed_at or ov.latest.created_at):%d %b %Y}."
            )
        if ov.draft is not None:
            owner = (
                "your draft"
                if ov.draft.author_id == self._user.user_id
                else f"draft by {ov.draft.author_name}"
            )
            done = sum(p.complete for p in ov.draft.progress[:-1])
            parts.append(
                f"<b>In progress</b> ({escape(owner)}): {done} of {len(ov.draft.progress) - 1} steps "
                "complete."
            )
        if not parts:
            parts.append("No initial interview yet.")
            set_role(self.status_label, "warning")
        else:
            set_role(self.status_label, "")
        self.status_label.setText(" ".join(parts))
        if ov.draft is not None:
            self.open_button.setText(
                "Resume interview…" if ov.draft.author_id == self._user.user_id else "Read draft…"
            )
        elif ov.latest is not None:
            self.open_button.setText("Read interview…")
        else:
            self.open_button.setText("Start interview…")
        self.referrals.setRowCount(len(ov.referrals))
        for i, r in enumerate(ov.referrals):
            cells = [
                r.area.label,
                r.need,
                f"{r.owner_role.label}: {r.owner_name}",
                r.status.label,
                f"{r.raised_on:%d %b %Y}",
                f"{r.status_changed_on:%d %b %Y}" + (f" ({r.updated_by_name})" if r.updated_by_name else ""),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(r.status_note or text)
                self.referrals.setItem(i, j, item)
        self.summary.setHtml(_summary_html(ov.latest) if ov.latest is not None else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ov = self.overview
        can_open = ov is not None and (ov.draft is not None or ov.latest is not None or ov.can_start)
        can_correct = ov is not None and ov.latest is not None and ov.draft is None
        self.open_button.setEnabled(can_open)
        own_draft = ov is not None and ov.draft is not None and ov.draft.read_only_reason is None
        self.discard_button.setEnabled(own_draft)
        self.correct_button.setEnabled(can_correct and allows(self._user.role, Permission.INTERVIEW))
        self.update_button.setEnabled(
            self.selected_referral() is not None and allows(self._user.role, Permission.UPDATE_REFERRALS)
        )

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._prisoner_id in changes.prisoner_ids and changes.entities & INTERVIEW_ENTITIES:
            self.reload()

    def _on_open_button_clicked(self) -> None:
        if self._prisoner_id is not None:
            self.open_requested.emit(self._prisoner_id)

    def _on_correct_button_clicked(self) -> None:
        if self.overview is not None and self.overview.latest is not None:
            self.correct_requested.emit(self.overview.latest.interview_id)

    def _on_discard_button_clicked(self) -> None:
        ov = self.overview
        if ov is None or ov.draft is None:
            return
        # An abandoned draft would stop anyone else starting the interview: its author can throw it away.
        answer = QMessageBox.question(
            self,
            "Discard the interview draft",
            "Discard your interview draft? Its answers will not be used; a first contact it recorded stays.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self._service.discard_draft(self._user, ov.draft.interview_id)
        except WorkbenchError as exc:
            QMessageBox.warning(self, "Could not discard", exc.message)
            return
        self._bus.publish(changes)
        self.discarded.emit(ov.draft.interview_id)

    def _on_update_button_clicked(self) -> None:
        referral = self.selected_referral()
        if referral is not None:
            self.referral_update_requested.emit(referral)
