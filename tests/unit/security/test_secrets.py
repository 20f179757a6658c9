"""Where the database key lives: the OS keyring for real profiles (never a plaintext or fail backend),
a clearly labelled file for the demo profile only (DESIGN.md section 6)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any, ClassVar

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from workbench.domain.errors import StorageError
from workbench.security.secrets import (
    DEMO_KEY_FILENAME,
    KEY_BYTES,
    SERVICE,
    DemoKeyFile,
    OsKeyStore,
    keyring_problem,
)


class _Plain:
    """Stands in for keyrings.alt's plaintext file backend (keyrings.alt is not installed here)."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


_Plain.__module__ = "keyrings.alt.file"
_Plain.__name__ = _Plain.__qualname__ = "PlaintextKeyring"


class _Encrypted(_Plain):
    pass


_Encrypted.__module__ = "keyrings.alt.file"
_Encrypted.__name__ = _Encrypted.__qualname__ = "EncryptedKeyring"


class _EmptyChain:
    backends: ClassVar[list[Any]] = []


_EmptyChain.__module__ = "keyring.backends.chainer"
_EmptyChain.__name__ = _EmptyChain.__qualname__ = "ChainerBackend"


@pytest.mark.parametrize(
    "backend",
    [
        pytest.param(keyring.backends.fail.Keyring(), id="fail"),
        pytest.param(keyring.backends.null.Keyring(), id="null"),
        pytest.param(_Plain(), id="keyrings.alt plaintext"),
        pytest.param(_EmptyChain(), id="chainer with nothing to chain"),
    ],
)
def test_unusable_backends_are_refused_with_how_to_fix(backend: Any) -> None:
    problem = keyring_problem(backend)
    assert problem is not None
    assert "No usable OS keyring was found" in problem
    assert "gnome-keyring" in problem and "workbench --demo" in problem


def test_a_plaintext_backend_is_named_as_such() -> None:
    problem = keyring_problem(_Plain())  # type: ignore[arg-type]
    assert problem is not None
    assert "keyrings.alt.file.PlaintextKeyring stores secrets in plain text; it is refused." in problem


@pytest.mark.parametrize("backend", [pytest.param(_Encrypted(), id="keyrings.alt encrypted")])
def test_usable_backends_pass(backend: Any, memory_keyring: keyring.backend.KeyringBackend) -> None:
    assert keyring_problem(backend) is None
    assert keyring_problem(memory_keyring) is None
    assert keyring_problem() is None  # the active backend: the test's in-memory keyring


def test_the_active_fail_backend_is_refused() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture restores the previous one
    assert keyring_problem() is not None
    with pytest.raises(StorageError, match="No usable OS keyring was found"):
        OsKeyStore().database_key("profile-1", create=True)


def test_a_key_is_created_once_and_returned_after(memory_keyring: Any) -> None:
    store = OsKeyStore()
    key = store.database_key("profile-1", create=True)
    assert isinstance(key, bytes) and len(key) == KEY_BYTES
    assert memory_keyring.secrets == {(SERVICE, "database-key:profile-1"): key.hex()}
    assert store.database_key("profile-1", create=True) == key
    assert OsKeyStore().database_key("profile-1", create=False) == key
    assert OsKeyStore(memory_keyring).database_key("profile-1", create=False) == key


def test_each_profile_has_its_own_key() -> None:
    store = OsKeyStore()
    assert store.database_key("profile-1", create=True) != store.database_key("profile-2", create=True)


def test_a_missing_key_is_not_created_when_not_asked(memory_keyring: Any) -> None:
    with pytest.raises(StorageError, match="not in the OS keyring") as caught:
        OsKeyStore().database_key("profile-1", create=False)
    assert "cannot be opened without it" in caught.value.message
    assert memory_keyring.secrets == {}


def test_a_tampered_key_is_refused(memory_keyring: Any) -> None:
    memory_keyring.set_password(SERVICE, "database-key:profile-1", "not hex at all")
    with pytest.raises(StorageError, match="not valid hex"):
        OsKeyStore().database_key("profile-1", create=False)


def test_a_keyring_error_becomes_a_storage_error_with_how_to_fix(
    memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(service: str, username: str) -> str:
        raise keyring.errors.KeyringLocked("the collection is locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(StorageError) as caught:
        OsKeyStore().database_key("profile-1", create=True)
    assert "The OS keyring refused the request: the collection is locked." in caught.value.message
    assert "No usable OS keyring was found" in caught.value.message


def test_other_secrets_round_trip(memory_keyring: Any) -> None:
    store = OsKeyStore()
    assert store.get_secret("sync-token") is None
    store.set_secret("sync-token", "t0k3n")
    assert store.get_secret("sync-token") == "t0k3n"
    assert store.describe() == "OS keyring (MemoryKeyring)"


# -- the demo profile's key file ------------------------------------------------------------------


def test_the_demo_key_file_is_private_and_labelled(tmp_path: Path) -> None:
    demo = DemoKeyFile(tmp_path / "demo")
    key = demo.database_key("demo", create=True)
    assert len(key) == KEY_BYTES
    assert demo.path == tmp_path / "demo" / DEMO_KEY_FILENAME
    assert "DEMO-ONLY" in demo.path.name
    assert stat.S_IMODE(demo.path.stat().st_mode) == 0o600
    text = demo.path.read_text(encoding="ascii")
    assert text.startswith("# DEMO PROFILE ONLY - synthetic data.")
    assert "Real profiles keep their key in the OS keyring" in text
    assert key.hex() in text
    assert "synthetic data only" in demo.describe()


def test_the_demo_key_is_read_back(tmp_path: Path) -> None:
    key = DemoKeyFile(tmp_path).database_key("demo", create=True)
    assert DemoKeyFile(tmp_path).database_key("demo", create=False) == key
    assert DemoKeyFile(tmp_path).database_key("demo", create=True) == key


def test_a_missing_demo_key_is_not_created_when_not_asked(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is missing; delete the demo data folder"):
        DemoKeyFile(tmp_path).database_key("demo", create=False)
    assert not (tmp_path / DEMO_KEY_FILENAME).exists()


@pytest.mark.parametrize("content", ["# DEMO\nnot-hex\n", "# DEMO\n" + "ab" * 16 + "\n"])
def test_a_damaged_demo_key_file_is_refused(tmp_path: Path, content: str) -> None:
    (tmp_path / DEMO_KEY_FILENAME).write_text(content, encoding="ascii")
    with pytest.raises(StorageError, match="is damaged; delete the demo data folder"):
        DemoKeyFile(tmp_path).database_key("demo", create=False)


def test_the_demo_key_never_goes_to_the_os_keyring(tmp_path: Path, memory_keyring: Any) -> None:
    DemoKeyFile(tmp_path).database_key("demo", create=True)
    assert memory_keyring.secrets == {}
