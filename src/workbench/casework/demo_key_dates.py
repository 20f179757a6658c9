"""Demo key dates and offence-paralleling flags (issue 10), so the triggers and handover reasons show.

Each case draws from its own random stream (seeded by its NOMS number), so adding these leaves every
other part of the demo as it was. The dates obey ``casework.key_dates.key_date_problems`` (a test checks
every drawn sentence against it): some categorisation reviews and open-conditions dates within a few
months, some ARDs (determinate) and THDs (indeterminate), a few prisoners in open conditions, a few early
allocations. A few prisoners get an offence-paralleling flag as ``OffenceParallelingService`` writes it
(log entry + unconsumed domain event), so the first review sweep raises their review.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Final, Protocol

from workbench.casework.demo_draw import DrawnCase
from workbench.casework.offence_paralleling import ParallelingSource
from workbench.domain.contacts import ContactKind, Restriction
from workbench.domain.enums import UserRole
from workbench.domain.review_triggers import OFFENCE_PARALLELING
from workbench.store.ids import new_id
from workbench.store.models import ContactEntry, DomainEvent
from workbench.store.unit_of_work import UnitOfWork

__all__ = ["FLAG_EVERY", "add_demo_paralleling_flags", "demo_key_facts"]

FLAG_EVERY: Final = 25
"""About one sentenced prisoner in this many has an offence-paralleling flag."""

_FLAGS: Final = (
    (
        ParallelingSource.ADJUDICATION,
        "ADJ/{n}: assault on another prisoner over a debt (mirrors the robbery)",
    ),
    (ParallelingSource.SECURITY, "IR {n}/26: intelligence of pressuring a younger prisoner for medication"),
    (ParallelingSource.ADJUDICATION, "ADJ/{n}: threats to a member of staff during a cell search"),
)


class _Person(Protocol):
    @property
    def user_id(self) -> str: ...
    @property
    def display_name(self) -> str: ...


def demo_key_facts(case: DrawnCase, today: date) -> dict[str, Any]:
    """The case's key dates and early-allocation decision by column name (empty for remand)."""
    start = case.sentence_date
    if not case.sentence_type.is_sentenced or start is None:
        return {}
    rng = random.Random(f"key-dates:{case.noms}")
    facts: dict[str, Any] = {}
    after = max(today, start) + timedelta(days=1)  # key dates ahead of both today and the sentence
    indeterminate = case.sentence_type.is_indeterminate
    if indeterminate and rng.random() < 0.6:
        facts["target_hearing_date"] = after + timedelta(days=rng.randint(20, 900))
    if not indeterminate and case.crd is not None and case.crd > start and rng.random() < 0.3:
        ard = case.crd - timedelta(days=rng.randint(0, 28))
        facts["automatic_release_date"] = max(ard, start + timedelta(days=1))
    if rng.random() < 0.45:
        facts["categorisation_review_date"] = after + timedelta(days=rng.randint(7, 150))
    if indeterminate or (case.length_days or 0) >= 4 * 365:
        u = rng.random()
        if u < 0.3:
            facts["open_conditions_date"] = after + timedelta(days=rng.randint(14, 180))
        elif u < 0.45 and (today - start).days > 60:
            since = start + timedelta(days=rng.randint(30, (today - start).days - 1))
            facts["open_conditions_since"] = since
            if rng.random() < 0.6:
                facts["open_prison_arrival_date"] = min(today, since + timedelta(days=rng.randint(0, 40)))
    e = rng.random()
    if e < 0.08:
        facts["early_allocation"] = True
    elif e < 0.4:
        facts["early_allocation"] = False
    return facts


def add_demo_paralleling_flags(
    uow: UnitOfWork, cases: Sequence[tuple[str, DrawnCase]], supervisors: Sequence[_Person], today: date
) -> int:
    """Flag every ``FLAG_EVERY``-th sentenced prisoner received at least a week ago; return how many."""
    entries: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    sentenced = [(pid, c) for pid, c in cases if c.sentence_type.is_sentenced and c.received_on <= today]
    for i, (pid, case) in enumerate(sentenced[::FLAG_EVERY]):
        if (today - case.received_on).days < 7 or not supervisors:
            continue
        rng = random.Random(f"paralleling:{case.noms}")
        source, text = _FLAGS[i % len(_FLAGS)]
        reference = text.format(n=rng.randint(100, 9999))
        seen_on = today - timedelta(days=rng.randint(1, min(30, (today - case.received_on).days)))
        author = supervisors[i % len(supervisors)]
        entries.append(
            {
                "id": new_id(),
                "prisoner_id": pid,
                "contact_date": seen_on,
                "kind": ContactKind.OFFENCE_PARALLELING.value,
                "summary": f"{source.label} flagged as offence-paralleling behaviour: {reference}",
                "author_id": author.user_id,
                "author_name": author.display_name,
                "author_role": UserRole.SUPERVISOR.value,
                "restricted": Restriction.SECURITY.value if source is ParallelingSource.SECURITY else None,
            }
        )
        events.append(
            {
                "id": new_id(),
                "prisoner_id": pid,
                "kind": OFFENCE_PARALLELING,
                "occurred_at": datetime.combine(seen_on, time(12)),
                "payload": json.dumps({"source": source.value, "reference": reference}),
            }
        )
    uow.add_many(ContactEntry, entries, "contact.offence_paralleling")
    # Local, unsynced rows the sweep consumes: not audited in the demo, where every audit event stands for
    # one synced row (tests/unit/casework/test_demo.py checks that).
    uow.session.add_all(DomainEvent(**event) for event in events)
    return len(entries)
