"""Reading cases: the caseload rows (in bulk, fast) and one case in full."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from workbench.casework.contact_log import readable
from workbench.casework.context import ServiceContext
from workbench.casework.corrections import correction_history
from workbench.casework.dto.allocation import AllocationRecord
from workbench.casework.dto.caseload import (
    CaseDetail,
    CaseloadFilter,
    CaseloadRow,
    ContactRecord,
    CustodyEventRecord,
    SentenceDetail,
)
from workbench.casework.handover import (  # -- handover (issue 10) --
    HANDOVER_SOON_MONTHS,
    handover_dates,
    handover_dates_soon,
    sentence_facts,
)
from workbench.casework.key_dates import KEY_FACT_FIELDS  # -- key dates (issue 10) --
from workbench.casework.plan_caseload import PlanSummary, plan_status, plan_summaries, summary_of
from workbench.casework.reviews.tasks import next_review_dates  # -- review triggers (issue 10) --
from workbench.casework.rosh.countersign import awaiting_prisoner_ids
from workbench.casework.rosh_caseload import rosh_facts, with_rosh_facts
from workbench.domain.enums import AllocationRole, CustodyEventType, Gender, RoshLevel, SentenceType
from workbench.domain.errors import ValidationError
from workbench.domain.scope import ScopeInput, ScopeResult, ScopeStatus, assess_scope
from workbench.domain.sentence import FIRST_CONTACT, first_contact_on, os_allocated_on, release_date
from workbench.domain.timescales import CaseFacts, DueItem, DueStatus, add_months, due_items, next_due
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.models import (
    Allocation,
    ContactEntry,
    CustodyEvent,
    LorAssessment,
    Prisoner,
    Sentence,
    TierDerivation,
)


@dataclass
class _Facts:
    """Per-prisoner facts gathered from the satellite tables in bulk."""

    os_id: str | None = None
    os_name: str | None = None
    os_starts: list[date] = field(default_factory=list)
    om_first_on: date | None = None
    first_contacts: list[date] = field(default_factory=list)


class CaseloadService:
    """Queries for the caseload table and the case page. Read-only."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- caseload -----------------------------------------------------------------------------

    def rows(
        self, user: CurrentUser, flt: CaseloadFilter | None = None, *, first: int | None = None
    ) -> list[CaseloadRow]:
        """Every live prisoner at the user's establishment as a caseload row, filtered.

        With ``first``, only the first that many prisoners by name: a screenful the window shows at
        once while the whole caseload of a large establishment or region loads in the background.
        """
        require(user.role, Permission.VIEW_CASELOAD)
        flt = flt or CaseloadFilter()
        establishment = flt.establishment_code or user.establishment_code
        with self._ctx.store.read() as session:
            return self._rows(session, user, flt, establishment, None, first=first)

    def count(self, user: CurrentUser) -> int:
        """How many live prisoners the caseload holds (cheap: decides whether to load it in stages)."""
        require(user.role, Permission.VIEW_CASELOAD)
        p = Prisoner.__table__.c
        with self._ctx.store.read() as session:
            return int(
                session.execute(
                    select(func.count()).where(
                        p.deleted_at.is_(None), p.establishment_code == user.establishment_code
                    )
                ).scalar_one()
            )

    def row(self, user: CurrentUser, prisoner_id: str) -> CaseloadRow | None:
        """One caseload row (after a write touched that prisoner)."""
        require(user.role, Permission.VIEW_CASELOAD)
        with self._ctx.store.read() as session:
            found = self._rows(session, user, CaseloadFilter(), None, prisoner_id)
        return found[0] if found else None

    def _rows(
        self,
        session: Session,
        user: CurrentUser,
        flt: CaseloadFilter,
        establishment: str | None,
        prisoner_id: str | None,
        *,
        first: int | None = None,
    ) -> list[CaseloadRow]:
        today = self._ctx.today()
        policy = self._ctx.policy
        p = Prisoner.__table__.c
        s = Sentence.__table__.c
        q = (
            select(
                p.id,
                p.noms_number,
                p.family_name,
                p.given_name,
                p.location,
                p.establishment_code,
                p.date_of_birth,
                p.arrived_on,
                p.is_ppo,
                p.rosh_level,
                s.sentence_type,
                s.sentence_date,
                s.length_days,
                s.conditional_release_date,
                s.parole_eligibility_date,
                s.tariff_date,
                s.sentence_expiry_date,
                # -- key dates (issue 10): the handover facts, read in this one query --
                p.gender,
                s.automatic_release_date,
                s.target_hearing_date,
                s.open_conditions_date,
                s.open_conditions_since,
                s.open_prison_arrival_date,
                s.early_allocation,
            )
            .select_from(
                Prisoner.__table__.outerjoin(
                    Sentence.__table__, (s.prisoner_id == p.id) & s.is_current & s.deleted_at.is_(None)
                )
            )
            .where(p.deleted_at.is_(None))
        )
        if establishment:
            q = q.where(p.establishment_code == establishment)
        if prisoner_id:
            q = q.where(p.id == prisoner_id)
        if flt.search.strip():
            q = q.where(p.search_key.contains(flt.search.strip().lower(), autoescape=True))
        if first is not None:
            q = q.order_by(p.family_name, p.given_name).limit(first)
        base_rows = session.execute(q).all()
        if not base_rows:
            return []
        ids: list[str] | None = [prisoner_id] if prisoner_id else None
        if first is not None:
            ids = [r.id for r in base_rows]
        facts = self._facts(session, ids)
        tiers = _latest_tiers(session, ids)
        rosh = rosh_facts(session, ids)  # -- risk of harm (issue 8) --
        awaiting = awaiting_prisoner_ids(session)  # -- risk of harm (issue 8) --
        plans = plan_summaries(session, ids)  # -- sentence plan (issue 9) --
        reviews_due = next_review_dates(session, ids)  # -- review triggers (issue 10) --

        handover_until = add_months(today, HANDOVER_SOON_MONTHS)  # -- handover (issue 10) --
        out: list[CaseloadRow] = []
        for r in base_rows:
            f = facts.get(r.id) or _Facts()
            if flt.mine_only and f.os_id != user.user_id:
                continue
            stype = SentenceType(r.sentence_type) if r.sentence_type else None
            scope = _scope(r.date_of_birth, stype, r.length_days, r.rosh_level, r.is_ppo, today)
            if flt.in_scope_only and scope.status is not ScopeStatus.IN_SCOPE:
                continue
            rel, rel_kind = release_date(
                stype,
                r.conditional_release_date,
                r.parole_eligibility_date,
                r.tariff_date,
                r.sentence_expiry_date,
            )
            rf = rosh.get(r.id)
            plan = summary_of(plans, r.id)  # -- sentence plan (issue 9) --
            case_facts = with_rosh_facts(
                _case_facts(r.arrived_on, r.sentence_date, rel, scope, f, plan), rf, policy
            )
            items = due_items(case_facts, policy, today)
            overdue = sum(1 for i in items if i.status is DueStatus.OVERDUE)
            if flt.overdue_only and not overdue:
                continue
            if flt.awaiting_countersignature_only and r.id not in awaiting:
                continue
            # -- sentence plan (issue 9) --
            plan_state, plan_words, plan_due = plan_status(plan, items, today)
            if flt.plan_states and plan_state not in flt.plan_states:
                continue
            # -- handover (issue 10 point 2): from the sentence columns already read --
            hfacts = sentence_facts(stype, r, womens_estate=r.gender == Gender.FEMALE.value)
            handover_start, handover_on = handover_dates(hfacts, today)
            soon = handover_dates_soon(handover_start, handover_on, today, handover_until)
            if flt.handover_soon_only and not soon:
                continue
            out.append(
                CaseloadRow(
                    prisoner_id=r.id,
                    noms_number=r.noms_number,
                    family_name=r.family_name,
                    given_name=r.given_name,
                    location=r.location,
                    establishment_code=r.establishment_code,
                    sentence_type=stype,
                    release_date=rel,
                    release_date_kind=rel_kind,
                    scope=scope,
                    offender_supervisor_id=f.os_id,
                    offender_supervisor_name=f.os_name,
                    next_due=next_due(items),
                    overdue_count=overdue,
                    tier=tiers.get(r.id, _NO_TIER)[0],
                    tier_provisional=tiers.get(r.id, _NO_TIER)[1],
                    ogrs3_band=tiers.get(r.id, _NO_TIER)[2],
                    # -- risk of harm (issue 8) --
                    overall_rosh=rf.overall_level if rf else None,
                    mappa_level=rf.mappa_level if rf else None,
                    mappa_category=rf.mappa_category if rf else None,
                    awaiting_countersignature=r.id in awaiting,
                    # -- sentence plan (issue 9) --
                    plan_state=plan_state.value,
                    plan_status=plan_words,
                    plan_due_on=plan_due,
                    next_review_on=reviews_due.get(r.id),  # -- review triggers (issue 10) --
                    # -- handover (issue 10 point 2) --
                    handover_start_on=handover_start,
                    handover_on=handover_on,
                    handover_soon=soon,
                )
            )
        return out

    def _facts(self, session: Session, prisoner_ids: Sequence[str] | None) -> dict[str, _Facts]:
        facts: dict[str, _Facts] = defaultdict(_Facts)
        a = Allocation.__table__.c
        q = select(a.prisoner_id, a.role, a.staff_user_id, a.staff_name, a.start_date, a.end_date).where(
            a.deleted_at.is_(None),
            a.role.in_([AllocationRole.OFFENDER_SUPERVISOR, AllocationRole.OFFENDER_MANAGER]),
        )
        if prisoner_ids is not None:
            q = q.where(a.prisoner_id.in_(prisoner_ids))
        for row in session.execute(q):
            f = facts[row.prisoner_id]
            if row.role == AllocationRole.OFFENDER_SUPERVISOR:
                if row.end_date is None:
                    f.os_id, f.os_name = row.staff_user_id, row.staff_name
                f.os_starts.append(row.start_date)
            elif f.om_first_on is None or row.start_date < f.om_first_on:
                f.om_first_on = row.start_date
        c = ContactEntry.__table__.c
        cq = select(c.prisoner_id, c.contact_date).where(c.kind == FIRST_CONTACT, c.deleted_at.is_(None))
        # A corrected first contact counts at its corrected date only (issue 8 point 8).
        cq = cq.where(c.id.not_in(select(c.supersedes_id).where(c.supersedes_id.is_not(None))))
        if prisoner_ids is not None:
            cq = cq.where(c.prisoner_id.in_(prisoner_ids))
        for contact in session.execute(cq):
            facts[contact.prisoner_id].first_contacts.append(contact.contact_date)
        return facts

    # -- one case -----------------------------------------------------------------------------

    def detail(self, user: CurrentUser, prisoner_id: str) -> CaseDetail:
        """The case page's content for one prisoner."""
        require(user.role, Permission.VIEW_CASELOAD)
        today = self._ctx.today()
        with self._ctx.store.read() as session:
            prisoner = session.get(Prisoner, prisoner_id)
            if prisoner is None or prisoner.deleted_at is not None:
                raise ValidationError("That prisoner is no longer on this terminal's record.")
            sentence = session.scalars(
                select(Sentence).where(
                    Sentence.prisoner_id == prisoner_id, Sentence.is_current, Sentence.deleted_at.is_(None)
                )
            ).first()
            allocations = session.scalars(
                select(Allocation)
                .where(Allocation.prisoner_id == prisoner_id, Allocation.deleted_at.is_(None))
                .order_by(Allocation.start_date.desc(), Allocation.created_at.desc())
            ).all()
            events = session.scalars(
                select(CustodyEvent)
                .where(CustodyEvent.prisoner_id == prisoner_id, CustodyEvent.deleted_at.is_(None))
                .order_by(CustodyEvent.event_date.desc(), CustodyEvent.created_at.desc())
            ).all()
            contacts = session.scalars(
                select(ContactEntry)
                .where(ContactEntry.prisoner_id == prisoner_id, ContactEntry.deleted_at.is_(None))
                .order_by(ContactEntry.contact_date.desc(), ContactEntry.created_at.desc())
            ).all()
            # Restricted entries only for the roles policy allows (issue 8 point 8): filtered here too.
            contacts = readable(user, contacts, self._ctx.policy.restricted_visible_to)
            facts = self._facts(session, [prisoner_id]).get(prisoner_id) or _Facts()
            corrections = correction_history(session, prisoner_id)
            rf = rosh_facts(session, [prisoner_id]).get(prisoner_id)  # -- risk of harm (issue 8) --
            plan = summary_of(plan_summaries(session, [prisoner_id]), prisoner_id)  # -- issue 9 --

        stype = SentenceType(sentence.sentence_type) if sentence else None
        sentence_dto = None
        rel = None
        if sentence is not None and stype is not None:
            sentence_dto = SentenceDetail(
                sentence_type=stype,
                sentence_date=sentence.sentence_date,
                length_days=sentence.length_days,
                parole_eligibility_date=sentence.parole_eligibility_date,
                conditional_release_date=sentence.conditional_release_date,
                home_detention_curfew_eligibility_date=sentence.home_detention_curfew_eligibility_date,
                tariff_date=sentence.tariff_date,
                sentence_expiry_date=sentence.sentence_expiry_date,
                licence_expiry_date=sentence.licence_expiry_date,
                **{name: getattr(sentence, name) for name in KEY_FACT_FIELDS},  # -- key dates (issue 10) --
            )
            rel, _ = release_date(
                stype,
                sentence.conditional_release_date,
                sentence.parole_eligibility_date,
                sentence.tariff_date,
                sentence.sentence_expiry_date,
            )
        rosh = RoshLevel(prisoner.rosh_level) if prisoner.rosh_level else None
        length = sentence.length_days if sentence else None
        scope = _scope(prisoner.date_of_birth, stype, length, prisoner.rosh_level, prisoner.is_ppo, today)
        case_facts = _case_facts(
            prisoner.arrived_on, sentence.sentence_date if sentence else None, rel, scope, facts, plan
        )
        items = due_items(with_rosh_facts(case_facts, rf, self._ctx.policy), self._ctx.policy, today)
        return CaseDetail(
            prisoner_id=prisoner.id,
            noms_number=prisoner.noms_number,
            family_name=prisoner.family_name,
            given_name=prisoner.given_name,
            date_of_birth=prisoner.date_of_birth,
            gender=Gender(prisoner.gender),
            establishment_code=prisoner.establishment_code,
            location=prisoner.location,
            arrived_on=prisoner.arrived_on,
            is_ppo=prisoner.is_ppo,
            rosh_level=rosh,
            sentence=sentence_dto,
            scope=scope,
            due_items=items,
            allocations=tuple(
                AllocationRecord(
                    allocation_id=a.id,
                    role=AllocationRole(a.role),
                    staff_user_id=a.staff_user_id,
                    staff_name=a.staff_name,
                    start_date=a.start_date,
                    end_date=a.end_date,
                    reason=a.reason,
                    recorded_by=a.recorded_by,
                )
                for a in allocations
            ),
            custody_events=tuple(
                CustodyEventRecord(
                    event_id=e.id,
                    event_type=CustodyEventType(e.event_type),
                    event_date=e.event_date,
                    establishment_code=e.establishment_code,
                    other_establishment=e.other_establishment,
                    note=e.note,
                )
                for e in events
            ),
            contacts=tuple(
                ContactRecord(
                    contact_id=c.id,
                    contact_date=c.contact_date,
                    kind=c.kind,
                    summary=c.summary,
                    author_name=c.author_name,
                )
                for c in contacts
            ),
            as_at=today,
            updated_at=prisoner.updated_at,
            corrections=corrections,
        )


_Tier = tuple[str | None, bool, str | None]  # tier, provisional, OGRS3 band
_NO_TIER: _Tier = (None, False, None)


def _latest_tiers(session: Session, prisoner_ids: Sequence[str] | None) -> dict[str, _Tier]:
    """Tier, provisional flag and OGRS3 band per prisoner from the latest completed likelihood-of-
    reoffending assessment: as derived under the current rules where a recalculation changed them
    (``tier_derivation``, local derived data), else as signed. One query: the latest assessment is
    ranked on narrow columns, then joined to its derived row by key (issue 3, "resources follow risk")."""
    a = LorAssessment.__table__.c
    d = TierDerivation.__table__.c
    ranked: Select[Any] = select(
        a.id,
        a.prisoner_id,
        a.tier,
        a.tier_provisional,
        a.ogrs3_band,
        func.row_number()
        .over(partition_by=a.prisoner_id, order_by=(a.completed_at.desc(), a.id.desc()))
        .label("rn"),
    ).where(a.status == "COMPLETED", a.deleted_at.is_(None))
    if prisoner_ids is not None:
        ranked = ranked.where(a.prisoner_id.in_(prisoner_ids))
    latest = ranked.subquery()
    derived = d.assessment_id.is_not(None)
    query = (
        select(
            latest.c.prisoner_id,
            case((derived, d.tier), else_=latest.c.tier),
            case((derived, d.tier_provisional), else_=latest.c.tier_provisional),
            case((derived, d.ogrs3_band), else_=latest.c.ogrs3_band),
        )
        .select_from(latest.outerjoin(TierDerivation.__table__, d.assessment_id == latest.c.id))
        .where(latest.c.rn == 1)
    )
    return {pid: (tier, bool(provisional), band) for pid, tier, provisional, band in session.execute(query)}


def _scope(
    date_of_birth: date,
    sentence_type: SentenceType | None,
    length_days: int | None,
    rosh_level: str | None,
    is_ppo: bool | None,
    today: date,
) -> ScopeResult:
    """Scope of the Offender Management Model from the stored columns (the list and the case page)."""
    return assess_scope(
        ScopeInput(
            date_of_birth=date_of_birth,
            sentence_type=sentence_type,
            sentence_length_days=length_days,
            rosh_level=RoshLevel(rosh_level) if rosh_level else None,
            is_ppo=is_ppo,
            as_at=today,
        )
    )


def _case_facts(
    arrived_on: date,
    sentence_date: date | None,
    rel: date | None,
    scope: ScopeResult,
    f: _Facts,
    plan: PlanSummary,
) -> CaseFacts:
    return CaseFacts(
        received_on=arrived_on,
        sentence_date=sentence_date,
        release_or_tariff_date=rel,
        in_scope=scope.status is ScopeStatus.IN_SCOPE,
        os_allocated_on=os_allocated_on(
            arrived_on, f.os_starts, allocated_now=f.os_id is not None or f.os_name is not None
        ),
        first_contact_on=first_contact_on(arrived_on, f.first_contacts),
        om_allocated_on=f.om_first_on,
        # -- sentence plan (issue 9): the first issued version completes the plan; reviews restart it --
        plan_completed_on=plan.first_issued_on,
        last_review_on=plan.last_review_on,
    )


__all__ = ["CaseloadService", "DueItem"]
