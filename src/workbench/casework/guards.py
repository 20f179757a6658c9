"""Checks every casework write makes before it touches a prisoner's case (issue 11 point 5).

A prisoner who has left this terminal's scope (transferred out, released elsewhere, or a grant of
access that ended) stays on the terminal read-only until every change made here has been sent; the
sync client then purges them (DESIGN.md section 5, point 6). The GUI shows such a record read-only,
and this guard makes casework refuse the write too, whoever calls it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from workbench.domain.errors import ValidationError
from workbench.store.models import Prisoner

LEFT_SCOPE = "left_scope"
"""``ValidationError.code`` of a write refused because the prisoner has left this establishment."""
NOT_ON_RECORD = "not_on_record"
"""``ValidationError.code`` of a write refused because the prisoner is not on this terminal's record."""


def editable_prisoner(session: Session, prisoner_id: str) -> Prisoner:
    """The prisoner, if their case may be changed on this terminal; else a ``ValidationError`` saying why.

    Call it inside the write transaction (``with ctx.write(...) as uow``), before any row is added,
    in every service that edits a prisoner's case.
    """
    prisoner = live_prisoner(session, prisoner_id)
    refuse_if_left_scope(session, prisoner_id, prisoner)
    return prisoner


def live_prisoner(session: Session, prisoner_id: str) -> Prisoner:
    """The prisoner on this terminal's record (readable, perhaps read-only); else a ``ValidationError``."""
    prisoner = session.get(Prisoner, prisoner_id)
    if prisoner is None or prisoner.deleted_at is not None:
        raise ValidationError("That prisoner is no longer on this terminal's record.", code=NOT_ON_RECORD)
    return prisoner


def refuse_if_left_scope(session: Session, prisoner_id: str, prisoner: Prisoner | None = None) -> None:
    """Raise a ``ValidationError`` saying why and what to do if the prisoner has left this terminal's scope.

    Unlike ``editable_prisoner`` it accepts a tombstoned prisoner (e.g. resolving a delete/edit conflict).
    """
    prisoner = prisoner if prisoner is not None else session.get(Prisoner, prisoner_id)
    if prisoner is None or prisoner.left_scope_at is None:
        return
    raise ValidationError(left_scope_message(prisoner) + " Nothing was saved.", code=LEFT_SCOPE)


def left_scope_message(prisoner: Prisoner) -> str:
    """Why a prisoner who left this caseload is read-only here, and what to do instead (one wording)."""
    left = f" on {prisoner.left_scope_at:%d/%m/%Y}" if prisoner.left_scope_at is not None else ""
    return (
        f"{prisoner.given_name} {prisoner.family_name} ({prisoner.noms_number}) left this "
        f"establishment's caseload{left} (transferred out, or access ended), so their record here is "
        "read-only. Record it at the establishment now holding them, or ask that establishment's OMU "
        "manager to grant access."
    )
