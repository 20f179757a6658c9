"""``workbench central ...``: serve the central record and enrol terminals and users."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from workbench.domain.enums import UserRole
from workbench.domain.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.central.db import Database


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``central`` and its actions on the top-level sub-command parser."""
    central = sub.add_parser("central", help="the central record: serve it, enrol terminals and users")
    actions = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    def with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--database",
            required=True,
            metavar="URL",
            help="postgresql+psycopg://user@host/db or sqlite:///path/to/central.db",
        )
        return parser

    serve = with_db(
        actions.add_parser(
            "serve", help="run the central record service (uvicorn); the schema must be at head (see migrate)"
        )
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    # -- operations (issue 11 points 7-8): worker processes, JSON logs, proxy headers, migrate --
    serve.add_argument("--workers", type=int, default=1, help="worker processes (stateless; default 1)")
    serve.add_argument("--log-format", choices=["json", "text"], default="json", help="default json")
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        default=None,
        help="trust X-Forwarded-* from these addresses (the TLS-terminating proxy), e.g. 10.0.0.2",
    )
    with_db(actions.add_parser("migrate", help="bring the schema to head (run once, before serve)"))
    device = with_db(actions.add_parser("add-device", help="enrol a terminal; prints its bearer token ONCE"))
    device.add_argument("--establishment", required=True, metavar="CODE")
    device.add_argument("--name", required=True)
    user = with_db(actions.add_parser("add-user", help="enrol a user who may author changes"))
    user.add_argument("--username", required=True)
    user.add_argument("--role", required=True, choices=[r.value for r in UserRole])
    user.add_argument("--establishment", required=True, metavar="CODE")
    user.add_argument("--user-id", help="the user's id on the terminal (a UUID), so their changes match")
    user.add_argument("--display-name", default="")
    est = with_db(actions.add_parser("add-establishment", help="register an establishment"))
    est.add_argument("--code", required=True)
    est.add_argument("--name", default=None)
    with_db(actions.add_parser("restore-mark", help="give the database a new epoch after restoring a backup"))
    forget = with_db(
        actions.add_parser(
            "forget-audit-head",
            help="after an authorised restore of a terminal's store: accept its shorter audit trail",
        )
    )
    forget.add_argument("--device-id", required=True, metavar="ID")
    # -- central record hardened (issue 11) --
    with_db(actions.add_parser("audit-flags", help="list terminals whose audit trail went backwards"))


def run(args: argparse.Namespace) -> int:
    """Carry out a ``workbench central`` action; return the exit code."""
    try:
        return _run(args)
    except WorkbenchError as exc:
        print(f"workbench central: {exc.message}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from workbench.central.db import mark_restored, open_database

    if args.central_command == "serve":
        from workbench.central.workers import serve

        serve(
            args.database,
            host=args.host,
            port=args.port,
            workers=args.workers,
            json_logs=args.log_format == "json",
            forwarded_allow_ips=args.forwarded_allow_ips,
        )
        return 0
    if args.central_command == "migrate":
        from workbench.central.ops import schema_revision

        before = schema_revision(args.database)
        open_database(args.database).close()  # migrates under an advisory lock (PostgreSQL)
        after = schema_revision(args.database)
        if before == after:
            print(f"The central record's schema is already at head ({after}).")
        else:
            print(f"Migrated the central record's schema from {before or 'nothing'} to {after}.")
        return 0
    if args.central_command == "restore-mark":
        epoch = mark_restored(args.database)
        print(f"New server epoch: {epoch}. Terminals will re-push the changes they retain.")
        return 0
    from workbench.central import enrol
    from workbench.central.audit_heads import forget_head

    db = open_database(args.database)
    try:
        if args.central_command == "audit-flags":
            _print_flags(db)
        elif args.central_command == "forget-audit-head":
            kept = forget_head(db, args.device_id)
            if kept is None:
                print(f"No audit head was kept for device {args.device_id}.")
            else:
                print(
                    f"Forgot the audit head of device {args.device_id} ({kept[0]} events, {kept[1]}). "
                    "Its next push starts a new one."
                )
        elif args.central_command == "add-device":
            device = enrol.add_device(db, args.establishment, args.name)
            print(f"Enrolled terminal {device.name!r} at {device.establishment_code}.")
            print(f"device id: {device.device_id}")
            print(f"token:     {device.token}")
            print(
                "The token is shown only now; put it in the terminal's keyring. The central record keeps "
                "only its hash."
            )
        elif args.central_command == "add-user":
            uid = enrol.add_user(
                db,
                args.username,
                args.role,
                args.establishment,
                user_id=args.user_id,
                display_name=args.display_name,
            )
            print(f"Enrolled {args.username} ({args.role}, {args.establishment}) with id {uid}.")
        else:
            added = enrol.add_establishment(db, args.code, args.name)
            print(f"Establishment {args.code} {'added' if added else 'already known'}.")
    finally:
        db.close()
    return 0


def _print_flags(db: Database) -> None:
    from workbench.central.audit_heads import flags

    found = flags(db)
    if not found:
        print("No terminal has reported an audit trail that went backwards.")
        return
    for f in found:
        what = "shorter" if f.kind == "SHORTER" else "rewritten"
        print(
            f"{f.last_at:%Y-%m-%d %H:%M} {f.establishment_code} {f.device_name!r} ({f.device_id}): trail "
            f"{what}, {f.reported_count} events reported after {f.kept_count}; refused {f.times} time(s) "
            f"since {f.first_at:%Y-%m-%d %H:%M}"
        )
