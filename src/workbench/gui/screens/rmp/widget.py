"""The risk management plan editor (issue 8 point 4): measures, reasons for empty categories, review
date, signing with the password again, and the distribution list of the signed plan.

Thin: it renders ``RmpOverview``/``PlanDetail`` DTOs and calls ``RmpService``. What would stop signing
is worked out as the user types by the pure ``domain.rmp.signing_problems`` (seed 3.11: show what is
missing per measure). Restricted measures never reach this widget for a role that may not read them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMessageBox, QTableWidgetItem, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.rmp import PlanDetail, RmpForm, RmpOverview
from workbench.casework.rmp import RmpService
from workbench.domain.dates import Prefer
from workbench.domain.errors import SignInRequired, WorkbenchError
from workbench.domain.rmp import Measure, MeasureCategory, Party, RequiredItem, signing_problems
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_rmp_widget import Ui_RmpWidget
from workbench.gui.screens.assessment.sign import ask_password
from workbench.gui.theme import set_role
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

# What the tab shows depends on: the plan and its parties, the analysis' level, the countersignature,
# and what the children and victims require.
_ENTITIES = frozenset(
    {
        "risk_management_plan_draft",
        "risk_management_plan",
        "rmp_distribution",
        "rosh_analysis",
        "countersignature",
        "child_concern",
        "victim",
        "mappa_status",
    }
)


def _fmt(d: date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d else ""


class RmpWidget(QWidget):
    """Start, fill in, save, sign and share a prisoner's risk management plan."""

    draft_saved = Signal(str)
    """The user's draft plan was saved (plan id)."""
    plan_signed = Signal(str)
    """A draft was signed (id of the new signed plan)."""
    sign_in_required = Signal()
    """Too many wrong passwords while signing: the session must end and the user sign in again."""

    def __init__(
        self,
        service: RmpService,
        user: CurrentUser,
        bus: EventBus,
        today: date,
        parent: QWidget | None = None,
        *,
        auth: AuthService,
    ) -> None:
        super().__init__(parent)
        self._service, self._user, self._bus, self._auth, self._today = service, user, bus, auth, today
        self._prisoner_id: str | None = None
        self._case_name = ""
        self._overview: RmpOverview | None = None
        self._shown: PlanDetail | None = None
        self._measures: list[Measure] = []
        self._filling = False
        self._dirty = False
        self.ui = Ui_RmpWidget()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.status_label, self.required_label, self.items_label = (
            ui.status_label,
            ui.required_label,
            ui.items_label,
        )
        self.hidden_label, self.problems_label = ui.hidden_label, ui.problems_label
        self.start_button, self.save_button, self.sign_button, self.discard_button = (
            ui.start_button,
            ui.save_button,
            ui.sign_button,
            ui.discard_button,
        )
        self.measures_table, self.category_combo = ui.measures_table, ui.category_combo
        self.measure_edit, self.role_edit, self.person_edit = ui.measure_edit, ui.role_edit, ui.person_edit
        self.response_edit, self.by_when_edit, self.restricted_check = (
            ui.response_edit,
            ui.by_when_edit,
            ui.restricted_check,
        )
        self.add_measure_button, self.remove_measure_button = ui.add_measure_button, ui.remove_measure_button
        self.review_edit, self.distribution_table = ui.review_edit, ui.distribution_table
        self.party_combo, self.party_name_edit, self.add_party_button = (
            ui.party_combo,
            ui.party_name_edit,
            ui.add_party_button,
        )
        self.shared_button, self.ack_by_edit, self.acknowledge_button = (
            ui.shared_button,
            ui.ack_by_edit,
            ui.acknowledge_button,
        )
        self.note_edits: dict[MeasureCategory, QLineEdit] = {
            c: getattr(ui, f"note_{c.value}") for c in MeasureCategory
        }
        self.measure_gaps_label = ui.measure_gaps_label
        header = self.measures_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the measure takes what is left
        self.distribution_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        for label in (self.problems_label, self.measure_gaps_label):
            set_role(label, "error")
        set_role(self.hidden_label, "warning")
        for c in MeasureCategory:
            self.category_combo.addItem(c.label, c.value)
        for p in Party:
            self.party_combo.addItem(p.label, p.value)
        self.party_name_edit.setPlaceholderText("Name (for Other)")
        self.ack_by_edit.setPlaceholderText("Acknowledged by")
        self.by_when_edit.configure(today=today, prefer=Prefer.NEAR)
        self.review_edit.configure(today=today, prefer=Prefer.NEAR)

        self.start_button.clicked.connect(self.start_plan)
        self.save_button.clicked.connect(self.save_draft)
        self.sign_button.clicked.connect(self.sign)
        self.discard_button.clicked.connect(self.discard)
        self.add_measure_button.clicked.connect(self._add_measure)
        self.remove_measure_button.clicked.connect(self._remove_measure)
        self.measures_table.itemSelectionChanged.connect(self._on_measures_table_selection_changed)
        self.add_party_button.clicked.connect(self._add_party)
        self.shared_button.clicked.connect(self._mark_shared)
        self.acknowledge_button.clicked.connect(self._mark_acknowledged)
        for edit in (self.measure_edit, self.role_edit, self.person_edit):
            edit.textChanged.connect(self._on_measure_edited)
        self.response_edit.textChanged.connect(self._on_measure_edited)
        self.by_when_edit.value_changed.connect(self._on_measure_edited)
        self.category_combo.currentIndexChanged.connect(self._on_measure_edited)
        self.restricted_check.toggled.connect(self._on_measure_edited)
        for note in self.note_edits.values():
            note.textChanged.connect(self._on_plan_edited)
        self.review_edit.value_changed.connect(self._on_plan_edited)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._on_save_shortcut)
        bus.changed.connect(self._on_bus_changed)
        guard_wheel(self)
        self._show(None)

    # -- HoldsUnsavedWork (gui/widgets/unsaved.py) ---------------------------------------------------

    def has_unsaved_work(self) -> bool:
        """True when the user's draft plan has typing not yet saved."""
        return self._dirty and self._editable()

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return "the risk management plan draft"

    def save_unsaved_work(self) -> bool:
        """Save the draft (an incomplete draft is fine)."""
        return self.save_draft()

    def discard_unsaved_work(self) -> None:
        """Forget the unsaved typing: show the draft as last saved."""
        self._dirty = False
        self.reload()

    # -- the case ----------------------------------------------------------------------------------

    @property
    def shown(self) -> PlanDetail | None:
        """The plan on screen (None when there is none)."""
        return self._shown

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The measures as typed now."""
        return tuple(self._measures)

    def show_case(self, case: CaseDetail) -> None:
        """Show the prisoner's plan; keeps unsaved typing when the same case is refreshed."""
        if case.prisoner_id == self._prisoner_id and self._dirty:
            return
        if self._dirty and self._prisoner_id is not None:
            self.save_draft()
        self._prisoner_id = case.prisoner_id
        self._case_name = f"{case.family_name.upper()}, {case.given_name}"
        self._today = case.as_at
        self.reload()

    def clear(self) -> None:
        self._prisoner_id = None
        self._overview = None
        self._dirty = False
        self._show(None)

    def reload(self) -> None:
        """Fetch the overview again: the draft if there is one, else the current signed plan."""
        if self._prisoner_id is None:
            return
        try:
            self._overview = ov = self._service.overview(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            self._overview = None
            self._show(None)
            self.status_label.setText(exc.message)
            return
        self.required_label.setText(ov.required_reason)
        set_role(self.required_label, "warning" if ov.required and ov.current is None else "")
        self.items_label.setText(" ".join(f"{item.label} ({why})" for item, why in ov.required_items))
        self.items_label.setVisible(bool(ov.required_items))
        self._show(ov.draft or ov.current)

    # -- actions -----------------------------------------------------------------------------------

    def start_plan(self) -> None:
        """Start a draft (a new version when there is a signed plan)."""
        if self._prisoner_id is None:
            return
        try:
            detail, changes = self._service.start_draft(self._user, self._prisoner_id)
        except WorkbenchError as exc:
            self._inform("Cannot start a plan", exc.message)
            return
        self._bus.publish(changes)
        self.reload()
        (self.measure_edit if detail.form.measures else self.add_measure_button).setFocus()

    def form(self) -> RmpForm:
        """What the widgets hold now."""
        notes = {c.value: e.text() for c, e in self.note_edits.items() if e.text().strip()}
        return RmpForm(tuple(self._measures), notes, self.review_edit.value())

    def save_draft(self) -> bool:
        """Save the draft; False (with the message shown) when it cannot be saved."""
        shown = self._shown
        if shown is None or not self._editable():
            return False
        try:
            detail, changes = self._service.save_draft(self._user, shown.plan_id, self.form())
        except WorkbenchError as exc:
            self._inform("Could not save the plan", exc.message)
            return False
        self._dirty = False
        self._bus.publish(changes)
        self.reload()
        self.draft_saved.emit(detail.plan_id)
        return True

    def sign(self) -> None:
        """Save, check, confirm with the password again, and sign (refused with every gap shown)."""
        shown = self._shown
        if shown is None or not self._editable():
            return
        if self._dirty and not self.save_draft():
            return
        problems = self._service.check(self._user, shown.plan_id)
        if problems:
            self._show_problems(problems)
            self._inform("Not ready to sign", "\n".join(m for _, m in problems))
            return
        if not self._password_confirmed():
            return
        try:
            detail, changes = self._service.sign(self._user, shown.plan_id)
        except WorkbenchError as exc:
            self._inform("Could not sign", exc.message)
            return
        self._dirty = False
        self._bus.publish(changes)
        self.reload()
        self.plan_signed.emit(detail.plan_id)

    def discard(self) -> None:
        shown = self._shown
        if shown is None or not self._editable():
            return
        if not self._confirm("Discard draft", "Discard this draft plan? What it holds will not be used."):
            return
        try:
            changes = self._service.discard_draft(self._user, shown.plan_id)
        except WorkbenchError as exc:
            self._inform("Could not discard", exc.message)
            return
        self._dirty = False
        self._bus.publish(changes)
        self.reload()

    def _password_confirmed(self) -> bool:
        problem = ""
        while True:
            password = ask_password(self, self._user.display_name, "this risk management plan", problem)
            if password is None:
                return False
            try:
                if self._auth.verify(self._user, password):
                    return True
            except SignInRequired as exc:
                self._inform("Sign in again", f"{exc.message}\n\nYour draft is saved.")
                self.sign_in_required.emit()
                return False
            problem = "That is not your password. Try again, or cancel: the draft stays saved."

    # -- measures ----------------------------------------------------------------------------------

    def _add_measure(self) -> None:
        category = MeasureCategory(self.category_combo.currentData() or MeasureCategory.SUPERVISION)
        self._measures.append(Measure(category))
        self._dirty = True
        self._fill_measures_table(select=len(self._measures) - 1)
        self.measure_edit.setFocus()

    def _remove_measure(self) -> None:
        row = self.measures_table.currentRow()
        if 0 <= row < len(self._measures):
            del self._measures[row]
            self._dirty = True
            self._fill_measures_table(select=min(row, len(self._measures) - 1))

    def _on_measures_table_selection_changed(self) -> None:
        row = self.measures_table.currentRow()
        self._filling = True
        try:
            m = self._measures[row] if 0 <= row < len(self._measures) else None
            self.category_combo.setCurrentIndex(
                self.category_combo.findData(m.category.value) if m else self.category_combo.currentIndex()
            )
            self.measure_edit.setText(m.measure if m else "")
            self.role_edit.setText(m.role if m else "")
            self.person_edit.setText(m.named_person if m else "")
            self.response_edit.setPlainText(m.response if m else "")
            self.by_when_edit.setValue(m.by_when if m else None)
            self.restricted_check.setChecked(m.restricted if m else False)
        finally:
            self._filling = False
        self._update_enabled()

    def _on_measure_edited(self) -> None:
        if self._filling:
            return
        row = self.measures_table.currentRow()
        if not (0 <= row < len(self._measures)) or not self._editable():
            return
        self._measures[row] = replace(
            self._measures[row],
            category=MeasureCategory(self.category_combo.currentData()),
            measure=self.measure_edit.text(),
            role=self.role_edit.text(),
            named_person=self.person_edit.text(),
            response=self.response_edit.toPlainText(),
            by_when=self.by_when_edit.value(),
            restricted=self.restricted_check.isChecked(),
        )
        self._dirty = True
        self._fill_row(row)
        self._update_problems()

    def _on_plan_edited(self) -> None:
        if self._filling or not self._editable():
            return
        self._dirty = True
        self._update_problems()

    def _fill_measures_table(self, select: int | None = None) -> None:
        t = self.measures_table
        t.blockSignals(True)
        t.setRowCount(len(self._measures))
        for row in range(len(self._measures)):
            self._fill_row(row)
        t.blockSignals(False)
        if select is not None and select >= 0:
            t.setCurrentCell(select, 1)
        else:
            t.clearSelection()
            t.setCurrentCell(-1, -1)
        self._on_measures_table_selection_changed()
        self._update_problems()

    def _fill_row(self, row: int) -> None:
        m = self._measures[row]
        gaps = m.gaps()
        cells = (
            m.category.label + (" (restricted)" if m.restricted else ""),
            m.measure,
            m.role,
            m.named_person,
            _fmt(m.by_when),
            ("Missing: " + ", ".join(gaps)) if gaps else "Complete",
        )
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(m.response if col == 1 else text)
            self.measures_table.setItem(row, col, item)

    def _update_problems(self) -> None:
        row = self.measures_table.currentRow()
        gaps = self._measures[row].gaps() if 0 <= row < len(self._measures) else ()
        self.measure_gaps_label.setText(("This measure is missing: " + ", ".join(gaps)) if gaps else "")
        if self._shown is None or not self._shown.is_draft:
            self.problems_label.setText("")
            return
        required = [i for i, _ in self._overview.required_items] if self._overview else []
        victim = [i for i in required if i is RequiredItem.VICTIM_SAFETY_PLANNING]
        form = self.form()
        self._show_problems(
            signing_problems(form.measures, form.category_notes, form.review_date, self._today, victim)
        )

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        if not problems:
            self.problems_label.setText("Ready to sign.")
            set_role(self.problems_label, "")
            return
        set_role(self.problems_label, "error")
        self.problems_label.setText("<b>Before signing:</b><br>" + "<br>".join(m for _, m in problems))

    # -- distribution ----------------------------------------------------------------------------------

    def _add_party(self) -> None:
        ov = self._overview
        if ov is None or ov.current is None:
            return
        try:
            _, changes = self._service.add_party(
                self._user,
                ov.current.plan_id,
                Party(self.party_combo.currentData()),
                self.party_name_edit.text(),
            )
        except WorkbenchError as exc:
            self._inform("Could not add the party", exc.message)
            return
        self.party_name_edit.clear()
        self._bus.publish(changes)

    def _selected_party(self) -> str | None:
        ov = self._overview
        row = self.distribution_table.currentRow()
        if ov is None or not (0 <= row < len(ov.distribution)):
            self._inform("Choose a party", "Choose a party in the distribution list first.")
            return None
        return ov.distribution[row].distribution_id

    def _mark_shared(self) -> None:
        distribution_id = self._selected_party()
        if distribution_id is None:
            return
        try:
            changes = self._service.mark_shared(self._user, distribution_id, self._today)
        except WorkbenchError as exc:
            self._inform("Could not record it", exc.message)
            return
        self._bus.publish(changes)

    def _mark_acknowledged(self) -> None:
        distribution_id = self._selected_party()
        if distribution_id is None:
            return
        try:
            changes = self._service.mark_acknowledged(
                self._user, distribution_id, self._today, self.ack_by_edit.text()
            )
        except WorkbenchError as exc:
            self._inform("Could not record it", exc.message)
            return
        self.ack_by_edit.clear()
        self._bus.publish(changes)

    def _fill_distribution(self) -> None:
        ov = self._overview
        rows = ov.distribution if ov and ov.current else ()
        row_before = self.distribution_table.currentRow()
        self.distribution_table.setRowCount(len(rows))
        for i, d in enumerate(rows):
            self.distribution_table.setItem(i, 0, QTableWidgetItem(d.label))
            self.distribution_table.setItem(i, 1, QTableWidgetItem(d.state))
        if 0 <= row_before < len(rows):
            self.distribution_table.setCurrentCell(row_before, 0)
        shared = sum(1 for d in rows if d.acknowledged_on is not None)
        note = (
            f"{shared} of {len(rows)} parties have acknowledged the plan."
            if rows
            else ("Not shared with anyone yet." if ov and ov.current else "Sign the plan, then share it.")
        )
        self.ui.distribution_note.setText(note)

    # -- showing -----------------------------------------------------------------------------------

    def _show(self, plan: PlanDetail | None) -> None:
        self._shown = plan
        self._filling = True
        try:
            self._measures = list(plan.form.measures) if plan else []
            for c, edit in self.note_edits.items():
                edit.setText(plan.form.category_notes.get(c.value, "") if plan else "")
            self.review_edit.setValue(plan.form.review_date if plan else None)
        finally:
            self._filling = False
        self._fill_measures_table(select=0 if self._measures else None)
        self._dirty = False
        if plan is None:
            self.status_label.setText("No risk management plan yet." if self._prisoner_id else "")
        elif plan.is_draft:
            kind = "New version" if plan.supersedes_id else "Draft plan"
            self.status_label.setText(f"<b>{kind}</b> by {plan.author_name}, not signed yet.")
        else:
            state = f" · <b>{plan.countersign_state}</b>" if plan.countersign_state else ""
            level = f" at {plan.overall_level.label.lower()} risk" if plan.overall_level else ""
            signed_on = _fmt(plan.completed_at.date() if plan.completed_at else None)
            self.status_label.setText(
                f"<b>Signed</b> by {plan.signed_by_name} on {signed_on}{level}; "
                f"review by {_fmt(plan.form.review_date)}{state}"
            )
        self.hidden_label.setText(plan.hidden_note if plan else "")
        self.hidden_label.setVisible(bool(plan and plan.hidden_note))
        self._fill_distribution()
        self._update_enabled()

    def _editable(self) -> bool:
        s = self._shown
        return s is not None and s.is_draft and s.read_only_reason is None

    def _update_enabled(self) -> None:
        editable = self._editable()
        ov = self._overview
        self.start_button.setEnabled(bool(ov and ov.can_start))
        self.start_button.setText("Ne&w plan version" if ov and ov.current else "Ne&w plan")
        self.start_button.setToolTip((ov.cannot_start_reason or "") if ov else "")
        for button in (self.save_button, self.sign_button, self.discard_button, self.add_measure_button):
            button.setEnabled(editable)
        has_row = 0 <= self.measures_table.currentRow() < len(self._measures)
        self.remove_measure_button.setEnabled(editable and has_row)
        field: QWidget
        for field in (
            self.category_combo,
            self.measure_edit,
            self.role_edit,
            self.person_edit,
            self.response_edit,
            self.by_when_edit,
            self.restricted_check,
        ):
            field.setEnabled(editable and has_row)
        for note in self.note_edits.values():
            note.setEnabled(editable)
        self.review_edit.setEnabled(editable)
        can_share = bool(ov and ov.current and ov.can_write)
        for w in (self.add_party_button, self.shared_button, self.acknowledge_button):
            w.setEnabled(can_share)

    def _on_save_shortcut(self) -> None:
        if self._editable():
            self.save_draft()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        if self._prisoner_id in changes.prisoner_ids and changes.entities & _ENTITIES and not self._dirty:
            self.reload()

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


__all__ = ["RmpWidget"]
