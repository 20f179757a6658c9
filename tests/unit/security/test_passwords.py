"""Password verifiers (argon2id) checked offline, and the rules for a new password."""

from __future__ import annotations

import argon2
import pytest

from workbench.security.passwords import (
    MIN_PASSWORD_LENGTH,
    hash_password,
    password_problems,
    verify_password,
)


@pytest.mark.real_password_hashing
def test_the_verifier_is_argon2id_with_production_cost() -> None:
    verifier = hash_password("correct horse battery")
    params = argon2.extract_parameters(verifier)
    assert params.type is argon2.Type.ID
    # At least the OWASP minimum for argon2id (19 MiB, 2 iterations): a stolen verifier is costly to attack.
    assert params.memory_cost >= 19 * 1024 and params.time_cost >= 2
    assert "correct horse battery" not in verifier


def test_each_verifier_is_salted() -> None:
    assert hash_password("correct horse battery") != hash_password("correct horse battery")


@pytest.mark.parametrize(
    ("attempt", "expected"),
    [
        ("correct horse battery", True),
        ("Correct horse battery", False),
        ("correct horse battery ", False),
        ("", False),
    ],
)
def test_verify(attempt: str, expected: bool) -> None:
    assert verify_password(hash_password("correct horse battery"), attempt) is expected


@pytest.mark.parametrize("verifier", ["", "not a hash", "$argon2id$v=19$m=8,t=1,p=1$broken"])
def test_a_damaged_verifier_never_raises(verifier: str) -> None:
    assert verify_password(verifier, "correct horse battery") is False


@pytest.mark.parametrize(
    ("password", "username", "messages"),
    [
        ("x" * MIN_PASSWORD_LENGTH, "", []),
        ("correct horse battery", "os.one", []),
        ("x" * (MIN_PASSWORD_LENGTH - 1), "", ["Use at least 10 characters for the password."]),
        ("", "", ["Use at least 10 characters for the password."]),
        ("my OS.ONE password", "os.one", ["The password must not contain the user name."]),
        (
            "os.one",
            "os.one",
            ["Use at least 10 characters for the password.", "The password must not contain the user name."],
        ),
    ],
)
def test_password_rules(password: str, username: str, messages: list[str]) -> None:
    problems = password_problems(password, username=username)
    assert [p.message for p in problems] == messages
    assert all(p.field == "password" for p in problems)
