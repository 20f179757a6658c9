"""Issue 9 is done when a supervisor can build and agree a complete plan with every quality check green.

Through the real services only, on a prisoner with every seeding source (signed interview, an assessment
with a need linked to offending, High RoSH, a child-protection concern, an identifiable victim): accept
each proposal, write outcome-focused objectives with measures, give every objective an owned action,
set contact levels, record the prisoner's agreement and the copy given, issue the initial version —
then every check of the live quality panel is green, and a process-only rewrite turns one red again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from plan_helpers import seeded_prisoner

from workbench.casework.context import ServiceContext
from workbench.casework.dto.plan import ActionForm, ContactForm, InvolvementForm, ObjectiveForm
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.services import Services
from workbench.domain.plan import ContactFrequency, Department, Involvement, Rag, VersionReason
from workbench.security.principal import CurrentUser

# An outcome and a measure for each kind of proposal the seeding makes (in the supervisor's words).
OUTCOMES = {
    "NEED:DRUG_MISUSE": ("To stay free of heroin and manage cravings without using.", "Clean tests monthly."),
    "RISK:RISK_OF_HARM": ("To manage his anger without violence towards others.", "No violent incidents."),
    "RISK:CHILD_PROTECTION": (
        "To keep his daughter safe by following the contact arrangements agreed with social care.",
        "Social worker's reports.",
    ),
    "RISK:VICTIM_SAFETY": (
        "To understand the harm done to his former partner and keep away from her.",
        "No contact attempts.",
    ),
    "RISK:LEARNING": ("To read and write well enough to fill in job applications.", "Entry level 3 passed."),
}


def _objective(proposal_key: str, links: tuple[str, ...]) -> tuple[str, str]:
    for link in (proposal_key, *links):
        if link in OUTCOMES:
            return OUTCOMES[link]
    return ("To have a tenancy arranged before release.", "Tenancy agreement signed.")


def test_a_complete_agreed_plan_has_every_check_green(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest], today: date
) -> None:
    services = Services.build(ctx)
    pid = seeded_prisoner(ctx, supervisor, receive)
    plan = services.plan
    checks = services.plan_quality.checks(supervisor, pid)
    assert {c.rag for c in checks} >= {Rag.RED}  # nothing planned yet: the panel says what is missing

    for proposal in plan.proposals(supervisor, pid):
        objective_id, _ = plan.accept_proposal(supervisor, pid, proposal)
        outcome, measure = _objective(proposal.key, proposal.links)
        form = ObjectiveForm(outcome, proposal.links, measure, proposal.phase, roh_tag=proposal.roh_tag)
        plan.save_objective(supervisor, pid, objective_id, form)
        plan.save_action(
            supervisor,
            pid,
            objective_id,
            None,
            ActionForm("Agree the first steps", "Offender supervisor", "Sam Supervisor", Department.OMU),
        )
    plan.save_contact(
        supervisor, pid, ContactForm(ContactFrequency.MONTHLY, ContactFrequency.QUARTERLY, date(2027, 5, 26))
    )
    plan.save_involvement(
        supervisor,
        pid,
        InvolvementForm(Involvement.AGREES, prisoner_comments="I want to get clean.", copy_given_on=today),
    )
    plan.issue_version(supervisor, pid, VersionReason.INITIAL, "Agreed with him.")

    checks = services.plan_quality.checks(supervisor, pid)
    not_green = [(c.key, c.rag.value, c.reason) for c in checks if c.rag is not Rag.GREEN]
    assert not_green == []
    assert len(checks) >= 10

    # A process-only rewrite of one objective is caught at once.
    first = plan.plan(supervisor, pid).objectives[0]
    form = ObjectiveForm("Complete TSP", first.links, first.measure, first.phase)
    plan.save_objective(supervisor, pid, first.objective_id, replace(form))
    outcome_check = {c.key: c for c in services.plan_quality.checks(supervisor, pid)}
    assert any(c.rag is not Rag.GREEN and c.target_id == first.objective_id for c in outcome_check.values())
