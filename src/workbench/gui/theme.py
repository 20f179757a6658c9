"""The look: Fusion style, a readable default font and the qss theme from resources/themes."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QStyleFactory

from workbench.config import resources_dir

log = logging.getLogger("workbench.gui")


def apply_theme(app: QApplication) -> None:
    """Apply the workbench theme; a missing theme file is logged and the default look kept."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    path = resources_dir() / "themes" / "workbench.qss"
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("theme file %s not found; using the default look", path)
