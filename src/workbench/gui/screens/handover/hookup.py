"""Wire the handover (who is responsible, the dates, why) into the main window (issue 10 point 2).

The panel itself sits at the top of the Reviews tab (``gui/screens/reviews/tab.py``), which
``install_reviews`` builds first; this adds the caseload filter "Handover within 3 months" to the View
menu (the caseload bar has no room for another check box at 1024 pixels).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction

from workbench.gui.screens.handover.panel import HandoverPanel

MainWindow = Any


@dataclass
class HandoverUi:
    """What :func:`install_handover` built or found, for the window and the tests."""

    panel: HandoverPanel | None
    filter_action: QAction


def install_handover(window: MainWindow) -> HandoverUi:
    """Add the View menu's "Only cases with handover within 3 months" (checkable, cleared with the rest)."""
    pane = window.pane
    only = QAction("Only cases with hando&ver within 3 months", window)
    only.setObjectName("handoverSoonAction")
    only.setCheckable(True)
    only.toggled.connect(pane.handover_check.setChecked)
    pane.handover_check.toggled.connect(only.setChecked)
    # "Clear filters" unticks the box with its signals blocked: follow it through filters_changed.
    pane.filters_changed.connect(lambda: only.setChecked(pane.handover_check.isChecked()))
    window.window_actions.view_menu.addAction(only)
    return HandoverUi(window.findChild(HandoverPanel), only)
