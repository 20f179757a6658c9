"""``workbench board-pack`` and ``workbench caseload`` (issue 10 point 6): print a day's boards from any
terminal without starting the desktop app.

The profile opens as the app opens it (``app.build_core``): the demo profile is created on first use,
with its demo accounts and synthetic prisoners; a real profile must exist and the user's password is
read from standard input (never from the command line). Refusals are one clear line on standard error
and a non-zero exit: no profile, unknown user, wrong password, unknown prisoner.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from workbench.domain.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.app import Core
    from workbench.casework.dto.caseload import CaseloadRow
    from workbench.config import Settings
    from workbench.security.principal import CurrentUser

__all__ = ["CASELOAD_HEADER", "add_parsers", "caseload_line", "run_board_pack", "run_caseload"]

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


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    profile_options: object,
) -> None:
    """Add ``board-pack`` and ``caseload`` to the ``workbench`` parser."""
    add_profile = profile_options
    assert callable(add_profile)
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
    add_profile(pack, sub=True)
    caseload = sub.add_parser(
        "caseload", help="print the caseload as the screen shows it (CSV on standard output)"
    )
    caseload.add_argument("--as", dest="as_user", required=True, metavar="USER", help="whose caseload view")
    caseload.add_argument("--format", choices=("csv",), default="csv", help="output format (csv)")
    add_profile(caseload, sub=True)


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


def run_board_pack(settings: Settings, args: argparse.Namespace) -> int:
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


def run_caseload(settings: Settings, args: argparse.Namespace) -> int:
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
