"""Wire schemas shared by the terminal's sync client and the central record (one source of truth)."""

PROTOCOL_VERSION = "2"
"""Sent in the ``X-Workbench-Protocol`` header on every request; the server answers 426 to others.

Version 2 (issue 11): the changes feed acknowledges the requesting terminal's own changes by id
(``ChangesPage.acks``) instead of sending them back in full. Requests are the same as in version 1,
but a version-1 terminal would not understand the acknowledgements, so it is told to update (426).
"""
PROTOCOL_HEADER = "X-Workbench-Protocol"
SUPPORTED_VERSIONS = frozenset({PROTOCOL_VERSION})
