"""The body of every Alembic ``env.py`` here: migrations run on the connection that
:func:`clc_desktop.storage.database.migrate` opened, in its transaction."""

from __future__ import annotations

from sqlalchemy import MetaData


def run_migrations(metadata: MetaData) -> None:
    from alembic import context

    connection = context.config.attributes.get("connection")
    if connection is None:  # pragma: no cover - migrations always run through migrate()
        raise RuntimeError("Run migrations through clc_desktop.storage.database.migrate()")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
