"""``workbench central ...`` enrols terminals and users and marks a restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.central.auth import hash_token
from workbench.central.db import open_database
from workbench.cli import main

pytestmark = pytest.mark.integration


def test_enrol_a_terminal_and_a_user_then_mark_a_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    assert (
        main(["central", "add-device", "--database", url, "--establishment", "MDI", "--name", "Wing A"]) == 0
    )
    out = capsys.readouterr().out
    token = next(line.split()[-1] for line in out.splitlines() if line.startswith("token:"))
    uid = "0193a000-0000-7000-8000-000000000001"
    assert (
        main(
            [
                "central",
                "add-user",
                "--database",
                url,
                "--username",
                "os.one",
                "--role",
                "SUPERVISOR",
                "--establishment",
                "MDI",
                "--user-id",
                uid,
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "central",
                "add-user",
                "--database",
                url,
                "--username",
                "os.one",
                "--role",
                "SUPERVISOR",
                "--establishment",
                "MDI",
            ]
        )
        == 2
    )
    assert "already enrolled" in capsys.readouterr().err
    db = open_database(url)
    try:
        with db.read() as conn:
            from sqlalchemy import text

            hashes = conn.execute(text("SELECT token_hash FROM token")).scalars().all()
            users = conn.execute(text("SELECT id FROM central_user")).scalars().all()
            epoch = conn.execute(text("SELECT epoch FROM server_meta")).scalar_one()
    finally:
        db.close()
    assert hashes == [hash_token(token)] and token not in hashes  # only the hash is kept
    assert users == [uid]
    assert main(["central", "restore-mark", "--database", url]) == 0
    assert epoch not in capsys.readouterr().out
