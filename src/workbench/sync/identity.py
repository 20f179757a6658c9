"""Who this terminal's users are, for enrolling them on a central record (the demo profile does it itself)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from workbench.store.engine import Store
from workbench.store.models import Meta, User


@dataclass(frozen=True)
class LocalUser:
    """A local account as the central record needs it: same id, so changes match their author."""

    user_id: str
    username: str
    display_name: str
    role: str
    establishment_code: str


def local_users(store: Store) -> list[LocalUser]:
    """Every active local account."""
    with store.read() as session:
        return [
            LocalUser(u.id, u.username, u.display_name, u.role, u.establishment_code)
            for u in session.scalars(select(User).where(User.active).order_by(User.username))
        ]


def establishment_code(store: Store) -> str | None:
    """The establishment this terminal serves, or None before set-up."""
    with store.read() as session:
        row = session.get(Meta, "establishment_code")
        return row.value if row else None
