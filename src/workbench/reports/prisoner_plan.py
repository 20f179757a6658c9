"""The prisoner's own copy of the sentence plan, in plain language (issue 9 point 1; DESIGN.md 7).

"A plain-language copy for the prisoner prints from here": headings in the first person ("What I am
working on", "How we will know", "Who will help me and when", "What I said"), the objectives in order
with their actions and who owns them, the planned contact, and the date. "OFFICIAL-SENSITIVE" and
"Page X of Y" on every page. Restricted risk management content is never part of the input, so it
cannot print. DejaVu Sans is embedded so names with any accent print.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

__all__ = ["CopyAction", "CopyObjective", "PrisonerPlanCopy", "render_prisoner_plan"]

MARKING = "OFFICIAL-SENSITIVE"
_FONT = "DejaVuSans"
_BOLD = "DejaVuSans-Bold"


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


def _font_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[3]
    return root / "resources" / "fonts"


def _register_fonts(font_dir: Path) -> None:
    if _FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(_FONT, str(font_dir / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(_BOLD, str(font_dir / "DejaVuSans-Bold.ttf")))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=_FONT, fontSize=11, leading=15, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=_BOLD, fontSize=18, leading=22, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=body, fontName=_BOLD, fontSize=14, leading=18, spaceBefore=10),
        "h2": ParagraphStyle("h2", parent=body, fontName=_BOLD, fontSize=12, leading=16, spaceBefore=6),
        "body": body,
        "item": ParagraphStyle("item", parent=body, leftIndent=8 * mm, bulletIndent=3 * mm),
    }


def _p(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of user text (escaped: a typed "<" must print, not break the layout)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style, bulletText=bullet)


class _NumberedDoc(SimpleDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Two passes: the first counts the pages, the second prints "Page X of Y"."""

    page_count = 0

    def afterFlowable(self, flowable: Any) -> None:
        del flowable
        self.page_count = max(self.page_count, self.page)


def _decorate(canvas: Any, doc: Any, total: int) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont(_BOLD, 9)
    canvas.drawCentredString(width / 2, height - 12 * mm, MARKING)
    canvas.drawCentredString(width / 2, 10 * mm, MARKING)
    canvas.setFont(_FONT, 9)
    canvas.drawRightString(width - 18 * mm, 10 * mm, f"Page {doc.page} of {total}")
    canvas.restoreState()


def _story(copy: PrisonerPlanCopy) -> list[Any]:
    st = _styles()
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


def render_prisoner_plan(copy: PrisonerPlanCopy, font_dir: Path | None = None) -> bytes:
    """The prisoner's copy as an A4 PDF (bytes)."""
    _register_fonts(font_dir or _font_dir())

    def build(total: int) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = _NumberedDoc(
            buffer,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title="My sentence plan",
            author="Offender Supervisor Workbench",
        )
        doc.build(
            _story(copy),
            onFirstPage=lambda c, d: _decorate(c, d, total),
            onLaterPages=lambda c, d: _decorate(c, d, total),
        )
        return buffer.getvalue(), doc.page_count

    _, pages = build(0)
    pdf, _ = build(pages)
    return pdf
