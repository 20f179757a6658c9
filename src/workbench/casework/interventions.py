"""Interventions needed versus available, and transfers for resources (issue 9 point 4).

FOUNDATION STUB: written by that work.
"""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class InterventionService:
    """Record each required intervention whatever its availability; the unmet-need ledger; CSV export."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
