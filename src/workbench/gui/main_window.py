"""The main window: caseload on the left, the selected case on the right, lock screen on idle.

The caseload pane (``caseload_pane.py``), the lock screen (``lock_screen.py``) and the menus
(``actions.py``) live in their own modules; this one wires them to the services.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.caseload import CaseloadRow
from workbench.casework.services import Services
from workbench.config import load_offence_groups
from workbench.domain.enums import AllocationRole
from workbench.domain.errors import AuthenticationFailed, PermissionDenied, SignInRequired, WorkbenchError
from workbench.gui.actions import ActionHandlers, WindowActions, show_shortcuts
from workbench.gui.case_layout import SPLITTER_KEY, CaseLayout
from workbench.gui.caseload_pane import CaseloadPane
from workbench.gui.events import EventBus
from workbench.gui.lock_screen import LockKeyFilter, LockScreen
from workbench.gui.screens.assessment.widget import AssessmentWidget
from workbench.gui.screens.case.page import CasePage
from workbench.gui.screens.contacts.log_widget import open_contact_dialog
from workbench.gui.screens.contacts.wiring import install_contact_log
from workbench.gui.screens.interview.hookup import install_interview
from workbench.gui.screens.rmp.wiring import install_risk_plan
from workbench.gui.screens.rosh.wiring import install_risk_of_harm
from workbench.gui.screens.workflows import install_workflows
from workbench.gui.tasks import TaskRunner
from workbench.gui.widgets.idle import IdleWatcher
from workbench.gui.widgets.sync_status import SyncController, SyncRunner, SyncStatusWidget
from workbench.gui.widgets.unsaved import HoldsUnsavedWork, settle_unsaved_work
from workbench.gui.window_tools import WindowTools
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser

log = logging.getLogger("workbench.gui")

STAGED_LOAD_ABOVE = 3000
"""Caseloads larger than this (a region rather than an establishment) load in two stages."""
FIRST_SCREEN_ROWS = 200
"""How many prisoners, by name, are shown at once while a large caseload loads."""

DEMO_BANNER = "DEMO — synthetic data only. Never enter real prisoner information in this profile."


class MainWindow(QMainWindow):
    """Caseload and case page for the signed-in user."""

    caseload_loaded = Signal(int)
    """The caseload finished (re)loading, with the number of rows."""
    locked_changed = Signal(bool)
    """The window locked (True) or unlocked (False)."""
    recalculation_finished = Signal(str)
    """A tier recalculation finished (with its summary)."""
    session_ended = Signal(str)
    """Too many wrong passwords at the lock screen and the full sign-in was cancelled (with the message):
    the window closed after saving what it could."""

    def __init__(
        self,
        services: Services,
        user: CurrentUser,
        bus: EventBus,
        tasks: TaskRunner,
        *,
        establishment_name: str,
        demo: bool,
        idle_minutes: float,
        log_path: str = "",
        sync: SyncRunner | None = None,
        sync_interval_minutes: float = 5.0,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.sync_client = sync
        self.services = services
        self.user = user
        self.bus = bus
        self.tasks = tasks
        self.demo = demo
        self._log_path = log_path
        self._settings = settings if settings is not None else QSettings()
        self._hidden_dialogs: list[QWidget] = []
        self._loading = False
        self._partial_of: int | None = None  # total while only the first screen is loaded
        self._reverting_selection = False
        self._focused_once = False
        self._session_over = False
        self._establishment_name = establishment_name
        self.sign_in_again: QDialog | None = None
        """The full sign-in asked for after too many wrong passwords at the lock screen (while open)."""
        self.setWindowTitle(
            f"Offender Supervisor Workbench — {establishment_name}" + (" [DEMO]" if demo else "")
        )
        self.resize(1400, 860)

        self.pane = CaseloadPane(user.user_id)
        self.model, self.proxy, self.table = self.pane.model, self.pane.proxy, self.pane.table
        self.filter_edit, self.new_button = self.pane.filter_edit, self.pane.new_button
        self.mine_check, self.scope_check = self.pane.mine_check, self.pane.scope_check
        self.overdue_check = self.pane.overdue_check
        self.pane.selection_changed.connect(self._on_pane_selection_changed)
        self.pane.filters_changed.connect(self._update_counts)

        self.case_page = CasePage()
        self.case_page.allocate_requested.connect(self._on_case_page_allocate_requested)
        self.case_page.first_contact_requested.connect(self._on_case_page_first_contact_requested)
        self.case_page.correction_requested.connect(self._on_case_page_correction_requested)
        groups = list(load_offence_groups())
        self.assessment_widget = AssessmentWidget(
            services.assessments, user, bus, groups, services.ctx.today(), auth=services.auth
        )
        self.case_page.set_assessment_widget(self.assessment_widget)
        self.assessment_widget.sign_in_required.connect(self._on_assessment_widget_sign_in_required)
        self.contact_log = install_contact_log(self.case_page, services, user, bus)  # issue 8 point 8

        self.layout_of_case = CaseLayout(self.pane, self.case_page, self._settings, self)
        self.splitter = self.layout_of_case.splitter
        self.layout_of_case.restore(self.width())
        self.lock_screen = LockScreen(user)
        self.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
        self.lock_screen.quit_requested.connect(self.close)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_content(demo))
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self._build_status_bar(establishment_name)
        self.tools = WindowTools(
            self,
            services,
            user,
            tasks,
            on_error=self._on_task_error,
            on_recalculated=self._on_recalculated,
            on_demo_generated=self.reload,
        )
        self.window_actions = WindowActions(
            self,
            ActionHandlers(
                new_reception=self.new_reception,
                allocate=lambda: self._on_case_page_allocate_requested(
                    None, AllocationRole.OFFENDER_SUPERVISOR
                ),
                first_contact=lambda: self._on_case_page_first_contact_requested(None),
                correct_details=lambda: self._on_case_page_correction_requested(None),
                lock=self.lock,
                quit=self.close,
                find=self.pane.focus_filter,
                refresh=self.reload,
                next_tab=lambda: self._switch_case_tab(+1),
                previous_tab=lambda: self._switch_case_tab(-1),
                attention=self.show_attention,
                sync_now=self.sync_now,
                verify_audit=self.verify_audit,
                recalculate_tiers=self.tools.ask_recalculate_tiers,
                generate_demo=self.tools.ask_generate_demo,
                shortcuts=self.show_shortcuts,
                about=self.tools.about,
                add_contact=self.add_contact,  # contact log (issue 8 point 8)
            ),
            role=user.role,
            demo=demo,
            sync_configured=sync is not None,
        )
        a = self.window_actions
        self.new_reception_action, self.allocate_action = a.new_reception, a.allocate
        self.contact_action, self.lock_action, self.quit_action = a.first_contact, a.lock, a.quit
        self.find_action, self.refresh_action, self.attention_action = a.find, a.refresh, a.attention
        self.verify_action, self.recalculate_action = a.verify_audit, a.recalculate_tiers
        self.demo_action, self.sync_now_action = a.generate_demo, a.sync_now
        self.correct_action = a.correct_details
        self.interview = install_interview(self)  # -- interview (issue 8) --
        # -- risk of harm (issue 8): the case tab, Case-menu entries, the countersigning queue --
        self.risk_of_harm = install_risk_of_harm(
            self,
            self.case_page,
            self.pane,
            a,
            services,
            user,
            bus,
            self._on_assessment_widget_sign_in_required,
        )
        self.case_page.correct_button.setEnabled(self.correct_action.isEnabled())
        self.new_button.setEnabled(self.new_reception_action.isEnabled())
        self.new_button.clicked.connect(self.new_reception)
        # -- risk management plan; children, victims, MAPPA (issue 8 points 4-5), after "Risk of harm" --
        self.rmp_widget, self.risk_people_widget = install_risk_plan(
            self.case_page, services, user, bus, self._on_assessment_widget_sign_in_required
        )
        self.sentence_plan, self.review_screens = install_workflows(self)  # issues 9 and 10

        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        # Ctrl+L from anywhere, a modal dialog included (its window shortcut is shadowed by the dialog).
        self.lock_keys = LockKeyFilter(self)
        self.lock_keys.lock_requested.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.lock_keys)
        self.idle.start()

        bus.changed.connect(self._on_bus_changed)

        self.sync_controller: SyncController | None = None
        if sync is not None:
            self.sync_controller = SyncController(
                sync, tasks, bus, self.sync_widget, interval_minutes=sync_interval_minutes, parent=self
            )
            self.sync_controller.refresh()
        else:
            self.sync_widget.set_unconfigured()

    # -- construction helpers --------------------------------------------------------------------

    def _build_content(self, demo: bool) -> QWidget:
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        if demo:
            banner = QLabel(DEMO_BANNER)
            banner.setObjectName("demoBanner")  # coloured by the theme
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setAccessibleName("Demo profile warning")
            content_layout.addWidget(banner)
        content_layout.addWidget(self.splitter, 1)
        return content

    def _build_status_bar(self, establishment_name: str) -> None:
        bar = self.statusBar()
        self.count_label = QLabel("Loading caseload…")
        self.count_label.setObjectName("countLabel")
        bar.addWidget(self.count_label, 1)
        labels = [
            (f"{self.user.display_name} ({self.user.role.label})", "userLabel"),
            (f"{establishment_name} ({self.user.establishment_code})", "establishmentLabel"),
        ]
        if not self.demo:  # the demo profile says so in its banner; the status bar needs the room
            labels.append(("Profile: this terminal", "profileLabel"))
        for text, name in labels:
            label = QLabel(text)
            label.setObjectName(name)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        # Sync (issue 4): last successful sync, counts, "Sync now" and "needs attention".
        self.sync_widget = SyncStatusWidget()
        self.sync_widget.attention_requested.connect(self.show_attention)
        bar.addPermanentWidget(self.sync_widget)

    def show_shortcuts(self) -> QDialog:
        """Help → Keyboard shortcuts (F1): every key, generated from the actions."""
        return show_shortcuts(self, self.window_actions.shortcut_rows())

    def _switch_case_tab(self, step: int) -> None:
        tabs = self.case_page.tabs
        if self.case_page.case is None or not tabs.count():
            return
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    # -- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reload the whole caseload in the background; the table stays usable meanwhile."""
        if self._loading:
            return
        self._loading = True
        if self._partial_of is None:
            self.count_label.setText("Loading caseload…")
        services, user = self.services, self.user
        self.tasks.run(
            "load caseload",
            lambda _progress: services.caseload.rows(user),
            on_done=self._on_caseload_rows,
            on_error=self._on_task_error,
        )

    def load_now(self) -> None:
        """Load the caseload at start-up, when nothing else is on screen yet.

        An establishment-sized caseload loads here at once. A larger one (a region) shows its first
        screenful by name at once and loads the rest in the background, so the window is usable
        immediately; the status bar says so until the whole caseload is in.
        """
        total = self.services.caseload.count(self.user)
        if total <= STAGED_LOAD_ABOVE:
            self._on_caseload_rows(self.services.caseload.rows(self.user))
            return
        self._partial_of = total
        self.model.set_rows(self.services.caseload.rows(self.user, first=FIRST_SCREEN_ROWS))
        self._update_counts()
        self.reload()

    @property
    def caseload_complete(self) -> bool:
        """Whether the whole caseload is loaded (not just the first screen)."""
        return self._partial_of is None and not self._loading

    def _on_caseload_rows(self, rows: list[CaseloadRow]) -> None:
        self._loading = False
        self._partial_of = None
        selected = self.selected_prisoner_id()
        self.model.set_rows(rows)
        self._update_counts()
        if selected:
            self.select_prisoner(selected)
        self.caseload_loaded.emit(len(rows))

    def _update_counts(self) -> None:
        if self._partial_of is not None:
            self.count_label.setText(
                f"Showing the first {self.model.rowCount():,} of {self._partial_of:,} prisoners by name · "
                "loading the rest…"
            )
            return
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        in_scope, overdue = self.model.totals()
        shown_text = f"Showing {shown:,} of {total:,} prisoners" if shown != total else f"{total:,} prisoners"
        self.count_label.setText(f"{shown_text} · {in_scope:,} in scope · {overdue:,} overdue")

    # -- selection and the case page ----------------------------------------------------------------

    def selected_prisoner_id(self) -> str | None:
        """The prisoner selected in the caseload, if any."""
        return self.pane.selected_prisoner_id()

    def select_prisoner(self, prisoner_id: str) -> bool:
        """Select ``prisoner_id`` in the caseload; False when the filters hide it."""
        return self.pane.select_prisoner(prisoner_id)

    def _on_pane_selection_changed(self) -> None:
        if self._reverting_selection:
            return
        pid = self.selected_prisoner_id()
        current = self.case_page.case
        if current is not None and pid != current.prisoner_id and self.case_page.has_unsaved_work():
            if pid is None or self.pane.filtering:
                # A filter moved the selection, not the user: keep the case, and what is typed in it,
                # on screen, and the highlight on it while it is in the list (else on nobody).
                keep = current.prisoner_id
                QTimer.singleShot(0, lambda: self._revert_selection(keep))
                return
            # The view may still be moving its selection while the question is up: ignore that.
            self._reverting_selection = True
            try:
                settled = settle_unsaved_work(self, self.case_page, doing="open another case")
            finally:
                self._reverting_selection = False
            if not settled:
                # After the view has finished handling the key or click that moved the selection.
                keep = current.prisoner_id
                QTimer.singleShot(0, lambda: self._revert_selection(keep))
                return
        self._show_case(pid)

    def _revert_selection(self, prisoner_id: str) -> None:
        """Cancel on "unsaved work": the previous prisoner stays selected and on screen."""
        self._reverting_selection = True
        try:
            if not self.pane.select_prisoner(prisoner_id):
                self.table.clearSelection()
        finally:
            self._reverting_selection = False

    def _show_selected_case(self) -> None:
        self._show_case(self.selected_prisoner_id())

    def _show_case(self, pid: str | None) -> None:
        if pid is None:
            self.case_page.clear()
            return
        try:
            self.case_page.show_case(self.services.caseload.detail(self.user, pid))
        except WorkbenchError as exc:
            self.case_page.clear()
            self.statusBar().showMessage(exc.message, 8000)

    # -- writes (dialogs) ----------------------------------------------------------------------------

    def new_reception(self) -> QDialog:
        """Open the reception dialog; the new prisoner is selected and shown when it is saved.

        The dialog is opened window-modal with ``open()`` rather than ``exec()``: the lock hides it and
        shows it again after unlock, and hiding would end an ``exec()`` as if it had been cancelled.
        """
        from workbench.gui.screens.reception.dialog import ReceptionDialog

        dialog = ReceptionDialog(
            self.services.reception, self.user, self.bus, self.services.ctx.today(), parent=self
        )
        dialog.accepted.connect(lambda: self._on_reception_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_reception_accepted(self, dialog: Any) -> None:
        prisoner_id = getattr(dialog, "prisoner_id", None)
        if not prisoner_id:
            return
        if self.services.caseload.row(self.user, prisoner_id) is None:
            return  # not in this user's caseload (another establishment): nothing to show
        note = self.pane.reveal_prisoner(prisoner_id)
        self._update_counts()
        if note:
            self.statusBar().showMessage(note, 15000)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _case_for(self, prisoner_id: str | None) -> Any:
        pid = prisoner_id or self.selected_prisoner_id()
        if pid is None:
            QMessageBox.information(self, "No prisoner selected", "Select a prisoner in the caseload first.")
            return None
        try:
            return self.services.caseload.detail(self.user, pid)
        except WorkbenchError as exc:
            QMessageBox.warning(self, "Cannot open the case", exc.message)
            return None

    def _on_case_page_allocate_requested(self, prisoner_id: str | None, role: AllocationRole) -> None:
        from workbench.gui.screens.allocation.dialog import AllocationDialog

        case = self._case_for(prisoner_id)
        if case is None:
            return
        if not allows(self.user.role, Permission.ALLOCATE):
            QMessageBox.warning(self, "Not allowed", _permission_message(self.user, Permission.ALLOCATE))
            return
        dialog = AllocationDialog(
            self.services.allocation,
            self.services.users,
            self.user,
            self.bus,
            case,
            self.services.ctx.today(),
            initial_role=role,
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_case_page_first_contact_requested(self, prisoner_id: str | None) -> None:
        from workbench.gui.screens.contacts.dialog import FirstContactDialog

        case = self._case_for(prisoner_id)
        if case is None:
            return
        dialog = FirstContactDialog(
            self.services.contacts, self.user, self.bus, case, self.services.ctx.today(), parent=self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- contact log (issue 8 point 8) --
    def add_contact(self, prisoner_id: str | None = None) -> QDialog | None:
        """Case → Add contact (Ctrl+Shift+N): the contact-log dialog for the selected prisoner."""
        if not allows(self.user.role, Permission.ADD_CONTACT_NOTE):
            QMessageBox.warning(
                self, "Not allowed", _permission_message(self.user, Permission.ADD_CONTACT_NOTE)
            )
            return None
        case = self._case_for(prisoner_id)
        if case is None:
            return None
        if case.read_only_reason is not None:
            QMessageBox.information(self, "Read-only record", case.read_only_reason)
            return None
        return open_contact_dialog(
            self,
            self.services.contact_log,
            self.user,
            self.bus,
            case.prisoner_id,
            f"{case.family_name.upper()}, {case.given_name} ({case.noms_number})",
            self.services.ctx.today(),
            referrals=self.contact_log.referrals,
        )

    def _on_case_page_correction_requested(self, prisoner_id: str | None) -> None:
        from workbench.gui.screens.correction.dialog import CorrectionDialog

        if not allows(self.user.role, Permission.RECEIVE_PRISONER):
            return
        case = self._case_for(prisoner_id)
        if case is None:
            return
        dialog = CorrectionDialog(
            self.services.corrections, self.user, self.bus, case, self.services.ctx.today(), parent=self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_bus_changed(self, changes: ChangeSet) -> None:
        """Refresh only the rows and the case that the write touched."""
        if "prisoner" in changes.entities and len(changes.prisoner_ids) > 50:
            self.reload()
            return
        for pid in changes.prisoner_ids:
            row = self.services.caseload.row(self.user, pid)
            if row is None:
                self.model.remove(pid)
            else:
                self.model.upsert(row)
        self.proxy.invalidate()
        self._update_counts()
        current = self.case_page.case
        if current is not None and current.prisoner_id in changes.prisoner_ids:
            self._show_case(current.prisoner_id)

    # -- locking ------------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every case detail until the password is given (open dialogs too, keeping what was typed).

        Nobody is there to ask about unsaved work, so it is kept as it is, hidden under the lock: the
        case page and every open dialog come back after unlock exactly as they were.
        """
        if self.is_locked or self._session_over:
            return
        log.info("window locked")
        self.idle.stop()
        self._hidden_dialogs = []
        for w in QApplication.topLevelWidgets():
            if w is self or not w.isVisible():
                continue
            if isinstance(w, QMessageBox):
                # A question on screen is answered "cancel" (which never loses anything): its exec()
                # would end on hide anyway, and a finished question must not come back.
                w.reject()
                continue
            w.hide()
            if isinstance(w, QDialog):
                self._hidden_dialogs.append(w)
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.count_label.setText("Locked")
        self.lock_screen.reset()
        self.activateWindow()
        self.locked_changed.emit(True)

    def _on_lock_screen_unlock_requested(self, password: str) -> None:
        try:
            right = self.services.auth.verify(self.user, password)
        except SignInRequired as exc:
            self._end_session(exc.message)
            return
        except AuthenticationFailed as exc:
            self.lock_screen.error.setText(exc.message)
            return
        if not right:
            self.lock_screen.error.setText("That password is not right. Try again.")
            return
        self._unlock()

    def _unlock(self) -> None:
        log.info("window unlocked")
        self.stack.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self._update_counts()
        self._restore_hidden_dialogs()
        self.idle.start()
        self.locked_changed.emit(False)

    def _restore_hidden_dialogs(self) -> None:
        """Show again what the lock hid, except what finished meanwhile (a background task's progress)."""
        back = [
            w
            for w in self._hidden_dialogs
            if shiboken6.isValid(w) and not (isinstance(w, QProgressDialog) and w.value() < w.minimum())
        ]
        self._hidden_dialogs = []
        for w in back:
            w.show()
        if back:
            back[-1].activateWindow()

    def _on_assessment_widget_sign_in_required(self) -> None:
        """Too many wrong passwords when signing an assessment: the same as at the lock screen."""
        if not self.is_locked:
            self.lock()
        self._end_session("Too many wrong passwords. Sign in again to go on; your draft has been kept.")

    def _end_session(self, message: str) -> None:
        """Too many wrong passwords: save what can be saved, then only a full sign-in opens the window.

        The lock screen's password no longer works; the sign-in dialog (user name fixed, full checks and
        lockout of ``AuthService.sign_in``) does. Cancelling it ends the session: the window closes
        and ``session_ended`` tells the composition root.
        """
        log.info("too many wrong passwords at the lock screen; a full sign-in is required")
        self._save_all_unsaved_work()
        self.lock_screen.error.setText(message)
        self.lock_screen.setEnabled(False)
        from workbench.gui.screens.signin.dialog import SignInDialog

        dialog = SignInDialog(
            self.services.auth.sign_in,
            establishment=self._establishment_name,
            title="Sign in again",
            fixed_username=self.user.username,
            parent=self,
        )
        dialog.setObjectName("signInAgain")
        dialog.finished.connect(lambda result: self._on_full_sign_in_finished(dialog, result))
        self.sign_in_again = dialog
        dialog.open()

    def _on_full_sign_in_finished(self, dialog: Any, result: int) -> None:
        self.sign_in_again = None
        dialog.deleteLater()
        user = dialog.user if result == QDialog.DialogCode.Accepted else None
        if user is not None and user.user_id == self.user.user_id:
            self.lock_screen.setEnabled(True)
            self._unlock()
            return
        self._session_over = True
        self.session_ended.emit(self.lock_screen.error.text())
        self.close()

    def _unsaved_work_holders(self) -> list[HoldsUnsavedWork]:
        """The case page and every open (or locked-away) dialog that holds typed work."""
        holders: list[HoldsUnsavedWork] = [self.case_page]
        for w in [*self._hidden_dialogs, *QApplication.topLevelWidgets()]:
            if not shiboken6.isValid(w) or w is self:
                continue
            if isinstance(w, HoldsUnsavedWork) and w not in holders:
                holders.append(w)
        return holders

    def _save_all_unsaved_work(self) -> None:
        """Nobody to ask (the session ends, or someone quits from the lock screen): save, never discard."""
        for holder in self._unsaved_work_holders():
            if holder.has_unsaved_work() and not holder.save_unsaved_work():
                log.warning("unsaved work could not be saved when the session ended")

    # -- tools (gui/window_tools.py) -------------------------------------------------------------------

    def verify_audit(self) -> None:
        """Tools → Verify audit trail."""
        self.tools.verify_audit()

    def recalculate_tiers(self) -> QProgressDialog:
        """Recalculate every tier in the background with a cancellable progress dialog (managers)."""
        return self.tools.recalculate_tiers()

    def generate_demo(self, count: int, *, seed: int | None = None) -> QProgressDialog:
        """Generate synthetic prisoners in the background with a cancellable progress dialog."""
        return self.tools.generate_demo(count, seed=seed, rows_now=self.model.rowCount())

    def _on_recalculated(self, message: str, changed: bool) -> None:
        self.recalculation_finished.emit(message)
        if changed:
            self.reload()
            self._show_selected_case()

    def _on_task_error(self, exc: BaseException, details: str) -> None:
        self._loading = False
        if isinstance(exc, WorkbenchError):
            QMessageBox.warning(self, "Could not finish", exc.message)
            return
        log.error("background task failed: %s", details)
        from workbench.gui.widgets.crash import CrashDialog

        CrashDialog(details, self._log_path, self).exec()

    # -- sync (issue 4) -------------------------------------------------------------------------------

    def attach_sync(self, client: SyncRunner, interval_minutes: float) -> SyncController:
        """Start showing and running sync with ``client`` (the composition root calls this after show)."""
        if self.sync_controller is not None:
            self.sync_controller.stop()
        self.sync_client = client
        self.sync_controller = SyncController(
            client, self.tasks, self.bus, self.sync_widget, interval_minutes=interval_minutes, parent=self
        )
        self.sync_now_action.setEnabled(True)
        self.sync_controller.start()
        return self.sync_controller

    def sync_now(self) -> None:
        """Send and receive changes now, in the background."""
        if self.sync_controller is not None:
            self.sync_controller.sync_now()

    def show_attention(self) -> Any:
        """Open the needs-attention screen: quarantined changes and conflicts."""
        from workbench.gui.screens.attention.dialog import AttentionDialog

        dialog = AttentionDialog(self.services.sync_conflicts, self.user, self.bus, self)
        dialog.finished.connect(lambda _r: self.sync_controller.refresh() if self.sync_controller else None)
        dialog.open()
        return dialog

    # -- Qt overrides ----------------------------------------------------------------------------------

    @property
    def is_narrow(self) -> bool:
        """Whether the case opens over the caseload (narrow window) rather than beside it."""
        return self.layout_of_case.is_narrow

    def open_case(self) -> None:
        """Narrow layout: show the selected case over the caseload (Return or double-click in the list)."""
        self.layout_of_case.open_case()

    def close_case(self) -> None:
        """Narrow layout: back from the case to the caseload."""
        self.layout_of_case.close_case()

    def fill(self, geometry: QRect) -> None:
        """Take ``geometry`` (a screen's available area). The layout for that width is applied first:
        side by side, the caseload and the case need more than a 1024-pixel screen, and Qt would clamp
        the window to that minimum (off the screen's edge) before the narrow layout could take over."""
        self.layout_of_case.apply(geometry.width())
        # The window's minimum follows its layouts only once their pending requests are handled.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.setGeometry(geometry)

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self.layout_of_case.apply(self.width())

    def showEvent(self, event: Any) -> None:  # Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self._update_counts)
        if not self._focused_once:
            self._focused_once = True
            QTimer.singleShot(0, self.take_focus)

    def take_focus(self) -> None:
        """Become the active window with the cursor in the caseload filter.

        After sign-in there may be no window manager to hand the new window the keyboard (kiosk
        terminals, Xvfb), so the window asks for it itself.
        """
        if QGuiApplication.platformName() != "offscreen":  # which has no stacking order (and says so)
            self.raise_()
        self.activateWindow()
        if self.is_locked:
            self.lock_screen.password.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        else:
            self.filter_edit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if not self._session_over:
            if self.is_locked:
                # Whoever quits from the lock screen may not be the person who typed: keep, never discard.
                self._save_all_unsaved_work()
            elif not settle_unsaved_work(self, self.case_page, doing="quit"):
                event.ignore()
                return
        self.layout_of_case.save()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.lock_keys)
        self.idle.stop()
        if self.sync_controller is not None:
            self.sync_controller.stop()
        super().closeEvent(event)


def _permission_message(user: CurrentUser, permission: Permission) -> str:
    from workbench.security.permissions import require

    try:
        require(user.role, permission)
    except PermissionDenied as exc:
        return exc.message
    return ""


__all__ = ["DEMO_BANNER", "SPLITTER_KEY", "LockScreen", "MainWindow"]
