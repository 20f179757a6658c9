"""``workbench --self-test``: check an installed workbench end to end on a temporary demo profile.

Issue 12 point 2. A wing terminal's build is only worth shipping if everything it loads at run time is
really there (migrations, fonts, the SQLCipher driver, argon2, the Qt plugins, the central record), so
the self-test runs the real code paths once, from the source tree or from the frozen build alike:

1. migrations: a new demo profile's store is created and migrated, as the app's first run does;
2. encrypted store: the store is opened again as the app opens an existing profile, its file is checked
   to be encrypted, the demo staff are set up and the demo supervisor signs in (argon2);
3. reception: a synthetic, clearly marked prisoner (NOMS number starting with Z) is received;
4. assessment: a likelihood-of-reoffending assessment is completed (OGRS3 and tier computed);
5. board pack: the prisoner's board pack PDF is written, as ``workbench board-pack`` writes it;
6. sync: the embedded central record starts on loopback, the terminal enrols as the demo does, and one
   sync run pushes the changes, which must all be accepted;
7. main window: the main window opens on the offscreen platform (unless another is set) and closes;
8. cleanup: the temporary profile is removed, whatever happened before.

Each step prints one line with its time; a step whose prerequisite failed is reported as skipped. The
exit code is 0 when every step passed and 1 otherwise, and the summary names the first step that failed.
Nothing is printed about people: the prisoner is synthetic and only its figures are shown. The steps are
a plain tuple (``STEPS``), so a test can run a list with a failing step in it.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from workbench import __version__
from workbench.config import Settings, resolve_settings
from workbench.domain.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.app import Core, SyncRuntime
    from workbench.security.principal import CurrentUser

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
SELF_TEST_NOMS = "Z9999ZZ"
"""The synthetic prisoner's NOMS number (demo numbers start with Z, so it cannot be a real person's)."""
SELF_TEST_USER = "demo.supervisor"
PDF_PAGE = re.compile(rb"/Type /Page\b(?!s)")
"""A page object in a PDF (reportlab writes them uncompressed); ``/Type /Pages`` is the page tree."""
REASON_LIMIT = 300


class SelfTestFailure(WorkbenchError):
    """A check in a self-test step found something wrong (the message is the one-line reason)."""


@dataclass
class SelfTestRun:
    """What the steps share: the temporary profile and what earlier steps built in it."""

    root: Path
    settings: Settings
    core: Core | None = None
    user: CurrentUser | None = None
    prisoner_id: str | None = None
    sync: SyncRuntime | None = None
    on_fatal: Callable[[str], None] | None = None  # called when Qt is about to abort the process

    def need_core(self) -> Core:
        """The open core (the encrypted-store step opened it)."""
        if self.core is None:
            raise SelfTestFailure("the store is not open")
        return self.core

    def need_user(self) -> CurrentUser:
        """The signed-in demo supervisor."""
        if self.user is None:
            raise SelfTestFailure("nobody is signed in")
        return self.user

    def need_prisoner(self) -> str:
        """The synthetic prisoner received by the reception step."""
        if self.prisoner_id is None:
            raise SelfTestFailure("no prisoner was received")
        return self.prisoner_id


@dataclass(frozen=True)
class Step:
    """One self-test step: ``run`` raises to fail and returns a short note on success; it runs only when
    every step named in ``needs`` passed."""

    name: str
    run: Callable[[SelfTestRun], str]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepResult:
    """How one step went: ``status`` is ``ok``, ``FAIL`` or ``skip``."""

    name: str
    status: str
    seconds: float | None
    note: str = ""
    details: str = field(default="", repr=False)  # the traceback, shown with --debug


# -- the steps ------------------------------------------------------------------------------------------


def _migrations(run: SelfTestRun) -> str:
    """Create and migrate the demo profile's store with the app's own first-run code."""
    from workbench.app import open_profile_store
    from workbench.store.engine import SCHEMA_HEAD, head_revision

    opened = open_profile_store(run.settings, create=True)
    try:
        with opened.store.engine.connect() as conn:
            stamped = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    finally:
        opened.store.close()
    head = head_revision()  # read from the migration scripts themselves
    if stamped != head or head != SCHEMA_HEAD:
        raise SelfTestFailure(
            f"the store is at schema {stamped}, the migrations' head is {head}, "
            f"the code expects {SCHEMA_HEAD}"
        )
    return f"schema {stamped}"


def _encrypted_store(run: SelfTestRun) -> str:
    """Open the store as the app opens an existing profile; check its file is not plain SQLite."""
    import sqlite3

    from workbench.app import build_core
    from workbench.casework.demo import DEMO_CREDENTIALS

    path = run.settings.database_path
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_PLAIN_HEADER))
    if header == SQLITE_PLAIN_HEADER:
        raise SelfTestFailure(f"{path.name} starts with the plain SQLite header: it is not encrypted")
    plain = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)  # read-only: never changes the file
    try:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass  # what an encrypted file does to a reader without the key
    else:
        raise SelfTestFailure(f"{path.name} can be read without its key")
    finally:
        plain.close()
    run.core = build_core(run.settings)
    run.core.services.demo.set_up_demo_profile()
    password = {name: secret for name, secret, _ in DEMO_CREDENTIALS}[SELF_TEST_USER]
    run.user = run.core.services.auth.sign_in(SELF_TEST_USER, password)
    return f"SQLCipher, {SELF_TEST_USER} signed in"


def _reception(run: SelfTestRun) -> str:
    """Receive the synthetic prisoner through the reception service."""
    from workbench.casework.dto.reception import ReceptionRequest
    from workbench.domain.enums import Gender, RoshLevel, SentenceType

    core, user = run.need_core(), run.need_user()
    today = core.services.ctx.today()
    sentenced = today - timedelta(days=7)
    request = ReceptionRequest(
        noms_number=SELF_TEST_NOMS,
        family_name="Selftest",
        given_name="Synthetic",
        date_of_birth=date(today.year - 35, 1, 1),
        gender=Gender.MALE,
        location="SELF-TEST",
        received_on=today - timedelta(days=1),
        sentence_type=SentenceType.DETERMINATE,
        sentence_date=sentenced,
        length_days=3 * 365,
        conditional_release_date=sentenced + timedelta(days=547),
        sentence_expiry_date=sentenced + timedelta(days=3 * 365),
        is_ppo=False,
        rosh_level=RoshLevel.HIGH,
    )
    prisoner_id, _ = core.services.reception.receive(user, request)
    detail = core.services.caseload.detail(user, prisoner_id)
    if detail.noms_number != SELF_TEST_NOMS:
        raise SelfTestFailure(f"the case read back is {detail.noms_number}, not {SELF_TEST_NOMS}")
    run.prisoner_id = prisoner_id
    return f"synthetic prisoner {SELF_TEST_NOMS}"


def _assessment(run: SelfTestRun) -> str:
    """Complete a likelihood-of-reoffending assessment; OGRS3 and the tier must come back."""
    from dataclasses import replace

    from workbench.domain.enums import RoshLevel
    from workbench.domain.needs import NeedSection, NeedSeverity

    core, user, prisoner_id = run.need_core(), run.need_user(), run.need_prisoner()
    service = core.services.assessments
    draft, _ = service.start_draft(user, prisoner_id)
    needs = tuple(
        replace(
            entry,
            severity=NeedSeverity.STANDARD,
            linked_to_reoffending=True,
            evidence="Self-test evidence (synthetic).",
            analysis="Self-test analysis (synthetic).",
        )
        if entry.section in (NeedSection.ACCOMMODATION, NeedSection.THINKING_AND_BEHAVIOUR)
        else replace(entry, severity=NeedSeverity.NO_NEED)
        for entry in draft.form.needs
    )
    sentence = core.services.caseload.detail(user, prisoner_id).sentence
    if sentence is None or sentence.sentence_date is None:
        raise SelfTestFailure("the received prisoner has no sentence")
    form = replace(
        draft.form,
        conviction_date=sentence.sentence_date,
        follow_up_start=sentence.conditional_release_date,  # OGRS3 follows up from release
        total_sanctions=4,
        age_at_first_sanction=17,
        offence_group="Burglary (domestic)",
        rosh_level=RoshLevel.HIGH,
        needs=needs,
        protective_factors=("Self-test protective factor (synthetic).",),
    )
    service.save_draft(user, draft.assessment_id, form)
    done, _ = service.complete(user, draft.assessment_id)
    if done.status != "COMPLETED" or done.ogrs3_two_year_pct is None or done.tier is None:
        raise SelfTestFailure("the completed assessment has no OGRS3 score or no tier")
    return f"OGRS3 {done.ogrs3_two_year_pct}% at 2 years, tier {done.tier.tier}"


def _board_pack(run: SelfTestRun) -> str:
    """Write the prisoner's board pack PDF the way ``workbench board-pack`` does, and read it back."""
    from workbench.casework.dto.board_pack import DocumentKind

    core, user, prisoner_id = run.need_core(), run.need_user(), run.need_prisoner()
    service = core.services.board_pack
    found = service.find_prisoner(user, SELF_TEST_NOMS)
    if found != prisoner_id:
        raise SelfTestFailure(f"the board pack found another prisoner for {SELF_TEST_NOMS}")
    printed = service.document(user, prisoner_id, DocumentKind.PACK)
    out = run.root / "board-pack.pdf"
    out.write_bytes(printed.pdf)
    written = out.read_bytes()
    if not written.startswith(b"%PDF"):
        raise SelfTestFailure(f"{out.name} does not start with %PDF")
    if b"%%EOF" not in written[-1024:]:
        raise SelfTestFailure(f"{out.name} is cut short (no %%EOF at its end)")
    pages = len(PDF_PAGE.findall(written))  # counted in the file, not taken from the service
    if pages < 1 or pages != printed.pages:
        raise SelfTestFailure(f"{out.name} holds {pages} pages; the service reported {printed.pages}")
    if b"DejaVuSans" not in written:
        raise SelfTestFailure(f"{out.name} does not embed the DejaVu Sans font shipped in resources/fonts")
    return f"{pages} pages, {len(written) // 1024} KiB"


def _sync(run: SelfTestRun) -> str:
    """Start the embedded central record, enrol as the demo does, sync once; every change accepted."""
    from workbench.app import build_sync

    core = run.need_core()
    run.sync = build_sync(core)
    client = run.sync.client
    if client is None:
        raise SelfTestFailure(f"the demo sync could not be set up ({run.sync.problem or 'no client'})")
    report = client.sync()
    if not report.ok:
        raise SelfTestFailure(f"the sync run stopped: {report.error}")
    status = client.status()
    if report.pushed == 0 or report.acked != report.pushed or report.quarantined or status.pending:
        raise SelfTestFailure(
            f"{report.pushed} changes pushed, {report.acked} accepted, {report.quarantined} quarantined, "
            f"{status.pending} still pending"
        )
    run.sync.close()
    run.sync = None
    return f"{report.pushed} changes pushed and accepted, {report.pulled} pulled"


def _main_window(run: SelfTestRun) -> str:
    """Open the app's main window (offscreen unless a platform is set) and close it."""
    if not os.environ.get("QT_QPA_PLATFORM"):  # set but empty counts as not set, as it does for Qt
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from workbench.app import build_main_window
    from workbench.gui.window_check import open_and_close_main_window

    core, user = run.need_core(), run.need_user()
    establishment = core.services.users.establishment()
    name = establishment.name if establishment else "Establishment not set"
    ui_dir = run.root / "qt-settings"
    checked = open_and_close_main_window(
        lambda bus, tasks: build_main_window(core, user, bus, tasks, name),
        ui_dir,
        str(run.settings.log_path),
        on_fatal=run.on_fatal,
    )
    if checked.rows < 1:
        raise SelfTestFailure("the caseload in the main window is empty")
    if not checked.themed:  # the app starts without it, in the default look: still a broken build
        raise SelfTestFailure("the theme (resources/themes/workbench.qss) was not loaded")
    warned = (
        f", {len(checked.qt_warnings)} Qt warning(s): {checked.qt_warnings[0]}" if checked.qt_warnings else ""
    )
    return f"{checked.rows} caseload row(s), {checked.platform} platform{warned}"


STEPS: tuple[Step, ...] = (
    Step("migrations", _migrations),
    Step("encrypted store", _encrypted_store, needs=("migrations",)),
    Step("reception", _reception, needs=("encrypted store",)),
    Step("assessment", _assessment, needs=("reception",)),
    Step("board pack", _board_pack, needs=("reception",)),
    Step("sync", _sync, needs=("reception",)),
    Step("main window", _main_window, needs=("reception",)),
)
"""The self-test in order (the board pack needs only the prisoner: a pack without an assessment still
prints, showing the gap)."""

CLEANUP = "cleanup"


def _close(run: SelfTestRun) -> None:
    """Stop the central record and close the store, so the profile's files can be removed (Windows)."""
    sync, core = run.sync, run.core
    run.sync = run.core = None
    try:
        if sync is not None:
            sync.close()
    finally:
        if core is not None:
            core.store.close()


def _cleanup(run: SelfTestRun) -> str:
    try:
        _close(run)
    finally:  # a close that failed still leaves nothing behind where it can be removed
        shutil.rmtree(run.root)
    if run.root.exists():
        raise SelfTestFailure(f"the temporary profile {run.root} is still there")
    return "temporary profile removed"


# -- running --------------------------------------------------------------------------------------------


def _squash(text: str) -> str:
    """``text`` on one line, cut at ``REASON_LIMIT`` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= REASON_LIMIT else text[: REASON_LIMIT - 1] + "…"


def _one_line(exc: BaseException) -> str:
    message = exc.message if isinstance(exc, WorkbenchError) else f"{type(exc).__name__}: {exc}"
    return _squash(message) or type(exc).__name__


def _attempt(name: str, fn: Callable[[SelfTestRun], str], run: SelfTestRun) -> StepResult:
    started = time.perf_counter()
    try:
        note = fn(run)
    except Exception as exc:  # every failure becomes a line: the self-test never ends in a traceback
        return StepResult(name, "FAIL", time.perf_counter() - started, _one_line(exc), traceback.format_exc())
    return StepResult(name, "ok", time.perf_counter() - started, note)


def _line(result: StepResult, width: int) -> str:
    took = f"{result.seconds:6.2f} s" if result.seconds is not None else f"{'-':>6}  "
    head = f"{result.status:<4} {result.name:<{width}} {took}"
    if result.status == "ok":
        return f"{head}  {result.note}" if result.note else head
    return f"{head}: {result.note}"


def _where() -> str:
    return "frozen build" if getattr(sys, "frozen", False) else "source tree"


def run_self_test(
    steps: Sequence[Step] = STEPS,
    *,
    out: TextIO | None = None,
    debug: bool = False,
    temp_parent: Path | None = None,
) -> int:
    """Run ``steps`` on a new temporary demo profile (under ``temp_parent``, else the system's temporary
    folder), print one line per step and a summary, remove the profile; 0 when every step passed."""
    stream = out if out is not None else sys.stdout
    width = max(len(s.name) for s in (*steps, Step(CLEANUP, _cleanup)))
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="workbench-self-test-", dir=temp_parent))
    run = SelfTestRun(root, resolve_settings(root / "profile", demo=True))
    print(f"workbench {__version__} self-test ({_where()}), temporary demo profile {root}", file=stream)
    results: list[StepResult] = []
    passed: set[str] = set()
    current: list[tuple[str, float]] = []  # the step running now, and when it started

    def report(result: StepResult) -> None:
        results.append(result)
        print(_line(result, width), file=stream, flush=True)
        if result.status == "FAIL" and debug:
            print(result.details, file=sys.stderr, flush=True)

    def finish() -> int:
        report(_attempt(CLEANUP, _cleanup, run))
        return _summary(results, time.perf_counter() - started, stream, debug=debug)

    def fatal(message: str) -> None:
        """Qt is about to abort the process (no platform plugin): report, clean up, and exit now."""
        name, began = current[-1] if current else ("?", started)
        reason = _squash(f"Qt cannot continue: {message}")
        report(StepResult(name, "FAIL", time.perf_counter() - began, reason))
        code = finish()
        stream.flush()
        sys.stderr.flush()
        os._exit(code)

    run.on_fatal = fatal
    try:
        for step in steps:
            missing = [n for n in step.needs if n not in passed]
            if missing:
                report(StepResult(step.name, "skip", None, f"skipped, needs {', '.join(missing)}"))
                continue
            current.append((step.name, time.perf_counter()))
            result = _attempt(step.name, step.run, run)
            if result.status == "ok":
                passed.add(step.name)
            report(result)
    except BaseException:  # Ctrl+C: the temporary profile still goes
        _close(run)
        shutil.rmtree(root, ignore_errors=True)
        raise
    return finish()


def _summary(results: Sequence[StepResult], took: float, stream: TextIO, *, debug: bool) -> int:
    """Print the summary line; the exit code (0 when nothing failed, else 1)."""
    failed = [r for r in results if r.status == "FAIL"]
    skipped = sum(r.status == "skip" for r in results)
    if not failed:
        print(f"self-test passed: {len(results)} steps in {took:.2f} s", file=stream, flush=True)
        return 0
    print(
        f"self-test FAILED at step '{failed[0].name}': {len(failed)} failed, {skipped} skipped, "
        f"{len(results) - len(failed) - skipped} passed, in {took:.2f} s"
        + ("" if debug else " (run with --debug for the traceback)"),
        file=stream,
        flush=True,
    )
    return 1


def main(*, debug: bool = False) -> int:
    """``workbench --self-test [--debug]``: warnings (all logs with ``--debug``) on stderr, no log file."""
    from workbench.logging_setup import configure_logging

    configure_logging(None, debug=debug)
    return run_self_test(debug=debug)
