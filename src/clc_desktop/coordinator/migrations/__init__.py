"""Alembic migrations of the coordinator store (separate from the centre store's)."""
