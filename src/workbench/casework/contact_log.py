"""The contact log: any contact or observation, one chronological list per prisoner (issue 8 point 8).

Entries are class A (append-only): adding writes a new ``contact_entry``; correcting writes another one
that supersedes it, with a reason, and the old entry is kept and shown as corrected (DESIGN.md section
3). Restricted entries (security, public protection) are filtered HERE, not only on screen: a reader
whose role ``policy.toml`` ``[contacts] restricted_visible_to`` does not name never receives them, only
a count of how many were left out. The author always reads what they wrote.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.contacts import ContactLog, ContactLogEntry, NewContact
from workbench.casework.guards import editable_prisoner
from workbench.casework.validation import check_not_future, check_not_too_early, check_text, clean_paragraphs
from workbench.domain.contacts import ContactKind, Restriction, kind_label, may_read, parse_contact_time
from workbench.domain.enums import UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.models import ContactEntry, CustodyEvent, Prisoner

MAX_REASON = 2_000
_ID_LENGTH = 36


def _fmt(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


class ContactLogService:
    """Add, correct and read contact-log entries; every call checks the reader's or writer's role."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -----------------------------------------------------------------------------------

    def log(self, user: CurrentUser, prisoner_id: str, kind: str | None = None) -> ContactLog:
        """The prisoner's entries this user may read, newest first; only ``kind`` when given.

        Corrected entries are included and marked (``is_corrected``); restricted entries the user may
        not read are left out and counted in ``hidden_restricted``.
        """
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            rows = _entries(s, prisoner_id)
        visible_to = self._ctx.policy.restricted_visible_to
        successors: dict[str, ContactEntry] = {r.supersedes_id: r for r in rows if r.supersedes_id}
        shown: list[ContactLogEntry] = []
        hidden = 0
        for row in rows:
            if kind is not None and row.kind != kind:
                continue
            if not may_read(
                _effective_restriction(row, successors),
                user.role,
                is_author=row.author_id == user.user_id,
                visible_to=visible_to,
            ):
                hidden += 1
                continue
            shown.append(_dto(row, successors.get(row.id)))
        return ContactLog(prisoner_id, tuple(shown), hidden, kind)

    # -- writing -----------------------------------------------------------------------------------

    def add(
        self, user: CurrentUser, prisoner_id: str, entry: NewContact
    ) -> tuple[ContactLogEntry, ChangeSet]:
        """Add an entry of any kind but the first contact (``ContactService.record_first_contact``).

        Raises ``ValidationErrors`` naming every problem at once (fields ``kind``, ``contact_date``,
        ``contact_time``, ``summary``, ``referral_id``, ``objective_id``).
        """
        require(user.role, Permission.ADD_CONTACT_NOTE)
        errors = self._check(entry, allow_first_contact=False)
        with self._ctx.write(user, Permission.ADD_CONTACT_NOTE) as uow:
            prisoner = _open_prisoner(uow.session, prisoner_id)
            errors.extend(_check_custody_dates(uow.session, prisoner, entry.contact_date))
            if errors:
                raise ValidationErrors(errors)
            row = uow.add(_row(user, prisoner_id, entry), "contact.recorded")
            dto = _dto(row, None)
        return dto, ChangeSet(frozenset({prisoner_id}), frozenset({"contact_entry"}))

    def correct(
        self, user: CurrentUser, entry_id: str, entry: NewContact, reason: str
    ) -> tuple[ContactLogEntry, ChangeSet]:
        """Correct an entry: a new entry superseding it, with the reason; the old one is never changed.

        Only its author or an OMU manager may correct an entry, and only its latest version. A first
        contact stays a first contact (its date still stops the clock).
        """
        require(user.role, Permission.ADD_CONTACT_NOTE)
        with self._ctx.write(user, Permission.ADD_CONTACT_NOTE) as uow:
            s = uow.session
            old = s.get(ContactEntry, entry_id)
            visible_to = self._ctx.policy.restricted_visible_to
            if (
                old is None
                or old.deleted_at is not None
                or not may_read(
                    old.restricted, user.role, is_author=old.author_id == user.user_id, visible_to=visible_to
                )
            ):
                raise ValidationError("That entry is not on this terminal's record.")
            if old.author_id != user.user_id and user.role is not UserRole.MANAGER:
                raise PermissionDenied(
                    f"Only the author ({old.author_name}) or an OMU manager can correct this entry."
                )
            newer = s.scalars(
                select(ContactEntry).where(
                    ContactEntry.supersedes_id == old.id, ContactEntry.deleted_at.is_(None)
                )
            ).first()
            if newer is not None:
                raise ValidationError(
                    f"This entry was already corrected by {newer.author_name}; "
                    "correct the newer entry instead."
                )
            prisoner = _open_prisoner(s, old.prisoner_id)
            first = old.kind == ContactKind.FIRST_CONTACT
            if first and entry.kind != ContactKind.FIRST_CONTACT:
                errors = [ValidationError("A first contact stays a first contact.", field="kind")]
            else:
                errors = self._check(entry, allow_first_contact=first)
            errors.extend(_check_custody_dates(s, prisoner, entry.contact_date))
            if first and entry.contact_date < prisoner.arrived_on and old.contact_date >= prisoner.arrived_on:
                errors.append(
                    ValidationError(
                        "The first contact cannot be before the prisoner arrived "
                        f"({_fmt(prisoner.arrived_on)}).",
                        field="contact_date",
                    )
                )
            reason_error = check_text(
                reason, "reason", "reason for the correction", required=True, limit=MAX_REASON
            )
            if reason_error is not None:
                errors.append(reason_error)
            new = _row(user, old.prisoner_id, entry)
            if not errors and _same(old, new):
                errors.append(
                    ValidationError(
                        "Nothing has been changed: change the entry, or cancel.", code="unchanged"
                    )
                )
            if errors:
                raise ValidationErrors(errors)
            new.supersedes_id = old.id
            new.correction_reason = clean_paragraphs(reason)
            row = uow.add(new, "contact.corrected")
            dto = _dto(row, None)
        return dto, ChangeSet(frozenset({old.prisoner_id}), frozenset({"contact_entry"}))

    def _check(self, entry: NewContact, *, allow_first_contact: bool) -> list[ValidationError]:
        """Every problem with the typed entry that needs no store (kind, date, time, text, links)."""
        errors: list[ValidationError] = []
        try:
            kind = ContactKind(entry.kind)
        except ValueError:
            errors.append(ValidationError("Choose the kind of contact.", field="kind"))
        else:
            if kind is ContactKind.FIRST_CONTACT and not allow_first_contact:
                errors.append(
                    ValidationError(
                        "Record the first contact with “Record first contact” (it stops the 10-day clock).",
                        field="kind",
                    )
                )
        for err in (
            check_not_future(entry.contact_date, self._ctx.today(), "contact_date", "contact date"),
            check_not_too_early(entry.contact_date, "contact_date", "contact date"),
            check_text(entry.summary, "summary", "summary of the contact", required=True),
        ):
            if err is not None:
                errors.append(err)
        try:
            time = parse_contact_time(entry.contact_time)
        except ValidationError as exc:
            errors.append(exc)
        else:
            now = self._ctx.local_now()
            later = (time.hour, time.minute) > (now.hour, now.minute) if time and now else False
            if now is not None and entry.contact_date == now.date() and later:
                errors.append(
                    ValidationError(
                        f"The contact time ({time}) is later today: a contact is recorded after it "
                        f"happened (it is {now:%H:%M} now).",
                        field="contact_time",
                    )
                )
        if entry.restricted is not None and not isinstance(entry.restricted, Restriction):
            errors.append(ValidationError("Choose why the entry is restricted.", field="restricted"))
        for field, value, label in (
            ("referral_id", entry.referral_id, "referral"),
            ("objective_id", entry.objective_id, "plan objective"),
        ):
            if value is not None and (not value.strip() or len(value) > _ID_LENGTH):
                errors.append(ValidationError(f"That {label} is not on this terminal's record.", field=field))
        return errors


def _open_prisoner(session: Session, prisoner_id: str) -> Prisoner:
    """The prisoner, if their case may be changed here (issue 11 point 5: the one guard says why not)."""
    return editable_prisoner(session, prisoner_id)


def _check_custody_dates(session: Session, prisoner: Prisoner, contact_date: date) -> list[ValidationError]:
    """A contact in this log is a contact in custody: not before the prisoner's first custody event
    on this record (an earlier stay counts), nor before this arrival when no event is recorded."""
    first_event = session.scalar(
        select(func.min(CustodyEvent.event_date)).where(
            CustodyEvent.prisoner_id == prisoner.id, CustodyEvent.deleted_at.is_(None)
        )
    )
    earliest = min(d for d in (first_event, prisoner.arrived_on) if d is not None)
    if contact_date < earliest:
        return [
            ValidationError(
                f"The contact date ({_fmt(contact_date)}) is before the prisoner came into custody "
                f"({_fmt(earliest)}).",
                field="contact_date",
            )
        ]
    return []


def _row(user: CurrentUser, prisoner_id: str, entry: NewContact) -> ContactEntry:
    """The new row for ``entry`` as stored (text cleaned, time as "HH:MM"), written by ``user``."""
    time = parse_contact_time(entry.contact_time)
    return ContactEntry(
        prisoner_id=prisoner_id,
        contact_date=entry.contact_date,
        contact_time=str(time) if time is not None else None,
        kind=ContactKind(entry.kind).value,
        summary=clean_paragraphs(entry.summary),
        author_id=user.user_id,
        author_name=user.display_name,
        author_role=user.role.value,
        restricted=entry.restricted.value if entry.restricted is not None else None,
        referral_id=entry.referral_id,
        objective_id=entry.objective_id,
    )


_COMPARED = ("contact_date", "contact_time", "kind", "summary", "restricted", "referral_id", "objective_id")


def _same(old: ContactEntry, new: ContactEntry) -> bool:
    return all(getattr(old, name) == getattr(new, name) for name in _COMPARED)


def _entries(session: Session, prisoner_id: str) -> Sequence[ContactEntry]:
    """Every live entry of the prisoner, newest first (an entry without a time after those with one)."""
    return session.scalars(
        select(ContactEntry)
        .where(ContactEntry.prisoner_id == prisoner_id, ContactEntry.deleted_at.is_(None))
        .order_by(
            ContactEntry.contact_date.desc(),
            ContactEntry.contact_time.desc(),
            ContactEntry.created_at.desc(),
            ContactEntry.id.desc(),
        )
    ).all()


def _effective_restriction(row: ContactEntry, successors: dict[str, ContactEntry]) -> str | None:
    """The entry's restriction, or that of a correction of it: text later marked restricted stays hidden
    in its earlier versions too."""
    seen: set[str] = set()
    current: ContactEntry | None = row
    while current is not None and current.id not in seen:
        if current.restricted:
            return current.restricted
        seen.add(current.id)
        current = successors.get(current.id)
    return None


def _dto(row: ContactEntry, corrected_by: ContactEntry | None) -> ContactLogEntry:
    role = ""
    if row.author_role:
        try:
            role = UserRole(row.author_role).label
        except ValueError:
            role = row.author_role
    restricted = None
    if row.restricted:
        try:
            restricted = Restriction(row.restricted)
        except ValueError:  # a newer terminal's category: still restricted, shown as security
            restricted = Restriction.SECURITY
    return ContactLogEntry(
        entry_id=row.id,
        prisoner_id=row.prisoner_id,
        kind=row.kind,
        kind_label=kind_label(row.kind),
        contact_date=row.contact_date,
        contact_time=row.contact_time,
        summary=row.summary,
        author_id=row.author_id,
        author_name=row.author_name,
        author_role_label=role,
        restricted=restricted,
        referral_id=row.referral_id,
        objective_id=row.objective_id,
        supersedes_id=row.supersedes_id,
        correction_reason=row.correction_reason,
        corrected_by_id=corrected_by.id if corrected_by is not None else None,
        corrected_on=corrected_by.created_at.date() if corrected_by is not None else None,
        corrected_by_name=corrected_by.author_name if corrected_by is not None else None,
    )


def readable(
    user: CurrentUser, rows: Sequence[ContactEntry], visible_to: Sequence[str]
) -> list[ContactEntry]:
    """The rows ``user`` may read, by the same rule as ``ContactLogService.log`` (``rows`` holding every
    live entry of the prisoner, so a correction that restricts an entry hides its earlier versions too)."""
    successors: dict[str, ContactEntry] = {r.supersedes_id: r for r in rows if r.supersedes_id}
    return [
        r
        for r in rows
        if may_read(
            _effective_restriction(r, successors),
            user.role,
            is_author=r.author_id == user.user_id,
            visible_to=visible_to,
        )
    ]


__all__ = ["MAX_REASON", "ContactLogService", "readable"]
