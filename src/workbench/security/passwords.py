"""Password verifiers (argon2id), checked offline on the terminal."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from workbench.domain.errors import ValidationError

_hasher = PasswordHasher()

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
