"""Every UI string has a Vietnamese translation, and the .ts file holds every UI string."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from clc_desktop.resource_files import translations_dir

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "src/clc_desktop/ui").rglob("*.py"), ROOT / "src/clc_desktop/app.py"])


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def _forms(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of a ``%n`` message."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [(form.text or "").strip() for form in translation.iter("numerusform")]
    return [(translation.text or "").strip()]


def _untranslated(messages: dict[tuple[str, str], ET.Element], forms: int | None) -> list[str]:
    return [
        source
        for (_, source), message in messages.items()
        if not all(_forms(message))
        or (forms is not None and len(_forms(message)) != forms)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]


def test_every_ui_string_is_translated_to_vietnamese() -> None:
    messages = _messages(translations_dir() / "clc_desktop_vi.ts")
    assert len(messages) > 50
    assert _untranslated(messages, None) == []
    plurals = [m for m in messages.values() if m.get("numerus") == "yes"]
    assert plurals  # counts use Qt's plural forms
    assert all(len(_forms(m)) == 1 for m in plurals)  # Vietnamese has one form


def test_every_count_reads_right_in_english() -> None:
    """English is the source language; its file holds only the plural forms ("1 file",
    "2 files"), one pair per ``%n`` string of the Vietnamese file."""
    english = _messages(translations_dir() / "clc_desktop_en.ts")
    vietnamese = _messages(translations_dir() / "clc_desktop_vi.ts")
    assert _untranslated(english, 2) == []
    assert set(english) == {key for key, m in vietnamese.items() if m.get("numerus") == "yes"}
    assert not [s for m in english.values() for s in _forms(m) if "(s)" in s]


def test_the_ts_file_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    ts = tmp_path / "check.ts"
    shutil.copyfile(translations_dir() / "clc_desktop_vi.ts", ts)
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", *map(str, SOURCES), "-ts", str(ts)], check=True
    )
    after = _messages(ts)
    new = [
        source
        for (_, source), message in after.items()
        if message.find("translation").get("type") == "unfinished"
    ]
    assert new == [], "run `make update-translations` and translate the new strings"


def test_qt_own_texts_are_vietnamese_and_english_again_after_switching(
    qapp: object, compiled_translations: Path
) -> None:
    """Qt ships no qtbase_vi.qm: ours gives its buttons, menus and file dialogs Vietnamese,
    and switching to English takes it away again."""
    from PySide6.QtCore import QCoreApplication

    from clc_desktop.ui.i18n import Translations

    translate = QCoreApplication.translate
    chosen = Translations(qapp)  # type: ignore[arg-type]
    assert chosen.install("vi")
    try:
        assert translate("QPlatformTheme", "Cancel") == "Hủy"
        assert translate("QLineEdit", "&Paste") == "&Dán"
        assert translate("QWidgetTextControl", "Select All") == "Chọn tất cả"
        assert translate("QFileDialog", "Look in:") == "Tìm trong:"
        assert translate("QFileSystemModel", "Type", "All other platforms") == "Loại"
    finally:
        chosen.install("en")
    assert translate("QPlatformTheme", "Cancel") == "Cancel"
    assert translate("QLineEdit", "&Paste") == "&Paste"


def test_qt_translations_use_qt_own_contexts_and_sources() -> None:
    """Every message of qtbase_vi.ts is finished and Vietnamese (no English left over)."""
    messages = _messages(translations_dir() / "qtbase_vi.ts")
    assert len(messages) > 100
    assert _untranslated(messages, None) == []
    contexts = {context for context, _ in messages}
    assert {"QFileDialog", "QLineEdit", "QWidgetTextControl", "QPlatformTheme"} <= contexts


def test_the_vietnamese_ui_uses_one_word_per_concept_and_no_district() -> None:
    from tests.domain.test_messages import wording_problems

    messages = _messages(translations_dir() / "clc_desktop_vi.ts")
    found = {
        source: wording_problems(" ".join(_forms(message)))
        for (_, source), message in messages.items()
        if wording_problems(" ".join(_forms(message)))
    }
    assert found == {}
