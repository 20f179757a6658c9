"""The prisoner's plain-language copy of the plan (issue 9 point 1; DESIGN.md section 7)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from workbench.reports.prisoner_plan import CopyAction, CopyObjective, PrisonerPlanCopy, render_prisoner_plan

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _copy(objectives: int) -> PrisonerPlanCopy:
    return PrisonerPlanCopy(
        prisoner_name="Zoë Ní Bhriain-Łukasz",
        noms_number="A1234BC",
        printed_on=date(2026, 11, 26),
        objectives=tuple(
            CopyObjective(
                outcome=f"Objective {n}: to stay free of drugs & <cope> with cravings.",
                measure="Clean tests every month.",
                phase="Now",
                actions=(CopyAction("Meet the CARAT worker", "CARAT worker (Jo Bloggs)", "18/12/2026"),),
            )
            for n in range(1, objectives + 1)
        ),
        contact=("My offender supervisor will see me: monthly.",),
        adjustments="Reads slowly: go through the plan aloud.",
        involvement="I agree with this plan.",
        comments="I want to be there for my daughter.",
        version="Version 1 — Initial plan, 26/11/2026",
    )


def test_the_copy_is_plain_language_with_objectives_owners_and_what_he_said(tmp_path: Path) -> None:
    text = _text(render_prisoner_plan(_copy(2)), tmp_path)
    for words in (
        "What I am working on",
        "How we will know",
        "Who will help me and when",
        "What I said",
        "Objective 1: to stay free of drugs & <cope> with cravings.",
        "Objective 2:",
        "CARAT worker (Jo Bloggs)",
        "My offender supervisor will see me: monthly.",
        "I want to be there for my daughter.",
        "26/11/2026",
        "Zoë Ní Bhriain-Łukasz",
    ):
        assert words in text, words
    assert text.count("OFFICIAL-SENSITIVE") == 2  # top and bottom of the one page
    assert "Page 1 of 1" in text


def test_every_page_is_marked_and_numbered(tmp_path: Path) -> None:
    text = _text(render_prisoner_plan(_copy(20)), tmp_path)
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) > 1
    for n, page in enumerate(pages, start=1):
        assert "OFFICIAL-SENSITIVE" in page
        assert f"Page {n} of {len(pages)}" in page
