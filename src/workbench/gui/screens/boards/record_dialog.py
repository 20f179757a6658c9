"""Record a held board (issue 10 point 5): attendance, the prisoner's views, decisions, next review; signed
with the password asked again. Nothing is written until the record is signed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from workbench.casework.boards import BoardService
from workbench.casework.changes import ChangeSet
from workbench.casework.dto.boards import BoardRecordForm, BoardView, Decision, DecisionKind, RecordOutcome
from workbench.domain.dates import Prefer
from workbench.domain.errors import SignInRequired
from workbench.domain.needs import NeedSection
from workbench.domain.plan import Department, ObjectiveStatus, RiskFactor, link_code
from workbench.domain.reviews import AttendanceMode
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_board_record_dialog import Ui_BoardRecordDialog
from workbench.gui.screens.assessment.sign import ask_password
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

NEXT_REVIEW_MONTHS_DAYS = 182
"""The next review is offered six months on; the board types another date when it agreed one."""
_KINDS = tuple(k for k in DecisionKind if k is not DecisionKind.NEXT_REVIEW)
_NEEDS = tuple((link_code(n), n.label) for n in NeedSection) + tuple(
    (link_code(r), r.label) for r in RiskFactor
)


class BoardRecordDialog(UnsavedDialog):
    """The board's record; "Sign record" asks for the password, then writes it all in one go."""

    sign_in_required = Signal()
    """Too many wrong passwords: the window must end the session (the typed record is lost with it)."""

    def __init__(
        self,
        service: BoardService,
        auth: AuthService,
        user: CurrentUser,
        bus: EventBus,
        board: BoardView,
        objectives: tuple[tuple[str, str], ...],
        prisoner_label: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._auth, self._user, self._bus, self._board = service, auth, user, bus, board
        self.decisions: list[Decision] = []
        self.outcome: RecordOutcome | None = None
        self.ui = Ui_BoardRecordDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.setWindowTitle(f"Record the board — {prisoner_label}")
        ui.prisoner.setText(f"{prisoner_label}: {board.title}")
        ui.held_on.configure(today=today, prefer=Prefer.PAST, latest=today, blank_allowed=False)
        ui.held_on.setValue(min(board.on, today))
        ui.next_review_on.configure(today=today, prefer=Prefer.FUTURE, earliest=today, blank_allowed=False)
        ui.next_review_on.setValue(today + timedelta(days=NEXT_REVIEW_MONTHS_DAYS))
        for mode in AttendanceMode:
            if mode is not AttendanceMode.UNKNOWN:
                ui.prisoner_attendance.addItem(mode.label, mode)
        ui.prisoner_views.setMaximumHeight(56)
        self._fill_attendance()
        for kind in _KINDS:
            ui.decision_kind.addItem(kind.label, kind)
        for oid, outcome in objectives:
            ui.objective.addItem(outcome if len(outcome) <= 70 else outcome[:69] + "…", oid)
        ui.decision_due.configure(today=today, prefer=Prefer.FUTURE, earliest=today, blank_allowed=True)
        ui.decision_kind.currentIndexChanged.connect(self._on_decision_kind_current_index_changed)
        ui.add_decision.clicked.connect(self._on_add_decision_clicked)
        ui.remove_decision.clicked.connect(self._on_remove_decision_clicked)
        self._on_decision_kind_current_index_changed()
        guard_wheel(self)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText("&Sign record…")
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        install_save_shortcuts(self, self.save_button)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "held_on": (ui.held_on, ui.held_on_error),
                "next_review_on": (ui.next_review_on, ui.next_review_on_error),
                "prisoner_views": (ui.prisoner_views, ui.prisoner_views_error),
            },
        )
        ui.held_on.setFocus()
        self.mark_clean()

    # -- attendance ----------------------------------------------------------------------------

    def _fill_attendance(self) -> None:
        table = self.ui.attendance
        table.setHorizontalHeaderLabels(["Invited", "Took part"])
        table.setRowCount(len(self._board.invitees))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.setMaximumHeight(40 + 30 * max(1, min(len(self._board.invitees), 5)))
        self.attendance_combos: list[QComboBox] = []
        for row, invitee in enumerate(self._board.invitees):
            table.setItem(row, 0, QTableWidgetItem(invitee.label))
            combo = QComboBox()
            combo.setAccessibleName(f"How {invitee.label} took part")
            for mode in AttendanceMode:
                combo.addItem(mode.label, mode)
            known = invitee.attendance if invitee.attendance is not AttendanceMode.UNKNOWN else None
            combo.setCurrentIndex(combo.findData(known or AttendanceMode.NOT_ATTENDING))
            table.setCellWidget(row, 1, combo)
            self.attendance_combos.append(combo)

    # -- decisions -----------------------------------------------------------------------------

    def _kind(self) -> DecisionKind:
        return DecisionKind(self.ui.decision_kind.currentData())

    def _on_decision_kind_current_index_changed(self, _index: int = 0) -> None:
        ui, kind = self.ui, self._kind()
        ui.detail.clear()
        if kind is DecisionKind.ADD_OBJECTIVE:
            for code, label in _NEEDS:
                ui.detail.addItem(label, code)
        elif kind is DecisionKind.OBJECTIVE_STATUS:
            for status in ObjectiveStatus:
                ui.detail.addItem(status.label, status.value)
        elif kind is DecisionKind.ADD_ACTION:
            for d in Department:
                ui.detail.addItem(d.label, d.value)
        ui.detail.setEnabled(ui.detail.count() > 0)
        ui.objective.setEnabled(kind in (DecisionKind.OBJECTIVE_STATUS, DecisionKind.ADD_ACTION))
        ui.decision_line.setEnabled(kind in (DecisionKind.ADD_ACTION, DecisionKind.TRANSFER_REQUEST))
        ui.decision_line.setPlaceholderText(
            {DecisionKind.ADD_ACTION: "Owner's role", DecisionKind.TRANSFER_REQUEST: "Transfer to"}.get(
                kind, ""
            )
        )
        ui.decision_due.setEnabled(kind is DecisionKind.ADD_ACTION)
        ui.decision_text.setPlaceholderText(
            {
                DecisionKind.ADD_OBJECTIVE: "The outcome: what will change for the prisoner",
                DecisionKind.OBJECTIVE_STATUS: "Why (needed when not achieved)",
                DecisionKind.ADD_ACTION: "What will be done",
                DecisionKind.TRANSFER_REQUEST: "Why the transfer is needed",
                DecisionKind.NOTE: "What the board agreed",
            }[kind]
        )

    def _editor_decision(self) -> Decision:
        ui, kind = self.ui, self._kind()
        detail = ui.detail.currentData()
        objective = ui.objective.currentData() if ui.objective.isEnabled() else None
        text = ui.decision_text.toPlainText()
        if kind is DecisionKind.ADD_OBJECTIVE:
            return Decision(kind, text, links=(str(detail),) if detail else ())
        if kind is DecisionKind.OBJECTIVE_STATUS:
            return Decision(
                kind, text, objective_id=objective, status=ObjectiveStatus(detail) if detail else None
            )
        if kind is DecisionKind.ADD_ACTION:
            return Decision(
                kind,
                text,
                objective_id=objective,
                owner_role=ui.decision_line.text(),
                department=Department(detail) if detail else Department.OMU,
                due_on=ui.decision_due.value(),
            )
        if kind is DecisionKind.TRANSFER_REQUEST:
            return Decision(kind, text, destination=ui.decision_line.text())
        return Decision(kind, text)

    def _on_add_decision_clicked(self) -> None:
        ui = self.ui
        decision = self._editor_decision()
        if not decision.text.strip() and decision.kind is not DecisionKind.OBJECTIVE_STATUS:
            ui.general_error.setText("Type the decision before adding it.")
            ui.general_error.setVisible(True)
            ui.decision_text.setFocus()
            return
        self.decisions.append(decision)
        ui.decisions.addItem(_describe(decision, ui.objective.currentText(), ui.detail.currentText()))
        ui.decisions.setCurrentRow(ui.decisions.count() - 1)
        ui.decision_text.clear()
        ui.decision_line.clear()
        ui.decision_due.setValue(None)
        ui.general_error.setVisible(False)
        ui.decision_kind.setFocus()

    def _on_remove_decision_clicked(self) -> None:
        row = self.ui.decisions.currentRow()
        if 0 <= row < len(self.decisions):
            del self.decisions[row]
            self.ui.decisions.takeItem(row)

    # -- signing -------------------------------------------------------------------------------

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return "the board's record"

    def has_unsaved_work(self) -> bool:
        """Typed fields, or decisions added to the list."""
        return super().has_unsaved_work() or (bool(self.decisions) and self.outcome is None)

    def discard_unsaved_work(self) -> None:
        """Forget the typing and the decisions added."""
        self.decisions.clear()
        self.ui.decisions.clear()
        super().discard_unsaved_work()

    def save_form(self) -> None:
        """Sign as the button does."""
        self._on_buttons_accepted()

    def _password_confirmed(self) -> bool:
        problem = ""
        while True:
            password = ask_password(self, self._user.display_name, "the board's record", problem)
            if password is None:
                return False
            try:
                if self._auth.verify(self._user, password):
                    return True
            except SignInRequired as exc:
                QMessageBox.warning(self, "Sign in again", exc.message)
                self.sign_in_required.emit()
                return False
            problem = "That is not your password. Try again, or cancel: nothing is signed yet."

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        held = ui.held_on.value()
        nxt = ui.next_review_on.value()
        form = BoardRecordForm(
            held_on=held,
            next_review_on=nxt,
            prisoner_views=ui.prisoner_views.toPlainText(),
            prisoner_attendance=AttendanceMode(ui.prisoner_attendance.currentData()),
            attendance={
                invitee.id: AttendanceMode(combo.currentData())
                for invitee, combo in zip(self._board.invitees, self.attendance_combos, strict=True)
            },
            decisions=tuple(self.decisions),
        )

        def call() -> ChangeSet:
            ui.held_on.checked_value("held_on")
            ui.next_review_on.checked_value("next_review_on")
            if not self._password_confirmed():
                raise _NotSigned
            self.outcome, changes = self._service.record(self._user, self._board.id, form)
            return changes

        try:
            changes = submit(self.errors, self, call)
        except _NotSigned:
            return
        if changes is None:
            return
        self._bus.publish(changes)
        if self.outcome is not None and self.outcome.version_problem:
            QMessageBox.information(
                self,
                "Board recorded",
                "The board's record is signed and its decisions are in the plan, but no new version of the "
                f"plan could be issued yet: {self.outcome.version_problem}",
            )
        self.accept()


class _NotSigned(Exception):
    """The password question was cancelled: nothing to show, the form stays open."""


def _describe(d: Decision, objective: str, detail: str) -> str:
    """A decision as the list shows it before signing."""
    if d.kind is DecisionKind.OBJECTIVE_STATUS:
        return f"{d.kind.label}: “{objective}” → {detail}" + (
            f" ({d.text.strip()})" if d.text.strip() else ""
        )
    if d.kind is DecisionKind.ADD_ACTION:
        return f"{d.kind.label}: {d.text.strip()} ({detail}; for “{objective}”)"
    if d.kind is DecisionKind.ADD_OBJECTIVE:
        return f"{d.kind.label}: {d.text.strip()} ({detail})"
    if d.kind is DecisionKind.TRANSFER_REQUEST:
        return f"{d.kind.label} to {d.destination.strip()}: {d.text.strip()}"
    return f"{d.kind.label}: {d.text.strip()}"
