"""Blank department contribution forms for a sentence planning board (issue 10 point 6).

One page per department, with lines to write on, for departments that cannot use the workbench
(contributions written on paper are typed in by the supervisor).
"""

from __future__ import annotations

from datetime import date

from workbench.reports.common import Document, Para, Section, SignatureBox, WriteLines

__all__ = ["blank_forms"]


def blank_forms(
    name: str, noms: str, location: str, as_at: date, board: str, departments: tuple[str, ...]
) -> Document:
    """A ``Document`` of one blank form per department (each on its own page)."""
    sections = tuple(
        Section(
            f"Contribution: {dept}",
            (
                Para(f"For: {name} ({noms}){' — ' + location if location else ''}. {board}."),
                WriteLines(4, "Progress since the last board (what you have seen)"),
                WriteLines(4, "Objectives you propose"),
                WriteLines(4, "Actions you propose (what, who, by when)"),
                Para("Attending the board:  ☐ in person   ☐ phone   ☐ video   ☐ not attending", "h2"),
                SignatureBox((f"{dept}: name",)),
            ),
        )
        for dept in departments
    )
    return Document(
        "Department contributions to the sentence planning board",
        (f"{name} ({noms})", f"As at {as_at:%d/%m/%Y}. Return to the offender supervisor before the board."),
        sections,
        footer=f"{noms} — contribution forms as at {as_at:%d/%m/%Y}",
    )
