"""Fixtures shared by every test (unit, integration and GUI tests inherit them).

- ``memory_keyring`` (autouse): no test ever touches the real OS keyring; each test gets a fresh,
  empty in-memory backend installed with ``keyring.set_keyring`` and the previous one restored after.
- ``fast_password_hashing`` (autouse): cheap argon2id parameters unless marked ``real_password_hashing``.
- ``store``: a real SQLCipher store in ``tmp_path`` with a random key, migrated to head.
- ``today`` / ``ctx``: the casework context with default policy and a fixed clock (Thu 26 Nov 2026).
- ``admin``, ``supervisor``, ``manager``, ``contributor``: signed-in users of establishment MDI;
  ``new_user`` adds and signs in more. Passwords are in ``PASSWORDS`` / the ``passwords`` fixture.
- ``receive``: builds a valid ``ReceptionRequest`` (in scope, High RoSH, received Fri 20 Nov 2026),
  with keyword overrides. It only builds the request; call ``ReceptionService`` to record it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from argon2 import PasswordHasher

from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.users import UserService
from workbench.config import load_catalogue
from workbench.domain.enums import Gender, RoshLevel, SentenceType, UserRole
from workbench.domain.policy import Policy
from workbench.security import passwords as passwords_mod
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store, open_store

TODAY = date(2026, 11, 26)  # a Thursday; the reception default below is the Friday before
ESTABLISHMENT_CODE = "MDI"
ESTABLISHMENT_NAME = "HMP Moorland"

# username -> (display name, role, password). Passwords are long enough for the password rules.
USERS: dict[str, tuple[str, UserRole, str]] = {
    "admin": ("Ada Admin", UserRole.ADMIN, "correct horse battery"),
    "os.one": ("Sam Supervisor", UserRole.SUPERVISOR, "another long password"),
    "omu.manager": ("Morgan Manager", UserRole.MANAGER, "managers long password"),
    "edu.contrib": ("Casey Contributor", UserRole.CONTRIBUTOR, "contributor long password"),
}
PASSWORDS: dict[str, str] = {name: pw for name, (_, _, pw) in USERS.items()}
NEW_USER_PASSWORD = "a fresh long password"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_password_hashing: keep the production argon2 cost in this test")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps secrets in a dict for the life of one test."""

    priority = 1  # viable, but below every real OS backend (Secret Service is 5)

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(f"no secret for {username!r} in {service!r}") from None


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Install an empty in-memory keyring for this test and restore the previous backend after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def real_profile(tmp_path: Path, memory_keyring: MemoryKeyring) -> Any:
    """A real (not demo) profile in ``tmp_path`` with its administrator set up, so the audit trail holds
    events; the opened ``Core`` is returned for the test to change and close."""
    from workbench.app import build_core
    from workbench.config import resolve_settings

    core = build_core(resolve_settings(tmp_path, demo=False))
    core.services.users.set_up(
        establishment_code="MDI",
        establishment_name="HMP Test",
        username="admin",
        display_name="Ada Admin",
        password="a long enough password",
    )
    return core


@pytest.fixture(autouse=True)
def fast_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2id parameters, so the fixture accounts cost milliseconds instead of ~0.1 s per hash.

    Verifiers are still real argon2id strings. Tests marked ``real_password_hashing`` keep the
    production cost.
    """
    if request.node.get_closest_marker("real_password_hashing") is None:
        monkeypatch.setattr(
            passwords_mod, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
        )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A real encrypted store at ``tmp_path/workbench.db`` with a random 32-byte key."""
    opened = open_store(tmp_path / "workbench.db", os.urandom(32))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def today() -> date:
    """The date the ``ctx`` clock returns."""
    return TODAY


@pytest.fixture
def ctx(store: Store, today: date) -> ServiceContext:
    """Casework context: the ``store``, default policy, and a clock fixed at ``today``."""
    return ServiceContext(store, Policy(), today=lambda: today, catalogue=load_catalogue())


@pytest.fixture
def passwords() -> dict[str, str]:
    """username -> password of the fixture users."""
    return dict(PASSWORDS)


@pytest.fixture
def admin(ctx: ServiceContext) -> CurrentUser:
    """The administrator created by first-run set-up of establishment MDI, signed in."""
    display_name, role, password = USERS["admin"]
    UserService(ctx).set_up(
        establishment_code=ESTABLISHMENT_CODE,
        establishment_name=ESTABLISHMENT_NAME,
        username="admin",
        display_name=display_name,
        password=password,
        role=role,
    )
    return AuthService(ctx.store).sign_in("admin", password)


@pytest.fixture
def new_user(ctx: ServiceContext, admin: CurrentUser) -> Callable[..., CurrentUser]:
    """Add a local account (as ``admin``) and sign it in.

    ``new_user("os.two", "Pat Second", UserRole.SUPERVISOR)``

    The password is ``NEW_USER_PASSWORD`` unless given.
    """

    def make(
        username: str, display_name: str, role: UserRole, password: str = NEW_USER_PASSWORD
    ) -> CurrentUser:
        UserService(ctx).add_user(
            admin, username=username, display_name=display_name, role=role, password=password
        )
        return AuthService(ctx.store).sign_in(username, password)

    return make


def _fixture_user(new_user: Callable[..., CurrentUser], username: str) -> CurrentUser:
    display_name, role, password = USERS[username]
    return new_user(username, display_name, role, password)


@pytest.fixture
def supervisor(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    """Offender supervisor "Sam Supervisor" (os.one), signed in."""
    return _fixture_user(new_user, "os.one")


@pytest.fixture
def manager(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    """OMU manager "Morgan Manager" (omu.manager), signed in."""
    return _fixture_user(new_user, "omu.manager")


@pytest.fixture
def contributor(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    """Department contributor "Casey Contributor" (edu.contrib), signed in."""
    return _fixture_user(new_user, "edu.contrib")


VALID_RECEPTION = ReceptionRequest(
    noms_number="A1234BC",
    family_name="Testperson",
    given_name="Alex",
    date_of_birth=date(1990, 1, 1),
    gender=Gender.MALE,
    location="A-1-01",
    received_on=date(2026, 11, 20),
    sentence_type=SentenceType.DETERMINATE,
    sentence_date=date(2026, 11, 19),
    length_days=3 * 365,
    conditional_release_date=date(2028, 5, 19),
    sentence_expiry_date=date(2029, 11, 18),
    is_ppo=False,
    rosh_level=RoshLevel.HIGH,
)


@pytest.fixture
def receive() -> Callable[..., ReceptionRequest]:
    """Build a valid reception request (A1234BC, in scope: adult, 3 years, High RoSH) with overrides."""

    def build(**overrides: Any) -> ReceptionRequest:
        return replace(VALID_RECEPTION, **overrides)

    return build
