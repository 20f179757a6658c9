"""A 40-page board pack against a plain reportlab document of the same pages (issue 10 point 7).

    .venv/bin/python benchmarks/bench_board_pack.py [--rounds 5]

The pack: ``casework.board_pack_layout.pack_document`` on synthetic facts sized to 40 pages (a long
plan, ten department contributions, interventions, security entries), rendered with the shared page
template (markings, "Page X of Y", restricted pages marked). The baseline: the very same flowables
built and laid out by reportlab's plain ``SimpleDocTemplate`` (no numbering, no markings), so the
difference is what laying the facts out and the template cost. Medians of interleaved rounds in one
run; target: pack under 1 s. Nothing is asserted (DESIGN.md section 8).
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import date, datetime, timedelta

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from workbench.casework.board_pack_layout import pack_document
from workbench.casework.dto.board_pack import (
    BoardFacts,
    ContributionFacts,
    InviteeFacts,
    LorFacts,
    PackFacts,
    QualityLine,
    ReviewFacts,
    RmpFacts,
    RoshFacts,
    SecurityEntry,
)
from workbench.casework.dto.interventions import RequirementRow
from workbench.casework.dto.plan import ActionView, ObjectiveView, PlanView, VersionSummary
from workbench.domain.plan import (
    ActionStatus,
    Availability,
    ContactFrequency,
    Department,
    ObjectiveStatus,
    Phase,
    VersionReason,
)
from workbench.reports.common import Document, document_story, register_fonts, render_document

TODAY = date(2026, 12, 5)
WORDS = (
    "He has kept to the education timetable and asks for more reading work; staff on the wing say he "
    "has been calmer since the move to a single cell, and he has started the employment course. "
)


def _plan(objectives: int) -> PlanView:
    views = tuple(
        ObjectiveView(
            objective_id=f"o{n}",
            outcome=f"Objective {n}: to manage money and debts so that release is not put at risk",
            links=(),
            measure="Budget kept for three months; debts agreed with creditors",
            phase=Phase.NOW,
            position=n,
            prerequisites=(),
            roh_tag=None,
            status=ObjectiveStatus.ONGOING,
            status_reason="",
            source_department=Department.OMU,
            created_by_name="Alex Testworth",
            actions=tuple(
                ActionView(
                    f"a{n}{k}",
                    f"o{n}",
                    f"Action {k}: {WORDS[:90]}",
                    "Education manager",
                    "Jo Bloggs",
                    Department.EDUCATION,
                    TODAY + timedelta(days=30 * k),
                    "",
                    ActionStatus.NOT_STARTED,
                    k,
                )
                for k in range(4)
            ),
        )
        for n in range(objectives)
    )
    version = VersionSummary("v1", 1, VersionReason.INITIAL, "", datetime(2026, 6, 1), "Alex Testworth")
    return PlanView(
        "p",
        "x",
        "Gary Examplewood",
        "Z6745LY",
        True,
        ContactFrequency.MONTHLY,
        ContactFrequency.MONTHLY,
        TODAY + timedelta(days=90),
        "Learns best by being shown.",
        "",
        None,
        "",
        "",
        None,
        objectives=views,
        versions=(version,),
    )


def facts(objectives: int = 12) -> PackFacts:
    """Synthetic facts that lay out to a pack of about 40 pages."""
    departments = [d for d in Department if d is not Department.OMU]
    return PackFacts(
        prisoner_id="x",
        prisoner_name="Gary Examplewood",
        noms_number="Z6745LY",
        location="E-2-09",
        establishment="DMO",
        as_at=TODAY,
        printed_by="Alex Testworth",
        board=BoardFacts(
            "b", "Review", TODAY + timedelta(days=7), "10:00", "OMU", "Morgan Demoworth", "Scheduled"
        ),
        invitees=tuple(
            InviteeFacts("Department", d.label, "Name Here", "Requested; received", "In person")
            for d in departments
        ),
        last_board_on=TODAY - timedelta(days=200),
        key_dates=tuple((f"Date {n}", "01/01/2027") for n in range(20)),
        quality=tuple(QualityLine(f"Check {n}", "Green — met", WORDS[:80]) for n in range(10)),
        rosh=RoshFacts(
            TODAY,
            "Priya Sampleton",
            "Medium",
            tuple((f"Part {n}", WORDS) for n in range(6)),
            tuple((g, "Low", "Medium") for g in ("Children", "Public", "Known adult", "Staff")),
        ),
        rosh_changes=(),
        rmp=RmpFacts(
            TODAY,
            "Priya Sampleton",
            TODAY,
            tuple(("Supervision", WORDS[:60], "OS", WORDS[:70], "") for _ in range(12)),
        ),
        lor=LorFacts(
            TODAY,
            "Priya Sampleton",
            (("OGRS3", "High"),),
            tuple((f"Need {n}", "Severe", "harm") for n in range(11)),
        ),
        plan=_plan(objectives),
        reviews=tuple(
            ReviewFacts(
                TODAY, "Alex", "Prisoner (In person)", (("Objective 1", "Good", WORDS),) * 4, WORDS, TODAY
            )
            for _ in range(3)
        ),
        contributions=tuple(
            ContributionFacts(d.label, TODAY, "Received", "Name Here", TODAY, WORDS * 4, (WORDS[:100],) * 3)
            for d in departments
        ),
        interventions=tuple(
            RequirementRow(
                f"r{n}",
                "x",
                "Z6745LY",
                "Gary",
                "TSP",
                "Thinking Skills Programme",
                "THINKING",
                "Thinking and behaviour",
                Availability.DELIVERED,
                TODAY,
                "",
                "",
                None,
                "DMO",
                TODAY,
                "Alex",
            )
            for n in range(15)
        ),
        security=tuple(SecurityEntry(TODAY, "Security", WORDS) for _ in range(12)),
        prisoner_views=WORDS,
        decisions=(),
        next_review_on=TODAY,
        distribution=tuple(f"Party {n}" for n in range(10)),
    )


def _plain(document: Document) -> tuple[float, int]:
    began = time.perf_counter()
    doc_story = document_story(document)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=18 * mm
    )
    doc.build(doc_story)
    return time.perf_counter() - began, doc.page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--objectives", type=int, default=48, help="plan size (sets the page count)")
    args = parser.parse_args()
    register_fonts()
    pack_facts = facts(args.objectives)
    document = pack_document(pack_facts)
    render_document(document)  # warm: fonts parsed, code paths loaded
    packs, plains, pages, plain_pages = [], [], 0, 0
    for _ in range(args.rounds):  # interleaved, so a busy moment of the machine hits both
        began = time.perf_counter()
        rendered = render_document(pack_document(pack_facts))
        packs.append(time.perf_counter() - began)
        pages = rendered.pages
        seconds, plain_pages = _plain(document)
        plains.append(seconds)
    p, b = statistics.median(packs), statistics.median(plains)
    print(f"board pack, {pages} pages (facts laid out, markings, 'Page X of Y'): median {p * 1000:.0f} ms")
    print(f"plain reportlab, {plain_pages} pages (same flowables, no template):     median {b * 1000:.0f} ms")
    print(f"ratio: {p / b:.2f}x; target under 1 s: {'met' if p < 1 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
