"""Compile the Designer forms in ``ui/*.ui`` into ``ui_<name>.py`` modules beside this file.

Run ``python -m workbench.gui.forms.build`` after editing a ``.ui`` file and commit both; a test
(tests/gui/test_forms_fresh.py) fails when a generated module is older than, or differs from, its form.
Works offline: ``pyside6-uic`` ships inside the PySide6 wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
REPO_ROOT = FORMS_DIR.parents[3]
UI_DIR = REPO_ROOT / "ui"
HEADER = (
    "# Generated from ui/{name}.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build\n"
)


def uic_executable() -> str:
    """Path of ``pyside6-uic``: the one installed beside this interpreter, else the first on PATH."""
    bin_dir = Path(sys.executable).parent
    for candidate in ("pyside6-uic", "pyside6-uic.exe"):
        if (bin_dir / candidate).is_file():
            return str(bin_dir / candidate)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install the project here first (pip install -e .)")
    return found


def ui_files(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Designer form, in name order."""
    return sorted(ui_dir.glob("*.ui"))


def module_name(ui_path: Path) -> str:
    """``ui/reception_dialog.ui`` -> ``ui_reception_dialog.py``."""
    return f"ui_{ui_path.stem}.py"


def generate(ui_path: Path) -> str:
    """The full text of the generated module for one form (header line + pyside6-uic output).

    uic runs in the form's directory on its bare file name, so the output does not depend on where
    the repository is checked out.
    """
    result = subprocess.run(
        [uic_executable(), "--generator", "python", ui_path.name],
        cwd=ui_path.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {ui_path.name}:\n{result.stderr.strip()}")
    return HEADER.format(name=ui_path.stem) + result.stdout


def build(ui_dir: Path = UI_DIR, out_dir: Path = FORMS_DIR) -> list[Path]:
    """Compile every form in ``ui_dir`` into ``out_dir``; return the modules written."""
    written = []
    for ui_path in ui_files(ui_dir):
        target = out_dir / module_name(ui_path)
        target.write_text(generate(ui_path), encoding="utf-8", newline="\n")
        written.append(target)
    return written


def main() -> int:
    """Command-line entry point."""
    for path in build():
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
