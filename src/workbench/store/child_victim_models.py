"""ORM rows for the children at risk and the identifiable victims of a case (issue 8 point 5).

Seed 3.12: a child-protection objective was found in only half of the cases that needed one; seed
4.8: victim safety under-prioritised in a third. Both are kept up to date as the case goes on (a new
social worker, a victim who moves), so each is a class B row merged per field, never signed; the
risk management plan and the next issue's quality rules read what they require
(``domain.rmp.required_items``). Migration 0006 creates them.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models import Base, Synced


class ChildConcern(Synced, Base):
    """A child at risk from the prisoner, and the in-prison measures that protect them (class B).

    ``child_protection_status``: NONE, CHILD_IN_NEED, CHILD_PROTECTION_PLAN, LOOKED_AFTER or UNKNOWN
    (anything but NONE is a child-protection concern). The measures say what is in place for visits,
    phone calls and mail (an empty text means none recorded).
    """

    __sync_class__ = "B"
    __entity__ = "child_concern"
    __tablename__ = "child_concern"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    child: Mapped[str] = mapped_column(String(120))  # name or description ("daughter, 7")
    relationship: Mapped[str] = mapped_column(String(120), default="")
    contact: Mapped[str] = mapped_column(Text, default="")  # what contact the prisoner has now
    known_to_childrens_services: Mapped[bool | None] = mapped_column(Boolean, default=None)
    child_protection_status: Mapped[str] = mapped_column(String(24), default="UNKNOWN")
    visits_measure: Mapped[str] = mapped_column(Text, default="")
    phone_measure: Mapped[str] = mapped_column(Text, default="")
    mail_measure: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), default="")


class Victim(Synced, Base):
    """An identifiable victim, their victim liaison contact and the victim-awareness work (class B).

    ``victim_awareness``: NONE, PLANNED, IN_PROGRESS or DONE.
    """

    __sync_class__ = "B"
    __entity__ = "victim"
    __tablename__ = "victim"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    victim: Mapped[str] = mapped_column(String(120))  # name or description ("former partner")
    relationship: Mapped[str] = mapped_column(String(120), default="")
    liaison_contact: Mapped[str] = mapped_column(String(200), default="")  # victim liaison officer
    victim_awareness: Mapped[str] = mapped_column(String(16), default="NONE")
    victim_awareness_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), default="")


CHILD_VICTIM_SYNCED_MODELS = (ChildConcern, Victim)
"""For the registry (no parents among them but the prisoner)."""

CHILD_PROTECTION_STATUSES = ("NONE", "CHILD_IN_NEED", "CHILD_PROTECTION_PLAN", "LOOKED_AFTER", "UNKNOWN")
VICTIM_AWARENESS = ("NONE", "PLANNED", "IN_PROGRESS", "DONE")
