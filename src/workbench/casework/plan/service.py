"""The sentence plan's use cases (issue 9 point 1). FOUNDATION STUB: written by the plan work."""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class PlanService:
    """Start (seeded), edit, version and agree THE plan of a prisoner."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
