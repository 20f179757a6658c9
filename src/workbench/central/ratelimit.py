"""Failed-token rate limiting per client address (issue 11 point 1).

A client that keeps sending unknown tokens gets ``429 Too Many Requests`` with ``Retry-After`` once it
has failed ``limit`` times within ``window_s`` seconds. Memory stays bounded whatever arrives: at most
``max_addresses`` addresses are remembered (least recently failing forgotten first), each with at most
``limit`` failure times.

A request carrying a GOOD token is always served, even from an address that is being limited: the wing
terminals of one prison commonly share one address (NAT, or the reverse proxy in front of the workers),
and one stale terminal must not lock out the others. A token is 256 random bits, so refusing a good
token would add nothing against guessing; what the limit bounds is the noise and the work spent on
floods of bad tokens (the body of such a request is never read, let alone stored).

The state is per process: with N workers an address gets at most N × ``limit`` answers before 429.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

from workbench.protocol.messages import Problem

DEFAULT_LIMIT = 10
DEFAULT_WINDOW_S = 60.0
DEFAULT_MAX_ADDRESSES = 4096


class FailedAuthLimiter:
    """Counts failed authentications per address in a sliding window; thread-safe."""

    def __init__(
        self,
        limit: int = DEFAULT_LIMIT,
        window_s: float = DEFAULT_WINDOW_S,
        max_addresses: int = DEFAULT_MAX_ADDRESSES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1 or window_s <= 0 or max_addresses < 1:
            raise ValueError("limit, window_s and max_addresses must be positive")
        self.limit = limit
        self.window_s = window_s
        self.max_addresses = max_addresses
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def failed(self, address: str) -> int | None:
        """Record a failed authentication from ``address``.

        Returns None while the address is within its allowance (answer 401), or the whole seconds to
        wait (answer 429 with ``Retry-After``) once it has already failed ``limit`` times in the window.
        A refused attempt is not counted, so the wait never grows while a client keeps trying.
        """
        now = self._clock()
        with self._lock:
            times = self._failures.get(address)
            if times is None:
                times = deque(maxlen=self.limit)
                self._failures[address] = times
                while len(self._failures) > self.max_addresses:
                    self._failures.popitem(last=False)
            else:
                self._failures.move_to_end(address)
            while times and times[0] <= now - self.window_s:
                times.popleft()
            if len(times) >= self.limit:
                return max(1, math.ceil(times[0] + self.window_s - now))
            times.append(now)
            return None

    def tracked(self) -> int:
        """How many addresses are remembered (bounded by ``max_addresses``)."""
        with self._lock:
            return len(self._failures)


class TooManyFailures(Exception):
    """Too many failed tokens from one client address: a 429 problem with ``Retry-After``."""

    def __init__(self, p: Problem, retry_after: int) -> None:
        super().__init__(p.detail)
        self.problem = p
        self.retry_after = retry_after
