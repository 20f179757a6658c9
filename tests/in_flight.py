"""Counting the requests a scripted central record is answering at once (the sync pipelines' tests)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class InFlight:
    """Requests being answered now; ``most`` is the most there ever were at once."""

    def __init__(self) -> None:
        self._now = 0
        self.most = 0
        self._lock = threading.Lock()

    @contextmanager
    def request(self) -> Iterator[None]:
        """Count one request for as long as it is being answered."""
        with self._lock:
            self._now += 1
            self.most = max(self.most, self._now)
        try:
            yield
        finally:
            with self._lock:
                self._now -= 1
