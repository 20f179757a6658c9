"""Allocating offender supervisors, community offender managers and personal officers."""

from workbench.gui.screens.allocation.dialog import AllocationDialog

__all__ = ["AllocationDialog"]
