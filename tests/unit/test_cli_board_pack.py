"""``workbench board-pack`` and ``workbench caseload`` (issue 10 point 6): the real command on a demo
profile in tmp_path (subprocess), and the refusals of a real profile (in process, with the test keyring)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workbench.cli import CASELOAD_HEADER, main

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


def _workbench(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory where no profile exists yet (the first command creates the demo profile)."""
    return tmp_path_factory.mktemp("demo-profile")


@pytest.fixture(scope="module")
def caseload(demo_dir: Path) -> list[dict[str, str]]:
    """The caseload CSV of the demo supervisor, from the command that created the demo profile."""
    done = _workbench(
        "--demo", "--demo-prisoners", "25", "--data-dir", str(demo_dir),
        "caseload", "--as", "demo.supervisor", "--format", "csv",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Creating the demo profile" in done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_caseload_creates_the_demo_profile_and_prints_the_screen_columns(
    caseload: list[dict[str, str]], demo_dir: Path
) -> None:
    assert len(caseload) == 25
    assert tuple(caseload[0]) == CASELOAD_HEADER
    assert "NOMS number" in caseload[0]
    assert all(len(r["NOMS number"]) == 7 for r in caseload)
    names = [r["Name"] for r in caseload]
    assert names == sorted(names, key=str.lower)
    assert (demo_dir / "profile.json").exists()


@needs_poppler
def test_board_pack_writes_the_pack_with_options_before_or_after_the_command(
    caseload: list[dict[str, str]], demo_dir: Path, tmp_path: Path
) -> None:
    noms = caseload[0]["NOMS number"]
    before = tmp_path / "before.pdf"
    after = tmp_path / "after.pdf"

    first = _workbench("--demo", "--data-dir", str(demo_dir), "board-pack", "--as", "demo.supervisor",
                       "--prisoner", noms, "--out", str(before))  # fmt: skip
    second = _workbench("board-pack", "--data-dir", str(demo_dir), "--demo", "--as", "demo.manager",
                        "--prisoner", noms.lower(), "--out", str(after))  # fmt: skip

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert f"written to {before}" in first.stdout
    for path in (before, after):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Sentence planning board pack" in text and noms in text
        assert text.index("Cover and attendance") < text.index("Distribution")


@needs_poppler
@pytest.mark.parametrize(
    ("flag", "title"), [("--prisoner-copy", "My sentence plan"), ("--wing-briefing", "Wing briefing")]
)
def test_board_pack_writes_the_one_page_documents(
    caseload: list[dict[str, str]], demo_dir: Path, tmp_path: Path, flag: str, title: str
) -> None:
    out = tmp_path / "one.pdf"

    done = _workbench("--demo", "--data-dir", str(demo_dir), "board-pack", "--as", "demo.supervisor",
                      "--prisoner", caseload[1]["NOMS number"], "--out", str(out), flag)  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "(1 pages)" in done.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert title in text and "Page 1 of 1" in text
    assert "RESTRICTED" not in text


@pytest.mark.parametrize(
    ("who", "noms", "message"),
    [
        ("demo.supervisor", "Z0000ZZ", "No prisoner with NOMS number Z0000ZZ"),
        ("nobody.here", None, "nobody.here is not a demo account"),
    ],
)
def test_board_pack_refuses_an_unknown_prisoner_or_user(
    caseload: list[dict[str, str]], demo_dir: Path, tmp_path: Path, who: str, noms: str | None, message: str
) -> None:
    out = tmp_path / "none.pdf"

    done = _workbench("--demo", "--data-dir", str(demo_dir), "board-pack", "--as", who,
                      "--prisoner", noms or caseload[0]["NOMS number"], "--out", str(out))  # fmt: skip

    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_both_commands_refuse_a_missing_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nothing = tmp_path / "nothing"

    pack = main(
        ["board-pack", "--data-dir", str(nothing), "--as", "x", "--prisoner", "A1234BC", "--out", "x.pdf"]
    )
    listing = main(["caseload", "--data-dir", str(nothing), "--as", "x", "--format", "csv"])

    assert pack == listing == 2
    assert capsys.readouterr().err.count(f"no profile in {nothing}") == 2
    assert not nothing.exists()


def test_a_real_profile_reads_the_password_from_standard_input(
    real_profile: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_profile.store.close()
    args = ["caseload", "--data-dir", str(tmp_path), "--as", "admin", "--format", "csv"]

    monkeypatch.setattr(sys, "stdin", io.StringIO("not the password\n"))
    wrong = main(args)
    refused = capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long enough password\n"))
    right = main(args)
    shown = capsys.readouterr()

    assert wrong == 2
    assert refused.err.startswith("workbench: ") and "password" in refused.err.lower()
    assert refused.out == ""
    assert right == 0
    assert shown.out.splitlines()[0].split(",")[:2] == ["Name", "NOMS number"]
    assert "not the password" not in shown.out + shown.err


def test_a_role_without_the_permission_is_refused_the_pack(
    real_profile: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_profile.store.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long enough password\n"))
    out = tmp_path / "pack.pdf"

    done = main(
        [
            "board-pack",
            "--data-dir",
            str(tmp_path),
            "--as",
            "admin",
            "--prisoner",
            "A1234BC",
            "--out",
            str(out),
        ]
    )

    assert done == 2
    assert capsys.readouterr().err.startswith("workbench: ")
    assert not out.exists()
