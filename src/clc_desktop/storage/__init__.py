"""The local store: SQLAlchemy models, the engine and its pragmas, migrations, locks, backups."""
