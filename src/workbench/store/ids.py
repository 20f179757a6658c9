"""Client-generated primary keys (DESIGN.md section 3): UUIDv7, so new rows sort by time in indexes."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    """A new UUIDv7 as its canonical 36-character string."""
    return str(uuid6.uuid7())
