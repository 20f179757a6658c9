"""The "Likelihood of reoffending" tab of the case page: OGRS3, needs, protective factors and the tier.

Thin: it renders ``AssessmentOverview``/``AssessmentDetail`` DTOs and calls ``AssessmentService``.
OGRS3 and the tier are worked out as the user types by the pure ``preview`` function on the GUI thread
(microseconds). Seed 3.13–3.14; Executive Summary "resources follow risk".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from workbench.casework.assessment import AssessmentService
from workbench.casework.dto.assessment import (
    AssessmentDetail,
    AssessmentForm,
    AssessmentOverview,
    AssessmentPreview,
    TierOutcome,
)
from workbench.casework.dto.caseload import CaseDetail
from workbench.domain.dates import Prefer
from workbench.domain.enums import Gender, RoshLevel
from workbench.domain.errors import SignInRequired, ValidationError, ValidationErrors, WorkbenchError
from workbench.domain.needs import NeedSection
from workbench.domain.ogrs3 import band_label
from workbench.domain.tier import COMPLEXITY_FACTORS, IOM_LABEL, MAPPA_LEVEL_LABELS, WOMENS_FACTORS
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_assessment_widget import Ui_AssessmentWidget
from workbench.gui.screens.assessment.need_editor import NeedEditor
from workbench.gui.screens.assessment.sign import ask_password
from workbench.gui.screens.assessment.tier_panel import format_day as _fmt
from workbench.gui.theme import Colours
from workbench.gui.widgets.date_field import read_dates
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

_NO_SANCTIONS = 0  # the spin boxes' minimum stands for "not entered"
_NO_AGE = 9


class AssessmentWidget(QWidget):
    """Start, fill in, save, complete and sign, correct, and read likelihood-of-reoffending assessments."""

    draft_saved = Signal(str)
    """The user's draft was saved (assessment id)."""
    assessment_completed = Signal(str)
    """A draft was completed and signed (id of the new completed assessment)."""
    sign_in_required = Signal()
    """Too many wrong passwords while signing: the session must end and the user sign in again."""

    def __init__(
        self,
        service: AssessmentService,
        user: CurrentUser,
        bus: EventBus,
        offence_groups: Sequence[str],
        today: date,
        parent: QWidget | None = None,
        *,
        auth: AuthService,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._service = service
        self._user = user
        self._bus = bus
        self._today = today
        self._prisoner_id: str | None = None
        self._case_name = ""
        self._overview: AssessmentOverview | None = None
        self._shown: AssessmentDetail | None = None
        self._gender = Gender.MALE
        self._dob: date | None = None
        self._mandate = True
        self._filling = False
        self._dirty = False
        self._build(offence_groups)

    # -- construction -----------------------------------------------------------------------------

    def _build(self, offence_groups: Sequence[str]) -> None:
        """Lay out the Designer form (ui/assessment_widget.ui), then add what depends on data."""
        self.ui = Ui_AssessmentWidget()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        # The widgets the rest of the class (and the tests) use, by their familiar names.
        self.status_label, self.notice_label = ui.status_label, ui.notice_label
        self.view_combo, self.start_button, self.correct_button = (
            ui.view_combo,
            ui.start_button,
            ui.correct_button,
        )
        self.save_button, self.complete_button, self.discard_button = (
            ui.save_button,
            ui.complete_button,
            ui.discard_button,
        )
        self.ogrs3_label, self.tier_label, self.person_label = ui.ogrs3_label, ui.tier_label, ui.person_label
        self.conviction_edit, self.follow_up_edit = ui.conviction_edit, ui.follow_up_edit
        self.sanctions_spin, self.first_age_spin = ui.sanctions_spin, ui.first_age_spin
        self.offence_combo, self.rosh_combo, self.mappa_combo = (
            ui.offence_combo,
            ui.rosh_combo,
            ui.mappa_combo,
        )
        self.rsr_edit, self.iom_check, self.women_box, self.women_label = (
            ui.rsr_edit,
            ui.iom_check,
            ui.women_box,
            ui.women_label,
        )
        self.parenting_check, self.impulsivity_check, self.breach_check = (
            ui.parenting_check,
            ui.impulsivity_check,
            ui.breach_check,
        )
        self.factor_list, self.factor_edit, self.none_note_edit = (
            ui.factor_list,
            ui.factor_edit,
            ui.none_note_edit,
        )
        self.add_factor_button, self.remove_factor_button = ui.add_factor_button, ui.remove_factor_button
        self.tier_panel, self.history_panel = ui.tier_panel, ui.history_panel
        self.tier_points_label, self.reasons_list = ui.tier_panel.points_label, ui.tier_panel.reasons_list
        self.missing_label, self.history_table = ui.tier_panel.missing_label, ui.history_panel.table
        self.form_area, self.scroll_area = ui.form_area, ui.scroll_area
        self.field_errors: dict[str, QLabel] = {
            key: getattr(ui, f"error_{key}")
            for key in (
                "conviction_date",
                "follow_up_start",
                "total_sanctions",
                "age_at_first_sanction",
                "offence_group",
                "rsr_pct",
                "protective_factors",
            )
        }
        self._configure_dates()

        self.offence_combo.addItem("— choose the offence group —", None)
        for name in offence_groups:
            self.offence_combo.addItem(name, name)
        self.rosh_combo.addItem("Not known", None)
        for level in RoshLevel:
            self.rosh_combo.addItem(level.label, level)
        for value, text in MAPPA_LEVEL_LABELS.items():
            self.mappa_combo.addItem(text, value)
        # -- risk of harm (issue 8): the tier's RoSH comes from the latest signed full analysis --
        self.rosh_combo.setItemText(0, "No signed analysis yet")
        self.rosh_combo.setEnabled(False)
        self.rosh_combo.setToolTip(
            "From the latest signed full analysis (Risk of harm tab); until one is signed, the level "
            "recorded at reception, and the tier is provisional while it is not known."
        )
        self.ui.rosh_label.setText("RoSH level (from the full analysis)")
        # The words on screen are the domain's, the same the tier's reasons use (one home for labels).
        self.iom_check.setText(IOM_LABEL)
        for box, key in (
            (self.parenting_check, "parenting_responsibilities"),
            (self.impulsivity_check, "impulsivity_or_temper_problems"),
            (self.breach_check, "previous_breach_or_recall"),
        ):
            box.setText(WOMENS_FACTORS[key])
        self.factor_checks: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(COMPLEXITY_FACTORS.items()):
            box = QCheckBox(label[0].upper() + label[1:])
            box.setObjectName(f"factor_{key}")
            self.factor_checks[key] = box
            ui.factors_grid.addWidget(box, i // 2, i % 2)
        self.need_editors: dict[NeedSection, NeedEditor] = {}
        for section in NeedSection:
            editor = NeedEditor(section)
            self.need_editors[section] = editor
            ui.needs_layout.addWidget(editor)

        self.view_combo.activated.connect(self._on_view_combo_activated)
        self.start_button.clicked.connect(self.start_assessment)
        self.correct_button.clicked.connect(self.start_correction)
        self.save_button.clicked.connect(self.save_draft)
        self.complete_button.clicked.connect(self.complete)
        self.discard_button.clicked.connect(self.discard)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._on_save_shortcut)
        self.factor_edit.returnPressed.connect(self._add_factor)
        self.add_factor_button.clicked.connect(self._add_factor)
        self.remove_factor_button.clicked.connect(self._remove_factor)

        # Every input recomputes the figures as the user types.
        for date_edit in (self.conviction_edit, self.follow_up_edit):
            date_edit.value_changed.connect(self._on_input_changed)
        for spin in (self.sanctions_spin, self.first_age_spin):
            spin.valueChanged.connect(self._on_input_changed)
        for combo in (self.offence_combo, self.rosh_combo, self.mappa_combo):
            combo.currentIndexChanged.connect(self._on_input_changed)
        for line in (self.rsr_edit, self.none_note_edit):
            line.textChanged.connect(self._on_input_changed)
        for check in (
            *self.factor_checks.values(),
            self.iom_check,
            self.parenting_check,
            self.impulsivity_check,
            self.breach_check,
        ):
            check.toggled.connect(self._on_input_changed)
        for editor in self.need_editors.values():
            editor.severity.currentIndexChanged.connect(self._on_input_changed)
            editor.reoffending.toggled.connect(self._on_input_changed)
            editor.harm.toggled.connect(self._on_input_changed)
            editor.evidence.textChanged.connect(self._on_input_changed)
            editor.analysis.textChanged.connect(self._on_input_changed)
        guard_wheel(self)
        self._show_nothing()

    def _configure_dates(self) -> None:
        # A conviction lies in the past; the follow-up start (release) usually ahead.
        self.conviction_edit.configure(today=self._today, prefer=Prefer.PAST, latest=self._today)
        self.follow_up_edit.configure(today=self._today, prefer=Prefer.NEAR)

    def prisoner_id(self) -> str | None:
        return self._prisoner_id

    @property
    def shown(self) -> AssessmentDetail | None:
        """The assessment on screen (None when there is none yet)."""
        return self._shown

    @property
    def is_dirty(self) -> bool:
        """Whether the user's draft has changes not yet saved."""
        return self._dirty

    # -- HoldsUnsavedWork (gui/widgets/unsaved.py): the main window asks before quit, switch, lock --

    def has_unsaved_work(self) -> bool:
        """True when the user's draft has typing not yet saved."""
        return self._dirty and self._editable()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return "the likelihood of reoffending draft" + (f" for {self._case_name}" if self._case_name else "")

    def save_unsaved_work(self) -> bool:
        """Save the draft (incomplete work is fine in a draft); False with messages shown if it cannot be."""
        return self.save_draft()

    def discard_unsaved_work(self) -> None:
        """Forget the unsaved typing: show the draft as last saved."""
        self._dirty = False
        self.reload(self._shown.assessment_id if self._shown is not None else None)

    def show_case(self, case: CaseDetail) -> None:
        """Show the prisoner's assessments; keeps unsaved typing when the same case is refreshed."""
        if case.prisoner_id == self._prisoner_id and self._dirty:
            return
        if self._dirty and self._prisoner_id is not None:
            self.save_draft(quiet=True)
        self._today = case.as_at
        self._configure_dates()
        self._prisoner_id = case.prisoner_id
        self._case_name = f"{case.family_name.upper()}, {case.given_name}"
        self._gender = case.gender
        self._dob = case.date_of_birth
        self.reload()

    def clear(self) -> None:
        self._prisoner_id = None
        self._overview = None
        self._show_nothing()

    def reload(self, select_id: str | None = None) -> None:
        """Fetch the overview again and show the draft, else the latest completed assessment."""
        if self._prisoner_id is None:
            return
        try:
            self._overview = self._service.overview(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            self._overview = None
            self._show_nothing()
            self.status_label.setText(exc.message)
            return
        ov = self._overview
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        if ov.draft is not None:
            owner = (
                "your draft"
                if ov.draft.author_id == self._user.user_id
                else f"draft by {ov.draft.author_name}"
            )
            kind = "Correction" if ov.draft.supersedes_id else "Assessment"
            self.view_combo.addItem(f"{kind} in progress — {owner}", ov.draft.assessment_id)
        for i, h in enumerate(ov.history):
            label = f"Completed {_fmt(h.completed_at.date())} — tier {h.tier or '?'}"
            if i == 0:
                label += " (latest)"
            if h.superseded_by_id:
                label += " (corrected)"
            self.view_combo.addItem(label, h.assessment_id)
        self.view_combo.blockSignals(False)
        self.history_panel.show_history(ov)
        target = select_id or (
            ov.draft.assessment_id if ov.draft else (ov.latest.assessment_id if ov.latest else None)
        )
        if target is None:
            self._show_detail(None)
        elif ov.draft is not None and target == ov.draft.assessment_id:
            self._show_detail(ov.draft)
        elif ov.latest is not None and target == ov.latest.assessment_id:
            self._show_detail(ov.latest)
        else:
            self._show_detail(self._service.get(self._user, target))
        index = self.view_combo.findData(target)
        if index >= 0:
            self.view_combo.setCurrentIndex(index)
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------------

    def start_assessment(self) -> None:
        if self._prisoner_id is None:
            return
        try:
            detail, changes = self._service.start_draft(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            self._inform("Cannot start an assessment", exc.message)
            return
        self._bus.publish(changes)
        self.reload(detail.assessment_id)

    def start_correction(self) -> None:
        ov = self._overview
        if ov is None or ov.latest is None:
            return
        if not self._confirm(
            "Correct the latest assessment",
            "Start a correction of the assessment completed on "
            f"{_fmt(ov.latest.completed_at.date() if ov.latest.completed_at else None)}? It is copied into a "
            "new draft; when you complete it, it supersedes the original, which is kept.",
        ):
            return
        try:
            detail, changes = self._service.supersede(self._user, ov.latest.assessment_id)
        except WorkbenchError as exc:
            self._inform("Cannot start a correction", exc.message)
            return
        self._bus.publish(changes)
        self.reload(detail.assessment_id)

    def save_draft(self, *, quiet: bool = False) -> bool:
        """Save the user's draft; returns whether it was saved. Messages go beside the fields."""
        shown = self._shown
        if shown is None or not self._editable():
            return False
        try:
            # Text that is not a date must never be saved as "no date" (issue 7 point 1).
            read_dates({"conviction_date": self.conviction_edit, "follow_up_start": self.follow_up_edit})
            detail, changes = self._service.save_draft(self._user, shown.assessment_id, self.form())
        except ValidationError as exc:
            self._show_errors(exc)
            if quiet:
                self._inform("Draft not saved", exc.message)
            return False
        except WorkbenchError as exc:
            self._inform("Could not save the draft", exc.message)
            return False
        self._dirty = False
        self._shown = detail
        self.status_label.setText(self._status_text(detail))
        self._bus.publish(changes)
        self.draft_saved.emit(detail.assessment_id)
        return True

    def complete(self) -> None:
        """Save, check, show warnings and ask for confirmation, then complete and sign."""
        shown = self._shown
        if shown is None or not self._editable():
            return
        if self._dirty and not self.save_draft():
            return
        try:
            check = self._service.check_completion(self._user, shown.assessment_id)
        except WorkbenchError as exc:
            self._inform("Cannot complete", exc.message)
            return
        if not check.ok:
            self._show_errors(ValidationErrors([ValidationError(m, field=f) for f, m in check.problems]))
            count = len(check.problems)
            self._inform(
                "Not ready to sign",
                f"Fix {'this' if count == 1 else f'these {count}'} first:\n\n"
                + "\n".join(f"• {m}" for _, m in check.problems),
            )
            return
        warnings = "".join(f"\n\n⚠ {w}" for w in check.warnings)
        if not self._confirm(
            "Complete and sign",
            "Complete and sign this likelihood of reoffending assessment? It cannot be changed afterwards; "
            "a correction supersedes it." + warnings,
        ):
            return
        if not self._password_confirmed():
            return
        try:
            detail, changes = self._service.complete(self._user, shown.assessment_id)
        except ValidationError as exc:
            self._show_errors(exc)
            self._inform("Not ready to sign", exc.message)
            return
        except WorkbenchError as exc:
            self._inform("Could not complete", exc.message)
            return
        self._dirty = False
        self._bus.publish(changes)
        self.reload(detail.assessment_id)
        self.assessment_completed.emit(detail.assessment_id)

    def _password_confirmed(self) -> bool:
        """Ask for the password again until it is right or the user cancels (the draft stays saved)."""
        problem = ""
        while True:
            password = ask_password(self, self._user.display_name, "this assessment", problem)
            if password is None:
                return False
            try:
                if self._auth.verify(self._user, password):
                    return True
            except SignInRequired as exc:
                self._inform(
                    "Sign in again",
                    f"{exc.message}\n\nThe session must be signed in again. Your draft is saved and "
                    "will be here when you have signed in.",
                )
                self.sign_in_required.emit()
                return False
            problem = "That is not your password. Try again, or cancel: the draft stays saved."

    def discard(self) -> None:
        shown = self._shown
        if shown is None or not self._editable():
            return
        if not self._confirm("Discard draft", "Discard this draft? What it holds will not be used."):
            return
        try:
            changes = self._service.discard_draft(self._user, shown.assessment_id)
        except WorkbenchError as exc:
            self._inform("Could not discard", exc.message)
            return
        self._dirty = False
        self._bus.publish(changes)
        self.reload()

    # -- reading the form --------------------------------------------------------------------------

    def form(self) -> AssessmentForm:
        """What the widgets hold now."""
        sanctions = self.sanctions_spin.value()
        first = self.first_age_spin.value()
        return AssessmentForm(
            gender=self._gender,
            date_of_birth=self._dob,
            has_mandate_for_change=self._mandate,
            conviction_date=self.conviction_edit.value(),
            follow_up_start=self.follow_up_edit.value(),
            total_sanctions=None if sanctions == _NO_SANCTIONS else sanctions,
            age_at_first_sanction=None if first == _NO_AGE else first,
            offence_group=self.offence_combo.currentData(),
            rsr_pct=self.rsr_edit.text(),
            rosh_level=RoshLevel(self.rosh_combo.currentData()) if self.rosh_combo.currentData() else None,
            mappa_level=self.mappa_combo.currentData(),
            complexity_factors=frozenset(k for k, box in self.factor_checks.items() if box.isChecked()),
            iom=self.iom_check.isChecked(),
            parenting_responsibilities=self.parenting_check.isChecked(),
            impulsivity_or_temper_problems=self.impulsivity_check.isChecked(),
            previous_breach_or_recall=self.breach_check.isChecked(),
            needs=tuple(e.entry() for e in self.need_editors.values()),
            protective_factors=tuple(
                self.factor_list.item(i).text() for i in range(self.factor_list.count())
            ),
            no_protective_factors_note=self.none_note_edit.text(),
        )

    # -- rendering ---------------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self._shown = None
        self._dirty = False
        self.view_combo.clear()
        self.status_label.setText("Select a prisoner to see their likelihood of reoffending assessment.")
        self.notice_label.hide()
        self.scroll_area.setVisible(False)
        self.ogrs3_label.clear()
        self.tier_label.clear()
        self._update_buttons()

    def _show_detail(self, detail: AssessmentDetail | None) -> None:
        self._shown = detail
        ov = self._overview
        notices = list(ov.warnings) if ov else []
        if detail is None:
            self.scroll_area.setVisible(False)
            self.ogrs3_label.setText("No assessment yet.")
            self.tier_label.clear()
            reason = ov.cannot_start_reason if ov else None
            self.status_label.setText(
                "No likelihood of reoffending assessment yet."
                + (f" {reason}" if reason else " Start one to record OGRS3, needs and the tier.")
            )
        else:
            self.scroll_area.setVisible(True)
            self.status_label.setText(self._status_text(detail))
            if detail.is_draft and ov is not None:
                notices.extend(ov.draft_warnings)
            if detail.read_only_reason and detail.is_draft:
                notices.insert(0, detail.read_only_reason)
            if not detail.is_draft and detail.recalculated_at is not None:
                notices.append(
                    f"Figures recalculated on {_fmt(detail.recalculated_at.date())} after a policy change "
                    f"(signed: tier {detail.signed_tier or '?'}, band {detail.signed_ogrs3_band or '?'})."
                )
            if not detail.is_draft and detail.completion_warnings:
                notices.extend(f"Signed with warning: {w}" for w in detail.completion_warnings)
            self._fill(detail.form)
            if detail.is_draft:
                self._render_preview(self._service.preview(self.form()), show_errors=True)
            else:
                self._render_figures(
                    detail.ogrs3_one_year_pct, detail.ogrs3_two_year_pct, detail.ogrs3_band, detail.tier
                )
                self._clear_errors()
            read_only = not self._editable()
            for w in (
                self.conviction_edit,
                self.follow_up_edit,
                self.sanctions_spin,
                self.first_age_spin,
                self.offence_combo,
                self.mappa_combo,
                *self.factor_checks.values(),
                self.iom_check,
                self.parenting_check,
                self.impulsivity_check,
                self.breach_check,
                self.add_factor_button,
                self.remove_factor_button,
                self.factor_edit,
            ):
                w.setEnabled(not read_only)
            self.rsr_edit.setReadOnly(read_only)
            self.none_note_edit.setReadOnly(read_only)
            for editor in self.need_editors.values():
                editor.set_read_only(read_only)
            self._show_evidence_prompts(enabled=not read_only)  # -- interview (issue 8) --
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        self._dirty = False
        self._update_buttons()

    # -- interview (issue 8) --
    evidence_prompts: Callable[[str], Sequence[Any]] | None = None
    """Set by the window: prisoner id -> the initial interview's ``EvidencePrompt``s (section, text)."""

    def _show_evidence_prompts(self, *, enabled: bool) -> None:
        """Offer the interview's answers in each need section, so nothing is typed twice."""
        found = (
            self.evidence_prompts(self._prisoner_id) if self.evidence_prompts and self._prisoner_id else ()
        )
        for section, editor in self.need_editors.items():
            editor.set_prompts([p.text for p in found if p.section == section], enabled=enabled)

    def _status_text(self, d: AssessmentDetail) -> str:
        if d.is_draft:
            kind = "Correction" if d.supersedes_id else "Draft"
            whose = "yours" if d.author_id == self._user.user_id else f"by {d.author_name}"
            return f"<b>{kind}</b> ({whose}), last saved {d.updated_at:%d %b %Y %H:%M} UTC."
        signed = _fmt(d.completed_at.date() if d.completed_at else None)
        extra = " — corrected by a later assessment" if d.superseded_by_id else ""
        return f"<b>Completed</b> and signed by {d.signed_by_name} on {signed}{extra}. Read only."

    def _fill(self, form: AssessmentForm) -> None:
        self._filling = True
        try:
            self._gender = form.gender
            self._dob = form.date_of_birth
            self._mandate = form.has_mandate_for_change
            age = ""
            if form.date_of_birth is not None:
                years = (
                    self._today.year
                    - form.date_of_birth.year
                    - (
                        (self._today.month, self._today.day)
                        < (form.date_of_birth.month, form.date_of_birth.day)
                    )
                )
                age = f", age {years}"
            self.person_label.setText(
                f"{form.gender.value.title()}, born {_fmt(form.date_of_birth)}{age}"
                " (from the prisoner record)"
            )
            self.conviction_edit.setValue(form.conviction_date)
            self.follow_up_edit.setValue(form.follow_up_start)
            self.sanctions_spin.setValue(form.total_sanctions or _NO_SANCTIONS)
            self.first_age_spin.setValue(form.age_at_first_sanction or _NO_AGE)
            self.offence_combo.setCurrentIndex(max(0, self.offence_combo.findData(form.offence_group)))
            self.rosh_combo.setCurrentIndex(max(0, self.rosh_combo.findData(form.rosh_level)))
            self.rsr_edit.setText(form.rsr_pct)
            self.mappa_combo.setCurrentIndex(max(0, self.mappa_combo.findData(form.mappa_level)))
            for key, box in self.factor_checks.items():
                box.setChecked(key in form.complexity_factors)
            self.iom_check.setChecked(form.iom)
            female = form.gender is Gender.FEMALE
            self.women_box.setVisible(female)
            self.women_label.setVisible(female)
            self.parenting_check.setChecked(form.parenting_responsibilities)
            self.impulsivity_check.setChecked(form.impulsivity_or_temper_problems)
            self.breach_check.setChecked(form.previous_breach_or_recall)
            for section, editor in self.need_editors.items():
                editor.set_entry(form.need(section))
            self.factor_list.clear()
            self.factor_list.addItems(list(form.protective_factors))
            self.none_note_edit.setText(form.no_protective_factors_note)
        finally:
            self._filling = False

    def _render_preview(self, p: AssessmentPreview, *, show_errors: bool) -> None:
        self._render_figures(p.ogrs3_one_year_pct, p.ogrs3_two_year_pct, p.ogrs3_band, p.tier)
        if p.ogrs3_two_year_pct is None:
            self.ogrs3_label.setText(
                "<b>OGRS3</b>: not yet — "
                + (p.problems_by_field().get("conviction_date") or "complete the OGRS3 inputs below")
            )
        if show_errors:
            self._clear_errors()
            for key, message in p.problems:
                label = self.field_errors.get(key)
                if label is not None and not label.text():
                    label.setText(message)
                    label.show()

    def _render_figures(
        self, one: int | None, two: int | None, band: str | None, tier: TierOutcome | None
    ) -> None:
        if two is None:
            self.ogrs3_label.setText("<b>OGRS3</b>: not calculated")
        else:
            self.ogrs3_label.setText(
                f"<b>OGRS3</b> 1 year <b>{one}%</b> · 2 years <b>{two}%</b> · band <b>{band_label(band)}</b>"
            )
        self.tier_panel.show_tier(tier)
        if tier is None:
            self.tier_label.setText("<b>Tier</b>: —")
            return
        provisional = (
            f" <span style='color:{Colours.WARNING}'>(provisional)</span>" if tier.provisional else ""
        )
        self.tier_label.setText(f"<span style='font-size:15pt'><b>Tier {tier.tier}</b></span>{provisional}")

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        for editor in self.need_editors.values():
            editor.error.clear()
            editor.error.hide()

    def _show_errors(self, error: ValidationError) -> None:
        """Put messages beside their fields: OGRS3 inputs, RSR, protective factors, need sections."""
        self._clear_errors()
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        for e in errors:
            key = e.field or ""
            if key in self.field_errors:
                label = self.field_errors[key]
            elif key.startswith("needs."):
                label = self.need_editors[NeedSection(key.split(".")[1])].error
            else:
                continue
            label.setText("\n".join(t for t in (label.text(), e.message) if t))
            label.show()

    def _update_buttons(self) -> None:
        ov = self._overview
        editable = self._editable()
        self.start_button.setEnabled(ov is not None and ov.can_start)
        self.start_button.setToolTip(ov.cannot_start_reason or "" if ov else "")
        self.correct_button.setEnabled(ov is not None and ov.can_start and ov.latest is not None)
        for b in (self.save_button, self.complete_button, self.discard_button):
            b.setEnabled(editable)
        self.view_combo.setVisible(self.view_combo.count() > 0)

    def _editable(self) -> bool:
        return self._shown is not None and self._shown.is_draft and self._shown.read_only_reason is None

    # -- slots -------------------------------------------------------------------------------------

    def _on_input_changed(self, *_args: object) -> None:
        if self._filling or not self._editable():
            return
        self._dirty = True
        self._render_preview(self._service.preview(self.form()), show_errors=True)

    def _on_view_combo_activated(self, index: int) -> None:
        target = self.view_combo.itemData(index)
        if target is None or (self._shown is not None and target == self._shown.assessment_id):
            return
        if self._dirty:
            self.save_draft(quiet=True)
        self.reload(str(target))

    def _on_save_shortcut(self) -> None:
        if self._editable():
            self.save_draft()

    def _add_factor(self) -> None:
        text = self.factor_edit.text().strip()
        if not text or not self._editable():
            return
        self.factor_list.addItem(text)
        self.factor_edit.clear()
        self._on_input_changed()

    def _remove_factor(self) -> None:
        row = self.factor_list.currentRow()
        if row >= 0 and self._editable():
            self.factor_list.takeItem(row)
            self._on_input_changed()

    # -- dialogs (overridable in tests) ----------------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


__all__ = ["AssessmentWidget"]
