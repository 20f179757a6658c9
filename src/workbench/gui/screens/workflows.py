"""The workflows that follow the assessments, installed into the main window in one call: the sentence
plan (issue 9) and reviews, boards and the board pack (issue 10). Kept out of ``main_window.py``."""

from __future__ import annotations

from typing import Any

from workbench.gui.screens.plan_install import SentencePlanParts, install_sentence_plan
from workbench.gui.screens.review_install import ReviewScreens, install_review_screens

MainWindow = Any


def install_workflows(window: MainWindow) -> tuple[SentencePlanParts, ReviewScreens]:
    """The plan first (reviews and boards write into it), then reviews and boards."""
    return install_sentence_plan(window), install_review_screens(window)
