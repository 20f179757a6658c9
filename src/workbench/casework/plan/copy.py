"""The prisoner's copy's input built from the plan (``reports`` cannot read casework DTOs)."""

from __future__ import annotations

from datetime import date

from workbench.casework.dto.plan import PlanView
from workbench.domain.plan import Involvement, ObjectiveStatus
from workbench.reports.prisoner_plan import CopyAction, CopyObjective, PrisonerPlanCopy

_SHOWN = frozenset({ObjectiveStatus.NOT_STARTED, ObjectiveStatus.ONGOING, ObjectiveStatus.FULLY_ACHIEVED})

_SAID = {
    Involvement.AGREES: "I agree with this plan.",
    Involvement.DISAGREES: "I do not agree with this plan.",
    Involvement.COULD_NOT_TAKE_PART: "I could not take part in making this plan.",
}


def prisoner_copy_of(plan: PlanView, today: date) -> PrisonerPlanCopy:
    """The plain-language copy: live objectives in order with actions and owners, contact, what was said.

    Objectives not achieved or no longer applicable are left out (the copy says what is being worked
    on); nothing from the risk management plan is in a ``PlanView``, so nothing restricted can print.
    """
    objectives = tuple(
        CopyObjective(
            outcome=o.outcome,
            measure=o.measure,
            phase=o.phase.label + (" (done)" if o.status is ObjectiveStatus.FULLY_ACHIEVED else ""),
            actions=tuple(CopyAction(a.what, a.owner, a.when) for a in o.actions),
        )
        for o in plan.objectives
        if o.status in _SHOWN
    )
    contact = []
    if plan.contact_frequency:
        contact.append(f"My offender supervisor will see me: {plan.contact_frequency.label.lower()}.")
    if plan.com_liaison:
        contact.append(f"My community offender manager will be in touch: {plan.com_liaison.label.lower()}.")
    if plan.next_review_on:
        contact.append(f"We will review this plan by {plan.next_review_on:%d/%m/%Y}.")
    said = _SAID[plan.involvement] if plan.involvement else ""
    if plan.involvement_reason and plan.involvement is not Involvement.AGREES:
        said += f" Why: {plan.involvement_reason}"
    latest = plan.versions[-1] if plan.versions else None
    return PrisonerPlanCopy(
        prisoner_name=plan.prisoner_name,
        noms_number=plan.noms_number,
        printed_on=today,
        objectives=objectives,
        contact=tuple(contact),
        adjustments=plan.responsivity if plan.responsivity else "",
        involvement=said,
        comments=plan.prisoner_comments,
        version=latest.title if latest else "Draft: not yet issued.",
    )
