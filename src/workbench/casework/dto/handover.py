"""What the case page shows about handover to the community offender manager (issue 10 point 2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbench.domain.handover import Handover, Release, Responsibility


@dataclass(frozen=True, slots=True)
class HandoverView:
    """Who is responsible for a prisoner today, the handover dates and why.

    ``responsibility`` is None when no handover applies (remand, unsentenced, no sentence recorded);
    ``summary`` then says why. ``assumptions``: facts the record does not hold and were taken as "no"
    (open conditions, early allocation), each said in words so the reader can correct them.
    """

    prisoner_id: str
    responsibility: Responsibility | None
    earliest_release: Release | None
    handover: Handover | None
    handover_start_on: date | None
    summary: str
    assumptions: tuple[str, ...] = ()
    why: str = ""  # the handover rule in one sentence (``summary`` without who and the release date)

    @property
    def handover_on(self) -> date | None:
        """The handover date (None: none — see ``handover.reason``)."""
        return self.handover.date if self.handover else None

    @property
    def responsibility_label(self) -> str:
        """Who is responsible, in words ("Prison offender manager responsible")."""
        if self.responsibility is None:
            return "No handover: the prisoner is not serving a sentence"
        return self.responsibility.label
