"""Headless commands: this module parses the command line and hands it to one module per
command (``add_parser(subparsers, language)``, ``run(args) -> int``). No Qt is imported
here (an import-linter contract checks it); every line printed comes from
``domain/messages.py`` by code.

The language is chosen before the parser is built (``cli.language``), so ``--help`` and
argparse's usage errors speak it; ``args.language`` is the one the command speaks.

Exit codes: 0 success, 1 failure (a message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Final

from clc_desktop import __version__
from clc_desktop.cli import (
    backup,
    check,
    consolidate,
    demo,
    export,
    gui,
    import_learners,
    restore,
)
from clc_desktop.cli.common import EXIT_FAILURE, Command
from clc_desktop.cli.language import argparse_speaking, choose_language, requested_language
from clc_desktop.domain.messages import DEFAULT_LANGUAGE, Problem, message

GUI_COMMANDS: Final = (None, gui.NAME)

# In the order of `clc-desktop --help`.
COMMANDS: Final[tuple[Command, ...]] = (
    gui,
    demo,
    backup,
    restore,
    export,
    check,
    consolidate,
    import_learners,
)
_BY_NAME: Final = {command.NAME: command for command in COMMANDS}


def build_parser(language: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The whole command line, its help in ``language``. argparse's own headings are
    translated while it builds and prints: use :func:`parse`, or build and print inside
    ``argparse_speaking(language)``."""
    with argparse_speaking(language):
        parser = argparse.ArgumentParser(
            prog="clc-desktop", description=message("cli.help.description", language)
        )
        parser.add_argument(
            "--version",
            action="version",
            version=f"clc-desktop {__version__}",
            help=message("cli.help.version", language),
        )
        gui.add_options(parser, language)
        subparsers = parser.add_subparsers(
            dest="command", metavar=message("cli.metavar.command", language)
        )
        for command in COMMANDS:
            command.add_parser(subparsers, language)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; exits with code 2 on a usage error (argparse's own), 0 after
    ``--help`` or ``--version``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = choose_language(requested_language(arguments))
    with argparse_speaking(language):
        args = build_parser(language).parse_args(arguments)
    for name, default in (("db", None), ("lang", None), ("smoke", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    args.language = choose_language(args.lang)
    return args


def run(args: argparse.Namespace) -> int:
    """Run a command (``args`` from :func:`parse`). The window is started by
    ``clc_desktop.__main__``, not here."""
    command = _BY_NAME[args.command or gui.NAME]
    try:
        return command.run(args)
    except Problem as problem:
        print(problem.text(args.language), file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the headless commands alone (``python -m clc_desktop.cli``)."""
    return run(parse(argv))
