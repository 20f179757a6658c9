"""Emptying a layout whose rows are rebuilt on each refresh (due items, quality checks, preview pages)."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout, *, keep: int = 0) -> None:
    """Take every item but the last ``keep`` (e.g. a trailing stretch) out of ``layout``.

    Each widget is hidden at once and deleted when control returns to the event loop: deletion cannot
    happen sooner (Python may still hold a wrapper), and a widget merely waiting for it would still be
    drawn over the rows that replace it.
    """
    while layout.count() > keep:
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
