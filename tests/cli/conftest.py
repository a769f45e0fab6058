"""The command line's language comes from --lang, $CLC_DESKTOP_LANG or the window's saved
choice: no test here may read the developer's own settings file."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_saved_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "user-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))  # the window's settings, elsewhere
    monkeypatch.setenv("APPDATA", str(config))
    monkeypatch.delenv("CLC_DESKTOP_LANG", raising=False)
    return config
