"""Alembic environment of the centre store (see :mod:`clc_desktop.storage.alembic_env`)."""

from __future__ import annotations

from clc_desktop.storage.alembic_env import run_migrations
from clc_desktop.storage.models import Base

run_migrations(Base.metadata)
