"""Where the files of ``resources/`` (translations, icons) are, in a checkout or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    """``$CLC_DESKTOP_RESOURCES``, the bundle's ``resources`` (PyInstaller), or the checkout's."""
    override = os.environ.get("CLC_DESKTOP_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def icon_path(name: str) -> Path:
    return resource_dir() / "icons" / name
