"""The mouse wheel scrolls the form, never an answer the user did not pick (issue 7 point 2).

Scrolling the assessment with the pointer over a drop-down or a spin box changed the offence group
and a need's severity, and with them OGRS3 and the tier. ``guard_wheel`` makes every combo box and
spin box under a widget take focus only by click or Tab (StrongFocus) and hand the wheel to the
scroll area around it unless it already has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    """Event filter: a wheel turned over an input without focus scrolls the scroll area around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QWheelEvent)
            and event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            area = _scroll_area_around(watched)
            if area is None:
                # Ignored and filtered: Qt offers an ignored wheel event to the parents in turn.
                event.ignore()
                return True
            # Handed straight to the scroll area, rather than left to propagate, because Qt offers
            # only wheel events from the mouse (not posted ones) to the parents.
            viewport = area.viewport()
            where = viewport.mapFromGlobal(event.globalPosition())
            forwarded = QWheelEvent(
                where,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(viewport, forwarded)
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def guard_wheel(root: QWidget) -> WheelGuard:
    """Guard every combo box and spin box under ``root`` (call again after adding inputs; idempotent)."""
    guard: WheelGuard | None = root.findChild(
        WheelGuard, "wheel_guard", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if guard is None:
        guard = WheelGuard(root)
        guard.setObjectName("wheel_guard")
    inputs: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for widget in inputs:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Installing the same filter twice is harmless: Qt keeps one entry per object.
        widget.installEventFilter(guard)
    return guard
