"""Likelihood of reoffending assessments: drafts, signing, corrections, warnings, events and bulk tiers.

Seed 3.13–3.14 (evidence, analysis, protective factors, copy-forward) and the Executive Summary's
"resources follow risk" (the tier). Real encrypted store, real services, fixed clock (Thu 26 Nov 2026).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, func, inspect, select, text, update

from workbench.casework.assessment import LIKELIHOOD_CHANGED, RULE_VERSION, AssessmentService, preview
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.dto.assessment import AssessmentForm, NeedEntry
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import Gender, RoshLevel, UserRole
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.needs import NeedSection, NeedSeverity
from workbench.domain.ogrs3 import MISSING_MANDATORY_INPUT, Ogrs3Input, calculate
from workbench.domain.policy import Policy
from workbench.protocol.entities import ENTITIES, SyncClass
from workbench.security.principal import CurrentUser
from workbench.store.audit import verify_chain
from workbench.store.engine import SCHEMA_HEAD, Store, head_revision
from workbench.store.models import (
    AuditEvent,
    Base,
    CompletedLorAssessment,
    DomainEvent,
    LorAssessment,
    LorNeed,
    Outbox,
    ProtectiveFactor,
    TierDerivation,
)
from workbench.store.registry import SYNCED_MODELS

DOB = date(1990, 1, 1)  # the fixture prisoner (tests/conftest.py VALID_RECEPTION)
CRD = date(2028, 5, 19)

NEEDS_TEXT = {
    NeedSection.ACCOMMODATION: (
        NeedSeverity.STANDARD,
        "No fixed abode before custody.",
        "Linked to burglary.",
    ),
    NeedSection.DRUG_MISUSE: (NeedSeverity.SEVERE, "Daily heroin use (CARAT).", "Offends to fund use."),
    NeedSection.THINKING_AND_BEHAVIOUR: (
        NeedSeverity.STANDARD,
        "Impulsive (interview).",
        "Acts without thought.",
    ),
}


def full_form(**overrides: Any) -> AssessmentForm:
    """A complete assessment of the fixture prisoner: burglary, 5 sanctions, first at 16, High RoSH."""
    needs = tuple(
        NeedEntry(
            s,
            *(
                (NEEDS_TEXT[s][0], True, False, NEEDS_TEXT[s][1], NEEDS_TEXT[s][2])
                if s in NEEDS_TEXT
                else (NeedSeverity.NO_NEED,)
            ),
        )
        for s in NeedSection
    )
    form = AssessmentForm(
        gender=Gender.MALE,
        date_of_birth=DOB,
        conviction_date=date(2026, 11, 19),
        follow_up_start=CRD,
        total_sanctions=5,
        age_at_first_sanction=16,
        offence_group="Burglary (domestic)",
        rsr_pct="",
        rosh_level=RoshLevel.HIGH,
        needs=needs,
        protective_factors=("Supportive partner and two children.",),
    )
    return replace(form, **overrides)


def expected_ogrs3(form: AssessmentForm) -> tuple[int, int, str]:
    r = calculate(
        Ogrs3Input(
            "MALE",
            DOB,
            form.conviction_date,
            form.follow_up_start,
            form.total_sanctions,
            form.age_at_first_sanction,
            form.offence_group,
        )
    )
    return r.one_year_pct, r.two_year_pct, r.band


@pytest.fixture
def service(ctx: ServiceContext) -> AssessmentService:
    return AssessmentService(ctx)


@pytest.fixture
def prisoner_id(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """Alex TESTPERSON, male, born 1 Jan 1990, High RoSH, 3 years determinate, CRD 19 May 2028."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive())
    return pid


@pytest.fixture
def other_supervisor(new_user: Callable[..., CurrentUser]) -> CurrentUser:
    return new_user("os.two", "Priya Patel", UserRole.SUPERVISOR)


def complete_one(
    service: AssessmentService, user: CurrentUser, prisoner_id: str, form: AssessmentForm
) -> str:
    detail, _ = service.start_draft(user, prisoner_id)
    service.save_draft(user, detail.assessment_id, form)
    done, _ = service.complete(user, detail.assessment_id)
    return done.assessment_id


def _events(store: Store) -> list[dict[str, Any]]:
    with store.read() as s:
        return [
            json.loads(e.payload) for e in s.scalars(select(DomainEvent).order_by(DomainEvent.occurred_at))
        ]


# -- drafts and ownership ----------------------------------------------------------------


def test_a_new_draft_is_prefilled_from_the_prisoner_record(
    service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    detail, changes = service.start_draft(supervisor, prisoner_id)

    assert detail.is_draft and detail.author_name == "Sam Supervisor" and detail.read_only_reason is None
    form = detail.form
    assert (form.gender, form.date_of_birth, form.rosh_level, form.follow_up_start) == (
        Gender.MALE,
        DOB,
        RoshLevel.HIGH,
        CRD,
    )
    assert [n.section for n in form.needs] == list(NeedSection)
    assert all(n.severity is None for n in form.needs)
    assert detail.tier is not None and detail.tier.provisional  # OGRS3 and needs still unknown
    assert changes.prisoner_ids == {prisoner_id} and changes.entities == {"lor_assessment_draft"}


def test_only_one_draft_per_prisoner_and_others_read_it_only(
    service: AssessmentService, supervisor: CurrentUser, other_supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)

    with pytest.raises(ValidationError, match="Sam Supervisor has a draft open"):
        service.start_draft(other_supervisor, prisoner_id)
    with pytest.raises(ValidationError, match="You already have a draft open"):
        service.start_draft(supervisor, prisoner_id)

    seen = service.get(other_supervisor, draft.assessment_id)
    assert seen.read_only_reason == "This draft belongs to Sam Supervisor; you can read it but not change it."
    overview = service.overview(other_supervisor, prisoner_id)
    assert overview.draft is not None and not overview.can_start
    for attempt in (
        lambda: service.save_draft(other_supervisor, draft.assessment_id, {"total_sanctions": 3}),
        lambda: service.complete(other_supervisor, draft.assessment_id),
        lambda: service.discard_draft(other_supervisor, draft.assessment_id),
    ):
        with pytest.raises(PermissionDenied, match="only Sam Supervisor can change, complete or discard it"):
            attempt()


def test_contributors_cannot_assess(
    service: AssessmentService, contributor: CurrentUser, prisoner_id: str
) -> None:
    with pytest.raises(PermissionDenied, match="cannot write likelihood of reoffending assessments"):
        service.start_draft(contributor, prisoner_id)
    overview = service.overview(contributor, prisoner_id)
    assert not overview.can_start and "cannot write" in (overview.cannot_start_reason or "")


def test_saving_a_patch_records_only_the_fields_that_changed(
    ctx: ServiceContext, service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    saved, changes = service.save_draft(
        supervisor, draft.assessment_id, {"total_sanctions": 5, "offence_group": "Burglary (domestic)"}
    )

    assert (saved.form.total_sanctions, saved.form.offence_group) == (5, "Burglary (domestic)")
    assert changes.entities == {"lor_assessment_draft"}
    with ctx.store.read() as s:
        patches = [
            json.loads(p)
            for p in s.scalars(
                select(Outbox.patch_json).where(
                    Outbox.entity == "lor_assessment_draft", Outbox.op == "UPDATE"
                )
            )
        ]
    assert len(patches) == 1
    assert set(patches[0]) == {"total_sanctions", "offence_group", "updated_at"}


def test_values_that_cannot_be_stored_are_refused_with_the_field(
    service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    with pytest.raises(ValidationErrors) as caught:
        service.save_draft(
            supervisor,
            draft.assessment_id,
            {"rsr_pct": "about seven", "offence_group": "Shoplifting", "conviction_date": date(2027, 1, 1)},
        )
    assert set(caught.value.by_field()) == {"rsr_pct", "offence_group", "conviction_date"}
    with pytest.raises(ValidationError, match="no field"):
        service.save_draft(supervisor, draft.assessment_id, {"tier": "A3"})


def test_pasted_text_is_stored_as_the_central_record_stores_it_and_nul_is_refused(
    service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    """Text the central record would refuse must never be saved (its change would be quarantined forever)."""
    draft, _ = service.start_draft(supervisor, prisoner_id)
    pasted = NeedEntry(
        NeedSection.ACCOMMODATION, NeedSeverity.STANDARD, True, False, "Lives\twith\x0bmother\r\nNFA", ""
    )
    saved, _ = service.save_draft(
        supervisor,
        draft.assessment_id,
        {"needs": (pasted,), "protective_factors": ("Supportive\tfamily",)},
    )
    accommodation = next(n for n in saved.form.needs if n.section is NeedSection.ACCOMMODATION)
    assert accommodation.evidence == "Lives with\nmother\nNFA"
    assert saved.form.protective_factors == ("Supportive family",)

    broken = NeedEntry(NeedSection.ALCOHOL_MISUSE, NeedSeverity.STANDARD, True, False, "", "Drinks\x00daily")
    with pytest.raises(ValidationError) as caught:
        service.save_draft(supervisor, draft.assessment_id, {"needs": (broken,)})
    assert caught.value.field == "needs.ALCOHOL_MISUSE.analysis"
    assert "U+0000" in caught.value.message
    reread = service.get(supervisor, draft.assessment_id)
    assert next(n for n in reread.form.needs if n.section is NeedSection.ALCOHOL_MISUSE).analysis == ""


@pytest.mark.parametrize(
    ("field", "refused", "accepted", "says"),
    [
        ("total_sanctions", (0, 1_000), (1, 999), "between 1 and 999"),
        ("age_at_first_sanction", (9, 121), (10, 120), "between 10 and 120"),
    ],
)
def test_the_range_a_draft_refuses_is_the_range_its_message_states(
    service: AssessmentService,
    supervisor: CurrentUser,
    prisoner_id: str,
    field: str,
    refused: tuple[int, int],
    accepted: tuple[int, int],
    says: str,
) -> None:
    # The check once allowed 0 sanctions and a first sanction at 0 while saying "between 1 and ..." and
    # "between 10 and ...": each end of the stated range is kept, one step outside it is refused.
    draft, _ = service.start_draft(supervisor, prisoner_id)
    for value in refused:
        with pytest.raises(ValidationError, match=says) as caught:
            service.save_draft(supervisor, draft.assessment_id, {field: value})
        assert caught.value.field == field
    for value in accepted:
        saved, _ = service.save_draft(supervisor, draft.assessment_id, {field: value})
        assert getattr(saved.form, field) == value


# -- the figures as you type ----------------------------------------------------------------


def test_preview_of_an_empty_form_does_not_raise_and_says_what_is_missing() -> None:
    p = preview(AssessmentForm(gender=Gender.MALE, date_of_birth=DOB))

    assert p.ogrs3_two_year_pct is None and MISSING_MANDATORY_INPUT in p.ogrs3_codes
    fields = p.problems_by_field()
    for name in (
        "conviction_date",
        "follow_up_start",
        "total_sanctions",
        "age_at_first_sanction",
        "offence_group",
    ):
        assert name in fields
    assert p.tier is not None and p.tier.provisional and "OGRS3 unknown" in p.tier.missing
    assert any("Accommodation: choose a severity" in m for m in p.blocking)


def test_preview_of_a_complete_form_gives_ogrs3_and_the_tier_with_reasons() -> None:
    form = full_form()
    p = preview(form)

    assert (p.ogrs3_one_year_pct, p.ogrs3_two_year_pct, p.ogrs3_band) == expected_ogrs3(form)
    assert p.tier is not None
    # RoSH High 20 → B; change: accommodation 1 + drugs 2 + thinking 2 + ⌊OGRS3/10⌋
    assert p.tier.protect_points == 20 and p.tier.tier[0] == "B"
    assert p.tier.change_points == 5 + (p.ogrs3_two_year_pct or 0) // 10
    assert "RoSH High: 20 points" in p.tier.reasons
    assert not p.tier.provisional and p.blocking == ()


def test_ogrs3_problems_are_shown_beside_their_fields() -> None:
    p = preview(full_form(age_at_first_sanction=40, follow_up_start=date(2026, 1, 1)))
    fields = p.problems_by_field()
    assert "age at first sanction cannot be after" in fields["age_at_first_sanction"].lower()
    assert "follow-up start cannot be before" in fields["follow_up_start"].lower()
    assert p.ogrs3_band is None


# -- completing and signing ----------------------------------------------------------------


def test_completion_reports_every_problem_at_once(
    service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    needs = tuple(
        NeedEntry(s, NeedSeverity.STANDARD, True, False, "Some evidence", "")
        if s is NeedSection.ACCOMMODATION
        else NeedEntry(s)
        for s in NeedSection
    )
    service.save_draft(supervisor, draft.assessment_id, {"needs": needs})

    check = service.check_completion(supervisor, draft.assessment_id)
    fields = dict(check.problems)
    assert not check.ok
    assert "conviction_date" in fields and "offence_group" in fields
    assert fields["needs.ACCOMMODATION.analysis"].startswith("Accommodation: analysis is required")
    assert fields["needs.DRUG_MISUSE"] == "Drug misuse: choose a severity (No need if there is none)."
    assert fields["protective_factors"].startswith("Record at least one protective factor")
    with pytest.raises(ValidationErrors) as caught:
        service.complete(supervisor, draft.assessment_id)
    assert dict(caught.value.by_field()).keys() == {f for f, _ in check.problems}
    assert service.overview(supervisor, prisoner_id).latest is None  # nothing was written


def test_none_identified_note_stands_in_for_protective_factors(
    service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    service.save_draft(
        supervisor,
        draft.assessment_id,
        full_form(
            protective_factors=("  ",),
            no_protective_factors_note="None identified after interview and file review.",
        ),
    )
    done, _ = service.complete(supervisor, draft.assessment_id)
    assert done.form.protective_factors == ()
    assert done.form.no_protective_factors_note == "None identified after interview and file review."


def test_a_completed_assessment_is_a_new_signed_immutable_record(
    ctx: ServiceContext, service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    draft, _ = service.start_draft(supervisor, prisoner_id)
    service.save_draft(supervisor, draft.assessment_id, full_form())
    done, changes = service.complete(supervisor, draft.assessment_id)

    form = full_form()
    assert done.status == "COMPLETED" and done.assessment_id != draft.assessment_id
    assert done.signed_by_name == "Sam Supervisor" and done.completed_at is not None
    assert (done.ogrs3_one_year_pct, done.ogrs3_two_year_pct, done.ogrs3_band) == expected_ogrs3(form)
    assert done.form.needs == form.needs and done.form.protective_factors == form.protective_factors
    assert done.read_only_reason is not None and done.read_only_reason.startswith("Completed and signed by")
    assert "lor_assessment" in changes.entities

    with pytest.raises(ValidationError, match="no longer open"):
        service.save_draft(supervisor, draft.assessment_id, {"total_sanctions": 2})
    with pytest.raises(ValidationError, match="cannot be changed"):
        service.save_draft(supervisor, done.assessment_id, {"total_sanctions": 2})

    with ctx.store.read() as s:
        assert s.scalar(select(LorNeed.id).where(LorNeed.assessment_id == done.assessment_id).limit(1))
        assert len(s.scalars(select(LorNeed).where(LorNeed.assessment_id == done.assessment_id)).all()) == 11
        assert s.scalars(select(ProtectiveFactor.text)).all() == ["Supportive partner and two children."]
        draft_row = s.get(LorAssessment, draft.assessment_id)
        assert draft_row is not None and draft_row.deleted_at is not None
        outbox = s.execute(select(Outbox.entity, Outbox.entity_id, Outbox.op, Outbox.patch_json)).all()
        assert verify_chain(s).ok
    # A draft never syncs as completed; the signed record is its own class A entity.
    for entity, _, _, patch in outbox:
        if entity == "lor_assessment_draft":
            assert json.loads(patch).get("status", "DRAFT") == "DRAFT"
    record_changes = [(e, op) for e, i, op, _ in outbox if i == done.assessment_id]
    assert record_changes == [("lor_assessment", "INSERT")]
    assert ENTITIES["lor_assessment"].sync_class is SyncClass.APPEND_ONLY
    assert ENTITIES["lor_assessment_draft"].sync_class is SyncClass.DRAFT
    assert ENTITIES["lor_assessment_draft"].owner_field == "author_id"


def test_a_correction_supersedes_the_latest_assessment(
    service: AssessmentService, supervisor: CurrentUser, other_supervisor: CurrentUser, prisoner_id: str
) -> None:
    first = complete_one(service, supervisor, prisoner_id, full_form())
    second = complete_one(service, supervisor, prisoner_id, full_form(total_sanctions=6))
    with pytest.raises(ValidationError, match="Only the latest assessment"):
        service.supersede(supervisor, first)

    correction, _ = service.supersede(other_supervisor, second)
    assert correction.is_draft and correction.supersedes_id == second
    assert correction.form.total_sanctions == 6 and correction.author_name == "Priya Patel"
    service.save_draft(other_supervisor, correction.assessment_id, {"total_sanctions": 7})
    check = service.check_completion(other_supervisor, correction.assessment_id)
    assert not any("unchanged" in w for w in check.warnings)  # a correction keeps text on purpose
    corrected, _ = service.complete(other_supervisor, correction.assessment_id)

    history = service.history(supervisor, prisoner_id)
    assert [h.assessment_id for h in history] == [corrected.assessment_id, second, first]
    assert history[0].supersedes_id == second and history[1].superseded_by_id == corrected.assessment_id
    latest = service.latest(supervisor, prisoner_id)
    assert latest is not None and latest.form.total_sanctions == 7


# -- warnings ----------------------------------------------------------------


def test_text_copied_unchanged_from_the_previous_assessment_is_named(
    service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    complete_one(service, supervisor, prisoner_id, full_form())
    draft, _ = service.start_draft(supervisor, prisoner_id)  # pre-filled from the completed one
    assert draft.form.need(NeedSection.DRUG_MISUSE).evidence == "Daily heroin use (CARAT)."

    warnings = service.check_completion(supervisor, draft.assessment_id).warnings
    copied = [w for w in warnings if "unchanged" in w]
    assert len(copied) == 1
    assert (
        "Accommodation (evidence and analysis)" in copied[0]
        and "Drug misuse (evidence and analysis)" in copied[0]
    )
    assert "seed 3.14" in copied[0]
    overview = service.overview(supervisor, prisoner_id)
    assert overview.draft_warnings == (copied[0],)  # shown with the draft, not with the signed record
    assert not any("unchanged" in w for w in overview.warnings)

    needs = tuple(
        replace(n, evidence="Now has a tenancy offer.", analysis="Need reduced.")
        if n.section is NeedSection.ACCOMMODATION
        else replace(n, analysis="Still funds use by theft; engaged with CARAT.")
        if n.section is NeedSection.DRUG_MISUSE
        else n
        for n in draft.form.needs
    )
    service.save_draft(supervisor, draft.assessment_id, {"needs": needs})
    warnings = service.check_completion(supervisor, draft.assessment_id).warnings
    copied = [w for w in warnings if "unchanged" in w]
    assert "Accommodation" not in copied[0] and "Drug misuse (evidence)" in copied[0]
    assert "Thinking and behaviour (evidence and analysis)" in copied[0]
    # Warnings never block; the signer saw them, so they are kept with the record.
    done, _ = service.complete(supervisor, draft.assessment_id)
    assert any("unchanged" in w for w in done.completion_warnings)


def test_an_assessment_older_than_the_policy_allows_is_flagged(
    store: Store, supervisor: CurrentUser, prisoner_id: str
) -> None:
    today = [date(2026, 11, 26)]
    ctx = ServiceContext(store, Policy(lor_assessment_max_age_months=12), today=lambda: today[0])
    service = AssessmentService(ctx)
    assert service.overview(supervisor, prisoner_id).warnings == (
        "No likelihood of reoffending assessment has been completed for this prisoner.",
    )
    complete_one(service, supervisor, prisoner_id, full_form())
    completed_on = service.latest(supervisor, prisoner_id)
    assert completed_on is not None and completed_on.completed_at is not None
    assert service.overview(supervisor, prisoner_id).warnings == ()

    today[0] = date(
        completed_on.completed_at.year + 1, completed_on.completed_at.month, completed_on.completed_at.day
    )
    assert service.overview(supervisor, prisoner_id).warnings == ()  # exactly 12 months: still in date
    today[0] = (
        date(today[0].year, today[0].month, today[0].day + 1)
        if today[0].day < 28
        else date(today[0].year, today[0].month + 1 if today[0].month < 12 else 1, 1)
    )
    (warning,) = service.overview(supervisor, prisoner_id).warnings
    assert "more than 12 months ago" in warning


# -- likelihood changed ----------------------------------------------------------------


def test_likelihood_changed_is_raised_only_when_band_or_tier_changes(
    ctx: ServiceContext, service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    complete_one(service, supervisor, prisoner_id, full_form())
    assert _events(ctx.store) == []  # a first assessment is not a change

    second = complete_one(
        service, supervisor, prisoner_id, full_form(protective_factors=("Works in the kitchen.",))
    )
    assert _events(ctx.store) == []  # same band, same tier

    before = service.latest(supervisor, prisoner_id)
    assert before is not None and before.tier is not None
    third = complete_one(
        service,
        supervisor,
        prisoner_id,
        full_form(rosh_level=RoshLevel.VERY_HIGH, total_sanctions=25, age_at_first_sanction=12),
    )
    after = service.latest(supervisor, prisoner_id)
    assert after is not None and after.tier is not None and after.tier.tier != before.tier.tier

    (event,) = _events(ctx.store)
    assert event == {
        "source": "ASSESSMENT_COMPLETED",
        "assessment_id": third,
        "previous_assessment_id": second,
        "old_band": before.ogrs3_band,
        "new_band": after.ogrs3_band,
        "old_tier": before.tier.tier,
        "new_tier": after.tier.tier,
        "old_two_year_pct": before.ogrs3_two_year_pct,
        "new_two_year_pct": after.ogrs3_two_year_pct,
    }
    with ctx.store.read() as s:
        row = s.scalars(select(DomainEvent)).one()
        assert (row.kind, row.prisoner_id, row.consumed_at) == (LIKELIHOOD_CHANGED, prisoner_id, None)


# -- the caseload and bulk recalculation ----------------------------------------------------------------


def test_the_caseload_shows_the_latest_tier_and_band(
    ctx: ServiceContext, service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    caseload = CaseloadService(ctx)
    row = caseload.row(supervisor, prisoner_id)
    assert row is not None and (row.tier, row.ogrs3_band) == (None, None)

    complete_one(service, supervisor, prisoner_id, full_form())
    latest = service.latest(supervisor, prisoner_id)
    assert latest is not None and latest.tier is not None
    (row,) = caseload.rows(supervisor)
    assert (row.tier, row.tier_provisional, row.ogrs3_band) == (latest.tier.tier, False, latest.ogrs3_band)


def _runs(store: Store) -> list[dict[str, Any]]:
    """The details of each recalculation run's audit event, oldest first."""
    with store.read() as s:
        return [
            json.loads(after)
            for after in s.scalars(
                select(AuditEvent.after_json)
                .where(AuditEvent.action == "lor.tiers_recalculated")
                .order_by(AuditEvent.seq)
            )
        ]


def _counts(store: Store) -> tuple[int, int]:
    """Audit events and outbox changes stored so far."""
    with store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
            s.scalar(select(func.count()).select_from(Outbox)) or 0,
        )


def test_recalculation_derives_only_what_changed_and_the_caseload_follows(
    ctx: ServiceContext,
    service: AssessmentService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
    receive: Callable[..., ReceptionRequest],
) -> None:
    other, _ = ReceptionService(ctx).receive(supervisor, receive(noms_number="B2345CD", family_name="Second"))
    signed_id = complete_one(service, supervisor, prisoner_id, full_form())
    kept = complete_one(service, supervisor, other, full_form())
    signed = service.latest(supervisor, prisoner_id)
    assert signed is not None and signed.tier is not None

    with pytest.raises(PermissionDenied):
        service.recalculate_tiers(supervisor)
    calls: list[tuple[int, int]] = []
    result = service.recalculate_tiers(manager, progress=lambda d, t: calls.append((d, t)))
    assert (result.assessments, result.changed, result.cancelled) == (2, 0, False)
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)
    with ctx.store.read() as s:
        assert s.scalars(select(TierDerivation)).all() == []  # nothing differs from the signed figures

    # Simulate assessments signed under an older formula: the stored figures differ from today's.
    with ctx.store.sessions.begin() as s:
        s.execute(
            update(CompletedLorAssessment)
            .where(CompletedLorAssessment.prisoner_id == prisoner_id)
            .values(tier="D1", ogrs3_band="VERY_HIGH", ogrs3_two_year_pct=95)
        )
    audit_before, outbox_before = _counts(ctx.store)
    result = service.recalculate_tiers(manager)
    assert (result.assessments, result.changed, result.tiers_changed, result.bands_changed) == (2, 1, 1, 1)
    assert result.changes.prisoner_ids == {prisoner_id}

    # The same figures as signing under today's rules, shown in place of the signed ones.
    latest = service.latest(supervisor, prisoner_id)
    assert latest is not None and latest.recalculated_at is not None and latest.tier is not None
    assert (latest.tier, latest.ogrs3_band, latest.ogrs3_two_year_pct, latest.ogrs3_one_year_pct) == (
        signed.tier,
        signed.ogrs3_band,
        signed.ogrs3_two_year_pct,
        signed.ogrs3_one_year_pct,
    )
    assert (latest.signed_tier, latest.signed_ogrs3_band) == ("D1", "VERY_HIGH")
    (summary, *_) = service.history(supervisor, prisoner_id)
    assert summary.recalculated and summary.tier == signed.tier.tier
    row = CaseloadService(ctx).row(supervisor, prisoner_id)
    assert row is not None and (row.tier, row.ogrs3_band) == (signed.tier.tier, signed.ogrs3_band)

    # Derived data: a local row, no outbox change, and ONE audit event for the whole run.
    with ctx.store.read() as s:
        derived = s.scalars(select(TierDerivation)).one()
        assert (derived.assessment_id, derived.prisoner_id, derived.tier, derived.rule_version) == (
            signed_id,
            prisoner_id,
            signed.tier.tier,
            RULE_VERSION,
        )
        assert verify_chain(s).ok
        assert s.get(CompletedLorAssessment, kept) is not None
        assert (
            s.scalar(select(CompletedLorAssessment.tier).where(CompletedLorAssessment.id == signed_id))
            == "D1"
        )
    assert _counts(ctx.store) == (audit_before + 1, outbox_before)
    run = _runs(ctx.store)[-1]
    assert run["run_by"] == manager.display_name and run["rule_version"] == RULE_VERSION
    assert (run["assessments"], run["recalculated"], run["changed"], run["tiers_changed"]) == (2, 2, 1, 1)
    assert run["move_fields"] == ["prisoner_id", "old_tier", "new_tier", "old_band", "new_band"]
    assert run["moves"] == [[prisoner_id, "D1", signed.tier.tier, "VERY_HIGH", signed.ogrs3_band]]
    (event,) = _events(ctx.store)
    assert event["source"] == "RECALCULATION" and event["old_tier"] == "D1"
    assert (event["new_tier"], event["old_two_year_pct"], event["new_two_year_pct"]) == (
        signed.tier.tier,
        95,
        signed.ogrs3_two_year_pct,
    )
    # Running it again changes nothing: the derived figures are now current. The run is still audited.
    assert service.recalculate_tiers(manager).changed == 0
    assert _runs(ctx.store)[-1]["moves"] == [] and len(_events(ctx.store)) == 1


def test_derived_figures_back_to_the_signed_ones_are_dropped(
    ctx: ServiceContext,
    service: AssessmentService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
) -> None:
    assessment_id = complete_one(service, supervisor, prisoner_id, full_form())
    signed = service.latest(supervisor, prisoner_id)
    assert signed is not None and signed.tier is not None
    with ctx.store.sessions.begin() as s:  # figures derived under rules since reverted
        s.execute(
            TierDerivation.__table__.insert().values(
                assessment_id=assessment_id,
                prisoner_id=prisoner_id,
                ogrs3_band="VERY_HIGH",
                tier="A3",
                tier_protect_points=150,
                tier_change_points=20,
                rule_version="older",
                derived_at=datetime(2026, 11, 1, 9, 0),
            )
        )
    stale = service.latest(supervisor, prisoner_id)
    assert stale is not None and stale.tier is not None and stale.tier.tier == "A3"

    result = service.recalculate_tiers(manager)
    assert (result.changed, result.tiers_changed, result.bands_changed) == (1, 1, 1)
    with ctx.store.read() as s:
        assert s.scalars(select(TierDerivation)).all() == []
    latest = service.latest(supervisor, prisoner_id)
    assert latest is not None and latest.recalculated_at is None and latest.tier == signed.tier
    assert _runs(ctx.store)[-1]["moves"] == [
        [prisoner_id, "A3", signed.tier.tier, "VERY_HIGH", signed.ogrs3_band]
    ]


@pytest.mark.parametrize("cancel_at_check", [1, 2], ids=["before-the-first-chunk", "just-before-commit"])
def test_a_cancelled_recalculation_writes_nothing(
    ctx: ServiceContext,
    service: AssessmentService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
    cancel_at_check: int,
) -> None:
    complete_one(service, supervisor, prisoner_id, full_form())
    with ctx.store.sessions.begin() as s:
        s.execute(update(CompletedLorAssessment).values(tier="D1"))
    checks: list[int] = []

    def cancelled() -> bool:
        checks.append(1)
        return len(checks) >= cancel_at_check

    before = _counts(ctx.store)
    result = service.recalculate_tiers(manager, cancelled=cancelled)
    assert result.cancelled and result.changed == 0 and len(checks) == cancel_at_check
    assert _counts(ctx.store) == before and _events(ctx.store) == [] and _runs(ctx.store) == []
    with ctx.store.read() as s:
        assert s.scalars(select(TierDerivation)).all() == []


def test_purging_an_assessment_removes_its_derived_figures(
    ctx: ServiceContext,
    service: AssessmentService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    prisoner_id: str,
) -> None:
    complete_one(service, supervisor, prisoner_id, full_form())
    with ctx.store.sessions.begin() as s:
        s.execute(update(CompletedLorAssessment).values(tier="D1"))
    assert service.recalculate_tiers(manager).changed == 1
    with ctx.store.sessions.begin() as s:  # what sync does when a transferred prisoner is purged
        for model in (LorNeed, ProtectiveFactor, LorAssessment):
            s.execute(delete(model).where(model.prisoner_id == prisoner_id))
        assert s.scalars(select(TierDerivation)).all() == []


# -- schema and sync registry ----------------------------------------------------------------


def test_models_and_migrations_agree_at_the_head_revision(store: Store) -> None:
    assert head_revision() == SCHEMA_HEAD
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        assert compare_metadata(ctx, Base.metadata) == []
        tables = set(inspect(conn).get_table_names())
    assert {"lor_assessment", "lor_need", "protective_factor", "tier_derivation", "domain_event"} <= tables
    assert (
        "lor_recalculation" not in tables and "tier_derivation" not in ENTITIES
    )  # derived data: never synced


LOCAL_ONLY_COLUMNS = {"server_version", "search_key"}  # never pushed (unit_of_work._SKIP_IN_PATCH)


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__entity__)
def test_orm_columns_match_the_sync_registry(model: type[Any]) -> None:
    spec = ENTITIES[model.__entity__]
    columns = {a.key: a.columns[0] for a in inspect(model).column_attrs}
    assert set(columns) - LOCAL_ONLY_COLUMNS == set(spec.fields)
    assert spec.sync_class.value == model.__sync_class__
    for name, field in spec.fields.items():
        assert columns[name].nullable == field.nullable, name
        length = getattr(columns[name].type, "length", None)
        if length is not None and field.max_length is not None:
            assert field.max_length <= length or field.type.value == "text", name


def test_every_registered_entity_has_a_model() -> None:
    assert set(ENTITIES) == {m.__entity__ for m in SYNCED_MODELS}


def test_raw_sql_sees_one_table_for_both_assessment_entities(
    ctx: ServiceContext, service: AssessmentService, supervisor: CurrentUser, prisoner_id: str
) -> None:
    complete_one(service, supervisor, prisoner_id, full_form())
    service.start_draft(supervisor, prisoner_id)
    with ctx.store.read() as s:
        statuses = sorted(
            s.execute(text("SELECT status FROM lor_assessment WHERE deleted_at IS NULL")).scalars()
        )
    assert statuses == ["COMPLETED", "DRAFT"]


# -- the bulk run on stored input the rules no longer accept ------------------------------------------------


def _row(rng: Any, **overrides: Any) -> tuple[Any, ...]:
    """A row as ``recalculate_tiers`` reads it (inputs, identified needs, then figures it ignores)."""
    from workbench.domain.ogrs3 import OFFENCE_GROUPS
    from workbench.domain.tier import COMPLEXITY_FACTORS

    gender = rng.choice(["MALE", "FEMALE"])
    dob = date(rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28))
    convicted = date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
    follow_up = date(convicted.year + rng.randint(0, 6), rng.randint(1, 12), rng.randint(1, 28))
    identified = [
        f"{s.value}={rng.choice(['STANDARD', 'SEVERE'])}" for s in NeedSection if rng.random() < 0.4
    ]
    values: dict[str, Any] = {
        "gender": gender,
        "dob": dob.isoformat(),
        "convicted": convicted.isoformat(),
        "follow_up": follow_up.isoformat(),
        "sanctions": rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 35, 120]),
        "first": rng.randint(8, 45),
        "group": rng.choice([*OFFENCE_GROUPS, "Violence"]),
        "rsr": rng.choice([None, "", "1.50", "2.99", "3.00", "6.99", "7.00", "12.00", "99.99"]),
        "rosh": rng.choice([None, "LOW", "MEDIUM", "HIGH", "VERY_HIGH"]),
        "mappa": rng.choice([None, None, 1, 2, 3]),
        "factors": json.dumps(sorted(rng.sample(list(COMPLEXITY_FACTORS), rng.choice([0, 0, 1, 2, 4])))),
        "iom": rng.random() < 0.2,
        "parenting": rng.random() < 0.3,
        "impulsivity": rng.random() < 0.3,
        "breach": rng.random() < 0.3,
        "mandate": rng.random() < 0.9,
        "needs": ",".join(identified) or None,
    }
    values.update(overrides)
    return ("a-id", "p-id", *values.values(), *([None] * 19))


@pytest.mark.parametrize(
    "override",
    [
        {"rsr": "not a number"},
        {"rosh": "EXTREME"},
        {"mappa": 4},
        {"factors": '["NOT_A_FACTOR"]'},
        {"factors": "not json"},
        {"needs": "NOT_A_SECTION=SEVERE"},
        {"needs": "ACCOMMODATION=VERY"},
    ],
)
def test_the_bulk_run_skips_a_row_whose_tier_input_is_no_longer_valid(override: dict[str, Any]) -> None:
    import random

    from workbench.casework.assessment.recalculation import _Calculator

    rng = random.Random(2012)
    valid = _row(rng, dob="1990-01-01", convicted="2026-01-01", follow_up="2027-01-01", sanctions=5, first=16)
    calc = _Calculator()
    assert calc.figures(valid) is not None
    assert calc.figures(_row(rng, **override)) is None  # nothing recorded for it; the run goes on


def test_the_bulk_run_keeps_a_provisional_tier_when_ogrs3_cannot_be_calculated() -> None:
    import random

    from workbench.casework.assessment.recalculation import _Calculator

    figures = _Calculator().figures(
        _row(random.Random(7), dob=None, rosh="HIGH", mappa=None, factors="[]", mandate=True)
    )
    assert figures is not None
    one_year, two_year, band, tier, *_, missing, provisional = figures
    assert (one_year, two_year, band) == (None, None, None)
    assert tier[0] == "B" and provisional and "OGRS3 unknown" in json.loads(missing)
