"""Which language the command line speaks, and argparse's own sentences in it.

The language is known before the parser is built, so ``--help`` is written in it:
``--lang`` on the command line, else ``$CLC_DESKTOP_LANG``, else the language chosen in the
window (its settings file, read without Qt), else Vietnamese.
"""

from __future__ import annotations

import argparse
import configparser
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from clc_desktop import APP_NAME
from clc_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, counted, message

ENVIRONMENT_VARIABLE: Final = "CLC_DESKTOP_LANG"
SETTINGS_FILE_NAME: Final = "clc-desktop.ini"  # app.make_settings: QSettings, INI, user scope

# argparse asks gettext for these sentences (its msgids); the codes hold them in each language.
ARGPARSE_CODES: Final = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "expected one argument": "cli.argparse.expected_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "ignored explicit argument %r": "cli.argparse.ignored_value",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "cli.argparse.unknown_parser",
}
ARGPARSE_PLURAL_CODES: Final = {"expected %s argument": "cli.argparse.expected_n"}


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of the last ``--lang`` before any ``--`` (argparse keeps the last one too)."""
    chosen = None
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif argument.startswith("--lang="):
            chosen = argument.partition("=")[2]
    return chosen


def choose_language(requested: str | None) -> str:
    for candidate in (requested, os.environ.get(ENVIRONMENT_VARIABLE), saved_language()):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def window_settings_file() -> Path:
    """The file where Qt keeps the window's settings (``QSettings`` in INI format, user
    scope): ``%APPDATA%`` on Windows, ``$XDG_CONFIG_HOME`` (if absolute) or ``~/.config``
    elsewhere, then ``CLC Desktop/clc-desktop.ini``."""
    variable = "APPDATA" if sys.platform == "win32" else "XDG_CONFIG_HOME"
    base = os.environ.get(variable, "")
    if base and Path(base).is_absolute():
        root = Path(base)
    elif sys.platform == "win32":
        root = Path.home() / "AppData" / "Roaming"
    else:
        root = Path.home() / ".config"
    return root / APP_NAME / SETTINGS_FILE_NAME


def saved_language(path: Path | None = None) -> str | None:
    """The language chosen in the window, or None (no settings file, or none chosen)."""
    settings = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        settings.read(path or window_settings_file(), encoding="utf-8")
    except (OSError, UnicodeError, configparser.Error):
        return None
    return settings.get("General", "language", fallback=None)


@contextmanager
def argparse_speaking(language: str) -> Iterator[None]:
    """Within, argparse's own sentences (headings, ``-h``, usage errors) are in ``language``.

    argparse takes them from gettext through its module's ``_`` and ``ngettext`` (the
    translation hook the Python documentation describes); they are replaced here and
    restored on the way out. A sentence without a code stays argparse's English.
    """

    def gettext(text: str) -> str:
        code = ARGPARSE_CODES.get(text)
        return text if code is None else message(code, language)

    def ngettext(singular: str, plural: str, count: int) -> str:
        code = ARGPARSE_PLURAL_CODES.get(singular)
        if code is None:
            return singular if count == 1 else plural
        return counted(code, count, language)

    module = vars(argparse)
    replacements: dict[str, Callable[..., str]] = {"_": gettext, "ngettext": ngettext}
    saved = {name: module[name] for name in replacements if name in module}
    module.update({name: replacements[name] for name in saved})
    try:
        yield
    finally:
        module.update(saved)
