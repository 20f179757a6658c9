"""Signing in offline against argon2 verifiers held in the encrypted local store."""

from __future__ import annotations

import logging

from sqlalchemy import select

from workbench.domain.enums import UserRole
from workbench.domain.errors import AuthenticationFailed
from workbench.security.passwords import verify_password
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store
from workbench.store.models import User
from workbench.store.unit_of_work import Actor, UnitOfWork

log = logging.getLogger("workbench.security")

_GENERIC = "The user name or password is not right. Check Caps Lock and try again."


class AuthService:
    """Sign-in and unlock. Each attempt is audited; passwords never leave this function."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def sign_in(self, username: str, password: str) -> CurrentUser:
        """The user for these credentials, or ``AuthenticationFailed`` (never saying which part was wrong)."""
        name = username.strip().lower()
        with self._store.read() as s:
            user = s.scalars(select(User).where(User.username == name)).first()
        ok = user is not None and user.active and verify_password(user.password_verifier, password)
        if user is None:
            log.debug("sign-in for unknown user name")
            raise AuthenticationFailed(_GENERIC)
        with UnitOfWork(self._store, Actor(user.id, user.username)) as uow:
            row = uow.session.get(User, user.id)
            assert row is not None
            if ok:
                uow.update(row, "user.signed_in", failed_logins=0)
                uow.audit("session.signed_in", "user", user.id)
            else:
                uow.update(row, "user.sign_in_failed", failed_logins=row.failed_logins + 1)
        if not ok:
            # A disabled account gets the same answer as a wrong password unless the password was right,
            # so the message never confirms that an account exists.
            disabled = not user.active and verify_password(user.password_verifier, password)
            raise AuthenticationFailed(
                "This account has been disabled. Ask an administrator." if disabled else _GENERIC
            )
        log.info("user signed in")
        return CurrentUser(
            user.id, user.username, user.display_name, UserRole(user.role), user.establishment_code
        )

    def verify(self, user: CurrentUser, password: str) -> bool:
        """Check the signed-in user's password again (to unlock an idle-locked window)."""
        with self._store.read() as s:
            row = s.get(User, user.user_id)
        return bool(row and row.active and verify_password(row.password_verifier, password))
