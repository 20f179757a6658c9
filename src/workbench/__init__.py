"""Offender Supervisor Workbench: offline-first case management for prison Offender Management Units."""

__version__ = "0.1.0"
