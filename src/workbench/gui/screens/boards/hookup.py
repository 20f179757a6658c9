"""Wire sentence planning boards into the main window (issue 10 point 5).

The "Boards" case tab, the Case menu's "Boards" submenu (go to the tab — Ctrl+Shift+D —, schedule a
board, record the chosen board) and the schedule, invite, cancel and record dialogs. Kept here so the
shared window takes nothing but the call to ``install_boards``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workbench.casework.dto.boards import BoardView
from workbench.domain.reviews import BoardStatus
from workbench.gui.screens.boards.dialogs import BoardCancelDialog, BoardInviteDialog, BoardScheduleDialog
from workbench.gui.screens.boards.record_dialog import BoardRecordDialog
from workbench.gui.screens.boards.tab import BoardsTab
from workbench.security.permissions import Permission, allows

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any

BOARDS_SHORTCUT = "Ctrl+Shift+D"

D = TypeVar("D", bound=QDialog)


class BoardsHookup:
    """Holds the Boards tab, the menu actions and whichever board dialog is open."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        services, user = window.services, window.user
        self.tab = BoardsTab(services.boards, user, window.bus)
        window.case_page.add_case_tab(
            self.tab, "Boards", f"Sentence planning boards: schedule, invite, record ({BOARDS_SHORTCUT})"
        )
        self.tab.schedule_requested.connect(self.open_schedule)
        self.tab.reschedule_requested.connect(self.open_reschedule)
        self.tab.cancel_requested.connect(self.open_cancel)
        self.tab.invite_requested.connect(self.open_invite)
        self.tab.record_requested.connect(self.open_record)
        can = allows(user.role, Permission.SCHEDULE_BOARDS)
        self.go_action = QAction("&Boards", window)
        self.go_action.setObjectName("boardsAction")
        self.go_action.setShortcut(QKeySequence(BOARDS_SHORTCUT))
        self.go_action.triggered.connect(lambda _checked=False: self.show_boards())
        self.schedule_action = QAction("&Schedule board…", window)
        self.schedule_action.setObjectName("scheduleBoardAction")
        self.schedule_action.setEnabled(can)
        self.schedule_action.triggered.connect(lambda _checked=False: self._schedule_from_menu())
        self.record_action = QAction("&Record board…", window)
        self.record_action.setObjectName("recordBoardAction")
        self.record_action.setEnabled(can)
        self.record_action.triggered.connect(lambda _checked=False: self._record_from_menu())
        window.addAction(self.go_action)  # the key works wherever the focus is in the window
        case_menu = window.window_actions.case_menu
        self.menu = case_menu.addMenu("Boar&ds")
        self.menu.setObjectName("boardsMenu")
        for action in (self.go_action, self.schedule_action, self.record_action):
            self.menu.addAction(action)
        separator = next((a for a in case_menu.actions() if a.isSeparator()), None)
        case_menu.removeAction(self.menu.menuAction())
        case_menu.insertMenu(separator, self.menu)
        self.dialog: QWidget | None = None

    # -- menu ----------------------------------------------------------------------------------

    def show_boards(self) -> bool:
        """Bring the Boards tab to the front for the case shown."""
        window = self._window
        if window.case_page.case is None:
            window._case_for(None)  # says "select a prisoner first" when none is selected
            return False
        window.layout_of_case.open_case()
        window.case_page.show_tab(self.tab)
        self.tab.boards.setFocus()
        return True

    def _schedule_from_menu(self) -> None:
        if self.show_boards():
            self.open_schedule()

    def _record_from_menu(self) -> None:
        if not self.show_boards():
            return
        board = self.tab.selected_board()
        if board is None or board.status is not BoardStatus.SCHEDULED:
            QMessageBox.information(self._window, "Record board", "Choose a scheduled board first.")
            return
        self.open_record(board)

    # -- dialogs -------------------------------------------------------------------------------

    def _label(self) -> str:
        case = self.tab.case
        return "" if case is None else f"{case.family_name.upper()}, {case.given_name} ({case.noms_number})"

    def open_schedule(self) -> BoardScheduleDialog | None:
        """Schedule a board for the case shown (the kind the case calls for chosen)."""
        window, case, ov = self._window, self.tab.case, self.tab.overview
        if case is None or ov is None:
            return None
        dialog = BoardScheduleDialog(
            window.services.boards,
            window.user,
            window.bus,
            case.prisoner_id,
            self._label(),
            ov.default_kind,
            window.services.ctx.today(),
            None,
            window,
        )
        dialog.accepted.connect(lambda: self.tab.select_board(dialog.board_id or ""))
        return self._open(dialog)

    def open_reschedule(self, board: BoardView) -> BoardScheduleDialog | None:
        """Move ``board`` or change its kind, place or chair."""
        window, case = self._window, self.tab.case
        if case is None:
            return None
        dialog = BoardScheduleDialog(
            window.services.boards,
            window.user,
            window.bus,
            case.prisoner_id,
            self._label(),
            board.kind,
            window.services.ctx.today(),
            board,
            window,
        )
        return self._open(dialog)

    def open_cancel(self, board: BoardView) -> BoardCancelDialog:
        """Cancel ``board`` with the reason."""
        window = self._window
        dialog = BoardCancelDialog(
            window.services.boards, window.user, window.bus, board, self._label(), window
        )
        return self._open(dialog)

    def open_invite(self, board: BoardView) -> BoardInviteDialog:
        """Invite a department or the offender manager to ``board``."""
        window = self._window
        om = self.tab.overview.offender_manager if self.tab.overview is not None else ""
        dialog = BoardInviteDialog(
            window.services.boards, window.user, window.bus, board, self._label(), om, window
        )
        return self._open(dialog)

    def open_record(self, board: BoardView) -> BoardRecordDialog:
        """Record ``board``: attendance, views, decisions, next review; signed with the password."""
        window = self._window
        objectives = self.tab.overview.objectives if self.tab.overview is not None else ()
        dialog = BoardRecordDialog(
            window.services.boards,
            window.services.auth,
            window.user,
            window.bus,
            board,
            objectives,
            self._label(),
            window.services.ctx.today(),
            window,
        )
        dialog.sign_in_required.connect(window._on_assessment_widget_sign_in_required)
        return self._open(dialog)

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog


def install_boards(window: MainWindow) -> BoardsHookup:
    """Build the Boards tab, its dialogs and the Case menu's "Boards" submenu on ``window``."""
    return BoardsHookup(window)
