"""``clc-desktop [gui] [--db PATH] [--lang vi|en] [--smoke]``: the window's options.

The window itself is started by ``clc_desktop.__main__`` (the only path that imports Qt).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_USAGE, add_language_option, complain
from clc_desktop.domain.messages import message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers

NAME: Final = "gui"


def add_options(parser: argparse.ArgumentParser, language: str) -> None:
    """The window's options, on the program itself and on ``gui``."""
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=message("cli.metavar.db", language),
        help=message("cli.help.gui_db", language),
    )
    add_language_option(parser, language)
    parser.add_argument(
        "--smoke",
        action="store_true",
        default=argparse.SUPPRESS,
        help=message("cli.help.smoke", language),
    )


def add_parser(subparsers: Subparsers, language: str) -> None:
    text = message("cli.help.gui", language)
    add_options(subparsers.add_parser(NAME, help=text, description=text), language)


def run(args: argparse.Namespace) -> int:
    """Only ``python -m clc_desktop.cli`` gets here: it does not start the window."""
    complain(args.language, "cli.gui_elsewhere")
    return EXIT_USAGE
