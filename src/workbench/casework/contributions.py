"""Department contributions to the one plan (issue 9 point 3). FOUNDATION STUB: written by that work."""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class ContributionService:
    """Request a department's contribution, write it (contributors), merge its proposals into THE plan."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
