"""Wire the sentence plan tab into the main window (issue 9): the "Sentence plan" case tab with its
sections (Objectives, Contact and involvement, Versions — and those the contributions and
interventions work add with ``add_section``), the quality panel beside them, Ctrl+Shift+P to go to
the plan, and Case → "Print prisoner's copy…".

``install_plan(window)`` returns an object whose ``sections`` is a ``PlanSections`` host.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from workbench.casework.dto.caseload import CaseDetail
from workbench.domain.errors import WorkbenchError
from workbench.domain.plan import FixTarget
from workbench.gui.screens.case.page import CaseTab
from workbench.gui.screens.plan.contact import ContactSection
from workbench.gui.screens.plan.objectives import ObjectivesSection
from workbench.gui.screens.plan.quality import QualityPanel
from workbench.gui.screens.plan.versions import VersionsSection
from workbench.security.permissions import Permission, allows

MainWindow = Any

PLAN_SHORTCUT = "Ctrl+Shift+P"

# Where a quality check's "fix it" link goes: a section title, found among every section added.
_FIX_SECTION: dict[FixTarget, str] = {
    FixTarget.OBJECTIVES: "Objectives",
    FixTarget.ACTIONS: "Objectives",
    FixTarget.NEEDS: "Objectives",
    FixTarget.CONTACT_LEVELS: "Contact and involvement",
    FixTarget.INVOLVEMENT: "Contact and involvement",
    FixTarget.VERSIONS: "Versions",
    FixTarget.INTERVENTIONS: "ntervention",
    FixTarget.CONTRIBUTIONS: "ontribution",
}


class PlanSections(Protocol):
    """Where a part of the plan screen puts its widget: a section told about each case shown."""

    def add_section(self, widget: QWidget, title: str, tooltip: str = "") -> None: ...


class PlanTab(QWidget):
    """The "Sentence plan" case tab: sections in inner tabs, the quality panel beside them."""

    def __init__(self, quality: QWidget | None = None) -> None:
        super().__init__()
        self.setObjectName("sentencePlanTab")
        self.sections = QTabWidget()
        self.sections.setObjectName("planSections")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sections)
        self.quality = quality
        if quality is not None:
            self.splitter.addWidget(quality)
            self.splitter.setStretchFactor(0, 4)
            self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._parts: list[CaseTab] = []
        self._case: CaseDetail | None = None

    def add_section(self, widget: QWidget, title: str, tooltip: str = "") -> None:
        """Add one section; it must have ``show_case(case)`` and ``clear()``."""
        if not isinstance(widget, CaseTab):
            raise TypeError(f"{type(widget).__name__} has no show_case(case) and clear()")
        self._parts.append(widget)
        index = self.sections.addTab(widget, title)
        self.sections.setTabToolTip(index, tooltip)
        if self._case is not None:
            widget.show_case(self._case)

    def show_section(self, title_part: str) -> bool:
        """Bring the first section whose title contains ``title_part`` to the front."""
        for index in range(self.sections.count()):
            if title_part in self.sections.tabText(index):
                self.sections.setCurrentIndex(index)
                return True
        return False

    def show_case(self, case: CaseDetail) -> None:
        """Tell every section (and the quality panel) about the case shown."""
        self._case = case
        for part in self._parts:
            part.show_case(case)
        if isinstance(self.quality, CaseTab):
            self.quality.show_case(case)

    def clear(self) -> None:
        """No case shown."""
        self._case = None
        for part in self._parts:
            part.clear()
        if isinstance(self.quality, CaseTab):
            self.quality.clear()


class PlanHookup:
    """Holds the plan tab (``sections``), its own sections, the quality panel and the menu actions."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        services, user, bus = window.services, window.user, window.bus
        plan = services.plan
        self.quality = QualityPanel(services.plan_quality, user, bus)
        self.sections = PlanTab(self.quality)
        today = services.ctx.today()
        self.objectives = ObjectivesSection(plan, user, bus, services.ctx.catalogue, today)
        self.contact = ContactSection(plan, user, bus)
        self.versions = VersionsSection(plan, user, bus)
        self.sections.add_section(self.objectives, "Objectives", "Objectives in sequence, with their actions")
        self.sections.add_section(
            self.contact, "Contact and involvement", "Planned contact and the prisoner's involvement"
        )
        self.sections.add_section(self.versions, "Versions", "Issue a version; compare one with the plan now")
        window.case_page.add_case_tab(
            self.sections, "Sentence plan", f"The one sentence plan ({PLAN_SHORTCUT})"
        )
        self.quality.fix_requested.connect(self._on_quality_fix_requested)

        self.go_action = QAction("Sentence &plan", window)
        self.go_action.setObjectName("sentencePlanAction")
        self.go_action.setShortcut(QKeySequence(PLAN_SHORTCUT))
        self.go_action.triggered.connect(lambda _checked=False: self.show_plan())
        self.print_action = QAction("Print prisoner's cop&y…", window)
        self.print_action.setObjectName("printPrisonerCopyAction")
        self.print_action.triggered.connect(lambda _checked=False: self.ask_where_to_print())
        self.print_action.setEnabled(allows(user.role, Permission.PLAN))
        menu = window.window_actions.case_menu
        separator = next((a for a in menu.actions() if a.isSeparator()), None)
        for action in (self.go_action, self.print_action):
            window.addAction(action)  # the key works wherever the focus is in the window
            menu.insertAction(separator, action)
        self._file_dialog: QFileDialog | None = None

    def show_plan(self, section: str = "Objectives") -> bool:
        """Bring the plan tab (and one of its sections) to the front for the case shown."""
        window = self._window
        if window.case_page.case is None:
            window._case_for(None)  # says "select a prisoner first" when none is selected
            return False
        window.layout_of_case.open_case()
        window.case_page.show_tab(self.sections)
        self.sections.show_section(section)
        return True

    def ask_where_to_print(self) -> None:
        """Ask where to save the prisoner's copy (PDF), then write it."""
        window = self._window
        case = window.case_page.case
        if case is None:
            QMessageBox.information(window, "Prisoner's copy", "Open a prisoner's case first.")
            return
        dialog = QFileDialog(window, "Save the prisoner's copy", str(Path.home()), "PDF files (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"sentence-plan-{case.noms_number}.pdf")
        dialog.fileSelected.connect(self.write_prisoner_copy)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def write_prisoner_copy(self, path: str) -> bool:
        """Write the plain-language copy of the case shown to ``path``."""
        window = self._window
        case = window.case_page.case
        if case is None or not path:
            return False
        try:
            pdf = window.services.plan.prisoner_copy(window.user, case.prisoner_id)
            Path(path).write_bytes(pdf)
        except WorkbenchError as exc:
            QMessageBox.warning(window, "Prisoner's copy", exc.message)
            return False
        except OSError as exc:
            QMessageBox.warning(window, "Prisoner's copy", f"The copy could not be written: {exc.strerror}.")
            return False
        window.statusBar().showMessage(f"Prisoner's copy saved to {path}", 10000)
        return True

    def _on_quality_fix_requested(self, target: FixTarget, target_id: str | None) -> None:
        self.show_plan(_FIX_SECTION.get(target, "Objectives"))
        if target_id and target in (FixTarget.OBJECTIVES, FixTarget.ACTIONS):
            self.objectives.select_objective(target_id)


def install_plan(window: MainWindow) -> PlanHookup:
    """Build the plan tab on the window's case page."""
    return PlanHookup(window)
