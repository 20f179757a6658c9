"""Wire the initial interview into the main window: the case page's tab and button, and the Case menu.

Kept here so the shared window and case page each take only a line or two (issue 8 is built by several
people at once). ``install_interview(window)`` is called once by ``MainWindow.__init__``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from workbench.casework.dto.interview import InterviewDetail, ReferralDetail
from workbench.domain.errors import WorkbenchError
from workbench.gui.screens.interview.panel import InterviewPanel
from workbench.gui.screens.interview.referral_dialog import ReferralStatusDialog
from workbench.gui.screens.interview.wizard import InterviewWizard
from workbench.security.permissions import Permission, allows

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any

INTERVIEW_SHORTCUT = "Ctrl+Shift+I"


class InterviewHookup:
    """Opens the wizard for the selected (or given) prisoner; holds the panel and the menu action."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        services, user = window.services, window.user
        self.panel = InterviewPanel(services.interviews, user, window.bus)
        window.case_page.set_interview_widget(self.panel)
        self.panel.open_requested.connect(self.open_interview)
        self.panel.correct_requested.connect(self._on_panel_correct_requested)
        self.panel.referral_update_requested.connect(self._on_panel_referral_update_requested)
        window.case_page.interview_button.clicked.connect(lambda: self.open_interview(None))
        self.action = QAction("Initial &interview…", window)
        self.action.setObjectName("interviewAction")
        self.action.setShortcut(QKeySequence(INTERVIEW_SHORTCUT))
        self.action.triggered.connect(lambda _checked=False: self.open_interview(None))
        self.action.setEnabled(allows(user.role, Permission.VIEW_CASELOAD))
        window.addAction(self.action)  # the key works wherever the focus is in the window
        menu = window.window_actions.case_menu
        separator = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(separator, self.action)
        self.wizard: InterviewWizard | None = None
        # The assessment's need sections offer the interview's answers as evidence (nothing typed twice).
        window.assessment_widget.evidence_prompts = lambda pid: services.interviews.evidence_prompts(
            user, pid
        )

    def open_interview(self, prisoner_id: str | None) -> InterviewWizard | None:
        """Resume the user's draft, start one, or read the draft or signed interview on the case."""
        window = self._window
        case = window._case_for(prisoner_id)
        if case is None:
            return None
        service, user = window.services.interviews, window.user
        try:
            ov = service.overview(user, case.prisoner_id)
            detail: InterviewDetail | None = ov.draft or None
            if detail is None and ov.latest is None:
                if not ov.can_start:
                    QMessageBox.information(window, "Initial interview", ov.cannot_start_reason or "")
                    return None
                detail, changes = service.start_draft(user, case.prisoner_id)
                window.bus.publish(changes)
            elif detail is None:
                detail = ov.latest
        except WorkbenchError as exc:
            QMessageBox.warning(window, "Initial interview", exc.message)
            return None
        assert detail is not None
        return self._show(case, detail)

    def _show(self, case: Any, detail: InterviewDetail) -> InterviewWizard:
        window = self._window
        wizard = InterviewWizard(
            window.services.interviews,
            window.services.auth,
            window.user,
            window.bus,
            case,
            detail,
            window.services.ctx.today(),
            parent=window,
        )
        wizard.sign_in_required.connect(window._on_assessment_widget_sign_in_required)
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()
        # Without a window manager (kiosk wing terminals) nothing hands the new dialog the keyboard.
        wizard.activateWindow()
        return wizard

    def _on_panel_correct_requested(self, interview_id: str) -> None:
        window = self._window
        case = window.case_page.case
        if case is None:
            return
        try:
            detail, changes = window.services.interviews.supersede(window.user, interview_id)
        except WorkbenchError as exc:
            QMessageBox.warning(window, "Cannot correct the interview", exc.message)
            return
        window.bus.publish(changes)
        self._show(case, detail)

    def _on_panel_referral_update_requested(self, referral: ReferralDetail) -> None:
        window = self._window
        dialog = ReferralStatusDialog(
            window.services.interviews, window.user, window.bus, referral, window.services.ctx.today(), window
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def install_interview(window: MainWindow) -> InterviewHookup:
    """Add the interview to the window (called once from ``MainWindow.__init__``)."""
    return InterviewHookup(window)
