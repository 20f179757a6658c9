"""What the risk-of-harm services share: look-ups, the author-only rule for drafts, dates in words."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session, object_session

from workbench.casework.guards import editable_prisoner, left_scope_message, live_prisoner
from workbench.domain.errors import PermissionDenied, ValidationError
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner
from workbench.store.rosh_models import DRAFT


def fmt(d: date | datetime) -> str:
    """A date as the case page writes it."""
    return f"{d:%d %b %Y}"


def prisoner(s: Session, prisoner_id: str) -> Prisoner:
    """The live prisoner row, or a ValidationError a person can read."""
    return live_prisoner(s, prisoner_id)


def own_draft(row: Any, user: CurrentUser, what: str, *, for_writing: bool) -> None:
    """Refuse a signed record (immutable: a correction supersedes it) and, for writing, another
    author's draft (class C: single writer)."""
    if row is None or row.deleted_at is not None:
        raise ValidationError(f"That {what} draft is no longer open; it was signed or discarded.")
    if row.status != DRAFT:
        raise ValidationError(
            f"A signed {what} cannot be changed. To correct it, choose Correct… to start a new draft "
            "that supersedes it."
        )
    session = object_session(row)
    if for_writing and session is not None:
        editable_prisoner(session, row.prisoner_id)  # issue 11 point 5: not after the prisoner left
    if for_writing and row.author_id != user.user_id:
        raise PermissionDenied(
            f"This draft belongs to {row.author_name}. You can read it, but only {row.author_name} can "
            "change, sign or discard it."
        )


def read_only_reason(row: Any, user: CurrentUser, what: str) -> str | None:
    """Why this user cannot change the record (None: they can)."""
    if row.status != DRAFT:
        when = fmt(row.completed_at or row.created_at)
        return f"Signed by {row.signed_by_name} on {when}; a signed {what} cannot be changed, only corrected."
    if row.author_id != user.user_id:
        return f"This draft belongs to {row.author_name}; you can read it but not change it."
    if not allows(user.role, Permission.ASSESS):
        return f"Your role ({user.role.label}) cannot write risk of harm assessments."
    return None


def cannot_start(user: CurrentUser, p: Prisoner, draft: Any, what: str) -> str | None:
    """Why ``user`` cannot open a new draft of ``what`` for ``p`` (None: they can)."""
    if not allows(user.role, Permission.ASSESS):
        return f"Your role ({user.role.label}) cannot write risk of harm assessments."
    if p.left_scope_at is not None:
        return left_scope_message(p)
    if draft is not None:
        since = fmt(draft.created_at)
        if draft.author_id == user.user_id:
            return f"You already have a {what} draft open for this prisoner (started {since})."
        return (
            f"{draft.author_name} has a {what} draft open for this prisoner (started {since}); one at a time."
        )
    return None


def loads(text: str | None, default: Any) -> Any:
    """JSON text from a record column, or ``default`` when empty."""
    return json.loads(text) if text else default
