"""The case page's Reviews tab: handover, the open review's reasons and due date, the signed reviews.

Issue 10 points 2 and 4. Read-only: "Record review…" and "Open / correct…" ask the hookup to open the
review dialog. Refreshes when a write touches reviews, review tasks or the sentence of the case shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.review_record import ReviewDetail, ReviewsOverview
from workbench.casework.handover import HandoverService
from workbench.casework.reviews.record import ReviewRecordService
from workbench.domain.dates import format_date
from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.screens.handover.panel import HandoverPanel
from workbench.gui.theme import set_role
from workbench.security.principal import CurrentUser

_REFRESH_ON = frozenset({"review", "review_draft", "review_task", "sentence", "prisoner", "plan_objective"})


def describe_review(review: ReviewDetail) -> str:
    """One line of the signed reviews list."""
    form = review.form
    when = format_date(form.review_date) if form.review_date else "no date"
    nxt = f"; next review {format_date(form.next_review_on)}" if form.next_review_on else ""
    text = f"Review of {when} by {review.author_name}{nxt}"
    if review.supersedes_id:
        text += " (a correction)"
    if review.superseded_by_id:
        text += " — corrected by a later review"
    return text


class ReviewsTab(QWidget):
    """Handover panel, the open review and the list of signed reviews for the case shown."""

    record_requested = Signal(str)
    """The user asked to record (or resume) a review of this prisoner (prisoner id)."""
    correct_requested = Signal(str)
    """The user asked to correct a signed review (its id)."""
    open_requested = Signal(str)
    """The user asked to read a signed review (its id): Enter or a double click on the list."""

    def __init__(
        self,
        reviews: ReviewRecordService,
        handover: HandoverService,
        user: CurrentUser,
        bus: EventBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsTab")
        self._reviews, self._handover, self._user = reviews, handover, user
        self._case: CaseDetail | None = None
        self.overview: ReviewsOverview | None = None
        self.handover_panel = HandoverPanel()
        self.open_box = QGroupBox("Open review")
        self.due = QLabel()
        self.due.setObjectName("reviewDue")
        self.due.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setObjectName("reviewReasons")
        self.reasons.setWordWrap(True)
        self.draft_note = QLabel()
        set_role(self.draft_note, "muted")
        self.draft_note.setWordWrap(True)
        box = QVBoxLayout(self.open_box)
        for label in (self.due, self.reasons, self.draft_note):
            box.addWidget(label)
        self.signed = QListWidget()
        self.signed.setObjectName("signedReviews")
        self.signed.setAccessibleName("Signed reviews")
        self.record_button = QPushButton("Record revie&w…")
        self.record_button.setObjectName("recordReviewButton")
        self.correct_button = QPushButton("Co&rrect review…")
        self.correct_button.setObjectName("correctReviewButton")
        self.correct_button.setToolTip("Correct the selected signed review: the correction supersedes it")
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.signed.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.signed.itemActivated.connect(self._on_signed_item_activated)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        signed_label = QLabel("&Signed reviews (newest first):")
        signed_label.setBuddy(self.signed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.handover_panel)
        layout.addWidget(self.open_box)
        layout.addLayout(buttons)
        layout.addWidget(signed_label)
        layout.addWidget(self.signed, 1)
        bus.changed.connect(self._on_bus_changed)
        self.clear()

    # -- CaseTab ------------------------------------------------------------------------------------

    def show_case(self, case: CaseDetail) -> None:
        """Show this prisoner's handover and reviews."""
        self._case = case
        self.refresh()

    def clear(self) -> None:
        """No case shown."""
        self._case = None
        self.overview = None
        self.handover_panel.clear()
        self.due.setText("Select a prisoner to see their reviews.")
        self.reasons.clear()
        self.draft_note.clear()
        self.signed.clear()
        self._update_buttons()

    def refresh(self) -> None:
        """Read the case again."""
        case = self._case
        if case is None:
            return
        try:
            self.handover_panel.show_view(self._handover.for_case(self._user, case.prisoner_id))
            ov = self._reviews.overview(self._user, case.prisoner_id)
        except WorkbenchError as exc:
            self.due.setText(exc.message)
            return
        self.overview = ov
        if ov.due_on is None:
            self.due.setText("No review is due: no open reasons.")
            self.reasons.clear()
        else:
            self.due.setText(f"Review due {format_date(ov.due_on)}.")
            self.reasons.setText(
                "Reasons: " + "; ".join(f"{t.label} (due {format_date(t.due_on)})" for t in ov.open_tasks)
            )
        if ov.draft is not None:
            self.draft_note.setText(
                f"A draft review by {ov.draft.author_name} is open"
                + ("" if ov.draft.read_only_reason else ": “Record review…” resumes it.")
            )
        elif not ov.can_write:
            self.draft_note.setText(ov.cannot_start_reason or "")
        else:
            self.draft_note.clear()
        self.signed.clear()
        for review in ov.signed:
            item = QListWidgetItem(describe_review(review))
            item.setData(0x0100, review.review_id)
            self.signed.addItem(item)
        if not ov.signed:
            self.signed.addItem(QListWidgetItem("No review signed yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ov = self.overview
        self.record_button.setEnabled(ov is not None and (ov.can_start or ov.draft is not None))
        self.correct_button.setEnabled(
            ov is not None and ov.can_start and self._selected_review() is not None
        )

    def _selected_review(self) -> ReviewDetail | None:
        ov = self.overview
        item = self.signed.currentItem()
        if ov is None or item is None:
            return None
        review_id = item.data(0x0100)
        return next((r for r in ov.signed if r.review_id == review_id and not r.superseded_by_id), None)

    # -- slots ------------------------------------------------------------------------------------------

    def _on_record_button_clicked(self) -> None:
        if self._case is not None:
            self.record_requested.emit(self._case.prisoner_id)

    def _on_correct_button_clicked(self) -> None:
        review = self._selected_review()
        if review is not None:
            self.correct_requested.emit(review.review_id)

    def _on_signed_item_activated(self, item: QListWidgetItem) -> None:
        review_id = item.data(0x0100)
        if review_id:
            self.open_requested.emit(str(review_id))

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        case = self._case
        if case is None or case.prisoner_id not in changes.prisoner_ids:
            return
        if changes.entities & _REFRESH_ON:
            self.refresh()
