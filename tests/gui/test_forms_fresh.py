"""The committed ui_*.py modules are what pyside6-uic makes from ui/*.ui today (STYLE.md point 6).

A form edited in Designer but not rebuilt fails here: run ``python -m workbench.gui.forms.build``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.gui.forms import build

FORMS = build.ui_files()

# A fresh clone writes src/ before ui/ (git checks out in path order), so a .ui can look a few
# milliseconds newer than its untouched module; the content comparison below is the exact check.
CHECKOUT_SLACK_SECONDS = 2.0


@pytest.fixture(scope="module")
def fresh_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every form compiled now, once for this module."""
    out = tmp_path_factory.mktemp("forms")
    build.build(build.UI_DIR, out)
    return out


def test_there_are_forms() -> None:
    assert FORMS, f"no .ui files found in {build.UI_DIR}"


@pytest.mark.parametrize("ui_path", FORMS, ids=lambda p: p.name)
def test_generated_module_is_not_older_than_its_form(ui_path: Path) -> None:
    module = build.FORMS_DIR / build.module_name(ui_path)
    assert module.is_file(), f"{module.name} is missing: run python -m workbench.gui.forms.build"
    assert module.stat().st_mtime + CHECKOUT_SLACK_SECONDS >= ui_path.stat().st_mtime, (
        f"{module.name} is older than {ui_path.name}: run python -m workbench.gui.forms.build"
    )


@pytest.mark.parametrize("ui_path", FORMS, ids=lambda p: p.name)
def test_generated_module_matches_what_build_makes_now(ui_path: Path, fresh_dir: Path) -> None:
    fresh = (fresh_dir / build.module_name(ui_path)).read_text(encoding="utf-8").splitlines()
    committed = (build.FORMS_DIR / build.module_name(ui_path)).read_text(encoding="utf-8").splitlines()
    assert committed[0] == build.HEADER.format(name=ui_path.stem).rstrip("\n")
    assert committed[1:] == fresh[1:], (
        f"{build.module_name(ui_path)} differs from {ui_path.name}: run python -m workbench.gui.forms.build"
    )


def test_every_generated_module_has_a_form() -> None:
    stems = {p.stem for p in FORMS}
    orphans = [p.name for p in build.FORMS_DIR.glob("ui_*.py") if p.stem.removeprefix("ui_") not in stems]
    assert not orphans, f"generated modules without a .ui (delete them): {orphans}"
