"""The main window: caseload on the left, the selected case on the right, lock screen on idle."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.casework.dto import CaseloadRow, ChangeSet, CurrentUser
from workbench.casework.services import Services
from workbench.config import load_offence_groups
from workbench.domain.enums import AllocationRole
from workbench.domain.errors import PermissionDenied, WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.models.caseload_model import (
    CaseloadFilterProxy,
    CaseloadModel,
    Column,
    PrisonerIdRole,
)
from workbench.gui.screens.assessment.widget import AssessmentWidget
from workbench.gui.screens.case.page import CasePage
from workbench.gui.tasks import Progress, TaskRunner
from workbench.gui.widgets.idle import IdleWatcher
from workbench.gui.widgets.sync_status import SyncController, SyncRunner, SyncStatusWidget
from workbench.security.permissions import Permission, allows

log = logging.getLogger("workbench.gui")

STAGED_LOAD_ABOVE = 3000
"""Caseloads larger than this (a region rather than an establishment) load in two stages."""
FIRST_SCREEN_ROWS = 200
"""How many prisoners, by name, are shown at once while a large caseload loads."""

DEMO_BANNER = "DEMO — synthetic data only. Never enter real prisoner information in this profile."


class LockScreen(QWidget):
    """Shown instead of the window's content while locked; only the signed-in user's password opens it."""

    unlock_requested = Signal(str)
    """The user typed a password and asked to unlock."""
    quit_requested = Signal()
    """The user chose to sign out and close the workbench."""

    def __init__(self, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(
            f"<h2>Locked</h2><p>{user.display_name} is signed in. Enter your password to carry on.</p>"
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password to unlock")
        self.password.setPlaceholderText("Password")
        self.password.setMinimumWidth(260)
        self.unlock_button = QPushButton("&Unlock")
        self.quit_button = QPushButton("Sign out and &quit")
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addWidget(self.quit_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet("color: #9b1c1c")
        layout.addWidget(self.error)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.quit_button.clicked.connect(self.quit_requested)

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())
        self.password.clear()


class MainWindow(QMainWindow):
    """Caseload and case page for the signed-in user."""

    caseload_loaded = Signal(int)
    """The caseload finished (re)loading, with the number of rows."""
    locked_changed = Signal(bool)
    """The window locked (True) or unlocked (False)."""
    recalculation_finished = Signal(str)
    """A tier recalculation finished (with its summary)."""

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
    ) -> None:
        super().__init__()
        self.sync_client = sync
        self.services = services
        self.user = user
        self.bus = bus
        self.tasks = tasks
        self.demo = demo
        self._log_path = log_path
        self._hidden_dialogs: list[QWidget] = []
        self._loading = False
        self._partial_of: int | None = None  # total while only the first screen is loaded
        self.setWindowTitle(
            f"Offender Supervisor Workbench — {establishment_name}" + (" [DEMO]" if demo else "")
        )
        self.resize(1400, 860)

        # -- caseload -------------------------------------------------------------------------
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilterProxy(user.user_id, self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setAccessibleName("Caseload")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        for col, sample in (
            (Column.NAME, "COUNTERFELD, Jordan"),
            (Column.NOMS, "Z0000WW"),
            (Column.LOCATION, "H-4-40"),
            (Column.SCOPE, "Out of scope"),
            (Column.SENTENCE, "Determinate"),
            (Column.RELEASE, "30/12/2029 Tariff"),
            (Column.SUPERVISOR, "Gareth Examplewo"),
            (Column.TIER, "B2*"),
            (Column.BAND, "Very high"),
        ):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 18)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("caseloadFilter")
        self.filter_edit.setAccessibleName("Filter caseload")
        self.filter_edit.setPlaceholderText("Filter: name, NOMS no., location, supervisor (Ctrl+F)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._focus_table)
        self.mine_check = QCheckBox("&My cases")
        self.scope_check = QCheckBox("In &scope")
        self.overdue_check = QCheckBox("O&verdue")
        for box in (self.mine_check, self.scope_check, self.overdue_check):
            box.toggled.connect(self._on_quick_filter_toggled)
        self.new_button = QPushButton("&New reception…")
        self.new_button.setAccessibleName("New reception")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.mine_check)
        bar.addWidget(self.scope_check)
        bar.addWidget(self.overdue_check)
        bar.addWidget(self.new_button)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)

        self.case_page = CasePage()
        self.case_page.allocate_requested.connect(self._on_case_page_allocate_requested)
        self.case_page.first_contact_requested.connect(self._on_case_page_first_contact_requested)
        groups = list(load_offence_groups())
        self.assessment_widget = AssessmentWidget(
            services.assessments, user, bus, groups, services.ctx.today(), auth=services.auth
        )
        self.case_page.set_assessment_widget(self.assessment_widget)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.case_page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1080, 480])

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        if demo:
            banner = QLabel(DEMO_BANNER)
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setStyleSheet("background:#ffd23f; color:#1a1a1a; font-weight:700; padding:4px;")
            banner.setAccessibleName("Demo profile warning")
            content_layout.addWidget(banner)
        content_layout.addWidget(splitter, 1)

        self.lock_screen = LockScreen(user)
        self.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
        self.lock_screen.quit_requested.connect(self.close)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self._build_status_bar(establishment_name)
        self._build_menus()
        self.new_button.clicked.connect(self.new_reception)

        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()

        bus.changed.connect(self._on_bus_changed)

        self.sync_now_action = self._action("&Sync now", "F9", self.sync_now, enabled=sync is not None)
        self.sync_now_action.setObjectName("syncNowAction")
        case_menu = self.lock_action.associatedObjects()[0] if self.lock_action.associatedObjects() else None
        if isinstance(case_menu, QMenu):
            case_menu.insertAction(self.lock_action, self.sync_now_action)
        self.addAction(self.sync_now_action)  # F9 works even when the menu is not open
        self.sync_controller: SyncController | None = None
        if sync is not None:
            self.sync_controller = SyncController(
                sync, tasks, bus, self.sync_widget, interval_minutes=sync_interval_minutes, parent=self
            )
            self.sync_controller.refresh()
        else:
            self.sync_widget.set_unconfigured()

    # -- construction helpers --------------------------------------------------------------------

    def _build_status_bar(self, establishment_name: str) -> None:
        bar = self.statusBar()
        self.count_label = QLabel("Loading caseload…")
        self.count_label.setObjectName("countLabel")
        bar.addWidget(self.count_label, 1)
        profile = "DEMO profile" if self.demo else "Profile: this terminal"
        for text, name in (
            (f"{self.user.display_name} ({self.user.role.label})", "userLabel"),
            (f"{establishment_name} ({self.user.establishment_code})", "establishmentLabel"),
            (profile, "profileLabel"),
        ):
            label = QLabel(text)
            label.setObjectName(name)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        # Sync (issue 4): last successful sync, counts, "Sync now" and "needs attention".
        self.sync_widget = SyncStatusWidget()
        self.sync_widget.attention_requested.connect(self.show_attention)
        bar.addPermanentWidget(self.sync_widget)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Any,
        *,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        if shortcut is not None:
            self.addAction(action)  # the shortcut works wherever focus is in the window, menu open or not
        return action

    def _build_menus(self) -> None:
        role = self.user.role
        menu = self.menuBar()
        case_menu = menu.addMenu("&Case")
        self.new_reception_action = self._action(
            "&New reception…",
            QKeySequence.StandardKey.New,
            self.new_reception,
            enabled=allows(role, Permission.RECEIVE_PRISONER),
        )
        self.allocate_action = self._action(
            "&Allocate offender supervisor…",
            "Ctrl+Shift+A",
            lambda: self._on_case_page_allocate_requested(None, AllocationRole.OFFENDER_SUPERVISOR),
            enabled=allows(role, Permission.ALLOCATE),
        )
        self.contact_action = self._action(
            "Record &first contact…",
            "Ctrl+Shift+F",
            lambda: self._on_case_page_first_contact_requested(None),
            enabled=allows(role, Permission.RECORD_CONTACT),
        )
        self.new_button.setEnabled(self.new_reception_action.isEnabled())
        self.lock_action = self._action("&Lock", "Ctrl+L", self.lock)
        self.quit_action = self._action("&Quit", "Ctrl+Q", self.close)
        for a in (self.new_reception_action, self.allocate_action, self.contact_action):
            case_menu.addAction(a)
        case_menu.addSeparator()
        case_menu.addAction(self.lock_action)
        case_menu.addAction(self.quit_action)

        view = menu.addMenu("&View")
        self.find_action = self._action("&Find…", QKeySequence.StandardKey.Find, self._focus_filter)
        self.refresh_action = self._action("&Refresh caseload", QKeySequence.StandardKey.Refresh, self.reload)
        view.addAction(self.find_action)
        view.addAction(self.refresh_action)
        self.attention_action = self._action("Needs &attention (sync)…", "Ctrl+Shift+Y", self.show_attention)
        view.addAction(self.attention_action)

        tools = menu.addMenu("&Tools")
        self.verify_action = self._action(
            "&Verify audit trail", None, self.verify_audit, enabled=allows(role, Permission.VERIFY_AUDIT)
        )
        tools.addAction(self.verify_action)
        self.recalculate_action = self._action(
            "Recalculate &tiers…",
            None,
            self._ask_recalculate_tiers,
            enabled=allows(role, Permission.RECALCULATE_TIERS),
        )
        if allows(role, Permission.RECALCULATE_TIERS):
            tools.addAction(self.recalculate_action)
        self.demo_action = self._action(
            "&Generate more demo data…",
            None,
            self._ask_generate_demo,
            enabled=self.demo and allows(role, Permission.GENERATE_DEMO_DATA),
        )
        if self.demo:
            tools.addAction(self.demo_action)

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self._action("&About", None, self._about))

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
        self.count_label.setText(f"{shown_text} · {in_scope:,} in scope · {overdue:,} with overdue items")

    # -- selection and the case page ----------------------------------------------------------------

    def selected_prisoner_id(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        value = indexes[0].data(PrisonerIdRole)
        return str(value) if value else None

    def select_prisoner(self, prisoner_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(PrisonerIdRole) == prisoner_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected_case()

    def _show_selected_case(self) -> None:
        pid = self.selected_prisoner_id()
        if pid is None:
            self.case_page.clear()
            return
        try:
            self.case_page.show_case(self.services.caseload.detail(self.user, pid))
        except WorkbenchError as exc:
            self.case_page.clear()
            self.statusBar().showMessage(exc.message, 8000)

    # -- filters ------------------------------------------------------------------------------------

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()

    def _on_quick_filter_toggled(self, _checked: bool) -> None:
        self.proxy.set_quick_filters(
            mine=self.mine_check.isChecked(),
            in_scope=self.scope_check.isChecked(),
            overdue=self.overdue_check.isChecked(),
        )
        self._update_counts()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)

    # -- writes (dialogs) ----------------------------------------------------------------------------

    def new_reception(self) -> None:
        from workbench.gui.screens.reception.dialog import ReceptionDialog

        dialog = ReceptionDialog(
            self.services.reception, self.user, self.bus, self.services.ctx.today(), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.prisoner_id:
            self.select_prisoner(dialog.prisoner_id)

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
        dialog.exec()

    def _on_case_page_first_contact_requested(self, prisoner_id: str | None) -> None:
        from workbench.gui.screens.contacts.dialog import FirstContactDialog

        case = self._case_for(prisoner_id)
        if case is None:
            return
        dialog = FirstContactDialog(
            self.services.contacts, self.user, self.bus, case, self.services.ctx.today(), parent=self
        )
        dialog.exec()

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
            self._show_selected_case()

    # -- locking ------------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every case detail until the password is given (open dialogs too, keeping what was typed)."""
        if self.is_locked:
            return
        log.info("window locked")
        self.idle.stop()
        self._hidden_dialogs = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible()]
        for w in self._hidden_dialogs:
            w.hide()
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.count_label.setText("Locked")
        self.lock_screen.error.clear()
        self.lock_screen.password.setFocus()
        self.locked_changed.emit(True)

    def _on_lock_screen_unlock_requested(self, password: str) -> None:
        if not self.services.auth.verify(self.user, password):
            self.lock_screen.error.setText("That password is not right. Try again.")
            return
        log.info("window unlocked")
        self.stack.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self._update_counts()
        for w in self._hidden_dialogs:
            w.show()
        self._hidden_dialogs = []
        self.idle.start()
        self.locked_changed.emit(False)

    # -- tools --------------------------------------------------------------------------------------

    def verify_audit(self) -> None:
        audit, user = self.services.audit, self.user

        def work(_progress: Progress) -> Any:
            return audit.verify(user)

        def done(report: Any) -> None:
            if report.ok:
                QMessageBox.information(
                    self,
                    "Audit trail verified",
                    f"All {report.events_checked:,} audit events are intact and in order.",
                )
            else:
                QMessageBox.critical(
                    self,
                    "Audit trail broken",
                    f"The audit trail is broken at event {report.first_broken_seq}: {report.problem}. "
                    "Tell your OMU manager; do not delete anything.",
                )

        self.tasks.run("verify audit", work, on_done=done, on_error=self._on_task_error)

    def _ask_recalculate_tiers(self) -> None:
        answer = QMessageBox.question(
            self,
            "Recalculate tiers",
            "Work out OGRS3 and the tier again for every prisoner's latest completed likelihood of "
            "reoffending assessment, under the current rules? Run this after a policy or formula change. "
            "Signed assessments are not altered; the new figures are kept on this terminal and the run, "
            "with every tier or band that moved, is recorded in the audit trail.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.recalculate_tiers()

    def recalculate_tiers(self) -> QProgressDialog:
        """Recalculate every tier in the background with a cancellable progress dialog (managers)."""
        dialog = QProgressDialog("Recalculating OGRS3 and tiers…", "Cancel", 0, 0, self)
        dialog.setWindowTitle("Recalculate tiers")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        services, user = self.services, self.user

        def work(progress: Progress) -> Any:
            return services.assessments.recalculate_tiers(
                user, progress=lambda done, total: progress(done, total), cancelled=lambda: handle.cancelled
            )

        def done(result: Any) -> None:
            dialog.reset()
            if result.cancelled:
                self.statusBar().showMessage("Tier recalculation cancelled; nothing was changed.", 8000)
                return
            message = (
                f"Recalculated {result.assessments:,} assessments: {result.changed:,} with new figures, "
                f"{result.tiers_changed:,} tiers and {result.bands_changed:,} OGRS3 bands changed."
            )
            self.statusBar().showMessage(message, 15000)
            self.recalculation_finished.emit(message)
            if result.changed:
                self.reload()
                self._show_selected_case()

        def failed(exc: BaseException, details: str) -> None:
            dialog.reset()
            self._on_task_error(exc, details)

        def progressed(done_count: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done_count)

        handle = self.tasks.run("recalculate tiers", work, on_done=done, on_error=failed)
        handle.progressed.connect(progressed)
        dialog.canceled.connect(handle.cancel)
        return dialog

    def _ask_generate_demo(self) -> None:
        answer = QMessageBox.question(
            self, "Generate demo data", "Add 300 more synthetic prisoners to the demo profile?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.generate_demo(300)

    def generate_demo(self, count: int, *, seed: int | None = None) -> QProgressDialog:
        """Generate synthetic prisoners in the background with a cancellable progress dialog."""
        dialog = QProgressDialog("Generating synthetic prisoners…", "Cancel", 0, count, self)
        dialog.setWindowTitle("Demo data")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        services, user = self.services, self.user
        chosen_seed = (
            seed if seed is not None else int(date.today().strftime("%Y%m%d")) + self.model.rowCount()
        )

        def work(progress: Progress) -> ChangeSet:
            def report(done: int, total: int) -> None:
                progress(done, total)

            return services.demo.generate(
                user, prisoners=count, seed=chosen_seed, progress=report, cancelled=lambda: handle.cancelled
            )

        def done(_changes: object) -> None:
            dialog.reset()
            self.reload()

        def failed(exc: BaseException, details: str) -> None:
            dialog.reset()
            self._on_task_error(exc, details)

        handle = self.tasks.run("generate demo data", work, on_done=done, on_error=failed)
        handle.progressed.connect(lambda done, total: _show_progress(dialog, done, total))
        dialog.canceled.connect(handle.cancel)
        return dialog

    def _on_task_error(self, exc: BaseException, details: str) -> None:
        self._loading = False
        if isinstance(exc, WorkbenchError):
            QMessageBox.warning(self, "Could not finish", exc.message)
            return
        log.error("background task failed: %s", details)
        from workbench.gui.widgets.crash import CrashDialog

        CrashDialog(details, self._log_path, self).exec()

    def _about(self) -> None:
        from workbench import __version__

        QMessageBox.about(
            self,
            "About the Offender Supervisor Workbench",
            f"<h3>Offender Supervisor Workbench {__version__}</h3>"
            "<p>Caseload, reception, scope and allocation for prison Offender Management Units, "
            "working offline on shared wing terminals.</p>"
            "<p>Built to answer the findings of the Second Aggregate Report on Offender Management in "
            "Prisons (HMI Probation and HMI Prisons, 2012).</p>",
        )

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
        from workbench.casework.sync_conflicts import SyncConflictService
        from workbench.gui.screens.attention.dialog import AttentionDialog

        dialog = AttentionDialog(SyncConflictService(self.services.ctx), self.user, self.bus, self)
        dialog.finished.connect(lambda _r: self.sync_controller.refresh() if self.sync_controller else None)
        dialog.open()
        return dialog

    # -- Qt overrides ----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self._update_counts)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.stop()
        if self.sync_controller is not None:
            self.sync_controller.stop()
        super().closeEvent(event)


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)


def _permission_message(user: CurrentUser, permission: Permission) -> str:
    from workbench.security.permissions import require

    try:
        require(user.role, permission)
    except PermissionDenied as exc:
        return exc.message
    return ""


__all__ = ["DEMO_BANNER", "LockScreen", "MainWindow", "QModelIndex"]
