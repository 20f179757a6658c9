"""Unsaved work is never lost without asking (save / discard / cancel).

Every screen or dialog that can hold typed-but-unsaved work implements ``HoldsUnsavedWork``. The main
window asks each open holder before quitting, switching case or locking; a dialog asks before it is
closed with Escape or the window's close button. ``ask_about_unsaved_work`` is the one question box.
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QMessageBox, QWidget


@runtime_checkable
class HoldsUnsavedWork(Protocol):
    """A screen that can hold typed work not yet saved."""

    def has_unsaved_work(self) -> bool:
        """True when something typed would be lost if the screen went away now."""
        ...

    def unsaved_work_description(self) -> str:
        """One short phrase for the question box, e.g. "the likelihood of reoffending draft for SMITH"."""
        ...

    def save_unsaved_work(self) -> bool:
        """Save it (a draft where the work is not complete). False if it could not be saved (the screen
        has shown why) and the caller must not go on."""
        ...

    def discard_unsaved_work(self) -> None:
        """Forget the unsaved edits (what is already saved stays)."""
        ...


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_about_unsaved_work(parent: QWidget, description: str, *, doing: str) -> UnsavedChoice:
    """Ask once: save, discard or cancel. ``doing`` says what happens next ("quit", "lock the screen")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved work")
    box.setText(f"You have unsaved work: {description}.")
    box.setInformativeText(f"Save it before you {doing}?")
    save = box.addButton("&Save", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard changes", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def settle_unsaved_work(parent: QWidget, holder: HoldsUnsavedWork, *, doing: str) -> bool:
    """True when it is safe to go on (nothing unsaved, saved, or deliberately discarded)."""
    if not holder.has_unsaved_work():
        return True
    choice = ask_about_unsaved_work(parent, holder.unsaved_work_description(), doing=doing)
    if choice is UnsavedChoice.SAVE:
        return holder.save_unsaved_work()
    if choice is UnsavedChoice.DISCARD:
        holder.discard_unsaved_work()
        return True
    return False
