"""The board pack and the other printed documents (issue 10 point 6; DESIGN.md section 7).

``gather`` reads everything a sentence planning board needs into one frozen ``PackFacts`` (issue 8's
risk records, issue 9's plan, quality checks, contributions and interventions, and the reviews and
boards of issue 10, read from their models); ``document`` writes one of the four documents as a PDF:
the pack, the prisoner's one-page copy (never anything restricted), the wing briefing, or the blank
department contribution forms. Reading only: printing writes nothing but one audit line (who printed
which prisoner's pack, for the record of disclosure).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.casework.board_pack_layout import (
    blank_forms_document,
    pack_document,
    wing_briefing_document,
)
from workbench.casework.caseload import CaseloadService
from workbench.casework.context import ServiceContext
from workbench.casework.contributions import ContributionService
from workbench.casework.dto.board_pack import (
    BoardFacts,
    ContributionFacts,
    DocumentKind,
    InviteeFacts,
    LorFacts,
    PackFacts,
    QualityLine,
    ReviewFacts,
    RmpFacts,
    RoshChange,
    RoshFacts,
    SecurityEntry,
)
from workbench.casework.dto.caseload import CaseDetail
from workbench.casework.dto.contributions import ContributionsOverview
from workbench.casework.guards import live_prisoner
from workbench.casework.interventions import InterventionService
from workbench.casework.plan.copy import prisoner_copy_of
from workbench.casework.plan.service import PlanService
from workbench.casework.plan_quality import PlanQualityService
from workbench.domain.contacts import Restriction
from workbench.domain.enums import AllocationRole, RoshLevel
from workbench.domain.errors import ValidationError
from workbench.domain.needs import NeedSection
from workbench.domain.ogrs3 import band_label
from workbench.domain.plan import Department, Rag
from workbench.domain.reviews import AttendanceMode, BoardKind, BoardStatus, ParticipantRole, ProgressRating
from workbench.reports.common import render_document
from workbench.reports.prisoner_plan import PrisonerPlanCopy, render_prisoner_plan_pages
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.models import CompletedLorAssessment, ContactEntry, LorNeed, Prisoner
from workbench.store.review_models import Board, BoardInvitee, BoardRecord, SignedReview
from workbench.store.rosh_models import CompletedRiskManagementPlan, CompletedRoshAnalysis

__all__ = ["BoardPackService", "PrintedDocument"]

_RAG_WORDS = {Rag.GREEN: "Green — met", Rag.AMBER: "Amber — partly met or due soon", Rag.RED: "Red — not met"}
_GROUPS = (
    ("Children", "children"),
    ("Public", "public"),
    ("Known adult", "known_adult"),
    ("Staff", "staff"),
    ("Prisoners", "prisoners"),
)
_SUMMARY = (
    ("Who is at risk", "who_is_at_risk"),
    ("Nature of the risk", "nature_of_risk"),
    ("When the risk is greatest", "when_risk_greatest"),
    ("What increases the risk", "increases_risk"),
    ("What decreases the risk", "decreases_risk"),
    ("Protective factors", "protective_factors"),
)


class PrintedDocument:
    """A rendered document: the PDF, its page count and the default file name."""

    __slots__ = ("file_name", "pages", "pdf")

    def __init__(self, pdf: bytes, pages: int, file_name: str) -> None:
        self.pdf = pdf
        self.pages = pages
        self.file_name = file_name


def _level(value: str | None) -> str:
    return RoshLevel(value).label if value else "Not assessed"


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return value.replace("_", " ").capitalize()


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _json(text: str | None) -> Any:
    try:
        return json.loads(text or "[]")
    except ValueError:
        return []


def _iso_day(text: str) -> str:
    """A stored ISO date as the pack prints dates (dd/mm/yyyy); other text as it is."""
    try:
        return f"{date.fromisoformat(text):%d/%m/%Y}"
    except ValueError:
        return text


def _fmt(d: date | None) -> str:
    return f"{d:%d/%m/%Y}" if d else "not set"


class BoardPackService:
    """Gather a prisoner's pack and write it (reports/) as a PDF."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def find_prisoner(self, user: CurrentUser, noms_number: str) -> str:
        """The id of the live prisoner with that NOMS number; a ``ValidationError`` naming it if none."""
        require(user.role, Permission.PRINT_BOARD_PACKS)
        wanted = noms_number.strip().upper()
        with self._ctx.store.read() as s:
            found = s.scalars(
                select(Prisoner.id).where(Prisoner.noms_number == wanted, Prisoner.deleted_at.is_(None))
            ).first()
        if found is None:
            raise ValidationError(f"No prisoner with NOMS number {wanted} is on this terminal's record.")
        return found

    def gather(self, user: CurrentUser, prisoner_id: str, printed_by: str = "") -> PackFacts:
        """Everything the pack shows for ``prisoner_id``, as at today."""
        require(user.role, Permission.PRINT_BOARD_PACKS)
        today = self._ctx.today()
        detail = CaseloadService(self._ctx).detail(user, prisoner_id)
        plan = PlanService(self._ctx).plan(user, prisoner_id)
        quality = tuple(
            QualityLine(c.title, _RAG_WORDS[c.rag], c.reason)
            for c in PlanQualityService(self._ctx).checks(user, prisoner_id)
        )
        overview = ContributionService(self._ctx).overview(user, prisoner_id)
        interventions = InterventionService(self._ctx).for_prisoner(user, prisoner_id)
        with self._ctx.store.read() as s:
            prisoner = live_prisoner(s, prisoner_id)
            board = _board(s, prisoner_id, today)
            records = s.scalars(
                select(BoardRecord)
                .where(BoardRecord.prisoner_id == prisoner_id, BoardRecord.deleted_at.is_(None))
                .order_by(BoardRecord.held_on)
            ).all()
            this_record = next((r for r in records if board and r.board_id == board.board_id), None)
            earlier = [r for r in records if r is not this_record and (board is None or r.held_on <= today)]
            last_board_on = earlier[-1].held_on if earlier else None
            invitees = _invitees(s, board.board_id, overview) if board else ()
            rosh, changes = _rosh(s, prisoner_id, last_board_on)
            facts = PackFacts(
                prisoner_id=prisoner_id,
                prisoner_name=f"{prisoner.given_name} {prisoner.family_name}",
                noms_number=prisoner.noms_number,
                location=prisoner.location,
                establishment=prisoner.establishment_code,
                as_at=today,
                printed_by=printed_by or user.display_name,
                board=board,
                invitees=invitees,
                last_board_on=last_board_on,
                key_dates=_key_dates(detail),
                quality=quality,
                rosh=rosh,
                rosh_changes=changes,
                rmp=_rmp(s, prisoner_id),
                lor=_lor(s, prisoner_id),
                plan=plan,
                reviews=_reviews(s, prisoner_id, last_board_on),
                contributions=_contributions(overview, invitees),
                interventions=interventions,
                security=_security(s, prisoner_id),
                prisoner_views=(this_record.prisoner_views if this_record else "") or plan.prisoner_comments,
                decisions=tuple(_decision_text(d) for d in _json(this_record.decisions))
                if this_record
                else (),
                next_review_on=(this_record.next_review_on if this_record else None) or plan.next_review_on,
                distribution=_distribution(detail, invitees),
            )
        return facts

    def document(
        self,
        user: CurrentUser,
        prisoner_id: str,
        kind: DocumentKind,
        progress: Callable[[int, int], object] | None = None,
    ) -> PrintedDocument:
        """Render one document for ``prisoner_id`` (off the GUI thread: it opens its own sessions)."""
        step = progress or (lambda _done, _total: None)
        step(0, 3)
        facts = self.gather(user, prisoner_id)
        step(1, 3)
        if kind is DocumentKind.PRISONER_COPY:
            pdf, pages = _one_page_copy(prisoner_copy_of(facts.plan, facts.as_at))
        else:
            builder = {
                DocumentKind.PACK: pack_document,
                DocumentKind.WING_BRIEFING: wing_briefing_document,
                DocumentKind.BLANK_FORMS: blank_forms_document,
            }[kind]
            rendered = render_document(builder(facts))
            pdf, pages = rendered.pdf, rendered.pages
        step(2, 3)
        with self._ctx.write(user, Permission.PRINT_BOARD_PACKS) as uow:
            uow.audit("board_pack.printed", "prisoner", prisoner_id, {"document": kind.value, "pages": pages})
        step(3, 3)
        return PrintedDocument(
            pdf, pages, f"{facts.noms_number} {kind.file_words} {facts.as_at:%d-%m-%Y}.pdf"
        )


def _one_page_copy(copy: PrisonerPlanCopy) -> tuple[bytes, int]:
    """The prisoner's copy trimmed to one page: fewer actions per objective, then fewer objectives."""
    rendered = render_prisoner_plan_pages(copy)
    trimmed = copy
    for max_actions in (3, 2, 1, 0):
        if rendered.pages <= 1:
            break
        trimmed = replace(
            trimmed, objectives=tuple(replace(o, actions=o.actions[:max_actions]) for o in copy.objectives)
        )
        rendered = render_prisoner_plan_pages(trimmed)
    while rendered.pages > 1 and trimmed.objectives:
        trimmed = replace(trimmed, objectives=trimmed.objectives[:-1], comments="")
        rendered = render_prisoner_plan_pages(trimmed)
    return rendered.pdf, rendered.pages


def _board(s: Session, prisoner_id: str, today: date) -> BoardFacts | None:
    """The next scheduled board, else the latest one held or scheduled."""
    boards = s.scalars(
        select(Board)
        .where(Board.prisoner_id == prisoner_id, Board.deleted_at.is_(None))
        .order_by(Board.scheduled_on)
    ).all()
    live = [b for b in boards if b.status != BoardStatus.CANCELLED.value]
    coming = [b for b in live if b.status == BoardStatus.SCHEDULED.value and b.scheduled_on >= today]
    chosen = coming[0] if coming else (live[-1] if live else None)
    if chosen is None:
        return None
    return BoardFacts(
        chosen.id,
        _label(BoardKind, chosen.kind),
        chosen.scheduled_on,
        chosen.scheduled_time,
        chosen.location,
        chosen.chair_name,
        _label(BoardStatus, chosen.status),
    )


def _invitees(s: Session, board_id: str, overview: ContributionsOverview) -> tuple[InviteeFacts, ...]:
    rows = s.scalars(
        select(BoardInvitee).where(BoardInvitee.board_id == board_id, BoardInvitee.deleted_at.is_(None))
    ).all()
    requests = {r.request_id: r for r in overview.requests}
    out = []
    for r in rows:
        request = requests.get(r.contribution_request_id or "")
        if request is None:
            asked = "Not requested"
        else:
            state = (
                "not received yet" if request.status_label == "Requested" else request.status_label.lower()
            )
            asked = f"Requested {request.requested_on:%d/%m/%Y}; {state}"
        out.append(
            InviteeFacts(
                who=_label(ParticipantRole, r.role),
                department=_label(Department, r.department) if r.department else "",
                name=r.name,
                contribution=asked,
                attending=_label(AttendanceMode, r.attendance),
            )
        )
    order = {d.label: n for n, d in enumerate(Department)}
    return tuple(sorted(out, key=lambda i: (i.department == "", order.get(i.department, 99), i.who)))


def _key_dates(detail: CaseDetail) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = [
        ("Date of birth", _fmt(detail.date_of_birth)),
        ("Location", detail.location or "not recorded"),
        ("Arrived", _fmt(detail.arrived_on)),
    ]
    sentence = detail.sentence
    if sentence is None:
        rows.append(("Sentence", "No sentence is recorded."))
    else:
        rows += [
            ("Sentence", f"{sentence.sentence_type.label}, {sentence.length_label}"),
            ("Sentenced", _fmt(sentence.sentence_date)),
        ]
        for label, value in (
            ("Tariff date", sentence.tariff_date),
            ("Parole eligibility (PED)", sentence.parole_eligibility_date),
            ("HDC eligibility", sentence.home_detention_curfew_eligibility_date),
            ("Conditional release (CRD)", sentence.conditional_release_date),
            ("Sentence expiry", sentence.sentence_expiry_date),
            ("Licence expiry", sentence.licence_expiry_date),
            # -- key dates (migration 0011): shown when recorded --
            ("Automatic release (ARD)", sentence.automatic_release_date),
            ("Target hearing (THD)", sentence.target_hearing_date),
            ("Categorisation review", sentence.categorisation_review_date),
            ("Open conditions / ROTL eligible", sentence.open_conditions_date),
            ("In open conditions since", sentence.open_conditions_since),
            ("Arrived at the open prison", sentence.open_prison_arrival_date),
        ):
            if value is not None:
                rows.append((label, _fmt(value)))
        if sentence.early_allocation is not None:
            rows.append(("Early allocation", "Yes" if sentence.early_allocation else "No"))
    for role in AllocationRole:
        current = detail.current_allocation(role)
        rows.append((role.label, current.staff_name if current else "Not allocated"))
    for item in detail.due_items:
        rows.append((f"Due: {item.label}", _fmt(item.due_date)))
    return tuple(rows)


def _rosh(
    s: Session, prisoner_id: str, since: date | None
) -> tuple[RoshFacts | None, tuple[RoshChange, ...]]:
    signed = s.scalars(
        select(CompletedRoshAnalysis)
        .where(CompletedRoshAnalysis.prisoner_id == prisoner_id, CompletedRoshAnalysis.deleted_at.is_(None))
        .order_by(CompletedRoshAnalysis.completed_at)
    ).all()
    if not signed:
        return None, ()
    current = signed[-1]
    changes = tuple(
        RoshChange(
            _day(a.completed_at) or date.min, a.signed_by_name or a.author_name, _level(a.overall_level)
        )
        for a in signed
        if since is None or (a.completed_at is not None and a.completed_at.date() > since)
    )
    facts = RoshFacts(
        signed_on=_day(current.completed_at),
        signed_by=current.signed_by_name or current.author_name,
        overall_level=_level(current.overall_level),
        summary=tuple((label, getattr(current, attr) or "Not recorded.") for label, attr in _SUMMARY),
        levels=tuple(
            (
                label,
                _level(getattr(current, f"custody_{key}")),
                _level(getattr(current, f"community_{key}")) if hasattr(current, f"community_{key}") else "—",
            )
            for label, key in _GROUPS
        ),
    )
    return facts, changes


def _rmp(s: Session, prisoner_id: str) -> RmpFacts | None:
    plan = s.scalars(
        select(CompletedRiskManagementPlan)
        .where(
            CompletedRiskManagementPlan.prisoner_id == prisoner_id,
            CompletedRiskManagementPlan.deleted_at.is_(None),
        )
        .order_by(CompletedRiskManagementPlan.completed_at.desc())
    ).first()
    if plan is None:
        return None
    measures = tuple(
        (
            str(m.get("category", "")).replace("_", " ").capitalize(),
            str(m.get("measure", "")),
            " ".join(p for p in (str(m.get("role", "")), str(m.get("named_person", ""))) if p),
            str(m.get("response", "")),
            _iso_day(str(m.get("by_when", ""))),
        )
        for m in _json(plan.measures)
        if isinstance(m, dict)
    )
    return RmpFacts(
        _day(plan.completed_at), plan.signed_by_name or plan.author_name, plan.review_date, measures
    )


def _lor(s: Session, prisoner_id: str) -> LorFacts | None:
    a = s.scalars(
        select(CompletedLorAssessment)
        .where(CompletedLorAssessment.prisoner_id == prisoner_id, CompletedLorAssessment.deleted_at.is_(None))
        .order_by(CompletedLorAssessment.completed_at.desc())
    ).first()
    if a is None:
        return None
    needs = s.scalars(select(LorNeed).where(LorNeed.assessment_id == a.id)).all()
    scores = (
        (
            "OGRS3",
            f"{band_label(a.ogrs3_band) or 'not scored'}"
            + (
                f" ({a.ogrs3_one_year_pct}% one year, {a.ogrs3_two_year_pct}% two years)"
                if a.ogrs3_two_year_pct is not None
                else ""
            ),
        ),
        ("RSR", f"{a.rsr_pct}%" if a.rsr_pct else "not scored"),
        ("Tier", a.tier or "not worked out"),
    )
    return LorFacts(
        completed_on=_day(a.completed_at),
        author=a.signed_by_name or a.author_name,
        scores=scores,
        needs=tuple(
            (
                _label(NeedSection, n.section),
                n.severity.replace("_", " ").capitalize(),
                ", ".join(
                    w
                    for w, on in (("reoffending", n.linked_to_reoffending), ("harm", n.linked_to_harm))
                    if on
                )
                or "—",
            )
            for n in sorted(needs, key=lambda n: n.section)
        ),
    )


def _reviews(s: Session, prisoner_id: str, since: date | None) -> tuple[ReviewFacts, ...]:
    rows = s.scalars(
        select(SignedReview)
        .where(SignedReview.prisoner_id == prisoner_id, SignedReview.deleted_at.is_(None))
        .order_by(SignedReview.review_date)
    ).all()
    out = []
    for r in rows:
        when = r.review_date or _day(r.signed_at)
        if since is not None and when is not None and when <= since:
            continue
        people = ", ".join(_participant(p) for p in _json(r.participants) if isinstance(p, dict))
        progress = tuple(
            (
                str(p.get("ref", "")),
                _label(ProgressRating, str(p.get("rating", "NOT_ASSESSED"))),
                str(p.get("evidence", "")),
            )
            for p in _json(r.progress)
            if isinstance(p, dict)
        )
        out.append(
            ReviewFacts(
                when,
                r.signed_by_name or r.author_name,
                people,
                progress,
                r.plan_changes or r.no_change_reason,
                r.next_review_on,
            )
        )
    return tuple(out)


def _contributions(
    overview: ContributionsOverview, invitees: tuple[InviteeFacts, ...]
) -> tuple[ContributionFacts, ...]:
    """One entry per department asked (by request or by invitation), in the departments' order."""
    by_dept: dict[Department, ContributionFacts] = {}
    for request in overview.requests:
        if request.status.value == "WITHDRAWN":
            continue
        by_dept[request.department] = ContributionFacts(
            request.department.label, request.requested_on, request.status_label, "", None, "", ()
        )
    for c in overview.contributions:
        proposals = tuple(p.outcome or p.what for p in c.proposals if (p.outcome or p.what))
        asked = by_dept.get(c.department)
        by_dept[c.department] = ContributionFacts(
            c.department.label,
            asked.requested_on if asked else None,
            "Received",
            c.author_name,
            c.written_at.date(),
            c.summary,
            proposals,
        )
    for invitee in invitees:
        dept = next((d for d in Department if d.label == invitee.department), None)
        if dept is not None and dept is not Department.OMU and dept not in by_dept:
            by_dept[dept] = ContributionFacts(dept.label, None, invitee.contribution, "", None, "", ())
    return tuple(by_dept[d] for d in Department if d in by_dept)


def _participant(p: dict[str, Any]) -> str:
    who = p.get("name") or _label(ParticipantRole, str(p.get("role", "")))
    return f"{who} ({_label(AttendanceMode, str(p.get('mode', 'UNKNOWN')))})"


def _security(s: Session, prisoner_id: str) -> tuple[SecurityEntry, ...]:
    rows = s.scalars(
        select(ContactEntry)
        .where(
            ContactEntry.prisoner_id == prisoner_id,
            ContactEntry.restricted == Restriction.SECURITY.value,
            ContactEntry.deleted_at.is_(None),
        )
        .order_by(ContactEntry.contact_date)
    ).all()
    superseded = {r.supersedes_id for r in rows if r.supersedes_id}
    return tuple(
        SecurityEntry(r.contact_date, r.author_name, r.summary) for r in rows if r.id not in superseded
    )


def _decision_text(d: Any) -> str:
    if isinstance(d, dict):
        kind = str(d.get("kind", "")).replace("_", " ").capitalize()
        return f"{kind}: {d.get('text', '')}" if kind else str(d.get("text", ""))
    return str(d)


def _distribution(detail: CaseDetail, invitees: tuple[InviteeFacts, ...]) -> tuple[str, ...]:
    out = ["Prisoner's file (OMU) — full pack"]
    for role in (AllocationRole.OFFENDER_SUPERVISOR, AllocationRole.OFFENDER_MANAGER):
        current = detail.current_allocation(role)
        if current is not None:
            out.append(f"{role.label}: {current.staff_name} — full pack")
    for i in invitees:
        if i.who == ParticipantRole.OFFENDER_MANAGER.label:
            continue
        who = i.department or i.who
        out.append(f"{who}{': ' + i.name if i.name else ''} — without the restricted pages")
    out.append("The prisoner — the prisoner's copy of the plan only")
    return tuple(out)
