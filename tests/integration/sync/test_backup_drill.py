"""The restore drill of deploy/backup on a throwaway PostgreSQL cluster (issue 11 point 8).

A cluster of its own (started and stopped here) archives its WAL with ``archive-wal.sh``; the central
record on it is backed up with ``base-backup.sh``; a terminal then syncs more; the cluster is lost and
restored with ``restore.sh`` to the end of the backup; ``workbench central restore-mark`` bumps the
epoch; the terminal re-pushes what the restore lost, and nothing is lost or duplicated.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sync_harness import CentralFixture, assert_nothing_lost_or_duplicated

from workbench.central import enrol
from workbench.central.app import create_app
from workbench.central.embedded import serve_in_thread
from workbench.central.pgtest import free_port, pg_bindir
from workbench.cli import main

pytestmark = [pytest.mark.integration, pytest.mark.slow]

BACKUP_SCRIPTS = Path(__file__).resolve().parents[3] / "deploy" / "backup"
REQUIRE_PG = os.environ.get("WORKBENCH_REQUIRE_POSTGRES") == "1"


class Cluster:
    """A throwaway cluster with WAL archiving on, run as ``postgres`` when the tests run as root."""

    def __init__(self, root: Path, bindir: Path, port: int) -> None:
        self.root, self.bindir, self.port = root, bindir, port
        self.prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.archive = root / "wal-archive"
        self.data: Path | None = None

    def run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        """A command as the cluster's user, with its binaries and connection in the environment."""
        env = [
            "env",
            f"PATH={self.bindir}:/usr/bin:/bin",
            "PGHOST=127.0.0.1",
            f"PGPORT={self.port}",
            "PGUSER=postgres",
        ]
        done = subprocess.run([*self.prefix, *env, *cmd], capture_output=True, text=True)
        assert done.returncode == 0, f"{cmd}: {done.stdout}\n{done.stderr}"
        return done

    def init(self, data: Path) -> None:
        self.run(str(self.bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync")
        archive = f"{BACKUP_SCRIPTS / 'archive-wal.sh'} %p %f {self.archive}"
        with (data / "postgresql.conf").open("a") as conf:  # as deploy/compose.yaml sets them
            conf.write(f"wal_level = replica\narchive_mode = on\narchive_command = '{archive}'\n")

    def start(self, data: Path) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        log = self.root / f"{data.name}.log"
        self.run(str(self.bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
        self.data = data
        for _ in range(300):  # a restored cluster recovers, then promotes: wait until it accepts writes
            with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
                row = conn.execute("SELECT pg_is_in_recovery()").fetchone()
            if row is not None and not row[0]:
                return
            time.sleep(0.2)
        pytest.fail(f"the restored cluster never left recovery:\n{log.read_text()}")

    def stop(self) -> None:
        if self.data is not None:
            subprocess.run(
                [*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"],
                capture_output=True,
            )
            self.data = None

    def url(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    # One way to find PostgreSQL for tests and benchmarks (workbench.central.pgtest).
    bindir = pg_bindir()
    if bindir is None:
        if REQUIRE_PG:
            pytest.fail("PostgreSQL is required (WORKBENCH_REQUIRE_POSTGRES=1) but initdb was not found")
        pytest.skip("PostgreSQL not available")
    root = Path(tempfile.mkdtemp(prefix="wb-backup-drill-"))
    if os.geteuid() == 0:
        pg = pwd.getpwnam("postgres")
        os.chown(root, pg.pw_uid, pg.pw_gid)
    c = Cluster(root, bindir, free_port())
    try:
        yield c
    finally:
        c.stop()
        shutil.rmtree(root, ignore_errors=True)


def _serve(url: str, root: Path, port: int = 0) -> CentralFixture:
    app = create_app(url)
    running = serve_in_thread(app, port=port)
    return CentralFixture(running.url, url, running, app.state.db, [False], root)


def test_base_backup_wal_archive_restore_and_the_terminal_re_pushes_what_the_restore_lost(
    cluster: Cluster, tmp_path: Path
) -> None:
    cluster.init(cluster.root / "data")
    cluster.start(cluster.root / "data")
    with psycopg.connect(cluster.url("postgres"), autocommit=True) as conn:
        conn.execute("CREATE DATABASE central")
    url = f"postgresql+psycopg://postgres@127.0.0.1:{cluster.port}/central"
    assert main(["central", "migrate", "--database", url]) == 0
    central = _serve(url, tmp_path)
    enrol.add_establishment(central.db, "MDI", "HMP Moorland")
    term = central.terminal("wing")
    kept = term.receive("A1111AA")
    term.sync_ok()

    # Base backup (WAL archived alongside), then work the backup does not hold, acknowledged by the server.
    backup = Path(
        cluster.run("sh", str(BACKUP_SCRIPTS / "base-backup.sh"), str(cluster.root / "base")).stdout.split()[
            -1
        ]
    )
    assert (backup / "PG_VERSION").exists() and (backup / "backup_manifest").exists()
    lost = term.receive("B2222BB")
    term.edit(kept, location="F-6-06")
    term.sync_ok()
    assert central.state("prisoner", lost) is not None
    assert all(row.status == "ACKED" for row in term.outbox())
    for _ in range(300):  # the archiver copies the backup's last segment shortly after it ends
        if cluster.archive.is_dir() and any(cluster.archive.glob("0*")):
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"archive_command archived nothing:\n{(cluster.root / 'data.log').read_text()}")

    # The cluster is lost; restore the backup into a new data directory (the old one is kept aside).
    port = central.running.port
    central.running.stop()
    central.db.close()
    cluster.stop()
    restored = cluster.root / "restored"
    cluster.run("sh", str(BACKUP_SCRIPTS / "restore.sh"), str(backup), str(restored), str(cluster.archive))
    refused = subprocess.run(
        ["sh", str(BACKUP_SCRIPTS / "restore.sh"), str(backup), str(restored), str(cluster.archive)],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2 and "not empty" in refused.stderr  # never restores over a cluster
    cluster.start(restored)
    assert main(["central", "restore-mark", "--database", url]) == 0

    central = _serve(url, tmp_path, port)  # same address: the terminal's settings do not change
    central.terminals.append(term)
    try:
        assert central.state("prisoner", lost) is None  # the restore lost it ...
        assert central.state("prisoner", kept)["location"] != "F-6-06"  # type: ignore[index]
        report = term.sync_ok()
        assert report.epoch_changed
        assert central.state("prisoner", lost) is not None  # ... and the terminal pushed it again
        assert central.state("prisoner", kept)["location"] == "F-6-06"  # type: ignore[index]
        assert_nothing_lost_or_duplicated(central, term)
    finally:
        term.client.close()
        term.store.close()
        central.running.stop()
        central.db.close()
