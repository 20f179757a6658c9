"""The case page for the selected prisoner. Renders a ``CaseDetail`` DTO; writes go through dialogs."""

from __future__ import annotations

from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.dto.caseload import CaseDetail
from workbench.domain.dates import age_in_years
from workbench.domain.enums import AllocationRole, CustodyEventType
from workbench.domain.scope import ScopeStatus
from workbench.domain.timescales import DueStatus
from workbench.gui.screens.assessment.widget import AssessmentWidget
from workbench.gui.screens.case.key_dates import key_date_rows  # -- key dates (issue 10) --
from workbench.gui.screens.contacts.log_widget import ContactLogWidget
from workbench.gui.theme import Colours, set_role
from workbench.gui.widgets.layouts import clear_layout
from workbench.gui.widgets.unsaved import HoldsUnsavedWork


@runtime_checkable
class CaseTab(Protocol):
    """A case page tab told about each case shown (issue 8: the risk of harm tabs)."""

    def show_case(self, case: CaseDetail) -> None: ...

    def clear(self) -> None: ...


def fmt(d: date | None) -> str:
    return d.strftime("%d %b %Y") if d else "—"


_STATUS_TEXT = {
    DueStatus.DUE: "Due",
    DueStatus.OVERDUE: "OVERDUE",
    DueStatus.MET: "Met",
    DueStatus.MET_LATE: "Met late",
}
_STATUS_COLOUR = {
    DueStatus.DUE: Colours.INFO,
    DueStatus.OVERDUE: Colours.ERROR,
    DueStatus.MET: Colours.GOOD,
    DueStatus.MET_LATE: Colours.WARNING,
}
_SCOPE_COLOUR = {
    ScopeStatus.IN_SCOPE: Colours.GOOD,
    ScopeStatus.OUT_OF_SCOPE: Colours.MUTED,
    ScopeStatus.UNKNOWN: Colours.WARNING,
}
_SHORT_ROLE = {
    AllocationRole.OFFENDER_SUPERVISOR: "Offender supervisor",
    AllocationRole.OFFENDER_MANAGER: "Offender manager",
    AllocationRole.PERSONAL_OFFICER: "Personal officer",
}
_EVENT_TEXT = {
    CustodyEventType.RECEPTION: "Reception",
    CustodyEventType.TRANSFER_IN: "Transfer in",
    CustodyEventType.TRANSFER_OUT: "Transfer out",
    CustodyEventType.RELEASE: "Release",
}


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.setAccessibleName(name)
    t.setAlternatingRowColors(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(i, j, item)
    table.resizeRowsToContents()


class CasePage(QWidget):
    """Shows one case; asks the window to open the allocation or contact dialogs.

    Implements ``HoldsUnsavedWork`` for the window by asking each child screen that holds typed work.
    """

    allocate_requested = Signal(str, object)
    """The user asked to allocate someone (prisoner id, AllocationRole)."""
    first_contact_requested = Signal(str)
    """The user asked to record first contact (prisoner id)."""
    correction_requested = Signal(str)
    """The user asked to correct the prisoner's details: PPO status, sentence, key dates (prisoner id)."""
    back_requested = Signal()
    """On a narrow screen, where the case opens over the caseload: the user asked for the list back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseDetail | None = None
        self.stack = QStackedWidget()
        placeholder = QLabel("Select a prisoner in the caseload to see their case.\n\nNew reception: Ctrl+N")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setObjectName("placeholder")
        self.stack.addWidget(placeholder)

        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton("← &Back to caseload")
        self.back_button.setObjectName("backToCaseload")
        self.back_button.setAccessibleName("Back to the caseload")
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()  # shown only where the case opens over the caseload
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("caseSubtitle")
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_label.setObjectName("scopeLabel")
        title_row = QHBoxLayout()  # the back button beside the name: no extra line on a short screen
        title_row.addWidget(self.back_button)
        title_row.addWidget(self.title, 1)
        outer.addLayout(title_row)
        outer.addWidget(self.subtitle)
        outer.addWidget(self.scope_label)

        buttons = QHBoxLayout()
        self.allocate_os_button = QPushButton("Allocate &OS…")
        self.allocate_om_button = QPushButton("Allocate O&M…")
        self.allocate_po_button = QPushButton("Allocate &PO…")
        self.first_contact_button = QPushButton("&First contact…")
        self.correct_button = QPushButton("Correct d&etails…")
        for b, name in (
            (self.allocate_os_button, "Allocate or reallocate the offender supervisor"),
            (self.allocate_om_button, "Allocate or reallocate the community offender manager"),
            (self.allocate_po_button, "Allocate or reallocate the personal officer"),
            (self.first_contact_button, "Record the first contact with the prisoner"),
            (self.correct_button, "Correct PPO status, location, sentence or key dates (Ctrl+E)"),
        ):
            b.setAccessibleName(name)
            b.setToolTip(name)
            buttons.addWidget(b)
        # -- interview (issue 8) --
        self.interview_button = QPushButton("Initia&l interview…")
        self.interview_button.setObjectName("interviewButton")
        self.interview_button.setAccessibleName("Start, resume or read the initial interview (Ctrl+Shift+I)")
        self.interview_button.setToolTip(self.interview_button.accessibleName())
        # Beside the name: the row of case buttons below already fills a 1024-pixel screen.
        title_row.addWidget(self.interview_button)
        self.interview_widget: QWidget | None = None
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.allocate_os_button.clicked.connect(
            lambda: self._ask_allocate(AllocationRole.OFFENDER_SUPERVISOR)
        )
        self.allocate_om_button.clicked.connect(lambda: self._ask_allocate(AllocationRole.OFFENDER_MANAGER))
        self.allocate_po_button.clicked.connect(lambda: self._ask_allocate(AllocationRole.PERSONAL_OFFICER))
        self.first_contact_button.clicked.connect(self._ask_first_contact)
        self.correct_button.clicked.connect(self._ask_correction)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Case sections")
        outer.addWidget(self.tabs, 1)

        # Summary tab: prisoner and sentence side by side, staff below, then what is due.
        summary = QWidget()
        s_layout = QVBoxLayout(summary)
        top = QHBoxLayout()
        self.identity_box = QGroupBox("Prisoner")
        self.identity_form = QFormLayout(self.identity_box)
        self.dates_box = QGroupBox("Sentence and key dates")
        self.dates_form = QFormLayout(self.dates_box)
        top.addWidget(self.identity_box, 1)
        top.addWidget(self.dates_box, 1)
        s_layout.addLayout(top)
        self.alloc_box = QGroupBox("Allocated staff")
        self.alloc_form = QFormLayout(self.alloc_box)
        s_layout.addWidget(self.alloc_box)
        due_box = QGroupBox("Due items (National Standards timescales)")
        due_layout = QVBoxLayout(due_box)
        self.due_list = QVBoxLayout()
        self.due_list.setSpacing(8)
        due_layout.addLayout(self.due_list)
        due_layout.addStretch(1)
        s_layout.addWidget(due_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(summary)
        self.tabs.addTab(scroll, "Summary")

        self.alloc_table = _table(
            ["Role", "Name", "From", "To", "Reason", "Recorded by"], "Allocation history"
        )
        self.tabs.addTab(self.alloc_table, "Allocations")
        history = QWidget()
        h_layout = QVBoxLayout(history)
        h_layout.addWidget(QLabel("Custody events"))
        self.custody_table = _table(["Date", "Event", "Establishment", "From/to", "Note"], "Custody events")
        h_layout.addWidget(self.custody_table, 1)
        # -- contact log (issue 8 point 8): contacts moved to their own "Contact log" tab --
        self.tabs.addTab(history, "Custody")
        self._history_tab = history
        self.contact_log_widget: ContactLogWidget | None = None
        self.assessment_widget: AssessmentWidget | None = None
        self._assessment_tab: QWidget | None = None
        self._case_tabs: list[CaseTab] = []  # -- risk of harm (issue 8): tabs told about each case --

        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

    @property
    def case(self) -> CaseDetail | None:
        return self._case

    def set_assessment_widget(self, widget: AssessmentWidget) -> None:
        """Host the "Likelihood of reoffending" tab (built by the window, which holds the services).

        The widget is told about each case shown through its ``show_case(case)`` and ``clear()``.
        """
        self.assessment_widget = widget
        # The assessment scrolls its own form and keeps OGRS3 and the tier in view above it; a second
        # scroll area around it hid the tier on a 1024x768 screen.
        self._assessment_tab = widget
        index = self.tabs.addTab(widget, "Reoffending")
        self.tabs.setTabToolTip(index, "Likelihood of reoffending: OGRS3, needs, protective factors and tier")
        if self._case is not None:
            widget.show_case(self._case)

    # -- contact log (issue 8 point 8) --
    def set_contact_log_widget(self, widget: ContactLogWidget) -> None:
        """Host the "Contact log" tab after the custody tab (the window builds it: it holds the services)."""
        self.contact_log_widget = widget
        index = self.tabs.insertTab(self.tabs.indexOf(self._history_tab) + 1, widget, "Contact log")
        self.tabs.setTabToolTip(index, "Every contact and observation, newest first (add one: Ctrl+Shift+N)")
        if self._case is not None:
            self.show_case(self._case)

    def show_contact_log_tab(self) -> None:
        """Bring the contact log tab to the front."""
        if self.contact_log_widget is not None:
            self.tabs.setCurrentWidget(self.contact_log_widget)

    # -- interview (issue 8) --
    def set_interview_widget(self, widget: QWidget) -> None:
        """Host the "Interview" tab; the widget is told about each case through ``show_case``/``clear``."""
        self.interview_widget = widget
        index = self.tabs.addTab(widget, "Interview")
        self.tabs.setTabToolTip(index, "Initial interview and the referrals it raised")
        if self._case is not None:
            widget.show_case(self._case)  # type: ignore[attr-defined]

    # -- risk of harm (issue 8) --
    def add_case_tab(self, widget: QWidget, title: str, tooltip: str = "") -> None:
        """Host another tab that is told about each case shown (``show_case``) and cleared (``clear``)."""
        if not isinstance(widget, CaseTab):
            raise TypeError(f"{type(widget).__name__} has no show_case(case) and clear()")
        self._case_tabs.append(widget)
        index = self.tabs.addTab(widget, title)
        self.tabs.setTabToolTip(index, tooltip)
        if self._case is not None:
            widget.show_case(self._case)

    def show_tab(self, widget: QWidget) -> None:
        """Bring one of the case tabs to the front."""
        self.tabs.setCurrentWidget(widget)

    def unsaved_work_holders(self) -> list[HoldsUnsavedWork]:
        """The child screens that can hold typed work not yet saved."""
        return [w for w in self.findChildren(QWidget) if isinstance(w, HoldsUnsavedWork)]

    def has_unsaved_work(self) -> bool:
        """True when a child screen holds typed work that is not saved."""
        return any(h.has_unsaved_work() for h in self.unsaved_work_holders())

    def unsaved_work_description(self) -> str:
        """What is unsaved, and on whose case."""
        parts = [h.unsaved_work_description() for h in self.unsaved_work_holders() if h.has_unsaved_work()]
        who = f" for {self._case.family_name.upper()}, {self._case.given_name}" if self._case else ""
        return " and ".join(parts) + who

    def save_unsaved_work(self) -> bool:
        """Save every child's unsaved work; False (and stop) at the first that cannot be saved."""
        return all(h.save_unsaved_work() for h in self.unsaved_work_holders() if h.has_unsaved_work())

    def discard_unsaved_work(self) -> None:
        """Forget every child's unsaved edits; what is saved stays."""
        for h in self.unsaved_work_holders():
            if h.has_unsaved_work():
                h.discard_unsaved_work()

    def show_assessment_tab(self) -> None:
        """Bring the likelihood-of-reoffending tab to the front."""
        if self._assessment_tab is not None:
            self.tabs.setCurrentWidget(self._assessment_tab)

    def clear(self) -> None:
        self._case = None
        self.stack.setCurrentIndex(0)
        if self.assessment_widget is not None:
            self.assessment_widget.clear()
        if self.contact_log_widget is not None:  # contact log (issue 8 point 8)
            self.contact_log_widget.clear()
        if self.interview_widget is not None:  # -- interview (issue 8) --
            self.interview_widget.clear()  # type: ignore[attr-defined]
        for tab in self._case_tabs:  # -- risk of harm (issue 8) --
            tab.clear()

    def show_case(self, case: CaseDetail) -> None:
        """Render ``case``; keeps the current tab."""
        self._case = case
        if self.assessment_widget is not None:
            self.assessment_widget.show_case(case)
        if self.interview_widget is not None:  # -- interview (issue 8) --
            self.interview_widget.show_case(case)  # type: ignore[attr-defined]
        for tab in self._case_tabs:  # -- risk of harm (issue 8) --
            tab.show_case(case)
        self.stack.setCurrentIndex(1)
        self.title.setText(f"{case.family_name.upper()}, {case.given_name}  ·  {case.noms_number}")
        age = age_in_years(case.date_of_birth, case.as_at)
        self.subtitle.setText(
            f"{case.location or 'No location'} · {case.establishment_code} · "
            f"arrived {fmt(case.arrived_on)} · "
            f"{case.gender.value.title()}, {age}"
        )
        colour = _SCOPE_COLOUR[case.scope.status]
        self.scope_label.setText(f"<span style='color:{colour}; font-weight:600'>{case.scope.reason}</span>")
        self.scope_label.setToolTip("Scope of the Offender Management Model (seed, footnote 1)")

        _reset_form(self.identity_form)
        self.identity_form.addRow("Date of birth", QLabel(f"{fmt(case.date_of_birth)} (age {age})"))
        self.identity_form.addRow("Gender", QLabel(case.gender.value.title()))
        self.identity_form.addRow(
            "RoSH", QLabel(case.rosh_level.label if case.rosh_level else "Not yet screened")
        )
        ppo = {True: "Yes", False: "No", None: "Not known"}[case.is_ppo]
        self.identity_form.addRow("PPO", QLabel(ppo))

        _reset_form(self.dates_form)
        s = case.sentence
        if s is None:
            self.dates_form.addRow(QLabel("No sentence recorded."))
        else:
            self.dates_form.addRow("Type", QLabel(s.sentence_type.label))
            self.dates_form.addRow("Sentenced", QLabel(fmt(s.sentence_date)))
            self.dates_form.addRow("Length", QLabel(s.length_label))
            for name, value in (
                ("PED", s.parole_eligibility_date),
                ("HDCED", s.home_detention_curfew_eligibility_date),
                ("CRD", s.conditional_release_date),
                ("Tariff", s.tariff_date),
                ("SED/TED", s.sentence_expiry_date),
                ("LED", s.licence_expiry_date),
            ):
                if value is not None:
                    self.dates_form.addRow(name, QLabel(fmt(value)))
            # -- key dates (issue 10 point 4): ARD, THD, categorisation, open conditions, early allocation --
            for name, text, tip in key_date_rows(s):
                self.dates_form.addRow(name, key_label := QLabel(text))
                key_label.setToolTip(tip)
        for i, correction in enumerate(case.corrections):  # newest first, under the details they changed
            note = QLabel(correction.summary)
            note.setWordWrap(True)
            note.setObjectName(f"correction_{i}")
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_role(note, "muted")
            self.dates_form.addRow(note)

        _reset_form(self.alloc_form)
        for role in AllocationRole:
            current = case.current_allocation(role)
            text = f"{current.staff_name} (since {fmt(current.start_date)})" if current else "Not allocated"
            staff = QLabel(text)
            staff.setWordWrap(True)
            if current is None:
                set_role(staff, "warning")
            self.alloc_form.addRow(_SHORT_ROLE[role], staff)

        clear_layout(self.due_list)
        if not case.due_items:
            self.due_list.addWidget(QLabel("Nothing is due on this case."))
        for item in case.due_items:
            colour = _STATUS_COLOUR[item.status]
            label = QLabel(
                f"<b>{item.label}</b> &nbsp;<span style='color:{colour}; font-weight:700'>"
                f"{_STATUS_TEXT[item.status]}</span> &nbsp;due {fmt(item.due_date)}"
                f"<br><span style='color:{Colours.MUTED}'>{item.explanation}</span>"
            )
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(f"{item.label}: {_STATUS_TEXT[item.status]}. {item.explanation}")
            label.setObjectName(f"due_{item.rule.value}")
            self.due_list.addWidget(label)
        _fill(
            self.alloc_table,
            [
                [
                    a.role.label,
                    a.staff_name,
                    fmt(a.start_date),
                    fmt(a.end_date) if a.end_date else "current",
                    a.reason,
                    a.recorded_by,
                ]
                for a in case.allocations
            ],
        )
        _fill(
            self.custody_table,
            [
                [
                    fmt(e.event_date),
                    _EVENT_TEXT[e.event_type],
                    e.establishment_code,
                    e.other_establishment,
                    e.note,
                ]
                for e in case.custody_events
            ],
        )
        # -- contact log (issue 8 point 8) --
        if self.contact_log_widget is not None:
            self.contact_log_widget.show_prisoner(
                case.prisoner_id,
                f"{case.family_name.upper()}, {case.given_name} ({case.noms_number})",
                read_only=case.read_only_reason is not None,
            )
        self.first_contact_button.setEnabled(
            not any(c.kind == "FIRST_CONTACT" and c.contact_date >= case.arrived_on for c in case.contacts)
        )

    def _ask_allocate(self, role: AllocationRole) -> None:
        if self._case is not None:
            self.allocate_requested.emit(self._case.prisoner_id, role)

    def _ask_first_contact(self) -> None:
        if self._case is not None:
            self.first_contact_requested.emit(self._case.prisoner_id)

    def _ask_correction(self) -> None:
        if self._case is not None:
            self.correction_requested.emit(self._case.prisoner_id)


def _reset_form(form: QFormLayout) -> None:
    # takeRow + deleteLater rather than removeRow: the widgets are hidden at once and deleted by Qt
    # when control returns to the event loop, never while Python may still hold a wrapper.
    while form.rowCount():
        taken = form.takeRow(0)
        for item in (taken.labelItem, taken.fieldItem):
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
