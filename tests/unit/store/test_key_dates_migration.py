"""Migration 0011 (issue 10): old sentences keep every value; the new key dates read "not recorded"."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.store import engine as engine_mod
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


def _before_0011(_folder: str, names: list[str]) -> set[str]:
    """Leave out 0011 and every later migration (and caches): the store as the previous version left it."""
    return {n for n in names if n == "__pycache__" or (n[:4].isdigit() and int(n[:4]) >= 11)}


def test_sentences_from_before_the_key_dates_survive_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, path = os.urandom(32), tmp_path / "workbench.db"
    old = tmp_path / "migrations"
    shutil.copytree(engine_mod.MIGRATIONS_DIR, old, ignore=_before_0011)
    with monkeypatch.context() as m:
        m.setattr(engine_mod, "MIGRATIONS_DIR", old)
        m.setattr(engine_mod, "SCHEMA_HEAD", "0010")
        store = open_store(path, key)
        with store.engine.begin() as conn:
            columns = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(sentence)").all()]
            assert not set(_NEW) & set(columns)  # really the old schema
            columns = conn.exec_driver_sql("PRAGMA table_info(prisoner)").all()
            values = {
                c[1]: ("2026-11-20" if "date" in c[1] or c[1] == "arrived_on" else "x") for c in columns
            }
            values.update(id="p1", server_version=None, created_at="2026-11-20 10:00:00")
            values.update(updated_at="2026-11-20 10:00:00", deleted_at=None, is_ppo=None, rosh_level=None)
            values.update(left_scope_at=None, deleted_by=None, delete_reason=None, noms_number="A1234BC")
            names = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            conn.exec_driver_sql(f"INSERT INTO prisoner ({names}) VALUES ({marks})", tuple(values.values()))
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
