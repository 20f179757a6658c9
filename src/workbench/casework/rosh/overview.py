"""The "Risk of harm" tab's one read: current screening and analysis, open drafts, what can be started
and what is missing (issue 8 points 2, 3 and 6)."""

from __future__ import annotations

from workbench.casework.context import ServiceContext
from workbench.casework.dto.rosh import CountersignStatus, RoshOverview
from workbench.casework.rosh import analysis, common, screening
from workbench.casework.rosh_records import current_signed
from workbench.domain.rosh import Section
from workbench.domain.working_days import add_working_days
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.rosh_models import CompletedRoshAnalysis, CompletedRoshScreening


class RoshOverviewService:
    """What the case page shows about a prisoner's risk of harm work."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def overview(self, user: CurrentUser, prisoner_id: str) -> RoshOverview:
        """Current signed screening and analysis, open drafts, whether each can be started, and
        notices: what is due or overdue (policy timescales), what awaits countersignature or rework."""
        require(user.role, Permission.VIEW_CASELOAD)
        policy = self._ctx.policy
        today = self._ctx.today()
        with self._ctx.store.read() as s:
            p = common.prisoner(s, prisoner_id)
            scr_row = current_signed(s, CompletedRoshScreening, prisoner_id)
            ana_row = current_signed(s, CompletedRoshAnalysis, prisoner_id)
            scr_draft_row = screening.open_draft(s, prisoner_id)
            ana_draft_row = analysis.open_draft(s, prisoner_id)
            scr = screening.detail(s, user, scr_row) if scr_row else None
            ana = analysis.detail(s, user, ana_row) if ana_row else None
            scr_draft = screening.detail(s, user, scr_draft_row) if scr_draft_row else None
            ana_draft = analysis.detail(s, user, ana_draft_row) if ana_draft_row else None
            no_screening = common.cannot_start(user, p, scr_draft_row, "screening")
            no_analysis = common.cannot_start(user, p, ana_draft_row, "analysis")
        notices: list[str] = []
        if no_analysis is None:
            if scr is None:
                no_analysis = "Sign a RoSH screening first: it says which sections the analysis needs."
            elif not scr.decision.required:
                no_analysis = "The current screening does not require a full analysis."
        if scr is None:
            due = add_working_days(p.arrived_on, policy.screening_working_days)
            when = "overdue since" if due < today else "due by"
            notices.append(f"No signed RoSH screening: {when} {common.fmt(due)} (screening at reception).")
        elif scr.decision.required and ana is None:
            done = (scr.completed_at or scr.created_at).date()
            due = add_working_days(done, policy.analysis_working_days)
            when = "overdue since" if due < today else "due by"
            sections = ", ".join(x.label.lower() for x in scr.decision.sections if isinstance(x, Section))
            notices.append(f"Full analysis required ({sections}): {when} {common.fmt(due)}.")
        for what, d in (("screening", scr), ("analysis", ana)):
            state = d.countersign if d is not None else None
            if state is not None and state.status is CountersignStatus.RETURNED:
                notices.append(
                    f"The {what} was {state.describe()}: {state.comments} Choose Rework… to correct it."
                )
        return RoshOverview(
            prisoner_id=prisoner_id,
            screening=scr,
            screening_draft=scr_draft,
            analysis=ana,
            analysis_draft=ana_draft,
            can_start_screening=no_screening is None,
            cannot_start_screening=no_screening,
            can_start_analysis=no_analysis is None,
            cannot_start_analysis=no_analysis,
            notices=tuple(notices),
        )
