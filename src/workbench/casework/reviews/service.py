"""Review tasks raised by the trigger sweep, snoozing, recording and signing reviews (issue 10 points 1, 4).

FOUNDATION STUB: written by that work (issue 10).
"""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class ReviewService:
    """Run the trigger sweep, list and snooze review tasks, write and sign reviews."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
