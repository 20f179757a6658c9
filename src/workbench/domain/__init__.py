"""Pure rules of offender management: no Qt, no SQLAlchemy, no I/O (DESIGN.md section 4)."""
