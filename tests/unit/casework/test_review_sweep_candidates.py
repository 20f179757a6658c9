"""The sweep reads only the prisoners who could have a new task (casework/reviews/candidates.py): what it
raises must be exactly what a sweep over everyone raises, day after day, on a generated region with
events, transfers, changes of supervisor, signed reviews (some arming a later review), MAPPA levels, key
dates (ARD, THD, categorisation review, open conditions, early allocation), women and a deleted
prisoner."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.casework.reviews import ReviewService
from workbench.casework.reviews.sweep import plan_sweep
from workbench.domain.enums import AllocationRole, CustodyEventType, Gender
from workbench.domain.policy import Policy
from workbench.domain.review_triggers import EVENT_TRIGGERS
from workbench.store.engine import Store
from workbench.store.ids import new_id
from workbench.store.models import Allocation, CustodyEvent, DomainEvent, Prisoner, Sentence
from workbench.store.review_models import SignedReview
from workbench.store.rosh_models import MappaStatus

START = date(2026, 11, 26)


def _region(store: Store, prisoners: int, seed: int) -> list[str]:
    """A demo region, then the inputs every trigger reads, spread over the last year and the next."""
    ctx = ServiceContext(store, Policy(), today=lambda: START)
    demo = DemoDataService(ctx)
    manager, _ = demo.ensure_demo_users()
    demo.generate(manager, prisoners=prisoners, seed=seed)
    rng = random.Random(seed)
    with store.read() as s:
        ids = sorted(s.scalars(select(Prisoner.id)))
    now = datetime(2026, 11, 26, 9)
    kinds = list(EVENT_TRIGGERS)
    with store.write_sessions() as s, s.begin():
        for pid in ids:
            for _ in range(rng.choice([0, 0, 1, 2])):
                on = datetime.combine(START + timedelta(days=rng.randint(-60, 300)), datetime.min.time())
                s.add(
                    DomainEvent(
                        id=new_id(), prisoner_id=pid, kind=rng.choice(kinds), payload="{}", occurred_at=on
                    )
                )
            for _ in range(rng.choice([0, 0, 1, 2])):
                s.add(
                    CustodyEvent(
                        id=new_id(),
                        created_at=now,
                        updated_at=now,
                        prisoner_id=pid,
                        event_type=CustodyEventType.TRANSFER_IN.value,
                        event_date=START + timedelta(days=rng.randint(-420, 200)),
                        establishment_code="MDI",
                        other_establishment="LEI",
                    )
                )
            if rng.random() < 0.3:
                s.add(
                    Allocation(
                        id=new_id(),
                        created_at=now,
                        updated_at=now,
                        prisoner_id=pid,
                        role=AllocationRole.OFFENDER_SUPERVISOR.value,
                        staff_name="A. Synthetic",
                        start_date=START + timedelta(days=rng.randint(-400, 250)),
                    )
                )
            if rng.random() < 0.3:
                on = START + timedelta(days=rng.randint(-500, 100))
                armed = (
                    [{"trigger": "ARMED", "on": (on + timedelta(days=rng.randint(30, 300))).isoformat()}]
                    if rng.random() < 0.5
                    else []
                )
                s.add(
                    SignedReview(
                        id=new_id(),
                        created_at=now,
                        updated_at=now,
                        prisoner_id=pid,
                        author_id="demo",
                        author_name="Demo",
                        review_date=on,
                        next_review_on=on + timedelta(days=rng.randint(60, 420))
                        if rng.random() < 0.6
                        else None,
                        armed=json.dumps(armed),
                        signed_at=datetime.combine(on, datetime.min.time()),
                    )
                )
            if rng.random() < 0.1:
                s.add(
                    MappaStatus(
                        id=new_id(),
                        created_at=now,
                        updated_at=now,
                        prisoner_id=pid,
                        level=rng.choice([1, 2, 3]),
                    )
                )
        # Key dates (migration 0011) on a third of the sentences, and some women (open-prison rules).
        for pid in ids:
            if rng.random() < 0.35:
                s.execute(
                    update(Sentence)
                    .where(Sentence.prisoner_id == pid, Sentence.is_current)
                    .values(**_key_dates(rng))
                )
            if rng.random() < 0.2:
                s.execute(update(Prisoner).where(Prisoner.id == pid).values(gender=Gender.FEMALE.value))
        s.execute(update(Prisoner).where(Prisoner.id == ids[0]).values(deleted_at=now))
    return ids


def _key_dates(rng: random.Random) -> dict[str, object]:
    def some(low: int, high: int) -> date | None:
        return START + timedelta(days=rng.randint(low, high)) if rng.random() < 0.5 else None

    return {
        "automatic_release_date": some(0, 700),
        "target_hearing_date": some(-100, 700),
        "categorisation_review_date": some(-30, 300),
        "open_conditions_date": some(-30, 400),
        "open_conditions_since": some(-200, 300),
        "open_prison_arrival_date": some(-200, 300),
        "early_allocation": rng.choice([None, True, False]),
    }


@pytest.mark.slow
def test_the_sweep_over_its_candidates_raises_what_a_sweep_over_everyone_raises(tmp_path: object) -> None:
    from pathlib import Path

    from workbench.store.engine import open_store

    store = open_store(Path(str(tmp_path)) / "region.db", bytes(range(32)))
    try:
        _region(store, prisoners=240, seed=7)
        ctx = ServiceContext(store, Policy(), today=lambda: START)
        manager, _ = DemoDataService(ctx).ensure_demo_users()
        service = ReviewService(ctx)
        raised = 0
        # Daily sweeps, then weekly and monthly jumps, over 22 months: first sweeps and steady ones.
        days = [START + timedelta(days=d) for d in (*range(0, 10), *range(10, 120, 7), *range(120, 680, 23))]
        for day in days:
            with store.read() as session:
                everyone = plan_sweep(session, day, ctx.policy, everyone=True)
                candidates = plan_sweep(session, day, ctx.policy)
            assert {r["id"] for r in candidates.rows} == {r["id"] for r in everyone.rows}, day
            assert sorted(candidates.consumed_event_ids) == sorted(everyone.consumed_event_ids), day
            assert candidates.prisoners == everyone.prisoners == 239
            raised += service.sweep(manager, today=day).raised
        # The region really exercised the rules: many tasks, of most triggers.
        assert raised > 500
    finally:
        store.close()
