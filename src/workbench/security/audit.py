"""Checking the hash-chained audit trail (``workbench audit verify``, Tools → Verify audit trail)."""

from __future__ import annotations

from workbench.security.permissions import Permission, require
from workbench.security.principal import CurrentUser
from workbench.store.audit import ChainReport, verify_chain
from workbench.store.engine import Store


class AuditService:
    """Verifies the audit chain for users allowed to (managers, administrators)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def verify(self, user: CurrentUser) -> ChainReport:
        """Walk the whole trail; the report names the first broken link, if any."""
        require(user.role, Permission.VERIFY_AUDIT)
        return self.verify_unchecked()

    def verify_unchecked(self) -> ChainReport:
        """The same check without a signed-in user (the command line, run by whoever holds the key)."""
        with self._store.read() as session:
            return verify_chain(session)
