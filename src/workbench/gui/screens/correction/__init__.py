"""Correcting a prisoner's details after reception (the dialog; the main window opens it)."""
