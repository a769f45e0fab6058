"""``clc-desktop backup --db PATH -o FILE``: a verified copy, also while the window is open."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_OK, add_command, add_path_option, say

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers

NAME: Final = "backup"


def add_parser(subparsers: Subparsers, language: str) -> None:
    parser = add_command(subparsers, NAME, language, "cli.help.backup")
    add_path_option(
        parser, language, "--db", metavar="cli.metavar.db", help_code="cli.help.backup.db"
    )
    add_path_option(
        parser,
        language,
        "-o",
        "--output",
        metavar="cli.metavar.output",
        help_code="cli.help.backup.output",
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.storage.database import backup_to

    backup_to(args.db, args.output)
    say(args.language, "cli.backup.done", path=args.output)
    return EXIT_OK
