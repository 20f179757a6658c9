"""``workbench --version``: the version from the package metadata and, in a frozen build, its build date."""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pytest

from workbench import build_info
from workbench.cli import main


def test_the_version_is_the_installed_distributions() -> None:
    assert build_info.version() == version("offender-supervisor-workbench")


def test_a_frozen_build_reports_its_build_date(tmp_path: Path) -> None:
    info = tmp_path / build_info.BUILD_INFO_FILENAME
    info.write_text(json.dumps({"version": "0.1.0", "built": "2026-12-05T06:40:00Z"}), encoding="utf-8")
    assert build_info.build_date(info) == "2026-12-05T06:40:00Z"
    assert build_info.describe(info) == f"{build_info.version()} (built 2026-12-05T06:40:00Z)"


@pytest.mark.parametrize("content", [None, "{not json", '["a list"]', '{"built": 5}'])
def test_a_source_run_or_an_unreadable_file_says_source(tmp_path: Path, content: str | None) -> None:
    info = tmp_path / build_info.BUILD_INFO_FILENAME
    if content is not None:
        info.write_text(content, encoding="utf-8")
    assert build_info.build_date(info) is None
    assert build_info.describe(info) == f"{build_info.version()} (source)"


def test_version_option_prints_and_exits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"workbench {build_info.describe()}\n"
