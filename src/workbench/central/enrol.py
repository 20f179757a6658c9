"""Enrolling establishments, terminals (devices, with their bearer tokens) and users on the central record."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import insert, select

from workbench.central.auth import hash_token, new_token
from workbench.central.db import Database, utcnow
from workbench.central.models import CentralUser, Device, Establishment, Token
from workbench.domain.enums import UserRole
from workbench.domain.errors import ValidationError

_CODE = re.compile(r"^[A-Z0-9]{2,8}$")
_USERNAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")


@dataclass(frozen=True)
class EnrolledDevice:
    """A newly enrolled terminal. ``token`` is shown once and is not kept by the central record."""

    device_id: str
    establishment_code: str
    name: str
    token: str


def add_establishment(db: Database, code: str, name: str | None = None) -> bool:
    """Register an establishment if it is not known yet; return whether it was added."""
    if not _CODE.match(code):
        raise ValidationError(
            "An establishment code is 2 to 8 capital letters or digits, like MDI.", field="establishment"
        )
    with db.write() as conn:
        if conn.execute(select(Establishment.code).where(Establishment.code == code)).scalar() is not None:
            return False
        conn.execute(insert(Establishment).values(code=code, name=name or code, created_at=utcnow()))
    return True


def add_device(db: Database, establishment_code: str, name: str) -> EnrolledDevice:
    """Enrol a terminal at ``establishment_code`` (registered if new) and issue its bearer token."""
    name = name.strip()
    if not 1 <= len(name) <= 120:
        raise ValidationError("Give the terminal a name of 1 to 120 characters.", field="name")
    add_establishment(db, establishment_code)
    device_id = str(uuid.uuid4())
    token = new_token()
    now = utcnow()
    with db.write() as conn:
        conn.execute(
            insert(Device).values(
                id=device_id,
                name=name,
                establishment_code=establishment_code,
                active=True,
                created_at=now,
            )
        )
        conn.execute(insert(Token).values(token_hash=hash_token(token), device_id=device_id, created_at=now))
    return EnrolledDevice(device_id, establishment_code, name, token)


def add_user(
    db: Database,
    username: str,
    role: UserRole | str,
    establishment_code: str,
    *,
    user_id: str | None = None,
    display_name: str = "",
) -> str:
    """Enrol a user (``user_id`` lets a terminal's local user id be used); return the id."""
    if not _USERNAME.match(username):
        raise ValidationError("A user name is 1 to 64 letters, digits or . _ @ -.", field="username")
    try:
        role = UserRole(role)
    except ValueError as exc:
        raise ValidationError(
            f"Role must be one of {', '.join(r.value for r in UserRole)}.", field="role"
        ) from exc
    try:
        uid = str(uuid.UUID(user_id)) if user_id else str(uuid.uuid4())
    except ValueError as exc:
        raise ValidationError("A user id is a UUID.", field="user_id") from exc
    add_establishment(db, establishment_code)
    with db.write() as conn:
        clash = conn.execute(
            select(CentralUser.id).where((CentralUser.id == uid) | (CentralUser.username == username))
        ).scalar()
        if clash is not None:
            raise ValidationError(
                f"A user with that id or user name ({username}) is already enrolled.", field="username"
            )
        conn.execute(
            insert(CentralUser).values(
                id=uid,
                username=username,
                display_name=display_name[:120],
                role=role.value,
                establishment_code=establishment_code,
                active=True,
                created_at=utcnow(),
            )
        )
    return uid
