"""Wire department contributions into the plan screen (issue 9 point 3). FOUNDATION STUB."""

from __future__ import annotations

from typing import Any

MainWindow = Any


def install_contributions(window: MainWindow, sections: Any) -> object:
    """Add the contributions section to the plan tab (``sections.add_section``) and its menu entries."""
    del window, sections
    return None
