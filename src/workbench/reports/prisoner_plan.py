"""The prisoner's own copy of the sentence plan, in plain language (issue 9 point 1; DESIGN.md 7).

"A plain-language copy for the prisoner prints from here": headings in the first person ("What I am
working on", "How we will know", "Who will help me and when", "What I said"), the objectives in order
with their actions and who owns them, the planned contact, and the date. "OFFICIAL-SENSITIVE" and
"Page X of Y" on every page. Restricted risk management content is never part of the input, so it
cannot print. DejaVu Sans is embedded so names with any accent print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from workbench.reports.common import MARKING, Rendered, render_story, styles
from workbench.reports.common import paragraph as _p

__all__ = [
    "MARKING",
    "CopyAction",
    "CopyObjective",
    "PrisonerPlanCopy",
    "render_prisoner_plan",
    "render_prisoner_plan_pages",
]


@dataclass(frozen=True, slots=True)
class CopyAction:
    """One step: what will be done, who will help (role and name), when."""

    what: str
    who: str
    when: str


@dataclass(frozen=True, slots=True)
class CopyObjective:
    """One objective in the prisoner's words-friendly form."""

    outcome: str
    measure: str
    phase: str
    actions: tuple[CopyAction, ...] = ()


@dataclass(frozen=True, slots=True)
class PrisonerPlanCopy:
    """Everything the prisoner's copy prints (no restricted content is ever put here)."""

    prisoner_name: str
    noms_number: str
    printed_on: date
    objectives: tuple[CopyObjective, ...]
    contact: tuple[str, ...]
    adjustments: str
    involvement: str
    comments: str
    version: str


def _story(copy: PrisonerPlanCopy) -> list[Any]:
    st = styles()
    story: list[Any] = [
        _p("My sentence plan", st["title"]),
        _p(f"{copy.prisoner_name} ({copy.noms_number}) — printed {copy.printed_on:%d/%m/%Y}", st["body"]),
    ]
    if copy.version:
        story.append(_p(copy.version, st["body"]))
    story.append(_p("What I am working on", st["h1"]))
    if not copy.objectives:
        story.append(_p("No objectives have been agreed yet.", st["body"]))
    for n, o in enumerate(copy.objectives, start=1):
        block: list[Any] = [
            _p(f"{n}. {o.outcome}", st["h2"]),
            _p(f"When: {o.phase}", st["body"]),
            _p("How we will know", st["h2"]),
            _p(o.measure or "We will agree this at my next review.", st["body"]),
            _p("Who will help me and when", st["h2"]),
        ]
        if not o.actions:
            block.append(_p("Steps still to be agreed.", st["body"]))
        for a in o.actions:
            who = f" — {a.who}" if a.who else ""
            when = f" ({a.when})" if a.when else ""
            block.append(_p(f"{a.what}{who}{when}", st["item"], bullet="•"))
        story.append(KeepTogether(block))
    story.append(_p("How often we will meet", st["h1"]))
    for line in copy.contact or ("Not agreed yet.",):
        story.append(_p(line, st["item"], bullet="•"))
    if copy.adjustments:
        story.append(_p("What will help me take part", st["h2"]))
        story.append(_p(copy.adjustments, st["body"]))
    story.append(_p("What I said", st["h1"]))
    story.append(_p(copy.involvement or "Not recorded yet.", st["body"]))
    if copy.comments:
        story.append(_p(f"In my own words: “{copy.comments}”", st["body"]))
    story.append(Spacer(1, 8 * mm))
    story.append(_p("Keep this copy. Ask your offender supervisor if anything is unclear.", st["body"]))
    return story


def render_prisoner_plan_pages(copy: PrisonerPlanCopy, font_dir: Path | None = None) -> Rendered:
    """The prisoner's copy as an A4 PDF with its page count (the board pack trims it to one page)."""
    return render_story(lambda: _story(copy), title="My sentence plan", directory=font_dir)


def render_prisoner_plan(copy: PrisonerPlanCopy, font_dir: Path | None = None) -> bytes:
    """The prisoner's copy as an A4 PDF (bytes)."""
    return render_prisoner_plan_pages(copy, font_dir).pdf
