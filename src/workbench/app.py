"""The composition root: settings -> store -> services -> windows. Nothing else wires.

Everything the workbench needs is built here, in order, and passed to constructors; no other module
reaches for globals (STYLE.md point 2).
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from dataclasses import dataclass
from types import TracebackType

from workbench.casework.context import ServiceContext
from workbench.casework.services import Services
from workbench.config import Profile, Settings, load_or_create_profile, load_policy
from workbench.domain.errors import StorageError, ValidationError, WorkbenchError
from workbench.logging_setup import configure_logging
from workbench.security.secrets import DemoKeyFile, KeyStore, OsKeyStore
from workbench.store.engine import Store, open_store

log = logging.getLogger("workbench.app")


@dataclass
class Core:
    """The Qt-free part of a running workbench."""

    settings: Settings
    profile: Profile
    store: Store
    services: Services
    key_store: KeyStore


def build_core(settings: Settings, key_store: KeyStore | None = None) -> Core:
    """Open the profile's encrypted store and build the services (no Qt)."""
    profile, is_new = load_or_create_profile(settings)
    if key_store is None:
        key_store = DemoKeyFile(settings.data_dir) if profile.is_demo else OsKeyStore()
    key = key_store.database_key(profile.profile_id, create=is_new or not settings.database_path.exists())
    store = open_store(settings.database_path, key)
    if store.backup_path is not None:
        log.info("a copy of the database was kept before migrating: %s", store.backup_path.name)
    policy = load_policy()
    services = Services.build(ServiceContext(store=store, policy=policy))
    return Core(settings, profile, store, services, key_store)


@dataclass(frozen=True)
class RunOptions:
    """Start-up options from the command line."""

    debug: bool = False
    auto_sign_in: str | None = None  # demo profile only: sign in as this demo user
    quit_when_ready: bool = False  # print the time to caseload visible and quit (benchmarks, smoke tests)
    demo_prisoners: int = 300


def run(settings: Settings, options: RunOptions) -> int:
    """Start the desktop application. Returns the process exit code."""
    started = time.perf_counter()
    configure_logging(settings.log_path, debug=options.debug)

    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from workbench.gui.events import EventBus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.screens.setup.dialog import SetupDialog
    from workbench.gui.screens.signin.dialog import SignInDialog
    from workbench.gui.tasks import TaskRunner
    from workbench.gui.theme import apply_theme
    from workbench.gui.widgets.crash import CrashDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Offender Supervisor Workbench")
    app.setOrganizationName("offender-supervisor-workbench")
    apply_theme(app)

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", details)
        if isinstance(exc, WorkbenchError):
            QMessageBox.warning(None, "Could not finish", exc.message)
            return
        CrashDialog(details, str(settings.log_path)).exec()

    sys.excepthook = excepthook

    try:
        core = build_core(settings)
    except (StorageError, ValidationError) as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        if not options.quit_when_ready:
            QMessageBox.critical(None, "The workbench cannot start", exc.message)
        return 2

    services = core.services
    bus = EventBus()
    tasks = TaskRunner()
    demo = core.profile.is_demo

    if not services.users.is_set_up():
        if demo:
            _first_run_demo(services, tasks, options.demo_prisoners, quiet=options.quit_when_ready)
        else:
            setup = SetupDialog(services.users.set_up)
            if setup.exec() != QDialog.DialogCode.Accepted:
                return 0

    establishment = services.users.establishment()
    establishment_name = establishment.name if establishment else "Establishment not set"
    from workbench.casework.demo import DEMO_CREDENTIALS

    user = None
    if options.auto_sign_in:
        if not demo:
            print("workbench: --auto-sign-in works only with the demo profile.", file=sys.stderr)
            return 2
        password = {u: p for u, p, _ in DEMO_CREDENTIALS}.get(options.auto_sign_in)
        if password is None:
            print(f"workbench: {options.auto_sign_in} is not a demo account.", file=sys.stderr)
            return 2
        user = services.auth.sign_in(options.auto_sign_in, password)
    else:
        dialog = SignInDialog(
            services.auth.sign_in,
            establishment=establishment_name,
            demo_credentials=DEMO_CREDENTIALS if demo else (),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return 0
        user = dialog.user

    window = MainWindow(
        services, user, bus, tasks,
        establishment_name=establishment_name,
        demo=demo,
        idle_minutes=services.ctx.policy.idle_lock_minutes or 10,
        log_path=str(settings.log_path),
    )
    window.load_now()
    window.show()
    if options.quit_when_ready:
        app.processEvents()
        elapsed = time.perf_counter() - started
        print(f"caseload visible: {window.model.rowCount()} rows in {elapsed:.3f} s")
        window.close()
        tasks.wait_all()
        core.store.close()
        return 0
    code = app.exec()
    tasks.wait_all()
    core.store.close()
    return int(code)


def _first_run_demo(services: Services, tasks: object, prisoners: int, *, quiet: bool) -> None:
    """Create the demo establishment, its synthetic staff, and prisoners (with a progress dialog)."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from workbench.gui.tasks import TaskRunner

    assert isinstance(tasks, TaskRunner)
    manager = services.demo.set_up_demo_profile()
    if prisoners <= 0:
        return
    dialog = None
    if not quiet:
        dialog = QProgressDialog("Creating the demo establishment with synthetic prisoners…", "", 0, prisoners)
        dialog.setWindowTitle("Demo profile — first run")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
    loop = QEventLoop()
    failure: list[BaseException] = []
    handle = tasks.run(
        "demo data",
        lambda progress: services.demo.generate(
            manager, prisoners=prisoners, progress=lambda d, t: None if progress(d, t) else None),
        on_done=lambda _cs: loop.quit(),
        on_error=lambda exc, _tb: (failure.append(exc), loop.quit()),
    )
    if dialog is not None:
        handle.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    loop.exec()
    if dialog is not None:
        dialog.close()
    if failure:
        raise failure[0]
