"""Local store: SQLAlchemy 2 ORM over an encrypted SQLite (SQLCipher) file, migrated by Alembic."""
