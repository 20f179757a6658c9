"""The import arrows of DESIGN.md section 2, no import cycles between our modules, Qt only in ``gui/``.

Imports are read with ``ast`` from the source, so every import counts: at module level, inside
functions (deferred for start-up speed) and under ``TYPE_CHECKING`` (a cycle that only type checking
sees is still a cycle in the design). The checker is tested on small fake trees first, so a checker
that finds nothing cannot pass unnoticed.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"

ALLOWED: dict[str, frozenset[str]] = {
    "gui": frozenset({"casework", "security", "sync", "reports", "domain"}),
    "casework": frozenset({"store", "security", "sync", "reports", "protocol", "domain"}),
    "sync": frozenset({"store", "security", "protocol", "domain"}),
    "security": frozenset({"store", "domain"}),
    "store": frozenset({"domain"}),
    "reports": frozenset({"domain"}),
    "protocol": frozenset({"domain"}),
    "central": frozenset({"protocol", "domain"}),
    "domain": frozenset(),
}
"""What each package may import of ours (DESIGN.md section 2, and common to every issue)."""

ENTRY_POINTS = frozenset({"app", "cli", "__main__", "selftest"})
"""The composition root and entry points: they may import anything; nothing of ours imports them.
(``selftest`` is ``workbench --self-test``, issue 12: it drives the app through the composition root.)"""

FOUNDATION = frozenset({"", "config", "logging_setup"})
"""``workbench`` itself (the version), settings and logging: they import only ``domain`` (and each
other); every package except ``domain`` may use them."""

QT_PACKAGES = frozenset({"PySide6", "shiboken6"})
QT_LAYER = "gui"


@dataclass
class Report:
    """What the checker found; empty lists mean the tree keeps the rules."""

    against_arrows: list[str] = field(default_factory=list)
    cycles: list[list[str]] = field(default_factory=list)
    qt_outside_gui: list[str] = field(default_factory=list)
    modules: int = 0


def _module_names(root: Path) -> dict[str, Path]:
    """Dotted module name → file for every ``.py`` under ``root`` (a directory holding ``workbench/``)."""
    mods: dict[str, Path] = {}
    for path in sorted((root / "workbench").rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        mods[".".join(parts)] = path
    return mods


def _imported_names(path: Path, module: str, mods: dict[str, Path]) -> Iterator[str]:
    """Every dotted name ``path`` imports, anywhere in the file, relative imports resolved.

    ``from package import submodule`` names the submodule; ``from module import thing`` the module.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in mods else base


def _owner(name: str, mods: dict[str, Path]) -> str | None:
    """The module of ours that ``name`` refers to (itself or its longest known prefix), if any."""
    while name:
        if name in mods:
            return name
        name = name.rpartition(".")[0]
    return None


def _area(module: str) -> str:
    """``workbench.casework.dto.caseload`` → ``casework``; ``workbench.config`` → ``config``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _may_import(importer: str, imported: str) -> bool:
    a, b = _area(importer), _area(imported)
    if a == b or a in ENTRY_POINTS:
        return True
    if b in ENTRY_POINTS:
        return False
    if a in FOUNDATION:
        return b in FOUNDATION or b == "domain"
    if b in FOUNDATION:
        return a != "domain"
    return b in ALLOWED.get(a, frozenset())


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(edges[succ]))))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def check_tree(root: Path) -> Report:
    """Check every module under ``root/workbench`` against the arrows, for cycles, and for Qt."""
    mods = _module_names(root)
    report = Report(modules=len(mods))
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for module, path in mods.items():
        for name in _imported_names(path, module, mods):
            top = name.partition(".")[0]
            if top in QT_PACKAGES and _area(module) != QT_LAYER:
                report.qt_outside_gui.append(f"{module} imports {top}")
            target = _owner(name, mods) if top == "workbench" else None
            if target is None or target == module:
                continue
            edges[module].add(target)
    for module, targets in sorted(edges.items()):
        for target in sorted(targets):
            if not _may_import(module, target):
                report.against_arrows.append(f"{module} -> {target}")
    report.qt_outside_gui = sorted(set(report.qt_outside_gui))
    report.cycles = _cycles(edges)
    return report


# -- the checker on fake trees ------------------------------------------------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in {"workbench/__init__.py": "", **files}.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(tmp_path).parents:
            init = tmp_path / parent / "__init__.py"
            if parent != Path(".") and not init.exists():
                init.write_text("", encoding="utf-8")
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_a_clean_fake_tree_passes(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "workbench/domain/rules.py": "import math\n",
            "workbench/store/rows.py": "from workbench.domain.rules import math\n",
            "workbench/casework/service.py": "from workbench.store import rows\nfrom . import helper\n",
            "workbench/casework/helper.py": "from ..domain import rules\n",
            "workbench/gui/window.py": (
                "from PySide6.QtWidgets import QWidget\nimport workbench.casework.service\n"
            ),
            "workbench/app.py": "import workbench.gui.window\n",
        },
    )
    report = check_tree(root)
    assert report.modules == 11  # the six files, the root and four package __init__ files
    assert (report.against_arrows, report.cycles, report.qt_outside_gui) == ([], [], [])


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"workbench/domain/rules.py": "from workbench.store import rows\n"}, "workbench.domain.rules -> "),
        (
            {"workbench/security/auth.py": "from workbench.casework.dto import CurrentUser\n"},
            "workbench.security.auth -> workbench.casework",
        ),
        (  # a relative import resolved to what it names
            {"workbench/central/apply.py": "from ..sync import client\n"},
            "workbench.central.apply -> workbench.sync",
        ),
        (  # inside a function
            {"workbench/store/engine.py": "def f():\n    from workbench.sync.state import x\n"},
            "workbench.store.engine -> workbench.sync",
        ),
        (  # under TYPE_CHECKING
            {
                "workbench/protocol/m.py": (
                    "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import workbench.store.models\n"
                )
            },
            "workbench.protocol.m -> workbench.store",
        ),
        ({"workbench/domain/d.py": "import workbench.config\n"}, "workbench.domain.d -> workbench.config"),
        ({"workbench/sync/s.py": "from workbench import app\n"}, "workbench.sync.s -> workbench.app"),
    ],
)
def test_an_import_against_the_arrows_is_found(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    files = {
        "workbench/store/rows.py": "",
        "workbench/store/engine.py": "",
        "workbench/store/models.py": "",
        "workbench/sync/state.py": "",
        "workbench/sync/client.py": "",
        "workbench/casework/dto.py": "",
        "workbench/app.py": "",
        "workbench/config.py": "",
        **files,
    }
    report = check_tree(_tree(tmp_path, files))
    assert len(report.against_arrows) == 1
    assert report.against_arrows[0].startswith(expected)


def test_a_cycle_is_found_even_through_a_deferred_or_type_only_import(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "workbench/sync/state.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n"
                "    from workbench.sync.apply import E\n"
            ),
            "workbench/sync/apply.py": "from workbench.sync.state import S\n",
            "workbench/sync/a.py": "def f():\n    from workbench.sync import b\n",
            "workbench/sync/b.py": "from workbench.sync.c import x\n",
            "workbench/sync/c.py": "from . import a\n",
            "workbench/sync/d.py": "from workbench.sync import a\n",  # into a cycle, not part of one
        },
    )
    assert check_tree(root).cycles == [
        ["workbench.sync.a", "workbench.sync.b", "workbench.sync.c"],
        ["workbench.sync.apply", "workbench.sync.state"],
    ]


def test_qt_outside_gui_is_found(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "workbench/casework/c.py": "def f():\n    from PySide6.QtCore import QObject\n",
            "workbench/app.py": "import shiboken6\n",
            "workbench/gui/w.py": "import PySide6.QtWidgets\n",
        },
    )
    assert check_tree(root).qt_outside_gui == [
        "workbench.app imports shiboken6",
        "workbench.casework.c imports PySide6",
    ]


# -- the real tree ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> Report:
    return check_tree(SRC)


def test_the_checker_reads_the_real_tree(report: Report) -> None:
    assert report.modules > 100
    # Every layer the arrows name is there (``reports/`` is planned but not written yet).
    assert {_area(m) for m in _module_names(SRC)} >= set(ALLOWED) - {"reports"}


def test_imports_follow_the_arrows(report: Report) -> None:
    assert report.against_arrows == []


def test_no_import_cycles(report: Report) -> None:
    assert report.cycles == []


def test_only_gui_imports_qt(report: Report) -> None:
    assert report.qt_outside_gui == []


def test_the_qt_free_core_really_loads_without_qt() -> None:
    """Importing the composition root and the services pulls in no Qt (checked in a fresh interpreter)."""
    import subprocess

    code = (
        "import sys, workbench.app, workbench.casework.services, workbench.central.app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
