"""Sentence planning boards (issue 10 point 5). FOUNDATION STUB: written by that work (issue 10)."""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class BoardService:
    """Schedule boards, invite departments, track attendance, record decisions into the plan."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
