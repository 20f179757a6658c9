"""The composition root: settings -> store -> services -> windows. Nothing else wires.

Everything the workbench needs is built here, in order, and passed to constructors; no other module
reaches for globals (STYLE.md point 2).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
import traceback
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from workbench.casework.context import ServiceContext
from workbench.casework.services import Services
from workbench.config import (
    Profile,
    Settings,
    load_bank_holiday_cache,
    load_or_create_profile,
    load_policy,
    save_bank_holiday_cache,
)
from workbench.domain.errors import StorageError, ValidationError, WorkbenchError
from workbench.logging_setup import configure_logging
from workbench.security.secrets import DemoKeyFile, KeyStore, OsKeyStore
from workbench.store.engine import Store, open_store

if TYPE_CHECKING:
    from workbench.central.embedded import EmbeddedServer
    from workbench.sync.client import SyncClient

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
    load_bank_holiday_cache(settings.data_dir)
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
            accepted = setup.exec() == QDialog.DialogCode.Accepted
            _dispose(setup)
            del setup
            if not accepted:
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
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        user = dialog.user
        _dispose(dialog)
        del dialog
        if not accepted or user is None:
            return 0

    window = MainWindow(
        services,
        user,
        bus,
        tasks,
        establishment_name=establishment_name,
        demo=demo,
        idle_minutes=services.ctx.policy.idle_lock_minutes or 10,
        log_path=str(settings.log_path),
    )
    window.load_now()
    screen = app.primaryScreen()
    if screen is not None:  # without a window manager (kiosk terminals, Xvfb) maximising does nothing
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()  # a wing terminal runs the workbench full screen; the caseload needs the width
    save_bank_holiday_cache(settings.data_dir)
    if options.quit_when_ready:
        app.processEvents()
        elapsed = time.perf_counter() - started
        print(f"caseload visible: {window.model.rowCount()} rows in {elapsed:.3f} s", flush=True)
        if not window.caseload_complete:
            from PySide6.QtCore import QEventLoop

            loop = QEventLoop()
            window.caseload_loaded.connect(lambda _n: loop.quit())
            loop.exec()
            elapsed = time.perf_counter() - started
            print(f"caseload complete: {window.model.rowCount()} rows in {elapsed:.3f} s", flush=True)
        window.close()
        tasks.wait_all()
        core.store.close()
        return 0
    sync = build_sync(core)  # after the caseload shows: the demo's embedded central record starts here
    if sync.client is not None:
        window.attach_sync(sync.client, sync.interval_minutes)
    elif sync.problem:
        window.sync_widget.set_unconfigured(sync.problem)
    code = app.exec()
    if window.sync_controller is not None:
        window.sync_controller.stop()
    tasks.wait_all()
    sync.close()
    core.store.close()
    return int(code)


@dataclass
class SyncRuntime:
    """The sync client (None when not configured) and, for the demo, the embedded central record."""

    client: SyncClient | None
    interval_minutes: float = 5.0
    server: EmbeddedServer | None = None
    problem: str | None = None

    def close(self) -> None:
        """Close the client and stop an embedded central record."""
        if self.client is not None:
            self.client.close()
        if self.server is not None:
            self.server.stop()


DEMO_CENTRAL_FILENAME = "demo-central.db"
DEMO_SYNC_INTERVAL_MINUTES = 2.0


def build_sync(core: Core) -> SyncRuntime:
    """The terminal's sync: the demo starts and enrols on an embedded central record; a real profile
    reads ``sync.toml`` (server URL, device id) and its token from the OS keyring."""
    from workbench.sync.settings import build_client, load_sync_settings, token_secret_name

    retention = core.services.ctx.policy.outbox_retention_days
    if core.profile.is_demo:
        return _demo_sync(core, retention)
    try:
        settings = load_sync_settings(core.settings.data_dir)
    except ValidationError as exc:
        log.warning("sync settings are not valid: %s", exc.message)
        return SyncRuntime(None, problem="settings not valid")
    if settings is None:
        return SyncRuntime(None)
    get_secret = getattr(core.key_store, "get_secret", None)
    token = get_secret(token_secret_name(core.profile.profile_id)) if get_secret else None
    if not token:
        return SyncRuntime(None, problem="no token in the keyring")
    client = build_client(core.store, settings, token, retention_days=retention)
    return SyncRuntime(client, settings.interval_minutes)


def _demo_sync(core: Core, retention: int) -> SyncRuntime:
    """Start the demo's central record (SQLite, loopback, random port) and enrol this terminal and its
    users on it, so a new user sees sync working with no set-up."""
    from workbench.central import enrol
    from workbench.central.embedded import start_embedded
    from workbench.sync.identity import establishment_code, local_users
    from workbench.sync.settings import (
        SyncSettings,
        build_client,
        load_sync_settings,
        read_demo_token,
        save_sync_settings,
        write_demo_token,
    )

    data_dir = core.settings.data_dir
    central_path = data_dir / DEMO_CENTRAL_FILENAME
    fresh = not central_path.exists()
    code = establishment_code(core.store)
    if code is None:
        return SyncRuntime(None, problem="not set up")
    try:
        server = start_embedded(central_path)
    except WorkbenchError as exc:
        log.warning("the demo central record did not start: %s", exc.message)
        return SyncRuntime(None, problem="demo central record did not start")
    settings = load_sync_settings(data_dir)
    token = read_demo_token(data_dir)
    if fresh or settings is None or token is None:
        device = enrol.add_device(server.database, code, "Demo terminal")
        token = device.token
        write_demo_token(data_dir, token)
        settings = SyncSettings(server.url, device.device_id, DEMO_SYNC_INTERVAL_MINUTES)
    for user in local_users(core.store):
        with contextlib.suppress(ValidationError):  # already enrolled
            enrol.add_user(
                server.database,
                user.username,
                user.role,
                user.establishment_code,
                user_id=user.user_id,
                display_name=user.display_name,
            )
    # The port is new each run.
    settings = SyncSettings(server.url, settings.device_id, settings.interval_minutes)
    save_sync_settings(data_dir, settings)
    client = build_client(core.store, settings, token, retention_days=retention)
    log.info("demo central record at %s", server.url)
    return SyncRuntime(client, settings.interval_minutes, server)


def _dispose(widget: object) -> None:
    """Delete a finished top-level dialog now, while the application is running.

    A closed but still referenced top-level dialog that outlives the main window made PySide6 abort
    ("shared QObject was deleted directly") when the main window was deleted; deleting dialogs as
    soon as they are done avoids it.
    """
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.deleteLater()
    QApplication.processEvents()


def _first_run_demo(services: Services, tasks: object, prisoners: int, *, quiet: bool) -> None:
    """Create the demo establishment, its synthetic staff, and prisoners (with a progress dialog)."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from workbench.gui.tasks import Progress, TaskRunner

    assert isinstance(tasks, TaskRunner)
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
