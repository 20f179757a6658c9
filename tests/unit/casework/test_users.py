"""First-run set-up, local accounts and the staff lists allocation draws on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.dto.users import Establishment, StaffMember
from workbench.casework.users import UserService
from workbench.domain.enums import UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.security.principal import CurrentUser
from workbench.store.models import AuditEvent, Outbox, User

GOOD_SET_UP: dict[str, Any] = {
    "establishment_code": " mdi ",
    "establishment_name": "HMP Moorland",
    "username": "admin",
    "display_name": "Ada Admin",
    "password": "correct horse battery",
}


def test_a_new_profile_is_not_set_up(ctx: ServiceContext) -> None:
    users = UserService(ctx)
    assert users.is_set_up() is False
    assert users.establishment() is None


def test_set_up_names_the_establishment_and_creates_an_administrator(ctx: ServiceContext) -> None:
    users = UserService(ctx)
    admin = users.set_up(**GOOD_SET_UP)
    assert admin.role is UserRole.ADMIN and admin.establishment_code == "MDI"
    assert (admin.username, admin.display_name) == ("admin", "Ada Admin")
    assert users.is_set_up() is True
    assert users.establishment() == Establishment("MDI", "HMP Moorland")
    with ctx.store.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
        assert s.scalars(select(Outbox)).first() is None  # reference data and accounts are not pushed
    assert actions == ["establishment.added", "profile.set_up", "user.created"]


def test_set_up_twice_is_refused(ctx: ServiceContext) -> None:
    UserService(ctx).set_up(**GOOD_SET_UP)
    with pytest.raises(ValidationError, match="already set up; sign in instead"):
        UserService(ctx).set_up(**{**GOOD_SET_UP, "username": "other"})


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"establishment_code": "MD"},
            "establishment_code",
            "The establishment code is the three-letter prison code, for example MDI.",
        ),
        ({"establishment_code": "MD1"}, "establishment_code", "three-letter prison code"),
        ({"establishment_name": " "}, "establishment_name", "Enter the establishment name."),
        ({"username": "Admin"}, "username", "User names are 2–64 lower-case letters"),
        ({"username": "1admin"}, "username", "starting with a letter"),
        ({"username": "a"}, "username", "User names are 2–64"),
        ({"username": "ad min"}, "username", "User names are 2–64"),
        ({"display_name": ""}, "display_name", "Enter the full name."),
        ({"password": "short"}, "password", "Use at least 10 characters for the password."),
        ({"password": "my-admin-password"}, "password", "The password must not contain the user name."),
    ],
)
def test_set_up_rules(ctx: ServiceContext, overrides: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises(ValidationErrors) as caught:
        UserService(ctx).set_up(**{**GOOD_SET_UP, **overrides})
    assert message in caught.value.by_field()[field]
    assert UserService(ctx).is_set_up() is False


def test_every_set_up_problem_is_reported_at_once(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationErrors) as caught:
        UserService(ctx).set_up(
            establishment_code="", establishment_name="", username="", display_name="", password=""
        )
    assert set(caught.value.by_field()) == {
        "establishment_code",
        "establishment_name",
        "username",
        "display_name",
        "password",
    }


def test_the_password_is_kept_only_as_an_argon2_verifier(
    ctx: ServiceContext, admin: CurrentUser, passwords: dict[str, str]
) -> None:
    with ctx.store.read() as s:
        row = s.get(User, admin.user_id)
        audit = " ".join(e.after_json + e.before_json for e in s.scalars(select(AuditEvent)))
    assert row is not None and row.password_verifier.startswith("$argon2id$")
    assert passwords["admin"] not in row.password_verifier
    assert passwords["admin"] not in audit


def test_an_administrator_adds_accounts(ctx: ServiceContext, admin: CurrentUser) -> None:
    staff, changes = UserService(ctx).add_user(
        admin,
        username=" os.two ",
        display_name=" Pat Second ",
        role=UserRole.SUPERVISOR,
        password="a fresh long password",
    )
    assert staff == StaffMember(staff.user_id, "os.two", "Pat Second", UserRole.SUPERVISOR, True)
    assert changes.entities == {"user"}
    with ctx.store.read() as s:
        row = s.get(User, staff.user_id)
    assert row is not None and row.establishment_code == "MDI"


def test_a_taken_user_name_is_refused(
    ctx: ServiceContext, admin: CurrentUser, supervisor: CurrentUser
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        UserService(ctx).add_user(
            admin,
            username="os.one",
            display_name="Another Sam",
            role=UserRole.MANAGER,
            password="a fresh long password",
        )
    assert caught.value.by_field()["username"] == "The user name os.one is taken."


def test_account_rules_apply_when_adding(ctx: ServiceContext, admin: CurrentUser) -> None:
    with pytest.raises(ValidationErrors) as caught:
        UserService(ctx).add_user(
            admin, username="OS", display_name=" ", role=UserRole.SUPERVISOR, password="short"
        )
    assert set(caught.value.by_field()) == {"username", "display_name", "password"}


@pytest.mark.parametrize("role_fixture", ["supervisor", "manager", "contributor"])
def test_only_administrators_manage_accounts(
    request: pytest.FixtureRequest, ctx: ServiceContext, role_fixture: str
) -> None:
    user: CurrentUser = request.getfixturevalue(role_fixture)
    with pytest.raises(PermissionDenied) as caught:
        UserService(ctx).add_user(
            user,
            username="os.three",
            display_name="Someone",
            role=UserRole.SUPERVISOR,
            password="a fresh long password",
        )
    assert caught.value.message.endswith("cannot manage user accounts. Ask: Administrator.")


def test_staff_lists_active_staff_by_name_and_role(
    ctx: ServiceContext,
    admin: CurrentUser,
    supervisor: CurrentUser,
    manager: CurrentUser,
    contributor: CurrentUser,
    new_user: Callable[..., CurrentUser],
) -> None:
    new_user("os.two", "Aaron Early", UserRole.SUPERVISOR)
    everyone = UserService(ctx).staff(supervisor)
    assert [s.display_name for s in everyone] == [
        "Aaron Early",
        "Ada Admin",
        "Casey Contributor",
        "Morgan Manager",
        "Sam Supervisor",
    ]
    supervisors = UserService(ctx).staff(contributor, roles=(UserRole.SUPERVISOR, UserRole.MANAGER))
    assert [(s.username, s.role) for s in supervisors] == [
        ("os.two", UserRole.SUPERVISOR),
        ("omu.manager", UserRole.MANAGER),
        ("os.one", UserRole.SUPERVISOR),
    ]


def test_the_audit_trail_never_holds_a_password_verifier(ctx: ServiceContext, admin: CurrentUser) -> None:
    from workbench.store.models import AuditEvent

    with ctx.store.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "user")).all()
    assert events
    for e in events:
        assert "argon2" not in e.after_json and "argon2" not in e.before_json
    created = [e for e in events if e.action == "user.created"]
    assert created and all('"password_verifier": "[redacted]"' in e.after_json for e in created)
