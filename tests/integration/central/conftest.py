"""Fixtures for the central record's integration tests: a real service over real HTTP on loopback.

- ``pg_cluster`` (session): a throwaway PostgreSQL cluster (``workbench.central.pgtest``, shared with
  the benchmarks), stopped with ``-m immediate`` at the end. Without the binaries the PostgreSQL tests
  skip, or FAIL when ``WORKBENCH_REQUIRE_POSTGRES=1`` (CI sets it).
- ``central`` (parametrised sqlite / postgresql): a fresh database, the service in a uvicorn thread,
  establishments MDI and LEI, terminals and users, and ``Terminal`` clients speaking httpx.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_harness import Central, Terminal

from workbench.central import enrol
from workbench.central.app import create_app
from workbench.central.db import Database
from workbench.central.embedded import serve_in_thread
from workbench.central.pgtest import FAST, PgCluster, PostgresUnavailable, start_cluster

REQUIRE_PG = os.environ.get("WORKBENCH_REQUIRE_POSTGRES") == "1"


def _unavailable(reason: str) -> None:
    if REQUIRE_PG:
        pytest.fail(f"PostgreSQL is required (WORKBENCH_REQUIRE_POSTGRES=1) but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        cluster = start_cluster(FAST, label="central")
    except PostgresUnavailable as exc:
        _unavailable(str(exc))
        raise
    try:
        yield cluster
    finally:
        cluster.stop("immediate")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    backend = request.param
    if backend == "postgresql":
        url = request.getfixturevalue("pg_cluster").new_database()
    else:
        url = f"sqlite:///{tmp_path / 'central.db'}"
    maintenance = [False]
    app = create_app(url, maintenance=lambda: maintenance[0])
    db: Database = app.state.db
    running = serve_in_thread(app)
    enrol.add_establishment(db, "MDI", "HMP Moorland")
    enrol.add_establishment(db, "LEI", "HMP Leeds")
    users = {
        "os_mdi": enrol.add_user(db, "os.mdi", "SUPERVISOR", "MDI"),
        "os2_mdi": enrol.add_user(db, "os2.mdi", "SUPERVISOR", "MDI"),
        "mgr_mdi": enrol.add_user(db, "mgr.mdi", "MANAGER", "MDI"),
        "contrib_mdi": enrol.add_user(db, "edu.mdi", "CONTRIBUTOR", "MDI"),
        "os_lei": enrol.add_user(db, "os.lei", "SUPERVISOR", "LEI"),
    }
    stub = Terminal("", "", "", httpx.Client())
    c = Central(backend, url, running, db, maintenance, stub, stub, stub, users)
    stub.client.close()
    c.mdi = c.terminal("MDI", "Wing A terminal")
    c.mdi2 = c.terminal("MDI", "Wing B terminal")
    c.lei = c.terminal("LEI", "Leeds OMU terminal")
    try:
        yield c
    finally:
        for client in c.clients:
            client.close()
        running.stop()
        db.close()
