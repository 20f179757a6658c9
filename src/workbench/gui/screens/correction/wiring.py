"""Reaching the correction dialog from the main window: Case menu, Ctrl+E and the case page's button.

Kept here rather than in ``gui/main_window.py`` so the window only calls ``install_corrections`` once.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from workbench.domain.errors import WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.screens.correction.dialog import CorrectionDialog
from workbench.security.permissions import Permission, allows
from workbench.security.principal import CurrentUser


class MainWindow(Protocol):
    """What the wiring needs of the main window (a protocol, so the window's module is not imported)."""

    user: CurrentUser
    services: Any
    bus: EventBus
    case_page: Any
    contact_action: QAction

    def selected_prisoner_id(self) -> str | None: ...

    def addAction(self, action: QAction) -> None: ...


SHORTCUT = "Ctrl+E"


def _parent(window: MainWindow) -> QWidget | None:
    return window if isinstance(window, QWidget) else None


def install_corrections(window: MainWindow) -> QAction:
    """Add "Correct details…" (Ctrl+E) to the Case menu after first contact and answer the case page's
    request; the action is disabled for roles that may not correct details."""
    action = QAction("Correct d&etails…", _parent(window))
    action.setObjectName("correctDetailsAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setEnabled(allows(window.user.role, Permission.RECEIVE_PRISONER))
    action.triggered.connect(lambda: open_correction(window, None))
    window.addAction(action)  # the shortcut works wherever focus is in the window
    menus = [m for m in window.contact_action.associatedObjects() if isinstance(m, QMenu)]
    if menus:
        actions = menus[0].actions()
        after = actions.index(window.contact_action) + 1
        menus[0].insertAction(actions[after] if after < len(actions) else None, action)  # type: ignore[arg-type]
    window.case_page.correction_requested.connect(lambda pid: open_correction(window, pid))
    window.case_page.correct_button.setEnabled(action.isEnabled())
    return action


def open_correction(window: MainWindow, prisoner_id: str | None) -> CorrectionDialog | None:
    """Open the correction dialog for ``prisoner_id`` (or the selected prisoner) and wait for it."""
    pid = prisoner_id or window.selected_prisoner_id()
    if pid is None:
        QMessageBox.information(
            _parent(window), "No prisoner selected", "Select a prisoner in the caseload first."
        )
        return None
    if not allows(window.user.role, Permission.RECEIVE_PRISONER):
        return None
    try:
        case = window.services.caseload.detail(window.user, pid)
    except WorkbenchError as exc:
        QMessageBox.warning(_parent(window), "Cannot open the case", exc.message)
        return None
    dialog = CorrectionDialog(
        window.services.corrections,
        window.user,
        window.bus,
        case,
        window.services.ctx.today(),
        parent=window if isinstance(window, QWidget) else None,
    )
    dialog.exec()
    return dialog
