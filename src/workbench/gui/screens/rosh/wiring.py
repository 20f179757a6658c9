"""Puts the risk-of-harm work into the main window (issue 8): the "Risk of harm" case tab, the Case
menu entries and their keys, and the manager's countersigning queue with its count.

Kept out of ``main_window.py`` so the window only calls :func:`install_risk_of_harm`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from workbench.casework.changes import ChangeSet
from workbench.casework.services import Services
from workbench.domain.errors import WorkbenchError
from workbench.gui.actions import WindowActions
from workbench.gui.caseload_pane import CaseloadPane
from workbench.gui.events import EventBus
from workbench.gui.screens.case.page import CasePage
from workbench.gui.screens.countersign.dialog import CountersignDialog
from workbench.gui.screens.rosh.tab import RiskOfHarmTab
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser

RISK_OF_HARM_KEY = "Ctrl+Shift+H"
COUNTERSIGN_KEY = "Ctrl+Shift+K"
_QUEUE_ENTITIES = frozenset({"rosh_screening", "rosh_analysis", "risk_management_plan", "countersignature"})


@dataclass
class RiskOfHarmUi:
    """What :func:`install_risk_of_harm` built, for the window and the tests."""

    tab: RiskOfHarmTab
    tab_action: QAction
    filter_action: QAction
    countersign_action: QAction | None
    open_countersign: Callable[[], CountersignDialog | None]


def install_risk_of_harm(
    window: QMainWindow,
    case_page: CasePage,
    pane: CaseloadPane,
    actions: WindowActions,
    services: Services,
    user: CurrentUser,
    bus: EventBus,
    on_sign_in_required: Callable[[], object],
) -> RiskOfHarmUi:
    """Build the tab, the Case menu entries ("Risk of harm", and for managers "Countersign queue (N)")."""
    tab = RiskOfHarmTab(
        services.rosh, services.rosh_screening, services.rosh_analysis, user, bus, services.auth
    )
    tab.sign_in_required.connect(on_sign_in_required)
    case_page.add_case_tab(tab, "Risk of harm", "RoSH screening, full analysis and countersigning")

    def show_tab() -> None:
        if case_page.case is not None:
            case_page.show_tab(tab)

    # The caseload filter (the pane's check box is not on its crowded bar): View menu, checkable.
    only = QAction("Only cases awaiting &countersignature", window)
    only.setObjectName("awaitingCountersignatureAction")
    only.setCheckable(True)
    only.toggled.connect(pane.countersign_check.setChecked)
    pane.countersign_check.toggled.connect(only.setChecked)  # cleared with the other filters
    actions.view_menu.insertAction(actions.attention, only)

    tab_action = QAction("Risk of &harm", window)
    tab_action.setShortcut(QKeySequence(RISK_OF_HARM_KEY))
    tab_action.triggered.connect(lambda _checked=False: show_tab())
    window.addAction(tab_action)
    actions.case_menu.insertAction(actions.sync_now, tab_action)

    countersign_action: QAction | None = None
    dialogs: list[CountersignDialog] = []

    def open_countersign() -> CountersignDialog | None:
        if not allows(user.role, Permission.COUNTERSIGN):
            return None
        dialog = CountersignDialog(services.countersign, user, bus, window)
        dialog.finished.connect(dialog.deleteLater)
        dialogs[:] = [dialog]
        dialog.open()
        return dialog

    if allows(user.role, Permission.COUNTERSIGN):
        action = QAction("Countersi&gn queue…", window)
        action.setObjectName("countersignQueueAction")
        action.setShortcut(QKeySequence(COUNTERSIGN_KEY))
        action.triggered.connect(lambda _checked=False: open_countersign())
        window.addAction(action)
        actions.case_menu.insertAction(actions.sync_now, action)
        actions.case_menu.insertSeparator(actions.sync_now)
        countersign_action = action

        def update_count() -> None:
            try:
                n = services.countersign.count(user)
            except WorkbenchError:
                return
            action.setText(f"Countersi&gn queue ({n})…")
            action.setToolTip(f"{n} signed record{'s' if n != 1 else ''} awaiting your countersignature")

        def on_changed(changes: ChangeSet) -> None:
            if changes.entities & _QUEUE_ENTITIES:
                update_count()

        bus.changed.connect(on_changed)
        update_count()
    return RiskOfHarmUi(tab, tab_action, only, countersign_action, open_countersign)


__all__ = ["COUNTERSIGN_KEY", "RISK_OF_HARM_KEY", "RiskOfHarmUi", "install_risk_of_harm"]
