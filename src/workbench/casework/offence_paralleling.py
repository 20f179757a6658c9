"""Flagging offence-paralleling behaviour from an adjudication or security information (issue 10 point 1).

Behaviour in custody that mirrors the offending (e.g. violence over debt for a robbery conviction) is a
reason to review the plan and the risk management plan (DESIGN.md section 4 "Review triggers"). One call
is one transaction: a contact-log entry everyone allowed can see on the case (class A, synced; restricted
to the security readers when the source is security information), the ``OFFENCE_PARALLELING`` domain
event the review sweep turns into a review task (``domain.review_triggers`` documents its payload), and
the audit events and outbox change the unit of work writes.

Permission: ``PLAN_RISK`` (supervisors and managers): the flag changes what the risk work must look at,
so it belongs with the risk management plan, not with every department's contact notes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.guards import editable_prisoner
from workbench.casework.validation import check_not_future, check_not_too_early, check_text, clean_line
from workbench.domain.contacts import ContactKind, Restriction
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.review_triggers import OFFENCE_PARALLELING
from workbench.security.permissions import Permission
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import ContactEntry, DomainEvent

__all__ = [
    "MAX_REFERENCE",
    "FlaggedBehaviour",
    "OffenceParallelingService",
    "ParallelingSource",
]

MAX_REFERENCE = 300
"""A short reference and description (the adjudication number, the security report's gist)."""


class ParallelingSource(StrEnum):
    """Where the behaviour was seen. Values are the event payload's ``source``."""

    ADJUDICATION = "ADJUDICATION"
    SECURITY = "SECURITY"

    @property
    def label(self) -> str:
        """What screens and the log entry say."""
        return "Adjudication" if self is ParallelingSource.ADJUDICATION else "Security information"


@dataclass(frozen=True, slots=True)
class FlaggedBehaviour:
    """A saved flag: the log entry it made and what it says."""

    entry_id: str
    event_id: str
    prisoner_id: str
    source: ParallelingSource
    seen_on: date
    reference: str
    summary: str


class OffenceParallelingService:
    """Flag adjudication or security information as offence-paralleling behaviour."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def flag(
        self,
        user: CurrentUser,
        prisoner_id: str,
        *,
        source: ParallelingSource | None,
        seen_on: date | None,
        reference: str,
    ) -> tuple[FlaggedBehaviour, ChangeSet]:
        """Write the log entry, the domain event, audit and outbox in one transaction.

        Raises ``ValidationErrors`` naming every problem at once (fields ``source``, ``seen_on``,
        ``reference``); ``PermissionDenied`` for a role without ``PLAN_RISK``.
        """
        today = self._ctx.today()
        errors: list[ValidationError] = []
        if source is None:
            errors.append(
                ValidationError(
                    "Choose where it was seen: an adjudication or security information.", field="source"
                )
            )
        if seen_on is None:
            errors.append(
                ValidationError("Enter the date of the adjudication or security report.", field="seen_on")
            )
        label = "date of the adjudication or security report"
        for err in (
            check_not_future(seen_on, today, "seen_on", label),
            check_not_too_early(seen_on, "seen_on", label),
            check_text(
                reference,
                "reference",
                "reference and description",
                required=True,
                limit=MAX_REFERENCE,
                multiline=False,
            ),
        ):
            if err is not None:
                errors.append(err)
        with self._ctx.write(user, Permission.PLAN_RISK) as uow:
            editable_prisoner(uow.session, prisoner_id)
            if errors:
                raise ValidationErrors(errors)
            assert source is not None and seen_on is not None
            text = clean_line(reference)
            summary = f"{source.label} flagged as offence-paralleling behaviour: {text}"
            entry = uow.add(
                ContactEntry(
                    prisoner_id=prisoner_id,
                    contact_date=seen_on,
                    kind=ContactKind.OFFENCE_PARALLELING.value,
                    summary=summary,
                    author_id=user.user_id,
                    author_name=user.display_name,
                    author_role=user.role.value,
                    # Security information stays with the roles allowed to read it (DESIGN.md section 6).
                    restricted=Restriction.SECURITY.value if source is ParallelingSource.SECURITY else None,
                ),
                "contact.offence_paralleling",
            )
            event = uow.add(
                DomainEvent(
                    id=new_id(),
                    prisoner_id=prisoner_id,
                    kind=OFFENCE_PARALLELING,
                    # The sweep dates the review from the event: the day the behaviour was seen.
                    occurred_at=datetime.combine(seen_on, time(12)),
                    payload=json.dumps({"source": source.value, "reference": text}),
                ),
                "domain_event.raised",
            )
            flagged = FlaggedBehaviour(entry.id, event.id, prisoner_id, source, seen_on, text, summary)
        return flagged, ChangeSet(frozenset({prisoner_id}), frozenset({"contact_entry"}))
