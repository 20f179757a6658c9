"""``workbench central serve [--workers N]``: the central record as one or several worker processes.

Several workers are safe because nothing is kept in a process between requests: sequence numbers
come from the counter row locked in the database until commit, idempotency is by change id in the
database. Each worker is a uvicorn worker process that calls ``app_from_environment``; the parent
checks the schema first and the workers check it again, and none of them migrates (that is
``workbench central migrate``, run once). With more than one worker the Prometheus metrics run in
multi-process mode (``PROMETHEUS_MULTIPROC_DIR``, emptied before the workers start), so any worker's
``/metrics`` answers for all of them.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import shutil
import tempfile
from pathlib import Path

from fastapi import FastAPI

from workbench.central.ops import MULTIPROC_ENV, log_config, require_head
from workbench.domain.errors import StorageError

log = logging.getLogger("workbench.central.workers")

DATABASE_ENV = "WORKBENCH_CENTRAL_DATABASE"
"""The environment variable naming the database for ``app_from_environment`` (set by ``serve``)."""
FACTORY = f"{__name__}:app_from_environment"


def app_from_environment() -> FastAPI:
    """The app factory each worker process runs: the database in ``WORKBENCH_CENTRAL_DATABASE``, at head."""
    from prometheus_client import multiprocess

    from workbench.central.app import create_app

    url = os.environ.get(DATABASE_ENV)
    if not url:
        raise StorageError(f"{DATABASE_ENV} is not set: start the service with `workbench central serve`.")
    require_head(url)  # before create_app, whose open_database would otherwise migrate
    if os.environ.get(MULTIPROC_ENV):
        atexit.register(multiprocess.mark_process_dead, os.getpid())
    app = create_app(url)
    settle_worker_heap()
    log.info("worker started", extra={"event": "worker_started"})
    return app


def settle_worker_heap() -> None:
    """Keep the garbage collector off what a worker holds for its whole life (once the app is built).

    A push of 500 changes keeps its objects across many young collections, so full collections come
    often, and each walked the whole start-up heap (the app, its models, SQLAlchemy's and pydantic's
    compiled schemas): 0.6 s of the 5 CPU-s a first sync of 24,000 changes costs the central record.
    ``gc.freeze`` moves that heap out of the collector's sight; a request's objects are collected as
    before.
    """
    gc.collect()
    gc.freeze()


def prepare_metrics_dir(path: Path) -> None:
    """Create (0700) or empty the multi-process metrics directory before any worker starts."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        stale.unlink()


def serve(
    url: str,
    *,
    host: str,
    port: int,
    workers: int,
    json_logs: bool,
    forwarded_allow_ips: str | None = None,
) -> None:
    """Run the service until interrupted; refuse (``StorageError``) a database not at head."""
    import uvicorn

    if workers < 1:
        raise StorageError("--workers must be at least 1.")
    require_head(url)
    os.environ[DATABASE_ENV] = url
    made_dir: Path | None = None
    if os.environ.get(MULTIPROC_ENV):  # set by the container's environment, before any import
        prepare_metrics_dir(Path(os.environ[MULTIPROC_ENV]))
    elif workers > 1:
        made_dir = Path(tempfile.mkdtemp(prefix="wb-central-metrics-"))
        # Set before the workers are spawned (each imports prometheus-client afresh and picks its
        # file-backed value store then); this process serves no requests, so its own import is moot.
        os.environ[MULTIPROC_ENV] = str(made_dir)
    try:
        uvicorn.run(
            FACTORY,
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_config=log_config(json_logs=json_logs),
            access_log=False,
            proxy_headers=forwarded_allow_ips is not None,
            forwarded_allow_ips=forwarded_allow_ips,
            timeout_graceful_shutdown=20,
            timeout_worker_healthcheck=60,  # a worker imports for seconds on a busy machine
        )
    finally:
        if made_dir is not None:
            shutil.rmtree(made_dir, ignore_errors=True)
