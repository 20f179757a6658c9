"""Operating the central record: health, readiness, Prometheus metrics, JSON logs and worker start-up.

``install(app)`` (one line in ``create_app``) adds

- ``GET /healthz``  the process is up (no database access: a load balancer may call it every second);
- ``GET /readyz``   the database answers and its schema is at the head this code knows, else 503;
- ``GET /metrics``  Prometheus text: requests, latency, changes by result, quarantined changes, feed
  lag, how long pushes held the sequence counter lock, and the last sequence number. With several
  worker processes ``PROMETHEUS_MULTIPROC_DIR`` is set (``workbench central serve --workers N`` does
  it) and every scrape adds up all workers' figures;

and an outermost ASGI middleware that times every request and writes one access-log line with the
route *template* (never a prisoner id from the path, never the query string or a body), so the JSON
logs carry no personal data (DESIGN.md section 6).

``require_head`` is how a worker refuses a database whose schema is not at head (``central/workers.py``):
migrations are run once, by ``workbench central migrate``, never by the workers.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client import multiprocess as prom_multiprocess
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workbench.central.db import VERSION_TABLE, Database, head_revision
from workbench.central.models import Quarantine, SeqCounter
from workbench.domain.errors import StorageError

log = logging.getLogger("workbench.central.ops")
access_log = logging.getLogger("workbench.central.access")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
"""prometheus-client's multi-process directory: shared by every worker, wiped before they start."""
HEAD_CACHE_S = 1.0
"""How stale the last sequence number used for the feed lag may be (one cheap read per second)."""

_KNOWN_ROUTES = (
    "/sync/v1/info",
    "/sync/v1/push",
    "/sync/v1/changes",
    "/sync/v1/grants",
    "/healthz",
    "/readyz",
    "/metrics",
    "/openapi.json",
)
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
_LAG_BUCKETS = (0, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000)

# One private registry per process: the metrics are created once however many apps a process builds
# (the tests build many). In multi-process mode their values live in files under MULTIPROC_ENV and a
# scrape reads those instead (registering them with the scrape registry would count them twice).
_REGISTRY = CollectorRegistry(auto_describe=True)
REQUESTS = Counter(
    "workbench_central_requests",
    "HTTP requests answered, by method, route template and status",
    ["method", "route", "status"],
    registry=_REGISTRY,
)
LATENCY = Histogram(
    "workbench_central_request_seconds",
    "Time to answer a request, by method and route template",
    ["method", "route"],
    buckets=_LATENCY_BUCKETS,
    registry=_REGISTRY,
)
CHANGES = Counter(
    "workbench_central_changes",
    "Pushed changes answered, by result (APPLIED, DUPLICATE, CONFLICT, REJECTED)",
    ["result"],
    registry=_REGISTRY,
)
LOCK_HOLD = Histogram(
    "workbench_central_counter_lock_seconds",
    "How long a push held the sequence counter lock (from taking it to commit): the serial section "
    "every push waits for, so its sum over time is the share of the write capacity in use",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    registry=_REGISTRY,
)
FEED_LAG = Histogram(
    "workbench_central_feed_lag_changes",
    "At each pull: how many sequence numbers the terminal's cursor was behind the last one allocated",
    buckets=_LAG_BUCKETS,
    registry=_REGISTRY,
)


def route_template(scope: Scope) -> str:
    """The route a request matched, as a template (``/sync/v1/snapshot/{prisoner_id}``), or ``other``.

    Used for metric labels and access logs: a bounded set of values, and no identifiers from paths.
    """
    route = scope.get("route")
    template = getattr(route, "path", None)
    if isinstance(template, str):
        return template
    path = str(scope.get("path", ""))
    if path in _KNOWN_ROUTES:
        return path
    if path.startswith("/sync/v1/snapshot/"):
        return "/sync/v1/snapshot/{prisoner_id}"
    return "other"


class _HeadReader:
    """The last allocated sequence number, read at most once per ``HEAD_CACHE_S`` (for the feed lag)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._value = 0
        self._read_at = float("-inf")

    def get(self) -> int:
        now = time.monotonic()
        with self._lock:
            if now - self._read_at < HEAD_CACHE_S:
                return self._value
            self._read_at = now
        try:
            with self._db.reader.connect() as conn:
                value = int(conn.execute(select(SeqCounter.value).where(SeqCounter.id == 1)).scalar_one())
        except SQLAlchemyError:
            return self._value
        with self._lock:
            self._value = value
        return value


class _Observe:
    """Pure ASGI middleware: count and time each request, log one line per request."""

    def __init__(self, app: ASGIApp, heads: _HeadReader) -> None:
        self.app = app
        self.heads = heads

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def observed_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, observed_send)
        finally:
            elapsed = time.perf_counter() - started
            method = str(scope.get("method", ""))
            route = route_template(scope)
            REQUESTS.labels(method, route, str(status)).inc()
            LATENCY.labels(method, route).observe(elapsed)
            if route == "/sync/v1/changes" and status == 200:
                after = _after_of(scope)
                if after is not None:
                    # Off the event loop and not awaited: reading the head may touch the database, and
                    # neither this request nor the next on its connection should wait for it.
                    asyncio.get_running_loop().run_in_executor(None, _observe_lag, after, self.heads)
            access_log.info(
                "request",
                extra={
                    "event": "request",
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )


def count_results(counts: Mapping[str, int]) -> None:
    """A push's results by status, once they are committed (the push counts them as it applies them)."""
    for result, n in counts.items():
        CHANGES.labels(result).inc(n)


def _after_of(scope: Scope) -> int | None:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    try:
        return int(query.get("after", ["0"])[0])
    except ValueError:
        return None


def _observe_lag(after: int, heads: _HeadReader) -> None:
    try:
        FEED_LAG.observe(max(0, heads.get() - after))
    except Exception:  # a metric must never fail a worker; the figure is simply not observed
        log.debug("feed lag not observed", exc_info=True)


class _DatabaseFigures(Collector):
    """Figures read from the database at scrape time: the last sequence number and quarantined changes."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def collect(self) -> Iterator[GaugeMetricFamily]:
        try:
            with self._db.reader.connect() as conn:
                seq = int(conn.execute(select(SeqCounter.value).where(SeqCounter.id == 1)).scalar_one())
                quarantined = int(conn.execute(select(func.count()).select_from(Quarantine)).scalar_one())
        except SQLAlchemyError:
            return
        yield GaugeMetricFamily(
            "workbench_central_last_seq", "The last sequence number allocated (the feed's head)", value=seq
        )
        yield GaugeMetricFamily(
            "workbench_central_quarantined_changes",
            "Changes kept in quarantine (refused, never applied)",
            value=quarantined,
        )


def metrics_text(db: Database) -> bytes:
    """The Prometheus exposition of this process's (or, in multi-process mode, every worker's) metrics."""
    registry = CollectorRegistry(auto_describe=True)
    if os.environ.get(MULTIPROC_ENV):
        prom_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        process_part = b""
    else:
        process_part = generate_latest(_REGISTRY)
    registry.register(_DatabaseFigures(db))
    return process_part + generate_latest(registry)


def schema_revision(url: str) -> str | None:
    """The schema revision of the central record at ``url``; None when it has none (or no file yet).

    Never creates or changes anything (a SQLite file that does not exist is not created).
    Raises ``StorageError`` when the database cannot be reached.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and (not parsed.database or not Path(parsed.database).exists()):
        return None
    connect_args = {"connect_timeout": 10} if parsed.get_backend_name() == "postgresql" else {}
    engine = create_engine(url, connect_args=connect_args)
    try:
        with engine.connect() as conn:
            try:
                row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
            except SQLAlchemyError:
                return None
            return None if row is None else str(row[0])
    except SQLAlchemyError as exc:
        raise StorageError(f"The central record's database cannot be reached: {type(exc).__name__}") from exc
    finally:
        engine.dispose()


def require_head(url: str) -> str:
    """Refuse (``StorageError``) unless the schema at ``url`` is at head; return the head revision."""
    head = head_revision()
    current = schema_revision(url)
    if current != head:
        found = "no schema yet" if current is None else f"schema {current}"
        raise StorageError(
            f"The central record's database has {found}; this version needs {head}. Run "
            "`workbench central migrate --database URL` once (not from every worker), then start "
            "the service again. Nothing has been changed."
        )
    return head


def readiness(db: Database, head: str) -> tuple[bool, str]:
    """Whether the database answers and is at ``head``, and why not."""
    try:
        with db.reader.connect() as conn:
            current = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()
    except SQLAlchemyError as exc:
        return False, f"the database does not answer ({type(exc).__name__})"
    if current != head:
        return False, f"the schema is at {current}, this code needs {head}: run `workbench central migrate`"
    return True, head


def install(app: FastAPI) -> None:
    """Add /healthz, /readyz, /metrics and the observing middleware to the central record ``app``.

    Call it last in the app factory, so the middleware is outermost and sees every answer (426, 503
    and the last-resort 500 included).
    """
    db: Database = app.state.db
    head = head_revision()
    heads = _HeadReader(db)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> Response:
        return JSONResponse({"status": "ok"})

    @app.get("/readyz", include_in_schema=False)
    def readyz() -> Response:
        ready, detail = readiness(db, head)
        if ready:
            return JSONResponse({"status": "ready", "schema": detail})
        return JSONResponse(
            {"type": "about:blank", "title": "Not ready", "status": 503, "detail": detail},
            status_code=503,
            media_type="application/problem+json",
        )

    @app.get("/metrics", include_in_schema=False)
    def metrics(_request: Request) -> Response:
        return Response(metrics_text(db), media_type=CONTENT_TYPE_LATEST)

    app.add_middleware(_Observe, heads=heads)


# -- structured logs -----------------------------------------------------------------------------------

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "color_message"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the record's ``extra`` fields.

    Tracebacks are written only at DEBUG: they can quote SQL parameters, i.e. personal data
    (DESIGN.md section 6). Above DEBUG only the exception's type is kept.
    """

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                plain = isinstance(value, str | int | float | bool) or value is None
                out[key] = value if plain else str(value)
        if record.exc_info and record.exc_info[0] is not None:
            out["error"] = record.exc_info[0].__name__
            if record.levelno <= logging.DEBUG:
                out["traceback"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def log_config(*, json_logs: bool, level: str = "INFO") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for the service (uvicorn's own loggers included).

    uvicorn's access log is off: ``_Observe`` writes one line per request with the route template.
    """
    formatter: dict[str, Any] = (
        {"()": f"{__name__}.JsonFormatter"}
        if json_logs
        else {"format": "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"}
    )
    handler = {"class": "logging.StreamHandler", "formatter": "main", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "handlers": {"main": handler},
        "loggers": {
            "uvicorn": {"handlers": ["main"], "level": level, "propagate": False},
            "uvicorn.error": {"handlers": ["main"], "level": level, "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "workbench": {"handlers": ["main"], "level": level, "propagate": False},
        },
    }
