"""A throwaway PostgreSQL cluster for the tests and the benchmarks (issue 11 point 5).

One place starts it for both (``tests/integration/central/conftest.py``, ``benchmarks/bench_sync.py``):
``initdb`` and ``pg_ctl`` from /usr/lib/postgresql/*/bin (newest first) or PATH, a fresh data directory
under the system temp folder, listening on 127.0.0.1 only at a free port, trust authentication (it is
reachable from this machine only and lives as long as the run). Run as root, it runs as the
``postgres`` system user, as PostgreSQL requires. Never used by the application itself.
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
from collections.abc import Mapping
from pathlib import Path

import psycopg

FAST: Mapping[str, str] = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
"""Settings for tests: nothing is kept after the run, so nothing needs to reach the disk."""
DURABLE: Mapping[str, str] = {
    "shared_buffers": "512MB",
    "max_wal_size": "4GB",
    "checkpoint_timeout": "30min",
}
"""Settings for benchmarks: durable like production (fsync on), sized so checkpoints do not dominate."""


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot be started here; the message says why and how to install it."""


def pg_bindir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl`` (the newest installed version), or None."""
    candidates = []
    for found in glob.glob("/usr/lib/postgresql/*/bin"):
        try:
            candidates.append((int(Path(found).parent.name), Path(found)))
        except ValueError:
            continue
    for _, d in sorted(candidates, reverse=True):
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb and shutil.which("pg_ctl") else None


def free_port() -> int:
    """A TCP port free on 127.0.0.1 just now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """A running throwaway cluster; ``stop()`` stops it and deletes its files."""

    def __init__(self, bindir: Path, root: Path, port: int, prefix: list[str]) -> None:
        self.bindir, self.root, self.port, self.prefix = bindir, root, port, prefix
        self.data = root / "data"
        self.version = bindir.parent.name

    def admin_url(self, db: str = "postgres") -> str:
        """A libpq URL for the superuser on database ``db``."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def new_database(self, name: str | None = None) -> str:
        """Create a database (a fresh random name if none given); its SQLAlchemy URL."""
        name = name or f"central_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def postmaster_pid(self) -> int:
        """The process id of the postmaster."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``pg_ctl -D <data> args...`` as the cluster's user."""
        return subprocess.run(
            [*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
            capture_output=True,
            text=True,
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the cluster (``fast`` or ``immediate``) and delete its files."""
        self.pg_ctl("-m", mode, "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(
    settings: Mapping[str, str] = FAST,
    *,
    label: str = "central",
    max_connections: int = 300,
    sync_init: bool = False,
) -> PgCluster:
    """Create and start a cluster with ``settings`` (``FAST`` or ``DURABLE``, plus any extra).

    Raises ``PostgresUnavailable`` if the binaries are missing or it does not start.
    """
    bindir = pg_bindir()
    if bindir is None:
        raise PostgresUnavailable(
            "initdb/pg_ctl were not found under /usr/lib/postgresql/*/bin or on PATH; "
            "install PostgreSQL: apt-get install -y postgresql"
        )
    root = Path(tempfile.mkdtemp(prefix=f"wb-{label}-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            pg_user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            raise PostgresUnavailable(
                "running as root and there is no 'postgres' user to run the cluster as"
            ) from None
        os.chown(root, pg_user.pw_uid, pg_user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    cluster = PgCluster(bindir, root, free_port(), prefix)
    sockets, logfile = root / "sock", root / "server.log"
    subprocess.run([*prefix, "mkdir", "-p", str(sockets)], check=True)
    initdb = [str(bindir / "initdb"), "-D", str(cluster.data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]
    initdb += ["--locale=C"] + ([] if sync_init else ["--no-sync"])
    made = subprocess.run([*prefix, *initdb], capture_output=True, text=True)
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"initdb failed: {made.stderr.strip()}")
    options = [f"-p {cluster.port}", f"-k {sockets}", "-c listen_addresses=127.0.0.1"]
    options += [f"-c max_connections={max_connections}"]
    options += [f"-c {name}={value}" for name, value in settings.items()]
    started = cluster.pg_ctl("-o", " ".join(options), "-l", str(logfile), "-w", "-t", "60", "start")
    if started.returncode != 0:
        log = logfile.read_text() if logfile.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL did not start: {started.stderr}\n{log}")
    return cluster
