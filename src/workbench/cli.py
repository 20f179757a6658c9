"""Command line: ``workbench`` starts the desktop app; ``workbench audit verify`` checks the audit trail."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench import __version__
from workbench.config import resolve_settings
from workbench.domain.errors import StorageError


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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _profile_options(parser)
    parser.add_argument("--debug", action="store_true", help="log at DEBUG level (may include personal data)")
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
    return parser


def _add_central_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``workbench central serve|add-device|add-user|add-establishment|restore-mark`` (central/cli.py)."""
    from workbench.central.cli import add_parser

    add_parser(sub)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``workbench`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "central":  # the central record needs no terminal profile
        from workbench.central.cli import run as run_central

        return run_central(args)
    settings = resolve_settings(args.data_dir, args.demo)
    if args.command == "audit":
        return _audit_verify(settings)
    if args.command == "sync":
        return _sync_configure(settings, args.server, args.device_id, args.interval_minutes)
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
        core = build_core(settings)
    except StorageError as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return 2
    report = core.services.audit.verify_unchecked()
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


def _sync_configure(settings: object, server: str, device_id: str, interval: float) -> int:
    """Write sync.toml (non-secret) and put the device token from standard input into the keyring."""
    import uuid

    from workbench.config import Settings, load_or_create_profile
    from workbench.domain.errors import ValidationError
    from workbench.security.secrets import OsKeyStore, keyring_problem
    from workbench.sync.settings import SyncSettings, save_sync_settings, token_secret_name

    assert isinstance(settings, Settings)
    if settings.demo:
        print(
            "workbench: the demo profile syncs with its own embedded central record; nothing to configure.",
            file=sys.stderr,
        )
        return 2
    url = server.rstrip("/")
    if not url.startswith(("https://", "http://")):
        print("workbench: --server must start with https:// (or http:// on loopback).", file=sys.stderr)
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


if __name__ == "__main__":
    sys.exit(main())
