"""Wire recording a review into the main window: the case page's Reviews tab (with the handover panel),
the Case menu entry "Record review…" and its shortcut (issue 10 points 2 and 4).

``install_reviews(window)`` is called once, by ``gui/screens/review_install.py``. The record service is
built here from the window's context until the composition root holds it (``services.reviews`` belongs
to the review-trigger work).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from workbench.casework.dto.review_record import ReviewDetail, ReviewsOverview
from workbench.domain.errors import WorkbenchError
from workbench.gui.screens.reviews.dialog import ReviewRecordDialog
from workbench.gui.screens.reviews.tab import ReviewsTab

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any

RECORD_REVIEW_SHORTCUT = "Ctrl+Shift+E"


class ReviewsHookup:
    """Holds the Reviews tab and the menu action; opens the review dialog."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        services = window.services
        self.service = services.review_records
        self.tab = ReviewsTab(self.service, services.handover, window.user, window.bus)
        window.case_page.add_case_tab(
            self.tab, "Reviews", "Handover to the community, the open review and the signed reviews"
        )
        self.tab.record_requested.connect(self.open_review)
        self.tab.correct_requested.connect(self._on_tab_correct_requested)
        self.tab.open_requested.connect(self._on_tab_open_requested)
        self.action = QAction("Record re&view…", window)
        self.action.setObjectName("recordReviewAction")
        self.action.setShortcut(QKeySequence(RECORD_REVIEW_SHORTCUT))
        self.action.triggered.connect(lambda _checked=False: self.open_review(None))
        window.addAction(self.action)  # the key works wherever the focus is in the window
        menu = window.window_actions.case_menu
        separator = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(separator, self.action)
        self.dialog: ReviewRecordDialog | None = None

    def open_review(self, prisoner_id: str | None) -> ReviewRecordDialog | None:
        """Resume the user's draft, read someone else's, or start a new review of the prisoner."""
        window = self._window
        case = window._case_for(prisoner_id)
        if case is None:
            return None
        try:
            ov = self.service.overview(window.user, case.prisoner_id)
            detail = ov.draft
            if detail is None:
                if not ov.can_start:
                    QMessageBox.information(window, "Record review", ov.cannot_start_reason or "")
                    return None
                detail, changes = self.service.start_draft(window.user, case.prisoner_id)
                window.bus.publish(changes)
                ov = self.service.overview(window.user, case.prisoner_id)
        except WorkbenchError as exc:
            QMessageBox.warning(window, "Record review", exc.message)
            return None
        return self._show(case, detail, ov)

    def _on_tab_correct_requested(self, review_id: str) -> None:
        window = self._window
        case = window.case_page.case
        if case is None:
            return
        try:
            detail, changes = self.service.start_draft(window.user, case.prisoner_id, correcting=review_id)
            window.bus.publish(changes)
            ov = self.service.overview(window.user, case.prisoner_id)
        except WorkbenchError as exc:
            QMessageBox.warning(window, "Cannot correct the review", exc.message)
            return
        self._show(case, detail, ov)

    def _on_tab_open_requested(self, review_id: str) -> None:
        """Show a signed review read-only (its dialog offers no save or sign)."""
        window = self._window
        case = window.case_page.case
        ov = self.tab.overview
        if case is None or ov is None:
            return
        detail = next((r for r in ov.signed if r.review_id == review_id), None)
        if detail is not None:
            self._show(case, detail, ov)

    def _show(self, case: Any, detail: ReviewDetail, ov: ReviewsOverview) -> ReviewRecordDialog:
        window = self._window
        dialog = ReviewRecordDialog(
            self.service,
            window.services.auth,
            window.user,
            window.bus,
            case,
            detail,
            ov.open_tasks,
            window.services.ctx.today(),
            parent=window,
        )
        dialog.sign_in_required.connect(window._on_assessment_widget_sign_in_required)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        # Without a window manager (kiosk wing terminals) nothing hands the new dialog the keyboard.
        dialog.activateWindow()
        if window.case_page.case is not None and window.case_page.case.prisoner_id == case.prisoner_id:
            window.case_page.show_tab(self.tab)
        return dialog


def install_reviews(window: MainWindow) -> ReviewsHookup:
    """Build the Reviews tab, the Case menu entry and the shortcut on ``window``."""
    return ReviewsHookup(window)
