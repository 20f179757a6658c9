"""Contacts with the prisoner. The first contact stops the 10-working-day clock (seed 3.2)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.guards import editable_prisoner
from workbench.casework.validation import check_not_future, check_not_too_early, check_text, clean_paragraphs
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.sentence import FIRST_CONTACT
from workbench.security.permissions import Permission
from workbench.security.principal import CurrentUser
from workbench.store.models import ContactEntry


class ContactService:
    """Record contacts (append-only case notes)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def record_first_contact(
        self, user: CurrentUser, prisoner_id: str, contact_date: date, summary: str
    ) -> ChangeSet:
        """Record the offender supervisor's first contact with the prisoner at this establishment."""
        errors = [
            e
            for e in (
                check_not_future(contact_date, self._ctx.today(), "contact_date", "contact date"),
                check_not_too_early(contact_date, "contact_date", "contact date"),
                check_text(summary, "summary", "summary of the contact", required=True),
            )
            if e
        ]
        with self._ctx.write(user, Permission.RECORD_CONTACT) as uow:
            prisoner = editable_prisoner(uow.session, prisoner_id)
            if contact_date < prisoner.arrived_on:
                errors.append(
                    ValidationError(
                        "The first contact cannot be before the prisoner arrived "
                        f"({prisoner.arrived_on:%d %b %Y}).",
                        field="contact_date",
                    )
                )
            already = uow.session.scalars(
                select(ContactEntry).where(
                    ContactEntry.prisoner_id == prisoner_id,
                    ContactEntry.kind == FIRST_CONTACT,
                    ContactEntry.contact_date >= prisoner.arrived_on,
                    ContactEntry.deleted_at.is_(None),
                )
            ).first()
            if already is not None:
                errors.append(
                    ValidationError(
                        f"First contact was already recorded on {already.contact_date:%d %b %Y}.",
                        field="contact_date",
                    )
                )
            if errors:
                raise ValidationErrors(errors)
            uow.add(
                ContactEntry(
                    prisoner_id=prisoner_id,
                    contact_date=contact_date,
                    kind=FIRST_CONTACT,
                    summary=clean_paragraphs(summary),
                    author_id=user.user_id,
                    author_name=user.display_name,
                    author_role=user.role.value,  # contact log (issue 8 point 8)
                ),
                "contact.first_contact",
            )
        return ChangeSet(frozenset({prisoner_id}), frozenset({"contact_entry"}))
