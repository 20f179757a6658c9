"""The contact log: kinds of entry, restricted entries and who may read them (issue 8 point 8). Pure.

Inspectors found first contact late and sometimes no meaningful contact for weeks (seed 3.2); every
department's contact with the prisoner goes into one chronological log per prisoner, so the
supervisor sees it in one place. Entries are append-only: a correction is a new entry superseding
the old one. Entries about security or public protection are restricted (DESIGN.md section 6): only
the roles ``policy.toml`` ``[contacts] restricted_visible_to`` names may read them, and their author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from workbench.domain.enums import UserRole
from workbench.domain.errors import ValidationError
from workbench.domain.sentence import FIRST_CONTACT


class ContactKind(StrEnum):
    """The kinds of contact-log entry. Values are stored and synced (``contact_entry.kind``, 24 chars).

    ``FIRST_CONTACT`` is the offender supervisor's first contact of a stay: it stops the
    10-working-day clock (seed 3.2) and is recorded through its own rule (once per arrival).
    """

    FIRST_CONTACT = FIRST_CONTACT
    ONE_TO_ONE = "ONE_TO_ONE"
    WING_OBSERVATION = "WING_OBSERVATION"
    EDUCATION = "EDUCATION"
    SUBSTANCE_MISUSE = "SUBSTANCE_MISUSE"
    HEALTHCARE = "HEALTHCARE"
    PROGRAMMES = "PROGRAMMES"
    CHAPLAINCY = "CHAPLAINCY"
    OM_CONTACT = "OM_CONTACT"
    RISK_MEETING = "RISK_MEETING"
    # -- offence-paralleling (issue 10): written only by casework/offence_paralleling.py --
    OFFENCE_PARALLELING = "OFFENCE_PARALLELING"

    @property
    def label(self) -> str:
        """What screens show for the kind."""
        return _KIND_LABELS[self]


_KIND_LABELS: Final[dict[ContactKind, str]] = {
    ContactKind.FIRST_CONTACT: "First contact",
    ContactKind.ONE_TO_ONE: "Supervisor one-to-one",
    ContactKind.WING_OBSERVATION: "Wing / personal officer observation",
    ContactKind.EDUCATION: "Education",
    ContactKind.SUBSTANCE_MISUSE: "Substance misuse",
    ContactKind.HEALTHCARE: "Healthcare summary",
    ContactKind.PROGRAMMES: "Programmes",
    ContactKind.CHAPLAINCY: "Chaplaincy",
    ContactKind.OM_CONTACT: "Offender manager contact",
    ContactKind.RISK_MEETING: "MAPPA / risk meeting minutes",
    ContactKind.OFFENCE_PARALLELING: "Offence-paralleling behaviour flagged",
}

OWN_RULE_KINDS: Final = frozenset({ContactKind.FIRST_CONTACT, ContactKind.OFFENCE_PARALLELING})
"""Kinds written through their own rule and dialog (the first contact stops a clock; an offence-paralleling
flag raises a review), never through "Add contact"; a correction keeps such an entry's kind."""

LOG_KINDS: Final[tuple[ContactKind, ...]] = tuple(k for k in ContactKind if k not in OWN_RULE_KINDS)
"""The kinds "Add contact" offers: every kind but those with their own rule and dialog."""


def kind_label(kind: str) -> str:
    """The label of a stored kind; a kind this terminal does not know (a newer terminal's, an older
    note) is shown as written rather than refused, so nothing synced is hidden."""
    try:
        return ContactKind(kind).label
    except ValueError:
        return kind.replace("_", " ").capitalize()


class Restriction(StrEnum):
    """Why an entry is restricted (DESIGN.md section 6). ``None`` on an entry means not restricted."""

    SECURITY = "SECURITY"
    PUBLIC_PROTECTION = "PUBLIC_PROTECTION"

    @property
    def label(self) -> str:
        """What screens show."""
        return {Restriction.SECURITY: "Security", Restriction.PUBLIC_PROTECTION: "Public protection"}[self]


DEFAULT_RESTRICTED_VISIBLE_TO: Final[tuple[str, ...]] = (UserRole.SUPERVISOR.value, UserRole.MANAGER.value)
"""Roles that read restricted entries when policy.toml does not say: the OMU (supervisors assess
risk of harm from them; managers countersign). Department contributors and administrators do not."""


def may_read(
    restricted: str | None,
    role: UserRole,
    *,
    is_author: bool,
    visible_to: Iterable[str],
) -> bool:
    """Whether a user may read an entry: always when it is not restricted; else when their role is in
    ``visible_to`` (policy ``[contacts] restricted_visible_to``) or they wrote it."""
    if not restricted:
        return True
    return is_author or role.value in set(visible_to)


MAX_SUMMARY: Final = 20_000
"""The longest summary (protocol rules: a text field holds at most 20,000 characters)."""

_TIME = re.compile(r"^\s*([0-9]{1,2})\s*[:.h]?\s*([0-9]{2})\s*$")  # ASCII digits only


@dataclass(frozen=True, slots=True, order=True)
class ContactTime:
    """A time of day on the 24-hour clock, stored as "HH:MM"."""

    hour: int
    minute: int

    def __str__(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


def parse_contact_time(text: str, field: str = "contact_time") -> ContactTime | None:
    """A typed time ("14:30", "9:05", "1430", "14.30"), None when blank, else a ``ValidationError``
    that says what to type."""
    if not text.strip():
        return None
    m = _TIME.match(text)
    if m is not None:
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour < 24 and minute < 60:
            return ContactTime(hour, minute)
    raise ValidationError(
        f"“{text.strip()}” is not a time of day: type it on the 24-hour clock, e.g. 14:30.", field=field
    )


__all__ = [
    "DEFAULT_RESTRICTED_VISIBLE_TO",
    "LOG_KINDS",
    "MAX_SUMMARY",
    "OWN_RULE_KINDS",
    "ContactKind",
    "ContactTime",
    "Restriction",
    "kind_label",
    "may_read",
    "parse_contact_time",
]
