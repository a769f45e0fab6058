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


def test_every_ui_string_is_translated_to_vietnamese() -> None:
    messages = _messages(translations_dir() / "clc_desktop_vi.ts")
    assert len(messages) > 50
    untranslated = [
        source
        for (_, source), message in messages.items()
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert untranslated == []


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
