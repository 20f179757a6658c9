"""The failed-token limiter: a sliding window per address, bounded memory (issue 11 point 1)."""

from __future__ import annotations

import pytest

from workbench.central.ratelimit import FailedAuthLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_eleventh_failure_in_the_window_is_limited_until_the_oldest_ages_out() -> None:
    clock = Clock()
    limiter = FailedAuthLimiter(limit=10, window_s=60, clock=clock)
    for _ in range(10):
        assert limiter.failed("10.0.0.1") is None
        clock.now += 1
    assert limiter.failed("10.0.0.1") == 50  # the first failure (t=1000) leaves the window at t=1060
    assert limiter.failed("10.0.0.2") is None  # another address has its own allowance
    clock.now = 1060.5
    assert limiter.failed("10.0.0.1") is None  # one slot free again
    assert limiter.failed("10.0.0.1") is not None


def test_refused_attempts_do_not_extend_the_wait() -> None:
    clock = Clock()
    limiter = FailedAuthLimiter(limit=2, window_s=60, clock=clock)
    limiter.failed("a")
    limiter.failed("a")
    for _ in range(100):
        assert limiter.failed("a") == 60
    clock.now += 60
    assert limiter.failed("a") is None


def test_memory_stays_bounded_forgetting_the_least_recent_address() -> None:
    clock = Clock()
    limiter = FailedAuthLimiter(limit=1, window_s=60, max_addresses=3, clock=clock)
    limiter.failed("a")
    for address in ("b", "c", "d"):
        limiter.failed(address)
    assert limiter.tracked() == 3
    assert limiter.failed("a") is None  # forgotten, so it starts again
    assert limiter.failed("d") is not None


@pytest.mark.parametrize("kwargs", [{"limit": 0}, {"window_s": 0}, {"max_addresses": 0}])
def test_nonsense_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="positive"):
        FailedAuthLimiter(**kwargs)  # type: ignore[arg-type]
