"""The guided initial interview (issue 8 point 1): resumable drafts, signing, corrections, referrals.

Seed 3.2: first contact within ten working days in only 70% of cases; seed 2.9: supervisors never
trained to interview. So:

- an interview starts as a *draft* owned by its author (sync class C; others read it only), saved
  step by step and resumed where it was left;
- completing the arrival step records the first contact (the ``FIRST_CONTACT`` contact entry the
  caseload reads) in the same transaction, so the ten-working-day clock stops at once, not only when
  the interview is signed;
- signing needs every step complete; it writes an immutable signed record (class A) and the referrals
  as class B rows whose status is then updated from the case page; a correction supersedes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.interview import (
    EvidencePrompt,
    InterviewDetail,
    InterviewOverview,
    ReferralDetail,
    StepProgress,
)
from workbench.casework.guards import editable_prisoner, left_scope_message, live_prisoner
from workbench.casework.interview.form import (
    DRAFT_ENTITIES,
    REFERRAL_ENTITIES,
    SIGNED_ENTITIES,
    answers_from_json,
    answers_to_json,
    raise_all,
    referrals_from_json,
    referrals_to_json,
    tidy_answers,
    tidy_referrals,
)
from workbench.casework.plan_events import raise_new_need_for_referral  # -- issue 9 --
from workbench.casework.validation import check_not_future, check_text, clean_paragraphs
from workbench.domain.errors import PermissionDenied, ValidationError
from workbench.domain.interview import (
    InterviewStep,
    NeedArea,
    Referral,
    ReferralOwnerRole,
    ReferralStatus,
    evidence_prompts,
    missing,
    missing_for_signing,
    step_complete,
)
from workbench.domain.needs import MAX_TEXT_LENGTH
from workbench.domain.sentence import FIRST_CONTACT
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.interview_models import Interview, InterviewDraft, InterviewReferral, SignedInterview
from workbench.store.models import ContactEntry, Prisoner
from workbench.store.unit_of_work import UnitOfWork, utcnow


def _fmt(d: date) -> str:
    return d.strftime("%d %b %Y")


class InterviewService:
    """Initial interviews: drafts owned by their author, signing, corrections, referral status.

    Every write is one transaction (rows + audit + outbox) through ``ServiceContext.write`` and returns
    a ``ChangeSet``.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ------------------------------------------------------------------------------------

    def overview(self, user: CurrentUser, prisoner_id: str) -> InterviewOverview:
        """The open draft, the latest signed interview, every referral and the signed history."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            prisoner = self._prisoner(s, prisoner_id)
            signed = self._signed(s, prisoner_id)
            draft_row = self._open_draft(s, prisoner_id)
            referral_rows = self._referral_rows(s, prisoner_id)
            live = {r.id: r for r in referral_rows}
            history = tuple(self._detail(s, user, r, signed, live) for r in signed)
            draft = self._detail(s, user, draft_row, signed, live) if draft_row else None
            reason = self._cannot_start_reason(user, prisoner, draft_row)
        return InterviewOverview(
            prisoner_id=prisoner_id,
            draft=draft,
            latest=history[0] if history else None,
            referrals=tuple(_referral_detail(r) for r in referral_rows),
            history=history,
            can_start=reason is None,
            cannot_start_reason=reason,
        )

    def referrals(self, user: CurrentUser, prisoner_id: str) -> tuple[ReferralDetail, ...]:
        """The prisoner's referrals, newest first, without building the interviews themselves (what a
        contact-log entry may link to)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            self._prisoner(s, prisoner_id)
            return tuple(_referral_detail(r) for r in self._referral_rows(s, prisoner_id))

    def get(self, user: CurrentUser, interview_id: str) -> InterviewDetail:
        """One interview, draft or signed."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            row = self._row(s, interview_id)
            live = {r.id: r for r in self._referral_rows(s, row.prisoner_id)}
            return self._detail(s, user, row, self._signed(s, row.prisoner_id), live)

    def latest_signed(self, user: CurrentUser, prisoner_id: str) -> InterviewDetail | None:
        """The prisoner's latest signed interview (needs and goals seed the sentence plan), or None."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            signed = self._signed(s, prisoner_id)
            if not signed:
                return None
            live = {r.id: r for r in self._referral_rows(s, prisoner_id)}
            return self._detail(s, user, signed[0], signed, live)

    def evidence_prompts(self, user: CurrentUser, prisoner_id: str) -> tuple[EvidencePrompt, ...]:
        """The interview's answers as evidence prompts for the assessment's need sections, so nothing
        is typed twice: from the latest signed interview, else the open draft; none without either."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            signed = self._signed(s, prisoner_id)
            row: Interview | None = signed[0] if signed else self._open_draft(s, prisoner_id)
            if row is None:
                return ()
            live = {r.id: r for r in self._referral_rows(s, prisoner_id)}
            referrals = self._referrals_of(row, live)
            prompts = evidence_prompts(answers_from_json(row.answers), referrals)
        return tuple(EvidencePrompt(section, text) for section, texts in prompts.items() for text in texts)

    # -- writing ------------------------------------------------------------------------------------

    def start_draft(self, user: CurrentUser, prisoner_id: str) -> tuple[InterviewDetail, ChangeSet]:
        """Open a new interview draft for the prisoner, owned by ``user`` (one open draft at a time)."""
        with self._ctx.write(user, Permission.INTERVIEW) as uow:
            s = uow.session
            prisoner = self._editable(s, prisoner_id)
            self._refuse_if_cannot_start(user, prisoner, self._open_draft(s, prisoner_id))
            row = InterviewDraft(
                prisoner_id=prisoner_id,
                author_id=user.user_id,
                author_name=user.display_name,
                current_step=InterviewStep.ARRIVAL.value,
                answers="{}",
                draft_referrals="[]",
            )
            uow.add(row, "initial_interview.draft_started")
            detail = self._detail(s, user, row, self._signed(s, prisoner_id), {})
        return detail, ChangeSet(frozenset({prisoner_id}), DRAFT_ENTITIES)

    def save_step(
        self,
        user: CurrentUser,
        interview_id: str,
        answers: Mapping[str, object],
        referrals: Sequence[Referral] | None = None,
        current_step: InterviewStep | None = None,
    ) -> tuple[InterviewDetail, ChangeSet]:
        """Save the author's draft: ``answers`` (a patch of fields), the referrals (replacing the
        draft's when given) and the step the author is on. An incomplete step is fine in a draft;
        what cannot be stored is refused with what to fix.

        Once the arrival step is complete, the first contact is recorded in the same transaction
        (unless one since arrival already exists), which stops the caseload's ten-working-day clock.
        """
        with self._ctx.write(user, Permission.INTERVIEW) as uow:
            s = uow.session
            row = self._draft(s, user, interview_id)
            prisoner = self._prisoner(s, row.prisoner_id)
            today = self._ctx.today()
            merged = {**answers_from_json(row.answers), **answers}
            clean = tidy_answers(merged, today=today, arrived_on=prisoner.arrived_on)
            values: dict[str, object] = {"answers": answers_to_json(clean)}
            if referrals is not None:
                values["draft_referrals"] = referrals_to_json(tidy_referrals(referrals, today=today))
            if current_step is not None:
                values["current_step"] = current_step.value
            uow.update(row, "initial_interview.draft_saved", **values)
            wrote_contact = self._record_first_contact_if_due(uow, user, row, prisoner)
            detail = self._detail(s, user, row, self._signed(s, row.prisoner_id), {})
        entities = DRAFT_ENTITIES | ({"contact_entry"} if wrote_contact else set())
        return detail, ChangeSet(frozenset({row.prisoner_id}), frozenset(entities))

    def discard_draft(self, user: CurrentUser, interview_id: str, reason: str = "") -> ChangeSet:
        """Throw away the author's draft (kept as a tombstone; a first contact it recorded stays)."""
        with self._ctx.write(user, Permission.INTERVIEW) as uow:
            row = self._draft(uow.session, user, interview_id)
            uow.tombstone(
                row, "initial_interview.draft_discarded", reason.strip() or "Draft discarded by its author."
            )
        return ChangeSet(frozenset({row.prisoner_id}), DRAFT_ENTITIES)

    def sign(self, user: CurrentUser, interview_id: str) -> tuple[InterviewDetail, ChangeSet]:
        """Sign the author's draft: an immutable signed record (class A), the referrals as class B rows
        (those carried from a superseded interview are updated, not duplicated), the draft tombstoned.

        Refused (every problem at once, each naming its field) until every step is complete.
        """
        with self._ctx.write(user, Permission.INTERVIEW) as uow:
            s = uow.session
            draft = self._draft(s, user, interview_id)
            prisoner = self._prisoner(s, draft.prisoner_id)
            answers = answers_from_json(draft.answers)
            referrals = referrals_from_json(draft.draft_referrals)
            gaps = missing_for_signing(answers, referrals)
            if gaps:
                raise_all([ValidationError(m.message, field=m.field) for m in gaps])
            self._record_first_contact_if_due(uow, user, draft, prisoner)
            now = utcnow()
            record = SignedInterview(
                prisoner_id=draft.prisoner_id,
                author_id=draft.author_id,
                author_name=draft.author_name,
                supersedes_id=draft.supersedes_id,
                current_step=InterviewStep.REVIEW.value,
                answers=draft.answers,
                first_contact_id=draft.first_contact_id,
                signed_at=now,
                signed_by_id=user.user_id,
                signed_by_name=user.display_name,
            )
            uow.add(record, "initial_interview.signed")
            stored = self._store_referrals(uow, user, record, referrals)
            uow.update(
                record, "initial_interview.referrals_snapshot", draft_referrals=referrals_to_json(stored)
            )
            uow.tombstone(draft, "initial_interview.draft_signed", f"Signed as {record.id}.")
            live = {r.id: r for r in self._referral_rows(s, record.prisoner_id)}
            detail = self._detail(s, user, record, [record, *self._signed(s, record.prisoner_id)], live)
        return detail, ChangeSet(frozenset({record.prisoner_id}), SIGNED_ENTITIES | {"contact_entry"})

    def supersede(self, user: CurrentUser, interview_id: str) -> tuple[InterviewDetail, ChangeSet]:
        """Correct the latest signed interview: a new draft, pre-filled from it, that will supersede it."""
        with self._ctx.write(user, Permission.INTERVIEW) as uow:
            s = uow.session
            old = self._row(s, interview_id)
            if old.status != "SIGNED":
                raise ValidationError("Only a signed interview can be corrected.")
            prisoner = self._editable(s, old.prisoner_id)
            self._refuse_if_cannot_start(user, prisoner, self._open_draft(s, old.prisoner_id))
            signed = self._signed(s, old.prisoner_id)
            if signed[0].id != old.id:
                raise ValidationError("Only the latest signed interview can be corrected.")
            live = {r.id: r for r in self._referral_rows(s, old.prisoner_id)}
            row = InterviewDraft(
                prisoner_id=old.prisoner_id,
                author_id=user.user_id,
                author_name=user.display_name,
                supersedes_id=old.id,
                current_step=InterviewStep.ARRIVAL.value,
                answers=old.answers,
                draft_referrals=referrals_to_json(self._referrals_of(old, live)),
                first_contact_id=old.first_contact_id,
            )
            uow.add(row, "initial_interview.correction_started")
            detail = self._detail(s, user, row, signed, live)
        return detail, ChangeSet(frozenset({old.prisoner_id}), DRAFT_ENTITIES)

    def update_referral(
        self,
        user: CurrentUser,
        referral_id: str,
        status: ReferralStatus,
        *,
        on: date | None = None,
        note: str = "",
        owner_role: ReferralOwnerRole | None = None,
        owner_name: str | None = None,
    ) -> tuple[ReferralDetail, ChangeSet]:
        """Change a referral's status (and optionally its owner) after signing: a class B field change
        that merges with changes made on other terminals. ``on`` (default today) is the date of the new
        status; it and the name of who changed it are recorded only when the status changes."""
        with self._ctx.write(user, Permission.UPDATE_REFERRALS) as uow:
            row = uow.session.get(InterviewReferral, referral_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That referral is no longer on this terminal's record.")
            self._editable(uow.session, row.prisoner_id)
            today = self._ctx.today()
            when = on or today
            errors = [
                e
                for e in (
                    check_not_future(when, today, "status_changed_on", "status date"),
                    check_text(note, "status_note", "note", required=False, limit=MAX_TEXT_LENGTH),
                    check_text(
                        owner_name or "",
                        "owner_name",
                        "owner's name",
                        required=False,
                        limit=120,
                        multiline=False,
                    ),
                )
                if e
            ]
            if when < row.raised_on:
                errors.append(
                    ValidationError(
                        f"The status date cannot be before the referral was raised ({_fmt(row.raised_on)}).",
                        field="status_changed_on",
                    )
                )
            if owner_name is not None and not owner_name.strip():
                errors.append(ValidationError("Enter the owner's name.", field="owner_name"))
            if errors:
                raise_all(errors)
            # The date and who changed it move only with the status itself, so an owner named on one
            # terminal and progress recorded on another merge without a conflict (class B, per field).
            values: dict[str, object] = {"status_note": clean_paragraphs(note)}
            if status.value != row.status:
                values.update(status=status.value, status_changed_on=when, updated_by_name=user.display_name)
            if owner_role is not None:
                values["owner_role"] = owner_role.value
            if owner_name is not None:
                values["owner_name"] = owner_name.strip()
            uow.update(row, "interview_referral.status_updated", **values)
            detail = _referral_detail(row)
        return detail, ChangeSet(frozenset({row.prisoner_id}), REFERRAL_ENTITIES)

    # -- helpers ------------------------------------------------------------------------------------

    def _record_first_contact_if_due(
        self, uow: UnitOfWork, user: CurrentUser, row: Interview, prisoner: Prisoner
    ) -> bool:
        """Write the FIRST_CONTACT entry once the arrival step is complete (True when one was written)."""
        if row.first_contact_id is not None:
            return False
        answers = answers_from_json(row.answers)
        if not step_complete(InterviewStep.ARRIVAL, answers):
            return False
        s = uow.session
        already = s.scalars(
            select(ContactEntry).where(
                ContactEntry.prisoner_id == prisoner.id,
                ContactEntry.kind == FIRST_CONTACT,
                ContactEntry.contact_date >= prisoner.arrived_on,
                ContactEntry.deleted_at.is_(None),
            )
        ).first()
        if already is not None:
            uow.update(row, "initial_interview.first_contact_linked", first_contact_id=already.id)
            return False
        contact_date = answers["first_contact_date"]
        assert isinstance(contact_date, date)  # step_complete checked it
        entry = ContactEntry(
            prisoner_id=prisoner.id,
            contact_date=contact_date,
            kind=FIRST_CONTACT,
            summary="Initial interview: " + str(answers.get("first_contact_summary") or ""),
            author_id=user.user_id,
            author_name=user.display_name,
        )
        uow.add(entry, "contact.first_contact")
        uow.update(row, "initial_interview.first_contact_recorded", first_contact_id=entry.id)
        return True

    def _store_referrals(
        self, uow: UnitOfWork, user: CurrentUser, record: Interview, referrals: Sequence[Referral]
    ) -> list[Referral]:
        s = uow.session
        today = self._ctx.today()
        stored: list[Referral] = []
        for r in referrals:
            assert r.owner_role is not None and r.raised_on is not None  # missing_for_signing checked
            existing = s.get(InterviewReferral, r.referral_id) if r.referral_id else None
            values = {
                "area": r.area.value,
                "need": r.need,
                "owner_role": r.owner_role.value,
                "owner_name": r.owner_name,
                "status": r.status.value,
                "raised_on": r.raised_on,
            }
            if existing is not None and existing.deleted_at is None:
                if existing.status != r.status.value:
                    values["status_changed_on"] = today
                    values["updated_by_name"] = user.display_name
                uow.update(existing, "interview_referral.corrected", **values)
                stored.append(_referral_value(existing))
                continue
            row = InterviewReferral(
                prisoner_id=record.prisoner_id,
                interview_id=record.id,
                status_changed_on=r.status_changed_on or r.raised_on,
                status_note="",
                updated_by_name=user.display_name,
                **values,
            )
            uow.add(row, "interview_referral.raised")
            # -- sentence plan (issue 9): a referral raised is a new need for the plan's review --
            raise_new_need_for_referral(
                uow,
                prisoner_id=record.prisoner_id,
                interview_id=record.id,
                referral_id=row.id,
                area=row.area,
                occurred_at=utcnow(),
            )
            stored.append(_referral_value(row))
        return stored

    @staticmethod
    def _prisoner(s: Session, prisoner_id: str) -> Prisoner:
        return live_prisoner(s, prisoner_id)

    @staticmethod
    def _editable(s: Session, prisoner_id: str) -> Prisoner:
        """The prisoner, if their case may be changed here (issue 11 point 5: not after leaving scope)."""
        return editable_prisoner(s, prisoner_id)

    @staticmethod
    def _row(s: Session, interview_id: str) -> Interview:
        row = s.get(Interview, interview_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That interview is no longer open; it was signed or discarded.")
        return row

    @staticmethod
    def _signed(s: Session, prisoner_id: str) -> list[Interview]:
        """Signed interviews of the prisoner, newest first (UUIDv7 ids break ties in time order)."""
        return list(
            s.scalars(
                select(SignedInterview)
                .where(SignedInterview.prisoner_id == prisoner_id, SignedInterview.deleted_at.is_(None))
                .order_by(SignedInterview.signed_at.desc(), SignedInterview.id.desc())
            )
        )

    @staticmethod
    def _open_draft(s: Session, prisoner_id: str) -> InterviewDraft | None:
        return s.scalars(
            select(InterviewDraft).where(
                InterviewDraft.prisoner_id == prisoner_id, InterviewDraft.deleted_at.is_(None)
            )
        ).first()

    @staticmethod
    def _referral_rows(s: Session, prisoner_id: str) -> list[InterviewReferral]:
        return list(
            s.scalars(
                select(InterviewReferral)
                .where(InterviewReferral.prisoner_id == prisoner_id, InterviewReferral.deleted_at.is_(None))
                .order_by(InterviewReferral.raised_on.desc(), InterviewReferral.id)
            )
        )

    def _draft(self, s: Session, user: CurrentUser, interview_id: str) -> Interview:
        row = self._row(s, interview_id)
        self._editable(s, row.prisoner_id)
        if row.status != "DRAFT":
            raise ValidationError(
                "A signed interview cannot be changed. To correct it, choose Correct… to start a new "
                "draft that supersedes it."
            )
        if row.author_id != user.user_id:
            raise PermissionDenied(
                f"This draft belongs to {row.author_name}. You can read it, but only {row.author_name} can "
                "change, sign or discard it."
            )
        return row

    def _cannot_start_reason(
        self, user: CurrentUser, prisoner: Prisoner, draft: Interview | None
    ) -> str | None:
        if not allows(user.role, Permission.INTERVIEW):
            return f"Your role ({user.role.label}) cannot conduct initial interviews."
        if prisoner.left_scope_at is not None:
            return left_scope_message(prisoner)
        if draft is not None:
            since = _fmt(draft.created_at.date())
            # Resuming is the way on: a second draft would split the prisoner's answers.
            if draft.author_id == user.user_id:
                return f"You have an interview draft open for this prisoner (since {since}); resume it."
            return f"{draft.author_name} has an interview draft open for this prisoner (started {since})."
        return None

    def _refuse_if_cannot_start(self, user: CurrentUser, prisoner: Prisoner, draft: Interview | None) -> None:
        reason = self._cannot_start_reason(user, prisoner, draft)
        if reason is not None:
            raise ValidationError(reason)

    @staticmethod
    def _referrals_of(row: Interview, live: Mapping[str, InterviewReferral]) -> tuple[Referral, ...]:
        """A draft's referrals as saved; a signed interview's with each referral's current status."""
        out: list[Referral] = []
        for r in referrals_from_json(row.draft_referrals):
            current = live.get(r.referral_id) if r.referral_id and row.status == "SIGNED" else None
            out.append(_referral_value(current) if current is not None else r)
        return tuple(out)

    def _detail(
        self,
        s: Session,
        user: CurrentUser,
        row: Interview,
        signed: Sequence[Interview],
        live: Mapping[str, InterviewReferral],
    ) -> InterviewDetail:
        answers = answers_from_json(row.answers)
        referrals = self._referrals_of(row, live)
        progress = tuple(
            StepProgress(step, step_complete(step, answers, referrals), missing(step, answers, referrals))
            for step in InterviewStep
        )
        read_only: str | None = None
        if row.status == "SIGNED":
            when = _fmt((row.signed_at or row.created_at).date())
            read_only = f"Signed by {row.signed_by_name} on {when}."
        elif row.author_id != user.user_id:
            read_only = f"This draft belongs to {row.author_name}; you can read it but not change it."
        elif not allows(user.role, Permission.INTERVIEW):
            read_only = f"Your role ({user.role.label}) cannot conduct initial interviews."
        return InterviewDetail(
            interview_id=row.id,
            prisoner_id=row.prisoner_id,
            status=row.status,
            author_id=row.author_id,
            author_name=row.author_name,
            current_step=InterviewStep(row.current_step),
            answers=MappingProxyType(answers),
            referrals=referrals,
            progress=progress,
            created_at=row.created_at,
            updated_at=row.updated_at,
            first_contact_recorded=row.first_contact_id is not None,
            signed_at=row.signed_at,
            signed_by_name=row.signed_by_name,
            supersedes_id=row.supersedes_id,
            superseded_by_id=next((x.id for x in signed if x.supersedes_id == row.id), None),
            read_only_reason=read_only,
        )


def _referral_value(row: InterviewReferral) -> Referral:
    return Referral(
        area=NeedArea(row.area),
        need=row.need,
        owner_role=ReferralOwnerRole(row.owner_role),
        owner_name=row.owner_name,
        status=ReferralStatus(row.status),
        raised_on=row.raised_on,
        status_changed_on=row.status_changed_on,
        referral_id=row.id,
    )


def _referral_detail(row: InterviewReferral) -> ReferralDetail:
    return ReferralDetail(
        referral_id=row.id,
        interview_id=row.interview_id,
        area=NeedArea(row.area),
        need=row.need,
        owner_role=ReferralOwnerRole(row.owner_role),
        owner_name=row.owner_name,
        status=ReferralStatus(row.status),
        raised_on=row.raised_on,
        status_changed_on=row.status_changed_on,
        status_note=row.status_note,
        updated_by_name=row.updated_by_name,
    )
