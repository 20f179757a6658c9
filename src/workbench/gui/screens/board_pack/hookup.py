"""Wire the board pack (preview, print, save) into the main window (issue 10 point 6).

The Case menu's "Board pack…" (Ctrl+Shift+B) opens ``BoardPackDialog`` for the selected prisoner:
choose the pack, the prisoner's copy, the wing briefing or the blank contribution forms, generate it
off the GUI thread, look at it, print it or save it as a PDF.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from workbench.gui.screens.board_pack.dialog import BoardPackDialog
from workbench.security.permissions import Permission, allows

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any

BOARD_PACK_SHORTCUT = "Ctrl+Shift+B"


class BoardPackHookup:
    """Holds the Case-menu action and the open dialog (``window.review_screens.board_pack``)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.dialog: BoardPackDialog | None = None
        self.action = QAction("Board pac&k…", window)
        self.action.setObjectName("boardPackAction")
        self.action.setShortcut(QKeySequence(BOARD_PACK_SHORTCUT))
        self.action.setToolTip("Print the board pack, the prisoner's copy, the wing briefing or blank forms")
        self.action.triggered.connect(lambda _checked=False: self.open_pack(None))
        self.action.setEnabled(allows(window.user.role, Permission.PRINT_BOARD_PACKS))
        window.addAction(self.action)  # the key works wherever the focus is in the window
        menu = window.window_actions.case_menu
        separator = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(separator, self.action)

    def open_pack(self, prisoner_id: str | None) -> BoardPackDialog | None:
        """Open the dialog for ``prisoner_id`` (or the selected prisoner)."""
        window = self._window
        case = window._case_for(prisoner_id)
        if case is None:
            return None
        label = f"{case.family_name.upper()}, {case.given_name} ({case.noms_number})"
        self.dialog = BoardPackDialog(
            window.services.board_pack, window.user, window.tasks, case.prisoner_id, label, window
        )
        self.dialog.open()
        return self.dialog


def install_board_pack(window: MainWindow) -> object:
    """Build this part's menu entry and shortcut on ``window``; returns the hookup."""
    return BoardPackHookup(window)
