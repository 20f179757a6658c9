"""The objective linter (issue 9 point 2; DESIGN.md section 4 "Objective linter").

An objective must state a change in behaviour, attitude or lifestyle, not only what the prisoner will
attend. ``lint(text)`` says whether it is outcome-focused, what is wrong in plain sentences, and offers
an outcome rewrite where it can. It assists; it never blocks saving. Pure: no I/O, no Qt.

FOUNDATION STUB: the interface is fixed; the rules are written by the linter work (issue 9 point 2).
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.domain.catalogue import Catalogue

__all__ = ["LintResult", "lint"]


@dataclass(frozen=True, slots=True)
class LintResult:
    """``outcome_focused``: the text states a change; ``problems``: plain sentences; ``suggestion``: a
    rewrite that states an outcome, or None when none can be offered."""

    outcome_focused: bool
    problems: tuple[str, ...] = ()
    suggestion: str | None = None


def lint(text: str, catalogue: Catalogue | None = None) -> LintResult:
    """Check one objective's outcome statement (``catalogue`` supplies programme and service names)."""
    del catalogue
    if not text.strip():
        return LintResult(False, ("The objective is empty: say what will change.",))
    return LintResult(True)
