"""My work: one list of everything due (issue 10 point 3).

FOUNDATION STUB: written by that work (issue 10).
"""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class MyWorkService:
    """Due and overdue reviews, National Standards items, countersign returns, requests and boards."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
