"""The self-test's runner (issue 12 point 2): a failing step fails the run, names the step, skips the
steps that depend on it, never prints a traceback unless asked, and always removes the temporary profile.

Failures are injected through the step list (``workbench.selftest.STEPS`` is plain data); the steps
that run here are the real ones, on a real encrypted demo store.
"""

from __future__ import annotations

import io
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.config import resolve_settings
from workbench.domain.errors import ValidationError
from workbench.selftest import STEPS, SelfTestFailure, SelfTestRun, Step, run_self_test


def _refuse_reception(run: SelfTestRun) -> str:
    raise ValidationError("the reception desk is closed (injected)")


STEP_LINE = re.compile(r"^(ok|FAIL|skip) +(.+?) +(?:\d+\.\d\d s|-)", re.M)


def _status(out: str) -> dict[str, str]:
    return {m.group(2): m.group(1) for m in STEP_LINE.finditer(out)}


def test_a_failing_step_fails_the_run_names_it_and_skips_what_depends_on_it(tmp_path: Path) -> None:
    # The real steps up to the main window (a unit test opens no window), reception made to fail.
    steps = [
        replace(step, run=_refuse_reception) if step.name == "reception" else step
        for step in STEPS
        if step.name != "main window"
    ]
    out = io.StringIO()

    code = run_self_test(steps, out=out, temp_parent=tmp_path)

    text = out.getvalue()
    assert code == 1
    assert _status(text) == {
        "migrations": "ok",
        "encrypted store": "ok",
        "reception": "FAIL",
        "assessment": "skip",
        "board pack": "skip",
        "sync": "skip",
        "cleanup": "ok",
    }
    assert re.search(r"^FAIL reception +\d+\.\d\d s: the reception desk is closed \(injected\)$", text, re.M)
    assert re.search(r"^skip assessment .*: skipped, needs reception$", text, re.M)
    assert "self-test FAILED at step 'reception': 1 failed, 3 skipped, 3 passed" in text
    assert list(tmp_path.iterdir()) == []  # the temporary profile went anyway


def _boom(run: SelfTestRun) -> str:
    raise RuntimeError("unexpected\nover two lines")


def _fine(run: SelfTestRun) -> str:
    assert run.settings.demo and run.settings.data_dir.is_relative_to(run.root)
    return "fine"


STEPS_WITH_A_BUG = (
    Step("first", _fine),
    Step("buggy", _boom, needs=("first",)),
    Step("after it", _fine, needs=("buggy",)),
    Step("independent", _fine, needs=("first",)),
)


@pytest.mark.parametrize("debug", [False, True])
def test_an_unexpected_error_is_one_line_and_its_traceback_only_with_debug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], debug: bool
) -> None:
    out = io.StringIO()

    code = run_self_test(STEPS_WITH_A_BUG, out=out, debug=debug, temp_parent=tmp_path)

    text = out.getvalue()
    assert code == 1
    assert _status(text) == {
        "first": "ok",
        "buggy": "FAIL",
        "after it": "skip",
        "independent": "ok",
        "cleanup": "ok",
    }
    assert re.search(r"^FAIL buggy +\d+\.\d\d s: RuntimeError: unexpected over two lines$", text, re.M)
    assert "Traceback" not in text
    assert ("Traceback" in capsys.readouterr().err) is debug
    assert ("run with --debug" in text) is not debug
    assert list(tmp_path.iterdir()) == []


def test_every_step_passing_exits_0(tmp_path: Path) -> None:
    out = io.StringIO()
    steps = [Step("first", _fine), Step("second", _fine, needs=("first",))]

    assert run_self_test(steps, out=out, temp_parent=tmp_path) == 0
    assert re.search(r"^self-test passed: 3 steps in \d+\.\d\d s$", out.getvalue(), re.M)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_self_test_still_removes_its_profile(tmp_path: Path) -> None:
    def interrupted(run: SelfTestRun) -> str:
        (run.root / "partly-written").write_text("x")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_self_test([Step("interrupted", interrupted)], out=io.StringIO(), temp_parent=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("extra", [["--demo"], ["--data-dir", "somewhere"], ["audit", "verify"]])
def test_the_self_test_refuses_a_profile_or_command_of_its_own(
    extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--self-test", *extra])
    assert exit_.value.code == 2
    assert "--self-test makes its own temporary demo profile" in capsys.readouterr().err


def test_the_encrypted_store_step_fails_on_a_plain_sqlite_file(tmp_path: Path) -> None:
    settings = resolve_settings(tmp_path / "profile", demo=True)
    settings.data_dir.mkdir()
    with sqlite3.connect(settings.database_path) as plain:
        plain.execute("CREATE TABLE t (x)")
    plain.close()
    step = {s.name: s for s in STEPS}["encrypted store"]

    with pytest.raises(SelfTestFailure, match="plain SQLite header: it is not encrypted"):
        step.run(SelfTestRun(tmp_path, settings))
