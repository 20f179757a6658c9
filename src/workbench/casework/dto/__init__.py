"""Frozen data transfer objects: what services hand to the GUI and reports. Never ORM rows.

One module per area (``caseload``, ``reception``, ``allocation``, ``assessment``, ``users``); import
from the module itself. The signed-in user is ``workbench.security.principal.CurrentUser`` and what a
write touched is ``workbench.casework.changes.ChangeSet``.
"""
