"""The sentence planning board pack (issue 10 point 6; DESIGN.md section 7).

The sections are written by the caller (casework lays them out from the records); this module puts the
pack's title block on them: the prisoner, "as at" the printing date, and a note on the restricted
pages. The page template (marking, "Page X of Y", restricted pages marked) is ``reports.common``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from workbench.reports.common import RESTRICTED_MARK, Document, Section

__all__ = ["pack"]


def pack(name: str, noms: str, location: str, as_at: date, sections: Sequence[Section]) -> Document:
    """The board pack of ``name`` as a ``Document`` (render it with ``reports.common.render_document``)."""
    restricted = [s.title for s in sections if s.restricted]
    subtitle = [f"{name} ({noms}){' — ' + location if location else ''}", f"As at {as_at:%d/%m/%Y}"]
    if restricted:
        subtitle.append(
            f"Pages headed “{RESTRICTED_MARK}” ({', '.join(restricted)}) are not for the prisoner "
            "or for anyone not entitled to public-protection information."
        )
    return Document(
        "Sentence planning board pack",
        tuple(subtitle),
        tuple(sections),
        footer=f"{noms} — board pack as at {as_at:%d/%m/%Y}",
    )
