"""Where the data lives: the user's data folder by default (platformdirs)."""

from __future__ import annotations

import getpass
import os
import string
import sys
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


def removable_folder() -> Path | None:
    """The first removable drive plugged in (a USB stick), or ``None``: a drive letter
    Windows calls removable, or a volume mounted under ``/media/<user>`` or
    ``/run/media/<user>`` (where desktops mount sticks). It reads the disk: call it off
    the GUI thread."""
    if sys.platform == "win32":
        return _removable_drive_on_windows()
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        return None
    for base in (Path("/media") / user, Path("/run/media") / user):
        try:
            mounted = sorted(entry for entry in base.iterdir() if os.path.ismount(entry))
        except OSError:
            continue
        if mounted:
            return mounted[0]
    return None


def _removable_drive_on_windows() -> Path | None:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    drives = kernel32.GetLogicalDrives()
    for index, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        removable = drives & (1 << index) and kernel32.GetDriveTypeW(root) == 2
        if removable and os.path.isdir(root):  # 2: DRIVE_REMOVABLE, with a medium in it
            return Path(root)
    return None
