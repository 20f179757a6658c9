"""The full analysis editor (issue 8 point 3; seed 3.10): only the sections the screening requires, the
RoSH summary, a level with its evidence for every group, and the overall level live as levels change.

Thin: renders ``AnalysisDetail`` and calls ``AnalysisService``; the overall level is the domain rule.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.rosh import AnalysisDetail, AnalysisForm, CompletionCheck, CountersignStatus
from workbench.casework.rosh.analysis import LEVEL_KEYS, TEXT_FIELDS, AnalysisService
from workbench.domain.enums import RoshLevel
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.rosh import Group, Section, countersign_required
from workbench.gui.events import EventBus
from workbench.gui.forms.ui_rosh_analysis import Ui_RoshAnalysisWidget
from workbench.gui.screens.rosh.editor import RecordEditor, show_error
from workbench.gui.theme import Colours, set_role
from workbench.gui.widgets.wheel import guard_wheel
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser

_SECTION_PAGES = {
    Section.OFFENDING: "page_offending",
    Section.CHILDREN: "page_children",
    Section.SELF: "page_self",
    Section.CUSTODY: "page_custody",
}


def level_label(key: str) -> str:
    """``"custody.known_adult"`` → "In custody — Known adult"."""
    where, group = key.split(".")
    return f"{'In custody' if where == 'custody' else 'In the community'} — {Group(group).label}"


class AnalysisEditor(RecordEditor):
    """Fill in, save, sign or read a full analysis of risk of serious harm."""

    what = "full analysis"

    def __init__(
        self,
        service: AnalysisService,
        user: CurrentUser,
        bus: EventBus,
        auth: AuthService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(user, bus, auth, parent)
        self._service = service
        self._detail: AnalysisDetail | None = None
        self.ui = Ui_RoshAnalysisWidget()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic output has no annotations
        ui = self.ui
        self.status_label, self.notice_label = ui.status_label, ui.notice_label
        self.overall_label, self.countersign_label = ui.overall_label, ui.countersign_label
        self.section_tabs, self.child_protection_check = ui.section_tabs, ui.child_protection_check
        self.save_button, self.sign_button = ui.save_button, ui.sign_button
        self.discard_button, self.back_button = ui.discard_button, ui.back_button
        self.text_edits: dict[str, QPlainTextEdit] = {
            name: getattr(ui, f"{name}_edit") for name in TEXT_FIELDS
        }
        self.text_errors: dict[str, QLabel] = {name: getattr(ui, f"error_{name}") for name in TEXT_FIELDS}
        self.level_combos: dict[str, QComboBox] = {}
        self.evidence_edits: dict[str, QLineEdit] = {}
        self.level_errors: dict[str, QLabel] = {}
        self._build_levels()
        for edit in self.text_edits.values():
            edit.textChanged.connect(self._on_input_changed)
        self.child_protection_check.toggled.connect(self._on_input_changed)
        self._wire_buttons(self.save_button, self.sign_button, self.discard_button, self.back_button)
        self._clear_errors()
        guard_wheel(self)

    def _build_levels(self) -> None:
        grid = self.ui.levels_grid
        for col, text in enumerate(("Group", "Level", "Evidence for the level")):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        row = 1
        for key in LEVEL_KEYS:
            name = level_label(key)
            grid.addWidget(QLabel(name), row, 0)
            combo = QComboBox()
            combo.setObjectName(f"level_{key.replace('.', '_')}")
            combo.setAccessibleName(f"Level {name}")
            combo.addItem("Not set", None)
            for level in RoshLevel:
                combo.addItem(level.label, level.value)
            combo.currentIndexChanged.connect(self._on_input_changed)
            evidence = QLineEdit()
            evidence.setObjectName(f"evidence_{key.replace('.', '_')}")
            evidence.setAccessibleName(f"Evidence {name}")
            evidence.setPlaceholderText("What the level rests on: offences, incidents, reports")
            evidence.textChanged.connect(self._on_input_changed)
            error = QLabel()
            error.setWordWrap(True)
            set_role(error, "error")
            grid.addWidget(combo, row, 1)
            grid.addWidget(evidence, row, 2)
            grid.addWidget(error, row + 1, 1, 1, 2)
            self.level_combos[key], self.evidence_edits[key], self.level_errors[key] = combo, evidence, error
            row += 2
        grid.setColumnStretch(2, 1)

    # -- showing ------------------------------------------------------------------------------------

    @property
    def detail(self) -> AnalysisDetail | None:
        """The analysis shown."""
        return self._detail

    def open_record(self, detail: AnalysisDetail, case_name: str) -> None:
        """Show an analysis: editable when it is the user's own draft, otherwise read only."""
        self._detail = detail
        self._record_id = detail.analysis_id
        self._case_name = case_name
        self._editable_now = detail.is_draft and detail.read_only_reason is None
        for section, page_name in _SECTION_PAGES.items():
            index = self.section_tabs.indexOf(getattr(self.ui, page_name))
            self.section_tabs.setTabVisible(index, section in detail.sections)
        self.section_tabs.setCurrentIndex(0 if Section.OFFENDING in detail.sections else 1)
        self.ui.sections_label.setText(
            "Sections the screening requires: "
            + ", ".join(s.label.lower() for s in detail.sections)
            + ". The RoSH summary and the levels are always needed."
        )
        self._fill(detail.form)
        self._dirty = False
        if detail.is_draft:
            kind = "Correction" if detail.supersedes_id else "Draft"
            whose = "yours" if detail.author_id == self._user.user_id else f"by {detail.author_name}"
            status = f"<b>Full analysis — {kind}</b> ({whose}) for {case_name}."
        else:
            when = f"{detail.completed_at:%d %b %Y}" if detail.completed_at else ""
            later = " — corrected by a later analysis" if detail.superseded_by_id else ""
            status = (
                f"<b>Full analysis</b> for {case_name}, signed by {detail.signed_by_name} on {when}{later}."
            )
        self.status_label.setText(status)
        notices = [detail.read_only_reason] if detail.read_only_reason else []
        state = detail.countersign
        if state is not None and state.status is CountersignStatus.RETURNED:
            notices.append(f"Returned for rework by {state.manager_name}: {state.comments}")
        if detail.is_draft and self._editable_now:
            notices += list(self._service.check_completion(self._user, detail.analysis_id).warnings)
        else:
            notices += list(detail.completion_warnings)
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        for edit in self.text_edits.values():
            edit.setReadOnly(not self._editable_now)
        for key in LEVEL_KEYS:
            self.level_combos[key].setEnabled(self._editable_now)
            self.evidence_edits[key].setReadOnly(not self._editable_now)
        self.child_protection_check.setEnabled(self._editable_now)
        for b in (self.save_button, self.sign_button, self.discard_button):
            b.setVisible(self._editable_now)
        self._clear_errors()
        self._after_input()

    def _fill(self, form: AnalysisForm) -> None:
        self._filling = True
        try:
            for name, edit in self.text_edits.items():
                edit.setPlainText(getattr(form, name))
            for key in LEVEL_KEYS:
                combo = self.level_combos[key]
                combo.setCurrentIndex(max(0, combo.findData(form.levels.get(key))))
                self.evidence_edits[key].setText(form.evidence.get(key, ""))
            self.child_protection_check.setChecked(form.child_protection_concerns)
        finally:
            self._filling = False

    def form(self) -> AnalysisForm:
        """What the widgets hold now."""
        return AnalysisForm(
            **{name: edit.toPlainText() for name, edit in self.text_edits.items()},
            levels={k: c.currentData() for k, c in self.level_combos.items() if c.currentData()},
            evidence={k: e.text() for k, e in self.evidence_edits.items() if e.text().strip()},
            child_protection_concerns=self.child_protection_check.isChecked(),
        )

    def _after_input(self) -> None:
        """The overall level and whether a manager must countersign, as levels change."""
        form = self.form()
        level = self._service.overall(form)
        colour = Colours.ERROR if level is not None and level.rank >= RoshLevel.HIGH.rank else Colours.INFO
        text = level.label if level is not None else "not set yet"
        self.overall_label.setText(
            f"Overall risk of serious harm: <span style='color:{colour}'>{text}</span>"
        )
        cp = (
            form.child_protection_concerns
            and self._detail is not None
            and Section.CHILDREN in self._detail.sections
        )
        parts: list[str] = []
        if countersign_required(level, cp):
            why = (
                "child-protection concerns"
                if cp and (level is None or level.rank < 2)
                else "High or Very High"
            )
            parts.append(f"A manager must countersign this analysis ({why}).")
        state = self._detail.countersign if self._detail is not None else None
        if state is not None:
            parts.append(f"Countersignature: {state.describe()}.")
        self.countersign_label.setText(" ".join(parts))
        self.countersign_label.setVisible(bool(parts))

    # -- calls --------------------------------------------------------------------------------------

    def _save_call(self, record_id: str) -> tuple[object, ChangeSet]:
        detail, changes = self._service.save_draft(self._user, record_id, self.form())
        self._detail = detail
        return detail, changes

    def _check_call(self, record_id: str) -> CompletionCheck:
        return self._service.check_completion(self._user, record_id)

    def _sign_call(self, record_id: str) -> tuple[str, ChangeSet]:
        detail, changes = self._service.sign(self._user, record_id)
        return detail.analysis_id, changes

    def _discard_call(self, record_id: str) -> ChangeSet:
        return self._service.discard_draft(self._user, record_id)

    def _reload(self) -> None:
        if self._record_id is not None:
            self.open_record(self._service.get(self._user, self._record_id), self._case_name)

    def _show_errors(self, error: ValidationError) -> None:
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        by_field: dict[str, str] = {}
        for e in errors:
            by_field.setdefault(e.field or "", e.message)
        first_page: QWidget | None = None
        for name, label in self.text_errors.items():
            show_error(label, by_field.get(name, ""))
            if name in by_field and first_page is None:
                first_page = self._page_of(self.text_edits[name])
        for key in LEVEL_KEYS:
            message = by_field.get(f"evidence.{key}", "") or by_field.get(key, "")
            show_error(self.level_errors[key], message)
            if message and first_page is None:
                first_page = self.ui.page_levels
        if first_page is not None:
            self.section_tabs.setCurrentWidget(first_page)

    def _page_of(self, widget: QWidget) -> QWidget | None:
        for i in range(self.section_tabs.count()):
            page = self.section_tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                return page
        return None

    def _clear_errors(self) -> None:
        for label in (*self.text_errors.values(), *self.level_errors.values()):
            show_error(label, "")


__all__ = ["AnalysisEditor", "level_label"]
