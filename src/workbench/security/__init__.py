"""Sign-in, roles and permissions, keyring secrets, audit-chain verification (DESIGN.md section 6)."""
