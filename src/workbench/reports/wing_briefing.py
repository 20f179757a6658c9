"""The one-page wing briefing for a sentence planning board (issue 10 point 6).

What wing staff need and nothing more: who the prisoner is and who supervises them, the objectives of
the plan the wing helps with, how often contact is planned, and the risk flags that are not
restricted. Nothing from the risk management plan or the security digest is ever passed in.
"""

from __future__ import annotations

from datetime import date

from workbench.reports.common import Block, Document, Para, Rows, Section

__all__ = ["briefing"]


def briefing(
    *,
    name: str,
    noms: str,
    location: str,
    as_at: date,
    supervisor: str,
    next_board: str,
    objectives: tuple[str, ...],
    contact: tuple[str, ...],
    flags: tuple[str, ...],
) -> Document:
    """The wing briefing as a one-page ``Document`` (sections share the page)."""
    about = Rows(
        ("Item", "Detail"),
        (
            ("Location", location or "Not recorded"),
            ("Offender supervisor", supervisor),
            ("Next board", next_board),
        ),
        (0.35, 0.65),
    )
    wing: tuple[Block, ...] = (
        tuple(Para(o, "item", bullet="•") for o in objectives)
        if objectives
        else (Para("No objective of the plan asks anything of the wing yet.", "missing"),)
    )
    return Document(
        "Wing briefing",
        (f"{name} ({noms})", f"As at {as_at:%d/%m/%Y}"),
        (
            Section("About", (about,), new_page=False),
            Section("What the plan asks of the wing", wing, new_page=False),
            Section("Contact levels", tuple(Para(c, "item", bullet="•") for c in contact), new_page=False),
            Section(
                "Risk flags",
                (
                    *(Para(f, "item", bullet="•") for f in flags),
                    Para("Restricted information is not included: ask the offender supervisor.", "small"),
                ),
                new_page=False,
            ),
        ),
        footer=f"{noms} — wing briefing as at {as_at:%d/%m/%Y}",
    )
