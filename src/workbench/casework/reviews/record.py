"""Recording a review of the plan: draft → sign (password asked again by the screen) → immutable.

Issue 10 point 4; seed 4.21 (plans reviewed annually or when required in only 37% of cases) and 4.4
(risk of harm reviewed after a change in 42%). A review follows the pattern of the likelihood assessment
and the risk management plan: a draft (class C, ``ReviewDraft``) owned by its author, then signed into
an immutable record (class A, ``SignedReview``); a correction is a new draft that supersedes the signed
review when it is signed. Signing closes the review tasks it answers (status DONE, ``closed_by_review_id``)
and records the triggers it arms as ``ReviewTask`` rows with trigger ARMED, whose id is deterministic
(``review_task_id``), so signing the same review date twice never raises two tasks.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.dto.review_record import (
    NEED,
    OBJECTIVE,
    ArmedTrigger,
    OpenTask,
    Participant,
    ProgressEntry,
    ReviewDetail,
    ReviewForm,
    ReviewsOverview,
)
from workbench.casework.guards import editable_prisoner, left_scope_message, live_prisoner
from workbench.casework.plan_quality import offending_needs
from workbench.casework.validation import check_not_too_early, check_text, clean_line, clean_paragraphs
from workbench.domain.dates import format_date
from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.domain.reviews import (
    AttendanceMode,
    ParticipantRole,
    ProgressRating,
    ReviewTaskStatus,
    TriggerKind,
    review_task_id,
)
from workbench.domain.timescales import add_months
from workbench.security.permissions import Permission, allows, require
from workbench.security.principal import CurrentUser
from workbench.store.models import Prisoner
from workbench.store.plan_models import PlanObjective
from workbench.store.review_models import Review, ReviewDraft, ReviewTask, SignedReview
from workbench.store.unit_of_work import utcnow

__all__ = ["NEXT_REVIEW_NOTE", "ReviewRecordService"]

_DRAFT = frozenset({"review_draft"})
_SIGNED = frozenset({"review_draft", "review", "review_task"})
_OPEN_STATUSES = (ReviewTaskStatus.OPEN.value, ReviewTaskStatus.SNOOZED.value)
MAX_NAME = 120
MAX_NOTE = 200
MAX_EVIDENCE = 4_000
NEXT_REVIEW_NOTE = "Next review"
"""What the ARMED task of a review's next review date says it is for."""


# -- the form as stored (JSON columns of the review row) ---------------------------------------------


def _participants_json(items: Sequence[Participant]) -> str:
    return json.dumps([{"role": p.role.value, "name": p.name, "mode": p.mode.value} for p in items])


def _participants(text: str) -> tuple[Participant, ...]:
    out = []
    for item in _json_list(text):
        try:
            role, mode = ParticipantRole(str(item.get("role"))), AttendanceMode(str(item.get("mode")))
        except ValueError:
            continue
        out.append(Participant(role, str(item.get("name", "")), mode))
    return tuple(out)


def _progress_json(items: Sequence[ProgressEntry]) -> str:
    return json.dumps(
        [
            {"kind": e.kind, "ref": e.ref, "label": e.label, "rating": e.rating.value, "evidence": e.evidence}
            for e in items
        ]
    )


def _progress(text: str) -> tuple[ProgressEntry, ...]:
    out = []
    for item in _json_list(text):
        try:
            rating = ProgressRating(str(item.get("rating")))
        except ValueError:
            continue
        out.append(
            ProgressEntry(
                str(item.get("kind", "")),
                str(item.get("ref", "")),
                str(item.get("label", "")),
                rating,
                str(item.get("evidence", "")),
            )
        )
    return tuple(out)


def _armed_json(items: Sequence[ArmedTrigger]) -> str:
    return json.dumps(
        [{"trigger": TriggerKind.ARMED.value, "on": a.on.isoformat(), "note": a.note} for a in items]
    )


def _armed(text: str) -> tuple[ArmedTrigger, ...]:
    out = []
    for item in _json_list(text):
        try:
            out.append(ArmedTrigger(date.fromisoformat(str(item.get("on"))), str(item.get("note", ""))))
        except ValueError:
            continue
    return tuple(out)


def _json_list(text: str | None) -> list[dict[str, Any]]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _form(row: Review) -> ReviewForm:
    ids = json.loads(row.answers_task_ids or "[]")
    return ReviewForm(
        review_date=row.review_date,
        participants=_participants(row.participants),
        progress=_progress(row.progress),
        plan_changes=row.plan_changes,
        rmp_changes=row.rmp_changes,
        no_change_reason=row.no_change_reason,
        next_review_on=row.next_review_on,
        armed=_armed(row.armed),
        answers_task_ids=tuple(str(i) for i in ids) if isinstance(ids, list) else (),
    )


def armed_task_id(prisoner_id: str, trigger: ArmedTrigger) -> str:
    """The id of the task a signed review arms: the same for the same date and words on any terminal."""
    return review_task_id(prisoner_id, TriggerKind.ARMED.value, _armed_key(trigger))


def _armed_key(trigger: ArmedTrigger) -> str:
    return f"{trigger.on.isoformat()}|{trigger.note}"


class ReviewRecordService:
    """Reviews of a prisoner's plan: the overview, drafts, signing and corrections."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ------------------------------------------------------------------------------------

    def overview(self, user: CurrentUser, prisoner_id: str) -> ReviewsOverview:
        """What the Reviews tab shows: signed reviews, the open review's reasons, any draft."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            prisoner = live_prisoner(s, prisoner_id)
            signed_rows = self._signed_rows(s, prisoner_id)
            superseded = {r.supersedes_id: r.id for r in signed_rows if r.supersedes_id}
            signed = tuple(self._detail(user, r, superseded.get(r.id)) for r in signed_rows)
            draft_row = self._open_draft(s, prisoner_id)
            draft = self._detail(user, draft_row) if draft_row else None
            tasks = self._open_tasks(s, prisoner_id)
            to_rate = self._to_rate(s, prisoner_id)
            reason = self._cannot_start_reason(user, prisoner, draft_row)
        return ReviewsOverview(
            prisoner_id=prisoner_id,
            signed=signed,
            open_tasks=tasks,
            draft=draft,
            can_start=reason is None,
            cannot_start_reason=reason,
            can_write=allows(user.role, Permission.REVIEW),
            to_rate=to_rate,
        )

    def check(self, user: CurrentUser, review_id: str) -> list[tuple[str, str]]:
        """What would stop this draft being signed, as ``(field, message)`` pairs (empty: it can be)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as s:
            draft = self._draft(s, user, review_id)
            return self._problems(s, draft)

    # -- writing ------------------------------------------------------------------------------------

    def start_draft(
        self, user: CurrentUser, prisoner_id: str, *, correcting: str | None = None
    ) -> tuple[ReviewDetail, ChangeSet]:
        """Open a draft owned by ``user``: today's date, the prisoner and the author taking part in
        person, every objective and significant need to rate, the next review the policy's interval
        ahead, and every open reason preselected. ``correcting``: a signed review this draft will
        supersede (it starts as that review was signed)."""
        with self._ctx.write(user, Permission.REVIEW) as uow:
            s = uow.session
            prisoner = editable_prisoner(s, prisoner_id)
            reason = self._cannot_start_reason(user, prisoner, self._open_draft(s, prisoner_id))
            if reason is not None:
                raise ValidationError(reason)
            if correcting is not None:
                original = s.get(SignedReview, correcting)
                if original is None or original.deleted_at is not None or original.prisoner_id != prisoner_id:
                    raise ValidationError("That signed review is no longer on this terminal's record.")
                if self._superseded_by(s, correcting) is not None:
                    raise ValidationError("That review has already been corrected: correct the newer one.")
                form = _form(original)
            else:
                today = self._ctx.today()
                tasks = self._open_tasks(s, prisoner_id)
                form = ReviewForm(
                    review_date=today,
                    participants=(
                        Participant(ParticipantRole.PRISONER, prisoner_name(prisoner)),
                        Participant(ParticipantRole.SUPERVISOR, user.display_name),
                    ),
                    progress=self._to_rate(s, prisoner_id),
                    next_review_on=add_months(today, self._ctx.policy.review_interval_months),
                    answers_task_ids=tuple(t.task_id for t in tasks),
                )
            row = ReviewDraft(
                prisoner_id=prisoner_id,
                author_id=user.user_id,
                author_name=user.display_name,
                supersedes_id=correcting,
                **self._columns(form),
            )
            uow.add(row, "review.draft_started")
            detail = self._detail(user, row)
        return detail, ChangeSet(frozenset({prisoner_id}), _DRAFT)

    def save_draft(
        self, user: CurrentUser, review_id: str, form: ReviewForm
    ) -> tuple[ReviewDetail, ChangeSet]:
        """Save the author's draft. Incomplete is fine; text too long, text that cannot be stored and
        dates that cannot be right are refused, every problem at once."""
        cleaned = self._cleaned(form)
        with self._ctx.write(user, Permission.REVIEW) as uow:
            row = self._draft(uow.session, user, review_id)
            uow.update(row, "review.draft_saved", **self._columns(cleaned))
            detail = self._detail(user, row)
        return detail, ChangeSet(frozenset({row.prisoner_id}), _DRAFT)

    def discard_draft(self, user: CurrentUser, review_id: str) -> ChangeSet:
        """Throw away the author's draft (kept as a tombstone)."""
        with self._ctx.write(user, Permission.REVIEW) as uow:
            row = self._draft(uow.session, user, review_id)
            uow.tombstone(row, "review.draft_discarded", "Draft discarded by its author.")
        return ChangeSet(frozenset({row.prisoner_id}), _DRAFT)

    def sign(self, user: CurrentUser, review_id: str) -> tuple[ReviewDetail, ChangeSet]:
        """Sign the author's draft into an immutable review (class A); the draft is tombstoned.

        Refused, every problem at once, unless the form is complete (see ``check``). Signing closes
        the review tasks it answers, and records the next review date and each armed trigger as an
        ARMED review task due on its date. A correction cancels the open tasks its superseded review
        armed that it no longer arms.
        """
        with self._ctx.write(user, Permission.REVIEW) as uow:
            s = uow.session
            draft = self._draft(s, user, review_id)
            problems = self._problems(s, draft)
            if problems:
                raise ValidationErrors([ValidationError(m, field=f) for f, m in problems])
            form = _form(draft)
            record = SignedReview(
                prisoner_id=draft.prisoner_id,
                author_id=draft.author_id,
                author_name=draft.author_name,
                supersedes_id=draft.supersedes_id,
                board_id=draft.board_id,
                signed_at=utcnow(),
                **self._columns(form),
            )
            uow.add(record, "review.signed")
            self._close_tasks(uow, s, record, form)
            self._arm(uow, s, record, form)
            uow.tombstone(draft, "review.draft_signed", f"Signed as {record.id}.")
            detail = self._detail(user, record)
        return detail, ChangeSet(frozenset({draft.prisoner_id}), _SIGNED)

    # -- signing ------------------------------------------------------------------------------------

    def _close_tasks(self, uow: Any, s: Session, record: SignedReview, form: ReviewForm) -> None:
        today = self._ctx.today()
        for task_id in form.answers_task_ids:
            task = s.get(ReviewTask, task_id)
            # A reason another review closed meanwhile (or another terminal cancelled) stays as it is.
            if task is None or task.deleted_at is not None or task.status not in _OPEN_STATUSES:
                continue
            uow.update(
                task,
                "review_task.closed_by_review",
                status=ReviewTaskStatus.DONE.value,
                closed_by_review_id=record.id,
                closed_on=today,
            )

    def _arm(self, uow: Any, s: Session, record: SignedReview, form: ReviewForm) -> None:
        assert form.next_review_on is not None and form.review_date is not None  # checked before signing
        wanted = [ArmedTrigger(form.next_review_on, NEXT_REVIEW_NOTE), *form.armed]
        armed_ids: set[str] = set()
        for trigger in wanted:
            task_id = armed_task_id(record.prisoner_id, trigger)
            if task_id in armed_ids:
                continue
            armed_ids.add(task_id)
            existing = s.get(ReviewTask, task_id)
            explanation = (
                f"{trigger.note}: set at the review of {format_date(form.review_date)}, "
                f"due {format_date(trigger.on)}."
            )
            if existing is not None:
                # The same date and words armed again (a correction): the task now belongs to this review.
                uow.update(existing, "review_task.armed_again", source_event_id=record.id)
                continue
            uow.add(
                ReviewTask(
                    id=task_id,
                    prisoner_id=record.prisoner_id,
                    trigger=TriggerKind.ARMED.value,
                    source_event_id=record.id,
                    source_key=_armed_key(trigger)[:64],
                    explanation=explanation,
                    raised_on=form.review_date,
                    due_on=trigger.on,
                    status=ReviewTaskStatus.OPEN.value,
                ),
                "review_task.armed",
            )
        if record.supersedes_id:
            stale = s.scalars(
                select(ReviewTask).where(
                    ReviewTask.prisoner_id == record.prisoner_id,
                    ReviewTask.trigger == TriggerKind.ARMED.value,
                    ReviewTask.source_event_id == record.supersedes_id,
                    ReviewTask.status.in_(_OPEN_STATUSES),
                    ReviewTask.deleted_at.is_(None),
                )
            ).all()
            for task in stale:
                if task.id not in armed_ids:
                    uow.update(
                        task, "review_task.cancelled_by_correction", status=ReviewTaskStatus.CANCELLED.value
                    )

    def _problems(self, s: Session, draft: Review) -> list[tuple[str, str]]:
        """Every gap that stops signing, in the order of the form."""
        form = _form(draft)
        today = self._ctx.today()
        problems: list[tuple[str, str]] = []
        if form.review_date is None:
            problems.append(("review_date", "Enter the date of the review."))
        elif form.review_date > today:
            problems.append(
                ("review_date", f"The review date ({format_date(form.review_date)}) is in the future.")
            )
        if not form.participants:
            problems.append(("participants", "Add who took part in the review."))
        for n, p in enumerate(form.participants, start=1):
            if p.role in (ParticipantRole.OTHER, ParticipantRole.DEPARTMENT) and not p.name.strip():
                problems.append(("participants", f"Participant {n} ({p.role.label}): enter their name."))
            if p.mode is AttendanceMode.UNKNOWN:
                problems.append(
                    ("participants", f"Participant {n} ({p.role.label}): say how they took part.")
                )
        rated = {(e.kind, e.ref) for e in form.progress}
        for item in self._to_rate(s, draft.prisoner_id):
            if (item.kind, item.ref) not in rated:
                problems.append(("progress", f"Rate progress on “{item.label}” (or mark it not assessed)."))
        for e in form.progress:
            if e.rating is not ProgressRating.NOT_ASSESSED and not e.evidence.strip():
                problems.append(
                    ("progress", f"Give the evidence for “{e.label}” ({e.rating.label.lower()}).")
                )
        if not (form.plan_changes.strip() or form.rmp_changes.strip() or form.no_change_reason.strip()):
            problems.append(
                (
                    "changes",
                    "Record the changes to the sentence plan or the risk management plan, "
                    "or why neither needs to change.",
                )
            )
        if form.next_review_on is None:
            problems.append(("next_review_on", "Enter the date of the next review."))
        elif form.review_date is not None and form.next_review_on <= form.review_date:
            problems.append(
                (
                    "next_review_on",
                    f"The next review ({format_date(form.next_review_on)}) must be after this review "
                    f"({format_date(form.review_date)}).",
                )
            )
        for n, a in enumerate(form.armed, start=1):
            if not a.note.strip():
                problems.append(("armed", f"Review {n} arranged for later: say what it is for."))
            if form.review_date is not None and a.on <= form.review_date:
                problems.append(
                    (
                        "armed",
                        f"Review {n} arranged for later ({format_date(a.on)}) must be after this review.",
                    )
                )
        return problems

    # -- helpers ------------------------------------------------------------------------------------

    @staticmethod
    def _cleaned(form: ReviewForm) -> ReviewForm:
        errors: list[ValidationError] = []

        def text(value: str, field: str, label: str, limit: int, multiline: bool = True) -> str:
            error = check_text(value, field, label, required=False, limit=limit, multiline=multiline)
            if error:
                errors.append(error)
            return clean_paragraphs(value) if multiline else clean_line(value)

        participants = tuple(
            Participant(
                p.role, text(p.name, "participants", f"name of participant {n}", MAX_NAME, False), p.mode
            )
            for n, p in enumerate(form.participants, start=1)
        )
        progress = tuple(
            ProgressEntry(
                e.kind,
                e.ref,
                e.label,
                e.rating,
                text(e.evidence, "progress", f"evidence for “{e.label}”", MAX_EVIDENCE),
            )
            for e in form.progress
            if e.kind in (OBJECTIVE, NEED)
        )
        armed = []
        for n, a in enumerate(form.armed, start=1):
            early = check_not_too_early(a.on, "armed", f"date of review {n} arranged for later")
            if early:
                errors.append(early)
            armed.append(
                ArmedTrigger(
                    a.on, text(a.note, "armed", f"note of review {n} arranged for later", MAX_NOTE, False)
                )
            )
        for value, field, label in (
            (form.review_date, "review_date", "review date"),
            (form.next_review_on, "next_review_on", "next review date"),
        ):
            early = check_not_too_early(value, field, label)
            if early:
                errors.append(early)
        cleaned = ReviewForm(
            review_date=form.review_date,
            participants=participants,
            progress=progress,
            plan_changes=text(form.plan_changes, "plan_changes", "changes to the sentence plan", 20_000),
            rmp_changes=text(form.rmp_changes, "rmp_changes", "changes to the risk management plan", 20_000),
            no_change_reason=text(
                form.no_change_reason, "no_change_reason", "reason nothing changes", 20_000
            ),
            next_review_on=form.next_review_on,
            armed=tuple(armed),
            answers_task_ids=tuple(dict.fromkeys(form.answers_task_ids)),
        )
        if errors:
            raise ValidationErrors(errors)
        return cleaned

    @staticmethod
    def _columns(form: ReviewForm) -> dict[str, Any]:
        return {
            "review_date": form.review_date,
            "participants": _participants_json(form.participants),
            "progress": _progress_json(form.progress),
            "plan_changes": form.plan_changes,
            "rmp_changes": form.rmp_changes,
            "no_change_reason": form.no_change_reason,
            "next_review_on": form.next_review_on,
            "armed": _armed_json(form.armed),
            "answers_task_ids": json.dumps(list(form.answers_task_ids)),
        }

    @staticmethod
    def _to_rate(s: Session, prisoner_id: str) -> tuple[ProgressEntry, ...]:
        """The plan's live objectives in sequence, then the latest assessment's significant needs."""
        objectives = s.scalars(
            select(PlanObjective)
            .where(PlanObjective.prisoner_id == prisoner_id, PlanObjective.deleted_at.is_(None))
            .order_by(PlanObjective.position, PlanObjective.created_at)
        ).all()
        items = [ProgressEntry(OBJECTIVE, o.id, o.outcome) for o in objectives]
        items += [ProgressEntry(NEED, n.value, n.label) for n in offending_needs(s, prisoner_id)]
        return tuple(items)

    @staticmethod
    def _open_tasks(s: Session, prisoner_id: str) -> tuple[OpenTask, ...]:
        rows = s.scalars(
            select(ReviewTask)
            .where(
                ReviewTask.prisoner_id == prisoner_id,
                ReviewTask.status.in_(_OPEN_STATUSES),
                ReviewTask.deleted_at.is_(None),
            )
            .order_by(ReviewTask.due_on, ReviewTask.id)
        ).all()
        out = []
        for r in rows:
            try:
                trigger = TriggerKind(r.trigger)
            except ValueError:  # a trigger from a newer version: still a reason, shown as armed
                trigger = TriggerKind.ARMED
            due = (
                r.snoozed_until
                if r.status == ReviewTaskStatus.SNOOZED.value and r.snoozed_until
                else r.due_on
            )
            out.append(OpenTask(r.id, trigger, r.explanation, due))
        return tuple(sorted(out, key=lambda t: (t.due_on, t.task_id)))

    @staticmethod
    def _open_draft(s: Session, prisoner_id: str) -> ReviewDraft | None:
        return s.scalars(
            select(ReviewDraft).where(
                ReviewDraft.prisoner_id == prisoner_id, ReviewDraft.deleted_at.is_(None)
            )
        ).first()

    @staticmethod
    def _signed_rows(s: Session, prisoner_id: str) -> list[SignedReview]:
        return list(
            s.scalars(
                select(SignedReview)
                .where(SignedReview.prisoner_id == prisoner_id, SignedReview.deleted_at.is_(None))
                .order_by(SignedReview.review_date.desc(), SignedReview.signed_at.desc())
            )
        )

    @staticmethod
    def _superseded_by(s: Session, review_id: str) -> str | None:
        return s.scalars(
            select(SignedReview.id).where(
                SignedReview.supersedes_id == review_id, SignedReview.deleted_at.is_(None)
            )
        ).first()

    @staticmethod
    def _draft(s: Session, user: CurrentUser, review_id: str) -> Review:
        row = s.get(Review, review_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That review is no longer on this terminal's record.")
        editable_prisoner(s, row.prisoner_id)  # issue 11 point 5: not after the prisoner left
        if row.status != "DRAFT":
            raise ValidationError("A signed review cannot be changed: correct it instead.")
        if row.author_id != user.user_id:
            raise ValidationError(
                f"This draft belongs to {row.author_name}; only they can change or sign it."
            )
        return row

    @staticmethod
    def _cannot_start_reason(user: CurrentUser, prisoner: Prisoner, draft: Review | None) -> str | None:
        if not allows(user.role, Permission.REVIEW):
            return f"Your role ({user.role.label}) cannot record reviews."
        if prisoner.left_scope_at is not None:
            return left_scope_message(prisoner)
        if draft is not None:
            since = format_date(draft.created_at.date())
            if draft.author_id == user.user_id:
                return f"You already have a review draft open for this prisoner (started {since})."
            return (
                f"{draft.author_name} has a review draft open for this prisoner (started {since}); "
                "only one at a time."
            )
        return None

    @staticmethod
    def _detail(user: CurrentUser, row: Review, superseded_by: str | None = None) -> ReviewDetail:
        read_only: str | None = None
        if row.status != "DRAFT":
            when = format_date((row.signed_at or row.created_at).date())
            read_only = f"Signed by {row.author_name} on {when}; a signed review is changed by a correction."
        elif row.author_id != user.user_id:
            read_only = f"This draft belongs to {row.author_name}; you can read it but not change it."
        elif not allows(user.role, Permission.REVIEW):
            read_only = f"Your role ({user.role.label}) cannot record reviews."
        return ReviewDetail(
            review_id=row.id,
            prisoner_id=row.prisoner_id,
            status=row.status,
            author_id=row.author_id,
            author_name=row.author_name,
            form=_form(row),
            created_at=row.created_at,
            signed_at=row.signed_at,
            supersedes_id=row.supersedes_id,
            superseded_by_id=superseded_by,
            read_only_reason=read_only,
        )


def prisoner_name(prisoner: Prisoner) -> str:
    """ "Alex Testperson"."""
    return f"{prisoner.given_name} {prisoner.family_name.title()}"
