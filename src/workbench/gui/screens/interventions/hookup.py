"""Wire the interventions needed/available ledger into the plan screen (issue 9 point 4). FOUNDATION STUB."""

from __future__ import annotations

from typing import Any

MainWindow = Any


def install_interventions(window: MainWindow, sections: Any) -> object:
    """Add the interventions section to the plan tab (``sections.add_section``) and its menu entries."""
    del window, sections
    return None
