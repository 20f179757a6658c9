"""Running the central record in a background thread on loopback (the demo profile, and tests).

``start_embedded(path)`` serves a SQLite central record on 127.0.0.1 at a free port; ``stop()``
asks uvicorn to exit and waits for the thread.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from workbench.central.app import create_app
from workbench.central.db import Database, sqlite_url
from workbench.domain.errors import StorageError

START_TIMEOUT_S = 10.0


@dataclass
class RunningServer:
    """An ASGI app served by uvicorn in a daemon thread."""

    app: FastAPI
    server: uvicorn.Server
    thread: threading.Thread
    sock: socket.socket
    host: str
    port: int

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:54321``."""
        return f"http://{self.host}:{self.port}"

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit, wait for the thread, and release the socket."""
        self.server.should_exit = True
        self.thread.join(timeout)
        self.sock.close()


def serve_in_thread(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
    """Serve ``app`` in a background thread; return once it accepts connections."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=5
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="central-record", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise StorageError("The embedded central record did not start.")
        time.sleep(0.005)
    return RunningServer(app, server, thread, sock, host, sock.getsockname()[1])


@dataclass
class EmbeddedServer:
    """The central record on SQLite, served on loopback in this process."""

    database_url: str
    running: RunningServer
    database: Database = field(repr=False)

    @property
    def url(self) -> str:
        """The base URL terminals sync with."""
        return self.running.url

    @property
    def port(self) -> int:
        """The port it listens on (127.0.0.1)."""
        return self.running.port

    def stop(self) -> None:
        """Stop serving and close the database."""
        self.running.stop()
        self.database.close()

    def __enter__(self) -> EmbeddedServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def start_embedded(database_path: Path | str, *, port: int = 0) -> EmbeddedServer:
    """Start the central record on the SQLite file ``database_path`` (created if needed) at 127.0.0.1."""
    url = sqlite_url(database_path)
    app = create_app(url)
    running = serve_in_thread(app, "127.0.0.1", port)
    db: Database = app.state.db
    return EmbeddedServer(database_url=url, running=running, database=db)
