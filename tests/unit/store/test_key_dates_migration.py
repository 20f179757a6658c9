"""Migration 0011 (issue 10): old sentences keep every value; the new key dates read "not recorded"."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from old_store import insert_prisoner, open_store_before
from sqlalchemy import select

from workbench.store.engine import open_store
from workbench.store.models import Prisoner, Sentence

_NEW = (
    "automatic_release_date",
    "target_hearing_date",
    "categorisation_review_date",
    "open_conditions_date",
    "open_conditions_since",
    "open_prison_arrival_date",
    "early_allocation",
)


def test_sentences_from_before_the_key_dates_survive_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, path = os.urandom(32), tmp_path / "workbench.db"
    store = open_store_before(path, key, 11, monkeypatch)
    with store.engine.begin() as conn:
        columns = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(sentence)").all()]
        assert not set(_NEW) & set(columns)  # really the old schema
        insert_prisoner(conn)
        conn.exec_driver_sql(
            "INSERT INTO sentence (id, prisoner_id, is_current, sentence_type, sentence_date, "
            "length_days, parole_eligibility_date, conditional_release_date, "
            "home_detention_curfew_eligibility_date, tariff_date, sentence_expiry_date, "
            "licence_expiry_date, server_version, created_at, updated_at) "
            "VALUES ('s1', 'p1', 1, 'DETERMINATE', '2026-01-05', 1460, NULL, '2028-01-05', '2027-09-20', "
            "NULL, '2030-01-04', '2030-01-04', 3, '2026-01-06 10:00:00', '2026-01-06 10:00:00')"
        )
    store.close()

    upgraded = open_store(path, key)
    try:
        assert upgraded.backup_path is not None  # the old file was copied before migrating
        with upgraded.read() as s:
            prisoner = s.scalars(select(Prisoner)).one()
            row = s.scalars(select(Sentence)).one()
        assert (prisoner.id, prisoner.noms_number) == ("p1", "A1234BC")
        assert (row.id, row.prisoner_id, row.is_current, row.sentence_type, row.server_version) == (
            "s1",
            "p1",
            True,
            "DETERMINATE",
            3,
        )
        assert (row.sentence_date, row.length_days, row.conditional_release_date) == (
            date(2026, 1, 5),
            1460,
            date(2028, 1, 5),
        )
        assert (row.home_detention_curfew_eligibility_date, row.sentence_expiry_date) == (
            date(2027, 9, 20),
            date(2030, 1, 4),
        )
        assert [getattr(row, name) for name in _NEW] == [None] * len(_NEW)
    finally:
        upgraded.close()
