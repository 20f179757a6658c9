"""Request and response bodies of the sync protocol (DESIGN.md section 5). Validated on both sides.

Every limit here is also a defence: the server refuses anything larger with a problem document.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

# Defined with the shared rules (no pydantic there) so the terminal can name them without importing it.
from workbench.protocol.rules import Op as Op
from workbench.protocol.rules import Scalar as Scalar

MAX_BATCH = 500
MAX_PAGE = 1000
MAX_PATCH_FIELDS = 64


def _as_utc(value: datetime) -> datetime:
    """Server times are UTC; the central record stores them naive, so they gain their zone here."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_as_utc)]
"""A time the central record states: always timezone-aware UTC on the wire (RFC 3339 with offset)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChangeIn(_Strict):
    """One local change as the terminal's outbox holds it."""

    change_id: UUID
    entity: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z_]+$")]
    entity_id: UUID
    prisoner_id: UUID | None
    op: Op
    base_version: Annotated[int, Field(ge=0)] | None = None
    patch: Annotated[dict[Annotated[str, Field(max_length=64)], Scalar], Field(max_length=MAX_PATCH_FIELDS)]
    author_id: UUID
    created_at: datetime  # the terminal's clock: kept for information, never trusted for ordering


class AuditHead(_Strict):
    """The head of the terminal's audit trail: how many events it holds and the newest hash.

    Sent with each push; the central record keeps the latest per device and refuses one that goes
    backwards, so a trail shortened on the terminal is noticed (issue 7 point 19, DESIGN.md section 6).
    """

    # Strict: a count sent as text is a broken terminal, not something to guess at; the bound is BIGINT.
    count: Annotated[int, Field(ge=0, le=2**63 - 1, strict=True)]
    hash: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", strict=True)]


class PushRequest(_Strict):
    """A batch of outbox changes, in local order, with the terminal's audit head."""

    device_id: UUID
    changes: Annotated[list[ChangeIn], Field(min_length=1, max_length=MAX_BATCH)]
    audit_head: AuditHead | None = None  # None from terminals older than the anchor


class ChangeStatus(StrEnum):
    APPLIED = "APPLIED"  # stored; server_seq and version allocated
    DUPLICATE = "DUPLICATE"  # same change id and payload seen before: the stored result is returned
    CONFLICT = "CONFLICT"  # applied where fields were disjoint; conflicting fields kept the server's value
    REJECTED = "REJECTED"  # not applied (invalid, unauthorised, waits behind a rejected change)


class FieldConflict(_Strict):
    """A field both sides changed to different values: the server kept ``theirs``."""

    conflict_id: UUID
    field: str
    base: Scalar
    mine: Scalar
    theirs: Scalar
    kind: Literal["FIELD", "DELETE_EDIT"] = "FIELD"


class Problem(_Strict):
    """RFC 9457 problem details: what was wrong, in words a person can act on."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict[str, Any]] = Field(default_factory=list)


class ChangeResult(_Strict):
    change_id: UUID
    status: ChangeStatus
    server_seq: int | None = None
    version: int | None = None
    conflicts: list[FieldConflict] = Field(default_factory=list)
    problem: Problem | None = None
    flags: list[str] = Field(default_factory=list)  # e.g. LATE_EDIT: accepted after the prisoner left scope


class PushResponse(_Strict):
    epoch: str
    results: list[ChangeResult]


class ServerChange(_Strict):
    """A change as the central record applied it, in ``server_seq`` order."""

    server_seq: int
    change_id: UUID
    entity: str
    entity_id: UUID
    prisoner_id: UUID | None
    op: Op
    version: int
    patch: dict[str, Scalar]  # the fields as applied (after merge)
    author_id: UUID
    device_id: UUID | None
    applied_at: UtcDateTime
    conflicts: list[FieldConflict] = Field(default_factory=list)  # so the other author sees them too
    flags: list[str] = Field(default_factory=list)


class ScopeEventKind(StrEnum):
    ENTER = "ENTER"  # the prisoner is now visible to this terminal: fetch the snapshot
    EXIT = "EXIT"  # the prisoner left this terminal's scope (transfer out, grant expired)


class ScopeEvent(_Strict):
    server_seq: int
    prisoner_id: UUID
    kind: ScopeEventKind
    establishment_code: str


class OwnChange(_Strict):
    """One of the requesting terminal's own changes in the feed, acknowledged by id (protocol 2).

    Sent instead of the whole ``ServerChange`` when the central record applied the change exactly as
    this device sent it (no conflicts, no flags): the terminal already holds the fields, and needs only
    the acknowledgement and the version. Anything else comes back in full.
    """

    server_seq: int
    change_id: UUID
    entity: str
    entity_id: UUID
    prisoner_id: UUID | None
    version: int


class ChangesPage(_Strict):
    """One page of ``GET /sync/v1/changes?after=N&limit=M``."""

    epoch: str
    changes: list[ServerChange]
    scope_events: list[ScopeEvent] = Field(default_factory=list)
    acks: list[OwnChange] = Field(default_factory=list)  # protocol 2: this device's own changes, by id
    next_after: int
    has_more: bool


class EntityState(_Strict):
    entity: str
    entity_id: UUID
    version: int
    fields: dict[str, Scalar]
    deleted: bool


class Snapshot(_Strict):
    """Every current row of one prisoner, for a terminal the prisoner has just entered the scope of."""

    epoch: str
    prisoner_id: UUID
    as_of_seq: int
    entities: list[EntityState]


class ServerInfo(_Strict):
    epoch: str
    protocol_versions: list[str]
    server_time: UtcDateTime
    maintenance: bool = False


class Grant(_Strict):
    """An explicit, audited, time-limited permission for an establishment to see a prisoner."""

    prisoner_id: UUID
    establishment_code: str
    expires_on: date
    reason: Annotated[str, Field(min_length=1, max_length=2000)]
    granted_by: UUID  # the manager or administrator granting (the server refuses a grant without one)


class GrantRecord(_Strict):
    """A grant as the central record holds it (the answer to ``POST /sync/v1/grants``)."""

    grant_id: UUID
    prisoner_id: UUID
    establishment_code: str
    expires_on: date
    reason: str
    granted_by: UUID
    granted_at: UtcDateTime
    enter_seq: int | None = None  # the ENTER scope event, if the establishment did not see the prisoner
