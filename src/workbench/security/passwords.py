"""Password verifiers (argon2id), checked offline on the terminal."""

from __future__ import annotations

import os

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from workbench.domain.errors import ValidationError

_hasher = PasswordHasher()
_DEFAULT_HASHER = _hasher

# A verifier of a random, discarded password made with the production parameters above (argon2id,
# m=64 MiB, t=3, p=4). Sign-in checks an unknown user name against it, so an unknown name costs the
# same argon2 work as a real one and the answer time does not reveal which names exist. It is a
# constant so that the first unknown name does not also pay for hashing it.
PRODUCTION_DUMMY_VERIFIER = (
    "$argon2id$v=19$m=65536,t=3,p=4$jmVcN1CNX9T6nGEXGMCMQw$2QiHctrvS7sY6xCuQznKl/fKLcgqiKu5qAGPZ2bZlHU"
)
_dummy_for: dict[int, str] = {}

MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    """An argon2id verifier for ``password``; the password itself is never stored."""
    return _hasher.hash(password)


def verify_password(verifier: str, password: str) -> bool:
    """Whether ``password`` matches ``verifier`` (False, never an exception, on mismatch)."""
    try:
        return _hasher.verify(verifier, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def dummy_verifier() -> str:
    """A verifier no password is known to match, costing what a real account's verifier costs to check.

    With the production hasher that is :data:`PRODUCTION_DUMMY_VERIFIER`; with other parameters (the
    tests' cheap hasher) one is made once with those parameters, so the cost still matches.
    """
    if _hasher is _DEFAULT_HASHER:
        return PRODUCTION_DUMMY_VERIFIER
    key = id(_hasher)
    if key not in _dummy_for:
        _dummy_for.clear()
        _dummy_for[key] = _hasher.hash(os.urandom(24).hex())
    return _dummy_for[key]


def same_cost_as_hasher(verifier: str) -> bool:
    """Whether checking ``verifier`` costs what checking one made by the current hasher costs."""
    params = extract_parameters(verifier)
    return (params.time_cost, params.memory_cost, params.parallelism) == (
        _hasher.time_cost,
        _hasher.memory_cost,
        _hasher.parallelism,
    )


def password_problems(password: str, *, username: str = "") -> list[ValidationError]:
    """Why a new password is not acceptable (empty list when it is)."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            ValidationError(
                f"Use at least {MIN_PASSWORD_LENGTH} characters for the password.", field="password"
            )
        )
    if username and username.lower() in password.lower():
        problems.append(ValidationError("The password must not contain the user name.", field="password"))
    return problems
