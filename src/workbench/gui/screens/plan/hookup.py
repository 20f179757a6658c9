"""Wire the sentence plan tab into the main window (issue 9). FOUNDATION STUB: written by the plan work.

``install_plan(window)`` returns an object whose ``sections`` is a ``PlanSections`` host: other parts
(contributions, interventions) add their widgets as sections of the plan tab with ``add_section``.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from workbench.casework.dto.caseload import CaseDetail
from workbench.gui.screens.case.page import CaseTab

MainWindow = Any


class PlanSections(Protocol):
    """Where a part of the plan screen puts its widget: a section told about each case shown."""

    def add_section(self, widget: QWidget, title: str, tooltip: str = "") -> None: ...


class PlanTab(QWidget):
    """The "Sentence plan" case tab: sections in inner tabs, each told about the case shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sentencePlanTab")
        self.sections = QTabWidget()
        self.sections.setObjectName("planSections")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
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

    def show_case(self, case: CaseDetail) -> None:
        """Tell every section about the case shown."""
        self._case = case
        for part in self._parts:
            part.show_case(case)

    def clear(self) -> None:
        """No case shown."""
        self._case = None
        for part in self._parts:
            part.clear()


class PlanHookup:
    """Holds the plan tab (``sections``)."""

    def __init__(self, window: MainWindow) -> None:
        self.sections = PlanTab()
        window.case_page.add_case_tab(self.sections, "Sentence plan", "The one sentence plan")


def install_plan(window: MainWindow) -> PlanHookup:
    """Build the plan tab on the window's case page."""
    return PlanHookup(window)
