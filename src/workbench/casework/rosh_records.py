"""Queries over the signed risk-of-harm records that several services share (issue 8).

The current screening, analysis or plan of a prisoner is the newest signed record that no later
record supersedes; a returned record stays on file but is no longer current once its rework is signed.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import RoshLevel
from workbench.store.rosh_models import (
    CompletedRiskManagementPlan,
    CompletedRoshAnalysis,
    CompletedRoshScreening,
    MappaStatus,
)

Signed = TypeVar("Signed", CompletedRoshScreening, CompletedRoshAnalysis, CompletedRiskManagementPlan)


def current_signed(session: Session, model: type[Signed], prisoner_id: str) -> Signed | None:
    """The prisoner's current signed record of ``model``: newest, not deleted, not superseded."""
    later = aliased(model)
    superseded = select(later.id).where(later.supersedes_id == model.id, later.deleted_at.is_(None)).exists()
    return session.scalars(
        select(model)
        .where(model.prisoner_id == prisoner_id, model.deleted_at.is_(None), ~superseded)
        .order_by(model.completed_at.desc(), model.id.desc())
        .limit(1)
    ).first()


def tier_risk_inputs(session: Session, prisoner_id: str) -> tuple[RoshLevel | None, int | None]:
    """The tier's RoSH and MAPPA inputs from the signed records (issue 8 point 3): the current signed
    analysis' overall level and the MAPPA status' level; None where there is no such record (the
    likelihood assessment then keeps what it had, and the tier is provisional while RoSH is missing)."""
    analysis = current_signed(session, CompletedRoshAnalysis, prisoner_id)
    level = RoshLevel(analysis.overall_level) if analysis is not None and analysis.overall_level else None
    mappa = session.scalars(
        select(MappaStatus.level)
        .where(
            MappaStatus.prisoner_id == prisoner_id,
            MappaStatus.deleted_at.is_(None),
            MappaStatus.level.is_not(None),
        )
        .order_by(MappaStatus.updated_at.desc(), MappaStatus.id.desc())
        .limit(1)
    ).first()
    return level, mappa
