"""Sign in against the local store (works offline). The demo profile shows its synthetic credentials.

At start-up the dialog is shown before the store is open (it opens on a worker thread while the user
types): until ``ready`` hands it the sign-in call, a press of Sign in is kept and carried out as soon
as the store is open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:  # a type only: the dialog is shown before the casework layer is imported
    from workbench.security.principal import CurrentUser

OPENING = "Opening the local store…"


class SignInDialog(QDialog):
    """Asks for user name and password; ``user`` holds the signed-in user after ``accept``."""

    def __init__(
        self,
        sign_in: Callable[[str, str], CurrentUser] | None,
        *,
        establishment: str,
        demo_credentials: Sequence[tuple[str, str, str]] = (),
        title: str = "Sign in",
        fixed_username: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._requested = False  # Sign in pressed before the store was open
        self.user: CurrentUser | None = None
        self.setWindowTitle(f"{title} — Offender Supervisor Workbench")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self._set_heading(establishment if sign_in is not None else OPENING)
        layout.addWidget(self.heading)

        self._demo_box: QGroupBox | None = None
        self._add_demo_box(demo_credentials)

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

    def _add_demo_box(self, demo_credentials: Sequence[tuple[str, str, str]]) -> None:
        if not demo_credentials or self._demo_box is not None:
            return
        box = QGroupBox("DEMO — synthetic data. Use one of these demo accounts:")
        box.setObjectName("demoCredentials")
        grid = QVBoxLayout(box)
        for username, password, role in demo_credentials:
            row = QHBoxLayout()
            # Two short lines: one long line of rich text with <code> ran past its size hint and was cut.
            text = QLabel(f"<b>{role}</b><br>user <code>{username}</code> · password <code>{password}</code>")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            use = QPushButton("Use this account")
            use.setAccessibleName(f"Fill in the {role} demo account")
            use.clicked.connect(lambda _=False, u=username, p=password: self._fill(u, p))
            row.addWidget(text, 1)
            row.addWidget(use)
            grid.addLayout(row)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, box)  # under the heading, above the form
        self._demo_box = box
        if self.isVisible():  # added once the store is open: grow so the accounts are readable
            box.show()
            layout.activate()
            self.resize(self.size().expandedTo(self.sizeHint()))

    def _set_heading(self, establishment: str) -> None:
        self.heading.setText(f"<h2>Offender Supervisor Workbench</h2><p>{establishment}</p>")

    @property
    def is_ready(self) -> bool:
        """Whether the store is open and a sign-in can be checked."""
        return self._sign_in is not None

    def ready(
        self,
        sign_in: Callable[[str, str], CurrentUser],
        establishment: str,
        demo_credentials: Sequence[tuple[str, str, str]] = (),
    ) -> None:
        """The store is open: check sign-ins from now on (and the one already asked for, if any).

        The demo accounts are known only once the casework layer is imported, so they appear here.
        """
        self._sign_in = sign_in
        self._set_heading(establishment)
        self._add_demo_box(demo_credentials)
        if self._requested:
            self._requested = False
            self.error.hide()
            self._try()

    def _fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.password.setFocus()

    def _try(self) -> None:
        if self._sign_in is None:
            self._requested = True
            self.error.setText(f"{OPENING} You will be signed in as soon as it is open.")
            self.error.show()
            return
        try:
            self.user = self._sign_in(self.username.text(), self.password.text())
        except AuthenticationFailed as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
