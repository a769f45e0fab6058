"""A date typed as a person types it: click the day, type «27/11/2026» (or without the
slashes). Qt's own date field took neither: a click left the cursor inside «04», where
digits are refused, and after the day the slash skipped the month."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QVBoxLayout, QWidget

from clc_desktop.ui.date_field import DateField
from tests.journeys.person import Person


@pytest.mark.parametrize("typed", ["27/11/2026", "27112026", "27.11.2026"])
def test_the_date_typed_after_a_click_on_its_day_is_the_date_taken(
    person: Person, typed: str
) -> None:
    window = QWidget()
    person.qtbot.addWidget(window)
    field = DateField(dt.date(2026, 12, 4))
    QVBoxLayout(window).addWidget(field)
    person.sees(window)
    line = field.lineEdit()
    day_at = QPoint(line.fontMetrics().horizontalAdvance("0"), line.height() // 2)
    person.clicks(line, at=day_at)
    person.qtbot.wait(50)  # the release has been handled: the day is selected
    person.types(typed)
    assert field.day() == dt.date(2026, 11, 27)
