"""Puts the contact log into the case page (issue 8 point 8). Kept out of ``main_window.py``."""

from __future__ import annotations

from workbench.casework.services import Services
from workbench.gui.events import EventBus
from workbench.gui.screens.case.page import CasePage
from workbench.gui.screens.contacts.log_widget import ContactLogWidget
from workbench.security.principal import CurrentUser


def install_contact_log(
    case_page: CasePage, services: Services, user: CurrentUser, bus: EventBus
) -> ContactLogWidget:
    """The "Contact log" tab; an entry may link to one of the referrals the initial interview raised."""
    log = ContactLogWidget(services.contact_log, user, bus, services.ctx.today())
    case_page.set_contact_log_widget(log)
    log.referrals = lambda pid: [
        (r.referral_id, f"{r.area.label}: {r.need} ({r.status.label})")
        for r in services.interviews.referrals(user, pid)
    ]
    return log
