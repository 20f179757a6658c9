"""The RoSH screening editor (issue 8 point 2; seed 3.9): every indicator yes / no / don't know, the
sources of information (required to sign), and the decision with its reasons, live as answers change.

Thin: renders ``ScreeningDetail`` and calls ``ScreeningService``; the decision is the domain rule,
run on the GUI thread (microseconds).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.rosh import CompletionCheck, CountersignStatus, ScreeningDetail, ScreeningForm
from workbench.casework.rosh.screening import ScreeningService
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.rosh import INDICATORS, Answer, indicator
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_rosh_screening import Ui_RoshScreeningWidget
from workbench.gui.screens.rosh.editor import RecordEditor, show_error
from workbench.gui.theme import Colours
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

_ANSWERS = (Answer.YES, Answer.NO, Answer.UNKNOWN)


class ScreeningEditor(RecordEditor):
    """Fill in, save, sign or read a RoSH screening."""

    what = "RoSH screening"

    def __init__(
        self,
        service: ScreeningService,
        user: CurrentUser,
        bus: EventBus,
        auth: AuthService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(user, bus, auth, parent)
        self._service = service
        self._detail: ScreeningDetail | None = None
        self.ui = Ui_RoshScreeningWidget()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.status_label, self.notice_label = ui.status_label, ui.notice_label
        self.decision_label, self.countersign_label = ui.decision_label, ui.countersign_label
        self.sources_edit, self.notes_edit, self.assessor_check = (
            ui.sources_edit,
            ui.notes_edit,
            ui.assessor_check,
        )
        self.save_button, self.sign_button = ui.save_button, ui.sign_button
        self.discard_button, self.back_button = ui.discard_button, ui.back_button
        self.answer_buttons: dict[str, dict[Answer, QRadioButton]] = {}
        self.row_labels: dict[str, QLabel] = {}
        self._groups: list[QButtonGroup] = []
        self._build_indicators()
        self.sources_edit.textChanged.connect(self._on_input_changed)
        self.notes_edit.textChanged.connect(self._on_input_changed)
        self.assessor_check.toggled.connect(self._on_input_changed)
        self._wire_buttons(self.save_button, self.sign_button, self.discard_button, self.back_button)
        show_error(ui.error_sources, "")

    def _build_indicators(self) -> None:
        grid = self.ui.indicator_grid
        row = 0
        for col, text in enumerate(("", "Yes", "No", "Don't know"), start=0):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, row, col)
        group_name = ""
        for ind in INDICATORS:
            if ind.group != group_name:
                group_name = ind.group
                row += 1
                heading = QLabel(f"<b>{ind.section.label} — {group_name}</b>")
                grid.addWidget(heading, row, 0, 1, 4)
            row += 1
            label = QLabel(ind.question)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            self.row_labels[ind.code] = label
            group = QButtonGroup(self)
            buttons: dict[Answer, QRadioButton] = {}
            for col, answer in enumerate(_ANSWERS, start=1):
                radio = QRadioButton()
                radio.setObjectName(f"answer_{ind.code}_{answer.value}")
                radio.setAccessibleName(f"{ind.question}: {answer.label}")
                radio.setToolTip(answer.label)
                group.addButton(radio)
                grid.addWidget(radio, row, col)
                buttons[answer] = radio
            group.buttonToggled.connect(self._on_input_changed)
            self._groups.append(group)
            self.answer_buttons[ind.code] = buttons
        grid.setColumnStretch(0, 1)

    # -- showing ------------------------------------------------------------------------------------

    @property
    def detail(self) -> ScreeningDetail | None:
        """The screening shown."""
        return self._detail

    def open_record(self, detail: ScreeningDetail, case_name: str) -> None:
        """Show a screening: editable when it is the user's own draft, otherwise read only."""
        self._detail = detail
        self._record_id = detail.screening_id
        self._case_name = case_name
        self._editable_now = detail.is_draft and detail.read_only_reason is None
        self._fill(detail.form)
        self._dirty = False
        if detail.is_draft:
            kind = "Correction" if detail.supersedes_id else "Draft"
            whose = "yours" if detail.author_id == self._user.user_id else f"by {detail.author_name}"
            status = f"<b>RoSH screening — {kind}</b> ({whose}) for {case_name}."
        else:
            when = f"{detail.completed_at:%d %b %Y}" if detail.completed_at else ""
            later = " — corrected by a later screening" if detail.superseded_by_id else ""
            status = (
                f"<b>RoSH screening</b> for {case_name}, signed by {detail.signed_by_name} on {when}{later}."
            )
        self.status_label.setText(status)
        notices = [detail.read_only_reason] if detail.read_only_reason else []
        state = detail.countersign
        if state is not None and state.status is CountersignStatus.RETURNED:
            notices.append(f"Returned for rework by {state.manager_name}: {state.comments}")
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        for buttons in self.answer_buttons.values():
            for radio in buttons.values():
                # Read only without greying out: a signed screening must stay easy to read.
                radio.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not self._editable_now)
                radio.setFocusPolicy(
                    Qt.FocusPolicy.StrongFocus if self._editable_now else Qt.FocusPolicy.NoFocus
                )
        self.sources_edit.setReadOnly(not self._editable_now)
        self.notes_edit.setReadOnly(not self._editable_now)
        self.assessor_check.setEnabled(self._editable_now)
        for b in (self.save_button, self.sign_button, self.discard_button):
            b.setVisible(self._editable_now)
        self._clear_errors()
        self._after_input()

    def _fill(self, form: ScreeningForm) -> None:
        self._filling = True
        try:
            for group in self._groups:
                group.setExclusive(False)  # so a radio can be unticked (an unanswered indicator)
            for code, buttons in self.answer_buttons.items():
                given = form.answers.get(code)
                for answer, radio in buttons.items():
                    radio.setChecked(given == answer.value)
            for group in self._groups:
                group.setExclusive(True)
            self.sources_edit.setPlainText(form.sources)
            self.notes_edit.setPlainText(form.notes)
            self.assessor_check.setChecked(form.assessor_requests)
        finally:
            self._filling = False

    def form(self) -> ScreeningForm:
        """What the widgets hold now."""
        answers = {
            code: answer.value
            for code, buttons in self.answer_buttons.items()
            for answer, radio in buttons.items()
            if radio.isChecked()
        }
        return ScreeningForm(
            answers,
            self.sources_edit.toPlainText(),
            self.notes_edit.toPlainText(),
            self.assessor_check.isChecked(),
        )

    def _after_input(self) -> None:
        """The decision and the countersignature, as the answers change."""
        form = self.form()
        decision, countersign = self._service.decide(form)
        unanswered = sum(1 for code in self.answer_buttons if code not in form.answers)
        text = decision.explanation()
        if unanswered:
            text += f" {unanswered} not answered yet (counted as Don't know)."
        self.decision_label.setText(text)
        colour = Colours.WARNING if decision.required else Colours.GOOD
        self.decision_label.setStyleSheet(f"font-weight: bold; color: {colour}")
        why = [indicator(c).question for c in decision.reasons if c in self.answer_buttons]
        self.decision_label.setToolTip("\n".join(why))
        parts: list[str] = []
        if countersign:
            parts.append("A manager must countersign this screening: " + "; ".join(countersign) + ".")
        state = self._detail.countersign if self._detail is not None else None
        if state is not None:
            parts.append(f"Countersignature: {state.describe()}.")
        self.countersign_label.setText(" ".join(parts))
        self.countersign_label.setVisible(bool(parts))
        self._style_rows(form)

    def _style_rows(self, form: ScreeningForm) -> None:
        """Yes and Don't know stand out: they are the reasons for the analysis."""
        for code, label in self.row_labels.items():
            given = form.answers.get(code)
            label.setStyleSheet("font-weight: 600" if given in (Answer.YES, Answer.UNKNOWN) else "")

    # -- calls --------------------------------------------------------------------------------------

    def _save_call(self, record_id: str) -> tuple[object, ChangeSet]:
        detail, changes = self._service.save_draft(self._user, record_id, self.form())
        self._detail = detail
        return detail, changes

    def _check_call(self, record_id: str) -> CompletionCheck:
        return self._service.check_completion(self._user, record_id)

    def _sign_call(self, record_id: str) -> tuple[str, ChangeSet]:
        detail, changes = self._service.sign(self._user, record_id)
        return detail.screening_id, changes

    def _discard_call(self, record_id: str) -> ChangeSet:
        return self._service.discard_draft(self._user, record_id)

    def _reload(self) -> None:
        if self._record_id is not None:
            self.open_record(self._service.get(self._user, self._record_id), self._case_name)

    def _show_errors(self, error: ValidationError) -> None:
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        by_field = {e.field: e.message for e in errors}
        show_error(self.ui.error_sources, by_field.get("sources", ""))
        missing = [c for c in by_field if c in self.answer_buttons]
        if missing:
            first = self.answer_buttons[missing[0]][Answer.YES]
            self.ui.scroll_area.ensureWidgetVisible(first)
            self.notice_label.setText(by_field[missing[0]])
            self.notice_label.setVisible(True)
        for code, label in self.row_labels.items():
            if code not in self.form().answers:
                label.setStyleSheet(f"color: {Colours.ERROR}")

    def _clear_errors(self) -> None:
        show_error(self.ui.error_sources, "")
        self._style_rows(self.form())


__all__ = ["ScreeningEditor"]
