"""Collect the UI strings into the .ts files and keep every translation already made.

    python tools/update-translations.py [--lupdate PATH]

- ``clc_desktop_vi.ts``: every ``self.tr()`` string of ``src/clc_desktop/ui`` and
  ``app.py``. A string that moved to another class (its context) keeps its Vietnamese;
  strings listed in ``resources/translations/pending/*.tsv`` (``context<TAB>source<TAB>
  vietnamese``) are filled in and the file is removed; strings gone from the sources are
  dropped. Whatever is still untranslated is printed (and the test suite fails on it).
- ``clc_desktop_en.ts``: only the plural forms (``self.tr("%n file(s)", "", n)``), as Qt
  does for the source language: "%n file" / "%n files". Forms written by hand are kept;
  new ones are guessed from ``(s)``/``(es)`` and printed to check.
- ``qtbase_vi.ts`` (Qt's own texts: text-field menus, file dialogs, standard buttons) is
  not touched: it is written by hand with Qt's contexts and source texts (as Qt's
  qttranslations files have them; ``&Look in:`` and ``Files of &type:`` as
  libQt6Widgets asks for them), since Qt ships no Vietnamese.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
PENDING = FOLDER / "pending"


def sources() -> list[str]:
    ui = sorted(str(p) for p in (ROOT / "src/clc_desktop/ui").rglob("*.py"))
    return [*ui, str(ROOT / "src/clc_desktop/app.py")]


def lupdate(tool: str, ts: Path, *extra: str) -> None:
    subprocess.run(
        [tool, "-silent", "-locations", "none", *extra, *sources(), "-ts", str(ts)], check=True
    )


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    return translation.get("type") is None and all(f.strip() for f in forms(message))


def put(message: ET.Element, texts: list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = texts[0]


def write(tree: ET.ElementTree, ts: Path, tool: str, *extra: str) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    lupdate(tool, ts, *extra)  # once more: the file in lupdate's own layout


def known_translations(ts: Path, tool: str) -> dict[str, list[str]]:
    """Every finished translation by source text, vanished ones included (moved strings)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copyfile(ts, copy)
        lupdate(tool, copy)
        found: dict[str, list[str]] = {}
        for path in (ts, copy):
            for _, message in messages(ET.parse(path)):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                done = translation.get("type") != "unfinished"
                if done and all(f.strip() for f in forms(message)):
                    found.setdefault(source, forms(message))
    return found


def _rows(pattern: str) -> list[list[str]]:
    rows = []
    for tsv in sorted(PENDING.glob(pattern)):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append([field.replace("\\n", "\n") for field in line.split("\t")])
    return rows


def pending() -> dict[tuple[str, str], str]:
    """``context<TAB>source<TAB>vietnamese`` from ``pending/*.tsv``."""
    return {
        (row[0], row[1]): row[2]
        for row in _rows("*.tsv")
        if len(row) == 3
    }


def pending_english() -> dict[str, list[str]]:
    """``context<TAB>source<TAB>singular<TAB>plural`` from ``pending/*.en-plurals.tsv``."""
    return {row[1]: row[2:4] for row in _rows("*.en-plurals.tsv") if len(row) == 4}


def update_vietnamese(tool: str) -> list[str]:
    ts = FOLDER / "clc_desktop_vi.ts"
    known = known_translations(ts, tool)
    given = pending()
    lupdate(tool, ts, "-no-obsolete")
    tree = ET.parse(ts)
    missing = []
    for context, message in messages(tree):
        if finished(message):
            continue
        source = message.findtext("source") or ""
        text = given.get((context, source)) or next(
            (v for (_, s), v in given.items() if s == source), None
        )
        if text is not None:
            put(message, [text])
        elif source in known:
            put(message, known[source][:1])
        else:
            missing.append(f"{context}: {source}")
    write(tree, ts, tool, "-no-obsolete")
    return missing


def english_plural(source: str) -> list[str]:
    singular = re.sub(r"\((?:e?s)\)", "", source).replace("(ies)", "y")
    plural = source.replace("y(ies)", "ies").replace("(es)", "es").replace("(s)", "s")
    return [singular, plural]


def update_english(tool: str) -> list[str]:
    ts = FOLDER / "clc_desktop_en.ts"
    if not ts.exists():
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            '<TS version="2.1" language="en_GB"></TS>\n',
            encoding="utf-8",
        )
    lupdate(tool, ts, "-pluralonly", "-no-obsolete")
    tree = ET.parse(ts)
    given = pending_english()
    guessed = []
    for context, message in messages(tree):
        if not finished(message):
            source = message.findtext("source") or ""
            if source in given:
                put(message, given[source])
            else:
                texts = english_plural(source)
                put(message, texts)
                guessed.append(f"{context}: {' | '.join(texts)}")
    write(tree, ts, tool, "-pluralonly", "-no-obsolete")
    return guessed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", default=str(Path(sys.executable).with_name("pyside6-lupdate")))
    args = parser.parse_args()
    missing = update_vietnamese(args.lupdate)
    for line in update_english(args.lupdate):
        print(f"English plural guessed, check it: {line}")
    for tsv in PENDING.glob("*.tsv"):
        tsv.unlink()
    for line in missing:
        print(f"NOT TRANSLATED to Vietnamese: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
