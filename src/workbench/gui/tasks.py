"""Long work off the GUI thread (STYLE.md point 5): the one place that starts background work.

``TaskRunner.run(fn, on_done=..., on_error=...)`` calls ``fn(progress)`` on a ``QThreadPool`` thread.
``progress(done, total)`` may be called from the worker; it returns False once the user has
cancelled. Results, errors and progress arrive on the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("workbench.gui.tasks")

Progress = Callable[[int, int], bool]


class TaskHandle(QObject):
    """One running task: its signals, and a way to ask it to stop."""

    progressed = Signal(int, int)
    """Work done so far and total, from the worker."""
    succeeded = Signal(object)
    """The task's return value."""
    failed = Signal(object, str)
    """The exception and its formatted traceback."""
    finished = Signal()
    """Emitted after succeeded or failed."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the worker to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:  # Qt override, runs on the pool thread
        handle = self._handle

        def progress(done: int, total: int) -> bool:
            handle.progressed.emit(done, total)
            return not handle.cancelled

        try:
            result = self._fn(progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides how to show it
            handle.failed.emit(exc, traceback.format_exc())
        else:
            handle.succeeded.emit(result)
        finally:
            handle.finished.emit()


class TaskRunner(QObject):
    """Runs callables on a thread pool and keeps their handles alive until they finish."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[TaskHandle] = set()

    def run(
        self,
        name: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
    ) -> TaskHandle:
        """Start ``fn`` in the background; callbacks run on the GUI thread."""
        handle = TaskHandle(name)
        handle.moveToThread(self.thread())
        if on_done is not None:
            handle.succeeded.connect(on_done)
        if on_error is not None:
            handle.failed.connect(on_error)
        handle.finished.connect(lambda h=handle: self._on_finished(h))
        self._running.add(handle)
        log.debug("task %s started", name)
        self._pool.start(_Runnable(fn, handle))
        return handle

    @Slot()
    def _on_finished(self, handle: TaskHandle) -> None:
        self._running.discard(handle)
        log.debug("task %s finished", handle.name)

    def wait_all(self, msecs: int = 30_000) -> bool:
        """Block until every task is done (used at quit and in tests)."""
        return bool(self._pool.waitForDone(msecs))
