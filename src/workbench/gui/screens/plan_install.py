"""Puts the sentence plan into the main window (issue 9): the "Sentence plan" case tab with its sections
(objectives, contributions, interventions), the menu entries and shortcuts. Kept out of ``main_window.py``.

Each part installs itself from its own package, so the plan, the contributions and the intervention
ledger can be built side by side: ``install_plan`` makes the tab (a ``PlanSections`` host), and the
others add their sections to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.gui.caseload_plan_filter import install_plan_filter
from workbench.gui.screens.contributions.hookup import install_contributions
from workbench.gui.screens.interventions.hookup import install_interventions
from workbench.gui.screens.plan.hookup import install_plan

# The window is typed loosely: importing gui.main_window here would make an import cycle.
MainWindow = Any


@dataclass
class SentencePlanParts:
    """What ``install_sentence_plan`` built (tests and the window reach the parts through it)."""

    plan: Any
    contributions: Any
    interventions: Any


def install_sentence_plan(window: MainWindow) -> SentencePlanParts:
    """Build the plan tab, then let the contributions and interventions add their sections to it."""
    plan = install_plan(window)
    contributions = install_contributions(window, plan.sections)
    interventions = install_interventions(window, plan.sections)
    # -- quality (issue 9 point 6): the caseload's plan status filter, View → "Plan status" --
    install_plan_filter(window, window.pane, window.window_actions.view_menu)
    return SentencePlanParts(plan, contributions, interventions)
