"""What the screening and analysis editors share: dirty tracking, the unsaved-work protocol, and the
sign flow (save → check → warnings and confirmation → password again → sign → broadcast)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from workbench.casework.changes import ChangeSet
from workbench.casework.dto.rosh import CompletionCheck
from workbench.domain.errors import SignInRequired, ValidationError, ValidationErrors, WorkbenchError
from workbench.gui.events import EventBus
from workbench.gui.screens.assessment.sign import ask_password
from workbench.security.auth import AuthService
from workbench.security.principal import CurrentUser


class RecordEditor(QWidget):
    """Base of the screening and analysis editors (a page of the "Risk of harm" tab)."""

    draft_saved = Signal(str)
    """The user's draft was saved (record id)."""
    signed = Signal(str)
    """A draft was signed (id of the new signed record)."""
    back_requested = Signal()
    """The user asked to go back to the tab's overview."""
    sign_in_required = Signal()
    """Too many wrong passwords while signing: the session must end and the user sign in again."""

    what = "record"
    """Words for the question boxes ("RoSH screening", "full analysis")."""

    def __init__(
        self, user: CurrentUser, bus: EventBus, auth: AuthService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._user = user
        self._bus = bus
        self._auth = auth
        self._dirty = False
        self._filling = False
        self._editable_now = False
        self._record_id: str | None = None
        self._case_name = ""

    def _wire_buttons(
        self, save: QPushButton, sign: QPushButton, discard: QPushButton, back: QPushButton
    ) -> None:
        save.clicked.connect(lambda: self.save_draft())
        sign.clicked.connect(self.sign)
        discard.clicked.connect(self.discard)
        back.clicked.connect(self.back_requested)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self._on_save_shortcut)

    # -- what subclasses provide -------------------------------------------------------------------

    def _save_call(self, record_id: str) -> tuple[object, ChangeSet]:
        raise NotImplementedError

    def _check_call(self, record_id: str) -> CompletionCheck:
        raise NotImplementedError

    def _sign_call(self, record_id: str) -> tuple[str, ChangeSet]:
        raise NotImplementedError

    def _discard_call(self, record_id: str) -> ChangeSet:
        raise NotImplementedError

    def _show_errors(self, error: ValidationError) -> None:
        raise NotImplementedError

    def _clear_errors(self) -> None:
        raise NotImplementedError

    def _reload(self) -> None:
        raise NotImplementedError

    # -- HoldsUnsavedWork (gui/widgets/unsaved.py) ---------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        """Whether typing is not yet saved."""
        return self._dirty

    def has_unsaved_work(self) -> bool:
        """True when the user's draft has typing not yet saved."""
        return self._dirty and self._editable_now

    def unsaved_work_description(self) -> str:
        """The question box's phrase."""
        return f"the {self.what} draft" + (f" for {self._case_name}" if self._case_name else "")

    def save_unsaved_work(self) -> bool:
        """Save the draft (incomplete work is fine in a draft)."""
        return self.save_draft()

    def discard_unsaved_work(self) -> None:
        """Forget the unsaved typing: show the draft as last saved."""
        self._dirty = False
        self._reload()

    # -- actions ------------------------------------------------------------------------------------

    def save_draft(self, *, quiet: bool = False) -> bool:
        """Save the draft; False (messages shown beside the fields) when a value cannot be stored."""
        if self._record_id is None or not self._editable_now:
            return False
        try:
            _, changes = self._save_call(self._record_id)
        except ValidationError as exc:
            self._show_errors(exc)
            if not quiet:
                self._inform("Cannot save", exc.message)
            return False
        except WorkbenchError as exc:
            if not quiet:
                self._inform("Could not save", exc.message)
            return False
        self._dirty = False
        self._clear_errors()
        self._bus.publish(changes)
        self.draft_saved.emit(self._record_id)
        return True

    def sign(self) -> None:
        """Save, check, show warnings and ask, ask for the password again, then sign."""
        record_id = self._record_id
        if record_id is None or not self._editable_now:
            return
        if self._dirty and not self.save_draft():
            return
        try:
            check = self._check_call(record_id)
        except WorkbenchError as exc:
            self._inform("Cannot sign", exc.message)
            return
        if check.problems:
            self._show_errors(ValidationErrors([ValidationError(m, field=f) for f, m in check.problems]))
            count = len(check.problems)
            self._inform(
                "Not ready to sign",
                f"Fix {'this' if count == 1 else f'these {count}'} first:\n\n"
                + "\n".join(f"• {m}" for _, m in check.problems),
            )
            return
        warnings = "".join(f"\n\n⚠ {w}" for w in check.warnings)
        if not self._confirm(
            f"Sign the {self.what}",
            f"Sign this {self.what}? It cannot be changed afterwards; a correction supersedes it." + warnings,
        ):
            return
        if not self._password_confirmed():
            return
        try:
            new_id, changes = self._sign_call(record_id)
        except ValidationError as exc:
            self._show_errors(exc)
            self._inform("Not ready to sign", exc.message)
            return
        except WorkbenchError as exc:
            self._inform("Could not sign", exc.message)
            return
        self._dirty = False
        self._bus.publish(changes)
        self.signed.emit(new_id)

    def discard(self) -> None:
        """Throw the draft away (after asking)."""
        if self._record_id is None or not self._editable_now:
            return
        if not self._confirm(
            "Discard draft", f"Discard this {self.what} draft? What it holds will not be used."
        ):
            return
        try:
            changes = self._discard_call(self._record_id)
        except WorkbenchError as exc:
            self._inform("Could not discard", exc.message)
            return
        self._dirty = False
        self._bus.publish(changes)
        self.back_requested.emit()

    def _password_confirmed(self) -> bool:
        """Ask for the password again until it is right or the user cancels (the draft stays saved)."""
        problem = ""
        while True:
            password = ask_password(self, self._user.display_name, f"this {self.what}", problem)
            if password is None:
                return False
            try:
                if self._auth.verify(self._user, password):
                    return True
            except SignInRequired as exc:
                self._inform(
                    "Sign in again",
                    f"{exc.message}\n\nThe session must be signed in again. Your draft is saved.",
                )
                self.sign_in_required.emit()
                return False
            problem = "That is not your password. Try again, or cancel: the draft stays saved."

    def _on_input_changed(self, *_args: object) -> None:
        if self._filling or not self._editable_now:
            return
        self._dirty = True
        self._after_input()

    def _after_input(self) -> None:
        """Subclasses refresh what is worked out live (the decision, the overall level)."""

    def _on_save_shortcut(self) -> None:
        if self._editable_now:
            self.save_draft()

    # -- dialogs (overridable in tests) ----------------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


def show_error(label: QLabel, text: str) -> None:
    """An error beside its field (hidden when empty)."""
    label.setText(text)
    label.setVisible(bool(text))
