"""Logging: one named logger per subsystem, a rotating file in the profile, warnings on stderr.

Messages at INFO and above never carry prisoner personal data (DESIGN.md section 6): they name
actions and counts, not people. DEBUG is off unless ``--debug`` is given.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def configure_logging(log_path: Path | None, *, debug: bool = False) -> None:
    """Send workbench logs to ``log_path`` (rotated, 5 × 1 MB) and warnings to stderr."""
    root = logging.getLogger("workbench")
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_path is not None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(fmt)
        root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if debug else logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
    root.propagate = False
