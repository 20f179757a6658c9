"""Shared set-up for the risk management plan tests: a signed full analysis at a given level.

Helper "rosh" writes the analysis service; until the merge these tests put the signed analysis row in
the store through the real unit of work (rows + audit + outbox), exactly as a signed one is stored.
"""

from __future__ import annotations

from datetime import date

from workbench.casework.context import ServiceContext
from workbench.casework.dto.rmp import RmpForm
from workbench.domain.rmp import Measure, MeasureCategory
from workbench.security.principal import CurrentUser
from workbench.store.rosh_models import CompletedRoshAnalysis
from workbench.store.unit_of_work import Actor, UnitOfWork, utcnow


def sign_analysis(
    ctx: ServiceContext, user: CurrentUser, prisoner_id: str, level: str | None, *, children: bool = False
) -> str:
    """A signed full analysis whose overall level is ``level``; returns its id."""
    with UnitOfWork(ctx.store, Actor(user.user_id, user.username)) as uow:
        row = CompletedRoshAnalysis(
            prisoner_id=prisoner_id,
            author_id=user.user_id,
            author_name=user.display_name,
            custody_public=level,
            overall_level=level,
            child_protection_concerns=children,
            completed_at=utcnow(),
            signed_by_id=user.user_id,
            signed_by_name=user.display_name,
        )
        uow.add(row, "rosh_analysis.completed")
        return str(row.id)


def measure(
    category: MeasureCategory, *, restricted: bool = False, text: str = "Weekly one-to-one"
) -> Measure:
    """A complete measure."""
    return Measure(
        category,
        text,
        "Offender supervisor",
        "Sam Supervisor",
        "Raise at the risk meeting",
        date(2027, 1, 15),
        restricted,
    )


def full_form(*, restricted: bool = False) -> RmpForm:
    """A plan that can be signed: one complete measure per category (monitoring restricted if asked)."""
    return RmpForm(
        tuple(measure(c, restricted=restricted and c is MeasureCategory.MONITORING) for c in MeasureCategory),
        {},
        date(2027, 5, 26),
    )


def sign_screening(
    ctx: ServiceContext, user: CurrentUser, prisoner_id: str, *, requires_analysis: bool
) -> str:
    """A signed screening whose decision is stored as ``requires_analysis``; returns its id."""
    from workbench.store.rosh_models import CompletedRoshScreening

    with UnitOfWork(ctx.store, Actor(user.user_id, user.username)) as uow:
        row = CompletedRoshScreening(
            prisoner_id=prisoner_id,
            author_id=user.user_id,
            author_name=user.display_name,
            sources="Police report; interview",
            analysis_required=requires_analysis,
            completed_at=utcnow(),
            signed_by_id=user.user_id,
            signed_by_name=user.display_name,
        )
        uow.add(row, "rosh_screening.completed")
        return str(row.id)
