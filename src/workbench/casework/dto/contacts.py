"""Frozen DTOs of the contact log (issue 8 point 8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbench.domain.contacts import Restriction


@dataclass(frozen=True, slots=True)
class NewContact:
    """What a person typed for a contact-log entry (a new one, or the corrected text of one).

    ``kind`` is a ``domain.contacts.ContactKind`` value; ``contact_time`` is the typed time ("" when not
    given); ``referral_id`` / ``objective_id`` optionally link the entry to a referral or plan objective.
    """

    kind: str
    contact_date: date
    summary: str
    contact_time: str = ""
    restricted: Restriction | None = None
    referral_id: str | None = None
    objective_id: str | None = None


@dataclass(frozen=True, slots=True)
class ContactLogEntry:
    """One entry of a prisoner's contact log, as shown."""

    entry_id: str
    prisoner_id: str
    kind: str
    kind_label: str
    contact_date: date
    contact_time: str | None  # "HH:MM" or None when not recorded
    summary: str
    author_id: str
    author_name: str
    author_role_label: str  # "" for entries written before roles were recorded
    restricted: Restriction | None
    referral_id: str | None
    objective_id: str | None
    supersedes_id: str | None
    correction_reason: str | None
    corrected_by_id: str | None = None  # the entry that corrects this one (this one is then out of date)
    corrected_on: date | None = None  # when that correction was written
    corrected_by_name: str | None = None  # who wrote it

    @property
    def is_corrected(self) -> bool:
        """True when a newer entry supersedes this one: it is kept, and shown as corrected."""
        return self.corrected_by_id is not None

    @property
    def when(self) -> str:
        """ "Thu 26 Nov 2026 14:30" (the time only when recorded)."""
        day = f"{self.contact_date:%a} {self.contact_date.day} {self.contact_date:%b %Y}"
        return f"{day} {self.contact_time}" if self.contact_time else day


@dataclass(frozen=True, slots=True)
class ContactLog:
    """A prisoner's contact log for one reader: newest first, filtered by kind if asked.

    ``hidden_restricted`` counts the restricted entries (of the kind asked for) this reader's role may
    not see, so the screen can say so rather than pretend the log is complete.
    """

    prisoner_id: str
    entries: tuple[ContactLogEntry, ...]
    hidden_restricted: int = 0
    kind: str | None = None

    @property
    def hidden_note(self) -> str:
        """ "2 restricted entries not shown" (or "" when none is hidden)."""
        n = self.hidden_restricted
        if not n:
            return ""
        return f"{n} restricted entr{'y' if n == 1 else 'ies'} not shown (your role cannot read them)."
