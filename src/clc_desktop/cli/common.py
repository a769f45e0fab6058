"""What every command shares: exit codes, printing a line by its message code, ``--lang``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from clc_desktop.domain.messages import LANGUAGES, message

if TYPE_CHECKING:
    from typing import TypeAlias

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK: Final = 0
EXIT_FAILURE: Final = 1
EXIT_USAGE: Final = 2


class Command(Protocol):
    """A command module: its name, its sub-parser, and what it does (an exit code)."""

    @property
    def NAME(self) -> str: ...

    def add_parser(self, subparsers: Subparsers, language: str) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def say(language: str, code: str, /, **params: object) -> None:
    """Print the line ``code`` of ``domain/messages.py`` on stdout."""
    print(message(code, language, **params))


def complain(language: str, code: str, /, **params: object) -> None:
    """Print the line ``code`` on stderr (a failure or a usage error)."""
    print(message(code, language, **params), file=sys.stderr)


def grouped(value: int, language: str) -> str:
    """``3000`` as ``3.000`` in Vietnamese, ``3,000`` in English."""
    return f"{value:,}".replace(",", message("cli.thousands_separator", language))


def add_command(
    subparsers: Subparsers, name: str, language: str, help_code: str
) -> argparse.ArgumentParser:
    """The sub-parser of one command, its one-line help also its description, with ``--lang``."""
    text = message(help_code, language)
    parser = subparsers.add_parser(name, help=text, description=text)
    add_language_option(parser, language)
    return parser


def add_path_option(
    parser: argparse.ArgumentParser, language: str, *flags: str, metavar: str, help_code: str
) -> None:
    """A required file option (``--db``, ``-o/--output``), its words by message code."""
    parser.add_argument(
        *flags,
        type=Path,
        required=True,
        metavar=message(metavar, language),
        help=message(help_code, language),
    )


def add_language_option(parser: argparse.ArgumentParser, language: str) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=message("cli.help.lang", language),
    )
