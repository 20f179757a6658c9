"""One broadcast after every write: screens listen and refresh only what the ChangeSet touched."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workbench.casework.changes import ChangeSet


class EventBus(QObject):
    """Re-emits casework ChangeSets on the GUI thread (STYLE.md point 4)."""

    changed = Signal(object)
    """Emitted with the ``ChangeSet`` of a completed write."""

    def publish(self, changes: ChangeSet) -> None:
        """Tell every screen what a write touched."""
        self.changed.emit(changes)
