"""One casework write = rows + audit events + outbox changes in one transaction (DESIGN.md section 5 point 1),
and the hash-chained audit trail that records it (DESIGN.md section 6)."""

from __future__ import annotations

import itertools
import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from workbench.store import unit_of_work as uow_mod
from workbench.store.audit import GENESIS_HASH, verify_chain
from workbench.store.engine import Store
from workbench.store.ids import new_id
from workbench.store.models import AuditEvent, Establishment, Outbox, Prisoner, Sentence
from workbench.store.unit_of_work import Actor, UnitOfWork

ACTOR = Actor(user_id="11111111-1111-1111-1111-111111111111", username="os.one")


def _prisoner(noms: str = "A1234BC", family_name: str = "Testperson") -> Prisoner:
    pid = new_id()
    return Prisoner(
        id=pid,
        prisoner_id=pid,
        noms_number=noms,
        family_name=family_name,
        given_name="Alex",
        date_of_birth=date(1990, 1, 1),
        gender="MALE",
        establishment_code="MDI",
        location="A-1-01",
        arrived_on=date(2026, 11, 20),
        search_key="testperson alex a1234bc",
    )


def _counts(store: Store) -> dict[str, int]:
    with store.read() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Prisoner, Sentence, Establishment, AuditEvent, Outbox)
        }


def _audit(store: Store) -> list[AuditEvent]:
    with store.read() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def _outbox(store: Store) -> list[Outbox]:
    with store.read() as s:
        return list(s.scalars(select(Outbox).order_by(Outbox.seq)))


def _insert(store: Store, *rows: Any) -> None:
    with UnitOfWork(store, ACTOR) as uow:
        for row in rows:
            uow.add(row, f"{type(row).__entity__}.added")


def _raw(store: Store, sql: str, **params: Any) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(sql, params)


EMPTY = {"prisoner": 0, "sentence": 0, "establishment": 0, "audit_event": 0, "outbox": 0}


# -- atomicity ----------------------------------------------------------------------------------


def test_an_error_inside_the_block_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError, match="user cancelled"), UnitOfWork(store, ACTOR) as uow:
        prisoner = uow.add(_prisoner(), "prisoner.received")
        uow.add(Sentence(prisoner_id=prisoner.id, sentence_type="DETERMINATE"), "sentence.recorded")
        raise RuntimeError("user cancelled")
    assert _counts(store) == EMPTY


def test_an_error_while_hashing_the_audit_event_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real = uow_mod.event_hash

    def failing_on_second(prev: str, fields: dict[str, Any]) -> str:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("hash failure")
        return real(prev, fields)

    monkeypatch.setattr(uow_mod, "event_hash", failing_on_second)
    with pytest.raises(RuntimeError, match="hash failure"), UnitOfWork(store, ACTOR) as uow:
        prisoner = uow.add(_prisoner(), "prisoner.received")
        uow.add(Sentence(prisoner_id=prisoner.id, sentence_type="DETERMINATE"), "sentence.recorded")
    assert calls == 2
    assert _counts(store) == EMPTY


def test_a_database_error_writing_the_outbox_leaves_nothing(store: Store) -> None:
    # The outbox rows are the very last thing written before COMMIT; make the database refuse them.
    _raw(
        store,
        "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox full'); END",
    )
    with pytest.raises(Exception, match="outbox full"), UnitOfWork(store, ACTOR) as uow:
        uow.add(_prisoner(), "prisoner.received")
    assert _counts(store) == EMPTY


def test_an_error_in_an_update_keeps_the_previous_values(store: Store) -> None:
    prisoner = _prisoner()
    _insert(store, prisoner)
    before = _counts(store)
    with pytest.raises(RuntimeError), UnitOfWork(store, ACTOR) as uow:
        row = uow.session.get(Prisoner, prisoner.id)
        uow.update(row, "prisoner.moved", location="B-2-02")
        raise RuntimeError("stop")
    with store.read() as s:
        assert s.get(Prisoner, prisoner.id).location == "A-1-01"  # type: ignore[union-attr]
    assert _counts(store) == before


# -- one audit event and one outbox change per row change ------------------------------------------


def test_each_inserted_row_gets_one_audit_event_and_one_outbox_insert(store: Store) -> None:
    prisoner = _prisoner()
    sentence = Sentence(prisoner_id=prisoner.id, sentence_type="DETERMINATE", length_days=1095)
    _insert(store, prisoner, sentence)

    events = _audit(store)
    outbox = _outbox(store)
    assert [(e.action, e.entity, e.entity_id, e.prisoner_id) for e in events] == [
        ("prisoner.added", "prisoner", prisoner.id, prisoner.id),
        ("sentence.added", "sentence", sentence.id, prisoner.id),
    ]
    assert all(e.actor_id == ACTOR.user_id and e.actor_username == "os.one" for e in events)
    assert json.loads(events[0].before_json) is None
    assert json.loads(events[0].after_json)["noms_number"] == "A1234BC"

    assert [(o.op, o.entity, o.entity_id, o.prisoner_id, o.status, o.base_version) for o in outbox] == [
        ("INSERT", "prisoner", prisoner.id, prisoner.id, "PENDING", None),
        ("INSERT", "sentence", sentence.id, prisoner.id, "PENDING", None),
    ]
    patch = json.loads(outbox[0].patch_json)
    assert patch["noms_number"] == "A1234BC" and patch["date_of_birth"] == "1990-01-01"
    assert "search_key" not in patch and "server_version" not in patch  # local-only columns
    assert len({o.change_id for o in outbox}) == 2


def test_an_update_sends_only_the_changed_fields_against_the_base_version(store: Store) -> None:
    prisoner = _prisoner()
    _insert(store, prisoner)
    _raw(store, "UPDATE prisoner SET server_version = 7")  # as if the central record had acknowledged it

    with UnitOfWork(store, ACTOR) as uow:
        row = uow.session.get(Prisoner, prisoner.id)
        changed = uow.update(row, "prisoner.moved", location="B-2-02", family_name="Testperson", is_ppo=None)
    assert changed == {"location": "B-2-02"}  # unchanged values are not changes

    update = _outbox(store)[-1]
    assert (update.op, update.base_version) == ("UPDATE", 7)
    patch = json.loads(update.patch_json)
    assert set(patch) == {"location", "updated_at"}
    assert patch["location"] == "B-2-02"

    event = _audit(store)[-1]
    assert event.action == "prisoner.moved"
    assert json.loads(event.before_json)["location"] == "A-1-01"
    assert json.loads(event.after_json)["location"] == "B-2-02"


def test_an_update_that_changes_nothing_writes_nothing(store: Store) -> None:
    prisoner = _prisoner()
    _insert(store, prisoner)
    before = _counts(store)
    with UnitOfWork(store, ACTOR) as uow:
        row = uow.session.get(Prisoner, prisoner.id)
        assert uow.update(row, "prisoner.moved", location="A-1-01") == {}
    assert _counts(store) == before


def test_a_tombstone_keeps_the_row_and_sends_a_delete(store: Store) -> None:
    prisoner = _prisoner()
    _insert(store, prisoner)
    with UnitOfWork(store, ACTOR) as uow:
        row = uow.session.get(Prisoner, prisoner.id)
        uow.tombstone(row, "prisoner.removed", "Entered in error")

    with store.read() as s:
        kept = s.get(Prisoner, prisoner.id)
    assert kept is not None  # case data is never hard-deleted
    assert kept.deleted_at is not None
    assert (kept.deleted_by, kept.delete_reason) == (ACTOR.user_id, "Entered in error")
    delete = _outbox(store)[-1]
    assert delete.op == "DELETE"
    assert json.loads(delete.patch_json)["delete_reason"] == "Entered in error"
    assert _audit(store)[-1].action == "prisoner.removed"


def test_audit_only_events_and_reference_rows_create_no_outbox_change(store: Store) -> None:
    with UnitOfWork(store, ACTOR) as uow:
        uow.audit("session.signed_in", "user", ACTOR.user_id, {"terminal": "wing-a"})
        uow.add(Establishment(code="MDI", name="HMP Moorland"), "establishment.added")
    events = _audit(store)
    assert [(e.action, e.entity, e.entity_id) for e in events] == [
        ("session.signed_in", "user", ACTOR.user_id),
        ("establishment.added", "establishment", "MDI"),
    ]
    assert json.loads(events[0].after_json) == {"terminal": "wing-a"}
    assert _outbox(store) == []


# -- the hash chain -----------------------------------------------------------------------------


@pytest.fixture
def trail(store: Store) -> list[AuditEvent]:
    """Five audit events written by three separate transactions."""
    first, second = _prisoner("A1111AA", "One"), _prisoner("B2222BB", "Two")
    _insert(store, first, second)
    with UnitOfWork(store, ACTOR) as uow:
        uow.update(uow.session.get(Prisoner, first.id), "prisoner.moved", location="B-1-01")
        uow.audit("session.signed_in", "user", ACTOR.user_id)
    with UnitOfWork(store, ACTOR) as uow:
        uow.update(uow.session.get(Prisoner, second.id), "prisoner.moved", location="C-1-01")
    events = _audit(store)
    assert len(events) == 5
    return events


def test_an_empty_trail_verifies(store: Store) -> None:
    with store.read() as s:
        report = verify_chain(s)
    assert (report.ok, report.events_checked, report.first_broken_seq) == (True, 0, None)


def test_a_fresh_trail_verifies_and_is_linked(store: Store, trail: list[AuditEvent]) -> None:
    assert trail[0].prev_hash == GENESIS_HASH
    assert all(later.prev_hash == earlier.hash for earlier, later in itertools.pairwise(trail))
    with store.read() as s:
        report = verify_chain(s)
    assert report.ok and report.events_checked == 5 and report.problem is None


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("after_json", '{"location": "X-9-99"}'),
        ("before_json", '{"location": "X-9-99"}'),
        ("actor_username", "someone.else"),
        ("actor_id", "22222222-2222-2222-2222-222222222222"),
        ("action", "prisoner.viewed"),
        ("occurred_at", "2020-01-01T00:00:00.000000Z"),
        ("entity_id", "00000000-0000-0000-0000-000000000000"),
        ("prisoner_id", None),
    ],
)
def test_altering_a_middle_event_is_found_at_that_event(
    store: Store, trail: list[AuditEvent], column: str, value: str | None
) -> None:
    middle = trail[2]
    _raw(store, f"UPDATE audit_event SET {column} = :value WHERE seq = :seq", value=value, seq=middle.seq)
    with store.read() as s:
        report = verify_chain(s)
    assert not report.ok
    assert report.first_broken_seq == middle.seq
    assert report.problem is not None and "altered" in report.problem


def test_a_rehashed_alteration_is_still_found_at_the_next_event(
    store: Store, trail: list[AuditEvent]
) -> None:
    # Someone edits an event AND recomputes its hash: the next event's prev_hash no longer matches.
    from workbench.store.audit import event_hash, hashed_fields

    middle = trail[2]
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET after_json = '{}' WHERE seq = :seq", {"seq": middle.seq})
    with UnitOfWork(store, ACTOR) as uow:
        row = uow.session.get(AuditEvent, middle.seq)
        assert row is not None
        row.hash = event_hash(row.prev_hash, hashed_fields(row))
    with store.read() as s:
        report = verify_chain(s)
    assert report.first_broken_seq == trail[3].seq
    assert report.problem is not None and "missing or reordered" in report.problem


def test_a_deleted_middle_event_is_found(store: Store, trail: list[AuditEvent]) -> None:
    _raw(store, "DELETE FROM audit_event WHERE seq = :seq", seq=trail[2].seq)
    with store.read() as s:
        report = verify_chain(s)
    assert report.first_broken_seq == trail[3].seq
    assert report.problem is not None and "missing or reordered" in report.problem


def test_reordered_events_are_found(store: Store, trail: list[AuditEvent]) -> None:
    a, b = trail[1].seq, trail[2].seq
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET seq = -1 WHERE seq = :a", {"a": a})
        conn.exec_driver_sql("UPDATE audit_event SET seq = :a WHERE seq = :b", {"a": a, "b": b})
        conn.exec_driver_sql("UPDATE audit_event SET seq = :b WHERE seq = -1", {"b": b})
    with store.read() as s:
        report = verify_chain(s)
    assert report.first_broken_seq == a
    assert report.problem is not None and "missing or reordered" in report.problem


def test_a_deleted_last_event_is_not_detectable_by_the_chain_alone(
    store: Store, trail: list[AuditEvent]
) -> None:
    # Documents a limit of a hash chain kept in the same file: truncating the tail leaves a valid chain.
    # Detecting it needs the anchor held outside the table (tests/unit/store/test_audit_head.py).
    _raw(store, "DELETE FROM audit_event WHERE seq = :seq", seq=trail[-1].seq)
    with store.read() as s:
        report = verify_chain(s)
    assert report.ok and report.events_checked == 4


def test_adding_a_row_raises_no_warning(store: Store) -> None:
    _insert(store, _prisoner())
