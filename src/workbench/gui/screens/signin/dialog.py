"""Sign in against the local store (works offline). The demo profile shows its synthetic credentials."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import AuthenticationFailed
from workbench.security.principal import CurrentUser


class SignInDialog(QDialog):
    """Asks for user name and password; ``user`` holds the signed-in user after ``accept``."""

    def __init__(
        self,
        sign_in: Callable[[str, str], CurrentUser],
        *,
        establishment: str,
        demo_credentials: Sequence[tuple[str, str, str]] = (),
        title: str = "Sign in",
        fixed_username: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.user: CurrentUser | None = None
        self.setWindowTitle(f"{title} — Offender Supervisor Workbench")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>Offender Supervisor Workbench</h2><p>{establishment}</p>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)

        if demo_credentials:
            box = QGroupBox("DEMO — synthetic data. Use one of these demo accounts:")
            box.setObjectName("demoCredentials")
            grid = QVBoxLayout(box)
            for username, password, role in demo_credentials:
                row = QHBoxLayout()
                text = QLabel(
                    f"<b>{role}</b>: user <code>{username}</code>, password <code>{password}</code>"
                )
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                use = QPushButton("Use this account")
                use.setAccessibleName(f"Fill in the {role} demo account")
                use.clicked.connect(lambda _=False, u=username, p=password: self._fill(u, p))
                row.addWidget(text, 1)
                row.addWidget(use)
                grid.addLayout(row)
            layout.addWidget(box)

        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setAccessibleName("User name")
        self.username.setAutoFillBackground(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        user_label = QLabel("&User name")
        user_label.setBuddy(self.username)
        pw_label = QLabel("&Password")
        pw_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pw_label, self.password)
        layout.addLayout(form)
        if fixed_username:
            self.username.setText(fixed_username)
            self.username.setReadOnly(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Sign in" if not fixed_username else "Unlock")
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if fixed_username else self.username).setFocus()

    def _fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.password.setFocus()

    def _try(self) -> None:
        try:
            self.user = self._sign_in(self.username.text(), self.password.text())
        except AuthenticationFailed as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
