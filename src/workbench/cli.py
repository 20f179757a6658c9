"""Command line: ``workbench`` starts the desktop app; ``workbench audit verify`` checks the audit trail;
``workbench store check|backup|restore`` look after the local database (docs/operations.md);
``workbench board-pack`` and ``workbench caseload`` print a prisoner's board documents and the caseload.

No command here ever creates a real profile's database: the tools open an existing profile's store or
refuse (``board-pack`` and ``caseload`` create the demo profile on first use, as the app does).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from workbench.build_info import VersionAction  # -- packaging (issue 12) --
from workbench.config import resolve_settings
from workbench.domain.errors import StorageError, WorkbenchError

if TYPE_CHECKING:  # -- board pack (issue 10) --
    from workbench.app import Core
    from workbench.casework.dto.caseload import CaseloadRow
    from workbench.config import Settings
    from workbench.security.principal import CurrentUser


def _profile_options(parser: argparse.ArgumentParser, *, sub: bool = False) -> None:
    # On a sub-command the defaults are suppressed, so "workbench --demo audit verify" keeps --demo.
    default: object = argparse.SUPPRESS if sub else None
    parser.add_argument(
        "--demo",
        action="store_true",
        default=default if sub else False,
        help="use the demo profile: synthetic data, its own data directory, created on first run",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help="keep this profile's data in DIR instead of the per-user data directory "
        "(works with --demo, so several profiles can live side by side)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Offender Supervisor Workbench: caseload, reception, scope and allocation for prison "
        "Offender Management Units. Works offline; data is encrypted at rest.",
    )
    # -- packaging (issue 12) --: version from the package metadata, build date in a frozen build
    parser.add_argument("--version", action=VersionAction, help="show the version and build date and exit")
    _profile_options(parser)
    parser.add_argument("--debug", action="store_true", help="log at DEBUG level (may include personal data)")
    # -- self-test (issue 12) --
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end on a temporary demo profile (removed afterwards) and "
        "exit: 0 when every step passed, 1 naming the first step that failed",
    )
    parser.add_argument("--auto-sign-in", metavar="USER", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--demo-prisoners",
        type=int,
        default=300,
        metavar="N",
        help="number of synthetic prisoners created on the demo profile's first run (default 300)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    audit = sub.add_parser("audit", help="audit trail tools")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check the hash chain of the audit trail; exit 1 if broken")
    _profile_options(verify, sub=True)
    _add_store_parser(sub)
    _add_central_parser(sub)
    sync = sub.add_parser("sync", help="connect this terminal to the central record")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    configure = sync_sub.add_parser(
        "configure",
        help="set the central record's address and this terminal's device id; the token is read from "
        "standard input (never from the command line) and kept only in the OS keyring",
    )
    configure.add_argument(
        "--server", required=True, metavar="URL", help="e.g. https://central.omu.example:8765"
    )
    configure.add_argument(
        "--device-id", required=True, metavar="ID", help="printed by `workbench central add-device`"
    )
    configure.add_argument(
        "--interval-minutes",
        type=float,
        default=5.0,
        metavar="N",
        help="automatic background sync while online (default 5)",
    )
    _profile_options(configure, sub=True)
    _add_board_pack_parsers(sub)  # -- board pack (issue 10) --
    return parser


def _add_store_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``workbench store check|backup|restore`` (docs/operations.md)."""
    store = sub.add_parser("store", help="check, back up and restore this profile's local database")
    store_sub = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    check = store_sub.add_parser(
        "check", help="SQLite integrity check and audit chain; exit 0 only if both are sound"
    )
    _profile_options(check, sub=True)
    backup = store_sub.add_parser(
        "backup", help="copy the database (still encrypted with this profile's key) into FILE"
    )
    backup.add_argument("--to", required=True, type=Path, metavar="FILE", help="the backup file to write")
    backup.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    _profile_options(backup, sub=True)
    restore = store_sub.add_parser(
        "restore",
        help="replace the database with a backup of this profile (the current one is kept aside, dated); "
        "close the workbench first",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a file written by `workbench store backup`")
    _profile_options(restore, sub=True)


def _add_central_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``workbench central serve|add-device|add-user|add-establishment|restore-mark`` (central/cli.py)."""
    from workbench.central.cli import add_parser

    add_parser(sub)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``workbench`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:  # -- self-test (issue 12) --: before any profile is resolved
        if args.command or args.demo or args.data_dir is not None:
            parser.error(
                "--self-test makes its own temporary demo profile: give no command, --demo or --data-dir"
            )
        from workbench.selftest import main as self_test

        return self_test(debug=args.debug)
    if args.command == "central":  # the central record needs no terminal profile
        from workbench.central.cli import run as run_central

        return run_central(args)
    settings = resolve_settings(args.data_dir, args.demo)
    if args.command == "audit":
        return _audit_verify(settings)
    if args.command == "store":
        return _store_command(settings, args)
    if args.command == "sync":
        return _sync_configure(settings, args.server, args.device_id, args.interval_minutes)
    # -- board pack (issue 10) --
    if args.command in ("board-pack", "caseload"):
        if not 0 <= args.demo_prisoners <= 20_000:
            parser.error("--demo-prisoners must be between 0 and 20000")
        return (_board_pack if args.command == "board-pack" else _caseload)(settings, args)
    if not 0 <= args.demo_prisoners <= 20_000:
        parser.error("--demo-prisoners must be between 0 and 20000")
    from workbench.app import RunOptions, run

    return run(
        settings,
        RunOptions(
            debug=args.debug,
            auto_sign_in=args.auto_sign_in,
            quit_when_ready=args.quit_when_ready,
            demo_prisoners=args.demo_prisoners,
        ),
    )


def _audit_verify(settings: object) -> int:
    from workbench.app import build_core
    from workbench.config import Settings

    assert isinstance(settings, Settings)
    if not settings.profile_path.exists():
        print(f"workbench: no profile in {settings.data_dir}", file=sys.stderr)
        return 2
    try:
        core = build_core(settings, create=False)  # never creates a database to report on
    except StorageError as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return 2
    try:
        report = core.services.audit.verify_unchecked()
    except StorageError as exc:  # StoreDamaged: a damaged page met on the walk
        print(f"workbench: {exc.message}", file=sys.stderr)
        return 2
    finally:
        core.store.close()
    if report.ok:
        print(f"Audit trail intact: {report.events_checked} events verified.")
        if report.anchor is None and report.events_checked:
            # Deleting the anchor is the way round it, so say that events removed from the end went unchecked.
            print(
                "Note: there is no audit anchor beside the database (it is written at the next change), so "
                "events removed from the end of the trail could not be checked here."
            )
        return 0
    print(f"Audit trail BROKEN at event {report.first_broken_seq}: {report.problem}", file=sys.stderr)
    return 1


def _store_command(settings: object, args: argparse.Namespace) -> int:
    """``workbench store check|backup|restore``: messages, never tracebacks; exit 2 when refused."""
    from workbench.config import Settings

    assert isinstance(settings, Settings)
    try:
        if args.store_command == "check":
            return _store_check(settings)
        if args.store_command == "backup":
            return _store_backup(settings, args.to, force=args.force)
        return _store_restore(settings, args.file)
    except StorageError as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return 2


def _store_check(settings: object) -> int:
    from workbench.app import open_existing_store
    from workbench.config import Settings
    from workbench.domain.errors import StoreDamaged
    from workbench.store.maintenance import check_store

    assert isinstance(settings, Settings)
    try:
        opened = open_existing_store(settings)
    except StoreDamaged as exc:
        print(f"Database DAMAGED: {exc.message}", file=sys.stderr)
        return 1
    try:
        report = check_store(opened.store)
    finally:
        opened.store.close()
    if report.integrity_problems:
        shown = "; ".join(report.integrity_problems[:5])
        more = len(report.integrity_problems) - 5
        print(
            f"Database DAMAGED: SQLite's integrity check failed: {shown}"
            + (f" (and {more} more)" if more > 0 else ""),
            file=sys.stderr,
        )
    else:
        print(f"Database intact: SQLite's integrity check passed ({settings.database_path}).")
    if report.audit is None:
        print(f"Audit trail could not be read: {report.audit_problem}", file=sys.stderr)
    elif report.audit.ok:
        print(f"Audit trail intact: {report.audit.events_checked} events verified.")
    else:
        print(
            f"Audit trail BROKEN at event {report.audit.first_broken_seq}: {report.audit.problem}",
            file=sys.stderr,
        )
    if not report.ok:
        print("See docs/operations.md: what to do when the store is damaged.", file=sys.stderr)
    return 0 if report.ok else 1


def _store_backup(settings: object, target: Path, *, force: bool) -> int:
    from workbench.app import open_existing_store
    from workbench.config import Settings
    from workbench.store.maintenance import backup_store

    assert isinstance(settings, Settings)
    opened = open_existing_store(settings)
    try:
        problems = backup_store(opened.store, opened.key, target, force=force)
    finally:
        opened.store.close()
    if problems:
        print(
            f"workbench: the copy in {target} was written but SQLite finds it damaged "
            f"({'; '.join(problems[:3])}): the database itself is damaged. Keep the copy; see "
            "docs/operations.md.",
            file=sys.stderr,
        )
        return 1
    print(
        f"Backup written to {target} (encrypted with this profile's key; restore it with "
        f"`workbench store restore {target}`)."
    )
    return 0


def _store_restore(settings: object, source: Path) -> int:
    from workbench.app import restore_profile_store
    from workbench.config import Settings

    assert isinstance(settings, Settings)
    result = restore_profile_store(settings, source)
    print(f"Restored {settings.database_path} from {result.source}.")
    for kept in result.set_aside:
        print(f"  the database it replaced is kept as {kept}")
    print("Changes made on this terminal since the backup and already synced come back at the next sync.")
    return 0


def _sync_configure(settings: object, server: str, device_id: str, interval: float) -> int:
    """Write sync.toml (non-secret) and put the device token from standard input into the keyring."""
    import uuid

    from workbench.config import Settings, load_or_create_profile
    from workbench.domain.errors import ValidationError
    from workbench.security.secrets import OsKeyStore, keyring_problem
    from workbench.sync.settings import (
        SyncSettings,
        save_sync_settings,
        server_url_problem,
        token_secret_name,
    )

    assert isinstance(settings, Settings)
    if settings.demo:
        print(
            "workbench: the demo profile syncs with its own embedded central record; nothing to configure.",
            file=sys.stderr,
        )
        return 2
    url = server.rstrip("/")
    problem = server_url_problem(url)
    if problem:
        print(f"workbench: --server {problem}", file=sys.stderr)
        return 2
    try:
        device = str(uuid.UUID(device_id))
    except ValueError:
        print(
            f"workbench: --device-id {device_id!r} is not the id printed by `workbench central add-device`.",
            file=sys.stderr,
        )
        return 2
    problem = keyring_problem()
    if problem:
        print(f"workbench: {problem}", file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        import getpass

        token = getpass.getpass("Device token (printed once by `workbench central add-device`): ").strip()
    else:
        token = sys.stdin.readline().strip()
    if not token:
        print("workbench: no token given on standard input.", file=sys.stderr)
        return 2
    try:
        profile, _ = load_or_create_profile(settings)
        OsKeyStore().set_secret(token_secret_name(profile.profile_id), token)
        save_sync_settings(settings.data_dir, SyncSettings(url, device, max(1.0, interval)))
    except (StorageError, ValidationError) as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return 2
    print(f"Sync configured: {url} as device {device}. The token is in the OS keyring, not in any file.")
    return 0


# -- board pack (issue 10) ---------------------------------------------------------------------------------
# ``workbench board-pack`` and ``workbench caseload``: print a day's boards from any terminal without the
# desktop app. The profile opens as the app opens it (``app.build_core``): the demo profile is created on
# first use, with its demo accounts and synthetic prisoners; a real profile must exist and the user's
# password is read from standard input (never from the command line). Refusals are one clear line on
# standard error and exit code 2: no profile, unknown user, wrong password, unknown prisoner.

CASELOAD_HEADER = (
    "Name",
    "NOMS number",
    "Cell",
    "Scope",
    "Sentence",
    "Release / tariff",
    "Supervisor (OS)",
    "Tier",
    "OGRS3",
    "RoSH",
    "MAPPA",
    "Plan",
    "Plan due",
    "Next due",
)
"""The caseload screen's columns, in its order ("NOMS no." spelt out)."""


def _add_board_pack_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``board-pack`` and ``caseload`` to the ``workbench`` parser."""
    pack = sub.add_parser(
        "board-pack",
        help="write a prisoner's sentence planning board pack (or the prisoner's copy, or the wing "
        "briefing) as a PDF; a real profile reads USER's password from standard input",
    )
    pack.add_argument("--as", dest="as_user", required=True, metavar="USER", help="the user printing it")
    pack.add_argument("--prisoner", required=True, metavar="NOMS", help="the prisoner's NOMS number")
    pack.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    which = pack.add_mutually_exclusive_group()
    which.add_argument(
        "--prisoner-copy", action="store_true", help="the prisoner's one-page copy of the plan"
    )
    which.add_argument("--wing-briefing", action="store_true", help="the one-page wing briefing")
    _profile_options(pack, sub=True)
    caseload = sub.add_parser(
        "caseload", help="print the caseload as the screen shows it (CSV on standard output)"
    )
    caseload.add_argument("--as", dest="as_user", required=True, metavar="USER", help="whose caseload view")
    caseload.add_argument("--format", choices=("csv",), default="csv", help="output format (csv)")
    _profile_options(caseload, sub=True)


def _fail(message: str) -> int:
    print(f"workbench: {message}", file=sys.stderr)
    return 2


def _open(settings: Settings, demo_prisoners: int) -> Core:
    """The profile's core, as the app builds it; the demo profile is created and filled on first use."""
    from workbench.app import build_core

    if not settings.demo and not settings.profile_path.exists():
        raise WorkbenchError(
            f"no profile in {settings.data_dir} (start the workbench there first, or use --demo)"
        )
    core = build_core(settings, create=settings.demo)
    if settings.demo and not core.services.users.is_set_up():
        manager = core.services.demo.set_up_demo_profile()
        if demo_prisoners > 0:
            print(f"Creating the demo profile with {demo_prisoners} synthetic prisoners…", file=sys.stderr)
            core.services.demo.generate(manager, prisoners=demo_prisoners)
    elif not core.services.users.is_set_up():
        core.store.close()
        raise WorkbenchError(
            f"the profile in {settings.data_dir} is not set up yet (start the workbench there)"
        )
    return core


def _password(core: Core, username: str, stdin: TextIO) -> str:
    from workbench.casework.demo import DEMO_CREDENTIALS

    if core.profile.is_demo:
        demo = {u: p for u, p, _ in DEMO_CREDENTIALS}.get(username.strip().lower())
        if demo is None:
            accounts = ", ".join(u for u, _, _ in DEMO_CREDENTIALS)
            raise WorkbenchError(f"{username} is not a demo account (use one of: {accounts})")
        return demo
    if stdin.isatty():
        import getpass

        return getpass.getpass(f"Password for {username}: ")
    return stdin.readline().rstrip("\n")


def _sign_in(core: Core, username: str, stdin: TextIO) -> CurrentUser:
    password = _password(core, username, stdin)
    if not password:
        raise WorkbenchError(f"no password for {username} given on standard input")
    return core.services.auth.sign_in(username, password)


def _run(settings: Settings, args: argparse.Namespace, work: object) -> int:
    """Open, sign in, do ``work(core, user)``; every refusal becomes one line and exit code 2."""
    assert callable(work)
    try:
        core = _open(settings, args.demo_prisoners)
    except WorkbenchError as exc:
        return _fail(exc.message)
    try:
        user = _sign_in(core, args.as_user, sys.stdin)
        result = work(core, user)
        assert isinstance(result, int)
        return result
    except WorkbenchError as exc:
        return _fail(exc.message)
    finally:
        core.store.close()


def _board_pack(settings: Settings, args: argparse.Namespace) -> int:
    """``workbench board-pack``: write the chosen document for one prisoner to ``--out``."""
    from workbench.casework.dto.board_pack import DocumentKind

    kind = (
        DocumentKind.PRISONER_COPY
        if args.prisoner_copy
        else DocumentKind.WING_BRIEFING
        if args.wing_briefing
        else DocumentKind.PACK
    )
    out: Path = args.out

    def work(core: Core, user: CurrentUser) -> int:
        service = core.services.board_pack
        prisoner_id = service.find_prisoner(user, args.prisoner)
        printed = service.document(user, prisoner_id, kind)
        try:
            out.write_bytes(printed.pdf)
        except OSError as exc:
            return _fail(f"could not write {out}: {exc.strerror or exc}")
        print(f"{kind.label} for {args.prisoner.upper()} written to {out} ({printed.pages} pages).")
        return 0

    return _run(settings, args, work)


def caseload_line(r: CaseloadRow) -> list[str]:
    """One caseload row as the screen's columns show it (CSV-safe text)."""
    from workbench.domain.enums import RoshLevel
    from workbench.domain.ogrs3 import band_label
    from workbench.domain.scope import ScopeStatus

    def d(value: object) -> str:
        return value.strftime("%d/%m/%Y") if value is not None and hasattr(value, "strftime") else ""

    scope = {ScopeStatus.IN_SCOPE: "In scope", ScopeStatus.OUT_OF_SCOPE: "Out of scope"}.get(
        r.scope.status, "Unknown"
    )
    due = ""
    if r.next_due is not None:
        due = f"{r.next_due.label} {d(r.next_due.due_date)}"
        if r.is_overdue:
            due = f"OVERDUE: {due}" + (f" (+{r.overdue_count - 1} more)" if r.overdue_count > 1 else "")
    return [
        r.display_name,
        r.noms_number,
        r.location,
        scope,
        r.sentence_type.label if r.sentence_type else "Not recorded",
        f"{d(r.release_date)} {r.release_date_kind}".strip(),
        r.offender_supervisor_name or "Not allocated",
        (r.tier + ("*" if r.tier_provisional else "")) if r.tier else "",
        band_label(r.ogrs3_band),
        RoshLevel(r.overall_rosh).label if r.overall_rosh else "",
        f"Level {r.mappa_level}" if r.mappa_level else "",
        r.plan_status,
        d(r.plan_due_on),
        due,
    ]


def _caseload(settings: Settings, args: argparse.Namespace) -> int:
    """``workbench caseload --format csv``: the user's establishment's caseload, by name, on stdout."""

    def work(core: Core, user: CurrentUser) -> int:
        rows = core.services.caseload.rows(user)
        rows.sort(key=lambda r: (r.family_name.lower(), r.given_name.lower()))
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CASELOAD_HEADER)
        for r in rows:
            writer.writerow(caseload_line(r))
        return 0

    return _run(settings, args, work)


if __name__ == "__main__":
    sys.exit(main())
