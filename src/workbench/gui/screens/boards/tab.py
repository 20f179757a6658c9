"""The "Boards" case tab (issue 10 point 5): upcoming and past boards, who is invited, what came back.

No mnemonics on its buttons: the case page's other tabs and the window hold the letters; the Case menu's
"Boards" submenu and Ctrl+Shift+D reach it from the keyboard, and Tab walks its controls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.boards import BoardService
from workbench.casework.changes import ChangeSet
from workbench.casework.dto.boards import BoardsOverview, BoardView, InviteeView
from workbench.casework.dto.caseload import CaseDetail
from workbench.domain.errors import WorkbenchError
from workbench.domain.reviews import AttendanceMode, BoardStatus
from workbench.gui.events import EventBus
from workbench.gui.theme import set_role
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.principal import CurrentUser

BoardRole = 0x0102
"""``QListWidgetItem`` data role holding a ``BoardView``."""

_TOUCHES = (
    "board",
    "board_invitee",
    "board_record",
    "contribution",
    "contribution_request",
    "plan_objective",
)


def contribution_text(invitee: InviteeView) -> str:
    """What came of the invitee's contribution request, as the invitee table shows it."""
    if invitee.contribution_request_id is None:
        return "not requested" if invitee.department is not None else "—"
    return invitee.contribution.label.lower() if invitee.contribution is not None else "requested"


class BoardsTab(QWidget):
    """The prisoner's boards; the chosen board's invitees, attendance, gaps and record."""

    schedule_requested = Signal()
    """Schedule a board for the case shown."""
    reschedule_requested = Signal(object)
    """Move the chosen board (``BoardView``)."""
    cancel_requested = Signal(object)
    """Cancel the chosen board (``BoardView``)."""
    invite_requested = Signal(object)
    """Invite someone to the chosen board (``BoardView``)."""
    record_requested = Signal(object)
    """Record the chosen board (``BoardView``)."""

    def __init__(self, service: BoardService, user: CurrentUser, bus: EventBus) -> None:
        super().__init__()
        self.setObjectName("boardsTab")
        self._service, self._user, self._bus = service, user, bus
        self._case: CaseDetail | None = None
        self.overview: BoardsOverview | None = None
        self._filling = False
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.boards = QListWidget()
        self.boards.setAccessibleName("Boards: upcoming first, then past")
        self.schedule_button = QPushButton("Schedule board…")
        self.reschedule_button = QPushButton("Reschedule…")
        self.cancel_button = QPushButton("Cancel board…")
        self.invite_button = QPushButton("Invite…")
        self.record_button = QPushButton("Record board…")
        self.request_button = QPushButton("Send contribution request")
        self.request_button.setToolTip("Ask the chosen department for its contribution, due before the board")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.invitees = QTableWidget(0, 3)
        self.invitees.setAccessibleName("Invited to the board")
        self.invitees.setHorizontalHeaderLabels(["Invited", "Contribution", "Attending"])
        self.invitees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invitees.setTabKeyNavigation(False)
        self.invitees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invitees.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invitees.verticalHeader().setVisible(False)
        # The first column stretches into whatever width there is; a scroll bar would only hide a row.
        self.invitees.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.invitees.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        set_role(self.gaps, "warning")
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.PlainText)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        buttons = QHBoxLayout()
        for b in (self.schedule_button, self.reschedule_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.boards, 1)
        left_layout.addLayout(buttons)
        board_buttons = QHBoxLayout()
        board_buttons.addWidget(self.invite_button)
        board_buttons.addWidget(self.request_button)
        board_buttons.addStretch(1)
        board_buttons.addWidget(self.record_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.invitees, 2)
        right_layout.addLayout(board_buttons)
        right_layout.addWidget(self.gaps)
        right_layout.addWidget(self.record, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self.schedule_button.clicked.connect(self.schedule_requested)
        self.reschedule_button.clicked.connect(lambda: self._emit(self.reschedule_requested))
        self.cancel_button.clicked.connect(lambda: self._emit(self.cancel_requested))
        self.invite_button.clicked.connect(lambda: self._emit(self.invite_requested))
        self.record_button.clicked.connect(lambda: self._emit(self.record_requested))
        self.request_button.clicked.connect(self._on_request_button_clicked)
        self.invitees.itemSelectionChanged.connect(self._enable)
        self.boards.currentRowChanged.connect(self._on_boards_current_row_changed)
        bus.changed.connect(self._on_bus_changed)
        self.clear()

    # -- CaseTab -------------------------------------------------------------------------------

    def show_case(self, case: CaseDetail) -> None:
        """Show the boards of ``case``."""
        self._case = case
        self.refresh()

    def clear(self) -> None:
        """No case shown."""
        self._case = None
        self.overview = None
        self.boards.clear()
        self._show_board(None)
        self.status.setText("Select a prisoner to see their sentence planning boards.")
        self._enable()

    @property
    def case(self) -> CaseDetail | None:
        """The case shown."""
        return self._case

    def selected_board(self) -> BoardView | None:
        """The chosen board."""
        item = self.boards.currentItem()
        value = item.data(BoardRole) if item is not None else None
        return value if isinstance(value, BoardView) else None

    def select_board(self, board_id: str) -> None:
        """Choose the board with ``board_id`` (after scheduling it)."""
        for row in range(self.boards.count()):
            board = self.boards.item(row).data(BoardRole)
            if isinstance(board, BoardView) and board.id == board_id:
                self.boards.setCurrentRow(row)
                return

    def refresh(self) -> None:
        """Read the case's boards again, keeping the chosen one."""
        if self._case is None:
            return
        chosen = self.selected_board()
        try:
            ov = self._service.overview(self._user, self._case.prisoner_id)
        except WorkbenchError as exc:
            self.status.setText(exc.message)
            return
        self.overview = ov
        self._filling = True
        try:
            self.boards.clear()
            for board in (*ov.upcoming, *ov.past):
                state = "" if board.status is BoardStatus.SCHEDULED else f" — {board.status.label.lower()}"
                item = QListWidgetItem(board.title + state)
                item.setData(BoardRole, board)
                self.boards.addItem(item)
        finally:
            self._filling = False
        parts = [f"{len(ov.upcoming)} upcoming, {len(ov.past)} past board(s)."]
        if ov.read_only_reason:
            parts.append(ov.read_only_reason)
        elif not ov.upcoming:
            parts.append(f"The case calls for a {ov.default_kind.label.lower()}.")
        self.status.setText(" ".join(parts))
        if self.boards.count():
            self.boards.setCurrentRow(0)
            if chosen is not None:
                self.select_board(chosen.id)
        self._show_board(self.selected_board())
        self._enable()

    # -- helpers -------------------------------------------------------------------------------

    def _show_board(self, board: BoardView | None) -> None:
        self.invitees.setRowCount(0)
        if board is None:
            self.detail.setText("No board chosen.")
            self.gaps.setText("")
            self.record.setText("")
            return
        where = f" in {board.location}" if board.location else ""
        chair = f", chaired by {board.chair}" if board.chair else ""
        reason = f" ({board.status_reason})" if board.status_reason else ""
        self.detail.setText(f"{board.title}{where}{chair}. {board.status.label}{reason}.")
        editable = (
            board.status is BoardStatus.SCHEDULED and self.overview is not None and self.overview.can_schedule
        )
        self.invitees.setRowCount(len(board.invitees))
        for row, invitee in enumerate(board.invitees):
            self.invitees.setItem(row, 0, QTableWidgetItem(invitee.label))
            self.invitees.setItem(row, 1, QTableWidgetItem(contribution_text(invitee)))
            combo = QComboBox()
            combo.setAccessibleName(f"How {invitee.label} will attend")
            for mode in AttendanceMode:
                combo.addItem(mode.label, mode)
            combo.setCurrentIndex(combo.findData(invitee.attendance))
            combo.setEnabled(editable)
            guard_wheel(combo)
            combo.activated.connect(lambda _i, c=combo, iid=invitee.id: self._on_attendance_activated(iid, c))
            self.invitees.setCellWidget(row, 2, combo)
        if board.gaps and board.status is not BoardStatus.CANCELLED:
            self.gaps.setText(
                "Inspectors look for wing, education, CARAT, health and security at every board. Missing: "
                + "; ".join(g.describe for g in board.gaps)
                + "."
            )
        else:
            self.gaps.setText("")
        rec = board.record
        if rec is None:
            self.record.setText("")
            return
        lines = [f"Held on {rec.held_on:%d/%m/%Y}; signed by {rec.signed_by_name}."]
        lines.append(
            "Attended: " + "; ".join(f"{who} — {mode.label.lower()}" for who, mode in rec.attendance)
        )
        if rec.prisoner_views:
            lines.append(f"Prisoner's views: {rec.prisoner_views}")
        lines.extend(f"• {d}" for d in rec.decisions)
        self.record.setText("\n".join(lines))

    def _on_attendance_activated(self, invitee_id: str, combo: QComboBox) -> None:
        mode = AttendanceMode(combo.currentData())
        try:
            changes = self._service.set_attendance(self._user, invitee_id, mode)
        except WorkbenchError as exc:
            self.status.setText(exc.message)
            return
        # Published once this combo's signal has returned: the refresh it causes rebuilds the table.
        QTimer.singleShot(0, lambda: self._bus.publish(changes))

    def _enable(self) -> None:
        board = self.selected_board()
        can = self.overview is not None and self.overview.can_schedule and self._case is not None
        scheduled = board is not None and board.status is BoardStatus.SCHEDULED
        self.schedule_button.setEnabled(can)
        for b in (self.reschedule_button, self.cancel_button, self.invite_button, self.record_button):
            b.setEnabled(can and scheduled)
        invitee = self.selected_invitee()
        self.request_button.setEnabled(
            can
            and scheduled
            and invitee is not None
            and invitee.department is not None
            and invitee.contribution_request_id is None
        )

    def selected_invitee(self) -> InviteeView | None:
        """The invitee chosen in the table."""
        board, row = self.selected_board(), self.invitees.currentRow()
        if board is None or not 0 <= row < len(board.invitees):
            return None
        return board.invitees[row]

    def _on_request_button_clicked(self) -> None:
        invitee = self.selected_invitee()
        if invitee is None:
            return
        try:
            changes = self._service.request_contribution(self._user, invitee.id)
        except WorkbenchError as exc:
            self.status.setText(exc.message)
            return
        self._bus.publish(changes)

    def _emit(self, signal: SignalInstance) -> None:
        board = self.selected_board()
        if board is not None:
            signal.emit(board)

    def _on_boards_current_row_changed(self, _row: int) -> None:
        if self._filling:
            return
        self._show_board(self.selected_board())
        self._enable()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._case is None or self._case.prisoner_id not in changes.prisoner_ids:
            return
        if any(changes.touches(e) for e in _TOUCHES):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # A department's contribution arrives through sync: read again when shown.
        super().showEvent(event)
        self.refresh()
