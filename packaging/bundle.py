"""Reads packaging/bundle.toml: the data files of the frozen build, and checks a build carries them.

    python packaging/bundle.py dist/workbench      # exit 1 naming each missing or unwanted file

Used by workbench.spec (what to bundle), scripts/check-frozen and the Windows workflow (the check), and
tests/unit/test_packaging.py. Standard library only: it runs before and outside the project's venv.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# PyInstaller >= 6 puts everything but the executable in this folder (sys._MEIPASS).
CONTENTS = "_internal"
# Top-level packages that must never be in a build (dev and test tools, test data).
FORBIDDEN = (
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "schemathesis",
    "mypy",
    "ruff",
    "PyInstaller",
    "tests",
)


def load() -> dict:
    """bundle.toml as a mapping."""
    return tomllib.loads((HERE / "bundle.toml").read_text(encoding="utf-8"))


def data_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(source file, destination folder inside the bundle) for every [[data]] entry.

    A pattern that matches nothing is an error: it means a file was moved and the build would
    silently lose it."""
    files: list[tuple[Path, str]] = []
    for entry in load()["data"]:
        matches = sorted(p for p in root.glob(entry["source"]) if p.is_file())
        if not matches:
            raise ValueError(f"packaging/bundle.toml: {entry['source']} matches no file")
        files += [(p, entry["dest"]) for p in matches]
    return files


def problems(build: Path, root: Path = ROOT) -> list[str]:
    """What is wrong with the one-folder build in ``build`` (empty when nothing is)."""
    contents = build / CONTENTS
    found = [
        f"missing: {dest}/{source.name}"
        for source, dest in data_files(root)
        if not (contents / dest / source.name).is_file()
    ]
    found += [f"must not be bundled: {name}" for name in FORBIDDEN if (contents / name).exists()]
    if not any((build / name).is_file() for name in ("workbench", "workbench.exe")):
        found.append(f"missing: the executable in {build}")
    return found


def main(argv: list[str]) -> int:
    build = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "workbench"
    found = problems(build)
    for problem in found:
        print(f"bundle check: {problem}", file=sys.stderr)
    if not found:
        print(f"bundle check: {build} carries all {len(data_files())} data files of packaging/bundle.toml")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
