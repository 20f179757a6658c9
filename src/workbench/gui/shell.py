"""The Qt side of starting and stopping the desktop app, called by the composition root (app.py).

Everything here touches Qt; ``workbench.app`` decides what happens in which order and stays Qt-free.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from workbench.casework.services import Services
from workbench.domain.errors import WorkbenchError
from workbench.gui.main_window import MainWindow
from workbench.gui.screens.setup.dialog import SetUp, SetupDialog
from workbench.gui.screens.signin.dialog import SignInDialog
from workbench.gui.tasks import Progress, TaskRunner
from workbench.gui.theme import apply_theme
from workbench.gui.widgets.crash import CrashDialog
from workbench.security.principal import CurrentUser

log = logging.getLogger("workbench.app")


def create_application(log_path: str) -> QApplication:
    """The QApplication with the workbench's names, theme and crash dialog for unexpected errors."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Offender Supervisor Workbench")
    app.setOrganizationName("offender-supervisor-workbench")
    apply_theme(app)

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", details)
        if isinstance(exc, WorkbenchError):
            QMessageBox.warning(None, "Could not finish", exc.message)
            return
        CrashDialog(details, log_path).exec()

    sys.excepthook = excepthook
    return app


def show_fatal(message: str) -> None:
    """Tell the user the workbench cannot start, and why."""
    QMessageBox.critical(None, "The workbench cannot start", message)


def ask_set_up(set_up: SetUp) -> bool:
    """First run of a real profile: the set-up dialog. True when the profile was set up."""
    dialog = SetupDialog(set_up)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dispose(dialog)
    return accepted


def ask_sign_in(
    sign_in: Callable[[str, str], CurrentUser],
    establishment_name: str,
    demo_credentials: Sequence[tuple[str, str, str]],
) -> CurrentUser | None:
    """The sign-in dialog; the signed-in user, or None when the user cancelled."""
    dialog = SignInDialog(sign_in, establishment=establishment_name, demo_credentials=demo_credentials)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    user = dialog.user
    dispose(dialog)
    return user if accepted else None


def show_full_screen(app: QApplication, window: MainWindow) -> None:
    """A wing terminal runs the workbench full screen; the caseload needs the width."""
    screen = app.primaryScreen()
    if screen is not None:  # without a window manager (kiosk terminals, Xvfb) maximising does nothing
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()


def wait_for_whole_caseload(window: MainWindow) -> None:
    """Block (running the event loop) until a two-stage caseload load has finished."""
    QApplication.processEvents()
    if window.caseload_complete:
        return
    loop = QEventLoop()
    window.caseload_loaded.connect(lambda _n: loop.quit())
    loop.exec()


def dispose(widget: QWidget) -> None:
    """Delete a finished top-level dialog now, while the application is running.

    A closed but still referenced top-level dialog that outlives the main window made PySide6 abort
    ("shared QObject was deleted directly") when the main window was deleted; deleting dialogs as
    soon as they are done avoids it.
    """
    widget.deleteLater()
    QApplication.processEvents()


def first_run_demo(services: Services, tasks: TaskRunner, prisoners: int, *, quiet: bool) -> None:
    """Create the demo establishment, its synthetic staff, and prisoners (with a progress dialog)."""
    manager = services.demo.set_up_demo_profile()
    if prisoners <= 0:
        return
    dialog = None
    if not quiet:
        dialog = QProgressDialog(
            "Creating the demo establishment with synthetic prisoners…", "", 0, prisoners
        )
        dialog.setWindowTitle("Demo profile — first run")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
    loop = QEventLoop()
    failure: list[BaseException] = []

    def work(progress: Progress) -> object:
        def report(done: int, total: int) -> None:
            progress(done, total)

        return services.demo.generate(manager, prisoners=prisoners, progress=report)

    def failed(exc: BaseException, _details: str) -> None:
        failure.append(exc)
        loop.quit()

    handle = tasks.run("demo data", work, on_done=lambda _result: loop.quit(), on_error=failed)
    if dialog is not None:
        progress_dialog = dialog

        def show(done: int, total: int) -> None:
            progress_dialog.setMaximum(total)
            progress_dialog.setValue(done)

        handle.progressed.connect(show)
    loop.exec()
    if dialog is not None:
        dialog.close()
    if failure:
        raise failure[0]
