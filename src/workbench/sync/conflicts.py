"""The public face of sync for the conflict screens (``casework.sync_conflicts``).

What a person resolving a conflict needs from sync: the local model of an entity, the conversion
between stored and wire values, how a resolution is recorded, and moving unsent changes onto the
version the person has seen. The conflict kinds and tombstone fields themselves are shared with the
central record and live in ``workbench.protocol.rules``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.protocol.entities import FieldSpec, FieldType
from workbench.protocol.rules import Op, Scalar
from workbench.store.models import Outbox
from workbench.store.registry import SYNCED_MODELS
from workbench.sync.state import OutboxStatus

MODELS: dict[str, type[Any]] = {m.__entity__: m for m in SYNCED_MODELS}
"""Entity name → ORM model, for every syncable model the terminal stores."""


class Resolution:
    """Values of ``SyncConflict.resolution``."""

    MINE = "MINE"
    THEIRS = "THEIRS"
    EDITED = "EDITED"
    SUPERSEDED = "SUPERSEDED"  # a predicted conflict replaced by the central record's verdict
    TRANSFERRED = "TRANSFERRED"  # the prisoner left this terminal's scope and was purged


def model_for(entity: str) -> type[Any] | None:
    """The ORM model storing ``entity`` on this terminal, or None if this version does not store it."""
    return MODELS.get(entity)


def wire(value: Any) -> Scalar:
    """A local value as it travels (dates and times as ISO 8601 strings)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def to_local(spec: FieldSpec, value: Scalar) -> Any:
    """A wire value converted for the ORM column described by ``spec``."""
    if value is None:
        return None
    if spec.type is FieldType.DATE and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if spec.type is FieldType.DATETIME and isinstance(value, str):
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
        return parsed
    if spec.type is FieldType.INT and isinstance(value, str | float):
        return int(value)
    if spec.type is FieldType.BOOL and isinstance(value, int):
        return bool(value)
    return value


def rebase_pending(session: Session, entity: str, entity_id: str, field: str, version: int | None) -> None:
    """The user has seen the central record's value of ``field``: unsent changes of it move onto ``version``.

    Only changes never attempted are moved (one that may have reached the server keeps its exact
    content); a pending DELETE counts as touching ``deleted_at``.
    """
    if version is None:
        return
    for row in session.scalars(
        select(Outbox).where(
            Outbox.entity == entity,
            Outbox.entity_id == entity_id,
            Outbox.status == OutboxStatus.PENDING.value,
            Outbox.attempts == 0,
            Outbox.op != Op.INSERT.value,
        )
    ):
        if field in json.loads(row.patch_json) or (field == "deleted_at" and row.op == Op.DELETE.value):
            row.base_version = max(row.base_version or 0, version)
