"""The composition root: settings -> store -> services -> windows. Nothing else wires.

Everything the workbench needs is built here, in order, and passed to constructors; no other module
reaches for globals (STYLE.md point 2).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.config import (
    Profile,
    Settings,
    load_bank_holiday_cache,
    load_catalogue,
    load_or_create_profile,
    load_policy,
    load_profile,
    mark_store_created,
    save_bank_holiday_cache,
    tighten_permissions,
)
from workbench.domain.errors import StorageError, StoreMissing, ValidationError, WorkbenchError
from workbench.logging_setup import configure_logging

# The ORM, the models and the services are imported only when the store is opened: the desktop app
# shows its sign-in window first and opens the store on a worker thread while the user types.
if TYPE_CHECKING:
    from pathlib import Path

    from workbench.casework.services import Services
    from workbench.central.embedded import EmbeddedServer
    from workbench.gui.events import EventBus  # -- self-test (issue 12): build_main_window --
    from workbench.gui.main_window import MainWindow
    from workbench.gui.tasks import TaskRunner
    from workbench.security.principal import CurrentUser
    from workbench.security.secrets import KeyStore
    from workbench.store.engine import Store
    from workbench.store.maintenance import RestoreResult
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


@dataclass
class OpenedStore:
    """A profile with its open store and the key that opens it (for backups)."""

    profile: Profile
    store: Store
    key: bytes
    key_store: KeyStore


def _key_store(profile: Profile, settings: Settings, key_store: KeyStore | None) -> KeyStore:
    from workbench.security.secrets import DemoKeyFile, OsKeyStore

    if key_store is not None:
        return key_store
    return DemoKeyFile(settings.data_dir) if profile.is_demo else OsKeyStore()


def _has_database(settings: Settings) -> bool:
    path = settings.database_path
    return path.exists() and path.stat().st_size > 0


def open_profile_store(settings: Settings, key_store: KeyStore | None = None, *, create: bool) -> OpenedStore:
    """Open the profile's encrypted store (no Qt, no services).

    A new profile's database is created here (``create`` True, the desktop app's first run). Once the
    profile has recorded that its store exists, a missing or empty database raises ``StoreMissing``
    and nothing is created; with ``create`` False (the command line's tools) nothing is ever created.
    """
    from workbench.store.engine import missing_message, open_store

    if create:
        profile, is_new = load_or_create_profile(settings)
    else:
        tighten_permissions(settings)
        profile, is_new = load_profile(settings), False
    may_create = create and not profile.store_created
    if not may_create and not _has_database(settings):
        raise StoreMissing(missing_message(settings.database_path))
    keys = _key_store(profile, settings, key_store)
    key = keys.database_key(profile.profile_id, create=is_new or not settings.database_path.exists())
    store = open_store(settings.database_path, key, create=may_create, profile_id=profile.profile_id)
    profile = mark_store_created(settings, profile)
    tighten_permissions(settings)  # the first run's log folder and new files, too
    if store.backup_path is not None:
        log.info("a copy of the database was kept before migrating: %s", store.backup_path.name)
    return OpenedStore(profile, store, key, keys)


def open_existing_store(settings: Settings, key_store: KeyStore | None = None) -> OpenedStore:
    """Open an existing profile's store for the command-line tools; never creates anything."""
    return open_profile_store(settings, key_store, create=False)


def build_core(settings: Settings, key_store: KeyStore | None = None, *, create: bool = True) -> Core:
    """Open the profile's encrypted store and build the services (no Qt); see ``open_profile_store``."""
    from workbench.casework.context import ServiceContext
    from workbench.casework.services import Services

    opened = open_profile_store(settings, key_store, create=create)
    load_bank_holiday_cache(settings.data_dir)
    services = Services.build(
        ServiceContext(store=opened.store, policy=load_policy(), catalogue=load_catalogue())
    )
    return Core(settings, opened.profile, opened.store, services, opened.key_store)


RESTORE_ACTOR_ID = "00000000-0000-0000-0000-000000000000"
RESTORED_EPOCH = "restored-from-backup"
"""Stored as the sync epoch of a restored database: it never equals a server's epoch, so the next sync
takes the client's epoch-change path (pull from the start, push retained acknowledged changes again
with their own change ids, which the central record answers as duplicates or applies)."""


def restore_profile_store(
    settings: Settings, source: Path, key_store: KeyStore | None = None
) -> RestoreResult:
    """Replace the profile's database with the backup ``source`` (``workbench store restore``).

    The current database is never opened (it may be damaged or missing); the backup is checked and
    then prepared so that its data re-syncs safely: the pull cursor goes back to the start and retained
    acknowledged changes are pushed again at the next sync.
    """
    from workbench.store.maintenance import restore_store
    from workbench.store.unit_of_work import Actor, UnitOfWork

    tighten_permissions(settings)
    profile = load_profile(settings)
    keys = _key_store(profile, settings, key_store)
    key = keys.database_key(profile.profile_id, create=False)

    def prepare(store: Store) -> None:
        from workbench.sync import state

        with UnitOfWork(store, Actor(RESTORE_ACTOR_ID, "store-restore")) as uow:
            epoch = state.get_value(uow.session, state.EPOCH)
            state.set_value(uow.session, state.CURSOR, "0")
            if epoch:
                state.set_value(uow.session, state.EPOCH, RESTORED_EPOCH)
            uow.audit("store.restored", "store", settings.database_path.name, {"source": source.name})

    result = restore_store(settings.database_path, key, source, profile.profile_id, prepare=prepare)
    mark_store_created(settings, profile)
    log.info("database restored from a backup; the replaced files were kept aside")
    return result


@dataclass(frozen=True)
class RunOptions:
    """Start-up options from the command line."""

    debug: bool = False
    auto_sign_in: str | None = None  # demo profile only: sign in as this demo user
    quit_when_ready: bool = False  # print the time to caseload visible and quit (benchmarks, smoke tests)
    demo_prisoners: int = 300


@dataclass
class Prepared:
    """The core built on the worker thread while the sign-in window waits, and what it learnt."""

    core: Core
    set_up: bool
    establishment_name: str


def prepare_core(settings: Settings) -> Prepared:
    """Open the store and build the services, then warm the caseload query (runs on a worker thread).

    Every casework call here opens its own session (DESIGN.md's threads rule); nothing is shared with
    the GUI thread until the result is handed over.
    """
    core = build_core(settings)
    set_up = core.services.users.is_set_up()
    establishment = core.services.users.establishment() if set_up else None
    if establishment is not None:
        _warm_caseload(core, establishment.code)
    return Prepared(core, set_up, establishment.name if establishment else "Establishment not set")


WARM_FIRST_ROWS = 200


def _warm_caseload(core: Core, establishment_code: str) -> None:
    """Run the establishment's caseload query once, so the one after sign-in finds SQLite's pages in
    the pooled connections' caches and the code paths (bank holidays, scope rules) already warm."""
    from workbench.domain.enums import UserRole
    from workbench.security.principal import CurrentUser

    reader = CurrentUser("", "start-up", "start-up", UserRole.MANAGER, establishment_code)
    try:
        caseload = core.services.caseload
        caseload.rows(reader, first=WARM_FIRST_ROWS if caseload.count(reader) > WARM_FIRST_ROWS else None)
    except WorkbenchError as exc:  # only a warm-up: the real load reports its own problems
        log.debug("caseload warm-up skipped: %s", exc.message)


def _existing_profile(settings: Settings) -> Profile | None:
    return load_profile(settings) if settings.profile_path.exists() else None


def run(settings: Settings, options: RunOptions) -> int:
    """Start the desktop application. Returns the process exit code.

    For a profile whose store exists, the sign-in window is shown first and the store opens on a
    worker thread while the user types (``shell.sign_in_while_opening``); a first run opens it at once.
    """
    started = time.perf_counter()
    configure_logging(settings.log_path, debug=options.debug)

    from workbench.gui import shell
    from workbench.gui.tasks import TaskRunner

    app = shell.create_application(str(settings.log_path))
    tasks = TaskRunner()

    def fatal(exc: WorkbenchError) -> int:
        print(f"workbench: {exc.message}", file=sys.stderr)
        if not options.quit_when_ready:
            shell.show_fatal(exc.message)
        return 2

    if options.auto_sign_in and not settings.demo:
        print("workbench: --auto-sign-in works only with the demo profile.", file=sys.stderr)
        return 2
    try:
        profile = _existing_profile(settings)
    except StorageError as exc:
        return fatal(exc)

    user = None
    submitted = [0.0]
    if profile is not None and profile.store_created:

        def visible() -> None:
            if options.quit_when_ready:
                print(f"sign-in window visible in {time.perf_counter() - started:.3f} s", flush=True)

        def submit() -> None:
            submitted[0] = time.perf_counter()
            if options.quit_when_ready:
                print(f"store open and caseload warm in {submitted[0] - started:.3f} s", flush=True)

        def ready(prepared: Prepared) -> shell.Ready:
            from workbench.casework.demo import DEMO_CREDENTIALS

            return shell.Ready(
                prepared.set_up,
                prepared.core.services.auth.sign_in,
                prepared.establishment_name,
                DEMO_CREDENTIALS if prepared.core.profile.is_demo else (),
            )

        opening = shell.sign_in_while_opening(
            tasks,
            lambda: prepare_core(settings),
            ready,
            on_visible=visible,
            auto=options.auto_sign_in,
            on_submit=submit,
        )
        if isinstance(opening.error, WorkbenchError):
            return fatal(opening.error)
        if opening.error is not None:
            raise opening.error
        if opening.prepared is None:
            return 0
        prepared = opening.prepared
        if opening.user is None and not opening.needs_set_up:
            tasks.wait_all()
            prepared.core.store.close()
            return 0
        user = opening.user
    else:
        try:
            prepared = prepare_core(settings)
        except (StorageError, ValidationError) as exc:
            return fatal(exc)

    from workbench.casework.demo import DEMO_CREDENTIALS
    from workbench.gui.events import EventBus

    core = prepared.core
    services = core.services
    bus = EventBus()
    demo = core.profile.is_demo

    if not prepared.set_up:
        if demo:
            shell.first_run_demo(services, tasks, options.demo_prisoners, quiet=options.quit_when_ready)
        elif not shell.ask_set_up(services.users.set_up):
            core.store.close()
            return 0

    establishment = services.users.establishment()
    establishment_name = establishment.name if establishment else "Establishment not set"
    if user is None and options.auto_sign_in:
        password = {u: p for u, p, _ in DEMO_CREDENTIALS}.get(options.auto_sign_in)
        if password is None:
            print(f"workbench: {options.auto_sign_in} is not a demo account.", file=sys.stderr)
            return 2
        submitted[0] = time.perf_counter()
        user = services.auth.sign_in(options.auto_sign_in, password)
    elif user is None:
        signed_in = shell.ask_sign_in(
            services.auth.sign_in, establishment_name, DEMO_CREDENTIALS if demo else ()
        )
        if signed_in is None:
            return 0
        user = signed_in

    window = build_main_window(core, user, bus, tasks, establishment_name)
    try:
        window.load_now()
    except StorageError as exc:  # a damaged page met by the first caseload query
        window.close()
        tasks.wait_all()
        core.store.close()
        return fatal(exc)
    shell.show_full_screen(app, window)
    save_bank_holiday_cache(settings.data_dir)
    if options.quit_when_ready:
        app.processEvents()
        now = time.perf_counter()
        print(f"caseload visible: {window.model.rowCount()} rows in {now - started:.3f} s", flush=True)
        if submitted[0]:
            print(f"sign-in to caseload visible in {now - submitted[0]:.3f} s", flush=True)
        if not window.caseload_complete:
            shell.wait_for_whole_caseload(window)
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


# -- self-test (issue 12) --: the one place the main window is built, for ``run`` and ``--self-test``.
def build_main_window(
    core: Core,
    user: CurrentUser,
    bus: EventBus,
    tasks: TaskRunner,
    establishment_name: str,
) -> MainWindow:
    """The main window over ``core`` for the signed-in ``user`` (not shown, caseload not loaded yet)."""
    from workbench.gui.main_window import MainWindow

    return MainWindow(
        core.services,
        user,
        bus,
        tasks,
        establishment_name=establishment_name,
        demo=core.profile.is_demo,
        idle_minutes=core.services.ctx.policy.idle_lock_minutes or 10,
        log_path=str(core.settings.log_path),
    )


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
