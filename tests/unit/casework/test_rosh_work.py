"""RoSH screening and full analysis (issue 8 points 2 and 3): drafts owned, signed records immutable and
only superseded, sources and evidence required, the tier taking the analysis' level, the event raised.

Real encrypted store, real services, fixed clock (tests/conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select
from test_assessment import complete_one, full_form

from workbench.casework.assessment import AssessmentService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.dto.rmp import MappaForm
from workbench.casework.dto.rosh import AnalysisForm, ScreeningForm
from workbench.casework.reception import ReceptionService
from workbench.casework.risk_people import RiskPeopleService
from workbench.casework.rosh.analysis import LEVEL_KEYS, RISK_OF_HARM_CHANGED, AnalysisService
from workbench.casework.rosh.screening import ScreeningService
from workbench.casework.rosh_records import current_signed, tier_risk_inputs
from workbench.domain.enums import RoshLevel, UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.rosh import INDICATOR_CODES, Section
from workbench.security.principal import CurrentUser
from workbench.store.models import DomainEvent, Prisoner, TierDerivation
from workbench.store.rosh_models import (
    CompletedRoshAnalysis,
    CompletedRoshScreening,
    MappaStatus,
    RoshScreening,
)
from workbench.store.unit_of_work import Actor, UnitOfWork

ALL_NO = {c: "no" for c in INDICATOR_CODES}


def screening_form(**answers: str) -> ScreeningForm:
    """Every indicator No except ``answers``; sources given."""
    return ScreeningForm({**ALL_NO, **answers}, "Interview, PNC, pre-sentence report.", "")


def analysis_form(level: str = "MEDIUM", **overrides: Any) -> AnalysisForm:
    """A complete analysis for every section: every group at ``level`` with evidence."""
    text = {
        "previous_offending": "Three burglaries of occupied homes at night between 2019 and 2023.",
        "current_offending": "Domestic burglary while the family slept; no weapon; admits it.",
        "who_is_at_risk": "Householders in the area he lived in, known adult ex-partner.",
        "nature_of_risk": "Fear and distress to householders; threats when confronted.",
        "when_risk_greatest": "When using heroin and without money, at night.",
        "increases_risk": "Drug use, homelessness, contact with his co-defendant.",
        "decreases_risk": "Stable housing, methadone script, work.",
        "protective_factors": "Supportive sister; engaged with CARAT on remand.",
        "risk_to_children": "No children at risk identified; no contact with children's services.",
        "risk_to_self": "One self-harm episode in 2021 on remand; none since, ACCT closed.",
        "custody_risks": "No escape history; one adjudication for a cell fight in 2022.",
    }
    levels = dict.fromkeys(LEVEL_KEYS, level)
    evidence = {k: f"Evidence for {k}: offence history and interview on 20 Nov 2026." for k in LEVEL_KEYS}
    return replace(AnalysisForm(**text, levels=levels, evidence=evidence), **overrides)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


@pytest.fixture
def screenings(ctx: ServiceContext) -> ScreeningService:
    return ScreeningService(ctx)


@pytest.fixture
def analyses(ctx: ServiceContext) -> AnalysisService:
    return AnalysisService(ctx)


@pytest.fixture
def other_supervisor(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    return new_user("os.two", "Priya Patel", UserRole.SUPERVISOR)


def sign_screening(svc: ScreeningService, user: CurrentUser, pid: str, form: ScreeningForm) -> str:
    d, _ = svc.start_draft(user, pid)
    svc.save_draft(user, d.screening_id, form)
    done, _ = svc.sign(user, d.screening_id)
    return done.screening_id


def sign_analysis(svc: AnalysisService, user: CurrentUser, pid: str, form: AnalysisForm) -> str:
    d, _ = svc.start_draft(user, pid)
    svc.save_draft(user, d.analysis_id, form)
    done, _ = svc.sign(user, d.analysis_id)
    return done.analysis_id


# -- screening ---------------------------------------------------------------------------------------


def test_a_draft_shows_the_decision_and_is_its_authors_alone(
    screenings: ScreeningService, supervisor: CurrentUser, other_supervisor: CurrentUser, prisoner_id: str
) -> None:
    d, changes = screenings.start_draft(supervisor, prisoner_id)
    assert changes.touches("rosh_screening_draft")
    assert d.decision.required and len(d.decision.reasons) == len(INDICATOR_CODES)  # nothing answered
    d, _ = screenings.save_draft(supervisor, d.screening_id, {"answers": {**ALL_NO, "robbery": "yes"}})
    assert (d.decision.reasons, d.decision.sections) == (("robbery",), (Section.OFFENDING,))
    with pytest.raises(PermissionDenied, match="belongs to Sam Supervisor"):
        screenings.save_draft(other_supervisor, d.screening_id, {"notes": "mine now"})
    assert screenings.get(other_supervisor, d.screening_id).read_only_reason is not None
    with pytest.raises(ValidationError, match="already have a screening draft"):
        screenings.start_draft(supervisor, prisoner_id)


def test_signing_needs_every_indicator_and_the_sources(
    screenings: ScreeningService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    d, _ = screenings.start_draft(supervisor, prisoner_id)
    screenings.save_draft(supervisor, d.screening_id, {"answers": {"murder": "no"}})
    with pytest.raises(ValidationErrors) as caught:
        screenings.sign(supervisor, d.screening_id)
    messages = caught.value.by_field()
    assert "30 not answered" in messages["wounding"]
    assert "sources of information" in messages["sources"]
    screenings.save_draft(supervisor, d.screening_id, screening_form(wounding="unknown"))
    done, _ = screenings.sign(supervisor, d.screening_id)
    assert done.decision.reasons == ("wounding",) and not done.is_draft
    assert done.countersign is not None and done.countersign.status.value == "NOT_REQUIRED"


def test_a_signed_screening_is_immutable_and_a_correction_supersedes_it(
    ctx: ServiceContext, screenings: ScreeningService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    first = sign_screening(screenings, supervisor, prisoner_id, screening_form())
    with pytest.raises(ValidationError, match="signed screening cannot be changed"):
        screenings.save_draft(supervisor, first, {"notes": "changed"})
    with pytest.raises(ValidationError, match="signed screening cannot be changed"):
        screenings.sign(supervisor, first)
    d, _ = screenings.supersede(supervisor, first)
    assert (d.supersedes_id, d.form.answers) == (first, ALL_NO)
    screenings.save_draft(supervisor, d.screening_id, {"answers": {**ALL_NO, "suicide": "yes"}})
    second, _ = screenings.sign(supervisor, d.screening_id)
    with ctx.store.read() as s:
        current = current_signed(s, CompletedRoshScreening, prisoner_id)
        assert current is not None and current.id == second.screening_id
        old = s.get(RoshScreening, first)
        assert old is not None and old.deleted_at is None and json.loads(old.answers) == ALL_NO
    assert screenings.get(supervisor, first).superseded_by_id == second.screening_id


@pytest.mark.parametrize(
    ("answers", "required"),
    [
        ({}, False),
        ({"children_identifiable": "yes"}, True),
        ({"previous_high_rosh": "yes"}, True),
        ({"children_wellbeing": "unknown"}, False),
    ],
)
def test_a_screening_needs_countersigning_for_child_protection_or_high_before(
    screenings: ScreeningService,
    supervisor: CurrentUser,
    prisoner_id: str,
    answers: dict[str, str],
    required: bool,
) -> None:
    sid = sign_screening(screenings, supervisor, prisoner_id, screening_form(**answers))
    detail = screenings.get(supervisor, sid)
    assert bool(detail.countersign_reasons) is required
    assert detail.countersign is not None and (detail.countersign.status.value == "AWAITING") is required


def test_a_contributor_cannot_screen(
    screenings: ScreeningService, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied):
        screenings.start_draft(contributor, prisoner_id)


# -- analysis ----------------------------------------------------------------------------------------


def test_an_analysis_needs_a_screening_that_requires_one(
    screenings: ScreeningService, analyses: AnalysisService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(ValidationError, match="Sign a RoSH screening first"):
        analyses.start_draft(supervisor, prisoner_id)
    sign_screening(screenings, supervisor, prisoner_id, screening_form())
    with pytest.raises(ValidationError, match="does not require a full analysis"):
        analyses.start_draft(supervisor, prisoner_id)


def test_only_the_required_sections_are_asked_and_levels_need_evidence(
    screenings: ScreeningService, analyses: AnalysisService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    sign_screening(screenings, supervisor, prisoner_id, screening_form(suicide="yes"))
    d, _ = analyses.start_draft(supervisor, prisoner_id)
    assert d.sections == (Section.SELF,)
    form = analysis_form(evidence={})
    d, _ = analyses.save_draft(supervisor, d.analysis_id, form)
    assert d.form.previous_offending == "" and d.form.risk_to_self.startswith("One self-harm")
    assert d.overall_level is RoshLevel.MEDIUM
    with pytest.raises(ValidationErrors) as caught:
        analyses.sign(supervisor, d.analysis_id)
    fields = caught.value.by_field()
    assert list(fields) == ["evidence.custody.children"]
    assert "A level needs its evidence" in fields["evidence.custody.children"]
    levels = {**form.levels, "community.staff": ""}
    analyses.save_draft(supervisor, d.analysis_id, {"levels": levels, "evidence": analysis_form().evidence})
    with pytest.raises(ValidationErrors, match=r"Set a level for every group \(1 not set\)"):
        analyses.sign(supervisor, d.analysis_id)


def test_signing_sets_the_level_raises_the_event_and_moves_the_tier(
    ctx: ServiceContext,
    screenings: ScreeningService,
    analyses: AnalysisService,
    supervisor: CurrentUser,
    prisoner_id: str,
) -> None:
    lor = AssessmentService(ctx)
    assessment_id = complete_one(lor, supervisor, prisoner_id, full_form())  # RoSH High (form): B
    before = lor.latest(supervisor, prisoner_id)
    assert before is not None and before.tier is not None and before.tier.tier.startswith("B")
    sign_screening(screenings, supervisor, prisoner_id, screening_form(robbery="yes"))
    d, _ = analyses.start_draft(supervisor, prisoner_id)
    analyses.save_draft(
        supervisor,
        d.analysis_id,
        analysis_form("MEDIUM", levels={**dict.fromkeys(LEVEL_KEYS, "LOW"), "custody.public": "VERY_HIGH"}),
    )
    done, changes = analyses.sign(supervisor, d.analysis_id)
    assert done.overall_level is RoshLevel.VERY_HIGH and done.countersign_required
    assert changes.touches("tier_derivation") and changes.touches("prisoner")
    with ctx.store.read() as s:
        p = s.get(Prisoner, prisoner_id)
        assert p is not None and p.rosh_level == "VERY_HIGH"
        events = [
            json.loads(e.payload)
            for e in s.scalars(select(DomainEvent).where(DomainEvent.kind == RISK_OF_HARM_CHANGED))
        ]
        assert [(e["old"], e["new"]) for e in events] == [("HIGH", "VERY_HIGH")]
        derived = s.get(TierDerivation, assessment_id)
        assert derived is not None and derived.tier.startswith("A")  # RoSH Very High: 150 points
        assert tier_risk_inputs(s, prisoner_id) == (RoshLevel.VERY_HIGH, None)
    latest = AssessmentService(ctx).latest(supervisor, prisoner_id)
    assert latest is not None and latest.tier is not None and latest.tier.tier.startswith("A")
    # A correction at the same level raises no second event.
    c, _ = analyses.supersede(supervisor, done.analysis_id)
    analyses.save_draft(
        supervisor,
        c.analysis_id,
        {"custody_risks": "No escape history; one adjudication in 2022 for a fight."},
    )
    analyses.sign(supervisor, c.analysis_id)
    with ctx.store.read() as s:
        assert len(list(s.scalars(select(DomainEvent).where(DomainEvent.kind == RISK_OF_HARM_CHANGED)))) == 1


def test_mappa_status_gives_the_tier_its_mappa_level(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    with UnitOfWork(ctx.store, Actor(supervisor.user_id, supervisor.username)) as uow:
        uow.add(MappaStatus(prisoner_id=prisoner_id, category=1, level=2), "mappa_status.recorded")
    with ctx.store.read() as s:
        assert tier_risk_inputs(s, prisoner_id) == (None, 2)


def test_copied_forward_and_boilerplate_text_is_warned_not_refused(
    screenings: ScreeningService, analyses: AnalysisService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    sign_screening(screenings, supervisor, prisoner_id, screening_form(robbery="yes"))
    sign_analysis(analyses, supervisor, prisoner_id, analysis_form())
    d, _ = analyses.start_draft(supervisor, prisoner_id)  # a new analysis, pre-filled from the last
    analyses.save_draft(supervisor, d.analysis_id, {"nature_of_risk": "As before."})
    check = analyses.check_completion(supervisor, d.analysis_id)
    assert check.problems == ()
    joined = " ".join(check.warnings)
    assert "nature of the risk" in joined and "stock phrase" in joined
    assert "Text unchanged from the analysis signed on" in joined and "current offending" in joined
    done, _ = analyses.sign(supervisor, d.analysis_id)
    assert done.completion_warnings == check.warnings


def test_a_signed_analysis_cannot_be_written_to(
    ctx: ServiceContext,
    screenings: ScreeningService,
    analyses: AnalysisService,
    supervisor: CurrentUser,
    prisoner_id: str,
) -> None:
    sign_screening(screenings, supervisor, prisoner_id, screening_form(robbery="yes"))
    aid = sign_analysis(analyses, supervisor, prisoner_id, analysis_form())
    for call in (
        lambda: analyses.save_draft(supervisor, aid, {"nature_of_risk": "changed after signing"}),
        lambda: analyses.discard_draft(supervisor, aid),
        lambda: analyses.sign(supervisor, aid),
    ):
        with pytest.raises(ValidationError, match="signed analysis cannot be changed"):
            call()
    with ctx.store.read() as s:
        row = s.get(CompletedRoshAnalysis, aid)
        assert row is not None and row.nature_of_risk.startswith("Fear and distress")


def test_a_correction_that_lowers_the_level_moves_the_tier_back(
    ctx: ServiceContext,
    screenings: ScreeningService,
    analyses: AnalysisService,
    supervisor: CurrentUser,
    prisoner_id: str,
) -> None:
    lor = AssessmentService(ctx)
    complete_one(lor, supervisor, prisoner_id, full_form())
    sign_screening(screenings, supervisor, prisoner_id, screening_form(robbery="yes"))
    first = sign_analysis(analyses, supervisor, prisoner_id, analysis_form("VERY_HIGH"))
    c, _ = analyses.supersede(supervisor, first)
    analyses.save_draft(supervisor, c.analysis_id, {"levels": dict.fromkeys(LEVEL_KEYS, "MEDIUM")})
    analyses.sign(supervisor, c.analysis_id)
    latest = lor.latest(supervisor, prisoner_id)
    assert latest is not None and latest.tier is not None
    assert latest.tier.tier.startswith("C")  # RoSH Medium from the correction, not Very High
    with ctx.store.read() as s:
        moves = [
            (e["old"], e["new"])
            for e in (
                json.loads(d.payload)
                for d in s.scalars(
                    select(DomainEvent)
                    .where(DomainEvent.kind == RISK_OF_HARM_CHANGED)
                    .order_by(DomainEvent.occurred_at)
                )
            )
        ]
        assert moves == [("HIGH", "VERY_HIGH"), ("VERY_HIGH", "MEDIUM")]


def test_recording_mappa_level_2_moves_the_tier_at_once(
    ctx: ServiceContext, supervisor: CurrentUser, prisoner_id: str
) -> None:
    lor = AssessmentService(ctx)
    complete_one(lor, supervisor, prisoner_id, full_form())  # RoSH High (form): B
    _, changes = RiskPeopleService(ctx).save_mappa(supervisor, prisoner_id, MappaForm(category=1, level=2))
    assert changes.touches("tier_derivation")
    latest = lor.latest(supervisor, prisoner_id)
    assert latest is not None and latest.tier is not None and latest.tier.tier.startswith("A")  # MAPPA 2: 150
    assert any("MAPPA" in line for line in latest.tier.reasons)
