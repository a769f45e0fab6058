"""Every line of the command line comes from domain/messages.py by code, counts included."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import clc_desktop.cli
from clc_desktop.cli import COMMANDS
from clc_desktop.domain.messages import LANGUAGES, MESSAGES, counted

SOURCES = sorted(Path(clc_desktop.cli.__file__).parent.glob("*.py"))
CODE = re.compile(r"""["']((?:cli|report|meta|import)\.[a-z_.]+)["']""")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_a_command_module_speaks_only_by_code(source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    for code in CODE.findall(text):
        assert code in MESSAGES, code
    for language in LANGUAGES:  # no "vi"/"en" pairs, no `if lang == "vi"`
        assert f'"{language}"' not in text
        assert f"'{language}'" not in text
    assert '.replace("%1"' not in text
    assert len(text.splitlines()) <= 800


def test_each_command_module_has_a_parser_and_a_run() -> None:
    names = [command.NAME for command in COMMANDS]
    assert names == [
        "gui",
        "demo",
        "backup",
        "restore",
        "export",
        "check",
        "consolidate",
        "import-learners",
    ]
    for command in COMMANDS:
        assert callable(command.add_parser)
        assert callable(command.run)


def test_a_singular_code_says_the_same_as_its_plural_with_one_field_more_or_less() -> None:
    singulars = [code for code in MESSAGES if code.endswith(".one")]
    assert singulars
    for code in singulars:
        plural = code.removesuffix(".one")
        assert plural in MESSAGES, code
        for language in LANGUAGES:
            assert _fields(MESSAGES[code][language]) == _fields(MESSAGES[plural][language])
        assert MESSAGES[code]["vi"] == MESSAGES[plural]["vi"]  # Vietnamese has one form


def test_english_counts_read_right() -> None:
    assert counted("cli.count.files", 0, "en") == "0 files"
    assert counted("cli.count.files", 1, "en") == "1 file"
    assert counted("cli.count.files", 2, "en") == "2 files"
    assert counted("cli.count.files", 1, "vi") == "1 tệp"
    assert counted("cli.count.files", 2, "vi") == "2 tệp"
    assert counted("cli.learners.saved", 1, "en", path="x.xlsx") == (
        "Saved 1 rejected row to x.xlsx to fix and import again."
    )
    assert counted("cli.demo.learners", 1, "en") == "  learners: 1"  # no singular: the code


def test_the_cli_catalogue_is_part_of_the_messages_and_shadows_none() -> None:
    from clc_desktop.domain.messages.cli import CLI_MESSAGES

    assert all(code.startswith("cli.") for code in CLI_MESSAGES)
    assert all(MESSAGES[code] is texts for code, texts in CLI_MESSAGES.items())
