"""Each sync ends by deleting acknowledged changes kept past their retention: one index range, not a
read of every acknowledged change still kept (tens of thousands after a first sync)."""

from __future__ import annotations

from sqlalchemy import text

from workbench.store.engine import Store
from workbench.sync import outbound


def _plan(store: Store, cutoff: str) -> str:
    statement = outbound.trim_retained(cutoff).compile(
        dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}
    )
    with store.read() as session:
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {statement}")).all()
    return " ".join(str(r[-1]) for r in rows)


def test_trimming_reads_one_range_of_the_acknowledged_index(store: Store) -> None:
    plan = _plan(store, "2026-11-01T00:00:00.000000Z")
    assert "ix_outbox_status_acked" in plan and "acked_at<" in plan.replace(" ", ""), plan


def test_trimming_deletes_only_acknowledged_changes_older_than_the_cutoff(store: Store) -> None:
    rows = [
        ("ACKED", "2026-10-01T00:00:00.000000Z"),
        ("ACKED", "2026-11-30T00:00:00.000000Z"),
        ("PENDING", None),
        ("QUARANTINED", None),
    ]
    session = store.write_sessions()
    with session.begin():
        for i, (status, acked_at) in enumerate(rows):
            session.execute(
                text(
                    "INSERT INTO outbox (change_id, entity, entity_id, op, author_id, patch_json, "
                    "created_at, status, attempts, acked_at) VALUES "
                    "(:c, 'contact_entry', :e, 'INSERT', 'a', '{}', '2026-09-01', :s, 0, :t)"
                ),
                {"c": f"change-{i}", "e": f"entity-{i}", "s": status, "t": acked_at},
            )
        session.execute(outbound.trim_retained("2026-11-01T00:00:00.000000Z"))
    session.close()
    with store.read() as s:
        left = s.execute(text("SELECT change_id FROM outbox ORDER BY change_id")).scalars().all()
    assert left == ["change-1", "change-2", "change-3"]
