"""The plan's live quality checks for one prisoner (issue 9 point 5). FOUNDATION STUB: the rules are
written by the quality work (``domain/plan_quality.py``); the interface below is fixed."""

from __future__ import annotations

from workbench.casework.context import ServiceContext
from workbench.domain.plan import QualityCheck
from workbench.security.principal import CurrentUser


class PlanQualityService:
    """Green/amber/red checks of a prisoner's plan, each with its reason and where to fix it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def checks(self, user: CurrentUser, prisoner_id: str) -> tuple[QualityCheck, ...]:
        """Every check for ``prisoner_id``'s plan, in the panel's order."""
        del user, prisoner_id
        return ()
