"""Receiving a prisoner: new reception or transfer in."""

from workbench.gui.screens.reception.dialog import ReceptionDialog

__all__ = ["ReceptionDialog"]
