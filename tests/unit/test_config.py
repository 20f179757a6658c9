"""Settings, profiles (real vs demo folders) and loading resources/policy.toml."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from workbench.config import (
    DATABASE_FILENAME,
    PROFILE_FILENAME,
    Settings,
    default_data_dir,
    load_or_create_profile,
    load_policy,
    load_profile,
    resolve_settings,
    resources_dir,
)
from workbench.domain.errors import StorageError, ValidationError, ValidationErrors
from workbench.domain.policy import Policy


def _settings(folder: Path, demo: bool) -> Settings:
    return resolve_settings(folder, demo)


def test_settings_paths(tmp_path: Path) -> None:
    settings = resolve_settings(tmp_path / "profile", demo=False)
    assert settings.data_dir == (tmp_path / "profile").resolve()
    assert settings.database_path == settings.data_dir / DATABASE_FILENAME
    assert settings.profile_path == settings.data_dir / PROFILE_FILENAME
    assert settings.log_path == settings.data_dir / "logs" / "workbench.log"


def test_demo_and_real_profiles_default_to_different_folders() -> None:
    real, demo = default_data_dir(demo=False), default_data_dir(demo=True)
    assert real != demo
    assert (real.name, demo.name) == ("default", "demo")
    assert resolve_settings(None, demo=True).data_dir == demo.resolve()


@pytest.mark.parametrize("demo", [False, True])
def test_a_profile_is_created_once_and_read_back(tmp_path: Path, demo: bool) -> None:
    settings = _settings(tmp_path / "p", demo)
    profile, created = load_or_create_profile(settings)
    assert created is True
    assert profile.kind == ("demo" if demo else "real") and profile.is_demo is demo
    uuid.UUID(profile.profile_id)
    data = json.loads(settings.profile_path.read_text(encoding="utf-8"))
    assert data == {"profile_id": profile.profile_id, "kind": profile.kind}  # nothing secret in it

    again, created_again = load_or_create_profile(settings)
    assert (again, created_again) == (profile, False)


def test_a_demo_folder_cannot_be_opened_as_real(tmp_path: Path) -> None:
    load_or_create_profile(_settings(tmp_path, demo=True))
    with pytest.raises(StorageError) as caught:
        load_or_create_profile(_settings(tmp_path, demo=False))
    assert caught.value.message == (
        f"{tmp_path.resolve()} holds a demo profile; start the workbench --demo, "
        "or choose another --data-dir."
    )


def test_a_real_folder_cannot_be_opened_as_demo(tmp_path: Path) -> None:
    load_or_create_profile(_settings(tmp_path, demo=False))
    with pytest.raises(StorageError) as caught:
        load_or_create_profile(_settings(tmp_path, demo=True))
    assert caught.value.message == (
        f"{tmp_path.resolve()} holds a real profile; start the workbench without --demo, "
        "or choose another --data-dir."
    )


@pytest.mark.parametrize(
    "content",
    ["not json", "{}", '{"profile_id": "not-a-uuid", "kind": "real"}', '["a list"]'],
)
def test_a_damaged_profile_file_is_refused_and_left_alone(tmp_path: Path, content: str) -> None:
    settings = _settings(tmp_path, demo=False)
    settings.profile_path.write_text(content, encoding="utf-8")
    with pytest.raises(StorageError, match="is damaged"):
        load_or_create_profile(settings)
    assert settings.profile_path.read_text(encoding="utf-8") == content


def test_a_database_without_its_profile_file_is_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path, demo=False)
    settings.database_path.write_bytes(b"encrypted")
    with pytest.raises(StorageError, match=f"{PROFILE_FILENAME} is missing"):
        load_or_create_profile(settings)
    assert not settings.profile_path.exists()


# -- policy -----------------------------------------------------------------------------------------


def test_the_shipped_policy_is_loaded() -> None:
    assert (resources_dir() / "policy.toml").is_file()
    assert load_policy() == Policy()


def test_a_local_policy_overrides_defaults(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[timescales]\nfirst_contact_working_days = 5\n[security]\nidle_lock_minutes = 3\n")
    policy = load_policy(path)
    assert (policy.first_contact_working_days, policy.idle_lock_minutes) == (5, 3)
    assert policy.os_allocation_working_days == Policy().os_allocation_working_days


def test_a_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"policy\.toml is missing"):
        load_policy(tmp_path / "policy.toml")


def test_a_policy_file_that_is_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[timescales\n")
    with pytest.raises(ValidationError, match="is not valid TOML"):
        load_policy(path)


def test_policy_mistakes_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        '[timescales]\nfirst_contact_days = 5\nos_allocation_working_days = "two"\n[colours]\nx = 1\n'
    )
    with pytest.raises(ValidationErrors) as caught:
        load_policy(path)
    assert {e.code for e in caught.value.errors} == {
        "POLICY_UNKNOWN_KEY",
        "POLICY_BAD_VALUE",
        "POLICY_UNKNOWN_TABLE",
    }


def test_a_profile_from_before_the_store_flag_records_its_existing_database(tmp_path: Path) -> None:
    settings = _settings(tmp_path, demo=False)
    profile, _ = load_or_create_profile(settings)
    assert profile.store_created is False  # nothing written yet: a first run may still create it
    settings.database_path.write_bytes(b"x" * 4096)  # a database an earlier version wrote
    again, created = load_or_create_profile(settings)
    assert created is False and again.store_created is True
    assert json.loads(settings.profile_path.read_text(encoding="utf-8"))["store_created"] is True


def test_load_profile_never_creates_one(tmp_path: Path) -> None:
    settings = _settings(tmp_path / "none", demo=False)
    with pytest.raises(StorageError, match="no workbench profile"):
        load_profile(settings)
    assert not settings.data_dir.exists()
