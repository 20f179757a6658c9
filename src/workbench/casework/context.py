"""What every service needs: the store, the policy and a clock (injectable for tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from workbench.domain.catalogue import Catalogue
from workbench.domain.errors import WorkbenchError
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
    # -- sentence plan (issue 9) --: the intervention catalogue (reference data, resources/), loaded by
    # the composition root like the policy.
    catalogue: Catalogue | None = None
    # The local time of day, for checks like "not later today". None: the real clock while ``today`` is
    # the real date; a context whose ``today`` is fixed to a day (tests, benchmarks) has no time of day.
    now: Callable[[], datetime] | None = None

    def local_now(self) -> datetime | None:
        """The local date and time now, or None when this context's clock has no time of day."""
        if self.now is not None:
            return self.now()
        real = datetime.now()
        return real if self.today() == real.date() else None

    def interventions(self) -> Catalogue:
        """The intervention catalogue; a clear error if the composition root did not load it."""
        if self.catalogue is None:
            raise WorkbenchError("The intervention catalogue (resources/interventions.toml) was not loaded.")
        return self.catalogue

    def write(self, user: CurrentUser, permission: Permission) -> UnitOfWork:
        """Check the user's role, then open one write transaction for them."""
        require(user.role, permission)
        return UnitOfWork(self.store, Actor(user.user_id, user.username))
