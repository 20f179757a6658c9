"""Small field checks shared by services; each returns a ``ValidationError`` naming its field."""

from __future__ import annotations

import re
from datetime import date

from workbench.domain.errors import ValidationError

_NAME_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '\-.])*$")
MAX_NAME = 80
MAX_TEXT = 20_000


def check_name(value: str, field: str, label: str) -> ValidationError | None:
    """A person's name: required, letters with spaces, hyphens and apostrophes, at most 80 characters."""
    v = value.strip()
    if not v:
        return ValidationError(f"Enter the {label}.", field=field)
    if len(v) > MAX_NAME:
        return ValidationError(
            f"The {label} is {len(v)} characters; the most allowed is {MAX_NAME}.", field=field
        )
    if not _NAME_RE.match(v):
        return ValidationError(
            f"The {label} can contain only letters, spaces, hyphens and apostrophes.", field=field
        )
    return None


def check_text(
    value: str, field: str, label: str, *, required: bool, limit: int = MAX_TEXT
) -> ValidationError | None:
    """Free text: optionally required, never longer than ``limit`` characters."""
    v = value.strip()
    if required and not v:
        return ValidationError(f"Enter the {label}.", field=field)
    if len(v) > limit:
        return ValidationError(
            f"The {label} is {len(v):,} characters; the most allowed is {limit:,}. Shorten it.", field=field
        )
    return None


def check_not_future(value: date | None, today: date, field: str, label: str) -> ValidationError | None:
    if value is not None and value > today:
        return ValidationError(f"The {label} ({value:%d %b %Y}) is in the future.", field=field)
    return None
