"""Signing asks for the password again (issue 7 point 8): a shared wing terminal may have changed hands.

``PasswordDialog`` only collects the password; the widget checks it with ``AuthService.verify`` (which
audits failures and, after too many, raises ``SignInRequired``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.theme import set_role


class PasswordDialog(QDialog):
    """Ask the signed-in user for their password before a signature is made in their name."""

    def __init__(self, user_name: str, what: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signPasswordDialog")
        self.setWindowTitle("Sign with your password")
        intro = QLabel(f"Signing {what} as <b>{user_name}</b>. Type your password to sign.")
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("signPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.error = QLabel(problem)
        self.error.setObjectName("signPasswordError")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(problem))
        set_role(self.error, "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Sign")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Password:", self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.password.setFocus()


def ask_password(parent: QWidget, user_name: str, what: str, problem: str = "") -> str | None:
    """The password typed, or None when the user cancelled."""
    dialog = PasswordDialog(user_name, what, problem, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text()
    finally:
        dialog.deleteLater()
