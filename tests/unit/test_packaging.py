"""The frozen build's definition, checked here because the build itself runs only in scripts/check-frozen
(Linux) and .github/workflows/windows.yml (Windows, never in this CI): packaging/bundle.toml lists every
data file the package loads at run time, where the frozen app looks for it; the Inno Setup script installs
exactly the build's layout and never touches user data; the desktop entry and AppStream metadata are valid.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import workbench.central.db
import workbench.store.engine
from workbench import config

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SRC = ROOT / "src"
APP_ID = "example.omu.OffenderSupervisorWorkbench"


def _load_bundle() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_bundle", PACKAGING / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle()


def _bundled() -> dict[Path, str]:
    """Source file → its path inside the bundle (relative to sys._MEIPASS)."""
    return {source.resolve(): f"{dest}/{source.name}" for source, dest in bundle.data_files(ROOT)}


def _files_under(folder: Path) -> set[Path]:
    return {p.resolve() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_every_resource_file_is_bundled_where_resources_dir_finds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = _bundled()
    resources = _files_under(ROOT / "resources")
    assert resources, "resources/ is empty: the test would check nothing"
    assert resources - bundled.keys() == set()
    # In a frozen build resources_dir() is sys._MEIPASS/resources: each file must sit at the same path
    # below it as below the source tree's resources/.
    monkeypatch.setattr(sys, "_MEIPASS", "/frozen", raising=False)
    frozen = config.resources_dir()
    for source in resources:
        inside = frozen / source.relative_to(ROOT / "resources")
        assert bundled[source] == inside.relative_to("/frozen").as_posix()


@pytest.mark.parametrize("module", [workbench.store.engine, workbench.central.db])
def test_every_migration_file_is_bundled_beside_its_package(module: ModuleType) -> None:
    bundled = _bundled()
    folder = module.MIGRATIONS_DIR
    files = _files_under(folder)
    assert {p.name for p in files} >= {"env.py", "script.py.mako"}
    assert any(p.parent.name == "versions" for p in files)
    assert files - bundled.keys() == set()
    for source in files:  # the package layout: Alembic finds them from Path(__file__).with_name(...)
        assert bundled[source] == source.relative_to(SRC).as_posix()


def test_package_data_of_pyproject_is_bundled_too() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["workbench"]
    listed = {p.resolve() for pattern in patterns for p in (SRC / "workbench").glob(pattern)}
    listed.discard((SRC / "workbench" / "py.typed").resolve())  # a marker for type checkers only
    assert listed
    assert listed - _bundled().keys() == set()


def test_every_resource_the_code_names_exists_and_is_bundled() -> None:
    named = set()
    for path in (SRC / "workbench").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'resources_dir\(\)((?:\s*/\s*"[^"]+")+)', text):
            named.add("resources/" + "/".join(re.findall(r'"([^"]+)"', match.group(1))))
    assert "resources/policy.toml" in named and "resources/themes/workbench.qss" in named
    inside = set(_bundled().values())
    assert named - inside == set()


def test_a_pattern_that_matches_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="matches no file"):
        bundle.data_files(tmp_path)


def test_the_bundle_check_names_a_missing_data_file_and_a_dev_tool(tmp_path: Path) -> None:
    build = tmp_path / "workbench"
    for source, dest in bundle.data_files(ROOT):
        target = build / bundle.CONTENTS / dest / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (build / "workbench").write_bytes(b"")
    assert bundle.problems(build) == []
    (build / bundle.CONTENTS / "resources" / "policy.toml").unlink()
    (build / bundle.CONTENTS / "pytest").mkdir()
    assert bundle.problems(build) == ["missing: resources/policy.toml", "must not be bundled: pytest"]


def test_dev_tools_and_unused_qt_modules_are_excluded_from_the_build() -> None:
    build = bundle.load()["build"]
    assert set(bundle.FORBIDDEN) - {"tests"} <= set(build["excludes"])
    for module in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtPdf"):
        assert module in build["excludes"]
    used = set()
    for path in (SRC / "workbench").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used and not {f"PySide6.{m}" for m in used} & set(build["excludes"])


def test_the_kept_qt_plugins_include_the_platforms_the_workbench_runs_on() -> None:
    plugins = bundle.load()["qt_plugins"]
    assert {"qoffscreen", "qxcb", "qwindows"} <= set(plugins["platforms"])
    assert plugins["printsupport"]


# -- Windows installer (checked on paper: Inno Setup runs only in .github/workflows/windows.yml) --


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (PACKAGING / "windows" / "installer.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def _iss_entry(line: str) -> dict[str, str]:
    return {
        key.strip(): value.strip().strip('"')
        for key, value in (part.split(":", 1) for part in line.split(";") if ":" in part)
    }


def test_the_installer_installs_exactly_the_build_layout() -> None:
    entries = [_iss_entry(line) for line in _iss_sections()["Files"]]
    executables = {f"{program['name']}.exe" for program in bundle.load()["executable"]}
    installed = {}
    for entry in entries:
        name = entry["Source"].removeprefix("{#BuildDir}\\")
        installed[name] = entry
    assert set(installed) == executables | {f"{bundle.CONTENTS}\\*"}
    for name in executables:
        assert installed[name]["DestDir"] == "{app}"
    contents = installed[f"{bundle.CONTENTS}\\*"]
    assert contents["DestDir"] == "{app}\\" + bundle.CONTENTS
    assert {"recursesubdirs", "createallsubdirs"} <= set(contents["Flags"].split())


def test_the_installer_is_per_machine_with_a_start_menu_entry_for_the_windowed_app() -> None:
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    windowed = {p["name"] for p in bundle.load()["executable"] if not p["console"]}
    icons = [_iss_entry(line) for line in sections["Icons"]]
    assert icons and all(icon["Name"].startswith("{autoprograms}\\") for icon in icons)
    assert {icon["Filename"] for icon in icons} == {f"{{app}}\\{name}.exe" for name in windowed}


def test_the_installer_never_deletes_user_data() -> None:
    text = (PACKAGING / "windows" / "installer.iss").read_text(encoding="utf-8").lower()
    sections = _iss_sections()
    assert "UninstallDelete" not in sections
    for line in sections.get("InstallDelete", []):
        assert _iss_entry(line)["Name"].startswith("{app}\\")
    code = text.split("[code]", 1)[1] if "[code]" in text else ""
    assert "localappdata" not in code and "deltree" not in code


# -- Linux desktop entry and AppStream metadata --


def test_the_desktop_entry_is_valid_and_starts_the_launcher_the_deb_installs() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"]
    assert entry["Exec"].split()[0] == "workbench"
    assert 'ln -s "../../opt/$NAME/workbench" "$ROOT/usr/bin/workbench"' in (
        PACKAGING / "build-deb"
    ).read_text(encoding="utf-8")
    icons = PACKAGING / "linux" / "icons"
    assert (icons / f"{entry['Icon']}.svg").is_file()
    assert (icons / f"{entry['Icon']}-48.png").is_file()


def test_the_appstream_metadata_is_well_formed_and_matches_the_package() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert (PACKAGING / "linux" / f"{APP_ID}.desktop").is_file()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    releases = root.find("releases")
    assert releases is not None and releases[0].get("version") == version  # newest first
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
