"""Wire sentence planning boards into the main window.

FOUNDATION STUB: written by that work (issue 10).
"""

from __future__ import annotations

from typing import Any

MainWindow = Any


def install_boards(window: MainWindow) -> object:
    """Build this part's screens, case-page pieces, menu entries and shortcuts on ``window``."""
    del window
    return None
