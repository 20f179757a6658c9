"""Tables of the central record (separate from the terminal's store; migrated by ``central/migrations``).

Identifiers are UUID strings (36 characters) so the same schema runs on PostgreSQL and SQLite.
Field values travel and are kept as JSON text: dates and times as ISO 8601 strings, exactly as on
the wire, so the three-way merge compares like with like.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT on PostgreSQL; INTEGER on SQLite so an autoincrementing key is the rowid.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Declarative base of the central record's tables."""

    metadata = MetaData(naming_convention=NAMING)


class ServerMeta(Base):
    """One row: the server epoch, a random id that changes when the database is restored from a backup."""

    __tablename__ = "server_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    restored_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    previous_epochs: Mapped[str] = mapped_column(Text, default="")  # space-separated, oldest first


class SeqCounter(Base):
    """One row: the last ``server_seq`` allocated. Locked by every writer until it commits."""

    __tablename__ = "seq_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Establishment(Base):
    """A prison (reference data; terminals are bound to one)."""

    __tablename__ = "establishment"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Device(Base):
    """An enrolled terminal, bound to one establishment. Its bearer token identifies it."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    establishment_code: Mapped[str] = mapped_column(ForeignKey("establishment.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CentralUser(Base):
    """A member of staff enrolled centrally: every pushed change names one as its author."""

    __tablename__ = "central_user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))
    establishment_code: Mapped[str] = mapped_column(ForeignKey("establishment.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Token(Base):
    """A device's bearer token, held only as its SHA-256 hash."""

    __tablename__ = "token"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class ScopeGrant(Base):
    """An explicit, audited, time-limited permission for an establishment to see a prisoner.

    Never deleted: ``closed_at`` is set when it expires, so the table is the audit trail of grants.
    """

    __tablename__ = "scope_grant"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    prisoner_id: Mapped[str] = mapped_column(String(36), index=True)
    establishment_code: Mapped[str] = mapped_column(ForeignKey("establishment.code"))
    expires_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    granted_by: Mapped[str] = mapped_column(ForeignKey("central_user.id"))
    granted_via_device: Mapped[str] = mapped_column(ForeignKey("device.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    interval_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (Index("ix_scope_grant_open", "closed_at", "expires_on"),)


class RawPush(Base):
    """Every authenticated push body exactly as received, archived before it is parsed (even malformed)."""

    __tablename__ = "raw_push"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    token_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    size: Mapped[int] = mapped_column(BigInteger)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(24))
    detail: Mapped[str | None] = mapped_column(Text, default=None)


class ChangeLog(Base):
    """Every applied change, in ``server_seq`` order; ``result_json`` is replayed for a duplicate push."""

    __tablename__ = "change_log"

    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    payload_hash: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    prisoner_id: Mapped[str | None] = mapped_column(String(36), default=None)
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    patch_json: Mapped[str] = mapped_column(Text)  # the fields as sent (normalised)
    applied_json: Mapped[str] = mapped_column(Text)  # the fields as applied after the merge
    conflicts_json: Mapped[str] = mapped_column(Text, default="[]")
    flags: Mapped[str] = mapped_column(String(120), default="")
    author_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    result_json: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id", "server_seq"),
        Index("ix_change_log_prisoner", "prisoner_id", "server_seq"),
    )


class EntityState(Base):
    """The current state of every synced row (tombstoned rows stay, with ``deleted``)."""

    __tablename__ = "entity_state"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    prisoner_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    version: Mapped[int] = mapped_column(Integer)
    fields_json: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str | None] = mapped_column(String(36), default=None)  # class C drafts
    server_seq: Mapped[int] = mapped_column(BigInteger)


class EntityVersion(Base):
    """Full history: the whole row after each version (the base of a three-way merge)."""

    __tablename__ = "entity_version"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    fields_json: Mapped[str] = mapped_column(Text)
    server_seq: Mapped[int] = mapped_column(BigInteger)


class Conflict(Base):
    """A same-field conflict or a delete-vs-edit, kept for both authors until a person resolves it."""

    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    prisoner_id: Mapped[str | None] = mapped_column(String(36), default=None)
    field: Mapped[str] = mapped_column(String(64))
    base_json: Mapped[str] = mapped_column(Text)
    mine_json: Mapped[str] = mapped_column(Text)
    theirs_json: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    mine_author_id: Mapped[str] = mapped_column(String(36))
    theirs_author_id: Mapped[str | None] = mapped_column(String(36), default=None)
    change_id: Mapped[str] = mapped_column(String(36))
    server_seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (Index("ix_conflict_entity", "entity", "entity_id"),)


class PrisonerLocation(Base):
    """Where each prisoner is now (the scope of the establishment's terminals)."""

    __tablename__ = "prisoner_location"

    prisoner_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    establishment_code: Mapped[str] = mapped_column(String(8), index=True)
    since_seq: Mapped[int] = mapped_column(BigInteger)


class ScopeInterval(Base):
    """The ``server_seq`` range during which an establishment saw a prisoner (by location or grant).

    The changes feed shows an establishment a change when its seq falls inside one of its intervals
    for the prisoner, so what a terminal receives depends on the sequence, not on when it pulls.
    """

    __tablename__ = "scope_interval"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    prisoner_id: Mapped[str] = mapped_column(String(36))
    establishment_code: Mapped[str] = mapped_column(String(8))
    from_seq: Mapped[int] = mapped_column(BigInteger)
    to_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    grant_id: Mapped[str | None] = mapped_column(String(36), default=None)

    __table_args__ = (Index("ix_scope_interval_est_prisoner", "establishment_code", "prisoner_id"),)


class ScopeEventRow(Base):
    """A prisoner entering or leaving an establishment's scope, numbered in the same sequence as changes."""

    __tablename__ = "scope_event"

    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    prisoner_id: Mapped[str] = mapped_column(String(36))
    establishment_code: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_scope_event_est_seq", "establishment_code", "server_seq"),)


class Quarantine(Base):
    """A change the server refused (invalid, unauthorised, reused change id): kept, never applied."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), index=True)
    payload_hash: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[int] = mapped_column(Integer)  # the problem's HTTP status: 403, 409, 422
    problem_json: Mapped[str] = mapped_column(Text)
    payload_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class DeviceAuditHead(Base):
    """The latest audit-trail head each terminal reported with a push (issue 7 point 19).

    It only moves forward: a push whose head has fewer events than this, or the same number with a
    different hash, means the terminal's trail was shortened or rewritten, and is refused.
    """

    __tablename__ = "device_audit_head"

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), primary_key=True)
    event_count: Mapped[int] = mapped_column(BigInteger)
    head_hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# -- central record hardened (issue 11) --


class AuditHeadFlag(Base):
    """A terminal reported an audit head behind the one kept (issue 11 point 5): evidence to investigate.

    One row per device and reported head; a terminal that keeps retrying the same push bumps ``times``
    and ``last_at`` rather than adding rows. Kept after ``forget-audit-head``: the flag is the record
    that the trail went backwards and that someone looked at it.
    """

    __tablename__ = "audit_head_flag"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # SHORTER (events removed) or REWRITTEN (same count)
    kept_count: Mapped[int] = mapped_column(BigInteger)
    kept_hash: Mapped[str] = mapped_column(String(64))
    reported_count: Mapped[int] = mapped_column(BigInteger)
    reported_hash: Mapped[str] = mapped_column(String(64))
    first_at: Mapped[datetime] = mapped_column(DateTime)
    last_at: Mapped[datetime] = mapped_column(DateTime)
    times: Mapped[int] = mapped_column(Integer, default=1)
