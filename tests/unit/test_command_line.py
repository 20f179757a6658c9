"""The command line: help, version, sync configuration (token from stdin into the keyring only)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from workbench import __version__
from workbench.cli import main
from workbench.config import resolve_settings


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_sync_configure_keeps_the_token_out_of_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-token\n"))
    device = "6f1c2b1e-8d7a-4a57-9a55-0f5a9d5b7c11"
    code = main(
        [
            "sync",
            "configure",
            "--server",
            "https://central.example:8765/",
            "--device-id",
            device,
            "--data-dir",
            str(tmp_path),
        ]
    )
    assert code == 0
    text = (tmp_path / "sync.toml").read_text()
    assert 'server_url = "https://central.example:8765"' in text and device in text
    assert all("s3cret-token" not in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file())
    assert "s3cret-token" in memory_keyring.secrets.values()  # type: ignore[attr-defined]
    assert resolve_settings(tmp_path, demo=False).data_dir == tmp_path.resolve()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--server", "ftp://x", "--device-id", "6f1c2b1e-8d7a-4a57-9a55-0f5a9d5b7c11"],
            "must start with https://",
        ),
        (["--server", "https://x", "--device-id", "not-an-id"], "is not the id printed"),
        (
            [
                "--server",
                "http://central.omu.example:8765",
                "--device-id",
                "6f1c2b1e-8d7a-4a57-9a55-0f5a9d5b7c11",
            ],
            "unencrypted over the network",
        ),
        (
            ["--server", "http://10.1.2.3:8765", "--device-id", "6f1c2b1e-8d7a-4a57-9a55-0f5a9d5b7c11"],
            "use https://",
        ),
    ],
)
def test_sync_configure_refuses_bad_input(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("tok\n"))
    assert main(["sync", "configure", *args, "--data-dir", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "sync.toml").exists()


def test_audit_verify_reports_intact_then_broken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_profile: Any
) -> None:
    core = real_profile
    with core.store.engine.begin() as conn:
        events = conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar()
    core.store.close()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 0
    assert f"{events} events verified" in capsys.readouterr().out

    from workbench.app import build_core

    core = build_core(resolve_settings(tmp_path, demo=False))
    with core.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET action = 'forged' WHERE seq = 2")
    core.store.close()
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 1
    assert "BROKEN at event 2" in capsys.readouterr().err


def test_audit_verify_without_a_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "--data-dir", str(tmp_path / "nothing")]) == 2
    assert "no profile" in capsys.readouterr().err


@pytest.mark.parametrize(
    "server", ["http://127.0.0.1:8765", "http://127.8.9.10:1", "http://[::1]:8765", "http://localhost:8765"]
)
def test_sync_configure_allows_http_on_loopback_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object, server: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("tok\n"))
    device = "6f1c2b1e-8d7a-4a57-9a55-0f5a9d5b7c11"
    assert (
        main(["sync", "configure", "--server", server, "--device-id", device, "--data-dir", str(tmp_path)])
        == 0
    )
    assert f'server_url = "{server}"' in (tmp_path / "sync.toml").read_text()
