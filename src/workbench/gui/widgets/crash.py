"""The crash dialog: anything that is not a WorkbenchError is a bug. Nothing is sent anywhere."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says that something went wrong, that saved work is safe, and offers the details to copy."""

    def __init__(self, details: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Something went wrong — Offender Supervisor Workbench")
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        text = QLabel(
            "<p><b>The workbench hit a problem it did not expect.</b></p>"
            "<p>Everything you had saved is safe: each save is committed in full or not at all. "
            "The last action may not have completed; check it and try again.</p>"
            f"<p>Details are written to the log on this terminal ({log_path}). "
            "Nothing has been sent anywhere. "
            "If you report it, copy the details below.</p>"
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Technical details")
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton("&Copy details")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
