"""Contacts with the prisoner: the first contact."""

from workbench.gui.screens.contacts.dialog import FirstContactDialog

__all__ = ["FirstContactDialog"]
