"""Correcting a prisoner's details after reception (issue 7 point 5): rules, history, audit, outbox, scope."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.corrections import CorrectionService, DetailsCorrection
from workbench.casework.dto.reception import ReceptionRequest
from workbench.casework.reception import ReceptionService
from workbench.domain.enums import RoshLevel, SentenceType
from workbench.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from workbench.domain.scope import ScopeStatus
from workbench.domain.timescales import DueRule
from workbench.security.principal import CurrentUser
from workbench.store.models import AuditEvent, Outbox, Prisoner, PrisonerCorrection, Sentence

REASON = "PPO status confirmed by the police"


@pytest.fixture
def service(ctx: ServiceContext) -> CorrectionService:
    return CorrectionService(ctx)


@pytest.fixture
def unknown_ppo(
    ctx: ServiceContext, supervisor: CurrentUser, receive: Callable[..., ReceptionRequest]
) -> str:
    """An adult serving 3 years with Medium RoSH whose PPO status was not known at reception."""
    pid, _ = ReceptionService(ctx).receive(supervisor, receive(is_ppo=None, rosh_level=RoshLevel.MEDIUM))
    return pid


def test_setting_ppo_status_resolves_an_unknown_scope(
    ctx: ServiceContext, service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str
) -> None:
    caseload = CaseloadService(ctx)
    before = caseload.detail(supervisor, unknown_ppo).scope
    assert before.status is ScopeStatus.UNKNOWN and before.reason == "Scope unknown — needs PPO status."

    record, changes = service.correct(supervisor, unknown_ppo, DetailsCorrection(is_ppo=True), REASON)

    assert changes.prisoner_ids == {unknown_ppo}
    assert changes.entities == {"prisoner", "prisoner_correction"}
    detail = caseload.detail(supervisor, unknown_ppo)
    assert detail.is_ppo is True
    assert detail.scope.status is ScopeStatus.IN_SCOPE
    assert detail.scope.reason == "In scope: Prolific and Other Priority Offender."
    row = caseload.row(supervisor, unknown_ppo)
    assert row is not None and row.scope.status is ScopeStatus.IN_SCOPE
    assert record.fields == ("is_ppo",) and record.changes == {"is_ppo": (None, True)}
    assert record.summary == (
        "Corrected on 26 Nov 2026 by Sam Supervisor: PPO status — PPO status confirmed by the police"
    )


def test_a_correction_is_audited_with_its_reason_and_queued_for_the_central_record(
    ctx: ServiceContext, service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str
) -> None:
    service.correct(
        supervisor,
        unknown_ppo,
        DetailsCorrection(is_ppo=True, location=" B-2-14 ", conditional_release_date=date(2028, 5, 20)),
        "  Confirmed   with the police and the OCA  ",
    )
    with ctx.store.read() as s:
        events = s.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.after_json).where(
                AuditEvent.action.in_(
                    ["prisoner.corrected", "sentence.corrected", "prisoner.details_corrected"]
                )
            )
        ).all()
        assert [(a, e) for a, e, _ in events] == [
            ("prisoner.corrected", "prisoner"),
            ("sentence.corrected", "sentence"),
            ("prisoner.details_corrected", "prisoner_correction"),
        ]
        history = json.loads(events[2][2])
        assert history["reason"] == "Confirmed with the police and the OCA"
        assert json.loads(history["changes"]) == {
            "conditional_release_date": ["2028-05-19", "2028-05-20"],
            "is_ppo": [None, True],
            "location": ["A-1-01", "B-2-14"],
        }
        outbox = {
            (o.entity, o.op): json.loads(o.patch_json)
            for o in s.scalars(select(Outbox).where(Outbox.op == "UPDATE"))
        }
        # Only the changed fields travel, so the central record merges them per field (class B).
        assert set(outbox) == {("prisoner", "UPDATE"), ("sentence", "UPDATE")}
        assert set(outbox[("prisoner", "UPDATE")]) == {"is_ppo", "location", "updated_at"}
        assert outbox[("sentence", "UPDATE")]["conditional_release_date"] == "2028-05-20"
        assert set(outbox[("sentence", "UPDATE")]) == {"conditional_release_date", "updated_at"}
        assert s.scalars(select(Outbox.op).where(Outbox.entity == "prisoner_correction")).one() == "INSERT"
        prisoner = s.get(Prisoner, unknown_ppo)
        assert prisoner is not None and prisoner.location == "B-2-14"


def test_only_the_fields_given_change(
    ctx: ServiceContext, service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str
) -> None:
    # PPO given with its current value (None) is not a change; the PED is.
    record, changes = service.correct(
        supervisor,
        unknown_ppo,
        DetailsCorrection(is_ppo=None, parole_eligibility_date=date(2027, 11, 19)),
        "PED calculated by the OCA",
    )
    assert record.fields == ("parole_eligibility_date",)
    assert changes.entities == {"sentence", "prisoner_correction"}
    with ctx.store.read() as s:
        sentence = s.scalars(select(Sentence).where(Sentence.prisoner_id == unknown_ppo)).one()
        assert sentence.parole_eligibility_date == date(2027, 11, 19)
        assert sentence.conditional_release_date == date(2028, 5, 19)
        assert sentence.length_days == 3 * 365
        assert s.scalars(select(Outbox).where(Outbox.entity == "prisoner", Outbox.op == "UPDATE")).all() == []


def test_changing_nothing_is_refused(
    service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str
) -> None:
    for correction in (DetailsCorrection(), DetailsCorrection(is_ppo=None, location="A-1-01 ")):
        with pytest.raises(ValidationErrors) as caught:
            service.correct(supervisor, unknown_ppo, correction, REASON)
        assert caught.value.by_field() == {
            None: "Nothing has been changed: change at least one detail, or cancel."
        }
    assert service.history(supervisor, unknown_ppo) == ()


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("   ", "Enter the reason for the correction."),
        ("typo", "Say why in a few words (at least 3), e.g. “PPO status confirmed by police”."),
        (
            "x " * 1_001,
            "The reason for the correction is 2,001 characters; the most allowed is 2,000. Shorten it.",
        ),
    ],
)
def test_a_reason_of_a_few_words_is_required(
    service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str, reason: str, message: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        service.correct(supervisor, unknown_ppo, DetailsCorrection(is_ppo=True), reason)
    assert caught.value.by_field() == {"reason": message}


def test_every_problem_is_reported_at_once_and_nothing_is_saved(
    ctx: ServiceContext, service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        service.correct(
            supervisor,
            unknown_ppo,
            DetailsCorrection(
                is_ppo=True,
                location="X" * 41,
                sentence_date=date(2026, 12, 1),  # after today (26 Nov 2026)
                conditional_release_date=date(2030, 1, 1),  # after the SED
                parole_eligibility_date=date(2031, 1, 1),  # after the CRD
            ),
            "no",
        )
    by_field = caught.value.by_field()
    assert set(by_field) == {
        "location",
        "sentence_date",
        "conditional_release_date",
        "parole_eligibility_date",
        "reason",
    }
    assert by_field["conditional_release_date"] == "The CRD cannot be after the sentence expiry date."
    assert by_field["sentence_date"] == "The sentence date (01 Dec 2026) is in the future."
    with ctx.store.read() as s:
        prisoner = s.get(Prisoner, unknown_ppo)
        assert prisoner is not None and prisoner.is_ppo is None and prisoner.location == "A-1-01"
        assert s.scalars(select(PrisonerCorrection)).all() == []
        assert s.scalars(select(Outbox).where(Outbox.op == "UPDATE")).all() == []


def test_the_sentence_is_checked_whole(
    service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str
) -> None:
    # Bringing the SED before the unchanged CRD (19 May 2028) makes the pair wrong: both are checked.
    with pytest.raises(ValidationErrors) as caught:
        service.correct(
            supervisor, unknown_ppo, DetailsCorrection(sentence_expiry_date=date(2028, 1, 1)), REASON
        )
    assert caught.value.by_field() == {
        "conditional_release_date": "The CRD cannot be after the sentence expiry date."
    }
    with pytest.raises(ValidationErrors) as caught:
        service.correct(
            supervisor, unknown_ppo, DetailsCorrection(conditional_release_date=date(2026, 11, 1)), REASON
        )
    assert caught.value.by_field() == {
        "conditional_release_date": "The conditional release date (CRD) must be after the sentence date."
    }


def test_a_change_to_an_indeterminate_sentence_needs_the_length_cleared(
    ctx: ServiceContext, service: CorrectionService, supervisor: CurrentUser, unknown_ppo: str
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        service.correct(supervisor, unknown_ppo, DetailsCorrection(sentence_type=SentenceType.LIFE), REASON)
    assert caught.value.by_field()["length_days"].startswith("Life sentences are indeterminate")

    service.correct(
        supervisor,
        unknown_ppo,
        DetailsCorrection(sentence_type=SentenceType.LIFE, length_days=None, tariff_date=date(2040, 1, 1)),
        "Sentence was life, recorded wrongly",
    )
    detail = CaseloadService(ctx).detail(supervisor, unknown_ppo)
    assert detail.sentence is not None and detail.sentence.sentence_type is SentenceType.LIFE
    assert detail.scope.reason == "In scope: life sentence."
    assert DueRule.FIRST_CONTACT in {i.rule for i in detail.due_items}


def test_history_lists_corrections_newest_first(
    ctx: ServiceContext,
    service: CorrectionService,
    supervisor: CurrentUser,
    manager: CurrentUser,
    unknown_ppo: str,
) -> None:
    service.correct(supervisor, unknown_ppo, DetailsCorrection(is_ppo=False), "Checked with the police")
    service.correct(manager, unknown_ppo, DetailsCorrection(location="C-3-01"), "Moved cell after review")
    history = service.history(supervisor, unknown_ppo)
    assert [(h.author_name, h.field_labels, h.reason) for h in history] == [
        ("Morgan Manager", ("location",), "Moved cell after review"),
        ("Sam Supervisor", ("PPO status",), "Checked with the police"),
    ]
    assert CaseloadService(ctx).detail(supervisor, unknown_ppo).corrections == history  # the case page's


def test_contributors_cannot_correct_details(
    service: CorrectionService, contributor: CurrentUser, unknown_ppo: str
) -> None:
    with pytest.raises(PermissionDenied):
        service.correct(contributor, unknown_ppo, DetailsCorrection(is_ppo=True), REASON)


def test_an_unknown_prisoner_is_refused(service: CorrectionService, supervisor: CurrentUser) -> None:
    with pytest.raises(ValidationError, match="no longer on this terminal's record"):
        service.correct(supervisor, "no-such-prisoner", DetailsCorrection(is_ppo=True), REASON)
