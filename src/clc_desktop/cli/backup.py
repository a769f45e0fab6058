"""``clc-desktop backup --db PATH -o FILE``: a verified copy, also while the window is open."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_OK, add_command, say
from clc_desktop.domain.messages import message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers

NAME: Final = "backup"


def add_parser(subparsers: Subparsers, language: str) -> None:
    parser = add_command(subparsers, NAME, language, "cli.help.backup")
    parser.add_argument(
        "--db",
        type=Path,
        required=True,
        metavar=message("cli.metavar.db", language),
        help=message("cli.help.backup.db", language),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=message("cli.metavar.output", language),
        help=message("cli.help.backup.output", language),
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.storage.database import backup_to

    backup_to(args.db, args.output)
    say(args.language, "cli.backup.done", path=args.output)
    return EXIT_OK
