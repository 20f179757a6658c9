"""The caseload's plan status filter in the View menu (issue 9 point 6).

The caseload bar has no room for another control on a 1024-pixel wing screen, so the pane's plan
filter (``CaseloadPane.plan_filter``) is chosen from View → "Plan status": one checkable entry per
choice, kept in step with the pane (clearing the filters resets it to "All plans").
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from workbench.gui.caseload_pane import CaseloadPane


def install_plan_filter(owner: QWidget, pane: CaseloadPane, view_menu: QMenu) -> QMenu:
    """Add View → "Plan status" with one exclusive entry per choice of ``pane.plan_filter``."""
    menu = QMenu("Plan s&tatus", owner)
    menu.setObjectName("planStatusMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    entries: list[QAction] = []
    combo = pane.plan_filter
    for i in range(combo.count()):
        action = QAction(combo.itemText(i), menu)
        action.setCheckable(True)
        action.setChecked(i == combo.currentIndex())
        action.triggered.connect(lambda _checked=False, index=i: combo.setCurrentIndex(index))
        group.addAction(action)
        menu.addAction(action)
        entries.append(action)

    def follow(index: int) -> None:
        if 0 <= index < len(entries):
            entries[index].setChecked(True)

    combo.currentIndexChanged.connect(follow)
    # Clearing the filters resets the choice without a signal of its own; follow the pane then too.
    pane.filters_changed.connect(lambda: follow(combo.currentIndex()))
    view_menu.addMenu(menu)
    return menu


__all__ = ["install_plan_filter"]
