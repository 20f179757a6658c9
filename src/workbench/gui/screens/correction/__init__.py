"""Correcting a prisoner's details after reception: the dialog and its wiring into the main window."""
