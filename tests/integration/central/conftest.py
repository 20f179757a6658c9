"""Fixtures for the central record's integration tests: a real service over real HTTP on loopback.

- ``pg_cluster`` (session): a throwaway PostgreSQL cluster (``initdb`` + ``pg_ctl`` from
  /usr/lib/postgresql/*/bin), on 127.0.0.1 at a free port, stopped with ``-m immediate`` at the end.
  As root it runs as the ``postgres`` system user. Without the binaries the PostgreSQL tests skip,
  or FAIL when ``WORKBENCH_REQUIRE_POSTGRES=1`` (CI sets it).
- ``central`` (parametrised sqlite / postgresql): a fresh database, the service in a uvicorn thread,
  establishments MDI and LEI, terminals and users, and ``Terminal`` clients speaking httpx.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest
from central_harness import Central, Terminal

from workbench.central import enrol
from workbench.central.app import create_app
from workbench.central.db import Database
from workbench.central.embedded import serve_in_thread

REQUIRE_PG = os.environ.get("WORKBENCH_REQUIRE_POSTGRES") == "1"


def _pg_bindir() -> Path | None:
    candidates = []
    for d in glob.glob("/usr/lib/postgresql/*/bin"):
        try:
            candidates.append((int(Path(d).parent.name), Path(d)))
        except ValueError:
            continue
    for _, d in sorted(candidates, reverse=True):
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgCluster:
    """A running throwaway PostgreSQL cluster."""

    port: int
    root: Path

    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        name = f"central_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


def _unavailable(reason: str) -> None:
    if REQUIRE_PG:
        pytest.fail(
            f"PostgreSQL is required (WORKBENCH_REQUIRE_POSTGRES=1) but {reason}. "
            "Install it: apt-get install -y postgresql",
            pytrace=False,
        )
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bindir = _pg_bindir()
    if bindir is None:
        _unavailable("initdb/pg_ctl were not found under /usr/lib/postgresql/*/bin or on PATH")
    assert bindir is not None
    prefix: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="wb-central-pg-"))
    if os.geteuid() == 0:
        try:
            pg_user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            _unavailable("running as root and there is no 'postgres' user to run the cluster as")
            raise
        os.chown(root, pg_user.pw_uid, pg_user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data, sockets, logfile = root / "data", root / "sock", root / "server.log"
    subprocess.run([*prefix, "mkdir", "-p", str(sockets)], check=True)
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=300"
    )
    started = subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(logfile),
            "-w",
            "-t",
            "60",
            "start",
        ],
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        log = logfile.read_text() if logfile.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {started.stderr}\n{log}", pytrace=False)
    try:
        yield PgCluster(port=port, root=root)
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


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
