"""How the caseload and the case share the window.

Wide (1280 px and more): side by side in a splitter whose divider stays where the user left it, across
runs (QSettings). Narrow (a 1024x768 wing screen): the case opens over the caseload, each with the whole
width; Return or a double-click in the list opens it and "Back to caseload" (Alt+B) returns.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from workbench.gui.caseload_pane import CaseloadPane
from workbench.gui.screens.case.page import CasePage

NARROW_BELOW = 1280
"""Below this window width the case opens over the caseload instead of beside it."""

SPLITTER_KEY = "mainWindow/caseSplitter"
"""Where the caseload/case divider is remembered (QSettings)."""


class CaseLayout(QObject):
    """Owns the splitter between the caseload pane and the case page, and the narrow layout."""

    def __init__(
        self, pane: CaseloadPane, case_page: CasePage, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._case_page = case_page
        self._settings = settings
        self._narrow = False
        self._case_open = False  # narrow layout: the case is shown over the caseload
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("caseSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(pane)
        splitter.addWidget(case_page)
        # Freeze each side's minimum at what it needs empty: a case's content must not grow the window's
        # minimum (on a 1024x768 screen that would push it off the screen).
        pane.setMinimumSize(pane.minimumSizeHint())
        # The assessment form scrolls only downwards, so beside the caseload the case keeps the form's
        # width, or the form is cut; over the caseload it has the whole window, and the smaller minimum
        # keeps the window itself within a 1024-pixel screen.
        form = getattr(case_page.assessment_widget, "form_area", None)
        form_width = form.minimumSizeHint().width() + 48 if isinstance(form, QWidget) else 0
        hint = case_page.minimumSizeHint()
        self._case_min_widths = (hint.width(), max(hint.width(), form_width))  # (narrow, wide)
        case_page.setMinimumSize(hint.width(), hint.height())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.splitterMoved.connect(self.save)
        self.splitter = splitter
        case_page.back_requested.connect(self.close_case)
        pane.table.activated.connect(self._on_table_activated)

    @property
    def is_narrow(self) -> bool:
        """Whether the case opens over the caseload (narrow window) rather than beside it."""
        return self._narrow

    def restore(self, window_width: int) -> None:
        """The divider where the user left it, else most of the width to the caseload."""
        state = self._settings.value(SPLITTER_KEY)
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            width = max(window_width, NARROW_BELOW)
            case_width = max(self._case_min_widths[1], int(width * 0.42))
            self.splitter.setSizes([width - case_width, case_width])

    def save(self, *_args: object) -> None:
        """Remember the divider (not in the narrow layout, whose sizes are not the user's choice)."""
        if not self._narrow:
            self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    def apply(self, window_width: int) -> None:
        """Lay out for ``window_width`` (called on every resize of the window)."""
        narrow = window_width < NARROW_BELOW
        changed = narrow != self._narrow
        if changed:
            if narrow:
                self.save()
            self._narrow = narrow
            self._case_page.back_button.setVisible(narrow)
        self._case_page.setMinimumWidth(self._case_min_widths[0 if narrow else 1])
        self._pane.setVisible(not narrow or not self._case_open)
        self._case_page.setVisible(not narrow or self._case_open)
        if narrow:
            self.splitter.setSizes([1, 1])  # the one side shown takes the whole width
        elif changed:
            self.restore(window_width)

    def open_case(self) -> None:
        """Narrow layout: show the selected case over the caseload."""
        if self._case_page.case is None:
            return
        self._case_open = True
        self.apply(self._width())
        if self._narrow:
            self._case_page.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_case(self) -> None:
        """Narrow layout: back from the case to the caseload."""
        self._case_open = False
        self.apply(self._width())
        self._pane.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _width(self) -> int:
        return self.splitter.window().width()

    def _on_table_activated(self, _index: object) -> None:
        if self._narrow:
            self.open_case()


__all__ = ["NARROW_BELOW", "SPLITTER_KEY", "CaseLayout"]
