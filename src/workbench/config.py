"""Typed settings (platformdirs paths, profiles) and policy loading. No Qt, no secrets.

A *profile* is one data directory: an encrypted database plus ``profile.json`` (its id and kind,
nothing secret). Real profiles live in the per-OS-user data directory; the demo profile in its own
``demo`` folder beside it, unless ``--data-dir`` names another folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.domain.errors import StorageError, ValidationError, ValidationErrors

# Imported where used: this module is read before the sign-in window shows, so it stays light.
if TYPE_CHECKING:
    from workbench.domain.catalogue import Catalogue
    from workbench.domain.policy import Policy

APP_NAME = "offender-supervisor-workbench"
DATABASE_FILENAME = "workbench.db"
PROFILE_FILENAME = "profile.json"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (source tree, editable install or frozen app)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def default_data_dir(demo: bool) -> Path:
    """Per-OS-user data directory; the demo profile gets its own sub-folder."""
    import platformdirs

    base = platformdirs.user_data_path(APP_NAME, appauthor=False)
    return base / "demo" if demo else base / "default"


@dataclass(frozen=True)
class Settings:
    """Where this run's data lives and what kind of profile it is."""

    data_dir: Path
    demo: bool

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def profile_path(self) -> Path:
        return self.data_dir / PROFILE_FILENAME

    @property
    def log_path(self) -> Path:
        return self.data_dir / "logs" / "workbench.log"


def resolve_settings(data_dir: Path | None, demo: bool) -> Settings:
    """Settings for a run from the command-line options."""
    return Settings(data_dir=(data_dir or default_data_dir(demo)).expanduser().resolve(), demo=demo)


@dataclass(frozen=True)
class Profile:
    """The non-secret facts about a data directory.

    ``store_created`` is recorded once the first schema has been written to the database: from then
    on a missing or empty database file means data was lost, and nothing may create a new one.
    """

    profile_id: str
    kind: str  # "real" or "demo"
    store_created: bool = False

    @property
    def is_demo(self) -> bool:
        return self.kind == "demo"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make it readable by this OS user only (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)


def make_private_file(path: Path) -> None:
    """Make an existing file readable and writable by this OS user only (0600 on POSIX)."""
    if os.name == "posix" and path.exists():
        path.chmod(PRIVATE_FILE_MODE)


def write_private_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically; the file is created 0600 (never world-readable)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    make_private_file(tmp)  # an existing .tmp keeps its old mode through os.open
    tmp.replace(path)


def tighten_permissions(settings: Settings) -> None:
    """Make an existing data directory and the files in it private (0700 / 0600) on POSIX.

    Profiles created by earlier versions were 0755 / 0644; they are tightened on every open.
    """
    if os.name != "posix" or not settings.data_dir.exists():
        return
    settings.data_dir.chmod(PRIVATE_DIR_MODE)
    for child in settings.data_dir.iterdir():
        if child.is_file() and not child.is_symlink():
            child.chmod(PRIVATE_FILE_MODE)
        elif child.is_dir() and not child.is_symlink():
            child.chmod(PRIVATE_DIR_MODE)


def _write_profile(settings: Settings, profile: Profile) -> None:
    data: dict[str, object] = {"profile_id": profile.profile_id, "kind": profile.kind}
    if profile.store_created:
        data["store_created"] = True
    write_private_text(settings.profile_path, json.dumps(data, indent=2) + "\n")


def _database_has_content(settings: Settings) -> bool:
    path = settings.database_path
    return path.exists() and path.stat().st_size > 0


def load_profile(settings: Settings) -> Profile:
    """Read ``profile.json`` (never creates one): the profile of an existing data directory.

    A demo folder can't be opened as a real profile or the other way round: the kinds keep their
    keys in different places, and mixing them would put real data under a demo key.
    """
    path = settings.profile_path
    kind = "demo" if settings.demo else "real"
    if not path.exists():
        raise StorageError(f"There is no workbench profile in {settings.data_dir} ({path.name} is missing).")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        profile = Profile(
            profile_id=str(uuid.UUID(data["profile_id"])),
            kind=str(data["kind"]),
            store_created=bool(data.get("store_created", False)),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StorageError(
            f"{path} is damaged ({exc}). Restore it from backup; the database is untouched."
        ) from exc
    if profile.kind != kind:
        other = "--demo" if profile.is_demo else "without --demo"
        raise StorageError(
            f"{settings.data_dir} holds a {profile.kind} profile; start the workbench {other}, or choose "
            "another --data-dir."
        )
    if not profile.store_created and _database_has_content(settings):
        # A profile from before the flag existed, whose database is there: record it now, so that
        # losing the file later is noticed rather than silently starting again.
        profile = mark_store_created(settings, profile)
    return profile


def load_or_create_profile(settings: Settings) -> tuple[Profile, bool]:
    """Read ``profile.json`` or create it. Returns the profile and whether it was new.

    The data directory is created 0700 and ``profile.json`` 0600; existing ones are tightened.
    """
    if settings.profile_path.exists():
        tighten_permissions(settings)
        return load_profile(settings), False
    if settings.database_path.exists():
        raise StorageError(
            f"{settings.database_path} exists but {PROFILE_FILENAME} is missing; the profile cannot be "
            "identified. Restore profile.json from backup; nothing has been changed."
        )
    profile = Profile(profile_id=str(uuid.uuid4()), kind="demo" if settings.demo else "real")
    make_private_dir(settings.data_dir)
    _write_profile(settings, profile)
    return profile, True


def mark_store_created(settings: Settings, profile: Profile) -> Profile:
    """Record in ``profile.json`` that the profile's database now exists (called once, after the
    first schema is written). Returns the updated profile."""
    if profile.store_created:
        return profile
    updated = replace(profile, store_created=True)
    _write_profile(settings, updated)
    return updated


def load_policy(path: Path | None = None) -> Policy:
    """The timescales and limits in ``resources/policy.toml`` (DESIGN.md section 4: policy, not code)."""
    import tomllib

    from workbench.domain.policy import Policy

    path = path or resources_dir() / "policy.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValidationError(f"The policy file {path} is missing.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"The policy file {path} is not valid TOML: {exc}") from exc
    try:
        return Policy.from_mapping(data)
    except ValidationErrors:
        raise


def load_offence_groups(path: Path | None = None) -> dict[str, float]:
    """The 20 OGRS3 offence groups, name → parameter in file order, from ``resources/offence_groups.toml``.

    Validated by ``workbench.domain.ogrs3.offence_groups_from_mapping`` (DESIGN.md section 4).
    """
    import tomllib

    from workbench.domain.ogrs3 import offence_groups_from_mapping

    path = path or resources_dir() / "offence_groups.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValidationError(f"The offence group file {path} is missing.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"The offence group file {path} is not valid TOML: {exc}") from exc
    return offence_groups_from_mapping(data)


BANK_HOLIDAY_CACHE = "bank-holidays-cache.json"


def _holidays_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("holidays")
    except PackageNotFoundError:  # pragma: no cover - frozen builds without metadata
        return "unknown"


def load_bank_holiday_cache(data_dir: Path) -> None:
    """Hand the working-day rules the bank holidays saved by an earlier run (same library version).

    The cache holds public dates only. A missing, damaged or outdated cache is ignored: the dates are
    then worked out by the holidays library and the cache is written again.
    """
    from datetime import date

    from workbench.domain.working_days import preload_bank_holidays

    path = data_dir / BANK_HOLIDAY_CACHE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("library") != _holidays_version():
            return
        years = {int(y): [date.fromisoformat(d) for d in days] for y, days in data["years"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return
    preload_bank_holidays(years)


def save_bank_holiday_cache(data_dir: Path) -> None:
    """Save the bank holidays worked out in this run for the next start (best effort)."""
    from workbench.domain.working_days import computed_bank_holidays

    years = computed_bank_holidays()
    if not years:
        return
    path = data_dir / BANK_HOLIDAY_CACHE
    data = {
        "library": _holidays_version(),
        "years": {str(y): [d.isoformat() for d in days] for y, days in sorted(years.items())},
    }
    try:
        current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, ValueError):
        current = None
    if current == data:
        return
    with contextlib.suppress(OSError):  # best effort: the cache is only a speed-up
        write_private_text(path, json.dumps(data, indent=1) + "\n")


# -- sentence plan (issue 9) --
def load_catalogue(path: Path | None = None) -> Catalogue:
    """The intervention catalogue from ``resources/interventions.toml`` (validated by the domain)."""
    import tomllib

    from workbench.domain.catalogue import catalogue_from_mapping

    path = path or resources_dir() / "interventions.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValidationError(f"The intervention catalogue {path} is missing.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"The intervention catalogue {path} is not valid TOML: {exc}") from exc
    return catalogue_from_mapping(data)
