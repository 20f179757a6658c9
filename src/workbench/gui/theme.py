"""The look: Fusion style, a readable default font and the qss theme from resources/themes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from workbench.config import resources_dir

log = logging.getLogger("workbench.gui")


class Colours:
    """The palette's meanings, in one place (the qss theme uses the same values)."""

    ERROR = "#9b1c1c"  # messages beside fields, overdue items, things that need attention
    WARNING = "#8a5a00"  # met late, advisory warnings that never block
    GOOD = "#2e6b30"  # met, in scope
    INFO = "#1f4e79"  # due, links, focus
    MUTED = "#555555"  # out of scope, placeholders

    @staticmethod
    def qcolor(value: str) -> QColor:
        return QColor(value)


def set_role(widget: QWidget, role: str) -> None:
    """Style a widget by meaning (``error``, ``warning``, ``good``, ``muted``) through the qss theme.

    The theme has ``*[role="error"]`` rules; re-polishing applies a role changed after the widget was shown.
    """
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


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
