"""The Qt side of starting and stopping the desktop app, called by the composition root (app.py).

Everything here touches Qt; ``workbench.app`` decides what happens in which order and stays Qt-free.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QProgressDialog, QWidget

from workbench.domain.errors import AuthenticationFailed, StorageError, StoreDamaged, WorkbenchError
from workbench.gui.screens.signin.dialog import SignInDialog
from workbench.gui.tasks import Progress, TaskRunner
from workbench.gui.theme import apply_theme
from workbench.gui.widgets.crash import CrashDialog

# Only what the sign-in window needs is imported at start-up; the casework layer, the ORM and the
# main window are imported on a worker thread while the user types (``sign_in_while_opening``).
if TYPE_CHECKING:
    from workbench.casework.services import Services
    from workbench.gui.main_window import MainWindow
    from workbench.gui.screens.setup.dialog import SetUp
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
        if isinstance(exc, StoreDamaged):
            # Nothing more can safely be done with a damaged store: say what to do, and stop.
            show_fatal(exc.message)
            app.exit(2)
            return
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
    from workbench.gui.screens.setup.dialog import SetupDialog

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


T = TypeVar("T")


@dataclass
class Opening(Generic[T]):
    """What ``sign_in_while_opening`` ended with: what ``prepare`` returned (None when it failed or
    is still running after a cancel), the signed-in user (None when cancelled or set-up is needed),
    and the error ``prepare`` raised, if any."""

    prepared: T | None = None
    user: CurrentUser | None = None
    error: BaseException | None = None
    details: str = ""
    needs_set_up: bool = False


@dataclass(frozen=True)
class Ready:
    """What the sign-in window needs once the store is open."""

    set_up: bool
    sign_in: Callable[[str, str], CurrentUser]
    establishment_name: str
    demo_credentials: Sequence[tuple[str, str, str]] = ()


def sign_in_while_opening(
    tasks: TaskRunner,
    prepare: Callable[[], T],
    ready: Callable[[T], Ready],
    *,
    on_visible: Callable[[], None] | None = None,
    auto: str | None = None,
    on_submit: Callable[[], None] | None = None,
) -> Opening[T]:
    """Show the sign-in window at once and run ``prepare`` (open the store, import the ORM and the main
    window, warm the caseload) on a worker thread while the user types.

    ``ready`` (GUI thread) turns the prepared result into the sign-in call. A store that cannot open
    closes the window and returns the error, so the caller shows its message (never a hang). ``auto``
    (benchmarks, smoke tests) names a demo account: it is filled in and Sign in is pressed once the
    store is open, through the same path as a person's key press.
    """
    outcome: Opening[T] = Opening()
    dialog = SignInDialog(None, establishment="")
    finished = QEventLoop()
    dialog.finished.connect(lambda _code: finished.quit())

    def work(_progress: Progress) -> T:
        result = prepare()
        import workbench.gui.main_window  # noqa: F401 - imported here, off the GUI thread

        return result

    closed: list[bool] = []

    def done(result: object) -> None:
        outcome.prepared = result  # type: ignore[assignment]
        if closed:  # the user cancelled while the store was opening: only hand it back, to close
            return
        answer = ready(result)  # type: ignore[arg-type]
        if not answer.set_up:
            outcome.needs_set_up = True
            dialog.reject()
            return

        def checked(username: str, password: str) -> CurrentUser:
            try:
                return answer.sign_in(username, password)
            except StorageError as exc:  # e.g. a damaged page met while reading the account
                failed(exc, "")
                raise AuthenticationFailed(exc.message) from exc

        dialog.ready(checked, answer.establishment_name, answer.demo_credentials)
        if auto is not None:
            password = {u: pw for u, pw, _ in answer.demo_credentials}.get(auto)
            if password is None:
                failed(WorkbenchError(f"{auto} is not a demo account."), "")
                return
            dialog.username.setText(auto)
            dialog.password.setText(password)
            if on_submit is not None:
                on_submit()
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def failed(exc: BaseException, details: str) -> None:
        outcome.error, outcome.details = exc, details
        dialog.reject()

    dialog.show()
    QApplication.processEvents()
    if on_visible is not None:
        on_visible()
    # Started once the window is on screen: the worker's imports would otherwise compete with
    # showing it for the interpreter lock.
    handle = tasks.run("open the store", work, on_done=done, on_error=failed)
    if dialog.isVisible():
        finished.exec()
    closed.append(True)
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    outcome.user = dialog.user if accepted else None
    if outcome.prepared is None and outcome.error is None:
        # Cancelled while the store was still opening: wait for it, so it can be closed cleanly.
        tasks.wait_all()
        QApplication.processEvents()
    del handle
    dispose(dialog)
    return outcome


def show_full_screen(app: QApplication, window: MainWindow) -> None:
    """A wing terminal runs the workbench full screen; the caseload needs the width."""
    screen = app.primaryScreen()
    if screen is not None:  # without a window manager (kiosk terminals, Xvfb) maximising does nothing
        window.fill(screen.availableGeometry())
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
