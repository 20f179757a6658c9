"""Signing in offline against argon2 verifiers held in the encrypted local store.

Guessing is slowed down (issue 7 point 18, DESIGN.md section 6): after ``sign_in_free_attempts`` wrong
passwords in a row the user must wait before the next attempt, the wait doubling each time, and after
``sign_in_lockout_failures`` the account is locked for ``sign_in_lockout_minutes`` unless a manager
unlocks it (``UserService.clear_sign_in_lockout``). Nothing sleeps: the next allowed time is stored on
the user row and an attempt before it is refused with a message saying how long to wait, so the GUI
thread is never held. Every failed or refused attempt is audited, unknown user names included, and an
unknown name is checked against a dummy verifier so it takes as long as a real one. The idle lock
screen's guesses count too: after ``lock_screen_attempts`` wrong passwords ``verify`` raises
``SignInRequired`` and the window ends the session.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from workbench.domain.enums import UserRole
from workbench.domain.errors import AuthenticationFailed, SignInRequired
from workbench.domain.policy import Policy
from workbench.security import passwords
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store
from workbench.store.models import User
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow

log = logging.getLogger("workbench.security")

_GENERIC = "The user name or password is not right. Check Caps Lock and try again."
_DISABLED = "This account has been disabled. Ask an administrator."
ANONYMOUS = Actor(user_id="00000000-0000-0000-0000-000000000000", username="(not signed in)")
"""The actor of audit events for attempts under a user name that has no account."""
UNKNOWN_USER_ID = "unknown"
"""``entity_id`` of audit events about a user name that has no account."""
_MAX_UNKNOWN_NAMES = 1000

Verifier = Callable[[str, str], bool]
"""``(verifier, password) -> matches``: ``passwords.verify_password``, or a counting wrapper in tests."""


def wait_text(seconds: int) -> str:
    """A wait in words: "30 seconds", "1 second", "16 minutes" (minutes rounded up from two minutes on)."""
    if seconds < 120:
        return f"{seconds} second{'' if seconds == 1 else 's'}"
    return f"{math.ceil(seconds / 60)} minutes"


def too_many_attempts(seconds: int) -> str:
    """The refusal of an attempt made before the next allowed time."""
    return f"Too many attempts. Try again in {wait_text(seconds)}."


def name_digest(name: str) -> str:
    """A short digest of a typed user name, so the audit trail can tie repeated guesses together.

    The name itself is not recorded for unknown names: people sometimes type their password into the
    user name box.
    """
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Throttle:
    """Failures in a row and the next allowed time of a user name that has no account (in memory)."""

    failures: int = 0
    next_at: datetime | None = None


class AuthService:
    """Sign-in and unlock. Each attempt is audited; passwords never leave this class."""

    def __init__(
        self,
        store: Store,
        policy: Policy | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
        verifier: Verifier | None = None,
    ) -> None:
        self._store = store
        self._policy = policy or Policy()
        self._now = now
        self._verify = verifier or passwords.verify_password
        # Unknown names are throttled like real ones so "Too many attempts" never confirms that a name
        # exists. They are held in memory only: storing them would keep what people mistyped.
        self._unknown: OrderedDict[str, _Throttle] = OrderedDict()

    def sign_in(self, username: str, password: str) -> CurrentUser:
        """The user for these credentials, or ``AuthenticationFailed`` (never saying which part was wrong).

        An attempt before the user's next allowed time is refused with how long to wait, without
        checking the password, so waiting cannot be skipped by guessing faster.
        """
        name = username.strip().lower()
        now = self._now()
        with self._store.read() as s:
            user = s.scalars(select(User).where(User.username == name)).first()
        if user is None:
            return self._unknown_name(name, password, now)
        if user.next_sign_in_at is not None and now < user.next_sign_in_at:
            wait = _seconds_until(now, user.next_sign_in_at)
            with UnitOfWork(self._store, Actor(user.id, user.username)) as uow:
                uow.audit("user.sign_in_refused", "user", user.id, {"wait_seconds": wait})
            raise AuthenticationFailed(too_many_attempts(wait))
        # Exactly one verifier check on every path, so every answer costs the same.
        password_ok = self._verify(user.password_verifier, password)
        ok = password_ok and user.active
        failures = 0
        with UnitOfWork(self._store, Actor(user.id, user.username)) as uow:
            row = uow.session.get(User, user.id)
            assert row is not None
            if ok:
                uow.update(row, "user.signed_in", failed_logins=0, next_sign_in_at=None)
                uow.audit("session.signed_in", "user", user.id)
            elif password_ok:
                # A disabled account with the right password is not a guess: refused, not counted.
                uow.audit("user.sign_in_refused", "user", user.id, {"reason": "account disabled"})
            else:
                failures = row.failed_logins + 1
                wait = self._policy.sign_in_wait_seconds(failures)
                uow.update(
                    row,
                    "user.sign_in_failed",
                    failed_logins=failures,
                    next_sign_in_at=now + timedelta(seconds=wait) if wait else None,
                )
        if ok:
            log.info("user signed in")
            return CurrentUser(
                user.id, user.username, user.display_name, UserRole(user.role), user.establishment_code
            )
        log.info("sign-in failed")
        # A disabled account gets the same answer as a wrong password unless the password was right,
        # so the message never confirms that an account exists.
        if password_ok:
            raise AuthenticationFailed(_DISABLED)
        raise AuthenticationFailed(self._failure_message(failures))

    def verify(self, user: CurrentUser, password: str) -> bool:
        """Check the signed-in user's password again (to unlock an idle-locked window).

        A wrong password is audited and counted with the sign-in failures; after
        ``lock_screen_attempts`` of them in a row this raises ``SignInRequired``: the window must end
        the session and show the full sign-in (which then applies the wait the failures have earned).
        """
        limit = self._policy.lock_screen_attempts
        with self._store.read() as s:
            current = s.get(User, user.user_id)
        if current is None:
            return False
        if current.failed_logins >= limit:
            raise SignInRequired(self._sign_in_required_message(current.next_sign_in_at))
        ok = self._verify(current.password_verifier, password) and current.active
        with UnitOfWork(self._store, Actor(user.user_id, user.username)) as uow:
            row = uow.session.get(User, user.user_id)
            assert row is not None
            if ok:
                uow.update(row, "user.screen_unlocked", failed_logins=0, next_sign_in_at=None)
                return True
            failures = row.failed_logins + 1
            wait = self._policy.sign_in_wait_seconds(failures)
            next_at = self._now() + timedelta(seconds=wait) if wait else None
            uow.update(row, "user.lock_screen_failed", failed_logins=failures, next_sign_in_at=next_at)
        log.info("wrong password at the lock screen")
        if failures >= limit:
            raise SignInRequired(self._sign_in_required_message(next_at))
        return False

    # -- helpers ------------------------------------------------------------------------------

    def _unknown_name(self, name: str, password: str, now: datetime) -> CurrentUser:
        """Answer an unknown name exactly as a real one with a wrong password, and audit it."""
        digest = name_digest(name)
        throttle = self._unknown.get(digest) or _Throttle()
        details: dict[str, object] = {"reason": "unknown user name", "name_digest": digest}
        if throttle.next_at is not None and now < throttle.next_at:
            wait = _seconds_until(now, throttle.next_at)
            with UnitOfWork(self._store, ANONYMOUS) as uow:
                uow.audit("user.sign_in_refused", "user", UNKNOWN_USER_ID, {**details, "wait_seconds": wait})
            raise AuthenticationFailed(too_many_attempts(wait))
        # The same argon2 work as a real account, so the answer time does not tell names apart.
        self._verify(passwords.dummy_verifier(), password)
        throttle.failures += 1
        wait = self._policy.sign_in_wait_seconds(throttle.failures)
        throttle.next_at = now + timedelta(seconds=wait) if wait else None
        self._unknown[digest] = throttle
        self._unknown.move_to_end(digest)
        while len(self._unknown) > _MAX_UNKNOWN_NAMES:
            self._unknown.popitem(last=False)
        with UnitOfWork(self._store, ANONYMOUS) as uow:
            details["failures"] = throttle.failures
            uow.audit("user.sign_in_failed", "user", UNKNOWN_USER_ID, details)
        log.debug("sign-in for unknown user name")
        raise AuthenticationFailed(self._failure_message(throttle.failures))

    def _failure_message(self, failures: int) -> str:
        wait = self._policy.sign_in_wait_seconds(failures)
        if not wait:
            return _GENERIC
        return f"The user name or password is not right. {too_many_attempts(wait)}"

    def _sign_in_required_message(self, next_at: datetime | None) -> str:
        now = self._now()
        when = ""
        if next_at is not None and now < next_at:
            when = f" in {wait_text(_seconds_until(now, next_at))}"
        return f"Too many wrong passwords. You have been signed out: sign in again{when}."


def _seconds_until(now: datetime, then: datetime) -> int:
    """Whole seconds from ``now`` to ``then``, rounded up (never "0 seconds" while still refused)."""
    return max(1, math.ceil((then - now).total_seconds()))
