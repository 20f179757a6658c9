"""Handover to the community offender manager for a case (issue 10 point 2).

FOUNDATION STUB: written by that work (issue 10).
"""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class HandoverService:
    """Who is responsible for a prisoner, the handover dates and why (domain.handover)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
