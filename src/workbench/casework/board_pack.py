"""The board pack and the other printed documents (issue 10 point 6).

FOUNDATION STUB: written by that work (issue 10).
"""

from __future__ import annotations

from workbench.casework.context import ServiceContext


class BoardPackService:
    """Gather a prisoner's pack and write it (reports/) as a PDF."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
