"""The lock screen of a shared wing terminal, and the Ctrl+L key that locks from anywhere.

The lock screen replaces the window's content; only the signed-in user's password opens it. Ctrl+L must
work even while a modal dialog is open (a terminal must be lockable mid-task), which a window shortcut
cannot do (a modal dialog shadows the window's shortcuts), so an application-wide event filter watches
for the key instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from workbench.gui.theme import set_role
from workbench.security.principal import CurrentUser

LOCK_KEYS = QKeySequence("Ctrl+L")
"""The key that locks the terminal at once, wherever the focus is."""


class LockScreen(QWidget):
    """Shown instead of the window's content while locked; only the signed-in user's password opens it."""

    unlock_requested = Signal(str)
    """The user typed a password and asked to unlock."""
    quit_requested = Signal()
    """The user chose to sign out and close the workbench."""

    def __init__(self, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(
            f"<h2>Locked</h2><p>{user.display_name} is signed in. Enter your password to carry on.</p>"
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password to unlock")
        self.password.setPlaceholderText("Password")
        self.password.setMinimumWidth(260)
        self.unlock_button = QPushButton("&Unlock")
        self.quit_button = QPushButton("Sign out and &quit")
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addWidget(self.quit_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        layout.addWidget(self.error)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.quit_button.clicked.connect(self.quit_requested)

    def reset(self) -> None:
        """Ready for a new lock: no old message, the cursor in the password field."""
        self.error.clear()
        self.password.clear()
        self.password.setFocus()

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())
        self.password.clear()


class LockKeyFilter(QObject):
    """Application-wide event filter: Ctrl+L anywhere (a modal dialog included) asks to lock."""

    lock_requested = Signal()
    """Ctrl+L was pressed somewhere in the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # Only key presses that reach a widget: a window shortcut that already fired never gets here,
        # and the window's lock() ignores a second request while locked.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and _matches(event):
            self.lock_requested.emit()
            return True
        return False


def _matches(event: QKeyEvent) -> bool:
    return QKeySequence(event.keyCombination()).matches(LOCK_KEYS) == QKeySequence.SequenceMatch.ExactMatch


__all__ = ["LOCK_KEYS", "LockKeyFilter", "LockScreen"]
