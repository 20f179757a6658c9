"""``workbench audit verify`` reports a trail shortened from the end (issue 7 point 19)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workbench.app import build_core
from workbench.cli import main
from workbench.config import resolve_settings


def test_audit_verify_says_what_is_missing_from_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_profile: Any
) -> None:
    core = real_profile
    with core.store.engine.begin() as conn:
        events = int(conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() or 0)
        assert events >= 2
        conn.exec_driver_sql(f"DELETE FROM audit_event WHERE seq > {events - 2}")
    core.store.close()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert (
        f"BROKEN at event {events - 1}: the trail ends at event {events - 2} but the anchor says {events}"
        in err
    )
    assert f"events {events - 1} to {events} missing" in err

    core = build_core(resolve_settings(tmp_path, demo=False))
    with core.store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_event")
    core.store.close()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 1
    assert f"the trail ends at event 0 but the anchor says {events}" in capsys.readouterr().err


def test_audit_verify_notes_a_missing_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_profile: Any
) -> None:
    from workbench.store.audit_head import head_path

    core = real_profile
    head_path(core.store.path).unlink()
    core.store.close()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact" in out
    assert "Note: there is no audit anchor beside the database" in out
