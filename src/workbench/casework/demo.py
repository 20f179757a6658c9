"""Synthetic demo data: the demo profile's staff and a realistic, obviously made-up caseload.

Everything is drawn from one ``random.Random(seed)``, so the same seed on the same day gives the same
people, sentences, dates and allocations (row ids differ). Family names are invented (demo_names.py)
and every NOMS number starts with Z, so a demo record is easy to recognise.

Demo data is written like any other case data — each row with its hash-chained audit event and its
outbox change — but through ``UnitOfWork.add_many`` in one transaction per chunk of prisoners, so a
region-sized caseload (20,000 prisoners) is generated in seconds rather than the minutes one
reception at a time would take. A cancelled run keeps only the chunks already committed.

The cases are drawn in ``demo_draw``; the rows are built by the services' own row builders
(``reception.prisoner_row``, ``sentence_row``, ``arrival_row``; ``assessment.form.completed_rows``), so
demo data is what the services write. About 70% of in-scope and 35% of other sentenced prisoners (none
on remand or unsentenced) have a signed likelihood-of-reoffending assessment, written in the
prisoner's chunk as ``AssessmentService.complete`` writes one: a ``CompletedLorAssessment`` with its
eleven ``LorNeed`` rows and one or two ``ProtectiveFactor`` rows, its figures from ``preview`` (the
domain's ``ogrs3.calculate`` and ``tier.calculate_tier``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import select

from workbench.casework.assessment.form import completed_rows, preview, signing_warnings
from workbench.casework.changes import ChangeSet
from workbench.casework.context import ServiceContext
from workbench.casework.demo_boards import ENTITIES as BOARD_DEMO_ENTITIES  # -- boards (issue 10) --
from workbench.casework.demo_boards import add_demo_boards
from workbench.casework.demo_contacts import write_contact_log
from workbench.casework.demo_draw import NOMS_PREFIX as NOMS_PREFIX  # where callers have found it
from workbench.casework.demo_draw import CaseGenerator, DrawnAssessment, DrawnCase
from workbench.casework.demo_interview import add_demo_interviews  # -- interview (issue 8) --
from workbench.casework.demo_key_dates import add_demo_paralleling_flags, demo_key_facts  # -- issue 10 --
from workbench.casework.demo_plan import ENTITIES as PLAN_DEMO_ENTITIES  # -- plan (issue 9) --
from workbench.casework.demo_plan import add_demo_plans
from workbench.casework.demo_rmp import ENTITIES as RMP_DEMO_ENTITIES  # -- rmp (issue 8) --
from workbench.casework.demo_rmp import add_rmp_demo
from workbench.casework.demo_rosh import write_rosh_demo
from workbench.casework.dto.assessment import AssessmentForm
from workbench.casework.reception import arrival_row, prisoner_row, sentence_row
from workbench.casework.users import SYSTEM_ACTOR, UserService
from workbench.domain.enums import AllocationRole, Gender, RoshLevel, UserRole
from workbench.domain.errors import ValidationError
from workbench.domain.sentence import FIRST_CONTACT
from workbench.security.passwords import hash_password
from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.ids import new_id
from workbench.store.models import (
    Allocation,
    CompletedLorAssessment,
    ContactEntry,
    CustodyEvent,
    LorNeed,
    Prisoner,
    ProtectiveFactor,
    Sentence,
    User,
)
from workbench.store.unit_of_work import UnitOfWork, utcnow

DEMO_ESTABLISHMENT_CODE: Final = "DMO"
DEMO_ESTABLISHMENT_NAME: Final = "HMP Demoshire (DEMO)"

DEMO_CREDENTIALS: Final[tuple[tuple[str, str, str], ...]] = (
    ("demo.supervisor", "demo-supervisor-1", UserRole.SUPERVISOR.label),
    ("demo.manager", "demo-manager-1", UserRole.MANAGER.label),
)
"""(user name, password, role) of the demo accounts shown on the demo sign-in screen.

Synthetic profile only: these accounts exist only in a profile set up by ``ensure_demo_users``.
"""

DEFAULT_SEED: Final = 2012
CHUNK_SIZE: Final = 500  # prisoners per transaction: progress and cancel happen between chunks

# Staff of the demo establishment: (user name, display name, role). The two in DEMO_CREDENTIALS can
# sign in; the others exist to be allocated work and have no usable password.
_DEMO_MANAGER: Final = ("demo.manager", "Morgan Demoworth", UserRole.MANAGER)
_DEMO_STAFF: Final = (
    ("demo.supervisor", "Alex Testworth", UserRole.SUPERVISOR),
    ("os.sampleton", "Priya Sampleton", UserRole.SUPERVISOR),
    ("os.fakerley", "Tom Fakerley", UserRole.SUPERVISOR),
    ("os.mockridge", "Kemi Mockridge", UserRole.SUPERVISOR),
    ("os.examplewood", "Gareth Examplewood", UserRole.SUPERVISOR),
    ("os.pretendle", "Ruth Pretendle", UserRole.SUPERVISOR),
    ("po.fictionby", "Aled Fictionby", UserRole.CONTRIBUTOR),
    ("po.syntheson", "Nadia Syntheson", UserRole.CONTRIBUTOR),
    ("po.madeupton", "Viktor Madeupton", UserRole.CONTRIBUTOR),
    ("po.notrealby", "Frankie Notrealby", UserRole.CONTRIBUTOR),
)
# argon2 never produces this, so verify_password() is always False: the account cannot sign in.
_NO_SIGN_IN: Final = "!demo-staff-no-sign-in"

_ENTITIES: Final = frozenset(
    {
        "prisoner",
        "sentence",
        "custody_event",
        "allocation",
        "contact_entry",
        "lor_assessment",
        "lor_need",
        "protective_factor",
    }
)


def _assessment_rows(
    a: DrawnAssessment,
    prisoner_id: str,
    gender: Gender,
    date_of_birth: date,
    rosh: RoshLevel | None,
    author: tuple[str, str],
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows ``AssessmentService.complete`` writes for the drawn assessment, by its own builder
    (``completed_rows``) from the form a supervisor would have filled in and its ``preview`` figures."""
    form = AssessmentForm(
        gender=gender,
        date_of_birth=date_of_birth,
        has_mandate_for_change=True,  # only sentenced prisoners are assessed here
        conviction_date=a.conviction_date,
        follow_up_start=a.follow_up_start,
        total_sanctions=a.total_sanctions,
        age_at_first_sanction=a.age_at_first_sanction,
        offence_group=a.offence_group,
        rsr_pct=a.rsr_pct or "",
        rosh_level=rosh,
        mappa_level=a.mappa_level,
        complexity_factors=a.complexity_factors,
        iom=a.iom,
        parenting_responsibilities=a.parenting_responsibilities,
        impulsivity_or_temper_problems=a.impulsivity_or_temper_problems,
        previous_breach_or_recall=a.previous_breach_or_recall,
        needs=a.needs,
        protective_factors=a.protective_factors,
    )
    figures = preview(form)
    return completed_rows(
        form,
        figures,
        prisoner_id=prisoner_id,
        author=author,
        signer=author,
        supersedes_id=None,
        # As complete(): no earlier assessment to copy forward from, so only the figures' warnings.
        warnings=signing_warnings(figures),
        completed_at=a.completed_at,
    )


@dataclass(frozen=True, slots=True)
class _Staff:
    user_id: str
    display_name: str


class DemoDataService:
    """Set up the demo profile's staff and generate a synthetic caseload (managers and administrators)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def ensure_demo_users(self) -> tuple[CurrentUser, ChangeSet]:
        """First run of the demo profile: the establishment and its synthetic staff; returns the demo manager.

        Sets the profile up as ``DMO — HMP Demoshire (DEMO)`` if it is not set up, and adds whichever
        demo accounts are missing, so calling it again changes nothing. Refuses a profile set up for
        a real establishment, so demo accounts with published passwords never appear there.
        """
        users = UserService(self._ctx)
        username, display_name, role = _DEMO_MANAGER
        passwords = {name: password for name, password, _ in DEMO_CREDENTIALS}
        if not users.is_set_up():
            users.set_up(
                establishment_code=DEMO_ESTABLISHMENT_CODE,
                establishment_name=DEMO_ESTABLISHMENT_NAME,
                username=username,
                display_name=display_name,
                password=passwords[username],
                role=role,
            )
        establishment = users.establishment()
        if establishment is None or establishment.code != DEMO_ESTABLISHMENT_CODE:
            raise ValidationError(
                "This profile holds a real establishment's records, so demo accounts cannot be added to it. "
                "Start the demo with its own profile (a separate data directory)."
            )
        with self._ctx.store.read() as s:
            existing = {u.username: u for u in s.scalars(select(User))}
        manager = existing.get(username)
        if manager is None:
            raise ValidationError(f"The demo profile has no {username} account; start a new demo profile.")
        missing = [entry for entry in _DEMO_STAFF if entry[0] not in existing]
        if missing:
            with UnitOfWork(self._ctx.store, SYSTEM_ACTOR) as uow:
                for name, shown, staff_role in missing:
                    verifier = hash_password(passwords[name]) if name in passwords else _NO_SIGN_IN
                    uow.add(
                        User(
                            id=new_id(),
                            username=name,
                            display_name=shown,
                            role=staff_role.value,
                            password_verifier=verifier,
                            establishment_code=DEMO_ESTABLISHMENT_CODE,
                            active=True,
                            created_at=utcnow(),
                            failed_logins=0,
                        ),
                        "user.created",
                    )
        me = CurrentUser(
            manager.id,
            manager.username,
            manager.display_name,
            UserRole(manager.role),
            manager.establishment_code,
        )
        return me, ChangeSet(entities=frozenset({"user"}) if missing else frozenset())

    def set_up_demo_profile(self) -> CurrentUser:
        """``ensure_demo_users`` for the composition root: the demo manager, who generates the caseload."""
        manager, _ = self.ensure_demo_users()
        return manager

    def generate(
        self,
        user: CurrentUser,
        *,
        prisoners: int = 300,
        seed: int = DEFAULT_SEED,
        gender: Gender = Gender.MALE,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> ChangeSet:
        """Receive ``prisoners`` synthetic prisoners at the demo establishment, with staff, contacts and
        (for some sentenced prisoners) a signed likelihood-of-reoffending assessment.

        One transaction per ``chunk_size`` prisoners; ``progress(done, total)`` after each and
        ``cancelled()`` checked before each, so a cancelled run keeps whole chunks only. The same
        seed, day and starting store give the same content. Returns what was written.
        """
        require(user.role, Permission.GENERATE_DEMO_DATA)
        if user.establishment_code != DEMO_ESTABLISHMENT_CODE:
            # Synthetic prisoners in a real profile would be pushed to the central record as real cases.
            raise ValidationError(
                f"Demo data can be generated only in the demo profile ({DEMO_ESTABLISHMENT_NAME}), never "
                f"in a real establishment's records ({user.establishment_code}). Start the demo profile."
            )
        if prisoners < 0:
            raise ValidationError("The number of prisoners cannot be negative.", field="prisoners")
        if chunk_size < 1:
            raise ValidationError("The chunk size must be at least 1.", field="chunk_size")
        today = self._ctx.today()
        with self._ctx.store.read() as s:
            taken = set(s.scalars(select(Prisoner.noms_number)))
            staff = list(
                s.execute(
                    select(User.id, User.display_name, User.role)
                    .where(
                        User.active,
                        User.establishment_code == user.establishment_code,
                        User.role.in_([UserRole.SUPERVISOR.value, UserRole.CONTRIBUTOR.value]),
                    )
                    .order_by(User.username)
                )
            )
        supervisors = [_Staff(r.id, r.display_name) for r in staff if r.role == UserRole.SUPERVISOR.value]
        officers = [_Staff(r.id, r.display_name) for r in staff if r.role == UserRole.CONTRIBUTOR.value]
        gen = CaseGenerator(seed, today, gender, self._ctx.policy, len(supervisors), len(officers), taken)

        run_id = new_id()
        written: set[str] = set()
        done = 0
        if progress is not None:
            progress(0, prisoners)
        while done < prisoners:
            if cancelled is not None and cancelled():
                break
            cases = [gen.case() for _ in range(min(chunk_size, prisoners - done))]
            written.update(
                self._write_chunk(
                    user,
                    cases,
                    supervisors,
                    officers,
                    gender,
                    {
                        "run": run_id,
                        "seed": seed,
                        "gender": gender.value,
                        "first": done,
                        "prisoners": len(cases),
                    },
                )
            )
            done += len(cases)
            if progress is not None:
                progress(done, prisoners)
        entities = _ENTITIES | RMP_DEMO_ENTITIES | PLAN_DEMO_ENTITIES  # -- plan: issue 9 --
        entities |= BOARD_DEMO_ENTITIES  # -- boards (issue 10 point 5) --
        return ChangeSet(frozenset(written), entities if written else frozenset())

    def _write_chunk(
        self,
        user: CurrentUser,
        cases: Sequence[DrawnCase],
        supervisors: Sequence[_Staff],
        officers: Sequence[_Staff],
        gender: Gender,
        details: dict[str, Any],
    ) -> list[str]:
        """One transaction: the chunk's rows, an audit event and outbox change each, and a run marker."""
        establishment = user.establishment_code
        prisoner_rows: list[dict[str, Any]] = []
        sentence_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        started: list[dict[str, Any]] = []
        reallocated: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        assessments: list[dict[str, Any]] = []
        needs: list[dict[str, Any]] = []
        factors: list[dict[str, Any]] = []
        manager = (user.user_id, user.display_name)
        for c in cases:
            pid = new_id()
            prisoner_rows.append(
                prisoner_row(
                    prisoner_id=pid,
                    noms_number=c.noms,
                    family_name=c.family_name,
                    given_name=c.given_name,
                    date_of_birth=c.date_of_birth,
                    gender=gender.value,
                    establishment_code=establishment,
                    location=c.location,
                    arrived_on=c.received_on,
                    is_ppo=c.is_ppo,
                    rosh_level=c.rosh.value if c.rosh else None,
                )
            )
            sentence_rows.append(
                sentence_row(
                    pid,
                    c.sentence_type,
                    sentence_date=c.sentence_date,
                    length_days=c.length_days,
                    parole_eligibility_date=c.ped,
                    conditional_release_date=c.crd,
                    home_detention_curfew_eligibility_date=c.hdced,
                    tariff_date=c.tariff,
                    sentence_expiry_date=c.sed,
                    licence_expiry_date=c.led,
                    key_facts=demo_key_facts(c, self._ctx.today()),  # -- key dates (issue 10) --
                )
            )
            event_rows.append(
                arrival_row(
                    pid,
                    transfer=bool(c.arrived_from),
                    event_date=c.received_on,
                    establishment_code=establishment,
                    other_establishment=c.arrived_from,
                    note=c.custody_note,
                )
            )
            for i, spell in enumerate(c.os_spells):
                os_staff = supervisors[spell.staff]
                (reallocated if i else started).append(
                    {
                        "prisoner_id": pid,
                        "role": AllocationRole.OFFENDER_SUPERVISOR.value,
                        "staff_user_id": os_staff.user_id,
                        "staff_name": os_staff.display_name,
                        "start_date": spell.start,
                        "end_date": spell.end,
                        "reason": spell.reason,
                        "recorded_by": user.display_name,
                    }
                )
            if c.om is not None:
                started.append(
                    {
                        "prisoner_id": pid,
                        "role": AllocationRole.OFFENDER_MANAGER.value,
                        "staff_user_id": None,
                        "staff_name": c.om[0],
                        "start_date": c.om[1],
                        "reason": "",
                        "recorded_by": user.display_name,
                    }
                )
            if c.personal_officer is not None:
                officer = officers[c.personal_officer[0]]
                started.append(
                    {
                        "prisoner_id": pid,
                        "role": AllocationRole.PERSONAL_OFFICER.value,
                        "staff_user_id": officer.user_id,
                        "staff_name": officer.display_name,
                        "start_date": c.personal_officer[1],
                        "reason": "",
                        "recorded_by": user.display_name,
                    }
                )
            if c.first_contact is not None:
                who, on, summary = c.first_contact
                author = (
                    (supervisors[who].user_id, supervisors[who].display_name)
                    if who is not None
                    else (user.user_id, user.display_name)
                )
                contacts.append(
                    {
                        "prisoner_id": pid,
                        "contact_date": on,
                        "kind": FIRST_CONTACT,
                        "summary": summary,
                        "author_id": author[0],
                        "author_name": author[1],
                    }
                )
            if c.assessment is not None:
                who = c.assessment.author
                signer = (
                    (supervisors[who].user_id, supervisors[who].display_name) if who is not None else manager
                )
                record, need_rows, factor_rows = _assessment_rows(
                    c.assessment, pid, gender, c.date_of_birth, c.rosh, signer
                )
                assessments.append(record)
                needs.extend(need_rows)
                factors.extend(factor_rows)
        with self._ctx.write(user, Permission.GENERATE_DEMO_DATA) as uow:
            ids = uow.add_many(Prisoner, prisoner_rows, "prisoner.received")
            uow.add_many(Sentence, sentence_rows, "sentence.recorded")
            uow.add_many(CustodyEvent, event_rows, "custody_event.recorded")
            uow.add_many(Allocation, started, "allocation.started")
            uow.add_many(Allocation, reallocated, "allocation.reallocated")
            contact_ids = uow.add_many(ContactEntry, contacts, "contact.first_contact")
            write_contact_log(uow, cases, ids, supervisors, officers, manager, self._ctx.today())  # issue 8
            # As AssessmentService.complete: the signed record, then its needs, then its protective factors.
            uow.add_many(CompletedLorAssessment, assessments, "lor_assessment.completed")
            uow.add_many(LorNeed, needs, "lor_need.recorded")
            uow.add_many(ProtectiveFactor, factors, "protective_factor.recorded")
            # -- risk of harm (issue 8): screenings, analyses, countersignatures (demo_rosh.py) --
            write_rosh_demo(
                uow,
                prisoner_rows,
                [(s.user_id, s.display_name) for s in supervisors],
                manager,
                self._ctx.today(),
                int(details["seed"]),
            )
            # -- interview (issue 8) --: signed interviews with referrals, drafts in progress, some none.
            firsts = {row["prisoner_id"]: cid for row, cid in zip(contacts, contact_ids, strict=True)}
            add_demo_interviews(uow, ids, cases, firsts, supervisors, manager, self._ctx.today())
            add_rmp_demo(
                uow, list(zip(ids, cases, strict=True)), supervisors, user, self._ctx.today()
            )  # issue 8
            # -- sentence plan (issue 9): good plans and faulty ones, after everything they read --
            planned = add_demo_plans(
                uow, list(zip(ids, cases, strict=True)), supervisors, user, self._ctx.today()
            )
            # -- boards (issue 10 point 5): scheduled and held boards for some planned prisoners --
            add_demo_boards(uow, list(zip(ids, cases, strict=True)), planned, user, self._ctx.today())
            # -- key dates (issue 10): a few offence-paralleling flags, raised at the first sweep --
            add_demo_paralleling_flags(
                uow, list(zip(ids, cases, strict=True)), supervisors, self._ctx.today()
            )
            uow.audit("demo.generated", "demo_run", str(details["run"]), details)
        return ids
