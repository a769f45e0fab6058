"""Journey tests: the app driven as a person drives it, on the real xcb platform.

They run in a process of their own (`make test` runs them after the offscreen suite):
Qt's platform is chosen once per process, and these need xcb, the plugin a centre's PC
uses, with its real popups, focus and window activation. pytest-xvfb gives them a virtual
display of an old office laptop's size (1366x768, `xvfb_width`/`xvfb_height` in
pyproject.toml). Every test here is marked `journey`; the offscreen run leaves them out.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.journeys.person import Person
from tests.ui.conftest import compiled_translations, settings, small_centre, translations

__all__ = ["compiled_translations", "settings", "small_centre", "translations"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "journeys" in item.path.parts:
            item.add_marker(pytest.mark.journey)


@pytest.fixture(autouse=True)
def _on_a_real_display(qapp: QApplication) -> None:
    platform = QGuiApplication.platformName()
    if platform != "xcb":
        pytest.fail(
            f"journey tests need the xcb platform on a display, not {platform!r} "
            f"(DISPLAY={os.environ.get('DISPLAY')!r}): run `make test`, or "
            "`QT_QPA_PLATFORM=xcb pytest -m journey tests/journeys`"
        )


@pytest.fixture
def person(qtbot: QtBot) -> Person:
    return Person(qtbot)
