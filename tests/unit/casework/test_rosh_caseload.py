"""Caseload columns for overall RoSH and MAPPA, and the risk-of-harm due items filled from the signed
records (issue 8 point 7)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rmp_helpers import full_form, sign_analysis, sign_screening

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rmp import MappaForm
from workbench.casework.reception import ReceptionService
from workbench.casework.risk_people import RiskPeopleService
from workbench.casework.rmp import RmpService
from workbench.domain.timescales import DueRule, DueStatus
from workbench.security.principal import CurrentUser

R, S = DueRule, DueStatus


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


def rosh_items(ctx: ServiceContext, user: CurrentUser, prisoner_id: str) -> dict[DueRule, DueStatus]:
    detail = CaseloadService(ctx).detail(user, prisoner_id)
    rules = {R.ROSH_SCREENING, R.ROSH_ANALYSIS, R.RMP, R.ROSH_REVIEW, R.RMP_REVIEW}
    return {i.rule: i.status for i in detail.due_items if i.rule in rules}


def test_columns_show_the_analysis_level_and_mappa(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    row = CaseloadService(ctx).row(supervisor, prisoner_id)
    assert row is not None and (row.overall_rosh, row.mappa_level, row.mappa_category) == (None, None, None)
    sign_analysis(ctx, supervisor, prisoner_id, "MEDIUM")
    sign_analysis(ctx, supervisor, prisoner_id, "VERY_HIGH")  # the newest signed analysis counts
    RiskPeopleService(ctx).save_mappa(supervisor, prisoner_id, MappaForm(category=2, level=3))
    row = CaseloadService(ctx).row(supervisor, prisoner_id)
    assert row is not None and (row.overall_rosh, row.mappa_level, row.mappa_category) == ("VERY_HIGH", 3, 2)
    rows = CaseloadService(ctx).rows(supervisor)
    assert [(r.overall_rosh, r.mappa_level) for r in rows] == [("VERY_HIGH", 3)]


def test_due_items_follow_screening_analysis_and_plan(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    assert rosh_items(ctx, supervisor, prisoner_id) == {R.ROSH_SCREENING: S.DUE}
    sign_screening(ctx, supervisor, prisoner_id, requires_analysis=True)
    # the screening is signed "now" (the real clock), the case is measured on the fixed test day
    items = rosh_items(ctx, supervisor, prisoner_id)
    assert set(items) == {R.ROSH_SCREENING, R.ROSH_ANALYSIS, R.ROSH_REVIEW}
    assert items[R.ROSH_ANALYSIS] is S.DUE

    sign_analysis(ctx, supervisor, prisoner_id, "HIGH")
    items = rosh_items(ctx, supervisor, prisoner_id)
    assert items[R.ROSH_ANALYSIS] in (S.MET, S.MET_LATE)
    assert items[R.RMP] is S.DUE

    rmp = RmpService(ctx)
    draft, _ = rmp.start_draft(supervisor, prisoner_id)
    rmp.save_draft(supervisor, draft.plan_id, full_form())
    rmp.sign(supervisor, draft.plan_id)
    items = rosh_items(ctx, supervisor, prisoner_id)
    assert items[R.RMP] in (S.MET, S.MET_LATE)
    assert R.RMP_REVIEW in items


def test_no_plan_is_due_below_the_policy_level(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    sign_screening(ctx, supervisor, prisoner_id, requires_analysis=True)
    sign_analysis(ctx, supervisor, prisoner_id, "MEDIUM")
    assert R.RMP not in rosh_items(ctx, supervisor, prisoner_id)
