"""Signing in offline against argon2 verifiers; each attempt on a known account is audited."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.domain.enums import UserRole
from workbench.domain.errors import AuthenticationFailed
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser
from workbench.store.audit import verify_chain
from workbench.store.models import AuditEvent, Outbox, User
from workbench.store.unit_of_work import Actor, UnitOfWork

WRONG = "The user name or password is not right. Check Caps Lock and try again."


def _failed_logins(ctx: ServiceContext, user_id: str) -> int:
    with ctx.store.read() as s:
        row = s.get(User, user_id)
    assert row is not None
    return row.failed_logins


def _actions(ctx: ServiceContext) -> list[str]:
    with ctx.store.read() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_sign_in_returns_the_user(
    ctx: ServiceContext, supervisor: CurrentUser, passwords: dict[str, str]
) -> None:
    before = _actions(ctx)
    user = AuthService(ctx.store).sign_in("os.one", passwords["os.one"])
    assert user == CurrentUser(supervisor.user_id, "os.one", "Sam Supervisor", UserRole.SUPERVISOR, "MDI")
    assert _actions(ctx) == [*before, "session.signed_in"]


@pytest.mark.parametrize("typed", ["OS.ONE", "  os.one  ", "Os.One"])
def test_the_user_name_is_not_case_or_space_sensitive(
    ctx: ServiceContext, supervisor: CurrentUser, passwords: dict[str, str], typed: str
) -> None:
    assert AuthService(ctx.store).sign_in(typed, passwords["os.one"]).user_id == supervisor.user_id


@pytest.mark.parametrize(
    ("username", "password"),
    [("os.one", "wrong password here"), ("os.one", ""), ("no.such.user", "another long password"), ("", "")],
)
def test_a_failed_sign_in_never_says_which_part_was_wrong(
    ctx: ServiceContext, supervisor: CurrentUser, username: str, password: str
) -> None:
    with pytest.raises(AuthenticationFailed) as caught:
        AuthService(ctx.store).sign_in(username, password)
    assert caught.value.message == WRONG


def test_failed_attempts_are_counted_audited_and_reset(
    ctx: ServiceContext, supervisor: CurrentUser, passwords: dict[str, str]
) -> None:
    auth = AuthService(ctx.store)
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in("os.one", "wrong password here")
    assert _failed_logins(ctx, supervisor.user_id) == 3
    assert _actions(ctx)[-3:] == ["user.sign_in_failed"] * 3
    auth.sign_in("os.one", passwords["os.one"])
    assert _failed_logins(ctx, supervisor.user_id) == 0
    with ctx.store.read() as s:
        assert verify_chain(s).ok
        assert s.scalars(select(Outbox)).first() is None  # sign-ins are not sent to the central record


def test_a_disabled_account_cannot_sign_in(
    ctx: ServiceContext, supervisor: CurrentUser, passwords: dict[str, str]
) -> None:
    with UnitOfWork(ctx.store, Actor("admin", "admin")) as uow:
        uow.update(uow.session.get(User, supervisor.user_id), "user.disabled", active=False)
    with pytest.raises(AuthenticationFailed) as caught:
        AuthService(ctx.store).sign_in("os.one", passwords["os.one"])
    assert caught.value.message == "This account has been disabled. Ask an administrator."
    assert AuthService(ctx.store).verify(supervisor, passwords["os.one"]) is False


def test_verify_unlocks_the_idle_lock_only_with_the_right_password(
    ctx: ServiceContext,
    supervisor: CurrentUser,
    new_user: Callable[..., CurrentUser],
    passwords: dict[str, str],
) -> None:
    auth = AuthService(ctx.store)
    assert auth.verify(supervisor, passwords["os.one"]) is True
    assert auth.verify(supervisor, "wrong password here") is False
    other = new_user("os.two", "Pat Second", UserRole.SUPERVISOR)
    assert auth.verify(other, passwords["os.one"]) is False  # checks the signed-in user's own password
