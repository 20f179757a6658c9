"""Wire schemas shared by the terminal's sync client and the central record (one source of truth)."""

PROTOCOL_VERSION = "1"
"""Sent in the ``X-Workbench-Protocol`` header on every request; the server answers 426 to others."""
PROTOCOL_HEADER = "X-Workbench-Protocol"
SUPPORTED_VERSIONS = frozenset({PROTOCOL_VERSION})
