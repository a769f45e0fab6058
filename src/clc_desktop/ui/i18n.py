"""Qt Linguist translations: English source strings, Vietnamese the default language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from clc_desktop.domain.codes import TOPIC_LABELS_EN, TOPIC_LABELS_VI, Topic
from clc_desktop.resource_files import translations_dir

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class Translations:
    """Installs the translator of one language and swaps it when the user switches."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False when its ``.qm`` file could not be loaded."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.language = language
        QLocale.setDefault(locale_for(language))
        if language == "en":
            return True
        translator = QTranslator(self._app)
        loaded = translator.load(f"clc_desktop_{language}", str(translations_dir()))
        if loaded:
            self._app.installTranslator(translator)
            self._translator = translator
        return loaded


def format_date(day: dt.date) -> str:
    """Dates as Vietnamese forms write them (and British English reads them): 22/11/2026."""
    return day.strftime("%d/%m/%Y")


def format_datetime(moment: dt.datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def locale_for(language: str) -> QLocale:
    if language == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def topic_label(topic: str, language: str) -> str:
    labels = TOPIC_LABELS_VI if language == "vi" else TOPIC_LABELS_EN
    try:
        return labels[Topic(topic)]
    except ValueError:
        return topic
