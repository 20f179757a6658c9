"""First-run set-up, local user accounts and the staff lists allocation draws on."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.users import Establishment, StaffMember
from workbench.casework.validation import check_text
from workbench.domain.enums import UserRole
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.plan import Department  # -- department contributions (issue 9 point 3) --
from workbench.security.passwords import hash_password, password_problems
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import Establishment as EstablishmentRow
from workbench.store.models import Meta, User
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow

_USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")
_ESTABLISHMENT_RE = re.compile(r"^[A-Z]{3}$")
SYSTEM_ACTOR = Actor(user_id="00000000-0000-0000-0000-000000000000", username="system")


def _user_dto(u: User) -> CurrentUser:
    return CurrentUser(u.id, u.username, u.display_name, UserRole(u.role), u.establishment_code)


class UserService:
    """Set-up of a new profile and management of local accounts."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def is_set_up(self) -> bool:
        """Whether the profile has an establishment and at least one user."""
        with self._ctx.store.read() as s:
            return bool(s.scalar(select(func.count()).select_from(User)))

    def establishment(self) -> Establishment | None:
        """The establishment this terminal serves."""
        with self._ctx.store.read() as s:
            code = s.get(Meta, "establishment_code")
            if code is None:
                return None
            row = s.get(EstablishmentRow, code.value)
            return Establishment(row.code, row.name) if row else None

    def set_up(
        self,
        *,
        establishment_code: str,
        establishment_name: str,
        username: str,
        display_name: str,
        password: str,
        role: UserRole = UserRole.ADMIN,
    ) -> CurrentUser:
        """First run: name the establishment and create the first account (an administrator)."""
        code = establishment_code.strip().upper()
        errors: list[ValidationError] = []
        if not _ESTABLISHMENT_RE.match(code):
            errors.append(
                ValidationError(
                    "The establishment code is the three-letter prison code, for example MDI.",
                    field="establishment_code",
                )
            )
        err = check_text(
            establishment_name, "establishment_name", "establishment name", required=True, limit=120
        )
        if err:
            errors.append(err)
        errors.extend(self._account_problems(username, display_name, password))
        if errors:
            raise ValidationErrors(errors)
        if self.is_set_up():
            raise ValidationError("This profile is already set up; sign in instead.")
        with UnitOfWork(self._ctx.store, SYSTEM_ACTOR) as uow:
            uow.add(EstablishmentRow(code=code, name=establishment_name.strip()), "establishment.added")
            uow.add(Meta(key="establishment_code", value=code), "profile.set_up")
            user = self._new_user(uow, username, display_name, password, role, code)
        return _user_dto(user)

    def add_user(
        self, admin: CurrentUser, *, username: str, display_name: str, role: UserRole, password: str
    ) -> tuple[StaffMember, ChangeSet]:
        """An administrator adds a local account."""
        require(admin.role, Permission.MANAGE_USERS)
        errors = self._account_problems(username, display_name, password)
        if errors:
            raise ValidationErrors(errors)
        with UnitOfWork(self._ctx.store, Actor(admin.user_id, admin.username)) as uow:
            user = self._new_user(uow, username, display_name, password, role, admin.establishment_code)
        return StaffMember(user.id, user.username, user.display_name, role, True), ChangeSet(
            entities=frozenset({"user"})
        )

    def _account_problems(self, username: str, display_name: str, password: str) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if not _USERNAME_RE.match(username.strip()):
            errors.append(
                ValidationError(
                    "User names are 2–64 lower-case letters, digits, dots, hyphens or underscores, "
                    "starting with a letter.",
                    field="username",
                )
            )
        err = check_text(display_name, "display_name", "full name", required=True, limit=120)
        if err:
            errors.append(err)
        errors.extend(password_problems(password, username=username.strip()))
        return errors

    def _new_user(
        self, uow: UnitOfWork, username: str, display_name: str, password: str, role: UserRole, code: str
    ) -> User:
        name = username.strip()
        if uow.session.scalar(select(User.id).where(User.username == name)):
            raise ValidationErrors([ValidationError(f"The user name {name} is taken.", field="username")])
        user = User(
            id=new_id(),
            username=name,
            display_name=display_name.strip(),
            role=role.value,
            password_verifier=hash_password(password),
            establishment_code=code,
            active=True,
            created_at=utcnow(),
            failed_logins=0,
        )
        return uow.add(user, "user.created")  # type: ignore[no-any-return]

    def clear_sign_in_lockout(self, manager: CurrentUser, username: str) -> tuple[StaffMember, ChangeSet]:
        """A manager or administrator lets a user locked out by wrong passwords sign in again at once.

        Clears the failure count and the wait (issue 7 point 18); the clearing is audited with who did it.
        """
        require(manager.role, Permission.UNLOCK_ACCOUNTS)
        name = username.strip().lower()
        with UnitOfWork(self._ctx.store, Actor(manager.user_id, manager.username)) as uow:
            here = User.establishment_code == manager.establishment_code
            row = uow.session.scalars(select(User).where(User.username == name, here)).first()
            if row is None:
                message = f"There is no account {name!r} at this establishment."
                raise ValidationError(message, field="username")
            uow.update(row, "user.sign_in_lockout_cleared", failed_logins=0, next_sign_in_at=None)
            member = StaffMember(row.id, row.username, row.display_name, UserRole(row.role), row.active)
        return member, ChangeSet(entities=frozenset({"user"}))

    def staff(self, user: CurrentUser, roles: tuple[UserRole, ...] | None = None) -> list[StaffMember]:
        """Active local staff at the user's establishment, by name (for allocation choices)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            q = select(User).where(User.active, User.establishment_code == user.establishment_code)
            if roles:
                q = q.where(User.role.in_([r.value for r in roles]))
            return [
                StaffMember(u.id, u.username, u.display_name, UserRole(u.role), u.active)
                for u in s.scalars(q.order_by(User.display_name))
            ]

    # -- department contributions (issue 9 point 3) --
    def set_department(self, admin: CurrentUser, username: str, department: Department | None) -> ChangeSet:
        """An administrator sets (or clears) a department contributor's department: their queue of
        contribution requests then shows only that department's (all at the establishment if none)."""
        require(admin.role, Permission.MANAGE_USERS)
        name = username.strip().lower()
        with UnitOfWork(self._ctx.store, Actor(admin.user_id, admin.username)) as uow:
            here = User.establishment_code == admin.establishment_code
            row = uow.session.scalars(select(User).where(User.username == name, here)).first()
            if row is None:
                message = f"There is no account {name!r} at this establishment."
                raise ValidationError(message, field="username")
            value = department.value if department is not None else None
            uow.update(row, "user.department_set", department=value)
        return ChangeSet(entities=frozenset({"user"}))
