"""Restart time of the embedded central record (speed measured here, never asserted in tests).

    .venv/bin/python benchmarks/bench_embedded_start.py [--runs 5]

The demo profile starts the embedded central record (SQLite, uvicorn in a thread on loopback) at every
launch, so its restart on an existing, migrated database is on the user's path. Measured on this
machine in one run: the median wall time of ``start_embedded(path)`` until it answers
``GET /sync/v1/info``, against a baseline from the same run — a bare uvicorn serving an empty FastAPI
app in a thread the same way. Nothing is asserted (DESIGN.md section 8); the figures go to
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

from workbench.central.embedded import start_embedded
from workbench.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION


def _bare_start() -> float:
    """Seconds for a bare uvicorn + empty FastAPI app in a thread to answer one request."""
    began = time.perf_counter()
    app = FastAPI()

    @app.get("/info")
    def info() -> dict[str, str]:
        return {"ok": "yes"}

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/info", timeout=2).raise_for_status()
            break
        except httpx.TransportError:
            time.sleep(0.005)
    elapsed = time.perf_counter() - began
    server.should_exit = True
    thread.join(10)
    sock.close()
    return elapsed


def _embedded_start(path: Path) -> float:
    """Seconds for ``start_embedded`` on a migrated database to answer ``/sync/v1/info``."""
    began = time.perf_counter()
    server = start_embedded(path)
    try:
        response = httpx.get(f"{server.url}/sync/v1/info", headers={PROTOCOL_HEADER: PROTOCOL_VERSION})
        response.raise_for_status()
        return time.perf_counter() - began
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "central.db"
        start_embedded(path).stop()  # create and migrate once, as an existing demo profile has
        bare = [_bare_start() for _ in range(args.runs)]
        embedded = [_embedded_start(path) for _ in range(args.runs)]
    b, e = statistics.median(bare), statistics.median(embedded)
    print(f"bare uvicorn + FastAPI:      median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"embedded central record:     median {e * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio embedded / bare:       {e / b:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
