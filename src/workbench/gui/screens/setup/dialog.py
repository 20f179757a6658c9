"""First run of a real profile: name the establishment and create the administrator account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.errors import ValidationError, ValidationErrors
from workbench.security.principal import CurrentUser

SetUp = Callable[..., CurrentUser]


class SetupDialog(QDialog):
    """Collects the establishment and first administrator; messages appear beside each field."""

    def __init__(self, set_up: SetUp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._set_up = set_up
        self.user: CurrentUser | None = None
        self.setWindowTitle("Set up this terminal — Offender Supervisor Workbench")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "<h2>Set up this terminal</h2><p>Name the establishment this terminal serves and create "
            "the first "
            "administrator account. The administrator then adds the offender supervisors and managers.</p>"
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key, label, secret in (
            ("establishment_code", "Establishment &code (e.g. MDI)", False),
            ("establishment_name", "Establishment &name", False),
            ("username", "Administrator &user name", False),
            ("display_name", "Administrator &full name", False),
            ("password", "&Password (10+ characters)", True),
            ("confirm", "&Confirm password", True),
        ):
            edit = QLineEdit()
            edit.setAccessibleName(label.replace("&", ""))
            if secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            err = QLabel()
            err.setStyleSheet("color: #9b1c1c")
            err.setWordWrap(True)
            err.hide()
            lab = QLabel(label)
            lab.setBuddy(edit)
            form.addRow(lab, edit)
            form.addRow("", err)
            self.fields[key] = edit
            self.errors[key] = err
        layout.addLayout(form)
        self.general = QLabel()
        self.general.setStyleSheet("color: #9b1c1c")
        self.general.hide()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Set up")
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show(self, errors: list[ValidationError]) -> None:
        for label in self.errors.values():
            label.hide()
        self.general.hide()
        first = None
        for e in errors:
            target = self.errors.get(e.field or "")
            if target is None:
                self.general.setText(e.message)
                self.general.show()
                continue
            if target.isHidden():
                target.setText(e.message)
                target.show()
            first = first or self.fields[e.field or ""]
        if first is not None:
            first.setFocus()

    def _try(self) -> None:
        f = {k: v.text() for k, v in self.fields.items()}
        if f["password"] != f["confirm"]:
            self._show([ValidationError("The two passwords are different.", field="confirm")])
            return
        try:
            self.user = self._set_up(
                establishment_code=f["establishment_code"],
                establishment_name=f["establishment_name"],
                username=f["username"],
                display_name=f["display_name"],
                password=f["password"],
            )
        except ValidationErrors as exc:
            self._show(exc.errors)
            return
        except ValidationError as exc:
            self._show([exc])
            return
        self.accept()
