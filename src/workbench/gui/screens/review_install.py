"""Puts reviews, handover, boards, the board pack and "My work" into the main window (issue 10).

Each part installs itself from its own package (``gui/screens/<part>/hookup.py``), so they can be built
side by side. Called once, by ``gui/screens/workflows.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.gui.screens.board_pack.hookup import install_board_pack
from workbench.gui.screens.boards.hookup import install_boards
from workbench.gui.screens.handover.hookup import install_handover
from workbench.gui.screens.my_work.hookup import install_my_work
from workbench.gui.screens.offence_paralleling.hookup import install_offence_paralleling
from workbench.gui.screens.reviews.hookup import install_reviews

MainWindow = Any


@dataclass
class ReviewScreens:
    """What ``install_review_screens`` built (tests and the window reach the parts through it)."""

    reviews: Any
    handover: Any
    boards: Any
    board_pack: Any
    my_work: Any
    offence_paralleling: Any = None  # -- offence-paralleling flag (issue 10 point 1) --


def install_review_screens(window: MainWindow) -> ReviewScreens:
    """Build every part, in the order their case tabs and menu entries appear."""
    reviews = install_reviews(window)
    handover = install_handover(window)
    boards = install_boards(window)
    board_pack = install_board_pack(window)
    my_work = install_my_work(window)
    flag = install_offence_paralleling(window)  # -- offence-paralleling flag (issue 10 point 1) --
    return ReviewScreens(reviews, handover, boards, board_pack, my_work, flag)
