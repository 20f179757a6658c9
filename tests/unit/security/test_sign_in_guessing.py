"""Sign-in resists guessing (issue 7 point 18): waits, lockout, unknown names, the lock screen, audit."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.users import UserService
from workbench.domain.errors import AuthenticationFailed, PermissionDenied, SignInRequired, ValidationError
from workbench.domain.policy import Policy
from workbench.security import passwords
from workbench.security.auth import ANONYMOUS, UNKNOWN_USER_ID, AuthService, name_digest
from workbench.security.principal import CurrentUser
from workbench.store.audit import verify_chain
from workbench.store.models import AuditEvent, User

WRONG = "wrong password here"
GENERIC = "The user name or password is not right. Check Caps Lock and try again."
START = datetime(2026, 11, 26, 9, 0, 0)


@dataclass
class Clock:
    """A clock the test moves by hand."""

    at: datetime = START

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@dataclass
class CountingVerifier:
    """The real argon2 check, counting how often it runs (the test of "same work", not a timing)."""

    calls: list[str] = field(default_factory=list)

    def __call__(self, verifier: str, password: str) -> bool:
        self.calls.append(verifier)
        return passwords.verify_password(verifier, password)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def counter() -> CountingVerifier:
    return CountingVerifier()


@pytest.fixture
def auth(ctx: ServiceContext, clock: Clock, counter: CountingVerifier) -> AuthService:
    return AuthService(ctx.store, Policy(), now=clock, verifier=counter)


def _message(auth: AuthService, username: str, password: str) -> str:
    with pytest.raises(AuthenticationFailed) as caught:
        auth.sign_in(username, password)
    return caught.value.message


def _events(ctx: ServiceContext) -> list[AuditEvent]:
    with ctx.store.read() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def _user(ctx: ServiceContext, user_id: str) -> User:
    with ctx.store.read() as s:
        row = s.get(User, user_id)
    assert row is not None
    return row


def test_wrong_passwords_earn_a_growing_wait_and_attempts_inside_it_are_refused_unchecked(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    passwords: dict[str, str],
    auth: AuthService,
    clock: Clock,
    counter: CountingVerifier,
) -> None:
    assert [_message(auth, "os.one", WRONG) for _ in range(3)] == [GENERIC] * 3
    assert _message(auth, "os.one", WRONG) == (
        "The user name or password is not right. Too many attempts. Try again in 30 seconds."
    )
    assert _user(ctx, supervisor.user_id).next_sign_in_at == START + timedelta(seconds=30)
    checked = len(counter.calls)
    # Even the right password is refused inside the wait, and the password is not even checked.
    assert _message(auth, "os.one", passwords["os.one"]) == "Too many attempts. Try again in 30 seconds."
    clock.advance(seconds=20)
    assert _message(auth, "os.one", passwords["os.one"]) == "Too many attempts. Try again in 10 seconds."
    assert len(counter.calls) == checked
    clock.advance(seconds=10)
    assert _message(auth, "os.one", WRONG).endswith("Too many attempts. Try again in 60 seconds.")
    clock.advance(seconds=60)
    assert auth.sign_in("os.one", passwords["os.one"]).user_id == supervisor.user_id
    row = _user(ctx, supervisor.user_id)
    assert (row.failed_logins, row.next_sign_in_at) == (0, None)


def test_the_account_locks_after_n_failures_until_the_time_passes(
    ctx: ServiceContext, supervisor: CurrentUser, passwords: dict[str, str], auth: AuthService, clock: Clock
) -> None:
    for n in range(1, 11):
        wait = Policy().sign_in_wait_seconds(n - 1)
        clock.advance(seconds=wait)  # wait out each earned delay, as a patient guesser would
        _message(auth, "os.one", WRONG)
    assert _user(ctx, supervisor.user_id).failed_logins == 10
    assert _message(auth, "os.one", passwords["os.one"]) == "Too many attempts. Try again in 30 minutes."
    clock.advance(minutes=29, seconds=59)
    assert _message(auth, "os.one", passwords["os.one"]) == "Too many attempts. Try again in 1 second."
    clock.advance(seconds=1)
    assert auth.sign_in("os.one", passwords["os.one"]).user_id == supervisor.user_id


def test_a_manager_clears_a_lockout_and_it_is_audited(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    manager: CurrentUser,
    passwords: dict[str, str],
    auth: AuthService,
) -> None:
    with ctx.store.read() as s:
        row = s.get(User, supervisor.user_id)
    assert row is not None
    for _ in range(4):
        _message(auth, "os.one", WRONG)
    assert _message(auth, "os.one", passwords["os.one"]).startswith("Too many attempts.")
    with pytest.raises(PermissionDenied):
        UserService(ctx).clear_sign_in_lockout(supervisor, "os.one")
    with pytest.raises(ValidationError, match=r"There is no account 'nobody\.here'"):
        UserService(ctx).clear_sign_in_lockout(manager, "nobody.here")
    member, changes = UserService(ctx).clear_sign_in_lockout(manager, " OS.One ")
    assert member.user_id == supervisor.user_id and "user" in changes.entities
    cleared = _events(ctx)[-1]
    assert (cleared.action, cleared.actor_id, cleared.entity_id) == (
        "user.sign_in_lockout_cleared",
        manager.user_id,
        supervisor.user_id,
    )
    assert auth.sign_in("os.one", passwords["os.one"]).user_id == supervisor.user_id


def test_an_unknown_name_costs_the_same_verifier_checks_and_answers_like_a_real_one(
    ctx: ServiceContext, supervisor: CurrentUser, auth: AuthService, counter: CountingVerifier
) -> None:
    def attempts(username: str) -> tuple[list[str], list[int]]:
        messages, checks = [], []
        for _ in range(5):
            before = len(counter.calls)
            messages.append(_message(auth, username, WRONG))
            checks.append(len(counter.calls) - before)
        return messages, checks

    real_messages, real_checks = attempts("os.one")
    unknown_messages, unknown_checks = attempts("no.such.user")
    # One argon2 check per attempt, none inside an earned wait: the same work for both names.
    assert real_checks == unknown_checks == [1, 1, 1, 1, 0]
    assert counter.calls[-1] == passwords.dummy_verifier()
    # The same words, including the waits: "Too many attempts" never confirms a name exists.
    assert unknown_messages == real_messages
    assert real_messages[-1] == "Too many attempts. Try again in 30 seconds."


def test_the_dummy_verifier_costs_what_a_real_verifier_costs(
    supervisor: CurrentUser, ctx: ServiceContext
) -> None:
    assert passwords.same_cost_as_hasher(passwords.dummy_verifier())
    assert passwords.same_cost_as_hasher(_user(ctx, supervisor.user_id).password_verifier)
    assert not passwords.verify_password(passwords.dummy_verifier(), "")


@pytest.mark.real_password_hashing
def test_the_shipped_dummy_verifier_has_the_production_parameters() -> None:
    assert passwords.dummy_verifier() == passwords.PRODUCTION_DUMMY_VERIFIER
    assert passwords.same_cost_as_hasher(passwords.PRODUCTION_DUMMY_VERIFIER)
    assert passwords.same_cost_as_hasher(passwords.hash_password("a long enough password"))


def test_every_failed_attempt_is_audited_without_the_password_or_an_unknown_name(
    ctx: ServiceContext, supervisor: CurrentUser, passwords: dict[str, str], auth: AuthService
) -> None:
    seq = len(_events(ctx))
    secret = "my-Secret-Guess-123"
    for _ in range(4):
        _message(auth, "os.one", secret)
    _message(auth, "os.one", passwords["os.one"])  # refused inside the wait
    _message(auth, "Mistyped.Name", secret)
    events = _events(ctx)[seq:]
    assert [e.action for e in events] == [
        *["user.sign_in_failed"] * 4,
        "user.sign_in_refused",
        "user.sign_in_failed",
    ]
    assert {e.entity_id for e in events[:5]} == {supervisor.user_id}
    unknown = events[-1]
    assert (unknown.actor_id, unknown.entity_id) == (ANONYMOUS.user_id, UNKNOWN_USER_ID)
    assert json.loads(unknown.after_json)["name_digest"] == name_digest("mistyped.name")
    for event in events:
        text = event.before_json + event.after_json + event.actor_username
        assert secret not in text and passwords["os.one"] not in text
        assert "mistyped" not in text.lower()
    with ctx.store.read() as s:
        assert verify_chain(s).ok


def test_the_lock_screen_counts_audits_and_then_requires_a_full_sign_in(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    passwords: dict[str, str],
    auth: AuthService,
    clock: Clock,
) -> None:
    seq = len(_events(ctx))
    assert [auth.verify(supervisor, WRONG) for _ in range(4)] == [False] * 4
    with pytest.raises(SignInRequired) as caught:
        auth.verify(supervisor, WRONG)
    assert caught.value.message == (
        "Too many wrong passwords. You have been signed out: sign in again in 60 seconds."
    )
    assert [e.action for e in _events(ctx)[seq:]] == ["user.lock_screen_failed"] * 5
    # No more guesses at the lock screen, even the right password.
    with pytest.raises(SignInRequired):
        auth.verify(supervisor, passwords["os.one"])
    # The full sign-in applies the wait the lock-screen guesses earned.
    assert _message(auth, "os.one", passwords["os.one"]) == "Too many attempts. Try again in 60 seconds."
    clock.advance(seconds=60)
    assert auth.sign_in("os.one", passwords["os.one"]).user_id == supervisor.user_id


def test_the_right_password_at_the_lock_screen_resets_the_count(
    ctx: ServiceContext, supervisor: CurrentUser, passwords: dict[str, str], auth: AuthService
) -> None:
    for _ in range(4):
        assert auth.verify(supervisor, WRONG) is False
    assert auth.verify(supervisor, passwords["os.one"]) is True
    assert _user(ctx, supervisor.user_id).failed_logins == 0
    assert _events(ctx)[-1].action == "user.screen_unlocked"
    assert auth.verify(supervisor, WRONG) is False  # a fresh count: no SignInRequired yet
