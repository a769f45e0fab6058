"""Where the data lives: the user's data folder by default (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from clc_desktop import APP_NAME

DEFAULT_DB_NAME = "clc-desktop.db"


def default_data_dir() -> Path:
    """``%LOCALAPPDATA%\\CLC Desktop`` on Windows, ``~/.local/share/CLC Desktop`` on Linux."""
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_db_path() -> Path:
    return default_data_dir() / DEFAULT_DB_NAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit in a ``backups`` folder beside the database they copy."""
    return db_path.parent / "backups"


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")
