"""What can be checked of deploy/ without Docker (issue 11 point 8): Docker is not available here.

The compose file parses and wires PostgreSQL -> migrate (once) -> N workers -> TLS proxy; the image's
entry command is a real ``workbench central`` command line; the proxy forwards to the port the
workers listen on and keeps /metrics internal; the backup scripts are valid shell.
"""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from workbench.cli import build_parser

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"
ROOT = DEPLOY.parent


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return data


def _instructions() -> dict[str, str]:
    """The Containerfile's instructions (continuation lines joined), last one of each kind."""
    text = re.sub(r"\\\n\s*", " ", (DEPLOY / "Containerfile").read_text())
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            word, _, rest = line.strip().partition(" ")
            out[word.upper()] = rest.strip()
    return out


def _serve_args(command: list[str]) -> Any:
    return build_parser().parse_args(["central", *[str(a) for a in command]])


def test_the_image_runs_the_workbench_command_as_a_non_root_user() -> None:
    ins = _instructions()
    assert ins["FROM"].startswith("python:3.11-slim")
    assert ins["USER"] not in ("root", "0") and "useradd" in (DEPLOY / "Containerfile").read_text()
    assert "pip install ." in ins["RUN"]
    entry, cmd = json.loads(ins["ENTRYPOINT"]), json.loads(ins["CMD"])
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry[0] in scripts and entry[1:] == ["central"]  # the console script pip install . makes
    args = _serve_args(cmd)
    assert args.central_command == "serve" and args.host == "0.0.0.0" and args.workers >= 2
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("prometheus-client") for d in deps)


def test_compose_runs_postgres_then_one_migration_then_the_workers_behind_a_tls_proxy() -> None:
    compose = _compose()
    services = compose["services"]
    assert set(services) >= {"db", "migrate", "central", "proxy"}
    assert services["db"]["image"].startswith("postgres:")
    db_command = " ".join(services["db"]["command"])
    assert "archive_mode=on" in db_command and "archive-wal.sh" in db_command

    migrate = _serve_args(services["migrate"]["command"])
    assert migrate.central_command == "migrate"
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"

    central = services["central"]
    command = [re.sub(r"\$\{CENTRAL_WORKERS:-(\d+)\}", r"\1", str(a)) for a in central["command"]]
    serve = _serve_args(command)
    assert serve.central_command == "serve" and serve.workers >= 2
    assert serve.database == migrate.database  # the workers serve the database migrate prepared
    assert central["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "ports" not in central  # reachable only through the proxy
    assert "PROMETHEUS_MULTIPROC_DIR" in central["environment"]
    assert "/readyz" in " ".join(central["healthcheck"]["test"])

    proxy = services["proxy"]
    assert proxy["image"].startswith("caddy:") and "443:443" in proxy["ports"]
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    upstream = re.search(r"reverse_proxy\s+(\S+):(\d+)", caddyfile)
    assert upstream is not None
    assert upstream.group(1) == "central" and int(upstream.group(2)) == serve.port
    assert "health_uri /readyz" in caddyfile
    assert re.search(r"@internal path [^\n]*/metrics", caddyfile) and "respond @internal 404" in caddyfile
    for secret in ("db_password", "pgpass"):
        assert secret in compose["secrets"]
    userinfo = serve.database.split("//", 1)[1].split("@", 1)[0]
    assert ":" not in userinfo  # no password in a command line: libpq reads PGPASSFILE (a secret)
    assert central["environment"]["PGPASSFILE"].startswith("/run/secrets/")


@pytest.mark.parametrize("script", ["archive-wal.sh", "base-backup.sh", "restore.sh"])
def test_backup_scripts_are_valid_shell(script: str) -> None:
    path = DEPLOY / "backup" / script
    assert subprocess.run(["sh", "-n", str(path)], capture_output=True).returncode == 0
    assert path.stat().st_mode & 0o111  # executable: archive_command calls it directly


def test_restore_refuses_what_is_not_a_base_backup(tmp_path: Path) -> None:
    done = subprocess.run(
        ["sh", str(DEPLOY / "backup" / "restore.sh"), str(tmp_path), str(tmp_path / "new"), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "not a base backup" in done.stderr
    assert not (tmp_path / "new").exists()
