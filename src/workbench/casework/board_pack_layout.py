"""The board pack, the wing briefing and the blank contribution forms laid out from ``PackFacts``.

Pure: facts in, ``reports.common.Document`` out (``reports`` cannot read casework DTOs, so the words
are chosen here). Every section of the pack is always present, in DESIGN.md section 7's order; one
without data says what is missing, so the board sees the gaps. The two restricted sections (risk
management plan, security digest) are marked and print on pages of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from workbench.casework.dto.board_pack import PackFacts
from workbench.casework.dto.plan import ObjectiveView
from workbench.domain.plan import Department
from workbench.domain.reviews import AttendanceMode
from workbench.reports.board_pack import pack
from workbench.reports.common import Block, Document, Para, Rows, Section, SignatureBox, WriteLines
from workbench.reports.contribution_form import blank_forms
from workbench.reports.wing_briefing import briefing

__all__ = ["PACK_TITLES", "blank_forms_document", "pack_document", "wing_briefing_document"]

PACK_TITLES = (
    "Cover and attendance",
    "Case summary and key dates",
    "Quality",
    "Risk of serious harm",
    "Risk management plan",
    "Likelihood of reoffending and needs",
    "Sentence plan",
    "Progress since the last board",
    "Contribution: ",  # one page per department
    "Interventions needed and available",
    "Security digest",
    "Prisoner's views",
    "Decisions, next review and signatures",
    "Distribution",
)
"""The pack's section titles in order ("Contribution: " is followed by each department's name)."""


def _d(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _missing(text: str) -> Para:
    return Para(text, "missing")


def _since(facts: PackFacts) -> str:
    return (
        f"since the last board on {_d(facts.last_board_on)}" if facts.last_board_on else "(no earlier board)"
    )


def _cover(f: PackFacts) -> Section:
    blocks: list[Block] = []
    if f.board is None:
        blocks.append(_missing("No board has been scheduled for this prisoner."))
    else:
        b = f.board
        when = f"{_d(b.scheduled_on)} {b.scheduled_time}".strip()
        blocks.append(
            Rows(
                ("Board", "When", "Where", "Chair", "State"),
                ((b.kind, when, b.location or "Not set", b.chair_name or "Not named", b.status),),
                (0.2, 0.2, 0.25, 0.2, 0.15),
            )
        )
    blocks.append(Para("Attendance", "h2"))
    if not f.invitees:
        blocks.append(_missing("Nobody has been invited to this board yet."))
    else:
        blocks.append(
            Rows(
                ("Department or role", "Name", "Contribution", "Attending"),
                tuple(
                    (i.department or i.who, i.name or "—", i.contribution, i.attending) for i in f.invitees
                ),
                (0.25, 0.25, 0.3, 0.2),
            )
        )
        attending = sum(
            1
            for i in f.invitees
            if i.attending not in (AttendanceMode.NOT_ATTENDING.label, AttendanceMode.UNKNOWN.label)
        )
        blocks.append(
            Para(
                f"{len(f.invitees)} invited; {attending} attending in person, by phone or by video.", "small"
            )
        )
    return Section(PACK_TITLES[0], tuple(blocks))


def _summary(f: PackFacts) -> Section:
    rows = (("Name", f.prisoner_name), ("NOMS number", f.noms_number), *f.key_dates)
    return Section(PACK_TITLES[1], (Rows(("Item", "Detail"), rows, (0.4, 0.6)),))


def _quality(f: PackFacts) -> Section:
    if not f.quality:
        return Section(PACK_TITLES[2], (_missing("The plan's quality checks could not be worked out."),))
    return Section(
        PACK_TITLES[2],
        (
            Para(f"The sentence plan's quality checks as at {_d(f.as_at)}.", "small"),
            Rows(
                ("Check", "State", "Why"),
                tuple((q.title, q.state, q.reason) for q in f.quality),
                (0.35, 0.2, 0.45),
            ),
        ),
    )


def _rosh(f: PackFacts) -> Section:
    if f.rosh is None:
        return Section(
            PACK_TITLES[3], (_missing("No full analysis of risk of serious harm has been signed."),)
        )
    r = f.rosh
    blocks: list[Block] = [
        Para(f"Overall: {r.overall_level}. Signed {_d(r.signed_on)} by {r.signed_by} (as at that date)."),
        Rows(("Risk to", "In custody", "In the community"), r.levels, (0.4, 0.3, 0.3)),
        Para("Summary", "h2"),
    ]
    for label, text in r.summary:
        blocks += [Para(label, "cell_bold"), Para(text)]
    blocks.append(Para(f"Changes {_since(f)}", "h2"))
    if not f.rosh_changes:
        blocks.append(
            Para("No analysis has been signed since the last board: the risk of harm is unchanged.")
        )
    else:
        blocks.append(
            Rows(
                ("Signed", "By", "Overall level"),
                tuple((_d(c.signed_on), c.signed_by, c.overall_level) for c in f.rosh_changes),
            )
        )
    return Section(PACK_TITLES[3], tuple(blocks))


def _rmp(f: PackFacts) -> Section:
    if f.rmp is None:
        return Section(
            PACK_TITLES[4], (_missing("No risk management plan has been signed."),), restricted=True
        )
    p = f.rmp
    blocks: list[Block] = [
        Para(f"Signed {_d(p.signed_on)} by {p.signed_by}; review by {_d(p.review_date) or 'not set'}."),
    ]
    if p.measures:
        blocks.append(
            Rows(
                ("Category", "Measure", "Who", "Response", "By when"),
                p.measures,
                (0.16, 0.3, 0.18, 0.24, 0.12),
            )
        )
    else:
        blocks.append(_missing("The signed plan holds no measures."))
    return Section(PACK_TITLES[4], tuple(blocks), restricted=True)


def _lor(f: PackFacts) -> Section:
    if f.lor is None:
        return Section(
            PACK_TITLES[5], (_missing("No likelihood of reoffending assessment has been completed."),)
        )
    a = f.lor
    blocks: list[Block] = [
        Para(f"Completed {_d(a.completed_on)} by {a.author}."),
        Rows(("Score", "Result"), a.scores, (0.3, 0.7)),
        Para("Needs", "h2"),
    ]
    if a.needs:
        blocks.append(Rows(("Need", "Severity", "Linked to"), a.needs, (0.5, 0.2, 0.3)))
    else:
        blocks.append(_missing("The assessment records no needs."))
    return Section(PACK_TITLES[5], tuple(blocks))


def _objective(n: int, o: ObjectiveView) -> list[Block]:
    blocks: list[Block] = [
        Para(f"{n}. {o.outcome}", "h2"),
        Para(
            f"{o.phase.label} · {o.status.label}" + (f" · how we will know: {o.measure}" if o.measure else "")
        ),
    ]
    if o.actions:
        blocks.append(
            Rows(
                ("Action", "Owner", "When", "State"),
                tuple((a.what, a.owner or "Not named", a.when or "—", a.status.label) for a in o.actions),
                (0.42, 0.25, 0.18, 0.15),
            )
        )
    else:
        blocks.append(_missing("No actions agreed for this objective."))
    return blocks


def _plan(f: PackFacts) -> Section:
    p = f.plan
    if not p.started:
        return Section(PACK_TITLES[6], (_missing("No sentence plan has been started."),))
    version = p.versions[-1].title if p.versions else "Draft: no version issued yet"
    blocks: list[Block] = [Para(f"{version}.")]
    if not p.objectives:
        blocks.append(_missing("The plan has no objectives."))
    for n, o in enumerate(p.objectives, start=1):
        blocks += _objective(n, o)
    blocks.append(Para("Contact levels", "h2"))
    contact = (
        ("Offender supervisor", p.contact_frequency.label if p.contact_frequency else "Not set"),
        ("Community offender manager", p.com_liaison.label if p.com_liaison else "Not set"),
        ("Next review", _d(p.next_review_on) or "Not set"),
    )
    blocks.append(Rows(("Who", "How often"), contact, (0.4, 0.6)))
    blocks.append(Para("Responsivity", "h2"))
    blocks.append(Para(p.responsivity) if p.responsivity else _missing("No responsivity needs are recorded."))
    if p.diversity_adjustments:
        blocks.append(Para(f"Adjustments: {p.diversity_adjustments}"))
    return Section(PACK_TITLES[6], tuple(blocks))


def _progress(f: PackFacts) -> Section:
    if not f.reviews:
        return Section(PACK_TITLES[7], (_missing(f"No review has been signed {_since(f)}."),))
    blocks: list[Block] = []
    for r in f.reviews:
        blocks.append(Para(f"Review of {_d(r.review_date)}, signed by {r.signed_by}", "h2"))
        if r.participants:
            blocks.append(Para(f"Took part: {r.participants}", "small"))
        if r.progress:
            blocks.append(Rows(("Objective or need", "Progress", "Evidence"), r.progress, (0.35, 0.15, 0.5)))
        blocks.append(Para(f"Changes: {r.plan_changes or 'none recorded'}"))
        if r.next_review_on:
            blocks.append(Para(f"Next review: {_d(r.next_review_on)}"))
    return Section(PACK_TITLES[7], tuple(blocks))


def _contributions(f: PackFacts) -> list[Section]:
    if not f.contributions:
        return [
            Section(
                "Contributions from departments",
                (_missing("No department was asked for a contribution to this board."),),
            )
        ]
    out = []
    for c in f.contributions:
        blocks: list[Block] = [
            Para(
                f"Requested {_d(c.requested_on)}; {c.status}." if c.requested_on else f"{c.status}.", "small"
            )
        ]
        if c.written_on is None:
            blocks.append(_missing(f"No contribution has been received from {c.department}."))
        else:
            blocks.append(Para(f"Written {_d(c.written_on)} by {c.written_by}."))
            blocks.append(Para(c.summary or "No summary given."))
            if c.proposals:
                blocks.append(Para("Proposed", "h2"))
                blocks += [Para(p, "item", bullet="•") for p in c.proposals]
        out.append(Section(f"{PACK_TITLES[8]}{c.department}", tuple(blocks)))
    return out


def _interventions(f: PackFacts) -> Section:
    if not f.interventions:
        return Section(PACK_TITLES[9], (_missing("No intervention has been recorded as needed."),))
    rows = tuple(
        (
            r.intervention,
            r.need_label,
            r.availability.label,
            _d(r.planned_on) or "—",
            ("Open" if r.need_open else "Met") + (f" — {r.reason}" if r.reason else ""),
        )
        for r in f.interventions
    )
    return Section(
        PACK_TITLES[9],
        (
            Rows(
                ("Intervention", "Need", "Availability", "Planned", "Need state"),
                rows,
                (0.25, 0.2, 0.18, 0.12, 0.25),
            ),
        ),
    )


def _security(f: PackFacts) -> Section:
    if not f.security:
        return Section(
            PACK_TITLES[10], (Para("No restricted security entries are recorded."),), restricted=True
        )
    rows = tuple((_d(e.on), e.author, e.summary) for e in f.security)
    return Section(
        PACK_TITLES[10], (Rows(("Date", "By", "Entry"), rows, (0.14, 0.2, 0.66)),), restricted=True
    )


def _views(f: PackFacts) -> Section:
    blocks: list[Block] = []
    involvement = f.plan.involvement
    if involvement is not None:
        blocks.append(
            Para(
                f"Involvement in the plan: {involvement.label}."
                + (f" {f.plan.involvement_reason}" if f.plan.involvement_reason else "")
            )
        )
    if f.prisoner_views:
        blocks.append(Para(f"In the prisoner's words: “{f.prisoner_views}”"))
    if not blocks:
        blocks.append(_missing("The prisoner's views have not been recorded."))
    blocks.append(WriteLines(5, "Views given at the board"))
    return Section(PACK_TITLES[11], tuple(blocks))


def _decisions(f: PackFacts) -> Section:
    blocks: list[Block] = []
    if f.decisions:
        blocks += [Para(d, "item", bullet="•") for d in f.decisions]
    else:
        blocks.append(Para("No decisions recorded yet: write them here and record them in the workbench."))
        blocks.append(WriteLines(6))
    blocks.append(Para(f"Next review: {_d(f.next_review_on) or '____ / ____ / ________'}", "h2"))
    blocks.append(SignatureBox(("Chair", "Offender supervisor", "Countersigned: OMU manager")))
    return Section(PACK_TITLES[12], tuple(blocks))


def _distribution(f: PackFacts) -> Section:
    return Section(
        PACK_TITLES[13],
        (
            Para(
                "This pack is OFFICIAL-SENSITIVE. Pages marked RESTRICTED go only to those entitled to them."
            ),
            *(Para(line, "item", bullet="•") for line in f.distribution),
            Para(f"Printed {_d(f.as_at)} by {f.printed_by}.", "small"),
        ),
    )


def pack_document(f: PackFacts) -> Document:
    """The whole board pack: every section in order, gaps stated."""
    sections: list[Section] = [
        _cover(f),
        _summary(f),
        _quality(f),
        _rosh(f),
        _rmp(f),
        _lor(f),
        _plan(f),
        _progress(f),
        *_contributions(f),
        _interventions(f),
        _security(f),
        _views(f),
        _decisions(f),
        _distribution(f),
    ]
    return pack(f.prisoner_name, f.noms_number, f.location, f.as_at, sections)


def _wing_objectives(objectives: Sequence[ObjectiveView]) -> tuple[str, ...]:
    """Objectives the wing has a part in: from the wing, or with an action owned by wing staff."""

    def wing(o: ObjectiveView) -> bool:
        return o.source_department is Department.WING or any(
            a.department is Department.WING
            or "wing" in a.owner_role.lower()
            or "officer" in a.owner_role.lower()
            for a in o.actions
        )

    out = []
    for o in objectives:
        if o.status.value in ("FULLY_ACHIEVED", "NOT_ACHIEVED", "NO_LONGER_APPLICABLE"):
            continue
        if wing(o):
            steps = "; ".join(
                f"{a.what} ({a.owner or 'wing staff'})" for a in o.actions if a.department is Department.WING
            )
            out.append(o.outcome + (f" — {steps}" if steps else ""))
    return tuple(out)


def wing_briefing_document(f: PackFacts) -> Document:
    """One page for wing staff: who, the objectives the wing helps with, contact levels, open risk flags."""
    supervisor = next((v for k, v in f.key_dates if k == "Offender supervisor"), "Not allocated")
    flags: list[str] = []
    if f.rosh is not None:
        flags.append(f"Risk of serious harm: {f.rosh.overall_level}")
        for group, custody, _community in f.rosh.levels:
            if group in ("Staff", "Prisoners", "Known adult") and custody not in ("Not assessed", "Low"):
                flags.append(f"Risk in custody to {group.lower()}: {custody}")
    else:
        flags.append("Risk of serious harm: no signed analysis")
    board = f"{_d(f.board.scheduled_on)} ({f.board.kind})" if f.board else "none scheduled"
    contact = (
        f"Offender supervisor contact: {f.plan.contact_frequency.label.lower()}"
        if f.plan.contact_frequency
        else "Offender supervisor contact: not set"
    )
    return briefing(
        name=f.prisoner_name,
        noms=f.noms_number,
        location=f.location,
        as_at=f.as_at,
        supervisor=supervisor,
        next_board=board,
        objectives=_wing_objectives(f.plan.objectives),
        contact=(contact, f"Next review of the plan: {_d(f.next_review_on) or 'not set'}"),
        flags=tuple(flags),
    )


def blank_forms_document(f: PackFacts) -> Document:
    """One blank contribution form per department invited (every department when none is)."""
    invited = [
        d for d in Department if d is not Department.OMU and any(i.department == d.label for i in f.invitees)
    ]
    departments = invited or [d for d in Department if d not in (Department.OMU, Department.COMMUNITY)]
    board = f"{f.board.kind} board, {_d(f.board.scheduled_on)}" if f.board else "Board date to be set"
    return blank_forms(
        f.prisoner_name, f.noms_number, f.location, f.as_at, board, tuple(d.label for d in departments)
    )
