"""The review dialog: record a review of the plan as a draft, resume it, and sign it with the password.

Issue 10 point 4. The form is ``ui/review_record_dialog.ui`` (four pages: who and when, progress,
changes, next review); the rows of its tables are built here from the draft. Nothing is signed until
the service finds the form complete and the password is given again (a shared wing terminal may have
changed hands since sign-in).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.review_record import (
    ArmedTrigger,
    OpenTask,
    Participant,
    ProgressEntry,
    ReviewDetail,
    ReviewForm,
)
from workbench.casework.reviews.record import ReviewRecordService
from workbench.domain.dates import Prefer, format_date
from workbench.domain.errors import SignInRequired, ValidationError, ValidationErrors, WorkbenchError
from workbench.domain.reviews import AttendanceMode, ParticipantRole, ProgressRating
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_review_record_dialog import Ui_ReviewRecordDialog
from workbench.gui.screens.assessment.sign import ask_password
from workbench.gui.widgets.date_field import DateField, read_dates
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, install_save_shortcuts, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

_ROLES = tuple(ParticipantRole)
_MODES = tuple(AttendanceMode)
_RATINGS = tuple(ProgressRating)
_TASK_ID = Qt.ItemDataRole.UserRole


def _combo(
    values: tuple[ParticipantRole, ...] | tuple[AttendanceMode, ...] | tuple[ProgressRating, ...],
    current: object,
    name: str,
) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(value.label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _line(text: str, name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class ReviewRecordDialog(UnsavedDialog):
    """Write, save, sign or discard the user's review draft; read someone else's draft or a signed one."""

    review_saved = Signal(str)
    """The draft was saved (review id)."""
    review_signed = Signal(str)
    """The draft was signed (id of the signed review)."""
    sign_in_required = Signal()
    """Too many wrong passwords while signing: the session must end and the user sign in again."""

    def __init__(
        self,
        service: ReviewRecordService,
        auth: AuthService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        detail: ReviewDetail,
        open_tasks: tuple[OpenTask, ...],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._auth, self._user, self._bus = service, auth, user, bus
        self._case, self._detail, self._today = case, detail, today
        self.ui = Ui_ReviewRecordDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        name = f"{case.family_name.upper()}, {case.given_name}"
        kind = "Correct review" if detail.supersedes_id else "Record review"
        self.setWindowTitle(f"{kind} — {name}")
        ui.prisoner.setText(f"{name} ({case.noms_number})")
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Save draft")
        self.sign_button = QPushButton("S&ign…")
        self.sign_button.setObjectName("reviewSignButton")
        self.sign_button.setAutoDefault(False)
        ui.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Close")
        ui.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        ui.discard_button.clicked.connect(self._on_discard_button_clicked)
        ui.add_participant.clicked.connect(lambda: self._add_participant(Participant(ParticipantRole.OTHER)))
        ui.remove_participant.clicked.connect(lambda: self._remove_row(ui.participants))
        ui.add_armed.clicked.connect(lambda: self._add_armed(None, ""))
        ui.remove_armed.clicked.connect(lambda: self._remove_row(ui.armed))
        install_save_shortcuts(self, self.save_button)
        ui.review_date.configure(today=today, prefer=Prefer.PAST, latest=today, blank_allowed=True)
        ui.next_review_on.configure(today=today, prefer=Prefer.FUTURE, blank_allowed=True)
        self._setup_tables()
        self._fill(detail.form, open_tasks)
        self.errors = FieldErrors(
            self,
            ui.general_error,
            {
                "review_date": (ui.review_date, ui.review_date_error),
                "participants": (ui.participants, ui.participants_error),
                "progress": (ui.progress, ui.progress_error),
                "changes": (ui.plan_changes, ui.changes_error),
                "next_review_on": (ui.next_review_on, ui.next_review_on_error),
                "armed": (ui.armed, ui.armed_error),
            },
        )
        editable = detail.read_only_reason is None
        ui.read_only.setText(detail.read_only_reason or "")
        ui.read_only.setVisible(not editable)
        for widget in (
            self.save_button,
            self.sign_button,
            ui.discard_button,
            ui.add_participant,
            ui.remove_participant,
            ui.add_armed,
            ui.remove_armed,
        ):
            widget.setVisible(editable)
        if not editable:
            for child in ui.pages.findChildren(QWidget):
                if isinstance(child, QLineEdit | QComboBox | DateField) or child in (
                    ui.plan_changes,
                    ui.rmp_changes,
                    ui.no_change_reason,
                ):
                    child.setEnabled(False)
        guard_wheel(self)
        self.resize(min(self.width(), 960), min(max(self.height(), 600), 700))
        ui.pages.setCurrentIndex(0)
        ui.review_date.setFocus()
        self.mark_clean()

    # -- the form ---------------------------------------------------------------------------------

    @property
    def review_id(self) -> str:
        """The draft (or review) shown."""
        return self._detail.review_id

    def form(self) -> ReviewForm:
        """What the dialog holds now, as the service takes it (dates unreadable: ValidationErrors)."""
        ui = self.ui
        armed_fields = {f"armed.{row}": self._armed_date(row) for row in range(ui.armed.rowCount())}
        dates = read_dates(
            {"review_date": ui.review_date, "next_review_on": ui.next_review_on, **armed_fields}
        )
        participants = []
        for row in range(ui.participants.rowCount()):
            role, name, mode = (ui.participants.cellWidget(row, c) for c in range(3))
            assert isinstance(role, QComboBox) and isinstance(name, QLineEdit) and isinstance(mode, QComboBox)
            participants.append(
                Participant(
                    ParticipantRole(role.currentData()), name.text(), AttendanceMode(mode.currentData())
                )
            )
        progress = []
        for row, entry in enumerate(self._to_rate):
            rating, evidence = ui.progress.cellWidget(row, 1), ui.progress.cellWidget(row, 2)
            assert isinstance(rating, QComboBox) and isinstance(evidence, QLineEdit)
            progress.append(
                ProgressEntry(
                    entry.kind, entry.ref, entry.label, ProgressRating(rating.currentData()), evidence.text()
                )
            )
        armed = []
        for row in range(ui.armed.rowCount()):
            note = ui.armed.cellWidget(row, 1)
            assert isinstance(note, QLineEdit)
            on = dates.get(f"armed.{row}")
            if on is None and not note.text().strip():
                continue  # an empty row added and never filled in
            if on is None:
                raise ValidationError(f"Review {row + 1} arranged for later: enter its date.", field="armed")
            armed.append(ArmedTrigger(on, note.text()))
        tasks = []
        for i in range(ui.tasks.count()):
            item = ui.tasks.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                tasks.append(str(item.data(_TASK_ID)))
        return ReviewForm(
            review_date=dates["review_date"],
            participants=tuple(participants),
            progress=tuple(progress),
            plan_changes=ui.plan_changes.toPlainText(),
            rmp_changes=ui.rmp_changes.toPlainText(),
            no_change_reason=ui.no_change_reason.toPlainText(),
            next_review_on=dates["next_review_on"],
            armed=tuple(armed),
            answers_task_ids=tuple(tasks),
        )

    def _setup_tables(self) -> None:
        ui = self.ui
        for table, headers in (
            (ui.participants, ("Who", "Name", "How they took part")),
            (ui.progress, ("Objective or need", "Progress", "Evidence")),
            (ui.armed, ("Date", "What for")),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(list(headers))
            table.verticalHeader().setVisible(False)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
        ui.participants.setColumnWidth(0, 170)
        ui.participants.setColumnWidth(1, 220)
        ui.progress.setColumnWidth(0, 300)
        ui.progress.setColumnWidth(1, 140)
        ui.armed.setColumnWidth(0, 160)

    def _fill(self, form: ReviewForm, open_tasks: tuple[OpenTask, ...]) -> None:
        ui = self.ui
        ui.review_date.setValue(form.review_date)
        ui.next_review_on.setValue(form.next_review_on)
        for p in form.participants:
            self._add_participant(p)
        self._to_rate = form.progress
        ui.progress.setRowCount(len(form.progress))
        for row, entry in enumerate(form.progress):
            kind = "Objective" if entry.kind == "objective" else "Need"
            item = QTableWidgetItem(f"{kind}: {entry.label}")
            item.setToolTip(entry.label)
            ui.progress.setItem(row, 0, item)
            ui.progress.setCellWidget(row, 1, _combo(_RATINGS, entry.rating, f"Progress on {entry.label}"))
            ui.progress.setCellWidget(
                row, 2, _line(entry.evidence, f"Evidence for {entry.label}", "What shows it")
            )
        ui.plan_changes.setPlainText(form.plan_changes)
        ui.rmp_changes.setPlainText(form.rmp_changes)
        ui.no_change_reason.setPlainText(form.no_change_reason)
        for a in form.armed:
            self._add_armed(a.on, a.note)
        chosen = set(form.answers_task_ids)
        if not self._detail.is_draft:
            # The reasons a signed review answered are closed now: say how many, not today's open list.
            n = len(chosen)
            ui.tasks.addItem(QListWidgetItem(f"This review answered {n} reason{'s' if n != 1 else ''}."))
            return
        for task in open_tasks:
            reason = QListWidgetItem(
                f"{task.label} — due {format_date(task.due_on)}. {task.explanation}".strip()
            )
            reason.setData(_TASK_ID, task.task_id)
            reason.setFlags(reason.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            reason.setCheckState(Qt.CheckState.Checked if task.task_id in chosen else Qt.CheckState.Unchecked)
            ui.tasks.addItem(reason)
        if not open_tasks:
            ui.tasks.addItem(QListWidgetItem("No open review reasons: this review answers none."))

    def _add_participant(self, p: Participant) -> None:
        table = self.ui.participants
        row = table.rowCount()
        table.insertRow(row)
        table.setCellWidget(row, 0, _combo(_ROLES, p.role, f"Participant {row + 1}: who"))
        table.setCellWidget(row, 1, _line(p.name, f"Participant {row + 1}: name", "Name"))
        table.setCellWidget(row, 2, _combo(_MODES, p.mode, f"Participant {row + 1}: how they took part"))
        table.setCurrentCell(row, 0)

    def _add_armed(self, on: date | None, note: str) -> None:
        table = self.ui.armed
        row = table.rowCount()
        table.insertRow(row)
        field = DateField()
        field.configure(today=self._today, prefer=Prefer.FUTURE, blank_allowed=True)
        field.setValue(on)
        field.setAccessibleName(f"Review {row + 1} for later: date")
        table.setCellWidget(row, 0, field)
        table.setCellWidget(
            row, 1, _line(note, f"Review {row + 1} for later: what for", "e.g. after the course ends")
        )
        table.setRowHeight(row, max(table.rowHeight(row), field.sizeHint().height()))
        table.setCurrentCell(row, 0)
        if on is None:
            field.setFocus()

    def _armed_date(self, row: int) -> DateField:
        field = self.ui.armed.cellWidget(row, 0)
        assert isinstance(field, DateField)
        return field

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    # -- saving and signing ---------------------------------------------------------------------------

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the review of {self._case.family_name.upper()}, {self._case.given_name}"

    def save_form(self) -> None:
        """Save the draft as the Save button does (closes the dialog when saved)."""
        if self._save():
            self.accept()

    def _save(self) -> bool:
        def call() -> str:
            detail, changes = self._service.save_draft(self._user, self.review_id, self.form())
            self._bus.publish(changes)
            return detail.review_id

        saved = submit(self.errors, self, call)
        if saved is None:
            return False
        self.mark_clean()
        self.review_saved.emit(saved)
        return True

    def _on_save_button_clicked(self) -> None:
        if self._save():
            self.errors.clear()

    def _on_sign_button_clicked(self) -> None:
        if not self._save():
            return
        problems = self._service.check(self._user, self.review_id)
        if problems:
            self.errors.show(ValidationErrors([ValidationError(m, field=f) for f, m in problems]))
            self._show_page_of(problems[0][0])
            return
        if not self._password_confirmed():
            return
        try:
            detail, changes = self._service.sign(self._user, self.review_id)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except WorkbenchError as exc:
            QMessageBox.warning(self, "Could not sign the review", exc.message)
            return
        self._bus.publish(changes)
        self.mark_clean()
        self.review_signed.emit(detail.review_id)
        self.accept()

    def _show_page_of(self, field: str) -> None:
        pages = {"review_date": 0, "participants": 0, "progress": 1, "changes": 2}
        self.ui.pages.setCurrentIndex(pages.get(field, 3))

    def _password_confirmed(self) -> bool:
        problem = ""
        while True:
            password = ask_password(self, self._user.display_name, "this review", problem)
            if password is None:
                return False
            try:
                if self._auth.verify(self._user, password):
                    return True
            except SignInRequired as exc:
                QMessageBox.information(self, "Sign in again", f"{exc.message}\n\nYour draft is saved.")
                self.sign_in_required.emit()
                return False
            problem = "That is not your password. Try again, or cancel: the draft stays saved."

    def _on_discard_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self, "Discard draft", "Discard this review draft? What it holds will not be used."
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self._service.discard_draft(self._user, self.review_id)
        except WorkbenchError as exc:
            QMessageBox.warning(self, "Could not discard the draft", exc.message)
            return
        self._bus.publish(changes)
        self.mark_clean()
        self.accept()
