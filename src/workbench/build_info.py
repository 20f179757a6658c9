"""The version and build date shown by ``workbench --version`` (issue 12).

The version comes from the installed distribution's metadata (``importlib.metadata``), so a frozen
build, a wheel and an editable install all report what ``pyproject.toml`` says. The build date exists
only in a frozen build: ``packaging/build`` writes ``build-info.json`` beside this module.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workbench import __version__

DISTRIBUTION = "offender-supervisor-workbench"
BUILD_INFO_FILENAME = "build-info.json"


def version() -> str:
    """The distribution's version from its metadata; the package's own ``__version__`` without it."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as metadata_version

    try:
        return metadata_version(DISTRIBUTION)
    except PackageNotFoundError:
        return __version__


def build_date(path: Path | None = None) -> str | None:
    """The UTC date and time the frozen build was made, or None (source run, or no readable file)."""
    path = path or Path(__file__).with_name(BUILD_INFO_FILENAME)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    built = data.get("built") if isinstance(data, dict) else None
    return built if isinstance(built, str) else None


def describe(path: Path | None = None) -> str:
    """``0.1.0 (built 2026-12-05T06:40:00Z)`` for a frozen build, ``0.1.0 (source)`` otherwise."""
    built = build_date(path)
    return f"{version()} (built {built})" if built else f"{version()} (source)"


class VersionAction(argparse.Action):
    """``--version``: prints ``describe()`` and exits. Looked up only when asked, because reading the
    distribution metadata costs start-up time on every run."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {describe()}")  # on stdout, as argparse's own version action does
        parser.exit()
