"""Bearer tokens and who may write what.

A token identifies a DEVICE (a terminal bound to one establishment). It is an opaque
``secrets.token_urlsafe(32)`` string shown once at enrolment and held on the server only as its
SHA-256 hash. Each pushed change names its AUTHOR, a user enrolled centrally; the author is
re-authorised on every change (DESIGN.md section 5, point 3).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select

from workbench.central.models import CentralUser, Device, Token
from workbench.domain.enums import UserRole
from workbench.protocol.entities import SyncClass


def new_token() -> str:
    """A fresh opaque bearer token (shown once, never stored)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """The SHA-256 hex digest under which a token is stored."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        return None
    return token


@dataclass(frozen=True)
class DeviceIdentity:
    """The terminal a request comes from."""

    device_id: str
    establishment_code: str
    name: str
    token_hash: str


def device_for_token(conn: Connection, token: str) -> DeviceIdentity | None:
    """The active device holding ``token``, or None if the token is unknown, revoked or its device retired."""
    token_hash = hash_token(token)
    row = conn.execute(
        select(Device.id, Device.establishment_code, Device.name)
        .join(Token, Token.device_id == Device.id)
        .where(Token.token_hash == token_hash, Token.revoked_at.is_(None), Device.active.is_(True))
    ).first()
    if row is None:
        return None
    return DeviceIdentity(row.id, row.establishment_code, row.name, token_hash)


@dataclass(frozen=True)
class Author:
    """A centrally enrolled user named as the author of a change."""

    user_id: str
    role: UserRole
    establishment_code: str
    active: bool


_AUTHOR = select(CentralUser.id, CentralUser.role, CentralUser.establishment_code, CentralUser.active).where(
    CentralUser.id == bindparam("user_id")
)  # built once: it runs for every pushed change


def load_author(conn: Connection, user_id: str) -> Author | None:
    """The enrolled user ``user_id``, or None."""
    row = conn.execute(_AUTHOR, {"user_id": user_id}).first()
    if row is None:
        return None
    return Author(row.id, UserRole(row.role), row.establishment_code, bool(row.active))


_WRITABLE: dict[UserRole, frozenset[SyncClass]] = {
    UserRole.SUPERVISOR: frozenset({SyncClass.APPEND_ONLY, SyncClass.MERGED, SyncClass.DRAFT}),
    UserRole.MANAGER: frozenset({SyncClass.APPEND_ONLY, SyncClass.MERGED, SyncClass.DRAFT}),
    UserRole.ADMIN: frozenset({SyncClass.APPEND_ONLY, SyncClass.MERGED, SyncClass.DRAFT}),
    # Department contributors add to the one record (contributions, notes) and keep their own drafts.
    UserRole.CONTRIBUTOR: frozenset({SyncClass.APPEND_ONLY, SyncClass.DRAFT}),
}


def author_problem(author: Author | None, device: DeviceIdentity, sync_class: SyncClass) -> str | None:
    """Why ``author`` may not write an entity of ``sync_class`` through ``device``, or None if they may."""
    if author is None:
        return "the author is not enrolled on the central record; ask an administrator to add them"
    if not author.active:
        return "the author's central account is disabled"
    if author.establishment_code != device.establishment_code:
        return (
            f"the author belongs to establishment {author.establishment_code}, not to this terminal's "
            f"establishment {device.establishment_code}"
        )
    if sync_class not in _WRITABLE[author.role]:
        return f"the author's role ({author.role.label}) cannot change this kind of record"
    return None


GRANTING_ROLES = frozenset({UserRole.MANAGER, UserRole.ADMIN})
