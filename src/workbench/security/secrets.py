"""Where the database key lives: the OS keyring for real profiles, a labelled file for the demo.

A real profile never falls back to a plaintext store: with no usable keyring backend it refuses to
start and says how to fix it. Only the demo profile, whose data is synthetic, may keep its key in a
clearly named file beside the database (it is still encrypted at rest).
"""

from __future__ import annotations

import logging
import os
import secrets as _secrets
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from workbench.domain.errors import StorageError

if TYPE_CHECKING:  # keyring is imported when first used: the demo profile never needs it
    import keyring.backend

log = logging.getLogger("workbench.security")

SERVICE = "offender-supervisor-workbench"
KEY_BYTES = 32
DEMO_KEY_FILENAME = "DEMO-ONLY-synthetic-data.key"

_FIX_KEYRING = (
    "No usable OS keyring was found, so the workbench cannot keep its database key safe and will not "
    "start a real profile. On Windows and macOS the system keyring is used automatically. On Linux, "
    "install and unlock a Secret Service provider (for example: sudo apt-get install gnome-keyring, "
    "then sign in to a desktop session, or run `gnome-keyring-daemon --unlock` inside a D-Bus session). "
    "To try the workbench without a keyring, start the demo profile: workbench --demo."
)


class KeyStore(Protocol):
    """Gets or creates a profile's secrets."""

    def database_key(self, profile_id: str, *, create: bool) -> bytes: ...

    def describe(self) -> str: ...


def keyring_problem(backend: keyring.backend.KeyringBackend | None = None) -> str | None:
    """Why the active keyring backend is unusable for secrets, or None when it is fine."""
    import keyring

    backend = backend or keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null"):
        return _FIX_KEYRING
    if name.startswith("keyrings.alt") and "plaintext" in name.lower():
        return _FIX_KEYRING + f" (The active backend {name} stores secrets in plain text; it is refused.)"
    if name.startswith("keyring.backends.chainer"):
        backends = getattr(backend, "backends", [])
        if not backends:
            return _FIX_KEYRING
    return None


class OsKeyStore:
    """Secrets in the OS keyring through ``keyring`` (Secret Service, Windows Credential Locker, Keychain)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    def _kr(self) -> keyring.backend.KeyringBackend:
        import keyring

        return self._backend or keyring.get_keyring()

    def describe(self) -> str:
        backend = self._kr()
        return f"OS keyring ({type(backend).__name__})"

    def database_key(self, profile_id: str, *, create: bool) -> bytes:
        import keyring.errors

        problem = keyring_problem(self._kr())
        if problem:
            raise StorageError(problem)
        entry = f"database-key:{profile_id}"
        try:
            stored = self._kr().get_password(SERVICE, entry)
            if stored:
                return bytes.fromhex(stored)
            if not create:
                raise StorageError(
                    "The key for this profile's database is not in the OS keyring (it may have been removed, "
                    "or you are signed in as a different OS user). The database cannot be opened without it."
                )
            key = _secrets.token_bytes(KEY_BYTES)
            self._kr().set_password(SERVICE, entry, key.hex())
            log.info("created a new database key in the OS keyring")
            return key
        except keyring.errors.KeyringError as exc:
            raise StorageError(f"The OS keyring refused the request: {exc}. {_FIX_KEYRING}") from exc
        except ValueError as exc:
            raise StorageError(
                "The database key in the OS keyring is not valid hex; it has been tampered with."
            ) from exc

    def get_secret(self, name: str) -> str | None:
        """Another named secret (for example the sync token)."""
        return self._kr().get_password(SERVICE, name)

    def set_secret(self, name: str, value: str) -> None:
        self._kr().set_password(SERVICE, name, value)


class DemoKeyFile:
    """The demo profile's key, in a file named so nobody mistakes it for protection of real data."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / DEMO_KEY_FILENAME

    def describe(self) -> str:
        return f"demo key file {self.path.name} (synthetic data only)"

    def database_key(self, profile_id: str, *, create: bool) -> bytes:
        if self.path.exists():
            text = self.path.read_text(encoding="ascii").strip().splitlines()[-1]
            try:
                key = bytes.fromhex(text)
            except ValueError as exc:
                raise StorageError(
                    f"The demo key file {self.path} is damaged; delete the demo data folder."
                ) from exc
            if len(key) != KEY_BYTES:
                raise StorageError(f"The demo key file {self.path} is damaged; delete the demo data folder.")
            return key
        if not create:
            raise StorageError(
                f"The demo key file {self.path} is missing; delete the demo data folder to start again."
            )
        key = _secrets.token_bytes(KEY_BYTES)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(
                "# DEMO PROFILE ONLY - synthetic data. Real profiles keep their key in the OS keyring.\n"
            )
            handle.write(key.hex() + "\n")
        return key
