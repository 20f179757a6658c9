"""Fixtures for the sync integration tests: the REAL central record over real HTTP on loopback.

``central`` serves a fresh SQLite central record (the embedded default) in a uvicorn thread;
``central_pg`` the same on a throwaway PostgreSQL cluster (from tests/integration/central/conftest.py,
skipped when PostgreSQL is not installed). ``central.terminal(name)`` builds a terminal with its own
encrypted store, local users enrolled centrally under the same ids, a device token and a sync client
whose transport can inject faults.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "central"))  # the PostgreSQL cluster fixture lives there


def _central_conftest() -> ModuleType:
    spec = importlib.util.spec_from_file_location("central_conftest", HERE.parent / "central" / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pg_cluster = _central_conftest().pg_cluster  # the throwaway PostgreSQL cluster (session scope)

from sync_harness import CentralFixture  # noqa: E402

from workbench.central import enrol  # noqa: E402
from workbench.central.app import create_app  # noqa: E402
from workbench.central.embedded import serve_in_thread  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.integration)


def _start(url: str, root: Path) -> CentralFixture:
    maintenance = [False]
    app = create_app(url, maintenance=lambda: maintenance[0])
    db = app.state.db
    running = serve_in_thread(app)
    enrol.add_establishment(db, "MDI", "HMP Moorland")
    enrol.add_establishment(db, "LEI", "HMP Leeds")
    return CentralFixture(running.url, url, running, db, maintenance, root)


def _stop(c: CentralFixture) -> None:
    for term in c.terminals:
        term.client.close()
        term.store.close()
    c.running.stop()
    c.db.close()


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralFixture]:
    c = _start(f"sqlite:///{tmp_path / 'central.db'}", tmp_path)
    try:
        yield c
    finally:
        _stop(c)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def any_central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CentralFixture]:
    """The central record on SQLite and on PostgreSQL."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_cluster").new_database()
    else:
        url = f"sqlite:///{tmp_path / 'central.db'}"
    c = _start(url, tmp_path)
    try:
        yield c
    finally:
        _stop(c)
