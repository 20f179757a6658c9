"""What every service needs: the store, the policy and a clock (injectable for tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from workbench.domain.policy import Policy
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.engine import Store
from workbench.store.unit_of_work import Actor, UnitOfWork


@dataclass(frozen=True)
class ServiceContext:
    """Shared dependencies of the casework services, built once by the composition root."""

    store: Store
    policy: Policy
    today: Callable[[], date] = field(default=date.today)

    def write(self, user: CurrentUser, permission: Permission) -> UnitOfWork:
        """Check the user's role, then open one write transaction for them."""
        require(user.role, permission)
        return UnitOfWork(self.store, Actor(user.user_id, user.username))
