"""The sign-in wait schedule of issue 7 point 18 (policy.toml [security])."""

from __future__ import annotations

import pytest

from workbench.domain.errors import ValidationErrors
from workbench.domain.policy import Policy


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [
        (0, 0),
        (1, 0),
        (3, 0),  # the free attempts: typos cost nothing
        (4, 30),
        (5, 60),
        (6, 120),
        (7, 240),
        (8, 480),
        (9, 960),
        (10, 1800),  # the lockout
        (11, 1800),
        (500, 1800),
    ],
)
def test_the_wait_grows_then_locks(failures: int, seconds: int) -> None:
    assert Policy().sign_in_wait_seconds(failures) == seconds


def test_a_growing_wait_never_exceeds_the_lockout() -> None:
    policy = Policy(sign_in_delay_seconds=600, sign_in_lockout_minutes=15, sign_in_lockout_failures=50)
    assert [policy.sign_in_wait_seconds(n) for n in (4, 5, 6, 49, 50)] == [600, 900, 900, 900, 900]


def test_without_free_attempts_the_first_failure_waits() -> None:
    assert Policy(sign_in_free_attempts=0).sign_in_wait_seconds(1) == 30


@pytest.mark.parametrize("name", ["sign_in_lockout_failures", "lock_screen_attempts"])
def test_counts_that_would_lock_everyone_are_refused(name: str) -> None:
    with pytest.raises(ValidationErrors) as caught:
        Policy.from_mapping({"security": {name: 0}})
    [error] = caught.value.errors
    assert error.field == f"security.{name}"
    assert error.message == f"policy.toml: security.{name} must be at least 1 (0 would lock every account)"
