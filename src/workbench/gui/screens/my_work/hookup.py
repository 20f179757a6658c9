"""Wire My work and the review-trigger sweep into the main window (issue 10 points 1 and 3).

View → "My work…" (Ctrl+Shift+W) opens the list; choosing an item opens the prisoner's case at the tab
that answers it. The sweep (``services.reviews.sweep``) runs off the GUI thread (``gui/tasks.py``) at
start-up, after each sync, and again when the date changes (checked every few minutes), for users who
may review; what it raised is broadcast like any other change. The default screen is not changed.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from workbench.casework.dto.reviews import SweepResult, WorkItem
from workbench.domain.errors import WorkbenchError
from workbench.gui.screens.my_work.dialog import MyWorkDialog
from workbench.gui.widgets.unsaved import settle_unsaved_work
from workbench.security.permissions import Permission, allows

MainWindow = Any

log = logging.getLogger("workbench.gui.my_work")

MY_WORK_SHORTCUT: Final = "Ctrl+Shift+W"
SWEEP_CHECK_MS: Final = 5 * 60 * 1000  # how often to look whether the date has changed since the last sweep
# The start-up sweep waits this long: the caseload loads first, and a window opened for a moment (a quick
# look, a test) does not start a sweep it will not wait for.
STARTUP_SWEEP_DELAY_MS: Final = 3000

# WorkItem.tab → words in the title of the case tab that answers it (the parts' own titles).
_TAB_TITLES: Final = {
    "reviews": ("Review",),
    "plan": ("Sentence plan",),
    "contributions": ("Sentence plan",),
    "risk": ("Risk of harm", "Risk"),
    "boards": ("Board",),
}


class MyWorkHookup(QObject):
    """Holds the action, the list (once opened) and the sweep's timers."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: MyWorkDialog | None = None
        self.action = QAction("My &work…", window)
        self.action.setObjectName("myWorkAction")
        self.action.setShortcut(QKeySequence(MY_WORK_SHORTCUT))
        self.action.setToolTip(f"Reviews, timescales, returns, requests and boards due ({MY_WORK_SHORTCUT})")
        self.action.triggered.connect(lambda _checked=False: self.open_list())
        window.addAction(self.action)  # the key works wherever the focus is in the window
        window.window_actions.view_menu.addAction(self.action)

        self.last_sweep: date | None = None
        self.sweeping = False
        self._synced_by: object = None  # the sync controller whose "finished" runs the sweep
        self._check = QTimer(self)
        self._check.setInterval(SWEEP_CHECK_MS)
        self._check.timeout.connect(self._on_check_timeout)
        self._check.start()
        self._startup = QTimer(self)
        self._startup.setSingleShot(True)
        self._startup.timeout.connect(self.sweep_now)
        self._startup.start(STARTUP_SWEEP_DELAY_MS)

    # -- the list ---------------------------------------------------------------------------------

    def open_list(self) -> MyWorkDialog:
        """Open (or bring back) the My work list, read afresh."""
        window = self._window
        if self.dialog is None:
            self.dialog = MyWorkDialog(window.services.my_work, window.user, window.bus, window)
            self.dialog.open_requested.connect(self.open_item)
        self.dialog.refresh()
        self.dialog.open()
        self.dialog.activateWindow()  # no window manager on kiosk terminals hands it the keyboard
        self.dialog.ui.table.setFocus()
        return self.dialog

    def open_item(self, item: WorkItem) -> bool:
        """Close the list and show ``item``'s prisoner at the tab that answers it."""
        window = self._window
        if self.dialog is not None:
            self.dialog.accept()
        if not window.select_prisoner(item.prisoner_id):
            # The caseload's filters hide this prisoner: show the case anyway, after the usual question
            # about anything typed and not saved in the case on screen.
            current = window.case_page.case
            leaving = current is not None and current.prisoner_id != item.prisoner_id
            if (
                leaving
                and window.case_page.has_unsaved_work()
                and not settle_unsaved_work(window, window.case_page, doing="open another case")
            ):
                return False
            try:
                window.case_page.show_case(window.services.caseload.detail(window.user, item.prisoner_id))
            except WorkbenchError as exc:
                window.statusBar().showMessage(exc.message, 8000)
                return False
        if window.case_page.case is None or window.case_page.case.prisoner_id != item.prisoner_id:
            return False
        window.open_case()
        self._show_tab(item.tab)
        return True

    def _show_tab(self, key: str) -> None:
        tabs = self._window.case_page.tabs
        for words in _TAB_TITLES.get(key, ()):
            for index in range(tabs.count()):
                if words.lower() in tabs.tabText(index).replace("&", "").lower():
                    tabs.setCurrentIndex(index)
                    if key == "contributions":
                        plan = getattr(getattr(self._window, "sentence_plan", None), "plan", None)
                        sections = getattr(plan, "sections", None)
                        if sections is not None:
                            sections.show_section("ontribution")
                    return
        tabs.setCurrentIndex(0)  # the case overview: where National Standards items are shown

    # -- the sweep --------------------------------------------------------------------------------

    def sweep_now(self) -> bool:
        """Run the trigger sweep in the background (not for roles that cannot review); False if not."""
        window = self._window
        self._connect_sync()
        if self.sweeping or not allows(window.user.role, Permission.REVIEW):
            return False
        self.sweeping = True
        services, user = window.services, window.user
        window.tasks.run(
            "review sweep",
            lambda _progress: services.reviews.sweep(user),
            on_done=self._on_swept,
            on_error=self._on_sweep_failed,
        )
        return True

    def _on_swept(self, result: SweepResult) -> None:
        self.sweeping = False
        self._connect_sync()
        self.last_sweep = self._window.services.ctx.today()
        log.debug("review sweep: %d prisoners, %d tasks raised", result.prisoners, result.raised)
        if result.changes.entities:
            self._window.bus.publish(result.changes)

    def _on_sweep_failed(self, exc: BaseException, details: str) -> None:
        # Background housekeeping: the next start-up, sync or day runs it again; nothing is lost.
        self.sweeping = False
        log.warning("the review sweep did not finish (%s)", type(exc).__name__)
        log.debug("review sweep failure: %s", details)

    def _on_check_timeout(self) -> None:
        if self.last_sweep != self._window.services.ctx.today():
            self.sweep_now()

    def _connect_sync(self) -> None:
        """After the window attaches sync (later than this hookup is built), sweep after each sync."""
        controller = getattr(self._window, "sync_controller", None)
        if controller is not None and controller is not self._synced_by:
            controller.sync_finished.connect(lambda _result: self.sweep_now())
            self._synced_by = controller


def install_my_work(window: MainWindow) -> MyWorkHookup:
    """Build the My work action and the sweep's timers on ``window``."""
    return MyWorkHookup(window)
