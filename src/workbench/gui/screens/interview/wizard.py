"""The guided initial interview wizard (issue 8 point 1; seed 2.9, 3.2).

One Designer form for the frame (ui/interview_wizard.ui) and one per step (ui/interview_*.ui). Each
step shows short guidance and open questions to read out, and what it still needs. Back (Alt+B) and
Next (Alt+N) save the draft as they go, so it resumes where it was left; Ctrl+S saves; completing the
arrival step records the first contact at once. Signing asks for the password again, like signing an
assessment. A signed interview or someone else's draft opens read-only.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.interview import InterviewDetail
from workbench.casework.interview import InterviewService
from workbench.domain.errors import SignInRequired, ValidationError, ValidationErrors, WorkbenchError
from workbench.domain.interview import (
    CODE_FIELDS,
    STEP_INFO,
    TEXT_FIELDS,
    InterviewStep,
    NeedArea,
    Referral,
)
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_interview_wizard import Ui_InterviewWizard
from workbench.gui.screens.assessment.sign import ask_password
from workbench.gui.screens.interview.pages import (
    ArrivalPage,
    DiversityPage,
    NeedsPage,
    OwnAccountPage,
    ReviewPage,
    VulnerabilityPage,
)
from workbench.gui.theme import set_role
from workbench.gui.widgets.forms import FieldErrors, UnsavedDialog, form_state, show_problem, submit
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

STEPS = tuple(InterviewStep)


class InterviewWizard(UnsavedDialog):
    """Take the prisoner through the initial interview, step by step, and sign it."""

    interview_saved = Signal(str)
    """The draft was saved (interview id)."""
    interview_signed = Signal(str)
    """The interview was signed (id of the signed record)."""
    sign_in_required = Signal()
    """Too many wrong passwords while signing: the session must end and the user sign in again."""

    def __init__(
        self,
        service: InterviewService,
        auth: AuthService,
        user: CurrentUser,
        bus: EventBus,
        case: CaseDetail,
        detail: InterviewDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interviewWizard")
        self._service, self._auth, self._user, self._bus = service, auth, user, bus
        self._case = case
        self._detail = detail
        self._going = False
        self.ui = Ui_InterviewWizard()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self._name = f"{case.family_name.upper()}, {case.given_name}"
        self.setWindowTitle(f"Initial interview — {self._name}")
        ui.prisoner.setText(f"{self._name} ({case.noms_number}), arrived {case.arrived_on:%d %b %Y}")
        self.arrival = ArrivalPage(today)
        self.needs = NeedsPage(today)
        self.own_account = OwnAccountPage()
        self.diversity = DiversityPage()
        self.vulnerability = VulnerabilityPage()
        self.review = ReviewPage()
        self.pages: dict[InterviewStep, QWidget] = {
            InterviewStep.ARRIVAL: self.arrival,
            InterviewStep.NEEDS: self.needs,
            InterviewStep.OWN_ACCOUNT: self.own_account,
            InterviewStep.DIVERSITY: self.diversity,
            InterviewStep.VULNERABILITY: self.vulnerability,
            InterviewStep.REVIEW: self.review,
        }
        for step in STEPS:
            ui.pages.addWidget(self.pages[step])
            ui.steps.addItem(QListWidgetItem(step.label))
        fields = {
            **self.arrival.fields(),
            **self.needs.fields(),
            **self.own_account.fields(),
            **self.diversity.fields(),
            **self.vulnerability.fields(),
        }
        self._field_step = {
            name: step
            for step, page in self.pages.items()
            if hasattr(page, "fields")
            for name in page.fields()
        }
        self.errors = FieldErrors(self, ui.general_error, fields)
        set_role(ui.missing, "muted")
        ui.back_button.clicked.connect(self.go_back)
        ui.next_button.clicked.connect(self.go_next)
        ui.save_button.clicked.connect(self.save_draft)
        ui.sign_button.clicked.connect(self.sign)
        ui.close_button.clicked.connect(self.reject)
        ui.steps.currentRowChanged.connect(self._on_steps_current_row_changed)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save_draft)
        guard_wheel(self)
        self._fill(detail)
        self.resize(980, 700)
        self.step = detail.current_step if detail.is_draft else InterviewStep.REVIEW
        self._show_step(self.step)
        self.mark_clean()

    # -- HoldsUnsavedWork ---------------------------------------------------------------------------

    def mark_clean(self) -> None:
        """Remember what the inputs hold now: nothing is unsaved."""
        self._clean_inputs = self._inputs_now()

    def has_unsaved_work(self) -> bool:
        """True when an input of a step differs from when it was last saved (the own draft only)."""
        clean: tuple[object, ...] | None = getattr(self, "_clean_inputs", None)
        if clean is None or not self.editable or self.result() == QDialog.DialogCode.Accepted:
            return False
        return self._inputs_now() != clean

    def _inputs_now(self) -> tuple[object, ...]:
        # The steps' inputs only: the review's summary and the date fields' echo lines are not typing.
        return tuple(form_state(self.pages[step]) for step in STEPS[:-1])

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the initial interview draft for {self._name}"

    def save_form(self) -> None:
        """Save the draft as Save draft does."""
        self.save_draft()

    def save_unsaved_work(self) -> bool:
        """Save the draft (incomplete steps are fine); False with messages shown if it cannot be."""
        return self.save_draft()

    def discard_unsaved_work(self) -> None:
        """Forget the typing: show the draft as last saved."""
        self._fill(self._detail)
        self.mark_clean()

    # -- navigation ---------------------------------------------------------------------------------

    @property
    def detail(self) -> InterviewDetail:
        """The interview as last saved."""
        return self._detail

    @property
    def editable(self) -> bool:
        """Whether this is the user's own draft."""
        return self._detail.read_only_reason is None

    def go_next(self) -> None:
        """Save and go to the next step."""
        index = STEPS.index(self.step)
        if index + 1 < len(STEPS):
            self._go(STEPS[index + 1])

    def go_back(self) -> None:
        """Save and go to the previous step."""
        index = STEPS.index(self.step)
        if index > 0:
            self._go(STEPS[index - 1])

    def _go(self, step: InterviewStep) -> None:
        if self.editable and not self._save(step):
            self._show_step(self.step)
            return
        self._show_step(step)

    def _on_steps_current_row_changed(self, row: int) -> None:
        if self._going or row < 0 or STEPS[row] is self.step:
            return
        self._go(STEPS[row])

    def _show_step(self, step: InterviewStep) -> None:
        ui = self.ui
        self.step = step
        self._going = True
        ui.steps.setCurrentRow(STEPS.index(step))
        self._going = False
        ui.pages.setCurrentWidget(self.pages[step])
        info = STEP_INFO[step]
        number = STEPS.index(step) + 1
        ui.step_title.setText(f"Step {number} of {len(STEPS)}: {info.title}")
        ui.guidance.setText(info.guidance)
        ui.prompts.setText(
            "<b>Questions you can ask:</b><br>" + "<br>".join(f"• <i>{escape(p)}</i>" for p in info.prompts)
        )
        ui.back_button.setEnabled(number > 1)
        ui.next_button.setEnabled(number < len(STEPS))
        ui.save_button.setVisible(self.editable)
        ui.sign_button.setVisible(self.editable and step is InterviewStep.REVIEW)
        if step is InterviewStep.REVIEW:
            self._render_review()
        self._render_progress()
        ui.scroll.verticalScrollBar().setValue(0)

    def _render_progress(self) -> None:
        ui = self.ui
        progress = {p.step: p for p in self._detail.progress}
        for i, step in enumerate(STEPS):
            item = ui.steps.item(i)
            done = progress[step].complete
            item.setText(f"{'✓' if done else '○'} {step.label}")
            item.setToolTip("Complete" if done else "Still needs something")
        current = progress[self.step]
        if self.step is InterviewStep.REVIEW:
            ui.missing.setText("")
        elif current.complete:
            ui.missing.setText("This step is complete.")
        else:
            ui.missing.setText("Still needed: " + " ".join(m.message for m in current.missing))

    def _render_review(self) -> None:
        d = self._detail
        gaps = d.missing()
        page = self.review.ui
        if not d.is_draft:
            page.missing_label.setText(d.read_only_reason or "")
        elif gaps:
            page.missing_label.setText(
                "<b>Not ready to sign.</b> Still missing:<br>"
                + "<br>".join(f"• {escape(STEP_INFO[m.step].title)}: {escape(m.message)}" for m in gaps)
            )
        else:
            page.missing_label.setText("Every step is complete. Read the main points back, then sign.")
        set_role(page.missing_label, "warning" if d.is_draft and gaps else "good")
        page.summary.setHtml(_summary_html(d))

    # -- saving and signing -------------------------------------------------------------------------

    def _answers(self) -> tuple[dict[str, object], list[Referral]]:
        """Everything typed on every page; unreadable dates are refused beside their fields, all at once."""
        answers: dict[str, object] = {}
        problems: list[ValidationError] = []
        referrals: list[Referral] = []
        for page in (self.arrival, self.own_account, self.diversity, self.vulnerability):
            try:
                answers.update(page.answers())
            except ValidationError as exc:
                problems.append(exc)
        answers.update(self.needs.answers())
        try:
            referrals = self.needs.referrals()
        except ValidationErrors as exc:
            problems.extend(exc.errors)
        if problems:
            raise ValidationErrors(problems)
        return answers, referrals

    def _save(self, next_step: InterviewStep | None = None) -> bool:
        if not self.editable:
            return True
        first_contact_before = self._detail.first_contact_recorded

        def call() -> tuple[InterviewDetail, ChangeSet]:
            answers, referrals = self._answers()
            return self._service.save_step(
                self._user, self._detail.interview_id, answers, referrals, next_step or self.step
            )

        result = submit(self.errors, self, call)
        if result is None:
            self._show_error_step()
            return False
        detail, changes = result
        self._detail = detail
        self.mark_clean()
        self._bus.publish(changes)
        if detail.first_contact_recorded and not first_contact_before:
            self.ui.notice.setText(
                "First contact recorded: the ten-working-day first-contact item on the caseload is met."
            )
            set_role(self.ui.notice, "good")
        self._render_progress()
        self.interview_saved.emit(detail.interview_id)
        return True

    def _show_error_step(self) -> None:
        """Go to the step of the first field with a message, so the user sees it."""
        for name, step in self._field_step.items():
            if self.errors.message(name):
                if step is not self.step:
                    self._show_step(step)
                return

    def save_draft(self) -> bool:
        """Save the draft where it is (Ctrl+S)."""
        return self._save()

    def sign(self) -> None:
        """Save, check every step is complete, ask for the password again, then sign."""
        if not self.editable or not self._save(InterviewStep.REVIEW):
            return
        self._render_review()
        gaps = self._detail.missing()
        if gaps:
            QMessageBox.information(
                self,
                "Not ready to sign",
                "Complete these first:\n\n" + "\n".join(f"• {m.message}" for m in gaps),
            )
            return
        if not self._password_confirmed():
            return
        try:
            detail, changes = self._service.sign(self._user, self._detail.interview_id)
        except WorkbenchError as exc:
            show_problem(self, exc)
            return
        self._detail = detail
        self.mark_clean()
        self._bus.publish(changes)
        self.interview_signed.emit(detail.interview_id)
        self.accept()

    def _password_confirmed(self) -> bool:
        """Ask for the password again until it is right or the user cancels (the draft stays saved)."""
        problem = ""
        while True:
            password = ask_password(self, self._user.display_name, "this initial interview", problem)
            if password is None:
                return False
            try:
                if self._auth.verify(self._user, password):
                    return True
            except SignInRequired as exc:
                QMessageBox.information(
                    self,
                    "Sign in again",
                    f"{exc.message}\n\nYour interview draft is saved and will be here after you sign in.",
                )
                self.sign_in_required.emit()
                return False
            problem = "That is not your password. Try again, or cancel: the draft stays saved."

    # -- filling ------------------------------------------------------------------------------------

    def _fill(self, detail: InterviewDetail) -> None:
        answers = dict(detail.answers)
        for page in (self.arrival, self.own_account, self.diversity, self.vulnerability):
            page.set_answers(answers)
        self.needs.set_answers(answers, detail.referrals)
        read_only = detail.read_only_reason is not None
        self.needs.set_read_only(read_only)
        for page in (self.arrival, self.own_account, self.diversity, self.vulnerability):
            page.set_read_only(read_only)
        notice: str = detail.read_only_reason or ""
        if detail.supersedes_id and detail.is_draft:
            notice = "This draft corrects the signed interview; signing it supersedes that record."
        self.ui.notice.setText(notice)
        self.ui.notice.setVisible(True)
        set_role(self.ui.notice, "warning")


def _summary_html(d: InterviewDetail) -> str:
    """The interview as a readable page (review step, and a signed record)."""
    parts: list[str] = []
    for step in STEPS[:-1]:
        rows: list[str] = []
        if step is InterviewStep.ARRIVAL and isinstance(d.answers.get("first_contact_date"), date):
            rows.append(f"<tr><td>Date</td><td>{d.answers['first_contact_date']:%d %b %Y}</td></tr>")
        if step is InterviewStep.NEEDS:
            for r in d.referrals:
                owner = f"{r.owner_role.label if r.owner_role else '?'}, {escape(r.owner_name)}"
                rows.append(
                    f"<tr><td>{escape(r.area.label)}</td><td>{escape(r.need)} — {owner} — "
                    f"{escape(r.status.label.lower())}</td></tr>"
                )
            raw = d.answers.get("no_need_areas")
            no_need = [NeedArea(a).label for a in raw] if isinstance(raw, list | tuple) else []
            if no_need:
                rows.append(f"<tr><td>No immediate need</td><td>{escape(', '.join(no_need))}</td></tr>")
        for name, (field_step, label) in TEXT_FIELDS.items():
            value = str(d.answers.get(name) or "")
            if field_step is step and value:
                rows.append(f"<tr><td>{escape(label.capitalize())}</td><td>{escape(value)}</td></tr>")
        for name, (field_step, codes) in CODE_FIELDS.items():
            chosen = d.answers.get(name)
            if field_step is step and chosen:
                code = codes(str(chosen))
                text = str(getattr(code, "label", code.value.replace("_", " ").capitalize()))
                rows.append(
                    f"<tr><td>{escape(name.replace('_', ' ').capitalize())}</td><td>{escape(text)}</td></tr>"
                )
        body = "".join(rows) or "<tr><td colspan='2'><i>Nothing recorded yet.</i></td></tr>"
        parts.append(f"<h3>{escape(STEP_INFO[step].title)}</h3><table cellpadding='3'>{body}</table>")
    return "".join(parts)


__all__ = ["InterviewWizard"]
