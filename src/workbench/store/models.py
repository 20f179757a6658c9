"""ORM rows of the local store.

Every syncable row carries a client-generated UUIDv7 key, ``prisoner_id`` (the aggregate root and
sync scope), ``server_version`` (NULL until the central record acknowledges it) and tombstone
fields: case data is never hard-deleted (DESIGN.md section 3). ``__sync_class__`` registers the row's
sync class (A append-only, B field-merged, C single-writer draft, D reference data).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every syncable case row has."""

    __sync_class__: ClassVar[str]
    __entity__: ClassVar[str]

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    deleted_by: Mapped[str | None] = mapped_column(String(36), default=None)
    delete_reason: Mapped[str | None] = mapped_column(Text, default=None)


class Establishment(Base):
    """Reference data (class D): prisons known to this terminal."""

    __tablename__ = "establishment"
    __sync_class__ = "D"
    __entity__ = "establishment"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))


class User(Base):
    """A local account. The password is held only as an argon2 verifier."""

    __tablename__ = "app_user"
    __sync_class__ = "D"
    __entity__ = "user"
    __audit_redact__ = frozenset({"password_verifier"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_verifier: Mapped[str] = mapped_column(String(255))
    establishment_code: Mapped[str] = mapped_column(ForeignKey("establishment.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    # Wrong passwords in a row make the user wait (policy [security]); attempts before this are refused.
    next_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, default=None)
    # -- sentence plan (issue 9) --: a department contributor's department (domain.plan.Department);
    # contribution requests addressed to it are theirs. None for OMU staff.
    department: Mapped[str | None] = mapped_column(String(24), nullable=True, default=None)


class Prisoner(Synced, Base):
    """The aggregate root. ``arrived_on`` and ``establishment_code`` are kept current by casework."""

    __tablename__ = "prisoner"
    __sync_class__ = "B"
    __entity__ = "prisoner"

    prisoner_id: Mapped[str] = mapped_column(String(36), index=True)
    noms_number: Mapped[str] = mapped_column(String(7), unique=True)
    family_name: Mapped[str] = mapped_column(String(80))
    given_name: Mapped[str] = mapped_column(String(80))
    date_of_birth: Mapped[date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(8))
    establishment_code: Mapped[str] = mapped_column(String(8), index=True)
    location: Mapped[str] = mapped_column(String(40), default="")
    arrived_on: Mapped[date] = mapped_column(Date)
    is_ppo: Mapped[bool | None] = mapped_column(Boolean, default=None)
    rosh_level: Mapped[str | None] = mapped_column(String(12), default=None)
    # Lower-cased "family given noms" for the caseload search box.
    search_key: Mapped[str] = mapped_column(String(200), default="")
    # Set when the prisoner leaves this terminal's scope (transfer out): the record is then read-only
    # and is purged once its outbox is empty (DESIGN.md section 5, point 6).
    left_scope_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Sentence(Synced, Base):
    """The prisoner's sentence and key dates. One row with ``is_current`` per prisoner."""

    __tablename__ = "sentence"
    __sync_class__ = "B"
    __entity__ = "sentence"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    sentence_type: Mapped[str] = mapped_column(String(16))
    sentence_date: Mapped[date | None] = mapped_column(Date, default=None)
    length_days: Mapped[int | None] = mapped_column(Integer, default=None)
    parole_eligibility_date: Mapped[date | None] = mapped_column(Date, default=None)
    conditional_release_date: Mapped[date | None] = mapped_column(Date, default=None)
    home_detention_curfew_eligibility_date: Mapped[date | None] = mapped_column(Date, default=None)
    tariff_date: Mapped[date | None] = mapped_column(Date, default=None)
    sentence_expiry_date: Mapped[date | None] = mapped_column(Date, default=None)
    licence_expiry_date: Mapped[date | None] = mapped_column(Date, default=None)
    # -- key dates (issue 10, migration 0011): NULL is "not recorded" --
    automatic_release_date: Mapped[date | None] = mapped_column(Date, default=None)
    target_hearing_date: Mapped[date | None] = mapped_column(Date, default=None)
    categorisation_review_date: Mapped[date | None] = mapped_column(Date, default=None)
    open_conditions_date: Mapped[date | None] = mapped_column(Date, default=None)
    """Eligible for open conditions / release on temporary licence (ROTL) from."""
    open_conditions_since: Mapped[date | None] = mapped_column(Date, default=None)
    """Categorised open / in open conditions since."""
    open_prison_arrival_date: Mapped[date | None] = mapped_column(Date, default=None)
    early_allocation: Mapped[bool | None] = mapped_column(Boolean, default=None)
    """Early allocation to the community decided: True yes, False no, NULL not decided or not recorded."""


class CustodyEvent(Synced, Base):
    """Reception, transfer in/out, release (class A: immutable once written)."""

    __tablename__ = "custody_event"
    __sync_class__ = "A"
    __entity__ = "custody_event"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    event_type: Mapped[str] = mapped_column(String(16))
    event_date: Mapped[date] = mapped_column(Date)
    establishment_code: Mapped[str] = mapped_column(String(8))
    other_establishment: Mapped[str] = mapped_column(String(8), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Allocation(Synced, Base):
    """Who holds a role for a prisoner, from when to when, and why it changed (class B)."""

    __tablename__ = "allocation"
    __sync_class__ = "B"
    __entity__ = "allocation"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    staff_user_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    staff_name: Mapped[str] = mapped_column(String(120))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), default="")


class ContactEntry(Synced, Base):
    """A case note / contact with the prisoner (class A). ``kind`` FIRST_CONTACT starts the clock."""

    __tablename__ = "contact_entry"
    __sync_class__ = "A"
    __entity__ = "contact_entry"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    contact_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))
    summary: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # -- contact log (issue 8 point 8; migration 0008) --
    # All nullable: rows written before the contact log (and by older terminals) have none of them.
    contact_time: Mapped[str | None] = mapped_column(String(5), default=None)  # "HH:MM", 24-hour clock
    author_role: Mapped[str | None] = mapped_column(String(16), default=None)  # UserRole value
    restricted: Mapped[str | None] = mapped_column(String(24), default=None)  # domain.contacts.Restriction
    # Links without a foreign key: referrals (interview) and plan objectives (a later issue) may arrive
    # by sync after the entry that names them.
    referral_id: Mapped[str | None] = mapped_column(String(36), default=None)
    objective_id: Mapped[str | None] = mapped_column(String(36), default=None)
    correction_reason: Mapped[str | None] = mapped_column(Text, default=None)  # set when superseding


class PrisonerCorrection(Synced, Base):
    """A correction of a prisoner's details after reception (class A: the history never changes).

    The corrected values themselves are written to the prisoner and sentence rows (class B, merged per
    field); this row says which fields changed, from what to what (``changes``: JSON object of field ->
    [before, after]), who corrected them and why, so every terminal shows the same history.
    """

    __tablename__ = "prisoner_correction"
    __sync_class__ = "A"
    __entity__ = "prisoner_correction"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    corrected_on: Mapped[date] = mapped_column(Date)
    changes: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(120))


class AuditEvent(Base):
    """One hash-chained audit record per write: who, when, what, before/after (DESIGN.md section 6)."""

    __tablename__ = "audit_event"
    __sync_class__ = "A"
    __entity__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    occurred_at: Mapped[str] = mapped_column(String(40))  # ISO 8601 UTC, hashed exactly as stored
    actor_id: Mapped[str] = mapped_column(String(36))
    actor_username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    prisoner_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    before_json: Mapped[str] = mapped_column(Text, default="null")
    after_json: Mapped[str] = mapped_column(Text, default="null")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Outbox(Base):
    """A local change waiting to be pushed to the central record (DESIGN.md section 5)."""

    __tablename__ = "outbox"
    __entity__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    prisoner_id: Mapped[str | None] = mapped_column(String(36), default=None)
    op: Mapped[str] = mapped_column(String(8))  # INSERT / UPDATE / DELETE
    author_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int | None] = mapped_column(Integer, default=None)
    patch_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="PENDING")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[str | None] = mapped_column(String(40), default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (
        Index("ix_outbox_status_seq", "status", "seq"),
        Index("ix_outbox_status_acked", "status", "acked_at"),  # trimming what was kept past retention
    )


class SyncState(Base):
    """Key/value sync bookkeeping: pull cursor, server epoch, last successful sync (one row per key)."""

    __tablename__ = "sync_state"
    __entity__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A same-field conflict or a delete-vs-edit reported by the central record, kept for a person.

    Resolution is an ordinary new change; the row is then marked resolved, never deleted.
    """

    __tablename__ = "sync_conflict"
    __entity__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_conflict_id: Mapped[str | None] = mapped_column(String(36), default=None, unique=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    prisoner_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    field: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[str] = mapped_column(Text, default="null")  # JSON
    mine_value: Mapped[str] = mapped_column(Text, default="null")  # JSON
    theirs_value: Mapped[str] = mapped_column(Text, default="null")  # JSON
    kind: Mapped[str] = mapped_column(String(16), default="FIELD")  # FIELD, DELETE_EDIT, PREDICTED
    change_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    resolution: Mapped[str | None] = mapped_column(String(16), default=None)  # MINE, THEIRS, EDITED


class Meta(Base):
    """Profile facts kept inside the encrypted store (establishment, set-up time)."""

    __tablename__ = "workbench_meta"
    __entity__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# -- likelihood of reoffending (issue 3; seed 3.13–3.14 and Executive Summary "resources follow risk") ------


class LorAssessment(Synced, Base):
    """A likelihood-of-reoffending assessment: OGRS3 inputs and result, protect factors, tier.

    One table, two entities (single-table inheritance on ``status``): a ``LorAssessmentDraft`` is a
    class C single-writer draft owned by ``author_id``; a ``CompletedLorAssessment`` is a signed,
    class A record, never changed — a correction is a new assessment with ``supersedes_id``.
    Completing a draft writes a new completed row and tombstones the draft, so a draft never
    syncs as completed. JSON columns hold lists as text.
    """

    __tablename__ = "lor_assessment"
    __mapper_args__ = {"polymorphic_on": "status"}  # noqa: RUF012 - SQLAlchemy declarative attribute, never mutated

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))  # DRAFT / COMPLETED
    author_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(120))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # OGRS3 inputs; gender and date of birth are copied from the prisoner record.
    gender: Mapped[str] = mapped_column(String(8))
    date_of_birth: Mapped[date | None] = mapped_column(Date, default=None)
    conviction_date: Mapped[date | None] = mapped_column(Date, default=None)
    follow_up_start: Mapped[date | None] = mapped_column(Date, default=None)
    total_sanctions: Mapped[int | None] = mapped_column(Integer, default=None)
    age_at_first_sanction: Mapped[int | None] = mapped_column(Integer, default=None)
    offence_group: Mapped[str | None] = mapped_column(String(60), default=None)
    # OGRS3 result as calculated when last saved (drafts) or signed (completed).
    ogrs3_one_year_pct: Mapped[int | None] = mapped_column(Integer, default=None)
    ogrs3_two_year_pct: Mapped[int | None] = mapped_column(Integer, default=None)
    ogrs3_band: Mapped[str | None] = mapped_column(String(12), default=None)
    # Protect inputs of the tier (DESIGN.md section 4); RSR is a Decimal kept as text ("6.45").
    rsr_pct: Mapped[str | None] = mapped_column(String(8), default=None)
    rosh_level: Mapped[str | None] = mapped_column(String(12), default=None)
    mappa_level: Mapped[int | None] = mapped_column(Integer, default=None)
    complexity_factors: Mapped[str] = mapped_column(Text, default="[]")
    iom: Mapped[bool] = mapped_column(Boolean, default=False)
    parenting_responsibilities: Mapped[bool] = mapped_column(Boolean, default=False)
    impulsivity_or_temper_problems: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_breach_or_recall: Mapped[bool] = mapped_column(Boolean, default=False)
    has_mandate_for_change: Mapped[bool] = mapped_column(Boolean, default=True)
    # The tier and why.
    tier: Mapped[str | None] = mapped_column(String(2), default=None)
    tier_protect_points: Mapped[int | None] = mapped_column(Integer, default=None)
    tier_change_points: Mapped[int | None] = mapped_column(Integer, default=None)
    tier_reasons: Mapped[str] = mapped_column(Text, default="[]")
    tier_missing: Mapped[str] = mapped_column(Text, default="[]")
    tier_provisional: Mapped[bool] = mapped_column(Boolean, default=True)
    # A draft's needs and protective factors (JSON); a completed record has LorNeed/ProtectiveFactor rows.
    draft_needs: Mapped[str] = mapped_column(Text, default="[]")
    draft_protective_factors: Mapped[str] = mapped_column(Text, default="[]")
    no_protective_factors_note: Mapped[str] = mapped_column(Text, default="")
    # Signing: the warnings the signer saw (seed 3.14 copy-forward, age) are kept with the record.
    completion_warnings: Mapped[str] = mapped_column(Text, default="[]")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    signed_by_id: Mapped[str | None] = mapped_column(String(36), default=None)
    signed_by_name: Mapped[str | None] = mapped_column(String(120), default=None)


class LorAssessmentDraft(LorAssessment):
    """A draft assessment (class C): only its author may change, complete or discard it."""

    __sync_class__ = "C"
    __entity__ = "lor_assessment_draft"
    __mapper_args__ = {"polymorphic_identity": "DRAFT"}  # noqa: RUF012 - SQLAlchemy declarative attribute, never mutated


class CompletedLorAssessment(LorAssessment):
    """A completed, signed assessment (class A): immutable; a correction supersedes it."""

    __sync_class__ = "A"
    __entity__ = "lor_assessment"
    __mapper_args__ = {"polymorphic_identity": "COMPLETED"}  # noqa: RUF012 - SQLAlchemy declarative attribute, never mutated


class LorNeed(Synced, Base):
    """One criminogenic need section (OASys 3–13) of a completed assessment (class A)."""

    __tablename__ = "lor_need"
    __sync_class__ = "A"
    __entity__ = "lor_need"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("lor_assessment.id"), index=True)
    section: Mapped[str] = mapped_column(String(48))
    severity: Mapped[str] = mapped_column(String(12))
    linked_to_reoffending: Mapped[bool] = mapped_column(Boolean, default=False)
    linked_to_harm: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str] = mapped_column(Text, default="")
    analysis: Mapped[str] = mapped_column(Text, default="")


class ProtectiveFactor(Synced, Base):
    """A protective factor or strength recorded with a completed assessment (class A; seed 3.13)."""

    __tablename__ = "protective_factor"
    __sync_class__ = "A"
    __entity__ = "protective_factor"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("prisoner.id"), index=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("lor_assessment.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class TierDerivation(Base):
    """OGRS3 and the tier worked out again for a completed assessment under the current rules.

    Derived data, not a case record: local and never synced (every terminal derives the same figures
    from the signed inputs and the rules it ships with), written in bulk by ``recalculate_tiers``
    without a per-row audit event or outbox change (one audit event records each run). A row exists
    only while its figures differ from those the assessment was signed with; the signed record is
    never altered. ``tier_reasons`` and ``tier_missing`` are JSON lists; ``rule_version`` names the
    rules the figures were derived under. Purging the assessment (transfer out) removes its row.
    """

    __tablename__ = "tier_derivation"
    __entity__ = "tier_derivation"

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("lor_assessment.id", ondelete="CASCADE"), primary_key=True
    )
    prisoner_id: Mapped[str] = mapped_column(String(36))
    ogrs3_one_year_pct: Mapped[int | None] = mapped_column(Integer, default=None)
    ogrs3_two_year_pct: Mapped[int | None] = mapped_column(Integer, default=None)
    ogrs3_band: Mapped[str | None] = mapped_column(String(12), default=None)
    tier: Mapped[str] = mapped_column(String(2))
    tier_protect_points: Mapped[int] = mapped_column(Integer)
    tier_change_points: Mapped[int] = mapped_column(Integer)
    tier_reasons: Mapped[str] = mapped_column(Text, default="[]")
    tier_missing: Mapped[str] = mapped_column(Text, default="[]")
    tier_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    rule_version: Mapped[str] = mapped_column(String(40))
    derived_at: Mapped[datetime] = mapped_column(DateTime)


class DomainEvent(Base):
    """Something that happened which later work reacts to (e.g. LIKELIHOOD_CHANGED → a review task).

    Local, not synced: written in the transaction of the change that caused it; its consumer sets
    ``consumed_at`` once it has acted. ``payload`` is JSON.
    """

    __tablename__ = "domain_event"
    __entity__ = "domain_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    prisoner_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text, default="{}")
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    consumed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (Index("ix_domain_event_kind_consumed_at", "kind", "consumed_at"),)


CORE_SYNCED_MODELS: tuple[type[Any], ...] = (
    Prisoner,
    Sentence,
    CustodyEvent,
    Allocation,
    ContactEntry,
    PrisonerCorrection,
    LorAssessmentDraft,
    CompletedLorAssessment,
    LorNeed,
    ProtectiveFactor,
)
