"""The demo profile's contact logs (issue 8 point 8): every kind, some restricted, some corrected."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from workbench.casework.contact_log import ContactLogService
from workbench.casework.context import ServiceContext
from workbench.casework.demo import DemoDataService
from workbench.domain.contacts import ContactKind
from workbench.store.models import AuditEvent, ContactEntry, Prisoner, User


def test_demo_contact_logs_hold_every_kind_with_restricted_and_corrected_entries(ctx: ServiceContext) -> None:
    service = DemoDataService(ctx)
    manager, _ = service.ensure_demo_users()
    service.generate(manager, prisoners=120)
    today = ctx.today()

    with ctx.store.read() as s:
        entries = s.scalars(select(ContactEntry)).all()
        prisoners = {p.id: p for p in s.scalars(select(Prisoner))}
        staff = {u.id: u for u in s.scalars(select(User))}
        actions = Counter(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "contact_entry")))
    by_id = {e.id: e for e in entries}
    assert {e.kind for e in entries} == {k.value for k in ContactKind}
    assert {e.restricted for e in entries} == {None, "SECURITY", "PUBLIC_PROTECTION"}
    corrections = [e for e in entries if e.supersedes_id]
    assert corrections and actions["contact.corrected"] == len(corrections)
    flagged = actions["contact.offence_paralleling"]  # -- offence-paralleling flags (issue 10) --
    assert actions["contact.recorded"] + actions["contact.first_contact"] + flagged + len(corrections) == len(
        entries
    )
    for e in corrections:
        old = by_id[e.supersedes_id or ""]
        assert old.prisoner_id == e.prisoner_id and e.correction_reason
    for e in entries:
        assert prisoners[e.prisoner_id].arrived_on <= e.contact_date <= today
        assert staff[e.author_id].display_name == e.author_name  # real demo staff wrote it
    first = {e.prisoner_id: e.contact_date for e in entries if e.kind == ContactKind.FIRST_CONTACT}
    for e in entries:  # the supervisor's own contacts only after the first contact
        if e.kind == ContactKind.ONE_TO_ONE and not e.supersedes_id:
            assert e.contact_date >= first[e.prisoner_id]

    # The log reads back through the service, newest first, with corrected entries marked.
    pid = corrections[0].prisoner_id
    log = ContactLogService(ctx).log(manager, pid)
    assert [e.contact_date for e in log.entries] == sorted(
        (e.contact_date for e in log.entries), reverse=True
    )
    assert any(e.is_corrected for e in log.entries)
