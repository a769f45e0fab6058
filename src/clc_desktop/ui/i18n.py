"""Qt Linguist translations: English source strings, Vietnamese the default language.

Widget texts go through ``self.tr()``; values go into them with :func:`fill` (``%1``,
``%2``… in one pass), and counts with Qt's plural forms: ``self.tr("%n file(s)", "", n)``.
English plurals come from ``clc_desktop_en.ts``, which holds only the plural forms
(``pyside6-lupdate -pluralonly``), as Qt's documentation does for the source language.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from clc_desktop.domain.codes import TOPIC_LABELS_EN, TOPIC_LABELS_VI, Topic
from clc_desktop.resource_files import translations_dir

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class Translations:
    """Installs the translators of one language and swaps them when the user switches.

    Two files per language: ours (``clc_desktop_vi.qm``) and Qt's own texts (the text-field
    menu, file dialogs, standard buttons: ``qtbase_vi.qm``, which Qt does not ship and we
    write ourselves, with Qt's contexts and source texts). English needs no Qt file.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False when its ``.qm`` file could not be loaded."""
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        self.language = language
        QLocale.setDefault(locale_for(language))
        loaded = self._load(f"clc_desktop_{language}")
        if language != "en":
            self._load(f"qtbase_{language}")
        # English is the source language: without its file only plurals read "file(s)".
        return loaded or language == "en"

    def _load(self, name: str) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, str(translations_dir())):
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values`` in one pass (a value that
    itself holds ``%2`` is left as it is, unlike chained ``str.replace``)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def format_date(day: dt.date) -> str:
    """Dates as Vietnamese forms write them (and British English reads them): 22/11/2026."""
    return day.strftime("%d/%m/%Y")


def format_datetime(moment: dt.datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def current_language() -> str:
    """The language of the window now (the one :meth:`Translations.install` chose)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


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
