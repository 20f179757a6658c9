"""The error taxonomy every layer raises and the GUI maps to messages (STYLE.md point 7).

Anything that is not a ``WorkbenchError`` is a bug: it is logged and shown in the crash dialog.
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base of every error the workbench expects and can explain to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(WorkbenchError):
    """Input the user can fix. ``field`` names the form field the message belongs beside."""

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


class ValidationErrors(ValidationError):
    """Several problems found at once, so the user can fix them in one pass."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = list(errors)

    def by_field(self) -> dict[str | None, str]:
        """The first message for each field, for showing beside form controls."""
        out: dict[str | None, str] = {}
        for e in self.errors:
            out.setdefault(e.field, e.message)
        return out


class StorageError(WorkbenchError):
    """The local store cannot be opened, migrated or written (environment, not a user mistake)."""


class SyncError(WorkbenchError):
    """The central record could not be reached or refused a change."""


class PermissionDenied(WorkbenchError):
    """The signed-in user's role does not allow this action."""


class AuthenticationFailed(WorkbenchError):
    """Wrong user name or password."""


class SignInRequired(AuthenticationFailed):
    """Too many wrong passwords at the lock screen: the session ends and a full sign-in is needed."""


class StoreMissing(StorageError):
    """The profile says its store exists, but the database file is missing or empty (never recreated)."""


class StoreDamaged(StorageError):
    """The database file exists but SQLite reports it damaged: restore a backup (never recreated)."""
