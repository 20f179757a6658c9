"""Wire interventions needed versus available into the window (issue 9 point 4).

The plan tab's "Interventions" section (the prisoner's ledger and transfer requests), the
establishment's "Unmet-need ledger" (View menu, Ctrl+Shift+U), and the requirement, completion and
transfer dialogs. Kept here so the shared window takes only the call to ``install_interventions``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from workbench.casework.dto.interventions import RequirementRow, TransferRow
from workbench.domain.errors import WorkbenchError
from workbench.gui.screens.interventions.complete_dialog import CompleteDialog
from workbench.gui.screens.interventions.ledger import LedgerDialog
from workbench.gui.screens.interventions.requirement_dialog import RequirementDialog
from workbench.gui.screens.interventions.section import InterventionsSection
from workbench.gui.screens.interventions.transfer_dialog import TransferDialog
from workbench.gui.widgets.forms import show_problem
from workbench.security.permissions import Permission, allows

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any

LEDGER_SHORTCUT = "Ctrl+Shift+U"

D = TypeVar("D", bound=QDialog)


class InterventionsHookup:
    """Holds the section, the ledger action and whichever intervention dialog is open."""

    def __init__(self, window: MainWindow, sections: Any) -> None:
        self._window = window
        services, user = window.services, window.user
        self.section = InterventionsSection(services.interventions, user, window.bus)
        sections.add_section(
            self.section,
            "Interventions",
            "Interventions needed, whatever is available; transfers for resources",
        )
        self.section.record_requested.connect(lambda: self.open_requirement(None))
        self.section.change_requested.connect(self.open_requirement)
        self.section.complete_requested.connect(self.open_complete)
        self.section.transfer_requested.connect(self.open_transfer)
        self.ledger_action = QAction("&Unmet-need ledger…", window)
        self.ledger_action.setObjectName("unmetNeedLedgerAction")
        self.ledger_action.setShortcut(QKeySequence(LEDGER_SHORTCUT))
        self.ledger_action.setEnabled(allows(user.role, Permission.VIEW_CASELOAD))
        self.ledger_action.triggered.connect(lambda _checked=False: self.open_ledger())
        window.addAction(self.ledger_action)  # the key works wherever the focus is in the window
        window.window_actions.view_menu.addAction(self.ledger_action)
        self.ledger: LedgerDialog | None = None
        self.dialog: QDialog | None = None

    def open_ledger(self) -> LedgerDialog:
        """The establishment's unmet-need ledger."""
        window = self._window
        if self.ledger is None:
            self.ledger = LedgerDialog(
                window.services.interventions, window.user, window.bus, window.services.ctx.today(), window
            )
        self.ledger.refresh()
        self.ledger.open()
        self.ledger.activateWindow()  # no window manager on kiosk terminals hands it the keyboard
        return self.ledger

    def open_requirement(self, existing: RequirementRow | None) -> RequirementDialog | None:
        """Record a required intervention for the case shown, or change ``existing``."""
        window, case = self._window, self.section.case
        if case is None:
            return None
        services = window.services
        try:
            catalogue = services.ctx.interventions()
            objectives = services.interventions.objectives(window.user, case.prisoner_id)
        except WorkbenchError as exc:
            show_problem(window, exc)
            return None
        dialog = RequirementDialog(
            services.interventions,
            window.user,
            window.bus,
            case,
            catalogue,
            objectives,
            services.ctx.today(),
            existing,
            window,
        )
        return self._open(dialog)

    def open_complete(self, requirement: RequirementRow) -> CompleteDialog:
        """Record that a delivered intervention has finished."""
        window = self._window
        dialog = CompleteDialog(
            window.services.interventions,
            window.user,
            window.bus,
            requirement,
            window.services.ctx.today(),
            window,
        )
        return self._open(dialog)

    def open_transfer(self, transfer: TransferRow | None) -> TransferDialog | None:
        """Request a transfer for resources (``transfer`` None) or move ``transfer`` on."""
        window, case = self._window, self.section.case
        if case is None:
            return None
        dialog = TransferDialog(
            window.services.interventions,
            window.user,
            window.bus,
            case,
            tuple(self.section.model.rows()),
            window.services.ctx.today(),
            transfer,
            window,
        )
        return self._open(dialog)

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog


def install_interventions(window: MainWindow, sections: Any) -> InterventionsHookup:
    """Add the interventions section to the plan tab (``sections.add_section``) and its menu entries."""
    return InterventionsHookup(window, sections)
