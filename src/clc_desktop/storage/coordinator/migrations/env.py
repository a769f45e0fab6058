"""Alembic environment of the coordinator store (see :mod:`clc_desktop.storage.alembic_env`)."""

from __future__ import annotations

from clc_desktop.storage.alembic_env import run_migrations
from clc_desktop.storage.coordinator.models import CoordinatorBase

run_migrations(CoordinatorBase.metadata)
