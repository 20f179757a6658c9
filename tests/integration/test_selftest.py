"""``python -m workbench --self-test`` from the source tree (issue 12 point 2), as CI runs the frozen one.

Each run is a real process with its own temporary folder, data and config homes, and a keyring that
fails when used: the self-test must pass without touching the user's profile, settings or OS keyring,
and must leave nothing behind.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from workbench.selftest import CLEANUP, STEPS

STEP_NAMES = [step.name for step in STEPS] + [CLEANUP]


def _self_test(tmp_path: Path, platform: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Path]]:
    homes = {name: tmp_path / name for name in ("tmp", "home", "data", "config", "cache")}
    for folder in homes.values():
        folder.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "TMPDIR": str(homes["tmp"]),
        "HOME": str(homes["home"]),
        "XDG_DATA_HOME": str(homes["data"]),
        "XDG_CONFIG_HOME": str(homes["config"]),
        "XDG_CACHE_HOME": str(homes["cache"]),
        # Any use of the OS keyring fails: the demo profile keeps its key in its own labelled file.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    return done, homes


def _lines(stdout: str) -> dict[str, str]:
    """Step name → its line, for the lines that report a step."""
    found: dict[str, str] = {}
    for line in stdout.splitlines():
        match = re.match(r"^(ok|FAIL|skip) +(.+?) +(\d+\.\d\d s|-)", line)
        if match:
            found[match.group(2)] = line
    return found


def test_the_self_test_passes_from_the_source_tree_and_leaves_nothing_behind(tmp_path: Path) -> None:
    done, homes = _self_test(tmp_path, "offscreen")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    lines = _lines(done.stdout)
    assert list(lines) == STEP_NAMES
    assert all(line.startswith("ok   ") for line in lines.values()), done.stdout
    assert re.search(r"^self-test passed: 8 steps in \d+\.\d\d s$", done.stdout, re.MULTILINE)
    assert re.search(r"OGRS3 \d+% at 2 years, tier [A-D][0-3]", lines["assessment"])
    assert re.search(r"\d+ changes pushed and accepted", lines["sync"])
    # The temporary profile is gone, and nothing was written to the user's data, settings or cache.
    for name, folder in homes.items():
        assert list(folder.iterdir()) == [], f"{name}: {list(folder.rglob('*'))}"


def test_a_qt_platform_that_cannot_load_fails_the_main_window_step_and_still_cleans_up(
    tmp_path: Path,
) -> None:
    """Qt aborts the process when no platform plugin loads; the self-test reports it first."""
    done, homes = _self_test(tmp_path, "no-such-platform")

    assert done.returncode == 1, done.stdout + done.stderr
    lines = _lines(done.stdout)
    assert lines["main window"].startswith("FAIL main window")
    assert "Qt cannot continue" in lines["main window"] and "no-such-platform" in lines["main window"]
    assert lines[CLEANUP].startswith("ok   cleanup")
    assert "self-test FAILED at step 'main window'" in done.stdout
    assert list(homes["tmp"].iterdir()) == []
