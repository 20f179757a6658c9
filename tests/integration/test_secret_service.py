"""The database key in a real Secret Service (gnome-keyring on a private D-Bus session bus).

Needs the ``dbus-daemon`` and ``gnome-keyring-daemon`` programs (Debian/Ubuntu packages ``dbus`` and
``gnome-keyring``); skipped only when one of them is not on PATH. Nothing touches the user's own
session bus or keyring: the bus, the keyring daemon and its files all live in this test's tmp_path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.SecretService
import pytest
import secretstorage  # a keyring dependency on Linux; the test must fail, not skip, if it is missing
from jeepney import DBusAddress, new_method_call

from workbench.security.secrets import SERVICE, OsKeyStore, keyring_problem
from workbench.store.engine import open_store

pytestmark = pytest.mark.integration

KEYRING_PASSWORD = "integration-test-keyring-password"
SECRETS_BUS_NAME = "org.freedesktop.secrets"
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
# No <servicedir>: nothing on this bus is started by D-Bus activation, so the only Secret Service on it
# is the unlocked daemon started below.


def _require(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.skip(f"{program} is not on PATH (install the Debian/Ubuntu packages dbus and gnome-keyring)")
    return path


def _name_has_owner(name: str) -> bool:
    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    connection = secretstorage.dbus_init()
    try:
        reply = connection.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", (name,)))
        return bool(reply.body[0])
    finally:
        connection.close()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private session bus with an unlocked gnome-keyring Secret Service; yields its keyring folder."""
    dbus_daemon = _require("dbus-daemon")
    gnome_keyring_daemon = _require("gnome-keyring-daemon")

    config = tmp_path / "session-bus.conf"
    config.write_text(BUS_CONFIG, encoding="utf-8")
    bus = subprocess.Popen(
        [dbus_daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    daemon: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        assert address.startswith("unix:"), f"dbus-daemon did not start (exit code {bus.poll()})"

        home = tmp_path / "home"
        runtime = tmp_path / "run"
        runtime.mkdir(mode=0o700)
        env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(runtime),
        }
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        log = tmp_path / "gnome-keyring.log"
        with log.open("wb") as log_file:
            # --unlock reads the login keyring's password from stdin (creating the keyring on first use).
            daemon = subprocess.Popen(
                [gnome_keyring_daemon, "--foreground", "--components=secrets", "--unlock"],
                stdin=subprocess.PIPE,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env=env,
            )
        assert daemon.stdin is not None
        daemon.stdin.write(KEYRING_PASSWORD.encode())
        daemon.stdin.close()

        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        deadline = time.monotonic() + 15
        while not _name_has_owner(SECRETS_BUS_NAME):
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    "gnome-keyring-daemon did not provide the Secret Service:\n"
                    + log.read_text(errors="replace")
                )
            time.sleep(0.05)
        yield home / ".local" / "share" / "keyrings"
    finally:
        if daemon is not None:
            _stop(daemon)
        _stop(bus)


def test_the_database_key_is_created_in_and_read_back_from_the_secret_service(
    secret_service: Path, tmp_path: Path
) -> None:
    backend = keyring.backends.SecretService.Keyring()
    assert keyring_problem(backend) is None
    profile_id = "7f0e2a4c-9a53-4f43-9d55-3c1f2b7d1e01"

    key = OsKeyStore(backend).database_key(profile_id, create=True)
    assert len(key) == 32

    # A later start (new backend object, new D-Bus connections) finds the same key and makes no other.
    again = OsKeyStore(keyring.backends.SecretService.Keyring()).database_key(profile_id, create=False)
    assert again == key
    assert OsKeyStore(backend).database_key(profile_id, create=True) == key
    assert backend.get_password(SERVICE, f"database-key:{profile_id}") == key.hex()
    assert (secret_service / "login.keyring").is_file()  # our private daemon's keyring, not the user's

    # The key opens the encrypted store it was made for.
    open_store(tmp_path / "workbench.db", key).close()
    open_store(tmp_path / "workbench.db", again).close()
