"""Synthetic contact-log entries for the demo caseload (issue 8 point 8). Synthetic text only.

Every kind of entry over each demo prisoner's custody: supervisor one-to-ones after the first contact,
wing and personal officer observations, education, substance misuse, healthcare, programmes,
chaplaincy, contact with the community offender manager, MAPPA/risk meeting minutes. A few are
restricted (security, public protection) and a few corrected (the original kept, a correction
superseding it), so every state of the Contact log tab shows on the demo profile.

Drawn from a random stream per prisoner (seeded by the NOMS number), so the main generator's draws,
and therefore every other part of the demo caseload, are unchanged by this module.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Final, Protocol

from workbench.casework.demo_draw import DrawnCase
from workbench.domain.contacts import ContactKind, Restriction
from workbench.domain.enums import UserRole
from workbench.store.ids import new_id
from workbench.store.models import ContactEntry
from workbench.store.unit_of_work import UnitOfWork


class _Person(Protocol):
    @property
    def user_id(self) -> str: ...
    @property
    def display_name(self) -> str: ...


_TEXT: Final[dict[ContactKind, tuple[str, ...]]] = {
    ContactKind.ONE_TO_ONE: (
        "One-to-one in the wing office. Talked through the sentence plan; wants to start on education.",
        "Reviewed progress since last meeting. Settled on the wing, attending work most days.",
        "Discussed the offence and its effect on the victim. Some minimising; will revisit.",
        "Prisoner worried about family contact; agreed to chase the visits application.",
        "Motivation to change discussed. Prisoner identified alcohol as the main trigger.",
    ),
    ContactKind.WING_OBSERVATION: (
        "Polite on the wing, keeps his cell tidy. Working as a wing cleaner.",
        "Argued with another prisoner at servery; calmed down when spoken to.",
        "Quiet this week, spending more time in cell. Personal officer checked in; says he is fine.",
        "Good behaviour, IEP review recommends enhanced.",
    ),
    ContactKind.EDUCATION: (
        "Initial assessment: English level 1, maths entry level 3. Enrolled on maths.",
        "Attending maths three mornings a week; good progress reported by tutor.",
        "Missed two education sessions; says he was at healthcare. Checked, one confirmed.",
    ),
    ContactKind.SUBSTANCE_MISUSE: (
        "CARAT assessment completed. History of cannabis and alcohol misuse; open to group work.",
        "Attended first drug awareness session. Engaged well.",
        "Negative mandatory drug test.",
    ),
    ContactKind.HEALTHCARE: (
        "Healthcare summary: no current concerns; on the list for dental.",
        "Mental health in-reach: low mood discussed, no self-harm. Follow-up in four weeks.",
        "Asthma review completed, inhaler renewed.",
    ),
    ContactKind.PROGRAMMES: (
        "Programmes assessment: suitable for the Thinking Skills Programme; waiting list.",
        "Started Thinking Skills Programme, session 1 of 19.",
        "Programme facilitator reports good participation and homework done.",
    ),
    ContactKind.CHAPLAINCY: (
        "Chaplaincy visit on reception. Would like to attend Friday prayers.",
        "Attending the weekly faith group. Asked about bereavement support.",
    ),
    ContactKind.OM_CONTACT: (
        "Phone call with the community offender manager: shared the sentence plan, agreed next review.",
        "Email from the offender manager: approved premises referral under way.",
        "Three-way video call with the offender manager and the prisoner about release plans.",
    ),
    ContactKind.RISK_MEETING: (
        "Interdepartmental risk meeting: risk reviewed, no change to management. Next in three months.",
        "MAPPA level 2 meeting minutes: release plans and licence conditions discussed.",
    ),
}
_RESTRICTED_TEXT: Final[dict[Restriction, tuple[str, ...]]] = {
    Restriction.SECURITY: (
        "Security information report: suspected of passing items on the visits hall. Monitoring.",
        "Intelligence suggests associating with a known supplier on the wing.",
    ),
    Restriction.PUBLIC_PROTECTION: (
        "Public protection: contact restrictions with a named child confirmed; mail monitored.",
        "MAPPA minutes (restricted): victim's address not to be shared; exclusion zone proposed.",
    ),
}
_REASONS: Final = (
    "Wrong date typed; the session was the day before.",
    "Summary recorded against the wrong wing; corrected.",
    "Should have been marked restricted.",
)
LOGGED_SHARE: Final = 0.7
"""The share of demo cases given a contact log beyond the first contact."""
MAX_ENTRIES: Final = 5
"""The most entries drawn per case (1 to this many)."""
_SUPERVISOR_KINDS: Final = (ContactKind.ONE_TO_ONE, ContactKind.OM_CONTACT)
_TIMES: Final = ("08:45", "09:30", "10:15", "11:00", "13:45", "14:30", "15:15", "16:00")


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max((end - start).days, 0)))


def contact_log_rows(
    case: DrawnCase,
    prisoner_id: str,
    supervisors: Sequence[_Person],
    officers: Sequence[_Person],
    manager: tuple[str, str],
    today: date,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The case's entries as ``ContactEntry`` rows: (new entries, corrections superseding some of them)."""
    rng = random.Random(f"contact-log:{case.noms}")
    start = case.received_on
    # Not every case, and a handful of entries each: enough for every screen to show something real,
    # without doubling the demo (and benchmark) set-up time.
    if start > today or rng.random() >= LOGGED_SHARE:
        return [], []

    def supervisor_on(day: date) -> tuple[str, str, str]:
        for spell in reversed(case.os_spells):
            if spell.start <= day and spell.staff < len(supervisors):
                s = supervisors[spell.staff]
                return s.user_id, s.display_name, UserRole.SUPERVISOR.value
        return manager[0], manager[1], UserRole.MANAGER.value

    def officer() -> tuple[str, str, str]:
        if case.personal_officer is not None and case.personal_officer[0] < len(officers):
            o = officers[case.personal_officer[0]]
        elif officers:
            o = rng.choice(list(officers))
        else:
            return manager[0], manager[1], UserRole.MANAGER.value
        return o.user_id, o.display_name, UserRole.CONTRIBUTOR.value

    first = case.first_contact[1] if case.first_contact is not None else None
    kinds = [
        k for k in _TEXT if first is not None or k not in (ContactKind.ONE_TO_ONE, ContactKind.OM_CONTACT)
    ]
    entries: list[dict[str, Any]] = []
    used: set[str] = set()
    for _ in range(rng.randint(1, MAX_ENTRIES)):
        kind = rng.choice(kinds)
        after = (
            first if first is not None and kind in (ContactKind.ONE_TO_ONE, ContactKind.OM_CONTACT) else start
        )
        day = _day_between(rng, after, today)
        author = supervisor_on(day) if kind in (ContactKind.ONE_TO_ONE, ContactKind.OM_CONTACT) else officer()
        if kind is ContactKind.RISK_MEETING:
            author = supervisor_on(day)
        restricted: Restriction | None = None
        fresh = [t for t in _TEXT[kind] if t not in used] or list(_TEXT[kind])  # no note twice if avoidable
        summary = rng.choice(fresh)
        used.add(summary)
        u = rng.random()
        if kind is ContactKind.WING_OBSERVATION and u < 0.25:
            restricted = Restriction.SECURITY
        elif kind is ContactKind.RISK_MEETING and u < 0.5:
            restricted = Restriction.PUBLIC_PROTECTION
        if restricted is not None:
            summary = rng.choice(_RESTRICTED_TEXT[restricted])
        entries.append(
            {
                "id": new_id(),
                "prisoner_id": prisoner_id,
                "contact_date": day,
                "contact_time": rng.choice(_TIMES) if rng.random() < 0.8 else None,
                "kind": kind.value,
                "summary": summary,
                "author_id": author[0],
                "author_name": author[1],
                "author_role": author[2],
                "restricted": restricted.value if restricted else None,
            }
        )
    corrections: list[dict[str, Any]] = []
    if entries and rng.random() < 0.12:  # a few corrected entries
        old = rng.choice(entries)
        reason = rng.choice(_REASONS)
        fixed = {**old, "id": new_id(), "supersedes_id": old["id"], "correction_reason": reason}
        if reason.startswith("Wrong date") and old["contact_date"] > start:
            fixed["contact_date"] = old["contact_date"] - timedelta(days=1)
        elif reason.startswith("Should have been") and not old["restricted"]:
            fixed["restricted"] = Restriction.SECURITY.value
        else:
            fixed["summary"] = old["summary"].replace("wing", "wing (C wing)", 1)
            if fixed["summary"] == old["summary"]:
                fixed["summary"] = f"{old['summary']} (Corrected: C wing.)"
        corrections.append(fixed)
    return entries, corrections


def write_contact_log(
    uow: UnitOfWork,
    cases: Sequence[DrawnCase],
    prisoner_ids: Sequence[str],
    supervisors: Sequence[_Person],
    officers: Sequence[_Person],
    manager: tuple[str, str],
    today: date,
) -> None:
    """Write the demo chunk's contact logs in ``uow`` (as ``ContactLogService`` would: entries, then
    the corrections superseding some of them)."""
    entries: list[dict[str, Any]] = []
    corrections: list[dict[str, Any]] = []
    for case, pid in zip(cases, prisoner_ids, strict=True):
        new, fixed = contact_log_rows(case, pid, supervisors, officers, manager, today)
        entries.extend(new)
        corrections.extend(fixed)
    uow.add_many(ContactEntry, entries, "contact.recorded")
    uow.add_many(ContactEntry, corrections, "contact.corrected")


__all__ = ["contact_log_rows", "write_contact_log"]
