"""Where a terminal finds its central record: ``sync.toml`` in the data directory, token in the keyring.

``sync.toml`` holds only non-secret settings::

    server_url = "https://central.omu.example:8765"
    device_id = "6f1c…"          # printed by `workbench central add-device`
    interval_minutes = 5         # automatic background sync while online

The bearer token is kept in the OS keyring under ``sync-token:<profile id>`` (never in a file or a
log). The demo profile, whose data is synthetic, keeps its token in a clearly named file beside the
demo database key instead, as it does the key itself.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from workbench.domain.errors import ValidationError
from workbench.store.engine import Store
from workbench.sync.client import SyncClient, SyncConfig
from workbench.sync.transport import HttpxTransport, RetryPolicy, SyncApi

SETTINGS_FILENAME = "sync.toml"
DEMO_TOKEN_FILENAME = "DEMO-ONLY-sync-token"
DEFAULT_INTERVAL_MINUTES = 5.0


def server_url_problem(url: str) -> str | None:
    """Why ``url`` may not be used as the central record's address, or None when it may.

    Only https:// carries prisoner data off the terminal; plain http:// is allowed on the loopback
    interface only (127.0.0.0/8, ::1, localhost), where nothing crosses a network.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return f"{url!r} is not a valid address; give it as https://host:port."
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and host:
        if _is_loopback(host):
            return None
        return (
            f"{url!r} would send prisoner data unencrypted over the network: use https:// (plain "
            "http:// is allowed only to this computer: localhost, 127.0.0.1 or ::1)."
        )
    return f"{url!r} must start with https:// (or http:// on loopback) and name a host."


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def token_secret_name(profile_id: str) -> str:
    """The keyring entry holding a profile's sync token."""
    return f"sync-token:{profile_id}"


class SecretStore(Protocol):
    """What holds the token (``security.secrets.OsKeyStore`` for real profiles)."""

    def get_secret(self, name: str) -> str | None: ...

    def set_secret(self, name: str, value: str) -> None: ...


@dataclass(frozen=True)
class SyncSettings:
    """A terminal's non-secret sync settings."""

    server_url: str
    device_id: str
    interval_minutes: float = DEFAULT_INTERVAL_MINUTES


def load_sync_settings(data_dir: Path) -> SyncSettings | None:
    """The settings in ``data_dir/sync.toml``, or None when sync is not configured."""
    path = data_dir / SETTINGS_FILENAME
    if not path.exists():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        url = str(data["server_url"]).rstrip("/")
        device = str(uuid.UUID(str(data["device_id"])))
        interval = float(data.get("interval_minutes", DEFAULT_INTERVAL_MINUTES))
    except (KeyError, ValueError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(
            f'{path} is not valid ({exc}). It needs server_url = "https://…" and device_id = "…" '
            "(the id printed by `workbench central add-device`)."
        ) from exc
    problem = server_url_problem(url)
    if problem:
        raise ValidationError(f"server_url in {path}: {problem}")
    return SyncSettings(url, device, max(1.0, interval))


def save_sync_settings(data_dir: Path, settings: SyncSettings) -> None:
    """Write ``sync.toml`` (non-secret settings only)."""
    text = (
        f'server_url = "{settings.server_url}"\n'
        f'device_id = "{settings.device_id}"\n'
        f"interval_minutes = {settings.interval_minutes:g}\n"
    )
    path = data_dir / SETTINGS_FILENAME
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    if os.name == "posix":
        tmp.chmod(0o600)
    tmp.replace(path)


def read_demo_token(data_dir: Path) -> str | None:
    """The demo profile's token (synthetic data only), or None."""
    path = data_dir / DEMO_TOKEN_FILENAME
    if not path.exists():
        return None
    lines = [ln for ln in path.read_text(encoding="ascii").splitlines() if ln and not ln.startswith("#")]
    return lines[-1].strip() if lines else None


def write_demo_token(data_dir: Path, token: str) -> None:
    """Keep the demo profile's token in a file named so nobody mistakes it for real protection."""
    path = data_dir / DEMO_TOKEN_FILENAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(
            "# DEMO PROFILE ONLY - synthetic data. Real profiles keep their sync token in the OS keyring.\n"
        )
        handle.write(token + "\n")


def build_client(
    store: Store, settings: SyncSettings, token: str, *, retention_days: int = 90, timeout: float = 30.0
) -> SyncClient:
    """A sync client for ``store`` talking to ``settings.server_url`` with ``token``."""
    transport = HttpxTransport(settings.server_url, token, timeout=timeout)
    api = SyncApi(transport, RetryPolicy())
    return SyncClient(store, api, SyncConfig(settings.device_id, retention_days=retention_days))
