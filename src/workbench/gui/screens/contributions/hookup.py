"""Wire department contributions into the window (issue 9 point 3).

The plan tab's "Contributions" section (requests, contributions received, items merged), the
contributor's "Contribution requests" queue (View menu, Ctrl+Shift+R), and the request, write and merge
dialogs. Kept here so the shared window and plan tab take no more than the call to ``install_contributions``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from workbench.casework.dto.contributions import ContributionDetail, RequestRow
from workbench.domain.errors import WorkbenchError
from workbench.domain.plan import ContributionStatus
from workbench.gui.screens.contributions.merge_dialog import ContributionMergeDialog
from workbench.gui.screens.contributions.queue import ContributionQueueDialog
from workbench.gui.screens.contributions.request_dialog import ContributionRequestDialog
from workbench.gui.screens.contributions.section import ContributionsSection
from workbench.gui.screens.contributions.withdraw_dialog import ContributionWithdrawDialog
from workbench.gui.screens.contributions.write_dialog import ContributionWriteDialog
from workbench.gui.widgets.forms import show_problem
from workbench.security.permissions import Permission, allows

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any

QUEUE_SHORTCUT = "Ctrl+Shift+R"

D = TypeVar("D", bound=QDialog)


class ContributionsHookup:
    """Holds the section, the queue action and whichever contribution dialog is open."""

    def __init__(self, window: MainWindow, sections: Any) -> None:
        self._window = window
        services, user = window.services, window.user
        self.section = ContributionsSection(services.contributions, user, window.bus)
        sections.add_section(
            self.section, "Contributions", "Department contributions: request, write, merge into the plan"
        )
        self.section.request_requested.connect(self.open_request)
        self.section.write_requested.connect(self.open_write)
        self.section.merge_requested.connect(self.open_merge)
        self.section.withdraw_requested.connect(self.open_withdraw)
        self.queue_action = QAction("Contri&bution requests…", window)
        self.queue_action.setObjectName("contributionQueueAction")
        self.queue_action.setShortcut(QKeySequence(QUEUE_SHORTCUT))
        self.queue_action.setEnabled(allows(user.role, Permission.CONTRIBUTE))
        self.queue_action.triggered.connect(lambda _checked=False: self.open_queue())
        window.addAction(self.queue_action)  # the key works wherever the focus is in the window
        window.window_actions.view_menu.addAction(self.queue_action)
        self.queue: ContributionQueueDialog | None = None
        self.dialog: QWidget | None = None

    def open_queue(self) -> ContributionQueueDialog:
        """The contributor's "Contribution requests" screen."""
        window = self._window
        if self.queue is None:
            self.queue = ContributionQueueDialog(
                window.services.contributions, window.user, window.bus, window
            )
            self.queue.write_requested.connect(self.open_write)
        self.queue.refresh()
        self.queue.open()
        self.queue.activateWindow()  # no window manager on kiosk terminals hands it the keyboard
        return self.queue

    def open_request(self) -> ContributionRequestDialog | None:
        """Request a contribution for the case shown."""
        window, case = self._window, self.section.case
        if case is None:
            return None
        dialog = ContributionRequestDialog(
            window.services.contributions, window.user, window.bus, case, window.services.ctx.today(), window
        )
        return self._open(dialog)

    def open_write(self, request: RequestRow) -> ContributionWriteDialog | None:
        """Write the contribution answering ``request``."""
        window = self._window
        services = window.services
        if request.status in (ContributionStatus.MERGED, ContributionStatus.WITHDRAWN):
            state = request.status.label.lower()
            show_problem(window, WorkbenchError(f"This request is {state}: there is nothing more to write."))
            return None
        try:
            case = services.contributions.case_for_contributor(window.user, request.prisoner_id)
            catalogue = services.ctx.interventions()
            previous = services.contributions.latest_for_request(window.user, request.request_id)
        except WorkbenchError as exc:
            show_problem(window, exc)
            return None
        parent = self.queue if self.queue is not None and self.queue.isVisible() else window
        dialog = ContributionWriteDialog(
            services.contributions,
            window.user,
            window.bus,
            request,
            case,
            catalogue,
            services.ctx.today(),
            parent,
            previous,
        )
        return self._open(dialog)

    def open_merge(self, contribution: ContributionDetail) -> ContributionMergeDialog | None:
        """Merge ``contribution`` into the plan."""
        window = self._window
        if contribution.merged:
            show_problem(window, WorkbenchError("This contribution is already merged into the plan."))
            return None
        dialog = ContributionMergeDialog(
            window.services.contributions, window.user, window.bus, contribution, window
        )
        return self._open(dialog)

    def open_withdraw(self, request: RequestRow) -> ContributionWithdrawDialog:
        """Withdraw ``request`` (with the reason)."""
        window = self._window
        dialog = ContributionWithdrawDialog(
            window.services.contributions, window.user, window.bus, request, window
        )
        return self._open(dialog)

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog


def install_contributions(window: MainWindow, sections: Any) -> ContributionsHookup:
    """Add the contributions section to the plan tab (``sections.add_section``) and its menu entries."""
    return ContributionsHookup(window, sections)
