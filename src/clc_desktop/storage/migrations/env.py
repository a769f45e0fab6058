"""Alembic environment: runs on the connection that :func:`storage.database.migrate` opens."""

from __future__ import annotations

from alembic import context

from clc_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - migrations always run through storage.database
    raise RuntimeError("Run migrations through clc_desktop.storage.database.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
