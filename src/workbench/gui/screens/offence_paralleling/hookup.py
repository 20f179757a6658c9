"""Wire the offence-paralleling flag into the main window (issue 10 point 1).

Case → "Flag offence-paralleling…" (Ctrl+Shift+O) and a button on the Contact log tab, where security
and adjudication entries are read, open ``OffenceParallelingDialog`` for the selected prisoner. Only roles
with ``PLAN_RISK`` (supervisors, managers) are offered it; the service checks again.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from workbench.gui.screens.offence_paralleling.dialog import OffenceParallelingDialog
from workbench.security.permissions import Permission, allows

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any

FLAG_SHORTCUT: Final = "Ctrl+Shift+O"
_TIP = "Flag an adjudication or security information as offence-paralleling behaviour (Ctrl+Shift+O)"


class OffenceParallelingHookup:
    """Holds the Case-menu action, the Contact log button and the open dialog."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.dialog: OffenceParallelingDialog | None = None
        allowed = allows(window.user.role, Permission.PLAN_RISK)
        self.action = QAction("Flag &offence-paralleling…", window)
        self.action.setObjectName("offenceParallelingAction")
        self.action.setShortcut(QKeySequence(FLAG_SHORTCUT))
        self.action.setToolTip(_TIP)
        self.action.setEnabled(allowed)
        self.action.triggered.connect(lambda _checked=False: self.open_flag(None))
        window.addAction(self.action)  # the key works wherever the focus is in the window
        menu = window.window_actions.case_menu
        separator = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(separator, self.action)
        self.button = QPushButton("Flag offence-paralleling…")
        self.button.setObjectName("offenceParallelingButton")
        self.button.setToolTip(_TIP)
        self.button.setEnabled(allowed)
        self.button.clicked.connect(lambda _checked=False: self.open_flag(None))
        log = window.contact_log
        log.button_bar.insertWidget(log.button_bar.indexOf(log.add_button), self.button)

    def open_flag(self, prisoner_id: str | None) -> OffenceParallelingDialog | None:
        """Open the dialog for ``prisoner_id`` (or the selected prisoner)."""
        window = self._window
        case = window._case_for(prisoner_id)
        if case is None:
            return None
        label = f"{case.family_name.upper()}, {case.given_name} ({case.noms_number})"
        self.dialog = OffenceParallelingDialog(
            window.services.offence_paralleling,
            window.user,
            window.bus,
            case.prisoner_id,
            label,
            window.services.ctx.today(),
            window,
        )
        self.dialog.open()
        return self.dialog


def install_offence_paralleling(window: MainWindow) -> OffenceParallelingHookup:
    """Build the menu entry, shortcut and button on ``window``; returns the hookup."""
    return OffenceParallelingHookup(window)
