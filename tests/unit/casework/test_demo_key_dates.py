"""The demo's key dates and offence-paralleling flags (issue 10 point 6): every drawn sentence obeys the
rules reception applies, each kind of key fact shows, and the first sweep raises the flags' reviews."""

from __future__ import annotations

from sqlalchemy import select

from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.handover import HandoverService
from workbench.casework.key_dates import KEY_FACT_FIELDS, key_date_problems
from workbench.casework.reviews import ReviewService
from workbench.domain.enums import SentenceType
from workbench.domain.handover import HandoverReason
from workbench.domain.reviews import TriggerKind
from workbench.store.models import ContactEntry, Sentence


def test_demo_prisoners_have_key_dates_and_a_few_flags(ctx: ServiceContext) -> None:
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    service.generate(manager, prisoners=150)
    today = ctx.today()
    with ctx.store.read() as s:
        sentences = s.scalars(select(Sentence)).all()
        flags = s.scalars(select(ContactEntry).where(ContactEntry.kind == "OFFENCE_PARALLELING")).all()
    for row in sentences:
        assert key_date_problems(row, SentenceType(row.sentence_type), today) == [], row.prisoner_id
    for name in KEY_FACT_FIELDS:
        assert any(getattr(r, name) is not None for r in sentences), name
    soon = [
        r
        for r in sentences
        if r.categorisation_review_date and (r.categorisation_review_date - today).days < 160
    ]
    assert soon  # categorisation reviews within a few months
    assert any(r.early_allocation for r in sentences)
    early = next(r for r in sentences if r.early_allocation)
    view = HandoverService(ctx).for_case(manager, early.prisoner_id)
    assert view.handover is not None and view.handover.reason is HandoverReason.EARLY_ALLOCATION

    assert 2 <= len(flags) <= 10
    reviews = ReviewService(ctx)
    reviews.sweep(manager)
    for flag in flags:
        triggers = [t.trigger for t in reviews.open_review(manager, flag.prisoner_id).tasks]
        assert TriggerKind.OFFENCE_PARALLELING in triggers
