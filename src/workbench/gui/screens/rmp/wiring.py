"""Puts the risk management plan and the children, victims and MAPPA record into the case page (issue 8
points 4-5), after the "Risk of harm" tab they follow from. Kept out of ``main_window.py``."""

from __future__ import annotations

from collections.abc import Callable

from workbench.casework.services import Services
from workbench.gui.events import EventBus
from workbench.gui.screens.case.page import CasePage
from workbench.gui.screens.risk_people.widget import RiskPeopleWidget
from workbench.gui.screens.rmp.widget import RmpWidget
from workbench.security.principal import CurrentUser


def install_risk_plan(
    case_page: CasePage,
    services: Services,
    user: CurrentUser,
    bus: EventBus,
    on_sign_in_required: Callable[[], object],
) -> tuple[RmpWidget, RiskPeopleWidget]:
    """Build the "Risk plan" and "Children, victims" tabs; signing a plan may ask for a full sign-in."""
    today = services.ctx.today()
    plan = RmpWidget(services.rmp, user, bus, today, auth=services.auth)
    case_page.add_case_tab(plan, "Risk plan", "Risk management plan and its distribution")
    plan.sign_in_required.connect(on_sign_in_required)
    people = RiskPeopleWidget(services.risk_people, user, bus, today)
    case_page.add_case_tab(people, "Children, victims", "Children at risk, victims, MAPPA")
    return plan, people
