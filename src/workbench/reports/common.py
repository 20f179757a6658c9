"""The page template every printed document shares (DESIGN.md section 7).

A4, DejaVu Sans embedded (names with any accent print), "OFFICIAL-SENSITIVE" at the top and bottom of
every page and "Page X of Y" at the foot (written when the last page is known). Pages that carry
restricted content are marked "RESTRICTED — public protection" under the marking: a restricted section
always starts on a page of its own and the next section starts a new page, so a restricted page never
carries anything else and can be withheld from a copy.

Besides the template, a small document model (``Document`` → ``Section`` → blocks) the board pack, the
wing briefing and the blank contribution forms are written in, so they look alike and all text passes
through one escaping paragraph builder.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

__all__ = [
    "FONT",
    "FONT_BOLD",
    "MARKING",
    "RESTRICTED_MARK",
    "Block",
    "Document",
    "Para",
    "Rows",
    "Section",
    "SignatureBox",
    "WriteLines",
    "paragraph",
    "register_fonts",
    "render_document",
    "render_story",
    "styles",
]

MARKING = "OFFICIAL-SENSITIVE"
RESTRICTED_MARK = "RESTRICTED — public protection"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_MARGIN = 18 * mm


def font_dir() -> Path:
    """``resources/fonts`` of the source tree or of a frozen (PyInstaller) build."""
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[3]
    return root / "resources" / "fonts"


def register_fonts(directory: Path | None = None) -> None:
    """Register DejaVu Sans (regular and bold) with reportlab once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    where = directory or font_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(where / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(where / "DejaVuSans-Bold.ttf")))


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles: title, h1, h2, body, item (bulleted), small, cell, cell_bold."""
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15, spaceAfter=4)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=8
        ),
        "h1": ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=10),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16, spaceBefore=6),
        "body": body,
        "item": ParagraphStyle("item", parent=body, leftIndent=8 * mm, bulletIndent=3 * mm),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12),
        "missing": ParagraphStyle(
            "missing", parent=body, fontName=FONT_BOLD, textColor=colors.HexColor("#8a1c1c")
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11),
    }


def paragraph(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of user text (escaped: a typed "<" must print, not break the layout)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style, bulletText=bullet)


# -- the page template ----------------------------------------------------------------------------------


class _RestrictedMark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size marker: the content after it is restricted (``on``) or no longer restricted."""

    def __init__(self, on: bool) -> None:
        super().__init__()
        self.on = on

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        del avail_width, avail_height
        return 0, 0

    def draw(self) -> None:
        return None


class _NumberedDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Counts its pages and knows which pages hold restricted content."""

    def __init__(self, buffer: io.BytesIO, decorate: Callable[[Any, _NumberedDoc], None], **kw: Any) -> None:
        super().__init__(buffer, pagesize=A4, **kw)
        self.page_count = 0
        self.in_restricted = False
        self.page_restricted = False
        self.restricted_pages: list[int] = []
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPageEnd=lambda c, d: decorate(c, d))]
        )

    def beforePage(self) -> None:
        self.page_restricted = self.in_restricted

    def afterFlowable(self, flowable: Any) -> None:
        self.page_count = max(self.page_count, self.page)
        if isinstance(flowable, _RestrictedMark):
            self.in_restricted = flowable.on
            if flowable.on:
                self.page_restricted = True

    def afterPage(self) -> None:
        if self.page_restricted:
            self.restricted_pages.append(self.page)


def _decorator(footer: str) -> Callable[[Any, _NumberedDoc], None]:
    def decorate(canvas: Any, doc: _NumberedDoc) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(width / 2, height - 12 * mm, MARKING)
        canvas.drawCentredString(width / 2, 10 * mm, MARKING)
        if doc.page_restricted:
            canvas.setFillColor(colors.HexColor("#8a1c1c"))
            canvas.setFont(FONT_BOLD, 10)
            canvas.drawCentredString(width / 2, height - 17 * mm, RESTRICTED_MARK)
            canvas.setStrokeColor(colors.HexColor("#8a1c1c"))
            canvas.line(_MARGIN, height - 18.5 * mm, width - _MARGIN, height - 18.5 * mm)
            canvas.setFillColor(colors.black)
        if footer:
            canvas.setFont(FONT, 8)
            canvas.drawString(_MARGIN, 10 * mm, footer)
        canvas.restoreState()

    return decorate


class _NumberingCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Holds each finished page until the end, then writes "Page X of Y" on all of them.

    One layout pass instead of two (laying out is what costs): the total is only known at the end.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        width = A4[0]
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 9)
            self.drawRightString(width - _MARGIN, 10 * mm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered PDF, its page count and the numbers of the pages marked restricted."""

    pdf: bytes
    pages: int
    restricted_pages: tuple[int, ...]


def render_story(
    make_story: Callable[[], list[Any]],
    *,
    title: str,
    footer: str = "",
    top_margin: float = 20 * mm,
    directory: Path | None = None,
) -> Rendered:
    """Lay the story out once into an A4 PDF with the shared template (markings, "Page X of Y")."""
    register_fonts(directory)
    buffer = io.BytesIO()
    doc = _NumberedDoc(
        buffer,
        _decorator(footer),
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=top_margin,
        bottomMargin=18 * mm,
        title=title,
        author="Offender Supervisor Workbench",
    )
    doc.build(make_story(), canvasmaker=_NumberingCanvas)
    return Rendered(buffer.getvalue(), doc.page_count, tuple(doc.restricted_pages))


# -- the document model -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph; ``style`` one of ``styles()``'s keys ("missing": what a section lacks, in red)."""

    text: str
    style: str = "body"
    bullet: str | None = None


@dataclass(frozen=True, slots=True)
class Rows:
    """A table with a header row; ``widths`` are fractions of the text width (None: equal)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class WriteLines:
    """Ruled lines to write on, under an optional label."""

    count: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """A box per signer: name, signature and date to be filled in by hand."""

    signers: tuple[str, ...]


Block = Para | Rows | WriteLines | SignatureBox


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part of a document; a restricted section is printed on pages of its own, marked."""

    title: str
    blocks: tuple[Block, ...]
    restricted: bool = False
    new_page: bool = True


@dataclass(frozen=True, slots=True)
class Document:
    """A printed document: its title, the lines under it, its sections, and the footer's reference."""

    title: str
    subtitle: tuple[str, ...]
    sections: tuple[Section, ...]
    footer: str = ""


class _Lines(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Ruled lines for handwriting."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.gap = 9 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        del avail_height
        self.width = avail_width
        return avail_width, self.count * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor("#9a9a9a"))
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = i * self.gap
            self.canv.line(0, y, self.width, y)


_CELL_SIZE = 9
_CELL_PAD = 4


def _cell(text: str, font: str, width: float) -> str:
    """A table cell's text broken into lines that fit ``width``.

    Plain strings, not Paragraphs: parsing and wrapping a Paragraph per cell was most of a pack's
    layout time (benchmarks/bench_board_pack.py), and cells need no markup.
    """
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        lines += simpleSplit(part, font, _CELL_SIZE, width - 2 * _CELL_PAD) or [""]
    return "\n".join(lines)


def _table(rows: Rows, width: float) -> Table:
    count = len(rows.header)
    fractions = rows.widths or tuple(1 / count for _ in range(count))
    widths = [f * width for f in fractions]
    data = [[_cell(h, FONT_BOLD, w) for h, w in zip(rows.header, widths, strict=True)]]
    data += [[_cell(c, FONT, w) for c, w in zip(row, widths, strict=True)] for row in rows.rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, _CELL_SIZE, _CELL_SIZE + 2),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, _CELL_SIZE, _CELL_SIZE + 2),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _signature_box(box: SignatureBox, width: float, st: dict[str, ParagraphStyle]) -> Table:
    header = [paragraph(h, st["cell_bold"]) for h in ("Role and name", "Signature", "Date")]
    data = [
        [paragraph(s, st["cell_bold"]), paragraph("", st["cell"]), paragraph("", st["cell"])]
        for s in box.signers
    ]
    table = Table([header, *data], colWidths=[0.45 * width, 0.35 * width, 0.2 * width], rowHeights=None)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 16),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    return table


def _blocks(blocks: Sequence[Block], width: float, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(paragraph(b.text, st[b.style], bullet=b.bullet))
        elif isinstance(b, Rows):
            out.append(_table(b, width))
            out.append(Spacer(1, 3 * mm))
        elif isinstance(b, WriteLines):
            if b.label:
                out.append(CondPageBreak(30 * mm))
                out.append(paragraph(b.label, st["h2"]))
            out.append(Spacer(1, 6 * mm))
            out.append(_Lines(b.count))
            out.append(Spacer(1, 4 * mm))
        else:
            out.append(KeepTogether([_signature_box(b, width, st)]))
            out.append(Spacer(1, 3 * mm))
    return out


def document_story(doc: Document) -> list[Any]:
    """The flowables of a document: title block, then each section (restricted ones marked)."""
    st = styles()
    width = A4[0] - 2 * _MARGIN
    story: list[Any] = [paragraph(doc.title, st["title"])]
    story += [paragraph(line, st["body"]) for line in doc.subtitle]
    after_restricted = False
    for n, section in enumerate(doc.sections):
        # A restricted section stands on pages of its own: a break before it and before what follows.
        if n and (section.new_page or section.restricted or after_restricted):
            story.append(PageBreak())
        after_restricted = section.restricted
        if section.restricted:
            story.append(_RestrictedMark(True))
        story.append(paragraph(section.title, st["h1"]))
        story += _blocks(section.blocks, width, st)
        if section.restricted:
            story.append(_RestrictedMark(False))
    return story


def render_document(doc: Document, directory: Path | None = None) -> Rendered:
    """A document as an A4 PDF with the shared template."""
    return render_story(lambda: document_story(doc), title=doc.title, footer=doc.footer, directory=directory)
