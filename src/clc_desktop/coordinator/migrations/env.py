"""Alembic environment of the coordinator store (see :mod:`clc_desktop.storage.alembic_env`)."""

from __future__ import annotations

from clc_desktop.coordinator.models import CoordinatorBase
from clc_desktop.storage.alembic_env import run_migrations

run_migrations(CoordinatorBase.metadata)
